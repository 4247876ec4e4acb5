/**
 * The case lifecycle of a participant, as data: the states a case can be in, the named
 * transitions between them, and the preconditions each transition checks against plain facts.
 * Pure: the use case loads the facts, asks `checkTransition`, then writes the `case_transition`
 * row. A refusal's code becomes the message key `case.<code>`.
 */

/** Every case status, in the order a case normally moves through them. */
export const caseStates = [
  'referred',
  'intake_booked',
  'assessed',
  'unsuitable',
  'waitlisted',
  'enrolled',
  'active',
  'completed',
  'pending_discharge',
  'discharged',
  'withdrawn',
  'transferred',
] as const;

export type CaseState = (typeof caseStates)[number];

/** Final outcomes: the case is closed, and a new referral opens a new case. */
export const terminalStates = [
  'unsuitable',
  'completed',
  'discharged',
  'withdrawn',
  'transferred',
] as const satisfies readonly CaseState[];

/** True for a closed case, which no transition may leave. */
export function isTerminal(state: CaseState): boolean {
  return (terminalStates as readonly CaseState[]).includes(state);
}

/** What the rules need to know about a case; the use case gathers it from the records. */
export interface CaseFacts {
  /** An intake appointment is booked (for `rebook_intake`: the new one). */
  hasIntakeAppointment: boolean;
  assessmentComplete: boolean;
  /** The intake assessment's finding; undefined until it is recorded. */
  suitability: 'suitable' | 'unsuitable' | undefined;
  consentsSigned: {
    limitsOfConfidentiality: boolean;
    releaseToReferralSource: boolean;
    partnerContactExplained: boolean;
    participantAgreement: boolean;
  };
  hasGroupPlacement: boolean;
  /** Sessions that count towards completion (attended, or made up, per stream policy). */
  creditedSessions: number;
  /** From the program stream's policy: 12 for court-ordered participants. */
  sessionsRequired: number;
  feesUpToDate: boolean;
  /** The facilitator's final check-out (goals met or not) is recorded for the current placement. */
  completionReviewed: boolean;
  /** Stream policy: whether completion waits for fees to be paid up. */
  feesRequiredForCompletion: boolean;
  /** Why the case is moving; recorded on the transition and, for discharge, told to the partner. */
  reason?: string;
}

/** Each requirement: whether the facts meet it, and the code (message key) when they do not. */
const caseRequirements = {
  intake_appointment: { failure: 'no_intake_appointment', isMet: (f: CaseFacts) => f.hasIntakeAppointment },
  complete_assessment: { failure: 'assessment_incomplete', isMet: (f: CaseFacts) => f.assessmentComplete },
  found_suitable: { failure: 'not_suitable', isMet: (f: CaseFacts) => f.suitability === 'suitable' },
  found_unsuitable: { failure: 'not_found_unsuitable', isMet: (f: CaseFacts) => f.suitability === 'unsuitable' },
  all_consents: { failure: 'consents_missing', isMet: (f: CaseFacts) => hasAllConsents(f.consentsSigned) },
  group_placement: { failure: 'no_placement', isMet: (f: CaseFacts) => f.hasGroupPlacement },
  first_session: { failure: 'no_session_attended', isMet: (f: CaseFacts) => f.creditedSessions > 0 },
  required_sessions: { failure: 'sessions_short', isMet: (f: CaseFacts) => f.creditedSessions >= f.sessionsRequired },
  completion_review: { failure: 'completion_not_reviewed', isMet: (f: CaseFacts) => f.completionReviewed },
  fees_if_required: {
    failure: 'fees_outstanding',
    isMet: (f: CaseFacts) => !f.feesRequiredForCompletion || f.feesUpToDate,
  },
  reason: { failure: 'reason_required', isMet: (f: CaseFacts) => (f.reason ?? '').trim() !== '' },
} as const;

type CaseRequirement = keyof typeof caseRequirements;

/** Why a transition was refused; each becomes the message key `case.<code>`. */
export type CaseRefusal =
  | 'not_from_this_state'
  | (typeof caseRequirements)[CaseRequirement]['failure'];

