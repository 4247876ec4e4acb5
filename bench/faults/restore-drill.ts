import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createKeyring } from '../../src/core/crypto/index.js';
import { decryptedSample } from '../../src/db/backup/testing/decrypted-sample.js';
import type { Database, Dialect } from '../../src/db/database.js';
import { newTarget, pars, runKeys, type Target } from './support.js';

export interface DrillRestore {
  into: Dialect;
  seconds: number;
  countsEqual: boolean;
  headsEqual: boolean;
  sampleEqual: boolean;
  sampled: number;
  auditVerified: boolean;
}

export interface DrillResult {
  check: 'backup-restore';
  dialect: Dialect;
  rows: number;
  tables: number;
  agencies: number;
  backupSeconds: number;
  backupBytes: number;
  restores: DrillRestore[];
  failures: string[];
}

const keyring = (() => {
  const [id, key] = runKeys.split(':') as [string, string];
  return createKeyring({ activeKeyId: id, keys: { [id]: Buffer.from(key, 'base64') } });
})();

async function snapshot(target: Target) {
  const database: Database = await target.open();
  try {
    const tables = await sql<{ name: string }>`select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relname not like 'kysely_%' order by 1`.execute(database.kysely);
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) counts[name] = Number((await sql<{ n: string }>`select count(*)::text as n from ${sql.table(name)}`.execute(database.kysely)).rows[0]!.n);
    const heads = await sql<{ agency_id: string; last_seq: string; last_hash: string }>`select agency_id, last_seq::text, last_hash from audit_chain_head order by agency_id`.execute(database.kysely);
    const sample = await decryptedSample(database.kysely, keyring, 25);
    return { counts, heads: JSON.stringify(heads.rows), sample };
  } finally {
    await database.close();
  }
}

/**
 * The backup/restore drill: seed (generated scale data for a few agencies, then the demo), back
 * up with `pars backup`, restore with `pars restore` into a fresh database of each dialect, and
 * compare every table's row count, each agency's audit chain head, and a sample of decrypted
 * values of every encrypted column; `pars audit verify` must pass on each restored copy.
 */
export async function restoreDrill(dialect: Dialect, options: { scale: string; agencies: string; log: (line: string) => void }): Promise<DrillResult> {
  const result: DrillResult = { check: 'backup-restore', dialect, rows: 0, tables: 0, agencies: 0, backupSeconds: 0, backupBytes: 0, restores: [], failures: [] };
  const source = await newTarget(dialect, 'drill');
  const work = mkdtempSync(join(tmpdir(), 'pars-drill-'));
  try {
    const scaled = pars(source, ['seed', '--scale', options.scale, '--agencies', options.agencies, '--until', '2026-11-01']);
    if (scaled.code !== 0) throw new Error(`seed --scale failed: ${scaled.stderr.slice(-1_000)}`);
    const demo = pars(source, ['seed', '--demo']);
    if (demo.code !== 0) throw new Error(`seed --demo failed: ${demo.stderr.slice(-1_000)}`);
    const before = await snapshot(source);
    result.rows = Object.values(before.counts).reduce((a, b) => a + b, 0);
    result.tables = Object.keys(before.counts).length;
    result.agencies = JSON.parse(before.heads).length;

    const file = join(work, `drill-${dialect}.pars-backup.gz`);
    let started = Date.now();
    const backup = pars(source, ['backup', '--to', file]);
    result.backupSeconds = (Date.now() - started) / 1000;
    if (backup.code !== 0) throw new Error(`pars backup failed: ${backup.stderr.slice(-1_000)}`);
    result.backupBytes = (await import('node:fs')).statSync(file).size;

    for (const into of ['pglite', 'postgres'] as Dialect[]) {
      const target = await newTarget(into, `drill-into-${into}`);
      try {
        started = Date.now();
        const restored = pars(target, ['restore', '--from', file]);
        const seconds = (Date.now() - started) / 1000;
        if (restored.code !== 0) throw new Error(`pars restore into ${into} failed: ${restored.stdout}${restored.stderr.slice(-1_000)}`);
        const after = await snapshot(target);
        const verify = pars(target, ['audit', 'verify']);
        const sampleEqual = after.sample.size === before.sample.size && [...before.sample].every(([id, hash]) => after.sample.get(id) === hash);
        const outcome: DrillRestore = {
          into,
          seconds,
          countsEqual: JSON.stringify(after.counts) === JSON.stringify(before.counts),
          headsEqual: after.heads === before.heads,
          sampleEqual,
          sampled: before.sample.size,
          auditVerified: verify.code === 0,
        };
        result.restores.push(outcome);
        for (const [what, ok] of [['row counts', outcome.countsEqual], ['audit chain heads', outcome.headsEqual], ['decrypted sample', outcome.sampleEqual], ['pars audit verify', outcome.auditVerified]] as const) {
          if (!ok) result.failures.push(`${dialect} → ${into}: ${what} differ after restore`);
        }
        options.log(`  backup/restore ${dialect} → ${into}: ${result.rows} rows in ${result.tables} tables, ${result.agencies} audit chains; restored in ${seconds.toFixed(1)} s; counts ${outcome.countsEqual ? 'equal' : 'DIFFER'}, heads ${outcome.headsEqual ? 'equal' : 'DIFFER'}, ${outcome.sampled} decrypted values ${outcome.sampleEqual ? 'equal' : 'DIFFER'}, audit ${outcome.auditVerified ? 'intact' : 'BROKEN'}`);
      } finally {
        await target.drop();
      }
    }
  } catch (error) {
    result.failures.push(`backup/restore ${dialect}: ${(error as Error).message.slice(0, 2_000)}`);
  } finally {
    await source.drop();
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}
