import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditEventInput, auditEventTypes } from './audit-events.js';

const user = { type: 'user', id: randomUUID() } as const;

describe('the audit event catalogue', () => {
  it('lists every event type once', () => {
    expect(new Set(auditEventTypes).size).toBe(auditEventTypes.length);
    expect(auditEventTypes).toEqual(expect.arrayContaining(['auth.signed_in', 'record.viewed', 'access.denied', 'keys.rotated']));
  });

  it.each([
    { type: 'auth.signed_in', details: { method: 'password+totp' } },
    { type: 'auth.sign_in_failed', details: { reason: 'unknown_user' } },
    { type: 'auth.locked_out', subject: user, details: { until: '2026-03-02T15:19:05.678Z', level: 2 } },
    { type: 'auth.mfa_reset', subject: user },
    { type: 'user.created', subject: user, details: { roles: ['intake', 'facilitator'] } },
    { type: 'user.updated', subject: user, details: { fields: ['display_name', 'preferredLocale'] } },
    { type: 'setting.changed', details: { setting: 'session_idle_minutes', from: 30, to: 15 } },
    { type: 'setting.changed', details: { setting: 'site.time_zone', from: 'America/Toronto', to: 'America/Winnipeg' } },
    { type: 'record.viewed', subject: { type: 'partner', id: randomUUID() } },
    { type: 'access.denied', details: { permission: 'partnerContact.read', method: 'GET', route: '/api/v1/partners/:partnerId' } },
    { type: 'export.created', details: { kind: 'attendance', format: 'csv', records: 42 } },
    { type: 'keys.rotated', details: { toKeyId: 'k20261121', values: 1200 } },
  ])('accepts $type with ids, codes and counts', (event) => {
    expect(AuditEventInput.safeParse(event).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'participant.deleted', details: {} }],
    ['an extra detail (where free text could hide)', { type: 'auth.signed_in', details: { method: 'password', email: 'a@b.ca' } }],
    ['a name as a setting value', { type: 'setting.changed', details: { setting: 'agency.name', from: 'Maison Alice', to: 'x' } }],
    ['a raw URL instead of the route template', { type: 'access.denied', details: { permission: 'partner.read', method: 'GET', route: `/api/v1/partners/${randomUUID()}` } }],
    ['a query string in the route', { type: 'access.denied', details: { permission: 'partner.read', method: 'GET', route: '/api/v1/partners?name=Marie' } }],
    ['a numeric id in the route', { type: 'access.denied', details: { permission: 'partner.read', method: 'GET', route: '/api/v1/partners/1234' } }],
    ['a record view without its subject', { type: 'record.viewed', details: {} }],
    ['a subject id with spaces', { type: 'record.viewed', subject: { type: 'participant', id: 'Jean Tremblay' } }],
    ['a role change without the user', { type: 'role.granted', details: { role: 'manager' } }],
    ['an unknown role', { type: 'role.granted', subject: user, details: { role: 'superuser' } }],
    ['a subject on an event that has none', { type: 'keys.rotated', subject: user, details: { toKeyId: 'k2', values: 1 } }],
    ['a negative count', { type: 'export.created', details: { kind: 'attendance', format: 'csv', records: -1 } }],
  ])('refuses %s', (_, event) => {
    expect(AuditEventInput.safeParse(event).success).toBe(false);
  });
});