export type CaseCheck = { ok: true; to: CaseState } | { ok: false; reason: CaseRefusal };

interface CaseTransitionRule {
  from: readonly CaseState[];
  to: CaseState;
  /** Checked in this order; the first unmet one is the refusal. */
  requires: readonly CaseRequirement[];
}

const openStates = caseStates.filter((state) => !isTerminal(state));

/**
 * The transition table. Choices the issue left open:
 * - `rebook_intake` stays in `intake_booked` with the new time rather than going back to
 *   `referred`: the referral was accepted and contact made, so the referral-to-intake clock must
 *   keep running, and each missed intake stays visible as its own `case_transition` row.
 * - `discharge` leaves only from `pending_discharge`, so the partner is always told of the
 *   pending discharge, with its reasons, before the discharge itself.
 * - `revoke_pending_discharge` needs a reason too: the partner was told of the pending discharge.
 * - `start` needs the first session credited, so "active" means the participant has attended.
 * - `complete` needs the facilitator's final check-out first; the manager's sign-off is the
 *   transition itself (only `case.sign_off` may take it).
 */
export const caseTransitions = {
  book_intake: { from: ['referred'], to: 'intake_booked', requires: ['intake_appointment'] },
  rebook_intake: { from: ['intake_booked'], to: 'intake_booked', requires: ['intake_appointment'] },
  record_assessment: { from: ['intake_booked'], to: 'assessed', requires: ['complete_assessment'] },
  find_unsuitable: {
    from: ['assessed'],
    to: 'unsuitable',
    requires: ['complete_assessment', 'found_unsuitable', 'reason'],
  },
  waitlist: {
    from: ['assessed'],
    to: 'waitlisted',
    requires: ['complete_assessment', 'found_suitable', 'all_consents'],
  },
  enrol: { from: ['waitlisted'], to: 'enrolled', requires: ['group_placement'] },
  return_to_waitlist: { from: ['enrolled'], to: 'waitlisted', requires: ['reason'] },
  start: { from: ['enrolled'], to: 'active', requires: ['group_placement', 'first_session'] },
  complete: { from: ['active'], to: 'completed', requires: ['required_sessions', 'completion_review', 'fees_if_required'] },
  warn_pending_discharge: { from: ['active'], to: 'pending_discharge', requires: ['reason'] },
  revoke_pending_discharge: { from: ['pending_discharge'], to: 'active', requires: ['reason'] },
  discharge: { from: ['pending_discharge'], to: 'discharged', requires: ['reason'] },
  withdraw: { from: openStates, to: 'withdrawn', requires: ['reason'] },
  transfer: { from: openStates, to: 'transferred', requires: ['reason'] },
} as const satisfies Record<string, CaseTransitionRule>;

export type CaseTransition = keyof typeof caseTransitions;

/** Every transition name, in table order (the order buttons are shown in). */
export const caseTransitionNames = Object.keys(caseTransitions) as CaseTransition[];

/** Whether `transition` may happen now, and if not, the one reason to show the user. */
export function checkTransition(state: CaseState, transition: CaseTransition, facts: CaseFacts): CaseCheck {
  const rule: CaseTransitionRule = caseTransitions[transition];
  if (!rule.from.includes(state)) return { ok: false, reason: 'not_from_this_state' };
  for (const requirement of rule.requires) {
    const { isMet, failure } = caseRequirements[requirement];
    if (!isMet(facts)) return { ok: false, reason: failure };
  }
  return { ok: true, to: rule.to };
}

/** The transitions to offer as buttons: allowed from this state and with every precondition met. */
export function availableTransitions(state: CaseState, facts: CaseFacts): CaseTransition[] {
  return caseTransitionNames.filter((transition) => checkTransition(state, transition, facts).ok);
}

/** Each consent is needed before a place is held: without one, the program cannot run as agreed. */
function hasAllConsents(consents: CaseFacts['consentsSigned']): boolean {
  return (
    consents.limitsOfConfidentiality &&
    consents.releaseToReferralSource &&
    consents.partnerContactExplained &&
    consents.participantAgreement
  );
}
