import net from 'node:net';
import pino from 'pino';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.js';
import { buildServer } from '../../src/server/build-server.js';
import { buildBareServer, type ReplayPlans } from './bare-server.js';
import { endpointSpecs } from './endpoints.js';
import { benchNow, prepareFixtures } from './fixtures.js';
import { benchKeyring } from './scale-database.js';
import { type CapturedStatement, captureStatements, classify, idsOf, ReplayPlan, type StatementRole } from './sql-capture.js';

/** What the runner asks of a server process (argv[2], JSON). */
export interface ServerProcessOptions {
  databaseUrl?: string;
  dataDir?: string;
  poolSize: number;
  writeSessions: number;
  /** Build the bare Fastify + pg baseline too (PostgreSQL only). */
  bare: boolean;
}

export interface ServerProcessReady {
  subjectPort: number;
  barePort?: number;
  fixtures: Awaited<ReturnType<typeof prepareFixtures>>;
  /** Statements per request of each endpoint, by role (from the captured request). */
  statements: Record<string, Partial<Record<StatementRole, number>>>;
  /** The data statements' texts of one captured request per endpoint (for the results file). */
  sql: Record<string, string[]>;
}

/**
 * One process serving the full PARS server and, beside it, the bare baseline, on loopback, over
 * the same database with pools of the same size; the load generator runs in the parent so it
 * never shares this event loop.
 */
/** Socket writes so far (each one a system call): what a request costs the process beyond its own code. */
let socketWrites = 0;
const socketPrototype = net.Socket.prototype as unknown as { _writeGeneric: (...args: unknown[]) => unknown };
const writeGeneric = socketPrototype._writeGeneric;
socketPrototype._writeGeneric = function (this: unknown, ...args: unknown[]) {
  socketWrites += 1;
  return writeGeneric.apply(this, args);
};

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]!) as ServerProcessOptions;
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? '', poolSize: options.poolSize });
  const fixtures = await prepareFixtures(database.kysely, options.writeSessions);
  const clock = { now: () => new Date(benchNow) };
  // Logs as in production (info, one line per request), written to /dev/null.
  const app = await buildServer({ database, config: { version: 'bench', logLevel: 'info' }, keyring: benchKeyring, clock, logStream: pino.destination({ dest: process.env.BENCH_SERVER_LOG ?? '/dev/null', sync: false }) });
  const specs = endpointSpecs(fixtures);
  const ready: ServerProcessReady = { subjectPort: 0, fixtures, statements: {}, sql: {} };
  let bare: Awaited<ReturnType<typeof buildBareServer>> | undefined;
  if (options.bare) {
    const plans: ReplayPlans = {};
    for (const spec of specs) {
      const user = fixtures.users[spec.user];
      const headers = { cookie: user.cookie, 'x-csrf-token': user.csrf, 'content-type': 'application/json' };
      // Reads: every key is captured and replayed as it ran. Writes: one request in the steady
      // state (after one write per group or partner: a group's first marks start its members'
      // cases, which later sessions do not repeat), replayed with each request's own ids.
      let keys = spec.keys;
      if (spec.kind === 'write') {
        const warm = spec.name.includes('roster') ? fixtures.writeGroups : 1;
        for (const key of spec.keys.slice(0, warm)) {
          const response = await app.inject({ method: spec.method, url: `/api/v1${spec.path(key)}`, headers, payload: JSON.stringify(spec.body?.(key)) });
          if (response.statusCode >= 300) throw new Error(`${spec.name}: a warm-up request answered ${response.statusCode}`);
        }
        keys = spec.name.includes('roster') ? [spec.keys[warm]!] : [spec.keys[0]!];
        if (spec.name.includes('roster')) fixtures.writeSessions.splice(0, warm + 1);
      }
      plans[spec.name] = {};
      for (const key of keys) {
        const body = spec.body?.(key);
        let status = 0;
        const statements = await captureStatements(async () => {
          const response = await app.inject({ method: spec.method, url: `/api/v1${spec.path(key)}`, headers, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
          status = response.statusCode;
        });
        if (status >= 300) throw new Error(`${spec.name}: the captured request answered ${status}`);
        const sorted = classify(statements);
        const data = sorted.filter((s) => s.role === "data" || s.role === "scope").map((s) => s.statement);
        const requestIds = idsOf([spec.path(key), body]);
        plans[spec.name]![key] = { plan: new ReplayPlan(data, [...requestIds, fixtures.agencyId, fixtures.users[spec.user].userId]), requestIds };
        if (key === keys[0]) {
          ready.statements[spec.name] = countRoles(sorted.map((s) => s.role));
          ready.sql[spec.name] = data.map((s: CapturedStatement) => s.text);
        }
      }
    }
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize, application_name: 'pars-bench-bare' });
    bare = await buildBareServer(pool, specs, plans);
  }
  ready.subjectPort = await listen(app);
  if (bare) ready.barePort = await listen(bare);
  process.send!({ ready });
  // A runner that dies (Ctrl-C, a crash) takes its servers with it.
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (message: { stop?: boolean; cpu?: boolean }) => {
    // The process's CPU time so far (user + system, µs) and its monotonic clock (µs, the clock of a
    // CPU profile's samples): the runner takes differences around a load.
    if (message.cpu) {
      const usage = process.cpuUsage();
      process.send!({ cpu: usage.user + usage.system, monotonicMicros: Number(process.hrtime.bigint() / 1000n), socketWrites });
      return;
    }
    if (!message.stop) return;
    await app.close();
    await bare?.close();
    await database.close();
    process.exit(0);
  });
}

async function listen(app: { listen: (options: { host: string; port: number }) => Promise<string> }): Promise<number> {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return Number(new URL(address).port);
}

function countRoles(roles: StatementRole[]): Partial<Record<StatementRole, number>> {
  const counts: Partial<Record<StatementRole, number>> = {};
  for (const role of roles) counts[role] = (counts[role] ?? 0) + 1;
  return counts;
}

main().catch((error) => {
  process.stderr.write(`bench server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
