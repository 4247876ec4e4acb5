import { z } from 'zod';
import { roles } from '../access/roles.js';

/*
 * The audit event catalogue: every event PARS records, with the exact shape of its details.
 * A new event is one line in `auditEventSchemas` below. Details and subject ids must never carry
 * personal data (names, phone numbers, addresses, note text, email addresses): only ids, codes
 * and counts. The schemas below only accept identifier-like strings, so free text cannot slip in.
 */

/** An identifier or code: letters, digits and `_ . : -`, never free text. */
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$/);
const count = z.number().int().nonnegative();
const noDetails = z.strictObject({}).default({});
const details = z.strictObject;

/** The kinds of record whose reads are audited ("who viewed this record"). */
export const recordSubjectTypes = [
  'participant',
  'partner',
  'user',
  'referral',
  'document',
  'contact_note',
  'session_note',
  'safety_plan',
  'audit_log',
] as const;
export type RecordSubjectType = (typeof recordSubjectTypes)[number];

const userSubject = z.strictObject({ type: z.literal('user'), id: z.uuid() });
const recordSubject = z.strictObject({ type: z.enum(recordSubjectTypes), id: code });

const segmentWithId = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** A route template such as `/api/v1/partners/:partnerId`: a raw URL would leak ids and queries. */
const routeTemplate = z
  .string()
  .max(200)
  .regex(/^\/[A-Za-z0-9_.:/*-]*$/)
  .refine((route) => route.split('/').every((segment) => !segmentWithId.test(segment)), { message: 'route_not_template' });
/** A setting's value: a code, number or flag. Free-text settings record `null`, not their text. */
const settingValue = z.union([z.string().regex(/^[A-Za-z0-9_.:/+-]{0,100}$/), z.number(), z.boolean(), z.null()]);

function event<const T extends string, D extends z.ZodType>(type: T, detailsSchema: D) {
  return z.strictObject({ type: z.literal(type), details: detailsSchema });
}

function eventAbout<const T extends string, S extends z.ZodType, D extends z.ZodType>(type: T, subject: S, detailsSchema: D) {
  return z.strictObject({ type: z.literal(type), subject, details: detailsSchema });
}

const optionalUser = userSubject.optional();

/** Every audit event type with its subject and details. Add new events here, nowhere else. */
export const auditEventSchemas = [
  eventAbout('auth.signed_in', optionalUser, details({ method: z.enum(['password', 'password+totp', 'password+recovery_code']) })),
  eventAbout(
    'auth.signed_out',
    optionalUser,
    details({ reason: z.enum(['signed_out', 'idle', 'expired', 'disabled', 'replaced', 'second_factor_reset']) }),
  ),
  eventAbout(
    'auth.sign_in_failed',
    optionalUser,
    details({ reason: z.enum(['wrong_password', 'unknown_user', 'locked', 'disabled', 'wrong_second_factor']) }),
  ),
  eventAbout('auth.locked_out', optionalUser, details({ until: z.iso.datetime({ offset: true }), level: count })),
  eventAbout('auth.mfa_enrolled', optionalUser, noDetails),
  eventAbout('auth.mfa_reset', userSubject, noDetails),
  eventAbout('auth.recovery_code_used', optionalUser, noDetails),
  eventAbout('auth.password_changed', userSubject, noDetails),
  eventAbout('user.created', userSubject, details({ roles: z.array(z.enum(roles)).max(roles.length) })),
  eventAbout('user.updated', userSubject, details({ fields: z.array(z.string().regex(/^[a-z][a-zA-Z_]{0,59}$/)).min(1).max(30) })),
  eventAbout('user.disabled', userSubject, noDetails),
  eventAbout('user.enabled', userSubject, noDetails),
  eventAbout('role.granted', userSubject, details({ role: z.enum(roles) })),
  eventAbout('role.revoked', userSubject, details({ role: z.enum(roles) })),
  event('setting.changed', details({ setting: code, from: settingValue, to: settingValue })),
  eventAbout('record.viewed', recordSubject, noDetails),
  eventAbout(
    'referral.decided',
    z.strictObject({ type: z.literal('participant'), id: z.uuid() }),
    details({ referralId: z.uuid(), status: z.enum(['accepted', 'returned', 'duplicate']) }),
  ),
  eventAbout(
    'participant.updated',
    z.strictObject({ type: z.literal('participant'), id: z.uuid() }),
    details({ fields: z.array(z.string().regex(/^[a-z][a-zA-Z_]{0,59}$/)).min(1).max(30) }),
  ),
  eventAbout('income.declared', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ householdSize: count })),
  eventAbout(
    'case.transitioned',
    z.strictObject({ type: z.literal('participant'), id: z.uuid() }),
    details({ transition: code, from: code, to: code }),
  ),
  eventAbout(
    'referral.received',
    z.strictObject({ type: z.literal('participant'), id: z.uuid() }),
    details({ referralId: z.uuid(), source: code, stream: code, newParticipant: z.boolean(), partnersPassedOn: count }),
  ),
  eventAbout('stream.created', z.strictObject({ type: z.literal('stream'), id: z.uuid() }), details({ code })),
  eventAbout('stream.updated', z.strictObject({ type: z.literal('stream'), id: z.uuid() }), details({ settings: z.array(code).max(60), retired: z.boolean() })),
  eventAbout('curriculum.replaced', z.strictObject({ type: z.literal('stream'), id: z.uuid() }), details({ topics: count })),
  event('holiday.set', details({ day: z.iso.date() })),
  event('holiday.removed', details({ day: z.iso.date() })),
  eventAbout('group.created', z.strictObject({ type: z.literal('group'), id: z.uuid() }), details({ streamId: z.uuid(), sessions: count })),
  eventAbout('group.updated', z.strictObject({ type: z.literal('group'), id: z.uuid() }), details({ fields: z.array(code).min(1).max(20) })),
  eventAbout('group.sessions_added', z.strictObject({ type: z.literal('group'), id: z.uuid() }), details({ sessions: count })),
  eventAbout('session.cancelled', z.strictObject({ type: z.literal('group'), id: z.uuid() }), details({ sessionId: z.uuid() })),
  eventAbout('session.rescheduled', z.strictObject({ type: z.literal('group'), id: z.uuid() }), details({ sessionId: z.uuid() })),
  eventAbout('participant.placed', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ groupId: z.uuid(), firstSession: count, noContactWarnings: count })),
  eventAbout('completion.reviewed', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ outcome: z.enum(['met', 'not_met']) })),
  event(
    'access.denied',
    details({ permission: z.string().regex(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z_]*)+$/), method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']), route: routeTemplate }),
  ),
  /** Counts only: the period and whether they were shown or downloaded (exports suppress small cells). */
  event('statistics.viewed', details({ from: z.iso.date(), to: z.iso.date(), via: z.enum(['screen', 'csv', 'xlsx']) })),
  /** The compliance figures (the period; `items`: one clock's drill-down, which names the clock), shown or in an export. */
  event('compliance.viewed', details({ from: z.iso.date(), to: z.iso.date(), via: z.enum(['screen', 'items', 'csv', 'xlsx']), clock: code.optional() })),
  event('export.created', details({ kind: code, format: z.enum(['csv', 'json', 'pdf', 'zip']), records: count })),
  event('resources.imported', details({ format: z.enum(['csv', 'json']), records: count, created: count, updated: count, unchanged: count, rejected: count })),
  event('keys.rotated', details({ toKeyId: code, values: count })),
  eventAbout('calendar_feed.created', userSubject, details({ replaced: z.boolean() })),
  eventAbout('calendar_feed.revoked', userSubject, noDetails),
  eventAbout(
    'document.uploaded',
    z.strictObject({ type: z.literal('document'), id: z.uuid() }),
    details({ referralId: z.uuid(), kind: z.enum(['court_order', 'probation_order', 'other']), mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']), sizeBytes: count }),
  ),
  event('attendance.recorded', details({ sessionId: z.uuid(), count, changed: count })),
  eventAbout('attendance.make_up_recorded', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ sessionId: z.uuid(), markId: z.uuid() })),
  eventAbout('concern.raised', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ concernId: z.uuid(), sessionId: z.uuid(), kind: code, urgent: z.boolean() })),
  event('concern.acknowledged', details({ concernId: z.uuid() })),
  event('session_note.written', details({ sessionId: z.uuid(), noteId: z.uuid() })),
  eventAbout('workbook.updated', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ values: count, warningSigns: count, actions: count, actionsDone: count })),
  eventAbout('resource.created', z.strictObject({ type: z.literal('resource'), id: z.uuid() }), details({ key: code })),
  eventAbout('resource.updated', z.strictObject({ type: z.literal('resource'), id: z.uuid() }), details({ fields: z.array(z.string().regex(/^[a-z][a-zA-Z]{0,59}$/)).min(1).max(30) })),
  eventAbout('resource.retired', z.strictObject({ type: z.literal('resource'), id: z.uuid() }), noDetails),
  eventAbout('resource.restored', z.strictObject({ type: z.literal('resource'), id: z.uuid() }), noDetails),
  eventAbout('resource.referred', z.strictObject({ type: z.enum(['participant', 'partner']), id: z.uuid() }), details({ resourceId: z.uuid() })),
  event('resource.defaults_loaded', details({ inserted: count, existing: count })),
  eventAbout(
    'partner.contact_recorded',
    z.strictObject({ type: z.literal('partner'), id: z.uuid() }),
    details({ contactId: z.uuid(), kind: code, outcome: code.nullable(), initiatedBy: z.enum(['worker', 'partner']), noticesDelivered: count }),
  ),
  eventAbout('partner.letter_produced', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ letterId: z.uuid(), contactId: z.uuid(), language: z.enum(['en', 'fr']) })),
  eventAbout('partner.letter_printed', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ letterId: z.uuid(), language: z.enum(['en', 'fr']) })),
  event('partner.worklist_viewed', details({ partners: count, items: count })),
  event('partner.searched', details({ results: count })),
  eventAbout('partner.updated', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ fields: z.array(z.string().regex(/^[a-z][a-zA-Z]{0,59}$/)).min(1).max(10) })),
  eventAbout('partner.preference_added', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ preferenceId: z.uuid(), channel: z.enum(['phone', 'text', 'email', 'mail']) })),
  eventAbout(
    'partner.preference_updated',
    z.strictObject({ type: z.literal('partner'), id: z.uuid() }),
    details({ preferenceId: z.uuid(), channel: z.enum(['phone', 'text', 'email', 'mail']), fields: z.array(z.string().regex(/^[a-z][a-zA-Z]{0,59}$/)).min(1).max(10) }),
  ),
  eventAbout('partner.preference_retired', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ preferenceId: z.uuid(), channel: z.enum(['phone', 'text', 'email', 'mail']) })),
  eventAbout('partner.consent_recorded', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ decision: z.enum(['wishes_contact', 'declined']) })),
  eventAbout('safety_plan.saved', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ version: count, wanted: z.boolean() })),
  eventAbout('safety_plan.printed', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ version: count, language: z.enum(['en', 'fr']) })),
  eventAbout(
    'disclosure.recorded',
    z.strictObject({ type: z.literal('disclosure'), id: z.uuid() }),
    details({ recipient: code, legalBasis: code, status: code, team: z.enum(['partner_contact', 'group_program']), concernAttached: z.boolean() }),
  ),
  eventAbout('disclosure.viewed', z.strictObject({ type: z.literal('disclosure'), id: z.uuid() }), noDetails),
  eventAbout('disclosure.approved', z.strictObject({ type: z.literal('disclosure'), id: z.uuid() }), details({ concernAttached: z.boolean() })),
  eventAbout('disclosure.refused', z.strictObject({ type: z.literal('disclosure'), id: z.uuid() }), noDetails),
  eventAbout('disclosure.made', z.strictObject({ type: z.literal('disclosure'), id: z.uuid() }), details({ method: code })),
  eventAbout('report.created', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ reportId: z.uuid(), kind: z.enum(['completion', 'non_completion']) })),
  eventAbout('report.updated', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ reportId: z.uuid(), version: count, concerns: count, hasObservations: z.boolean() })),
  eventAbout('report.signed', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ reportId: z.uuid(), language: z.enum(['en', 'fr']), concerns: count })),
  eventAbout('report.sent', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ reportId: z.uuid(), deliveryId: z.uuid(), method: z.enum(['email', 'fax', 'portal', 'hand', 'mail']) })),
  eventAbout('report.acknowledged', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ reportId: z.uuid(), method: code })),
  eventAbout('report.viewed', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ reportId: z.uuid(), format: z.enum(['record', 'pdf']), language: z.enum(['en', 'fr']).optional() })),
  eventAbout('report.notice_sent', z.strictObject({ type: z.literal('participant'), id: z.uuid() }), details({ noticeId: z.uuid(), reason: z.enum(['threat', 'pending_discharge']), method: z.enum(['email', 'fax', 'portal', 'hand', 'mail']) })),
  event('report.settings_updated', details({ dueBusinessDays: count, ackEscalationBusinessDays: count, streams: count })),
  eventAbout(
    'partner.record_exported',
    z.strictObject({ type: z.literal('partner'), id: z.uuid() }),
    details({ language: z.enum(['en', 'fr']), contacts: count, consents: count, safetyPlanVersions: count, letters: count, resources: count, disclosures: count }),
  ),
  eventAbout('fee_schedule.created', z.strictObject({ type: z.literal('stream'), id: z.uuid() }), details({ scheduleId: z.uuid(), version: count, bands: count, effectiveFrom: z.iso.date() })),
  eventAbout(
    'fee.assessed',
    z.strictObject({ type: z.literal('participant'), id: z.uuid() }),
    details({ assessmentId: z.uuid(), scheduleId: z.uuid(), kind: z.enum(['computed', 'negotiated', 'waived', 'subsidized']), reason: code.nullable(), approverId: z.uuid().nullable() }),
  ),
  eventAbout(
    'fee.entry_recorded',
    z.strictObject({ type: z.literal('participant'), id: z.uuid() }),
    details({ entryId: z.uuid(), kind: z.enum(['charge', 'payment', 'refund', 'correction']), method: code.nullable(), receiptNumber: count.nullable(), correctsEntryId: z.uuid().nullable() }),
  ),
  event('fee.period_closed', details({ through: z.iso.date() })),
  event('fee.report_viewed', details({ report: z.enum(['aged_balances', 'daily_payments']), rows: count })),
  /** A manager's time-boxed grant to a Ministry auditor (the subject), with how many files it samples. */
  eventAbout('audit_access.granted', userSubject, details({ grantId: z.uuid(), startsOn: z.iso.date(), endsOn: z.iso.date(), files: count })),
  eventAbout('audit_access.ended', userSubject, details({ grantId: z.uuid() })),
  /** The partner-contact lead showed a partner's name to a grant's auditor, on a legal basis (its reference stays in the record). */
  eventAbout('audit_access.partner_opened', z.strictObject({ type: z.literal('partner'), id: z.uuid() }), details({ grantId: z.uuid(), legalBasis: z.enum(['statutory_inspection', 'court_order', 'partner_consent']) })),
  /** The auditor listed the files of the grant in force (each file read is a `record.viewed`). */
  event('audit_access.files_listed', details({ grantId: z.uuid(), files: count })),
] as const;

/** An audit event as a use case hands it to `recordAudit` (validated there). */
export const AuditEventInput = z.discriminatedUnion('type', auditEventSchemas);
export type AuditEventInput = z.input<typeof AuditEventInput>;
/** An audit event after validation (defaults applied). */
export type AuditEvent = z.output<typeof AuditEventInput>;
export type AuditEventType = AuditEvent['type'];

/** Every event type in the catalogue. */
export const auditEventTypes: readonly AuditEventType[] = auditEventSchemas.map((schema) => schema.shape.type.value);
