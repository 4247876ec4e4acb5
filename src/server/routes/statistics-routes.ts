import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getStatistics, Statistics, StatisticsQuery, statisticsLines, type StatisticsLine } from '../../core/statistics/index.js';
import { complianceLines, getAgencyCompliance } from '../../core/compliance/index.js';
import type { Locale } from '../../core/shared/locale.js';
import { toCsv, toXlsx, type SpreadsheetColumn } from '../../core/shared/spreadsheet-export.js';
import { translate } from '../../i18n/translate.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['statistics'];
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const ExportQuery = StatisticsQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** The export's columns: section, breakdown, measure, value (headers in the request's language). */
function columns(locale: Locale): SpreadsheetColumn<StatisticsLine>[] {
  const t = (key: string) => translate(locale, key);
  return [
    { header: t('statistics.sheet.col.section'), value: (line) => line.section },
    { header: t('statistics.sheet.col.breakdown'), value: (line) => line.breakdown },
    { header: t('statistics.sheet.col.measure'), value: (line) => line.measure },
    // Amounts are cents written as dollars; a suppressed cell is the text "<5" or empty.
    { header: t('statistics.sheet.col.value'), value: (line) => (line.format === 'cents' && typeof line.value === 'number' ? line.value / 100 : line.value) },
  ];
}

/**
 * The Ministry statistics of the user's agency (`statistics.read`: manager, partner-contact lead,
 * auditor): exact numbers for the dashboard, and the same as CSV or XLSX with small cells (1 to
 * 4) suppressed (with the compliance figures of the period), headers and labels in the user's
 * language, formula-safe. Counting needs record
 * spaces these roles do not hold: the use case opens each for aggregate reads only (deps.kysely).
 */
export function registerStatisticsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/statistics',
    { config: access.permission('statistics.read'), schema: { tags, summary: "The agency's statistics for a period (default: the current quarter): counts only, exact", querystring: StatisticsQuery, response: { 200: Statistics } } },
    async (request) => getStatistics(staffContext(request, deps), deps.kysely, request.query),
  );

  typed.get(
    '/statistics/export',
    { config: access.permission('statistics.read'), schema: { tags, summary: 'The statistics as CSV or XLSX, counts under 5 suppressed (formula-safe)', querystring: ExportQuery, produces } },
    async (request, reply) => {
      const ctx = staffContext(request, deps);
      const { format, ...query } = request.query;
      const statistics = await getStatistics(ctx, deps.kysely, query, format);
      // The compliance figures of the same period follow the statistics, suppressed alike.
      const compliance = await getAgencyCompliance(ctx, deps.kysely, query, format);
      const lines = [...statisticsLines(statistics, ctx.locale, { suppress: true }), ...complianceLines(compliance, ctx.locale, { suppress: true })];
      const { from, to } = statistics.period;
      reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').header('content-disposition', `attachment; filename="statistics-${from}-${to}.${format}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(lines, columns(ctx.locale)));
      const sheetName = translate(ctx.locale, 'statistics.sheet.name', { from, to });
      return reply.type(produces[1]!).send(await toXlsx(lines, columns(ctx.locale), { sheetName, modified: ctx.now }));
    },
  );
}
