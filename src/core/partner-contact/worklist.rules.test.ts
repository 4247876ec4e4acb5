import { describe, expect, it } from 'vitest';
import { proposeLetter } from './letters.js';
import { attemptsSinceLastContact, type ContactFact, firstContactStatus, minimumContactsStatus, pendingFollowUp, requiredContactDay } from './worklist.rules.js';

const at = (iso: string) => new Date(iso);
let sequence = 0;
function contact(kind: ContactFact['kind'], occurredAt: string, fields: Partial<ContactFact> = {}): ContactFact {
  sequence += 1;
  return { id: `c${String(sequence).padStart(3, '0')}`, kind, outcome: kind === 'attempt' ? 'no_answer' : null, occurredAt: at(occurredAt), createdAt: at(occurredAt), followUpOn: null, ...fields };
}
const settings = { now: at('2026-12-20T15:00:00Z'), timeZone: 'America/Toronto', holidays: new Set<string>(), minContacts: 4, contactWeeks: 12, letterAfterAttempts: 3 };
const facts = (contacts: ContactFact[], enrolledOn: string | null = '2026-11-02') => ({ contacts, firstContactDueAt: at('2026-11-09T22:00:00Z'), enrolledOn, notices: [] });

describe('first contact', () => {
  it('is met by a conversation, not by attempts or a letter, and overdue after its due time', () => {
    const tried = facts([contact('attempt', '2026-11-03T15:00:00Z'), contact('letter', '2026-11-05T15:00:00Z')]);
    expect(firstContactStatus(tried, settings.now)).toMatchObject({ met: false, attempts: 1, overdue: true });
    expect(firstContactStatus(tried, at('2026-11-08T15:00:00Z')).overdue).toBe(false);
    const reached = facts([...tried.contacts, contact('call', '2026-11-12T15:00:00Z', { outcome: null })]);
    expect(firstContactStatus(reached, settings.now)).toMatchObject({ met: true, metAt: at('2026-11-12T15:00:00Z'), overdue: false });
  });
});

describe('minimum contacts', () => {
  it('spreads the required contacts evenly over the window', () => {
    expect([1, 2, 3, 4].map((k) => requiredContactDay('2026-11-02', k, settings))).toEqual(['2026-11-23', '2026-12-14', '2027-01-04', '2027-01-25']);
    expect([1, 2, 3].map((k) => requiredContactDay('2026-11-02', k, { minContacts: 3, contactWeeks: 10 }))).toEqual(['2026-11-25', '2026-12-19', '2027-01-11']);
  });

  it('counts contacts from the day of placement, says when the next is due and whether the partner is behind', () => {
    const before = contact('call', '2026-11-01T15:00:00Z');
    const one = contact('in_person', '2026-11-10T15:00:00Z');
    const status = minimumContactsStatus(facts([before, one, contact('attempt', '2026-11-30T15:00:00Z')]), settings)!;
    // Two were due by 2026-12-20 (11-23 and 12-14); one done.
    expect(status).toMatchObject({ done: 1, required: 4, behind: true, met: false, windowEndsOn: '2027-01-25' });
    expect(status.nextDueAt).toEqual(at('2026-12-14T22:00:00Z'));
    const onTrack = minimumContactsStatus(facts([one, contact('text', '2026-12-01T15:00:00Z', { outcome: null })]), settings)!;
    expect(onTrack).toMatchObject({ done: 2, behind: false });
    const met = minimumContactsStatus(facts([1, 2, 3, 4].map((d) => contact('call', `2026-11-1${d}T15:00:00Z`, { outcome: null }))), settings)!;
    expect(met).toMatchObject({ met: true, nextDueAt: null, behind: false });
    expect(minimumContactsStatus(facts([one], null), settings)).toBeNull();
  });
});

describe('letter fallback', () => {
  it('counts failed phone attempts since the last conversation; "not safe to talk" is not a failure', () => {
    const contacts = [
      contact('attempt', '2026-11-01T15:00:00Z'),
      contact('call', '2026-11-02T15:00:00Z', { outcome: null }),
      contact('attempt', '2026-11-03T15:00:00Z', { outcome: 'busy' }),
      contact('attempt', '2026-11-04T15:00:00Z', { outcome: 'not_safe_to_talk' }),
      contact('attempt', '2026-11-05T15:00:00Z', { outcome: 'voicemail_left' }),
      contact('attempt', '2026-11-06T15:00:00Z', { outcome: 'wrong_number' }),
    ];
    expect(attemptsSinceLastContact(contacts)).toEqual({ failed: 3, letterSent: false, lastFailedAt: at('2026-11-06T15:00:00Z') });
    expect(attemptsSinceLastContact([...contacts, contact('letter', '2026-11-07T15:00:00Z', { outcome: null })]).letterSent).toBe(true);
  });

  it('proposes only past the threshold, with mail open; otherwise says why', () => {
    const three = { failed: 3, letterSent: false, lastFailedAt: at('2026-11-06T15:00:00Z') };
    const open = { open: true as const, preferenceId: 'p' };
    expect(proposeLetter(three, 3, open)).toEqual({ proposed: true, reason: 'proposed', failedAttempts: 3, threshold: 3 });
    expect(proposeLetter({ ...three, failed: 2 }, 3, open).reason).toBe('attempts_below_threshold');
    expect(proposeLetter({ ...three, letterSent: true }, 3, open).reason).toBe('already_sent_since_attempts');
    expect(proposeLetter(three, 3, { open: false, reason: 'not_safe' }).reason).toBe('mail_not_safe');
    expect(proposeLetter(three, 3, { open: false, reason: 'no_channel' }).reason).toBe('no_address');
    expect(proposeLetter(three, 3, { open: false, reason: 'unconfirmed' }).reason).toBe('unconfirmed');
    expect(proposeLetter({ ...three, failed: 0 }, 3, { open: false, reason: 'declined' })).toMatchObject({ proposed: false, reason: 'declined' });
  });
});

describe('follow-ups', () => {
  it('are the latest contact\'s, until a later contact exists', () => {
    const asked = contact('call', '2026-11-02T15:00:00Z', { outcome: null, followUpOn: '2026-11-09' });
    expect(pendingFollowUp([asked])).toBe('2026-11-09');
    expect(pendingFollowUp([asked, contact('attempt', '2026-11-09T15:00:00Z')])).toBeNull();
  });
});
