import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { compareServers, type ServerComparison } from './compare-servers.js';
import { benchEndpointRatios, type EndpointRatio, type Pacing } from './endpoint-ratios.js';
import { machineFacts, writeResults } from './lib/results.js';
import { copyForRun, openScaleDatabase, type ScaleTarget } from './lib/scale-database.js';
import { type RunningServers, spawnServers } from './lib/spawn-server.js';
import { benchScopedTransaction } from './scoped-transaction.js';
import { benchReportPdf, benchStatistics, type PdfFigures, type StatisticsFigures } from './statistics-and-pdf.js';

/**
 * `npm run bench`: every benchmark at 1× on the PostgreSQL server (127.0.0.1:5432, or
 * BENCH_PG_ROOT) and on embedded PGlite; `-- --scale 10` adds growth (1× against 10×) and the
 * statistics at 10×. Seeded databases are reused across runs (see bench/README.md); each run
 * works on a throw-away copy. Results: bench/results/<date>-<name>.json and latest.md.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'skip-pglite': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    name: { type: 'string', default: 'run' },
  },
});
const scale = Number(values.scale);
const quick = values.quick!;
const log = (line: string) => process.stdout.write(`${line}\n`);
const pacing: Pacing = quick ? { rounds: 2, readSeconds: 2, writeAmount: 40, connections: 4 } : { rounds: 5, readSeconds: 4, writeAmount: 100, connections: 4 };
const comparePacing: Pacing = quick ? pacing : { ...pacing, rounds: 3, readSeconds: 3, writeAmount: 50 };
const writeSessionsFor = (p: Pacing, sides: number) => sides * (p.connections * 5 + p.rounds * p.writeAmount) + 40;

const started = Date.now();
const machine = await machineFacts();
log(`PARS benchmarks, ${new Date().toISOString().slice(0, 10)}: ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}, ${machine.postgres}; load average ${machine.loadBefore.join(', ')}`);

const results: {
  endpoints?: EndpointRatio[];
  growth?: { scale: number; endpoints: ServerComparison[] };
  pglite?: ServerComparison[];
  statistics?: StatisticsFigures;
  pdf?: PdfFigures;
  scopedTransaction?: string;
  statements?: RunningServers['statements'];
} = {};

async function withCopy<T>(target: ScaleTarget, work: (copy: Awaited<ReturnType<typeof copyForRun>>) => Promise<T>): Promise<T> {
  const seeded = await openScaleDatabase(target, { log });
  await seeded.database.close();
  const copy = await copyForRun(target);
  try {
    return await work(copy);
  } finally {
    await copy.drop();
  }
}

// 1. Full stack against the bare baseline (PostgreSQL, 1×).
log('\n1. Full stack vs bare Fastify + pg, same statements (PostgreSQL, 1×, biggest agency)');
await withCopy({ scale: 1, dialect: 'postgres' }, async (copy) => {
  const servers = await spawnServers({ databaseUrl: copy.databaseUrl, poolSize: 10, writeSessions: writeSessionsFor(pacing, 2), bare: true });
  try {
    results.statements = servers.statements;
    results.endpoints = await benchEndpointRatios(servers, pacing, log);
  } finally {
    await servers.stop();
  }
});

// 2. Growth: the same requests on 1× and N× data.
if (scale > 1) {
  log(`\n2. Growth: p95 at ${scale}× over 1× (PostgreSQL, same agency, same requests)`);
  await withCopy({ scale: 1, dialect: 'postgres' }, (one) =>
    withCopy({ scale, dialect: 'postgres' }, async (many) => {
      const a = await spawnServers({ databaseUrl: one.databaseUrl, poolSize: 10, writeSessions: writeSessionsFor(comparePacing, 1), bare: false });
      const b = await spawnServers({ databaseUrl: many.databaseUrl, poolSize: 10, writeSessions: writeSessionsFor(comparePacing, 1), bare: false });
      try {
        results.growth = { scale, endpoints: await compareServers(a, b, comparePacing, ['1×', `${scale}×`], log) };
      } finally {
        await a.stop();
        await b.stop();
      }
    }),
  );
}

// 3. PGlite against PostgreSQL (informative).
if (!values['skip-pglite']) {
  log('\n3. Embedded PGlite vs PostgreSQL server, full stack, same requests (1×)');
  await withCopy({ scale: 1, dialect: 'postgres' }, (server) =>
    withCopy({ scale: 1, dialect: 'pglite' }, async (embedded) => {
      const a = await spawnServers({ databaseUrl: server.databaseUrl, poolSize: 10, writeSessions: writeSessionsFor(comparePacing, 1), bare: false });
      const b = await spawnServers({ dataDir: embedded.dataDir, poolSize: 1, writeSessions: writeSessionsFor(comparePacing, 1), bare: false });
      try {
        results.pglite = await compareServers(a, b, comparePacing, ['PostgreSQL', 'PGlite'], log);
      } finally {
        await a.stop();
        await b.stop();
      }
    }),
  );
}

// 4. Ministry statistics (at N×) and 5. report PDFs.
log(`\n4. Ministry statistics, a quarter and the year (${scale}×)`);
{
  const { database } = await openScaleDatabase({ scale, dialect: 'postgres' }, { log });
  try {
    results.statistics = await benchStatistics(database, scale);
    const s = results.statistics;
    log(`  province: quarter ${s.provinceQuarterMs.toFixed(0)} ms, year ${s.provinceYearMs.toFixed(0)} ms (year/quarter ${s.provinceYearOverQuarter.toFixed(2)}); biggest agency: ${s.agencyQuarterMs.toFixed(0)} / ${s.agencyYearMs.toFixed(0)} ms (${s.agencyYearOverQuarter.toFixed(2)})`);
    log('\n5. Completion-report PDFs');
    results.pdf = await benchReportPdf(database, quick ? 3 : 10);
    log(`  ${results.pdf.perSecondPerCore.toFixed(1)} PDFs per second per core (${results.pdf.pages} pages, ${Math.round(results.pdf.bytes / 1024)} KB)`);
  } finally {
    await database.close();
  }
}

// 6. What agency scoping costs a unit of work (PGlite, throw-away folder).
log('\n6. Scoped transaction vs plain transaction');
{
  const dataDir = mkdtempSync(join(tmpdir(), 'pars-bench-'));
  const database = await openDatabase({ dataDir });
  try {
    await migrateToLatest(database.kysely);
    results.scopedTransaction = await benchScopedTransaction(database);
    log(`  ${results.scopedTransaction}`);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const seconds = Math.round((Date.now() - started) / 1000);
const written = await writeResults({ name: values.name!, scale, quick, seconds, machine: { ...machine, loadAfter: await machineFacts().then((m) => m.loadBefore) }, results });
log(`\nDone in ${Math.floor(seconds / 60)} min ${seconds % 60} s: ${written.json} and ${written.markdown}`);
