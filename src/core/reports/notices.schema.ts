import { z } from 'zod';
import { deliveryMethods, noticeReasons, reportLanguages } from './reports.tables.js';
import { ReportContent } from './reports.schema.js';

const day = z.iso.date();
const idempotencyKey = z.string().trim().min(8).max(100).regex(/^[A-Za-z0-9_.:-]+$/);

/** What an interim notice says, frozen when it is signed and sent. */
export const NoticeContent = z.object({
  reason: z.enum(noticeReasons),
  eventOn: day,
  agency: ReportContent.shape.agency,
  participant: ReportContent.shape.participant,
  referral: ReportContent.shape.referral,
  program: ReportContent.shape.program.omit({ endedOn: true }),
  attendance: ReportContent.shape.attendance,
  /** For a pending discharge: its coded reason. */
  reasonCode: z.string().nullable(),
  /** The manager's words for the referral source (never a partner's). */
  details: z.string().nullable(),
  signature: z.object({ name: z.string(), signedOn: day }),
});
export type NoticeContent = z.infer<typeof NoticeContent>;

export const SendNoticeInput = z.strictObject({
  reason: z.enum(noticeReasons),
  eventOn: day,
  language: z.enum(reportLanguages),
  details: z.string().trim().max(2000).optional(),
  signedName: z.string().trim().min(1).max(200),
  confirm: z.literal(true),
  delivery: z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('email'), to: z.email().max(254) }),
    z.strictObject({ method: z.enum(['fax', 'portal', 'hand', 'mail']), deliveredOn: day }),
  ]),
  idempotencyKey,
});
export type SendNoticeInput = z.infer<typeof SendNoticeInput>;

export const ReferralNotice = z.object({
  id: z.uuid(),
  reason: z.enum(noticeReasons),
  eventOn: day,
  language: z.enum(reportLanguages),
  signedName: z.string(),
  signedOn: day,
  method: z.enum(deliveryMethods),
  toAddress: z.string().nullable(),
  deliveredOn: day,
});
export type ReferralNotice = z.infer<typeof ReferralNotice>;
