import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { agencyToday } from '../agencies/agency-day.js';
import { AppError } from '../shared/app-error.js';
import { type CaseClosing, closingOfTransition } from './report-content.queries.js';
import { getReportRow, type ReportRow } from './reports.queries.js';

/** A report with the closing it is about and the agency's day: what every use case starts from. */
export async function loadReport(db: Kysely<DB>, id: string, now: Date): Promise<{ row: ReportRow; closing: CaseClosing; today: string; timeZone: string }> {
  const row = await getReportRow(db, id);
  const { today, timeZone } = await agencyToday(db, now);
  const closing = await closingOfTransition(db, row.transition_id, timeZone);
  return { row, closing, today, timeZone };
}

/** Refuses a write against a version other than the one stored. */
export function assertVersion(row: ReportRow, version: number): void {
  if (row.version !== version) throw new AppError('conflict', 'reports.stale_report', {});
}
