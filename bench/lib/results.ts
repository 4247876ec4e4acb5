import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { ServerComparison } from '../compare-servers.js';
import type { EndpointRatio, SideFigures } from '../endpoint-ratios.js';
import type { PdfFigures, StatisticsFigures } from '../statistics-and-pdf.js';
import { serverRoot } from './scale-database.js';

export interface MachineFacts {
  cores: number;
  cpu: string;
  ramGb: number;
  node: string;
  postgres: string;
  loadBefore: number[];
  loadAfter?: number[];
}

export async function machineFacts(): Promise<MachineFacts> {
  const client = new pg.Client({ connectionString: serverRoot });
  await client.connect();
  const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  await client.end();
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    postgres: `PostgreSQL ${version.split(' ')[0]}`,
    loadBefore: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

interface Run {
  name: string;
  scale: number;
  quick: boolean;
  seconds: number;
  machine: MachineFacts;
  results: {
    endpoints?: EndpointRatio[];
    growth?: { scale: number; endpoints: ServerComparison[] };
    pglite?: ServerComparison[];
    statistics?: StatisticsFigures;
    pdf?: PdfFigures;
    scopedTransaction?: string;
    statements?: Record<string, Partial<Record<string, number>>>;
  };
}

/** Writes bench/results/<date>-<name>.json (everything) and latest.md (the short table). */
export async function writeResults(run: Run): Promise<{ json: string; markdown: string }> {
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const json = join(dir, `${date}-${run.name}${run.scale > 1 ? `-${run.scale}x` : ''}.json`);
  writeFileSync(json, `${JSON.stringify({ date, ...run }, null, 2)}\n`);
  const markdown = join(dir, run.scale > 1 ? `latest-${run.scale}x.md` : 'latest.md');
  writeFileSync(markdown, renderMarkdown(date, run));
  return { json: json.slice(process.cwd().length + 1), markdown: markdown.slice(process.cwd().length + 1) };
}

const ms = (figures: SideFigures) => [figures.p50, figures.p95, figures.p99].map((v) => (v < 10 ? v.toFixed(1) : v.toFixed(0))).join(' / ');
const x = (value: number) => `${value.toFixed(2)}×`;

function renderMarkdown(date: string, run: Run): string {
  const m = run.machine;
  const r = run.results;
  const lines = [
    `# PARS benchmarks, ${date}`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.ramGb} GB RAM, Node ${m.node}, ${m.postgres}. Load average before/after: ${m.loadBefore.join(', ')} / ${m.loadAfter?.join(', ') ?? '?'} (shared machine).`,
    `\`npm run bench${run.scale > 1 ? ` -- --scale ${run.scale}` : ''}${run.quick ? ' --quick' : ''}\` took ${Math.floor(run.seconds / 60)} min ${run.seconds % 60} s. Every ratio is measured in this run, rounds interleaved, the median of the rounds' ratios; latencies are medians over rounds, at 4 connections on loopback (autocannon), the biggest agency (Toronto, ~1,950 referrals a year). Details: the JSON beside this file; method: bench/README.md.`,
    '',
  ];
  if (r.endpoints) {
    lines.push('## Full stack vs bare Fastify + pg running the same statements (PostgreSQL, 1×)', '', '| endpoint | throughput ratio (target ≥ 0.7× on reads) | full stack req/s | bare req/s | full stack p50 / p95 / p99 ms | bare p50 / p95 / p99 ms |', '|---|---|---|---|---|---|');
    for (const e of r.endpoints) lines.push(`| ${e.endpoint} | **${x(e.throughputRatio)}** | ${e.subject.perSecond.toFixed(1)} | ${e.bare.perSecond.toFixed(1)} | ${ms(e.subject)} | ${ms(e.bare)} |`);
    lines.push('');
  }
  if (r.growth) {
    lines.push(`## Growth: p95 at ${r.growth.scale}× data over 1× (same agency, same requests; target ≤ 1.5×)`, '', `| endpoint | p95 growth | p95 1× ms | p95 ${r.growth.scale}× ms | throughput ${r.growth.scale}×/1× |`, '|---|---|---|---|---|');
    for (const g of r.growth.endpoints) lines.push(`| ${g.endpoint} | **${x(g.p95Ratio)}** | ${g.reference.p95.toFixed(1)} | ${g.subject.p95.toFixed(1)} | ${x(g.throughputRatio)} |`);
    lines.push('');
  }
  if (r.pglite) {
    lines.push('## Embedded PGlite vs PostgreSQL server (full stack, 1×; informative)', '', '| endpoint | PGlite throughput / PostgreSQL | PGlite p95 / PostgreSQL p95 | PostgreSQL p95 ms | PGlite p95 ms |', '|---|---|---|---|---|');
    for (const g of r.pglite) lines.push(`| ${g.endpoint} | ${x(g.throughputRatio)} | ${x(g.p95Ratio)} | ${g.reference.p95.toFixed(1)} | ${g.subject.p95.toFixed(1)} |`);
    lines.push('');
  }
  if (r.statistics) {
    const s = r.statistics;
    lines.push(
      `## Ministry statistics at ${s.scale}× (${s.referralsInYear.toLocaleString('en')} referrals in the year)`,
      '',
      '| scope | quarter | year | year / quarter |',
      '|---|---|---|---|',
      `| province (every agency summed) | ${s.provinceQuarterMs.toFixed(0)} ms | ${s.provinceYearMs.toFixed(0)} ms | ${x(s.provinceYearOverQuarter)} |`,
      `| biggest agency | ${s.agencyQuarterMs.toFixed(0)} ms | ${s.agencyYearMs.toFixed(0)} ms | ${x(s.agencyYearOverQuarter)} |`,
      '',
    );
  }
  if (r.pdf) lines.push(`## Completion-report PDFs`, '', `${r.pdf.perSecondPerCore.toFixed(1)} PDFs per second per core (${r.pdf.pages} pages, ${Math.round(r.pdf.bytes / 1024)} KB, English and French alternating, one thread).`, '');
  if (r.scopedTransaction) lines.push('## Agency scoping', '', r.scopedTransaction, '');
  return `${lines.join('\n')}\n`;
}
