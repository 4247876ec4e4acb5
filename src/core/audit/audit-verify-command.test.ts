import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditVerify } from '../../cli/commands/audit-verify.js';
import type { EnvConfig } from '../../cli/env-config.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { Locale } from '../shared/index.js';
import { recordAudit } from './record-audit.js';
import { staffCtx, testKeyring } from './testing/staff-ctx.js';
import { tamper } from './testing/tamper.js';

// `pars audit verify` lives in src/cli; its test sits here, beside the chain it checks.
const keyring = testKeyring();

describe('pars audit verify', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  async function givenChain(count: number) {
    const agency = await givenAgency(database.kysely);
    const ctx = staffCtx(database.kysely, keyring, agency.id);
    await ctx.db.transaction(async (trx) => {
      for (let i = 0; i < count; i++) await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: randomUUID() } });
    });
    const head = await database.kysely.selectFrom('audit_chain_head').select('last_hash').where('agency_id', '=', agency.id).executeTakeFirstOrThrow();
    return { ...agency, headHash: head.last_hash };
  }

  async function run(agency: string, locale: Locale = 'en-CA') {
    const lines: string[] = [];
    const config = { locale, dataDir: '', databaseUrl: undefined } as EnvConfig;
    const error = await auditVerify(config, { agency }, { keyring, database, write: (line) => lines.push(line) }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    return { lines, error };
  }

  it('prints the verdict and the head to record elsewhere, and succeeds', async () => {
    const agency = await givenChain(3);
    expect(await run(agency.slug)).toEqual({
      lines: [`${agency.slug}: 3 events, chain intact. Head: event 3, hash ${agency.headHash.slice(0, 16)}`],
      error: undefined,
    });
    expect((await run(agency.slug, 'fr-CA')).lines).toEqual([
      `${agency.slug} : 3 événements, chaîne intacte. Tête : événement 3, empreinte ${agency.headHash.slice(0, 16)}`,
    ]);
  });

  it('names the first broken link and fails with audit.chain_broken (exit 65)', async () => {
    const agency = await givenChain(3);
    await tamper(database.kysely, (trx) => sql`delete from audit_event where agency_id = ${agency.id} and seq = 2`.execute(trx));
    const { lines, error } = await run(agency.slug);
    expect(lines).toEqual([`${agency.slug}: 2 events, chain BROKEN at event 2: the event is missing. Head: event 3, hash ${agency.headHash.slice(0, 16)}`]);
    expect(error).toMatchObject({ kind: 'rule_violation', code: 'audit.chain_broken', params: { count: 1, slug: agency.slug, seq: '2' } });
    expect((await run(agency.slug, 'fr-CA')).lines[0]).toContain("chaîne ROMPUE à l'événement 2 : l'événement est manquant.");
  });

  it('refuses an agency that does not exist', async () => {
    expect((await run('no-such-agency')).error).toMatchObject({ kind: 'not_found', code: 'audit.agency_not_found', params: { slug: 'no-such-agency' } });
  });
});
