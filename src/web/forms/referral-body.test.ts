import { describe, expect, it } from 'vitest';
import { fieldOfPath, referralBody, rowsToSend } from './referral-body';

describe('referralBody', () => {
  it('leaves out empty fields and sends no partner when none is named', () => {
    const values = { 'participant.givenName': ' Sam ', 'participant.pronouns': '  ', 'referral.source': 'court', 'referral.charges': 'Assault\n\n', 'partners.r1.phone': ' ' };
    const sent = rowsToSend(values, { conditions: [], partners: ['r1'] });
    const body = referralBody('key-12345', values, {}, undefined, sent);
    expect(body.participant).toMatchObject({ givenName: 'Sam', interpreterNeeded: false });
    expect(JSON.parse(JSON.stringify(body.participant))).not.toHaveProperty('pronouns');
    expect(JSON.parse(JSON.stringify(body.participant))).not.toHaveProperty('address');
    expect(body.referral.charges).toEqual(['Assault']);
    expect(body.referral.officer).toBeUndefined();
    expect(body.partners).toEqual([]);
    expect(body.conditions).toEqual([]);
  });

  it('attaches to an existing person and sends each condition and each named partner, in the order shown', () => {
    const values = {
      'conditions.r3.kind': 'no_contact',
      'conditions.r3.withWhom': 'Kim',
      'conditions.r2.kind': 'weapons',
      'partners.r1.fullName': 'Kim',
      'partners.r1.relationship': 'victim',
      'partners.r1.childrenAges': '4, 9',
      'partners.r5.fullName': 'Lee',
      'partners.r5.language': 'fr',
    };
    const sent = rowsToSend(values, { conditions: ['r3', 'r2'], partners: ['r1', 'r4', 'r5'] });
    expect(sent.partners).toEqual(['r1', 'r5']);
    const body = referralBody('key-12345', values, {}, 'p-1', sent);
    expect(body.participant).toEqual({ existingId: 'p-1' });
    expect(body.conditions.map((condition) => condition.kind)).toEqual(['no_contact', 'weapons']);
    expect(body.partners[0]).toMatchObject({ fullName: 'Kim', childrenAges: [4, 9] });
    expect(body.partners[1]).toMatchObject({ fullName: 'Lee', language: 'fr', childrenAges: [] });
  });

  it('sends the address only when begun, whole', () => {
    const values = { 'participant.address.street': '1 Main St', 'participant.address.province': 'ON' };
    const body = referralBody('key-12345', values, {}, undefined, { conditions: [], partners: [] });
    expect(body.participant).toMatchObject({ address: { street: '1 Main St', province: 'ON', city: undefined, postalCode: undefined } });
  });
});

describe('fieldOfPath', () => {
  const sent = { conditions: ['r2', 'r7'], partners: ['r1', 'r4'] };
  it.each([
    ['partners.1.phone', 'partners.r4.phone'],
    ['conditions.0.withWhom', 'conditions.r2.withWhom'],
    ['partners.0.childrenAges.1', 'partners.r1.childrenAges'],
    ['referral.charges.3', 'referral.charges'],
    ['participant.address.postalCode', 'participant.address.postalCode'],
    ['partners.9.phone', 'partners.9.phone'],
  ])('%s → %s', (path, field) => {
    expect(fieldOfPath(path, sent)).toBe(field);
  });
});
