import { describe, expect, it } from 'vitest';
import { checkReferralRow } from './check-referral-row.js';
import { columnForPath } from './referral-csv-columns.js';

const today = '2026-11-21';
const valid = {
  given_name: 'René', family_name: 'Tremblay', date_of_birth: '1988-03-02', gender: 'Man', group_gender: 'men', language: 'fr',
  source: 'central_intake', stream: 'probation_order', province: 'on', street: '12 rue Principale', city: 'Ottawa', postal_code: 'k1a0b1',
  interpreter_needed: 'Oui', charges: 'assault;  mischief ;', no_contact_with: 'the complainant', partner_name: 'Sylvie Partner', partner_relationship: 'victim', partner_children_ages: '6; 15',
};
const problemsOf = (cells: Record<string, string>) => checkReferralRow(4, cells, 'csv-0123456789abcdef-4', today).problems.map(({ column, code, params }) => ({ column, code, ...params }));

describe('checking one CSV row', () => {
  it('builds the referral a form would send: choices lower-cased, yes/no read, lists split on ;', () => {
    const { input, problems } = checkReferralRow(4, valid, 'csv-0123456789abcdef-4', today);
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      idempotencyKey: 'csv-0123456789abcdef-4',
      participant: { gender: 'man', interpreterNeeded: true, safeToLeaveMessages: false, address: { province: 'ON', postalCode: 'k1a0b1' } },
      referral: { source: 'central_intake', charges: ['assault', 'mischief'] },
      conditions: [{ kind: 'no_contact', withWhom: 'the complainant' }],
      partners: [{ fullName: 'Sylvie Partner', relationship: 'victim', childrenAges: [6, 15] }],
    });
  });

  it.each([
    ['an empty required cell', { given_name: '' }, { column: 'given_name', code: 'required' }],
    ['a value outside the list', { gender: 'male' }, { column: 'gender', code: 'csv_choice', values: 'man, woman, non_binary, two_spirit, another' }],
    ['a yes/no cell that is neither', { interpreter_needed: 'maybe' }, { column: 'interpreter_needed', code: 'csv_yes_no' }],
    ['ages that are not whole numbers', { partner_children_ages: '6;four' }, { column: 'partner_children_ages', code: 'csv_whole_numbers' }],
    ['a child older than 25', { partner_children_ages: '30' }, { column: 'partner_children_ages', code: 'too_big', origin: 'number', maximum: 25 }],
    ['a date not as YYYY-MM-DD', { date_of_birth: '02/03/1988' }, { column: 'date_of_birth', code: 'invalid_format', origin: 'string', format: 'date' }],
    ['a bad officer email', { officer_email: 'nope' }, { column: 'officer_email', code: 'invalid_format', origin: 'string', format: 'email' }],
    ['a partner phone without a name', { partner_name: '', partner_phone: '613 555 0199' }, { column: 'partner_name', code: 'required' }],
    ['an address without a city', { city: '' }, { column: 'city', code: 'required' }],
    ['an order date in the future', { order_date: '2026-12-01' }, { column: 'order_date', code: 'custom', reason: 'future_date' }],
    ['a child', { date_of_birth: '2020-01-01' }, { column: 'date_of_birth', code: 'custom', reason: 'birth_date_range' }],
    ['an impossible partner phone', { partner_phone: 'call me' }, { column: 'partner_phone', code: 'custom', reason: 'phone' }],
    ['no-contact exceptions without with whom', { no_contact_with: '', no_contact_exceptions: 'through counsel' }, { column: 'no_contact_with', code: 'custom', reason: 'no_contact_with_whom' }],
    ['language other without saying which', { language: 'other' }, { column: 'language_other', code: 'custom', reason: 'language_other_required' }],
  ])('names the column for %s', (_, change, problem) => {
    expect(problemsOf({ ...valid, ...change })).toEqual([problem]);
  });

  it.each([
    [['participant', 'address', 'postalCode'], 'postal_code'],
    ['body.referral.officer.phone', 'officer_phone'],
    [['referral', 'charges', 3], 'charges'],
    ['body.conditions.0.withWhom', 'no_contact_with'],
    [['partners', 0, 'childrenAges', 1], 'partner_children_ages'],
    [['participant'], undefined],
  ])('maps the path %j to the column %s', (path, column) => {
    expect(columnForPath(path)).toBe(column);
  });
});
