import { sql } from 'kysely';
import type { Dialect } from '../../src/db/database.js';
import { findFixtures, fireWrite, type Sessions, type WriteKind, writeKinds } from './fault-writes.js';
import { call, newTarget, pars, type Session, signIn, startServer, stopServer } from './support.js';

export interface RaceCase {
  name: string;
  requests: number;
  ok: number;
  conflicts: number;
  other: string[];
  detail: string;
  passed: boolean;
}

export interface RaceResult {
  check: 'concurrent-updates' | 'idempotency';
  dialect: Dialect;
  cases: RaceCase[];
  failures: string[];
}

interface RacedRecord {
  name: string;
  session: Session;
  path: string;
  /** The body of request i, from the record as read (its version included). */
  body: (read: Record<string, unknown> & { version: number }, i: number) => unknown;
  /** What request i stored, as read back. */
  stored: (read: Record<string, unknown>) => string;
  wrote: (i: number) => string;
}

/**
 * (b) N concurrent PUTs against one version of one record (a participant, a partner, a group):
 * exactly one 2xx, the rest 409, the version one higher, the winner's value stored.
 * (c) the same POST (one idempotency key) N times at once for a referral, a payment and an
 * emailed notice: one record, one audit event (and one outbox message), every 2xx the same record.
 */
