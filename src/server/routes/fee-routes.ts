import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgedBalancesQuery,
  AgedBalancesReport,
  assessFee,
  ClosedPeriod,
  ClosePeriodInput,
  closeFeePeriod,
  CreateFeeAssessmentInput,
  CreateFeeScheduleInput,
  CreateLedgerEntryInput,
  createFeeSchedule,
  DailyPaymentsQuery,
  DailyPaymentsReport,
  FeeAssessment,
  FeeSchedule,
  FeeScheduleList,
  FeeSettings,
  getAgedBalances,
  getDailyPayments,
  getFeeSchedule,
  getFeeSettings,
  getParticipantFees,
  getReceipt,
  getReceiptPdf,
  LedgerEntryResult,
  listFeeSchedules,
  ParticipantFees,
  Receipt,
  recordLedgerEntry,
  UpdateFeeSettingsInput,
  updateFeeSettings,
} from '../../core/fees/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const participantParams = z.object({ participantId: z.uuid() });
const receiptParams = z.object({ participantId: z.uuid(), receiptNumber: z.coerce.number().int().min(1).max(2_147_483_647) });

/**
 * Fees (issue #8): schedules (read by fee.read; a new version by fee.schedule: finance and
 * manager), the participant's account and assessments (fee.assess: intake, finance), ledger
 * entries, receipts, reports and period closing (fee.manage: finance).
 */
export function registerFeeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/fees/schedules', { config: access.permission('fee.read'), schema: { tags: ['fees'], summary: "The agency's fee schedules, every version, per stream newest first", response: { 200: FeeScheduleList } } }, async (request) =>
    listFeeSchedules(staffContext(request, deps)),
  );
  typed.get('/fees/schedules/:scheduleId', { config: access.permission('fee.read'), schema: { tags: ['fees'], summary: 'One version of a fee schedule', params: z.object({ scheduleId: z.uuid() }), response: { 200: FeeSchedule } } }, async (request) =>
    getFeeSchedule(staffContext(request, deps), request.params.scheduleId),
  );
  typed.post('/fees/schedules', { config: access.permission('fee.schedule'), schema: { tags: ['fees'], summary: "A new version of a stream's sliding scale (applies to assessments from its effective date)", body: CreateFeeScheduleInput, response: { 201: FeeSchedule } } }, async (request, reply) =>
    reply.status(201).send(await createFeeSchedule(staffContext(request, deps), request.body)),
  );
  typed.get('/fees/settings', { config: access.permission('fee.read'), schema: { tags: ['fees'], summary: "The agency's fee settings and closed period", response: { 200: FeeSettings } } }, async (request) =>
    getFeeSettings(staffContext(request, deps)),
  );
  typed.put('/fees/settings', { config: access.permission('fee.manage'), schema: { tags: ['fees'], summary: 'Set the credit a payment may leave', body: UpdateFeeSettingsInput, response: { 200: FeeSettings } } }, async (request) =>
    updateFeeSettings(staffContext(request, deps), request.body),
  );
  typed.get('/participants/:participantId/fees', { config: access.permission('fee.read'), schema: { tags: ['fees'], summary: "A participant's account: assessments, ledger, balance and receipts", params: participantParams, response: { 200: ParticipantFees } } }, async (request) =>
    getParticipantFees(staffContext(request, deps), request.params.participantId),
  );
  typed.post('/participants/:participantId/fee-assessments', { config: access.permission('fee.assess'), schema: { tags: ['fees'], summary: 'Assess or re-assess the program fee from the declared income (a negotiated fee, waiver or subsidy needs an approver)', params: participantParams, body: CreateFeeAssessmentInput, response: { 201: FeeAssessment } } }, async (request, reply) =>
    reply.status(201).send(await assessFee(staffContext(request, deps), request.params.participantId, request.body)),
  );
  typed.post('/participants/:participantId/ledger-entries', { config: access.permission('fee.manage'), schema: { tags: ['fees'], summary: 'Record a payment, charge, refund or correction (the same idempotency key again returns the first entry)', params: participantParams, body: CreateLedgerEntryInput, response: { 201: LedgerEntryResult, 200: LedgerEntryResult } } }, async (request, reply) => {
    const result = await recordLedgerEntry(staffContext(request, deps), request.params.participantId, request.body);
    return reply.status(result.duplicate ? 200 : 201).send(result);
  });
  typed.get('/participants/:participantId/receipts/:receiptNumber', { config: access.permission('fee.read'), schema: { tags: ['fees'], summary: 'What a receipt shows', params: receiptParams, response: { 200: Receipt } } }, async (request) =>
    getReceipt(staffContext(request, deps), request.params.participantId, request.params.receiptNumber),
  );
  typed.get('/participants/:participantId/receipts/:receiptNumber/pdf', { config: access.permission('fee.read'), schema: { tags: ['fees'], summary: "A payment's receipt (PDF) in the request's language", params: receiptParams, produces: ['application/pdf'] } }, async (request, reply) => {
    const file = await getReceiptPdf(staffContext(request, deps), request.params.participantId, request.params.receiptNumber);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
  typed.get('/fees/reports/aged-balances', { config: access.permission('fee.manage'), schema: { tags: ['fees'], summary: 'Balances owing by age of the unpaid charges', querystring: AgedBalancesQuery, response: { 200: AgedBalancesReport } } }, async (request) =>
    getAgedBalances(staffContext(request, deps), request.query.asOf),
  );
  typed.get('/fees/reports/daily-payments', { config: access.permission('fee.manage'), schema: { tags: ['fees'], summary: 'Payments and refunds of one day, by receipt number', querystring: DailyPaymentsQuery, response: { 200: DailyPaymentsReport } } }, async (request) =>
    getDailyPayments(staffContext(request, deps), request.query.date),
  );
  typed.post('/fees/periods/close', { config: access.permission('fee.manage'), schema: { tags: ['fees'], summary: 'Close the books up to a day (entries dated on or before it are then refused)', body: ClosePeriodInput, response: { 201: ClosedPeriod } } }, async (request, reply) =>
    reply.status(201).send(await closeFeePeriod(staffContext(request, deps), request.body.through)),
  );
}
