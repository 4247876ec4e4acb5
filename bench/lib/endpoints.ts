import { randomUUID } from 'node:crypto';
import type { Fixtures } from './fixtures.js';

/** How one benchmarked request is made: the same for the full stack and the bare baseline. */
export interface EndpointSpec {
  name: string;
  kind: 'read' | 'write';
  method: 'GET' | 'PUT' | 'POST';
  user: keyof Fixtures['users'];
  /** The keys requests cycle through (read: ids; write: indexes into the write fixtures). */
  keys: string[];
  /** Path under /api/v1 (the bare server serves the same path under /bare). */
  path: (key: string) => string;
  body?: (key: string) => unknown;
}

/** The marks of a 12-person roster: ten present, one late, one absent (who rotates with the session). */
export function rosterMarks(participantIds: string[]): unknown {
  return {
    marks: participantIds.map((participantId, index) =>
      index === 10 ? { participantId, status: 'late', minutesLate: 10 } : index === 11 ? { participantId, status: 'unexcused' } : { participantId, status: 'present' },
    ),
  };
}

/** A partner who calls the office: recorded with an encrypted note, no channel gate. */
export function contactBody(): unknown {
  return {
    kind: 'call',
    initiatedBy: 'partner',
    occurredAt: '2026-10-31T20:30:00Z',
    durationMinutes: 15,
    topics: [],
    notes: 'Called to ask about the group schedule; safety plan reviewed, no new concerns.',
    idempotencyKey: randomUUID(),
  };
}

/** The four reads and two writes of issue #10, over the fixtures' ids. */
export function endpointSpecs(fixtures: Fixtures): EndpointSpec[] {
  const writeSessions = new Map(fixtures.writeSessions.map((s) => [s.sessionId, s.participantIds]));
  return [
    { name: 'roster', kind: 'read', method: 'GET', user: 'facilitator', keys: fixtures.rosterSessions, path: (id) => `/sessions/${id}/roster` },
    { name: 'intake worklist', kind: 'read', method: 'GET', user: 'intake', keys: ['all'], path: () => '/intake/worklist' },
    { name: 'partner-contact worklist', kind: 'read', method: 'GET', user: 'partner_contact', keys: ['all'], path: () => '/partner-contact/worklist' },
    { name: 'participant file', kind: 'read', method: 'GET', user: 'intake', keys: fixtures.participants, path: (id) => `/participants/${id}` },
    {
      name: 'record a 12-person roster',
      kind: 'write',
      method: 'PUT',
      user: 'facilitator',
      keys: [...writeSessions.keys()],
      path: (id) => `/sessions/${id}/marks`,
      body: (id) => rosterMarks(writeSessions.get(id)!),
    },
    { name: 'record a contact', kind: 'write', method: 'POST', user: 'partner_contact', keys: fixtures.partners, path: (id) => `/partners/${id}/contacts`, body: () => contactBody() },
  ];
}
