/**
 * Where the full stack spends its time on one endpoint: serves the benchmark's requests to the
 * full PARS server (PostgreSQL, 1×) for some seconds with a CPU profile on, then prints the
 * functions with the most samples of their own and the callers of the top ones.
 *
 *   npx tsx bench/profile.ts "roster" [seconds]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetFor, writeSessionSupply } from './endpoint-ratios.js';
import { endpointSpecs } from './lib/endpoints.js';
import { runLoad } from './lib/load.js';
import { copyForRun, openScaleDatabase } from './lib/scale-database.js';
import { spawnServers } from './lib/spawn-server.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const [name = 'roster', seconds = '15'] = process.argv.slice(2);
const folder = mkdtempSync(join(tmpdir(), 'pars-profile-'));
process.env.BENCH_CPU_PROFILE = folder;
const seeded = await openScaleDatabase({ scale: 1, dialect: 'postgres' });
await seeded.database.close();
const copy = await copyForRun({ scale: 1, dialect: 'postgres' });
try {
  const servers = await spawnServers({ databaseUrl: copy.databaseUrl, poolSize: 10, writeSessions: 400, bare: false });
  const spec = endpointSpecs(servers.fixtures).find((s) => s.name === name);
  if (!spec) throw new Error(`no endpoint named ${name}: ${endpointSpecs(servers.fixtures).map((s) => s.name).join(', ')}`);
  const figures = await runLoad(targetFor(spec, servers, 'subject', writeSessionSupply(servers)), { connections: 4, duration: Number(seconds) });
  console.log(`${name}: ${figures.perSecond.toFixed(1)} req/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms`);
  await servers.stop();
} finally {
  await copy.drop();
}
const file = readdirSync(folder).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('the server process wrote no profile');
const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
rmSync(folder, { recursive: true, force: true });
const hits = new Map<number, number>();
for (const sample of profile.samples) hits.set(sample, (hits.get(sample) ?? 0) + 1);
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules\/|src\/)/, '$1')}:${n.callFrame.lineNumber + 1}`;
const own = new Map<string, number>();
const callers = new Map<string, Map<string, number>>();
for (const node of profile.nodes) {
  const count = hits.get(node.id) ?? 0;
  if (!count) continue;
  const key = label(node);
  own.set(key, (own.get(key) ?? 0) + count);
  const chain: string[] = [];
  for (let id = parentOf.get(node.id), i = 0; id !== undefined && i < 5; id = parentOf.get(id), i++) chain.push(label(byId.get(id)!));
  const byChain = callers.get(key) ?? new Map<string, number>();
  byChain.set(chain.join(' < '), (byChain.get(chain.join(' < ')) ?? 0) + count);
  callers.set(key, byChain);
}
const total = profile.samples.length;
const top = [...own].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [key, count] of top) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
console.log('\nCallers of the top ten (excluding idle and GC):');
for (const [key] of top.filter(([k]) => !k.startsWith('(')).slice(0, 10)) {
  const [chain, count] = [...callers.get(key)!].sort((a, b) => b[1] - a[1])[0]!;
  console.log(`${key}\n    ${count} × ${chain}`);
}
