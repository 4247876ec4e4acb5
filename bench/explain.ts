import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { buildServer } from '../src/server/build-server.js';
import { endpointSpecs } from './lib/endpoints.js';
import { benchNow, prepareFixtures } from './lib/fixtures.js';
import { benchKeyring, copyForRun, openScaleDatabase } from './lib/scale-database.js';
import { captureStatements, classify } from './lib/sql-capture.js';

/**
 * `npx tsx bench/explain.ts [--scale N] [--top K]`: sends each benchmarked request once through
 * the full stack, and prints EXPLAIN (ANALYZE, BUFFERS) of its K slowest data statements, run in
 * the request's own agency scope (the `set_config`/role statement it ran), rolled back. Written
 * to bench/results/explain-<scale>x.txt.
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, top: { type: 'string', default: '3' } } });
const scale = Number(values.scale);
const top = Number(values.top);
const seeded = await openScaleDatabase({ scale, dialect: 'postgres' });
await seeded.database.close();
const copy = await copyForRun({ scale, dialect: 'postgres' });
const database = await openDatabase({ databaseUrl: copy.databaseUrl, dataDir: '', poolSize: 2 });
const out: string[] = [`EXPLAIN (ANALYZE, BUFFERS) of the slowest statements per benchmarked request, ${scale}× data, ${new Date().toISOString().slice(0, 10)}`, ''];
try {
  const fixtures = await prepareFixtures(database.kysely, 30);
  const app = await buildServer({ database, config: { version: 'bench', logLevel: 'silent' }, keyring: benchKeyring, clock: { now: () => new Date(benchNow) } });
  for (const spec of endpointSpecs(fixtures)) {
    const user = fixtures.users[spec.user];
    const key = spec.name.includes('roster') && spec.kind === 'write' ? spec.keys[fixtures.writeGroups]! : spec.keys[0]!;
    const send = () => app.inject({ method: spec.method, url: `/api/v1${spec.path(key)}`, headers: { cookie: user.cookie, 'x-csrf-token': user.csrf, 'content-type': 'application/json' }, ...(spec.body ? { payload: JSON.stringify(spec.body(key)) } : {}) });
    if (spec.kind === 'read') await send();
    const statements = classify(await captureStatements(send));
    const scope = statements.find((s) => s.role === 'scope')?.statement;
    const slow = statements.filter((s) => s.role === 'data').sort((a, b) => b.statement.ms - a.statement.ms).slice(0, top);
    out.push(`## ${spec.name} (${statements.length} statements, ${statements.reduce((sum, s) => sum + s.statement.ms, 0).toFixed(1)} ms in the database)`, '');
    for (const { statement } of slow) {
      if (!/^\s*(select|with)/i.test(statement.text)) {
        out.push(`-- ${statement.ms.toFixed(2)} ms: ${statement.text.replace(/\s+/g, ' ').slice(0, 300)}`, '');
        continue;
      }
      const conn = new pg.Client({ connectionString: copy.databaseUrl });
      await conn.connect();
      try {
        await conn.query('begin');
        if (scope) await conn.query(scope.text, scope.values);
        const plan = await conn.query(`explain (analyze, buffers) ${statement.text}`, statement.values);
        out.push(`-- ${statement.ms.toFixed(2)} ms in the request: ${statement.text.replace(/\s+/g, ' ').slice(0, 400)}`, ...plan.rows.map((row) => (row as Record<string, string>)['QUERY PLAN']!), '');
      } finally {
        await conn.query('rollback');
        await conn.end();
      }
    }
  }
  await app.close();
} finally {
  await database.close();
  await copy.drop();
}
const dir = join(process.cwd(), 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `explain-${scale}x.txt`);
writeFileSync(file, `${out.join('\n')}\n`);
process.stdout.write(`${file}\n`);
