import { type EndpointSpec, endpointSpecs } from './lib/endpoints.js';
import { type LoadFigures, type LoadTarget, median, runLoad } from './lib/load.js';
import type { RunningServers } from './lib/spawn-server.js';

export interface Pacing {
  rounds: number;
  /** Seconds per read round. */
  readSeconds: number;
  /** Requests per write round. */
  writeAmount: number;
  connections: number;
}

export interface SideFigures {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  failures: number;
}

/** The median over rounds of each figure. */
export function summarize(rounds: LoadFigures[]): SideFigures {
  return {
    perSecond: median(rounds.map((r) => r.perSecond)),
    p50: median(rounds.map((r) => r.p50)),
    p95: median(rounds.map((r) => r.p95)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
  };
}

/**
 * Requests for one endpoint on one server: reads cycle through their keys; the roster write
 * takes the next unused session from `writeKeys` (shared by every server of the run, so no
 * session is marked twice); a contact gets a fresh idempotency key each time.
 */
export function targetFor(spec: EndpointSpec, servers: RunningServers, side: 'subject' | 'bare', writeKeys: { next: () => string }): LoadTarget {
  const user = servers.fixtures.users[spec.user];
  const port = side === 'subject' ? servers.subjectPort : servers.barePort!;
  const prefix = side === 'subject' ? '/api/v1' : '/bare';
  let index = 0;
  return {
    port,
    method: spec.method,
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrf, ...(spec.body ? { 'content-type': 'application/json' } : {}) },
    next: () => {
      const key = spec.kind === 'write' && spec.name.includes('roster') ? writeKeys.next() : spec.keys[index++ % spec.keys.length]!;
      const body = spec.body?.(key);
      return { path: `${prefix}${spec.path(key)}`, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
    },
  };
}

/** A shared, never-repeating supply of the fixtures' write sessions. */
export function writeSessionSupply(servers: RunningServers): { next: () => string } {
  const keys = servers.fixtures.writeSessions.map((s) => s.sessionId);
  let index = 0;
  return {
    next: () => {
      const key = keys[index++];
      if (!key) throw new Error('the run used every prepared write session: raise writeSessions');
      return key;
    },
  };
}

/**
 * A round: reads run for `readSeconds`, writes send `writeAmount` requests; a read slower than
 * half a second a request sends two per connection instead (a timed round would end before any
 * answered), one when slower than two seconds.
 */
export function loadFor(spec: EndpointSpec, pacing: Pacing, warmP50: number): { connections: number; duration?: number; amount?: number } {
  if (spec.kind === 'write') return { connections: pacing.connections, amount: pacing.writeAmount };
  if (warmP50 > 2000) return { connections: pacing.connections, amount: pacing.connections };
  if (warmP50 > 500) return { connections: pacing.connections, amount: pacing.connections * 2 };
  return { connections: pacing.connections, duration: pacing.readSeconds };
}

export interface EndpointRatio {
  endpoint: string;
  kind: 'read' | 'write';
  /** Full stack throughput / bare throughput (median of the rounds' ratios). */
  throughputRatio: number;
  /** Full stack p95 / bare p95 (median of the rounds' ratios). */
  p95Ratio: number;
  subject: SideFigures;
  bare: SideFigures;
}

/**
 * The full stack against the bare baseline, endpoint by endpoint: rounds alternate which side
 * goes first, and the ratio is the median of the rounds' ratios (both sides see the same noise).
 */
export async function benchEndpointRatios(servers: RunningServers, pacing: Pacing, log: (line: string) => void): Promise<EndpointRatio[]> {
  const writeKeys = writeSessionSupply(servers);
  const results: EndpointRatio[] = [];
  for (const spec of endpointSpecs(servers.fixtures)) {
    const subject = targetFor(spec, servers, 'subject', writeKeys);
    const bare = targetFor(spec, servers, 'bare', writeKeys);
    // Warm both (JIT, plans, caches) before measuring.
    const warm = await runLoad(subject, { connections: pacing.connections, amount: pacing.connections * 2 });
    await runLoad(bare, { connections: pacing.connections, amount: pacing.connections * 2 });
    const load = loadFor(spec, pacing, warm.p50);
    const subjectRounds: LoadFigures[] = [];
    const bareRounds: LoadFigures[] = [];
    for (let round = 0; round < pacing.rounds; round++) {
      const order = round % 2 === 0 ? (['bare', 'subject'] as const) : (['subject', 'bare'] as const);
      for (const side of order) {
        const figures = await runLoad(side === 'subject' ? subject : bare, load);
        (side === 'subject' ? subjectRounds : bareRounds).push(figures);
      }
    }
    const result: EndpointRatio = {
      endpoint: spec.name,
      kind: spec.kind,
      throughputRatio: median(subjectRounds.map((s, i) => s.perSecond / bareRounds[i]!.perSecond)),
      p95Ratio: median(subjectRounds.map((s, i) => s.p95 / bareRounds[i]!.p95)),
      subject: summarize(subjectRounds),
      bare: summarize(bareRounds),
    };
    log(
      `  ${spec.name}: ${result.throughputRatio.toFixed(2)}× the bare throughput (${result.subject.perSecond.toFixed(0)} vs ${result.bare.perSecond.toFixed(0)} req/s); ` +
        `p50/p95/p99 ${fmt(result.subject)} ms vs ${fmt(result.bare)} ms`,
    );
    results.push(result);
  }
  return results;
}

export function fmt(figures: SideFigures): string {
  return [figures.p50, figures.p95, figures.p99].map((v) => v.toFixed(1)).join('/');
}
