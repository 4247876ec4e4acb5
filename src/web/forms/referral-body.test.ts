import { describe, expect, it } from 'vitest';
import { referralBody } from './referral-body';

describe('referralBody', () => {
  it('leaves out empty fields and sends no partner when none is named', () => {
    const body = referralBody('key-12345', { 'participant.givenName': ' Sam ', 'participant.pronouns': '  ', 'referral.source': 'court', 'referral.charges': 'Assault\n\n' }, {}, undefined);
    expect(body.participant).toMatchObject({ givenName: 'Sam', interpreterNeeded: false });
    expect(JSON.parse(JSON.stringify(body.participant))).not.toHaveProperty('pronouns');
    expect(body.referral.charges).toEqual(['Assault']);
    expect(body.referral.officer).toBeUndefined();
    expect(body.partners).toEqual([]);
    expect(body.conditions).toEqual([]);
  });

  it('attaches to an existing person and passes on a named partner with the children’s ages', () => {
    const body = referralBody('key-12345', { 'partners.0.fullName': 'Kim', 'partners.0.relationship': 'victim', 'partners.0.childrenAges': '4, 9' }, { noContact: true }, 'p-1');
    expect(body.participant).toEqual({ existingId: 'p-1' });
    expect(body.partners[0]).toMatchObject({ fullName: 'Kim', childrenAges: [4, 9] });
    expect(body.conditions[0]?.kind).toBe('no_contact');
  });
});
