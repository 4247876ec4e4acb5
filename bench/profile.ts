/**
 * Where the full stack spends its time on one endpoint: serves the benchmark's requests to the
 * full PARS server (PostgreSQL, 1×) for some seconds with a CPU profile on, then prints the
 * functions with the most samples of their own and the callers of the top ones.
 *
 *   npx tsx bench/profile.ts "roster" [seconds] [bare|subject]   (both by default, the bare baseline first)
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

const [name = 'roster', seconds = '15', only] = process.argv.slice(2);
/** The load runs' times on the server's monotonic clock: only samples inside them are counted. */
const windows: [number, number][] = [];
const folder = mkdtempSync(join(tmpdir(), 'pars-profile-'));
process.env.BENCH_CPU_PROFILE = folder;
const seeded = await openScaleDatabase({ scale: 1, dialect: 'postgres' });
await seeded.database.close();
const copy = await copyForRun({ scale: 1, dialect: 'postgres' });
try {
  const servers = await spawnServers({ databaseUrl: copy.databaseUrl, poolSize: 10, writeSessions: 400, bare: true });
  const spec = endpointSpecs(servers.fixtures).find((s) => s.name === name);
  if (!spec) throw new Error(`no endpoint named ${name}: ${endpointSpecs(servers.fixtures).map((s) => s.name).join(', ')}`);
  console.log('statements per request:', JSON.stringify(servers.statements[name]));
  const supply = writeSessionSupply(servers);
  // The bare baseline's figure beside the subject's, for the ratio (the profile covers both runs of the subject only: the bare server shares the process, so its samples are in it too).
  const sides: ('bare' | 'subject')[] = only === 'bare' || only === 'subject' ? [only] : ['bare', 'subject'];
  for (const side of sides) {
    const before = await servers.cpuMicros();
    // Writes use up prepared sessions: a fixed number of requests rather than a duration.
    const figures = await runLoad(targetFor(spec, servers, side, supply), { connections: 4, ...(spec.kind === 'write' ? { amount: 150 } : { duration: Number(seconds) }) });
    const after = await servers.cpuMicros();
    const cpuPerRequest = after.cpu - before.cpu;
    windows.push([before.monotonicMicros, after.monotonicMicros]);
    console.log(`${name}, ${side}: ${figures.perSecond.toFixed(1)} req/s, p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, ${figures.failures} failed; server CPU ${(cpuPerRequest / 1000 / figures.requests).toFixed(2)} ms and ${((after.socketWrites - before.socketWrites) / figures.requests).toFixed(1)} socket writes a request`);
  }
  await servers.stop();
} finally {
  await copy.drop();
}
const file = readdirSync(folder).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('the server process wrote no profile');
const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; startTime: number; timeDeltas: number[] };
rmSync(folder, { recursive: true, force: true });
const hits = new Map<number, number>();
let at = profile.startTime;
let counted = 0;
profile.samples.forEach((sample, index) => {
  at += profile.timeDeltas[index]!;
  if (!windows.some(([from, to]) => at >= from && at <= to)) return;
  hits.set(sample, (hits.get(sample) ?? 0) + 1);
  counted += 1;
});
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
  for (let id = parentOf.get(node.id), i = 0; id !== undefined && i < Number(process.env.PROFILE_DEPTH ?? 5); id = parentOf.get(id), i++) chain.push(label(byId.get(id)!));
  const byChain = callers.get(key) ?? new Map<string, number>();
  byChain.set(chain.join(' < '), (byChain.get(chain.join(' < ')) ?? 0) + count);
  callers.set(key, byChain);
}
const total = counted;
console.log(`\n${counted} samples inside the load runs (of ${profile.samples.length})`);
const top = [...own].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [key, count] of top) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
console.log('\nCallers of the top ten (excluding idle and GC):');
for (const [key] of top.filter(([k]) => !k.startsWith('(')).slice(0, 10)) {
  const [chain, count] = [...callers.get(key)!].sort((a, b) => b[1] - a[1])[0]!;
  console.log(`${key}\n    ${count} × ${chain}`);
}

// Own samples by where the code lives (a package, PARS's own source, or the runtime).
const byPlace = new Map<string, number>();
for (const node of profile.nodes) {
  const count = hits.get(node.id) ?? 0;
  if (!count) continue;
  const url = node.callFrame.url;
  const place = url.includes('node_modules/') ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1') : url.includes('/src/') ? `src/${url.replace(/^.*\/src\/([^/]+).*$/, '$1')}` : node.callFrame.functionName.startsWith('(') ? node.callFrame.functionName : 'node (runtime)';
  byPlace.set(place, (byPlace.get(place) ?? 0) + count);
}
console.log('\nOwn samples by place:');
for (const [place, count] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${place}`);

// Inclusive samples (the function and all it calls) of the functions named in PROFILE_FUNCS (comma-separated).
const named = (process.env.PROFILE_FUNCS ?? '').split(',').filter(Boolean);
if (named.length) {
  const inclusive = new Map<string, number>();
  const childrenOf = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
  const subtree = (id: number): number => (hits.get(id) ?? 0) + childrenOf.get(id)!.reduce((sum, child) => sum + subtree(child), 0);
  // Count a function once per stack: only its outermost frames.
  const outermost = (node: ProfileNode, fn: string): boolean => {
    for (let id = parentOf.get(node.id); id !== undefined; id = parentOf.get(id)) if (byId.get(id)!.callFrame.functionName === fn) return false;
    return true;
  };
  for (const node of profile.nodes) {
    const fn = node.callFrame.functionName;
    if (named.includes(fn) && outermost(node, fn)) inclusive.set(fn, (inclusive.get(fn) ?? 0) + subtree(node.id));
  }
  console.log('\nInclusive samples:');
  for (const fn of named) console.log(`${((100 * (inclusive.get(fn) ?? 0)) / total).toFixed(1).padStart(5)}%  ${fn}`);
}
