/**
 * How a cell is read: `text` as is (trimmed), `choice` lower-cased, `province` upper-cased,
 * `yes_no` as a boolean, `list` split on `;`, `ages` split on `;` into whole numbers.
 */
export type CsvCellKind = 'text' | 'choice' | 'province' | 'yes_no' | 'list' | 'ages';

interface ColumnSpec {
  /** Where the value goes in `ReceiveReferralInput` (dotted; `0` is the one condition or partner). */
  path: string;
  kind?: CsvCellKind;
  /** The column must be in the header (the schema needs its value on every row). */
  required?: boolean;
}

/**
 * The CSV columns of a referral import, in the documented order (docs/referral-import.md), and
 * where each lands in `ReceiveReferralInput`: one table both builds the input and maps a
 * problem's path back to the column a central intake service can correct.
 */
export const referralCsvColumns = {
  given_name: { path: 'participant.givenName', required: true },
  family_name: { path: 'participant.familyName', required: true },
  preferred_name: { path: 'participant.preferredName' },
  date_of_birth: { path: 'participant.dateOfBirth', required: true },
  gender: { path: 'participant.gender', kind: 'choice', required: true },
  group_gender: { path: 'participant.groupGender', kind: 'choice', required: true },
  pronouns: { path: 'participant.pronouns' },
  language: { path: 'participant.language', kind: 'choice', required: true },
  language_other: { path: 'participant.languageOther' },
  interpreter_needed: { path: 'participant.interpreterNeeded', kind: 'yes_no' },
  indigenous_identity: { path: 'participant.indigenousIdentity', kind: 'yes_no' },
  phone: { path: 'participant.phone' },
  email: { path: 'participant.email' },
  safe_to_leave_messages: { path: 'participant.safeToLeaveMessages', kind: 'yes_no' },
  street: { path: 'participant.address.street' },
  city: { path: 'participant.address.city' },
  province: { path: 'participant.address.province', kind: 'province' },
  postal_code: { path: 'participant.address.postalCode' },
  source: { path: 'referral.source', kind: 'choice', required: true },
  stream: { path: 'referral.stream', kind: 'choice', required: true },
  court_file_number: { path: 'referral.courtFileNumber' },
  court_location: { path: 'referral.courtLocation' },
  charges: { path: 'referral.charges', kind: 'list' },
  order_date: { path: 'referral.orderDate' },
  complete_by: { path: 'referral.completeBy' },
  officer_name: { path: 'referral.officer.name' },
  officer_office: { path: 'referral.officer.office' },
  officer_phone: { path: 'referral.officer.phone' },
  officer_email: { path: 'referral.officer.email' },
  no_contact_with: { path: 'conditions.0.withWhom' },
  no_contact_exceptions: { path: 'conditions.0.exceptions' },
  no_contact_expires_on: { path: 'conditions.0.expiresOn' },
  partner_name: { path: 'partners.0.fullName' },
  partner_relationship: { path: 'partners.0.relationship', kind: 'choice' },
  partner_phone: { path: 'partners.0.phone' },
  partner_address: { path: 'partners.0.address' },
  partner_language: { path: 'partners.0.language', kind: 'choice' },
  partner_children_ages: { path: 'partners.0.childrenAges', kind: 'ages' },
} as const satisfies Record<string, ColumnSpec>;

export type ReferralCsvColumn = keyof typeof referralCsvColumns;

/** The column names, in order. */
export const referralCsvColumnNames = Object.keys(referralCsvColumns) as ReferralCsvColumn[];

/** The column a problem's path (zod's `['partners', 0, 'phone']` or check-referral's `body.partners.0.phone`) came from. */
export function columnForPath(path: readonly PropertyKey[] | string): ReferralCsvColumn | undefined {
  const dotted = (typeof path === 'string' ? path.replace(/^body\./, '') : path.map(String).join('.')) + '.';
  let best: ReferralCsvColumn | undefined;
  for (const column of referralCsvColumnNames) {
    const prefix = `${referralCsvColumns[column].path}.`;
    // The longest matching path wins, so `referral.charges.3` is `charges`.
    if (dotted.startsWith(prefix) && (!best || prefix.length > referralCsvColumns[best].path.length + 1)) best = column;
  }
  return best;
}
