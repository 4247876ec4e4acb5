import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  caseStates,
  caseTransitionNames,
  checkTransition,
  isTerminal,
  type CaseFacts,
  type CaseState,
  type CaseTransition,
} from './case-lifecycle.rules.js';

// Written out by hand from the issue, independently of the table in the rules file: if the two
// disagree, one of them is wrong.
const open: CaseState[] = ['referred', 'intake_booked', 'assessed', 'waitlisted', 'enrolled', 'active', 'pending_discharge'];
const closed: CaseState[] = ['unsuitable', 'completed', 'discharged', 'withdrawn', 'transferred'];

const expected: Record<CaseTransition, { from: CaseState[]; to: CaseState }> = {
  book_intake: { from: ['referred'], to: 'intake_booked' },
  rebook_intake: { from: ['intake_booked'], to: 'intake_booked' },
  record_assessment: { from: ['intake_booked'], to: 'assessed' },
  find_unsuitable: { from: ['assessed'], to: 'unsuitable' },
  waitlist: { from: ['assessed'], to: 'waitlisted' },
  enrol: { from: ['waitlisted'], to: 'enrolled' },
  return_to_waitlist: { from: ['enrolled'], to: 'waitlisted' },
  start: { from: ['enrolled'], to: 'active' },
  complete: { from: ['active'], to: 'completed' },
  warn_pending_discharge: { from: ['active'], to: 'pending_discharge' },
  revoke_pending_discharge: { from: ['pending_discharge'], to: 'active' },
  discharge: { from: ['pending_discharge'], to: 'discharged' },
  withdraw: { from: open, to: 'withdrawn' },
  transfer: { from: open, to: 'transferred' },
};
const transitions = Object.keys(expected) as CaseTransition[];

/** A case where every precondition of every transition holds (the assessment found them suitable). */
const ready: CaseFacts = {
  hasIntakeAppointment: true,
  assessmentComplete: true,
  suitability: 'suitable',
  consentsSigned: {
    limitsOfConfidentiality: true,
    releaseToReferralSource: true,
    partnerContactExplained: true,
    participantAgreement: true,
  },
  hasGroupPlacement: true,
  creditedSessions: 12,
  sessionsRequired: 12,
  feesUpToDate: true,
  completionReviewed: true,
  feesRequiredForCompletion: true,
  reason: 'Moved out of the region',
};
/** The same, except the assessment found them unsuitable: the one fact two transitions disagree on. */
const readyUnsuitable: CaseFacts = { ...ready, suitability: 'unsuitable' };
/** Nothing recorded yet: no transition's preconditions hold. */
const bare: CaseFacts = {
  hasIntakeAppointment: false,
  assessmentComplete: false,
  suitability: undefined,
  consentsSigned: {
    limitsOfConfidentiality: false,
    releaseToReferralSource: false,
    partnerContactExplained: false,
    participantAgreement: false,
  },
  hasGroupPlacement: false,
  creditedSessions: 0,
  sessionsRequired: 12,
  feesUpToDate: false,
  completionReviewed: false,
  feesRequiredForCompletion: true,
};

function factsSatisfying(transition: CaseTransition): CaseFacts {
  return transition === 'find_unsuitable' ? readyUnsuitable : ready;
}

function withConsent(name: keyof CaseFacts['consentsSigned'], signed: boolean): CaseFacts {
  return { ...ready, consentsSigned: { ...ready.consentsSigned, [name]: signed } };
}

/** States one step away in the real rules, with facts that let each transition through. */
function nextStates(state: CaseState): CaseState[] {
  return caseTransitionNames.flatMap((transition) => {
    const result = checkTransition(state, transition, factsSatisfying(transition));
    return result.ok ? [result.to] : [];
  });
}