export async function httpRaces(dialect: Dialect, options: { concurrency: number; log: (line: string) => void }): Promise<RaceResult[]> {
  const target = await newTarget(dialect, 'race');
  const updates: RaceResult = { check: 'concurrent-updates', dialect, cases: [], failures: [] };
  const repeats: RaceResult = { check: 'idempotency', dialect, cases: [], failures: [] };
  try {
    const seeded = pars(target, ['seed', '--demo']);
    if (seeded.code !== 0) throw new Error(`seed --demo failed: ${seeded.stderr}`);
    const database = await target.open();
    const fixtures = await findFixtures(database);
    const ids = await sql<{ participant: string; partner: string; group: string }>`
      select (select id from participant order by id limit 1) as participant, (select id from partner order by id limit 1) as partner,
        (select id from group_cycle order by id limit 1) as group`.execute(database.kysely);
    await database.close();
    const { participant, partner, group } = ids.rows[0]!;

    const server = await startServer(target);
    const as = async (email: string) => signIn(server.baseUrl, email);
    const sessions: Sessions = { intake: await as('intake@demo.pars.test'), finance: await as('finance@demo.pars.test'), manager: await as('manager@demo.pars.test') };
    const lead = await as('partner.lead@demo.pars.test');
    const records: RacedRecord[] = [
      {
        name: 'participant details', session: sessions.intake, path: `/participants/${participant}`,
        body: (r, i) => ({ givenName: `Racer${i}`, familyName: r.familyName, dateOfBirth: r.dateOfBirth, gender: r.gender, groupGender: r.groupGender, language: r.language, version: r.version }),
        stored: (r) => String(r.givenName), wrote: (i) => `Racer${i}`,
      },
      {
        name: 'partner details', session: lead, path: `/partners/${partner}`,
        body: (r, i) => ({ fullName: `Racer Partner ${i}`, relationship: r.relationship, language: r.language, childrenAges: (r.children as { age: number }[]).map((c) => c.age), version: r.version }),
        stored: (r) => String(r.fullName), wrote: (i) => `Racer Partner ${i}`,
      },
      {
        name: 'group', session: sessions.manager, path: `/groups/${group}`,
        body: (r, i) => ({ name: `Racer group ${i}`, ...(r.room ? { room: r.room } : {}), ...(r.bridge ? { bridge: r.bridge } : {}), capacity: r.capacity, facilitatorIds: (r.facilitators as { id: string }[]).map((f) => f.id), status: r.status, version: r.version }),
        stored: (r) => String(r.name), wrote: (i) => `Racer group ${i}`,
      },
    ];
    for (const record of records) {
      const read = (await call(server.baseUrl, record.session, 'GET', record.path)).json as Record<string, unknown> & { version: number };
      const answers = await Promise.all(Array.from({ length: options.concurrency }, (_, i) => call(server.baseUrl, record.session, 'PUT', record.path, record.body(read, i))));
      const winners = answers.flatMap((a, i) => (a.status >= 200 && a.status < 300 ? [i] : []));
      const conflicts = answers.filter((a) => a.status === 409);
      const other = answers.filter((a) => a.status !== 409 && (a.status < 200 || a.status >= 300)).map((a) => `${a.status} ${JSON.stringify(a.json).slice(0, 200)}`);
      const after = (await call(server.baseUrl, record.session, 'GET', record.path)).json as Record<string, unknown> & { version: number };
      const codes = [...new Set(conflicts.map((a) => (a.json as { code?: string }).code))];
      const passed = winners.length === 1 && conflicts.length === options.concurrency - 1 && after.version === read.version + 1 && record.stored(after) === record.wrote(winners[0]!);
      updates.cases.push({ name: record.name, requests: options.concurrency, ok: winners.length, conflicts: conflicts.length, other, detail: `version ${read.version} → ${after.version}; conflict codes ${codes.join(', ')}`, passed });
      if (!passed) updates.failures.push(`${dialect} ${record.name}: ${winners.length} won, ${conflicts.length} conflicts, ${other.length} other (${other.slice(0, 2).join('; ')}), version ${read.version} → ${after.version}`);
      options.log(`  concurrent updates ${dialect} ${record.name}: ${options.concurrency} PUTs, ${winners.length} won, ${conflicts.length} × 409 (${codes.join(', ')}), version ${read.version} → ${after.version}${passed ? '' : ' FAILED'}`);
    }

    const keys = new Map<WriteKind, string>();
    const answers = new Map<WriteKind, { status: number; code?: string; id?: string }[]>();
    for (const kind of writeKinds) {
      const key = `repeat-${kind}-${Date.now()}`;
      keys.set(kind, key);
      answers.set(kind, await Promise.all(Array.from({ length: options.concurrency }, () => fireWrite(server.baseUrl, sessions, fixtures, kind, key, 7))));
    }
    await stopServer(server);
    const after = await target.open();
    try {
      for (const kind of writeKinds) {
        const key = keys.get(kind)!;
        const counts = await repeatCounts(after.kysely, kind, key);
        const statuses = answers.get(kind)!;
        const ok = statuses.filter((a) => a.status >= 200 && a.status < 300).length;
        const conflicts = statuses.filter((a) => a.status === 409).length;
        const other = statuses.filter((a) => a.status !== 409 && (a.status < 200 || a.status >= 300)).map((a) => `${a.status} ${a.code ?? ''}`);
        const answered = new Set(statuses.flatMap((a) => (a.status >= 200 && a.status < 300 ? [a.id ?? 'none'] : [])));
        const passed = answered.size === 1 && counts.records === 1 && counts.events === 1 && counts.outbox <= 1 && (kind !== 'notice' || counts.outbox === 1) && ok >= 1 && other.length === 0;
        repeats.cases.push({ name: kind, requests: options.concurrency, ok, conflicts, other, detail: `${answered.size} distinct record in the answers; ${counts.records} record, ${counts.events} audit event, ${counts.outbox} outbox message`, passed });
        if (!passed) repeats.failures.push(`${dialect} ${kind}: answers name ${answered.size} records; ${counts.records} records, ${counts.events} events, ${counts.outbox} outbox, ${ok} ok, ${other.length} other (${other.slice(0, 3).join(', ')})`);
        options.log(`  idempotency ${dialect} ${kind}: ${options.concurrency} POSTs with one key → ${ok} × 2xx, ${conflicts} × 409; ${counts.records} record, ${counts.events} audit event, ${counts.outbox} outbox message${passed ? '' : ' FAILED'}`);
      }
    } finally {
      await after.close();
    }
  } catch (error) {
    updates.failures.push(`races ${dialect}: ${(error as Error).message.slice(0, 2_000)}`);
  } finally {
    await target.drop();
  }
  return [updates, repeats];
}

async function repeatCounts(db: import('kysely').Kysely<import('../../src/db/schema.js').DB>, kind: WriteKind, key: string): Promise<{ records: number; events: number; outbox: number }> {
  const table = { referral: 'referral', payment: 'ledger_entry', notice: 'referral_notice' }[kind];
  const event = { referral: ['referral.received', 'referralId'], payment: ['fee.entry_recorded', 'entryId'], notice: ['report.notice_sent', 'noticeId'] }[kind];
  const rows = await sql<{ id: string }>`select id from ${sql.table(table)} where idempotency_key = ${key}`.execute(db);
  const ids = rows.rows.map((r) => r.id);
  const events = await sql<{ n: string }>`select count(*)::text as n from audit_event where type = ${event[0]} and details->>${event[1]} = any(${ids})`.execute(db);
  const outbox = await sql<{ n: string }>`select count(*)::text as n from outbox_message where idempotency_key = any(${ids.map((id) => `referral-notice:${id}`)})`.execute(db);
  return { records: ids.length, events: Number(events.rows[0]!.n), outbox: Number(outbox.rows[0]!.n) };
}
