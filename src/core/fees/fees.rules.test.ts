import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBalance, checkBands, decideEntry, defaultBands, pickBand, splitPerSession } from './fees.rules.js';

describe('sliding scale', () => {
  const bands = [
    { minHouseholdSize: 1, maxIncomeCents: 20_000_00, totalFeeCents: 0 },
    { minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 600_00 },
    { minHouseholdSize: 3, maxIncomeCents: 30_000_00, totalFeeCents: 50_00 },
    { minHouseholdSize: 3, maxIncomeCents: null, totalFeeCents: 500_00 },
  ];

  it.each([
    [1, 0, 0],
    [1, 20_000_00, 0],
    [1, 20_000_01, 600_00],
    [2, 25_000_00, 600_00],
    [3, 25_000_00, 50_00],
    [7, 30_000_00, 50_00],
    [7, 90_000_00, 500_00],
  ])('household of %i earning %i cents pays %i', (size, income, fee) => {
    expect(pickBand(bands, size, income)?.totalFeeCents).toBe(fee);
  });

  it('refuses bands that leave a household without a fee, or repeat a band', () => {
    expect(checkBands(bands)).toBeNull();
    expect(checkBands(bands.filter((b) => b.minHouseholdSize !== 1))).toBe('fees.bands_incomplete');
    expect(checkBands(bands.filter((b) => b.maxIncomeCents !== null || b.minHouseholdSize !== 3))).toBe('fees.bands_incomplete');
    expect(checkBands([...bands, bands[0]!])).toBe('fees.bands_overlap');
  });

  it('has a complete default scale that never charges more for less income', () => {
    const scale = defaultBands();
    expect(checkBands(scale)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 300_000_00 }), fc.integer({ min: 0, max: 300_000_00 }), (size, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(pickBand(scale, size, low)!.totalFeeCents).toBeLessThanOrEqual(pickBand(scale, size, high)!.totalFeeCents);
        // A bigger household never pays more on the same income.
        expect(pickBand(scale, size + 1, low)!.totalFeeCents).toBeLessThanOrEqual(pickBand(scale, size, low)!.totalFeeCents);
      }),
    );
    expect(pickBand(scale, 1, 19_999_00)!.totalFeeCents).toBe(0);
    expect(pickBand(scale, 1, 500_000_00)!.totalFeeCents).toBe(900_00);
  });

  it('splits the total over the sessions in whole cents, the remainder on the last', () => {
    expect(splitPerSession(650_00, 12)).toEqual({ perSessionCents: 54_16, lastSessionCents: 54_24 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 52 }), (total, sessions) => {
        const { perSessionCents, lastSessionCents } = splitPerSession(total, sessions);
        expect(perSessionCents * (sessions - 1) + lastSessionCents).toBe(total);
        expect(lastSessionCents - perSessionCents).toBeGreaterThanOrEqual(0);
        expect(lastSessionCents - perSessionCents).toBeLessThan(sessions);
      }),
    );
  });
});

describe('entry rules', () => {
  const state = { balanceCents: 100_00, refundableCents: 40_00, closedThrough: '2026-10-31', today: '2026-11-24', allowedCreditCents: 0 };

  it.each([
    ['payment', 0, '2026-11-24', 'fees.amount_not_positive'],
    ['payment', -1, '2026-11-24', 'fees.amount_not_positive'],
    ['charge', 0, '2026-11-24', 'fees.amount_not_positive'],
    ['refund', -5, '2026-11-24', 'fees.amount_not_positive'],
    ['correction', 0, '2026-11-24', 'fees.amount_zero'],
    ['payment', 10_000_001, '2026-11-24', 'fees.amount_too_large'],
    ['payment', 10_00, '2026-11-25', 'fees.entry_in_future'],
    ['payment', 10_00, '2026-10-31', 'fees.period_closed'],
    ['payment', 100_01, '2026-11-24', 'fees.overpayment'],
    ['refund', 40_01, '2026-11-24', 'fees.refund_exceeds_payments'],
  ] as const)('refuses a %s of %i dated %s: %s', (kind, amountCents, effectiveOn, code) => {
    const decision = decideEntry(state, { kind, amountCents, effectiveOn });
    expect(decision.ok ? null : decision.refusal.code).toBe(code);
  });

  it('signs entries as they move the balance', () => {
    expect(decideEntry(state, { kind: 'payment', amountCents: 100_00, effectiveOn: '2026-11-01' })).toEqual({ ok: true, signedCents: -100_00 });
    expect(decideEntry(state, { kind: 'refund', amountCents: 40_00, effectiveOn: '2026-11-24' })).toEqual({ ok: true, signedCents: 40_00 });
    expect(decideEntry(state, { kind: 'correction', amountCents: -250_00, effectiveOn: '2026-11-24' })).toEqual({ ok: true, signedCents: -250_00 });
    expect(decideEntry({ ...state, allowedCreditCents: 5_00 }, { kind: 'payment', amountCents: 105_00, effectiveOn: '2026-11-24' })).toEqual({ ok: true, signedCents: -105_00 });
  });
});

describe('aged balances', () => {
  it('settles the oldest charges first and ages what is left', () => {
    const entries = [
      { amountCents: 100_00, effectiveOn: '2026-07-01' },
      { amountCents: 100_00, effectiveOn: '2026-09-30' },
      { amountCents: 100_00, effectiveOn: '2026-11-20' },
      { amountCents: -150_00, effectiveOn: '2026-11-24' },
    ];
    expect(ageBalance(entries, '2026-11-24')).toEqual({ d0to30: 100_00, d31to60: 50_00, d61to90: 0, over90: 0 });
  });

  it('splits exactly the balance owing, whatever the entries', () => {
    const entry = fc.record({ amountCents: fc.integer({ min: -50_000, max: 50_000 }), effectiveOn: fc.integer({ min: 0, max: 200 }).map((d) => new Date(Date.UTC(2026, 5, 1) + d * 86_400_000).toISOString().slice(0, 10)) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const balance = entries.reduce((sum, e) => sum + e.amountCents, 0);
        const aged = ageBalance(entries, '2026-12-31');
        expect(aged.d0to30 + aged.d31to60 + aged.d61to90 + aged.over90).toBe(Math.max(balance, 0));
      }),
    );
  });
});
