import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcknowledgeReportInput, acknowledgeReport, CourtReport, CreateReportInput, createReport, getParticipantReport, getReportPdf, getReportSettings,
  getReferralNoticePdf, listReferralNotices, listReportWorklist, ParticipantReportState, ReferralNotice, sendReferralNotice, SendNoticeInput, ReportSettings, ReportWorklistItem, ReportWorklistQuery, SendReportInput, sendReport, SignReportInput,
  signReport, UpdateReportInput, UpdateReportSettingsInput, updateReport, updateReportSettings,
} from '../../core/reports/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['reports'];
const ReportParams = z.object({ reportId: z.uuid() });
const ParticipantParams = z.object({ participantId: z.uuid() });
const NoticeParams = z.object({ noticeId: z.uuid() });

/**
 * Completion / non-completion reports to the referral source (participant compartment): drafted
 * by a facilitator or the manager (`report.draft`), signed, sent and acknowledged by the manager
 * (`report.sign`). The partner-contact team has neither permission: 404 on every route.
 */
export function registerReportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/participants/:participantId/court-report', { config: access.permission('report.draft'), schema: { tags, summary: "A participant's completion report, or whether the case calls for one (audited)", params: ParticipantParams, response: { 200: ParticipantReportState } } }, async (request) =>
    getParticipantReport(staffContext(request, deps), request.params.participantId),
  );
  typed.post('/participants/:participantId/court-report', { config: access.permission('report.draft'), schema: { tags, summary: 'Start the report on a completed or discharged case', params: ParticipantParams, body: CreateReportInput, response: { 201: CourtReport } } }, async (request, reply) =>
    reply.status(201).send(await createReport(staffContext(request, deps), request.params.participantId, request.body)),
  );
  typed.put('/court-reports/:reportId', { config: access.permission('report.draft'), schema: { tags, summary: "Edit a draft: language, observations, the safety concerns included (manager)", params: ReportParams, body: UpdateReportInput, response: { 200: CourtReport } } }, async (request) =>
    updateReport(staffContext(request, deps), request.params.reportId, request.body),
  );
  typed.post('/court-reports/:reportId/sign', { config: access.permission('report.sign'), schema: { tags, summary: 'Sign a draft: its content is frozen', params: ReportParams, body: SignReportInput, response: { 200: CourtReport } } }, async (request) =>
    signReport(staffContext(request, deps), request.params.reportId, request.body),
  );
  typed.post('/court-reports/:reportId/deliveries', { config: access.permission('report.sign'), schema: { tags, summary: 'Send a signed report by email, or record a delivery by fax, portal, hand or mail (idempotency key)', params: ReportParams, body: SendReportInput, response: { 200: CourtReport } } }, async (request) =>
    sendReport(staffContext(request, deps), request.params.reportId, request.body),
  );
  typed.post('/court-reports/:reportId/acknowledgement', { config: access.permission('report.sign'), schema: { tags, summary: 'Record that the referral source acknowledged the report', params: ReportParams, body: AcknowledgeReportInput, response: { 200: CourtReport } } }, async (request) =>
    acknowledgeReport(staffContext(request, deps), request.params.reportId, request.body),
  );
  typed.get('/court-reports/:reportId/pdf', { config: access.permission('report.draft'), schema: { tags, summary: "The report (PDF) in the request's language: a draft's preview or the signed report (audited)", params: ReportParams, produces: ['application/pdf'] } }, async (request, reply) => {
    const file = await getReportPdf(staffContext(request, deps), request.params.reportId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
  typed.get('/court-reports', { config: access.permission('report.sign'), schema: { tags, summary: "The manager's list: reports due, overdue, unacknowledged", querystring: ReportWorklistQuery, response: { 200: z.array(ReportWorklistItem) } } }, async (request) =>
    listReportWorklist(staffContext(request, deps), request.query),
  );
  typed.get('/court-report-settings', { config: access.permission('report.sign'), schema: { tags, summary: 'Business days to send a report and to escalate an unacknowledged one', response: { 200: ReportSettings } } }, async (request) =>
    getReportSettings(staffContext(request, deps)),
  );
  typed.put('/court-report-settings', { config: access.permission('report.sign'), schema: { tags, summary: 'Set the report clocks (agency and per stream)', body: UpdateReportSettingsInput, response: { 200: ReportSettings } } }, async (request) =>
    updateReportSettings(staffContext(request, deps), request.body),
  );
  typed.get('/participants/:participantId/referral-notices', { config: access.permission('report.draft'), schema: { tags, summary: 'Interim non-compliance notices sent about a participant, newest first', params: ParticipantParams, response: { 200: z.array(ReferralNotice) } } }, async (request) =>
    listReferralNotices(staffContext(request, deps), request.params.participantId),
  );
  typed.post('/participants/:participantId/referral-notices', { config: access.permission('report.sign'), schema: { tags, summary: 'Write, sign and send an interim non-compliance notice (threat, pending discharge); idempotency key', params: ParticipantParams, body: SendNoticeInput, response: { 200: ReferralNotice } } }, async (request) =>
    sendReferralNotice(staffContext(request, deps), request.params.participantId, request.body),
  );
  typed.get('/referral-notices/:noticeId/pdf', { config: access.permission('report.draft'), schema: { tags, summary: "An interim notice (PDF) in the request's language (audited)", params: NoticeParams, produces: ['application/pdf'] } }, async (request, reply) => {
    const file = await getReferralNoticePdf(staffContext(request, deps), request.params.noticeId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
}
