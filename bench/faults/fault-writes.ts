import { sql } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { call, type Session } from './support.js';

/** The writes the kill -9 check fires: each makes data, an audit event and side rows in one transaction. */
export type WriteKind = 'referral' | 'payment' | 'notice';
export const writeKinds: WriteKind[] = ['referral', 'payment', 'notice'];

/** Ids in the demo agency the writes need, read once after seeding. */
export interface WriteFixtures {
  payees: string[];
  noticeables: string[];
}

export interface Sessions {
  intake: Session;
  finance: Session;
  manager: Session;
}

export async function findFixtures(database: Database): Promise<WriteFixtures> {
  const payees = await sql<{ id: string }>`select distinct participant_id as id from fee_assessment order by 1`.execute(database.kysely);
  const noticeables = await sql<{ id: string }>`select id from participant where case_state in ('enrolled', 'active') order by id`.execute(database.kysely);
  if (payees.rows.length === 0 || noticeables.rows.length === 0) throw new Error('the demo has no participant with a fee assessment or an open case');
  return { payees: payees.rows.map((r) => r.id), noticeables: noticeables.rows.map((r) => r.id) };
}

/** The agency's today (America/Toronto), as the API expects for effective days. */
export function agencyToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Fires one write; the answer's status (0 when the connection died) and error code. */
export async function fireWrite(baseUrl: string, sessions: Sessions, fixtures: WriteFixtures, kind: WriteKind, key: string, n: number): Promise<{ status: number; code?: string; id?: string }> {
  const answer = await send(baseUrl, sessions, fixtures, kind, key, n);
  const code = (answer.json as { code?: unknown } | undefined)?.code;
  // A participant who owes nothing refuses a payment: pay the others from then on.
  if (code === 'fees.overpayment' && fixtures.payees.length > 1) fixtures.payees = fixtures.payees.filter((id) => id !== fixtures.payees[n % fixtures.payees.length]);
  const json = answer.json as { referralId?: string; entry?: { id?: string }; id?: string } | undefined;
  const id = kind === 'referral' ? json?.referralId : kind === 'payment' ? json?.entry?.id : json?.id;
  return { status: answer.status, ...(typeof code === 'string' ? { code } : {}), ...(typeof id === 'string' ? { id } : {}) };
}

function send(baseUrl: string, sessions: Sessions, fixtures: WriteFixtures, kind: WriteKind, key: string, n: number): Promise<{ status: number; json: unknown }> {
  const today = agencyToday();
  if (kind === 'referral') {
    const body = {
      idempotencyKey: key,
      participant: { givenName: `Fault${n}`, familyName: `Kill-${key.slice(-12)}`, dateOfBirth: '1980-01-01', gender: 'man', groupGender: 'men', language: 'en' },
      referral: { source: 'court', stream: 'early_intervention' },
      partners: [{ fullName: `Partner of ${key}`, relationship: 'former_partner', childrenAges: [] }],
    };
    return call(baseUrl, sessions.intake, 'POST', '/referrals', body);
  }
  if (kind === 'payment') {
    const participantId = fixtures.payees[n % fixtures.payees.length]!;
    const body = { kind: 'payment', idempotencyKey: key, amountCents: 1, method: 'e_transfer', effectiveOn: today };
    return call(baseUrl, sessions.finance, 'POST', `/participants/${participantId}/ledger-entries`, body);
  }
  const participantId = fixtures.noticeables[n % fixtures.noticeables.length]!;
  const body = { reason: 'threat', eventOn: today, language: 'en', signedName: 'Daniel Okafor', confirm: true, delivery: { method: 'email', to: 'probation.office@example.org' }, idempotencyKey: key };
  return call(baseUrl, sessions.manager, 'POST', `/participants/${participantId}/referral-notices`, body);
}

/** What was found of a set of writes after a crash. */
export interface WriteCheck {
  found: Set<string>;
  /** Keys whose command is only partly there (e.g. the data without its audit event), with what is missing. */
  halfDone: string[];
  /** Audit events of these commands whose data is absent (anywhere in the database). */
  orphanEvents: number;
}

/**
 * Looks for each write by its idempotency key, and for every one found checks the rest of its
 * transaction: the audit event, and the side rows (partner, notice and hand-off of a referral;
 * the partner notice of a payment; the outbox message and its attachment of a notice).
 */
export async function checkWrites(database: Database, keys: Map<WriteKind, string[]>): Promise<WriteCheck> {
  const db = database.kysely;
  const found = new Set<string>();
  const halfDone: string[] = [];
  const referrals = await sql<{ key: string; ok: boolean; what: string }>`
    select r.idempotency_key as key,
      (exists (select 1 from audit_event e where e.type = 'referral.received' and e.details->>'referralId' = r.id::text)
       and exists (select 1 from partner p where p.participant_id = r.participant_id)
       and exists (select 1 from partner_notice n where n.participant_id = r.participant_id and n.type = 'new_partner')
       and exists (select 1 from partner_handoff h where h.referral_id = r.id)) as ok,
      'referral ' || r.id as what
    from referral r where r.idempotency_key = any(${keys.get('referral') ?? []})`.execute(db);
  const payments = await sql<{ key: string; ok: boolean; what: string }>`
    select l.idempotency_key as key,
      (exists (select 1 from audit_event e where e.type = 'fee.entry_recorded' and e.details->>'entryId' = l.id::text)
       and exists (select 1 from partner_notice n where n.event_key = 'payment:' || l.id)) as ok,
      'ledger entry ' || l.id as what
    from ledger_entry l where l.idempotency_key = any(${keys.get('payment') ?? []})`.execute(db);
  const notices = await sql<{ key: string; ok: boolean; what: string }>`
    select r.idempotency_key as key,
      (exists (select 1 from audit_event e where e.type = 'report.notice_sent' and e.details->>'noticeId' = r.id::text)
       and exists (select 1 from outbox_message m join outbox_attachment a on a.message_id = m.id and a.agency_id = m.agency_id
                   where m.idempotency_key = 'referral-notice:' || r.id)) as ok,
      'referral notice ' || r.id as what
    from referral_notice r where r.idempotency_key = any(${keys.get('notice') ?? []})`.execute(db);
  for (const row of [...referrals.rows, ...payments.rows, ...notices.rows]) {
    found.add(row.key);
    if (!row.ok) halfDone.push(row.what);
  }
  const orphans = await sql<{ n: string }>`
    select count(*)::text as n from audit_event e where
      (e.type = 'referral.received' and not exists (select 1 from referral r where r.id::text = e.details->>'referralId'))
      or (e.type = 'fee.entry_recorded' and not exists (select 1 from ledger_entry l where l.id::text = e.details->>'entryId'))
      or (e.type = 'report.notice_sent' and not exists (select 1 from referral_notice r where r.id::text = e.details->>'noticeId'))`.execute(db);
  return { found, halfDone, orphanEvents: Number(orphans.rows[0]!.n) };
}
