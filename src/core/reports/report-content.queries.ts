import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { gatherCaseBasics, latestPlacement } from './case-basics.queries.js';
import type { ReportContent } from './reports.schema.js';
import { reportKindFor } from './reports.rules.js';
import type { ReportKind } from './reports.tables.js';

/** The closing of a case a report is about: the transition that completed or discharged it. */
export interface CaseClosing {
  transitionId: string;
  kind: ReportKind;
  state: 'completed' | 'discharged';
  reasonCode: string | null;
  closedOn: string;
  streamId: string | null;
}

/**
 * The participant's closing, or null when the case is not completed or discharged now (the
 * newest transition into the current state). 404 when row-level security hides the participant.
 */
export async function findCaseClosing(db: Kysely<DB>, participantId: string, timeZone: string): Promise<CaseClosing | null> {
  const participant = await db.selectFrom('participant').select(['case_state']).where('id', '=', participantId).executeTakeFirst();
  if (!participant) throw new AppError('not_found', 'participants.not_found', {});
  if (!reportKindFor(participant.case_state)) return null;
  const transition = await db
    .selectFrom('case_transition')
    .select('id')
    .where('participant_id', '=', participantId)
    .where('to_state', '=', participant.case_state)
    .orderBy('occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return transition ? closingOfTransition(db, transition.id, timeZone) : null;
}

/** The closing a report is about, from its transition (a closed case never reopens). */
export async function closingOfTransition(db: Kysely<DB>, transitionId: string, timeZone: string): Promise<CaseClosing> {
  const transition = await db
    .selectFrom('case_transition')
    .select(['id', 'participant_id', 'to_state', 'reason_code', 'occurred_at'])
    .where('id', '=', transitionId)
    .executeTakeFirstOrThrow();
  const kind = reportKindFor(transition.to_state);
  if (!kind) throw new AppError('rule_violation', 'reports.not_eligible', { state: transition.to_state });
  const stream = await latestPlacement(db, transition.participant_id);
  return {
    transitionId: transition.id,
    kind,
    state: transition.to_state as 'completed' | 'discharged',
    reasonCode: transition.reason_code,
    closedOn: instantToZonedTime(transition.occurred_at, timeZone).slice(0, 10),
    streamId: stream?.stream_id ?? null,
  };
}

/**
 * Gathers what a report says from the records that prove it: the participant's identifiers, the
 * latest referral's order details, the program and its dates, attendance under the stream's
 * policy (the standing rules), the outcome and its coded reason, the observations and the ticked
 * concerns (category and day only: `case_safety_concern` never holds more).
 */
export async function gatherReportContent(
  db: Kysely<DB>,
  input: { participantId: string; closing: CaseClosing; observations: string | null; concernIds: readonly string[]; signature: ReportContent['signature'] },
): Promise<ReportContent> {
  const { participantId, closing } = input;
  const basics = await gatherCaseBasics(db, participantId, closing.closedOn);
  const concerns = input.concernIds.length
    ? await db
        .selectFrom('case_safety_concern')
        .select(['category', 'occurred_on'])
        .where('participant_id', '=', participantId)
        .where('id', 'in', [...input.concernIds])
        .orderBy('occurred_on')
        .execute()
    : [];
  return {
    kind: closing.kind,
    agency: basics.agency,
    participant: basics.participant,
    referral: basics.referral,
    program: { ...basics.program, endedOn: closing.closedOn },
    attendance: basics.attendance,
    outcome: { state: closing.state, reasonCode: closing.state === 'discharged' ? closing.reasonCode : null },
    observations: input.observations,
    concerns: concerns.map((c) => ({ category: c.category, occurredOn: c.occurred_on })),
    signature: input.signature,
  };
}
