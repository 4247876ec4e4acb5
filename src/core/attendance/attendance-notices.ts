/**
 * What the partner-contact team is told when something happens in group: the notice type and a
 * reason code for each mark and concern, and when it is due. Pure, except `raiseNotice`, which
 * hands the notice to the one bridge (`raisePartnerNotice`) in the caller's transaction.
 *
 * A notice carries a type, the session's date, a reason code and a due time: never the reason
 * a facilitator typed, never a note, never a name.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { raisePartnerNotice } from '../partners/index.js';
import type { StreamPolicy } from '../programs/stream-policy.js';
import { addBusinessDays, closeOfBusiness } from '../shared/business-days.js';
import type { AttendanceStatus } from './standing.rules.js';

export const concernKinds = ['disruptive_behaviour', 'threat', 'safety_concern', 'impaired', 'non_compliance', 'homework_not_done'] as const;
export type ConcernKind = (typeof concernKinds)[number];
export const threatTargets = ['partner', 'child', 'other'] as const;
export type ThreatTarget = (typeof threatTargets)[number];

/** A notice's content, before its due time and key. */
export interface NoticeContent {
  type: 'absence' | 'lateness' | 'threat' | 'concern' | 'disruptive_behaviour' | 'non_compliance';
  reasonCode: string;
  urgent: boolean;
}

/** Every absence (excused or not, refused entry, left early) and every late: present tells nothing. */
const markNotices: Record<AttendanceStatus, NoticeContent | null> = {
  present: null,
  late: { type: 'lateness', reasonCode: 'late', urgent: false },
  excused: { type: 'absence', reasonCode: 'excused', urgent: false },
  unexcused: { type: 'absence', reasonCode: 'unexcused', urgent: false },
  refused_entry: { type: 'absence', reasonCode: 'refused_entry', urgent: false },
  left_early: { type: 'absence', reasonCode: 'left_early', urgent: false },
};

/** The notice a mark raises, if any. */
export function noticeForMark(status: AttendanceStatus): NoticeContent | null {
  return markNotices[status];
}

/** The notice a concern raises: every kind raises one; a threat is urgent and names its target. */
export function noticeForConcern(kind: ConcernKind, threatTarget: ThreatTarget | null): NoticeContent {
  switch (kind) {
    case 'threat':
      return { type: 'threat', reasonCode: `threat_${threatTarget ?? 'other'}`, urgent: true };
    case 'disruptive_behaviour':
      return { type: 'disruptive_behaviour', reasonCode: kind, urgent: false };
    case 'safety_concern':
    case 'impaired':
      return { type: 'concern', reasonCode: kind, urgent: false };
    case 'non_compliance':
    case 'homework_not_done':
      return { type: 'non_compliance', reasonCode: kind, urgent: false };
  }
}

/**
 * When a notice is due: an urgent one `threatNoticeHours` after it was raised; any other at close
 * of business (17:00 in the group's time zone) `absenceNoticeBusinessDays` business days after
 * the session, skipping weekends and the agency's holidays.
 */
export function noticeDueAt(
  notice: Pick<NoticeContent, 'urgent'>,
  at: { sessionDate: string; timeZone: string; now: Date; policy: StreamPolicy; holidays: ReadonlySet<string> },
): Date {
  if (notice.urgent) return new Date(at.now.getTime() + at.policy.threatNoticeHours * 3_600_000);
  return closeOfBusiness(addBusinessDays(at.sessionDate, at.policy.absenceNoticeBusinessDays, at.holidays), at.timeZone);
}

/**
 * The key of the notice a mark raises: `attendance:<markId>` for the first, and
 * `attendance:<markId>:<status>` when a saved mark changes to another status that raises one, so
 * a re-saved mark never tells the partner twice and a change of kind still tells them.
 */
export function markEventKey(markId: string, change: 'new' | 'status_changed', status: AttendanceStatus): string {
  return change === 'new' ? `attendance:${markId}` : `attendance:${markId}:${status}`;
}

/** Hands a notice to the partner side, in the caller's transaction. */
export async function raiseNotice(
  trx: Transaction<DB>,
  notice: NoticeContent & { agencyId: string; participantId: string; occurredOn: string; dueAt: Date; eventKey: string },
): Promise<void> {
  await raisePartnerNotice(trx, {
    agencyId: notice.agencyId,
    participantId: notice.participantId,
    type: notice.type,
    reasonCode: notice.reasonCode,
    occurredOn: notice.occurredOn,
    dueAt: notice.dueAt,
    urgent: notice.urgent,
    eventKey: notice.eventKey,
  });
}