function reachableFrom(start: CaseState): Set<CaseState> {
  const seen = new Set<CaseState>([start]);
  const queue = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const next of nextStates(state)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('case lifecycle: the lists', () => {
  it('has exactly the states of the issue, each open or closed', () => {
    expect(sorted(caseStates)).toEqual(sorted([...open, ...closed]));
  });

  it('has exactly the transitions of the issue', () => {
    expect(sorted(caseTransitionNames)).toEqual(sorted(transitions));
  });
});

describe('case lifecycle: every state × every transition', () => {
  const pairs = caseStates.flatMap((state) => transitions.map((transition) => [state, transition] as const));

  it.each(pairs)('from %s, %s', (state, transition) => {
    const outcome = expected[transition].from.includes(state)
      ? { ok: true, to: expected[transition].to }
      : { ok: false, reason: 'not_from_this_state' };
    expect(checkTransition(state, transition, factsSatisfying(transition))).toEqual(outcome);
  });

  it('refuses a transition from the wrong state before looking at the facts', () => {
    expect(checkTransition('referred', 'complete', bare)).toEqual({ ok: false, reason: 'not_from_this_state' });
    expect(checkTransition('completed', 'withdraw', bare)).toEqual({ ok: false, reason: 'not_from_this_state' });
  });
});

describe('case lifecycle: preconditions', () => {
  it.each<[CaseTransition, CaseState, string, CaseFacts, string]>([
    ['book_intake', 'referred', 'no appointment', { ...ready, hasIntakeAppointment: false }, 'no_intake_appointment'],
    ['rebook_intake', 'intake_booked', 'no new appointment', { ...ready, hasIntakeAppointment: false }, 'no_intake_appointment'],
    ['record_assessment', 'intake_booked', 'assessment not finished', { ...ready, assessmentComplete: false }, 'assessment_incomplete'],
    ['find_unsuitable', 'assessed', 'assessment not finished', { ...readyUnsuitable, assessmentComplete: false }, 'assessment_incomplete'],
    ['find_unsuitable', 'assessed', 'assessment found them suitable', ready, 'not_found_unsuitable'],
    ['find_unsuitable', 'assessed', 'no finding recorded', { ...readyUnsuitable, suitability: undefined }, 'not_found_unsuitable'],
    ['find_unsuitable', 'assessed', 'no reason', { ...readyUnsuitable, reason: undefined }, 'reason_required'],
    ['find_unsuitable', 'assessed', 'a blank reason', { ...readyUnsuitable, reason: '  \n' }, 'reason_required'],
    ['waitlist', 'assessed', 'assessment not finished', { ...ready, assessmentComplete: false }, 'assessment_incomplete'],
    ['waitlist', 'assessed', 'assessment found them unsuitable', readyUnsuitable, 'not_suitable'],
    ['waitlist', 'assessed', 'no finding recorded', { ...ready, suitability: undefined }, 'not_suitable'],
    ['waitlist', 'assessed', 'limits of confidentiality unsigned', withConsent('limitsOfConfidentiality', false), 'consents_missing'],
    ['waitlist', 'assessed', 'release to referral source unsigned', withConsent('releaseToReferralSource', false), 'consents_missing'],
    ['waitlist', 'assessed', 'partner contact not explained', withConsent('partnerContactExplained', false), 'consents_missing'],
    ['waitlist', 'assessed', 'participant agreement unsigned', withConsent('participantAgreement', false), 'consents_missing'],
    ['enrol', 'waitlisted', 'no group placement', { ...ready, hasGroupPlacement: false }, 'no_placement'],
    ['return_to_waitlist', 'enrolled', 'no reason', { ...ready, reason: undefined }, 'reason_required'],
    ['start', 'enrolled', 'no group placement', { ...ready, hasGroupPlacement: false }, 'no_placement'],
    ['start', 'enrolled', 'no session attended', { ...ready, creditedSessions: 0 }, 'no_session_attended'],
    ['complete', 'active', '11 of 12 sessions', { ...ready, creditedSessions: 11 }, 'sessions_short'],
    ['complete', 'active', '7 of 8 sessions', { ...ready, creditedSessions: 7, sessionsRequired: 8 }, 'sessions_short'],
    ['complete', 'active', 'fees owing when policy requires them', { ...ready, feesUpToDate: false }, 'fees_outstanding'],
    ['complete', 'active', 'no final check-out by the facilitator', { ...ready, completionReviewed: false }, 'completion_not_reviewed'],
    ['warn_pending_discharge', 'active', 'no reason', { ...ready, reason: undefined }, 'reason_required'],
    ['warn_pending_discharge', 'active', 'an empty reason', { ...ready, reason: '' }, 'reason_required'],
    ['revoke_pending_discharge', 'pending_discharge', 'no reason', { ...ready, reason: undefined }, 'reason_required'],
    ['discharge', 'pending_discharge', 'no reason', { ...ready, reason: undefined }, 'reason_required'],
    ['discharge', 'pending_discharge', 'a blank reason', { ...ready, reason: ' ' }, 'reason_required'],
  ])('%s from %s is refused with %s', (transition, state, _why, facts, code) => {
    expect(checkTransition(state, transition, facts)).toEqual({ ok: false, reason: code });
  });

  it.each(open.flatMap((state) => (['withdraw', 'transfer'] as const).map((transition) => [transition, state] as const)))(
    '%s from %s needs a reason',
    (transition, state) => {
      expect(checkTransition(state, transition, { ...ready, reason: undefined })).toEqual({ ok: false, reason: 'reason_required' });
      expect(checkTransition(state, transition, { ...ready, reason: '   ' })).toEqual({ ok: false, reason: 'reason_required' });
    },
  );

  it.each<[string, CaseFacts]>([
    ['fees owing when policy does not require them', { ...ready, feesUpToDate: false, feesRequiredForCompletion: false }],
    ['more sessions than required', { ...ready, creditedSessions: 13 }],
    ['a shorter stream, fully attended', { ...ready, creditedSessions: 8, sessionsRequired: 8 }],
  ])('completes with %s', (_why, facts) => {
    expect(checkTransition('active', 'complete', facts)).toEqual({ ok: true, to: 'completed' });
  });

  it('starts on the first credited session', () => {
    expect(checkTransition('enrolled', 'start', { ...ready, creditedSessions: 1 })).toEqual({ ok: true, to: 'active' });
  });

  it.each(transitions)('%s has at least one precondition: with nothing recorded it is refused', (transition) => {
    const state = expected[transition].from[0]!;
    const result = checkTransition(state, transition, bare);
    expect(result.ok).toBe(false);
    expect(result).not.toEqual({ ok: false, reason: 'not_from_this_state' });
  });
});

describe('case lifecycle: the graph', () => {
  it.each(closed)('%s is terminal and allows nothing, whatever the facts', (state) => {
    expect(isTerminal(state)).toBe(true);
    expect(availableTransitions(state, ready)).toEqual([]);
    expect(availableTransitions(state, readyUnsuitable)).toEqual([]);
    for (const transition of transitions) {
      expect(checkTransition(state, transition, factsSatisfying(transition))).toEqual({ ok: false, reason: 'not_from_this_state' });
    }
  });

  it.each(open)('%s is not terminal and can reach a terminal state', (state) => {
    expect(isTerminal(state)).toBe(false);
    expect([...reachableFrom(state)].some((reached) => closed.includes(reached))).toBe(true);
  });

  it.each(open)('%s can still reach completion', (state) => {
    expect(reachableFrom(state).has('completed')).toBe(true);
  });

  it('reaches every state from referred', () => {
    expect(sorted([...reachableFrom('referred')])).toEqual(sorted(caseStates));
  });

  it('discharges only after a pending discharge', () => {
    const intoDischarged = caseStates.filter((state) => nextStates(state).includes('discharged'));
    expect(intoDischarged).toEqual(['pending_discharge']);
  });
});

describe('case lifecycle: available transitions (the buttons)', () => {
  const noReason: CaseFacts = { ...ready, reason: undefined };

  it.each<[CaseState, string, CaseFacts, CaseTransition[]]>([
    ['referred', 'appointment booked, reason given', ready, ['book_intake', 'withdraw', 'transfer']],
    ['referred', 'no appointment, reason given', { ...bare, reason: 'Moved' }, ['withdraw', 'transfer']],
    ['referred', 'nothing recorded', bare, []],
    ['intake_booked', 'everything recorded', ready, ['rebook_intake', 'record_assessment', 'withdraw', 'transfer']],
    ['intake_booked', 'assessment not finished, no reason', { ...noReason, assessmentComplete: false }, ['rebook_intake']],
    ['assessed', 'found suitable, all consents', ready, ['waitlist', 'withdraw', 'transfer']],
    ['assessed', 'found suitable, a consent missing', withConsent('participantAgreement', false), ['withdraw', 'transfer']],
    ['assessed', 'found unsuitable', readyUnsuitable, ['find_unsuitable', 'withdraw', 'transfer']],
    ['assessed', 'found unsuitable, no reason', { ...readyUnsuitable, reason: undefined }, []],
    ['waitlisted', 'placement found', ready, ['enrol', 'withdraw', 'transfer']],
    ['waitlisted', 'no placement, no reason', { ...noReason, hasGroupPlacement: false }, []],
    ['enrolled', 'first session credited', ready, ['return_to_waitlist', 'start', 'withdraw', 'transfer']],
    ['enrolled', 'no session yet, no reason', { ...noReason, creditedSessions: 0 }, []],
    ['active', '12 of 12, fees paid', ready, ['complete', 'warn_pending_discharge', 'withdraw', 'transfer']],
    ['active', '11 of 12', { ...ready, creditedSessions: 11 }, ['warn_pending_discharge', 'withdraw', 'transfer']],
    ['active', '12 of 12, fees paid, no reason', noReason, ['complete']],
    ['active', '12 of 12, fees owing, no reason', { ...noReason, feesUpToDate: false }, []],
    ['active', '12 of 12, not checked out, no reason', { ...noReason, completionReviewed: false }, []],
    ['pending_discharge', 'reason given', ready, ['revoke_pending_discharge', 'discharge', 'withdraw', 'transfer']],
    ['pending_discharge', 'no reason', noReason, []],
  ])('from %s with %s', (state, _why, facts, buttons) => {
    expect(sorted(availableTransitions(state, facts))).toEqual(sorted(buttons));
  });

  const variants: CaseFacts[] = [ready, readyUnsuitable, bare, noReason, { ...ready, creditedSessions: 0 }];
  it.each(caseStates.flatMap((state) => variants.map((facts, index) => [state, index, facts] as const)))(
    'from %s (facts #%i) offers exactly the transitions checkTransition allows',
    (state, _index, facts) => {
      const allowed = transitions.filter((transition) => checkTransition(state, transition, facts).ok);
      expect(sorted(availableTransitions(state, facts))).toEqual(sorted(allowed));
    },
  );
});
