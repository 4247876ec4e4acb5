import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAgedBalances, getDailyPayments } from '../../core/fees/fee-reports.js';
import type { AgedBalanceRow, DailyPaymentRow } from '../../core/fees/fees.schema.js';
import type { Locale } from '../../core/shared/locale.js';
import { toCsv, toXlsx, type SpreadsheetColumn } from '../../core/shared/spreadsheet-export.js';
import { translate } from '../../i18n/translate.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['fees'];
const localDate = z.iso.date();
const format = z.enum(['csv', 'xlsx']);
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The aged balances report's columns, headers in the request's language. */
function agedColumns(locale: Locale): SpreadsheetColumn<AgedBalanceRow>[] {
  const t = (key: string) => translate(locale, key);
  return [
    { header: t('feeReport.participant'), value: (row) => row.participantName },
    { header: t('feeReport.balance'), value: (row) => row.balanceCents, format: 'cents' },
    { header: t('feeReport.days0to30'), value: (row) => row.days0to30Cents, format: 'cents' },
    { header: t('feeReport.days31to60'), value: (row) => row.days31to60Cents, format: 'cents' },
    { header: t('feeReport.days61to90'), value: (row) => row.days61to90Cents, format: 'cents' },
    { header: t('feeReport.over90'), value: (row) => row.over90Cents, format: 'cents' },
    { header: t('feeReport.lastPayment'), value: (row) => row.lastPaymentOn },
  ];
}

/** The daily payments report's columns (a refund's amount is negative). */
function dailyColumns(locale: Locale, date: string): SpreadsheetColumn<DailyPaymentRow>[] {
  const t = (key: string, values?: Record<string, string>) => translate(locale, key, values);
  return [
    { header: t('feeReport.receipt'), value: (row) => row.receiptNumber },
    { header: t('feeReport.date'), value: () => date },
    { header: t('feeReport.participant'), value: (row) => row.participantName },
    { header: t('feeReport.kind'), value: (row) => t('feeReport.kind.value', { kind: row.kind }) },
    { header: t('feeReport.method'), value: (row) => t('feeReport.method.value', { method: row.method }) },
    { header: t('feeReport.payer'), value: (row) => row.payerName },
    { header: t('feeReport.amount'), value: (row) => row.amountCents, format: 'cents' },
    { header: t('feeReport.recordedAt'), value: (row) => row.recordedAt },
  ];
}

/** Sends rows as a CSV or XLSX attachment named `<name>.<format>`; never cached. */
async function sendSheet<Row>(reply: FastifyReply, kind: 'csv' | 'xlsx', name: string, sheet: string, rows: readonly Row[], columns: readonly SpreadsheetColumn<Row>[], at: Date) {
  reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').header('content-disposition', `attachment; filename="${name}.${kind}"`);
  if (kind === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(rows, columns));
  return reply.type(produces[1]!).send(await toXlsx(rows, columns, { sheetName: sheet, modified: at }));
}

/**
 * The fees reports as spreadsheets for finance (fee.manage): the aged balances and the daily
 * payments, as CSV or XLSX, headers in the user's language, safe to open in a spreadsheet
 * (text that would be a formula never is). The reports are the JSON ones of fee-routes.ts,
 * read (and audited) the same way.
 */
export function registerFeeReportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/fees/reports/aged-balances/export',
    {
      config: access.permission('fee.manage'),
      schema: { tags, summary: 'The aged balances report as CSV or XLSX (formula-safe)', querystring: z.strictObject({ asOf: localDate.optional(), format: format.default('csv') }), produces },
    },
    async (request, reply) => {
      const ctx = staffContext(request, deps);
      const report = await getAgedBalances(ctx, request.query.asOf);
      const sheet = translate(ctx.locale, 'feeReport.aged.sheet', { date: report.asOf });
      return sendSheet(reply, request.query.format, `aged-balances-${report.asOf}`, sheet, report.rows, agedColumns(ctx.locale), ctx.now);
    },
  );

  typed.get(
    '/fees/reports/daily-payments/export',
    {
      config: access.permission('fee.manage'),
      schema: { tags, summary: "A day's payments and refunds as CSV or XLSX (formula-safe)", querystring: z.strictObject({ date: localDate, format: format.default('csv') }), produces },
    },
    async (request, reply) => {
      const ctx = staffContext(request, deps);
      const report = await getDailyPayments(ctx, request.query.date);
      const sheet = translate(ctx.locale, 'feeReport.daily.sheet', { date: report.date });
      return sendSheet(reply, request.query.format, `daily-payments-${report.date}`, sheet, report.rows, dailyColumns(ctx.locale, report.date), ctx.now);
    },
  );
}
