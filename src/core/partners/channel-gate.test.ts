import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideChannel, type GateFacts, type GatePreference, type OutboundAction, outboundActions } from './channel-gate.js';

const today = '2026-11-22';
const pref = (overrides: Partial<GatePreference> & Pick<GatePreference, 'channel'>): GatePreference => ({
  id: `${overrides.channel}-1`, safe: true, voicemailOk: false, confirmedOn: '2026-11-01', retired: false, ...overrides,
});
const facts = (preferences: GatePreference[], consent: GateFacts['consent'] = 'wishes_contact'): GateFacts => ({ consent, preferences, today, maxAgeDays: 90 });

describe('the channel gate, case by case', () => {
  const cases: [string, GateFacts, OutboundAction, ReturnType<typeof decideChannel>][] = [
    ['a call to a confirmed safe phone', facts([pref({ channel: 'phone' })]), 'call', { open: true, preferenceId: 'phone-1' }],
    ['a first call to a number not yet confirmed (no message)', facts([pref({ channel: 'phone', safe: null, confirmedOn: null })], null), 'call', { open: true, preferenceId: 'phone-1' }],
    ['a call to a number marked unsafe', facts([pref({ channel: 'phone', safe: false })]), 'call', { open: false, reason: 'not_safe' }],
    ['a call when there is no phone', facts([pref({ channel: 'mail' })]), 'call', { open: false, reason: 'no_channel' }],
    ['a call to a retired number', facts([pref({ channel: 'phone', retired: true })]), 'call', { open: false, reason: 'no_channel' }],
    ['any call once the partner declined', facts([pref({ channel: 'phone' })], 'declined'), 'call', { open: false, reason: 'declined' }],
    ['a voicemail where messages are agreed', facts([pref({ channel: 'phone', voicemailOk: true })]), 'voicemail', { open: true, preferenceId: 'phone-1' }],
    ['a voicemail where messages are not agreed', facts([pref({ channel: 'phone', voicemailOk: false })]), 'voicemail', { open: false, reason: 'voicemail_not_allowed' }],
    ['a voicemail on an unconfirmed phone', facts([pref({ channel: 'phone', safe: null, confirmedOn: null, voicemailOk: false })]), 'voicemail', { open: false, reason: 'unconfirmed' }],
    ['a voicemail on a phone confirmed too long ago', facts([pref({ channel: 'phone', voicemailOk: true, confirmedOn: '2026-08-23' })]), 'voicemail', { open: false, reason: 'unconfirmed' }],
    ['a voicemail on a phone confirmed exactly the limit ago', facts([pref({ channel: 'phone', voicemailOk: true, confirmedOn: '2026-08-24' })]), 'voicemail', { open: true, preferenceId: 'phone-1' }],
    ['a letter to a confirmed safe address', facts([pref({ channel: 'mail' })]), 'letter', { open: true, preferenceId: 'mail-1' }],
    ['a letter to an address given at referral, never confirmed', facts([pref({ channel: 'mail', safe: null, confirmedOn: null })]), 'letter', { open: false, reason: 'unconfirmed' }],
    ['a letter where mail is not safe', facts([pref({ channel: 'mail', safe: false })]), 'letter', { open: false, reason: 'not_safe' }],
    ['a letter with no address known', facts([pref({ channel: 'phone' })]), 'letter', { open: false, reason: 'no_channel' }],
    ['a letter once the partner declined', facts([pref({ channel: 'mail' })], 'declined'), 'letter', { open: false, reason: 'declined' }],
    ['a text to a confirmed number', facts([pref({ channel: 'text' })]), 'text', { open: true, preferenceId: 'text-1' }],
    ['a text to a phone (not a text number)', facts([pref({ channel: 'phone' })]), 'text', { open: false, reason: 'no_channel' }],
    ['an email to a stale email', facts([pref({ channel: 'email', confirmedOn: '2025-01-01' })]), 'email', { open: false, reason: 'unconfirmed' }],
    ['an email to a confirmed email', facts([pref({ channel: 'email' })]), 'email', { open: true, preferenceId: 'email-1' }],
    ['the second phone when the first is unsafe', facts([pref({ channel: 'phone', safe: false }), pref({ channel: 'phone', id: 'phone-2', voicemailOk: true })]), 'voicemail', { open: true, preferenceId: 'phone-2' }],
  ];
  it.each(cases)('%s', (_name, given, action, expected) => {
    expect(decideChannel(given, action)).toEqual(expected);
  });

  it('opens only the preference asked for', () => {
    const given = facts([pref({ channel: 'phone', safe: false }), pref({ channel: 'phone', id: 'phone-2' })]);
    expect(decideChannel(given, 'call', 'phone-1')).toEqual({ open: false, reason: 'not_safe' });
    expect(decideChannel(given, 'call', 'phone-2')).toEqual({ open: true, preferenceId: 'phone-2' });
    expect(decideChannel(given, 'letter', 'phone-2')).toEqual({ open: false, reason: 'no_channel' });
  });

  it('never opens a trace-leaving channel that is not confirmed safe and fresh, whatever the preferences', () => {
    const preference = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      channel: fc.constantFrom('phone', 'text', 'email', 'mail' as const),
      safe: fc.constantFrom(true, false, null),
      voicemailOk: fc.boolean(),
      confirmedOn: fc.option(fc.integer({ min: 0, max: 400 }).map((days) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)), { nil: null }),
      retired: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(preference, { maxLength: 5, selector: (p) => p.id }), fc.constantFrom('wishes_contact', 'declined', null), fc.constantFrom(...outboundActions), (preferences, consent, action) => {
        const decision = decideChannel({ consent, preferences, today, maxAgeDays: 90 }, action);
        if (!decision.open) return;
        expect(consent).not.toBe('declined');
        const used = preferences.find((p) => p.id === decision.preferenceId && !p.retired);
        expect(used).toBeDefined();
        expect(used!.safe).not.toBe(false);
        if (action !== 'call') {
          expect(used!.safe).toBe(true);
          expect(used!.confirmedOn! >= '2026-08-24').toBe(true);
        }
        if (action === 'voicemail') expect(used!.voicemailOk).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
