import { sql } from 'kysely';
import { compartmentsFor } from '../src/core/access/index.js';
import { loadReport } from '../src/core/reports/load-report.js';
import { renderReportPdf } from '../src/core/reports/report-document.js';
import { contentOf } from '../src/core/reports/reports.queries.js';
import { computeOperatorStatistics } from '../src/core/statistics/provincial-statistics.js';
import type { Database } from '../src/db/database.js';
import { scopeToAgency } from '../src/db/scoped-database.js';
import { benchAgencySlug, benchNow } from './lib/fixtures.js';
import { median } from './lib/load.js';
import { benchKeyring } from './lib/scale-database.js';

export interface StatisticsFigures {
  scale: number;
  /** The provincial view (every agency summed), as `pars stats --all-agencies` computes it; median of 3 runs, ms. */
  provinceQuarterMs: number;
  provinceYearMs: number;
  provinceYearOverQuarter: number;
  /** The biggest agency alone. */
  agencyQuarterMs: number;
  agencyYearMs: number;
  agencyYearOverQuarter: number;
  referralsInYear: number;
}

const quarter = { from: '2026-07-01', to: '2026-09-30' };
const year = { from: '2025-11-01', to: '2026-10-31' };

/** Ministry statistics for a quarter and for the generated year (median of three, after one warm-up each). */
export async function benchStatistics(database: Database, scale: number): Promise<StatisticsFigures> {
  const db = database.kysely;
  const time = async (scope: { slug: string } | { allAgencies: true }, period: typeof quarter) => {
    await computeOperatorStatistics(db, scope, period, benchNow);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await computeOperatorStatistics(db, scope, period, benchNow);
      times.push(performance.now() - started);
    }
    return { ms: median(times) };
  };
  const all = { allAgencies: true } as const;
  const one = { slug: benchAgencySlug };
  const provinceQuarter = await time(all, quarter);
  const provinceYear = await time(all, year);
  const agencyQuarter = await time(one, quarter);
  const agencyYear = await time(one, year);
  const referrals = await sql<{ n: number }>`select count(*)::int as n from referral where received_at >= ${new Date('2025-11-01T04:00:00Z')}`.execute(db);
  return {
    scale,
    provinceQuarterMs: provinceQuarter.ms,
    provinceYearMs: provinceYear.ms,
    provinceYearOverQuarter: provinceYear.ms / provinceQuarter.ms,
    agencyQuarterMs: agencyQuarter.ms,
    agencyYearMs: agencyYear.ms,
    agencyYearOverQuarter: agencyYear.ms / agencyQuarter.ms,
    referralsInYear: referrals.rows[0]!.n,
  };
}

export interface PdfFigures {
  /** Completion-report PDFs rendered per second on one core (one thread, alternating English and French). */
  perSecondPerCore: number;
  pages: number;
  bytes: number;
  rendered: number;
}

/** Renders a signed completion report of the generated data (its frozen content) for `seconds`. */
export async function benchReportPdf(database: Database, seconds: number): Promise<PdfFigures> {
  const db = database.kysely;
  const report = await sql<{ id: string; agency_id: string; signed_at: Date }>`
    select r.id, r.agency_id, r.signed_at from court_report r join agency a on a.id = r.agency_id
    where a.slug = ${benchAgencySlug} and r.kind = 'completion' and r.content_encrypted is not null
    order by r.id limit 1`.execute(db);
  const row = report.rows[0];
  if (!row) throw new Error('no signed completion report in the generated data');
  const scoped = scopeToAgency(db, row.agency_id, { compartments: compartmentsFor(['manager']) });
  const content = await scoped.transaction(async (trx) => {
    const loaded = await loadReport(trx, row.id, benchNow);
    return contentOf(trx, benchKeyring, loaded.row, loaded.closing);
  });
  const first = await renderReportPdf(content, 'en-CA', row.signed_at);
  const pages = (first.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  let rendered = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await renderReportPdf(content, rendered % 2 === 0 ? 'en-CA' : 'fr-CA', row.signed_at);
    rendered += 1;
  }
  return { perSecondPerCore: rendered / ((performance.now() - started) / 1000), pages, bytes: first.length, rendered };
}
