import type { Kysely, Selectable } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import type { Keyring } from '../crypto/keyring.js';
import { findHolidaySet } from '../programs/holidays.js';
import { AppError } from '../shared/app-error.js';
import { addDays } from '../shared/business-days.js';
import { type CaseClosing, gatherReportContent } from './report-content.queries.js';
import { type CourtReport, ReportContent } from './reports.schema.js';
import { ackDueOn, reportDueOn } from './reports.rules.js';
import type { CourtReportTable } from './reports.tables.js';

export type ReportRow = Selectable<CourtReportTable>;

/** A report, or 404: outside the participant compartment the row-level policy hides it. */
export async function getReportRow(db: Kysely<DB>, id: string): Promise<ReportRow> {
  const row = await db.selectFrom('court_report').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'reports.not_found', {});
  return row;
}

export interface ReportClocks {
  dueBusinessDays: number;
  ackEscalationBusinessDays: number;
  streams: Map<string, number>;
}

/** The agency's report clocks (defaults: 5 business days to send, 10 to be acknowledged). */
export async function findReportClocks(db: Kysely<DB>): Promise<ReportClocks> {
  const setting = await db.selectFrom('report_setting').select(['due_business_days', 'ack_escalation_business_days']).executeTakeFirst();
  const streams = await db.selectFrom('report_stream_deadline').select(['stream_id', 'due_business_days']).execute();
  return {
    dueBusinessDays: setting?.due_business_days ?? 5,
    ackEscalationBusinessDays: setting?.ack_escalation_business_days ?? 10,
    streams: new Map(streams.map((s) => [s.stream_id, s.due_business_days])),
  };
}

/** Business-day arithmetic needs the holidays from a day on; a few months cover every clock. */
export async function holidaysFrom(db: Kysely<DB>, day: string): Promise<Set<string>> {
  return findHolidaySet(db, addDays(day, -1));
}

/** The day the report on this closing is due. */
export function dueOnFor(closing: Pick<CaseClosing, 'closedOn' | 'streamId'>, clocks: ReportClocks, holidays: ReadonlySet<string>): string {
  const days = (closing.streamId ? clocks.streams.get(closing.streamId) : undefined) ?? clocks.dueBusinessDays;
  return reportDueOn(closing.closedOn, days, holidays);
}

export function decryptObservations(keyring: Keyring, row: ReportRow): string | null {
  return row.observations_encrypted ? keyring.decrypt(row.observations_encrypted, fieldContext('court_report', 'observations', row.agency_id, row.id)) : null;
}

/** What the report says: the signed snapshot, or for a draft what it would say now. */
export async function contentOf(db: Kysely<DB>, keyring: Keyring, row: ReportRow, closing: CaseClosing): Promise<ReportContent> {
  if (row.content_encrypted) {
    return ReportContent.parse(JSON.parse(keyring.decrypt(row.content_encrypted, fieldContext('court_report', 'content', row.agency_id, row.id))));
  }
  return gatherReportContent(db, { participantId: row.participant_id, closing, observations: decryptObservations(keyring, row), concernIds: row.concern_ids, signature: null });
}

/** The report in the API's shape; the concerns to choose from only for a manager (`showConcerns`). */
export async function toCourtReport(
  db: Kysely<DB>,
  keyring: Keyring,
  row: ReportRow,
  closing: CaseClosing,
  options: { showConcerns: boolean },
): Promise<CourtReport> {
  const content = await contentOf(db, keyring, row, closing);
  const deliveries = await db.selectFrom('report_delivery').selectAll().where('report_id', '=', row.id).orderBy('recorded_at').execute();
  const ack = await db.selectFrom('report_ack').selectAll().where('report_id', '=', row.id).executeTakeFirst();
  const signer = row.signed_by ? await db.selectFrom('app_user').select('display_name').where('id', '=', row.signed_by).executeTakeFirst() : undefined;
  const available = options.showConcerns
    ? await db.selectFrom('case_safety_concern').select(['id', 'category', 'occurred_on']).where('participant_id', '=', row.participant_id).orderBy('occurred_on').execute()
    : [];
  const clocks = await findReportClocks(db);
  const holidays = await holidaysFrom(db, closing.closedOn);
  const firstSent = deliveries[0]?.delivered_on ?? null;
  return {
    id: row.id,
    participantId: row.participant_id,
    kind: row.kind,
    status: row.status,
    language: row.language,
    observations: decryptObservations(keyring, row),
    concernIds: row.concern_ids,
    availableConcerns: available.map((c) => ({ id: c.id, category: c.category, occurredOn: c.occurred_on })),
    content,
    signedBy: row.signed_by ? { id: row.signed_by, name: signer?.display_name ?? '' } : null,
    signedAt: row.signed_at?.toISOString() ?? null,
    deliveries: deliveries.map((d) => ({ id: d.id, method: d.method, toAddress: d.to_address, deliveredOn: d.delivered_on, recordedAt: d.recorded_at.toISOString() })),
    acknowledgement: ack ? { acknowledgedOn: ack.acknowledged_on, acknowledgedBy: ack.acknowledged_by, method: ack.method, recordedAt: ack.recorded_at.toISOString() } : null,
    dueOn: dueOnFor(closing, clocks, holidays),
    ackDueOn: ackDueOn(firstSent, clocks.ackEscalationBusinessDays, holidays),
    version: row.version,
  };
}
