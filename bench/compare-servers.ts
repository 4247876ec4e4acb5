import { loadFor, type Pacing, type SideFigures, summarize, targetFor, writeSessionSupply } from './endpoint-ratios.js';
import { endpointSpecs } from './lib/endpoints.js';
import { type LoadFigures, median, runLoad } from './lib/load.js';
import type { RunningServers } from './lib/spawn-server.js';

export interface ServerComparison {
  endpoint: string;
  kind: 'read' | 'write';
  /** Subject's p95 / reference's p95 (median of the rounds' ratios): growth, or PGlite over PostgreSQL. */
  p95Ratio: number;
  throughputRatio: number;
  reference: SideFigures;
  subject: SideFigures;
}

/**
 * The full stack on two servers (1× and 10× data, or PostgreSQL and PGlite) on the same requests,
 * rounds interleaved, the ratios the median of the rounds' ratios. Both serve the same agency,
 * the same ids (the first agency is identical at every scale and on both dialects).
 */
export async function compareServers(reference: RunningServers, subject: RunningServers, pacing: Pacing, labels: [string, string], log: (line: string) => void): Promise<ServerComparison[]> {
  const results: ServerComparison[] = [];
  const referenceWrites = writeSessionSupply(reference);
  const subjectWrites = writeSessionSupply(subject);
  const subjectSpecs = new Map(endpointSpecs(subject.fixtures).map((spec) => [spec.name, spec]));
  for (const spec of endpointSpecs(reference.fixtures)) {
    const a = targetFor(spec, reference, 'subject', referenceWrites);
    const b = targetFor(subjectSpecs.get(spec.name)!, subject, 'subject', subjectWrites);
    const warm = await runLoad(a, { connections: pacing.connections, amount: pacing.connections * 2 });
    await runLoad(b, { connections: pacing.connections, amount: pacing.connections * 2 });
    const load = loadFor(spec, pacing, warm.p50);
    const aRounds: LoadFigures[] = [];
    const bRounds: LoadFigures[] = [];
    for (let round = 0; round < pacing.rounds; round++) {
      const order = round % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      for (const side of order) (side === 'a' ? aRounds : bRounds).push(await runLoad(side === 'a' ? a : b, load));
    }
    const result: ServerComparison = {
      endpoint: spec.name,
      kind: spec.kind,
      p95Ratio: median(bRounds.map((r, i) => r.p95 / aRounds[i]!.p95)),
      throughputRatio: median(bRounds.map((r, i) => r.perSecond / aRounds[i]!.perSecond)),
      reference: summarize(aRounds),
      subject: summarize(bRounds),
    };
    log(`  ${spec.name}: p95 ${labels[1]}/${labels[0]} ${result.p95Ratio.toFixed(2)}× (${result.subject.p95.toFixed(1)} vs ${result.reference.p95.toFixed(1)} ms), throughput ${result.throughputRatio.toFixed(2)}×`);
    results.push(result);
  }
  return results;
}
