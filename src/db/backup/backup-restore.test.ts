import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../../core/audit/testing/staff-ctx.js';
import { verifyAuditChain } from '../../core/audit/index.js';
import { isAppError } from '../../core/shared/index.js';
import { type Database, openDatabase } from '../database.js';
import { seedDemo } from '../seed-demo.js';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { restoreBackup } from './restore-backup.js';
import { decryptedSample } from './testing/decrypted-sample.js';
import { writeBackup } from './write-backup.js';

/**
 * The demo agency backed up and restored into a new embedded database (from PGlite, or from
 * PostgreSQL in CI's server pass: then the round trip also crosses dialects).
 */
const keyring = testKeyring();
let source: TestDatabase;
let work: string;
const targets: Database[] = [];

async function emptyTarget(): Promise<Database> {
  const database = await openDatabase({ dataDir: mkdtempSync(join(work, 'target-')) });
  targets.push(database);
  return database;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isAppError(error) ? error.code : String(error);
  }
  return 'no failure';
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pars-backup-'));
  source = await openTestDatabase({ fresh: true });
  await seedDemo(source.kysely, keyring);
  await writeBackup(source.kysely, join(work, 'demo.gz'), { dialect: source.dialect, parsVersion: 'test', now: new Date('2026-11-22T12:00:00Z') });
});
afterAll(async () => {
  for (const target of targets) await target.close();
  await source?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row: same counts, same audit chain head, same decrypted values, and a second backup has the same rows', async () => {
    const target = await emptyTarget();
    const restored = await restoreBackup(target.kysely, join(work, 'demo.gz'));
    const header = JSON.parse(gunzipSync(readFileSync(join(work, 'demo.gz'))).toString('utf8').split('\n')[0]!) as { tables: { name: string; rows: number }[] };
    expect(restored.rows).toBe(header.tables.reduce((sum, t) => sum + t.rows, 0));
    expect(restored.rows).toBeGreaterThan(500);
    const demo = restored.auditHeads.find((head) => head.slug === 'demo')!;
    expect(Number(demo.lastSeq)).toBeGreaterThan(10);

    const [chain] = await verifyAuditChain(target.kysely, keyring, { slug: 'demo' });
    expect(chain).toMatchObject({ ok: true, head: { seq: Number(demo.lastSeq), hash: demo.lastHash } });
    const before = await decryptedSample(source.kysely, keyring);
    expect(before.size).toBeGreaterThan(5);
    expect(await decryptedSample(target.kysely, keyring)).toEqual(before);

    // Identity sequences follow the copied values: the next ledger entry gets the next number.
    const seqs = await sql<{ max: string | null }>`select max(seq)::text as max from ledger_entry`.execute(target.kysely);
    const next = await sql<{ n: string }>`select nextval(pg_get_serial_sequence('ledger_entry', 'seq'))::text as n`.execute(target.kysely);
    expect(BigInt(next.rows[0]!.n)).toBe(BigInt(seqs.rows[0]!.max ?? '0') + 1n);

    await writeBackup(target.kysely, join(work, 'again.gz'), { dialect: target.dialect, parsVersion: 'test', now: new Date('2026-11-22T12:00:00Z') });
    const rowsOf = (file: string) => gunzipSync(readFileSync(join(work, file))).toString('utf8').split('\n').slice(1);
    expect(rowsOf('again.gz')).toEqual(rowsOf('demo.gz'));
  });

  it('refuses a backup from newer code, a cut-off file, a file that is not a backup (keeping nothing), a database that holds data, and overwriting a file', async () => {
    const lines = gunzipSync(readFileSync(join(work, 'demo.gz'))).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!) as { migration: string };
    const newer = [JSON.stringify({ ...header, migration: '209912312359_from_the_future' }), ...lines.slice(1)].join('\n');
    writeFileSync(join(work, 'newer.gz'), gzipSync(newer));
    writeFileSync(join(work, 'cut.gz'), gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    writeFileSync(join(work, 'other.gz'), gzipSync('{"hello":"world"}\n'));

    const target = await emptyTarget();
    expect(await failure(restoreBackup(target.kysely, join(work, 'newer.gz')))).toBe('backup.newer_than_code');
    expect(await failure(restoreBackup(target.kysely, join(work, 'other.gz')))).toBe('backup.not_a_backup');
    expect(await failure(restoreBackup(target.kysely, join(work, 'cut.gz')))).toBe('backup.truncated');
    const agencies = await sql<{ n: string }>`select count(*)::text as n from agency`.execute(target.kysely);
    expect(agencies.rows[0]!.n).toBe('0');
    // The refused attempts left it empty: a good file still restores, once.
    await restoreBackup(target.kysely, join(work, 'demo.gz'));
    expect(await failure(restoreBackup(target.kysely, join(work, 'demo.gz')))).toBe('backup.target_not_empty');
    expect(await failure(writeBackup(target.kysely, join(work, 'demo.gz'), { dialect: target.dialect, parsVersion: 'test', now: new Date() }))).toBe('backup.file_exists');
  });
});
