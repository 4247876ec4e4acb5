import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runsFromSource } from '../../src/cli/testing/run-pars.js';
import type { Dialect } from '../../src/db/database.js';
import { httpRaces, type RaceResult } from './http-races.js';
import { killNine, type KillResult } from './kill-nine.js';
import { restoreDrill, type DrillResult } from './restore-drill.js';
import { postgresReachable, runningChildren } from './support.js';

/**
 * `npm run faults`: the fault tests of issue #10 against `pars` child processes on loopback,
 * on both dialects (PGlite in a temporary folder; PostgreSQL in a database created and dropped
 * here, at FAULTS_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/test):
 * kill -9 during concurrent writes, concurrent updates of one version, one idempotency key sent
 * many times at once, and the backup/restore drill. Bounded by --timeout-minutes; exits 1 on
 * any failure. Results: bench/results/faults-<date>.json and .md.
 */
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    writers: { type: 'string', default: '6' },
    concurrency: { type: 'string', default: '25' },
    dialects: { type: 'string', default: 'pglite,postgres' },
    checks: { type: 'string', default: 'kill,races,drill' },
    scale: { type: 'string', default: '0.05' },
    agencies: { type: 'string', default: '3' },
    'timeout-minutes': { type: 'string', default: '45' },
  },
});
const dialects = values.dialects.split(',') as Dialect[];
const checks = new Set(values.checks.split(','));
const started = new Date();
const results: (KillResult | RaceResult | DrillResult)[] = [];
const log = (line: string) => process.stdout.write(`${line}\n`);

const timeout = setTimeout(() => {
  log(`faults: the global timeout of ${values['timeout-minutes']} minutes passed; stopping.`);
  for (const child of runningChildren) child.kill('SIGKILL');
  write({ timedOut: true });
  process.exit(1);
}, Number(values['timeout-minutes']) * 60_000);

function write(extra: Record<string, unknown> = {}): string[] {
  const failures = results.flatMap((r) => r.failures);
  const day = started.toISOString().slice(0, 10);
  const dir = join(import.meta.dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  const report = { startedAt: started.toISOString(), seconds: Math.round((Date.now() - started.getTime()) / 1000), machine, options: values, passed: failures.length === 0, failures, results, ...extra };
  writeFileSync(join(dir, `faults-${day}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, `faults-${day}.md`), markdown(report.seconds, machine, failures));
  return failures;
}

function markdown(seconds: number, machine: { cpus: number; cpu: string; memoryGb: number; node: string }, failures: string[]): string {
  const lines = [`# Fault tests, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`, '', `${machine.cpus} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}; ${seconds} s in all. Command: \`npm run faults\`.`, '', '| check | dialect | rounds / cases | acknowledged or requests | found / outcome | failures |', '|---|---|---|---|---|---|'];
  for (const r of results) {
    if (r.check === 'kill-9') {
      const lost = r.rounds.reduce((s, x) => s + x.lost.length, 0);
      const half = r.rounds.reduce((s, x) => s + x.halfDone.length, 0);
      lines.push(`| kill -9 during writes | ${r.dialect} | ${r.rounds.length} rounds | ${r.acknowledged} acknowledged of ${r.rounds.reduce((s, x) => s + x.fired, 0)} fired | ${r.found} found, ${lost} lost, ${half} half-done; audit chain intact in ${r.rounds.filter((x) => x.auditVerified).length}/${r.rounds.length} | ${r.failures.length} |`);
    } else if (r.check === 'backup-restore') {
      for (const x of r.restores) lines.push(`| backup/restore | ${r.dialect} → ${x.into} | ${r.rows} rows, ${r.tables} tables, ${r.agencies} chains | backup ${r.backupSeconds.toFixed(1)} s (${(r.backupBytes / 1e6).toFixed(1)} MB), restore ${x.seconds.toFixed(1)} s | counts ${x.countsEqual ? 'equal' : 'DIFFER'}, heads ${x.headsEqual ? 'equal' : 'DIFFER'}, ${x.sampled} decrypted ${x.sampleEqual ? 'equal' : 'DIFFER'}, verify ${x.auditVerified ? 'ok' : 'FAILED'} | ${r.failures.length} |`);
      if (r.restores.length === 0) lines.push(`| backup/restore | ${r.dialect} | – | – | – | ${r.failures.length} |`);
    } else {
      for (const c of r.cases) lines.push(`| ${r.check} | ${r.dialect} | ${c.name} | ${c.requests} requests | ${c.ok} × 2xx, ${c.conflicts} × 409; ${c.detail} | ${c.passed ? 0 : 1} |`);
      if (r.cases.length === 0) lines.push(`| ${r.check} | ${r.dialect} | – | – | – | ${r.failures.length} |`);
    }
  }
  lines.push('', failures.length === 0 ? 'All passed.' : `Failures:\n\n${failures.map((f) => `- ${f}`).join('\n')}`, '');
  return lines.join('\n');
}

if (runsFromSource()) log('faults: the server build is missing or older than the sources, so `pars` runs through tsx (slow); run `npm run build:server` first.');
if (dialects.includes('postgres') && !(await postgresReachable())) {
  log('faults: PostgreSQL does not answer at FAULTS_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test).');
  process.exit(1);
}
for (const dialect of dialects) {
  if (checks.has('races')) {
    log(`concurrent updates and idempotency (${dialect}), ${values.concurrency} requests at once:`);
    results.push(...(await httpRaces(dialect, { concurrency: Number(values.concurrency), log })));
  }
  if (checks.has('drill')) {
    log(`backup/restore drill from ${dialect} (scale ${values.scale}, ${values.agencies} agencies, and the demo):`);
    results.push(await restoreDrill(dialect, { scale: values.scale, agencies: values.agencies, log }));
  }
  if (checks.has('kill')) {
    log(`kill -9 during concurrent writes (${dialect}), ${values.rounds} rounds, ${values.writers} writers:`);
    results.push(await killNine(dialect, { rounds: Number(values.rounds), writers: Number(values.writers), log }));
  }
}
clearTimeout(timeout);
const failures = write();
log('');
for (const r of results) {
  if (r.check === 'kill-9') log(`kill -9 ${r.dialect}: ${r.rounds.length} rounds, ${r.acknowledged} acknowledged, ${r.found} found, ${r.failures.length} failures`);
  else if (r.check === 'backup-restore') log(`backup/restore from ${r.dialect}: ${r.restores.length} restores of ${r.rows} rows, ${r.failures.length} failures`);
  else log(`${r.check} ${r.dialect}: ${r.cases.length} cases, ${r.cases.filter((c) => c.passed).length} passed, ${r.failures.length} failures`);
}
log(failures.length === 0 ? 'faults: all passed.' : `faults: ${failures.length} FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
process.exit(failures.length === 0 ? 0 : 1);
