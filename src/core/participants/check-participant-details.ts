import type { FieldIssue } from '../shared/app-error.js';
import { ageOn, toE164, toPostalCode } from '../shared/normalize-contact.js';
import type { ParticipantDetails } from './participants.schema.js';

/** A person's details after checking: phone in E.164, postal code formatted. */
export interface CheckedParticipantDetails {
  phone?: string | undefined;
  postalCode?: string | undefined;
}

/**
 * The checks on a person's details that need "today" or a parser, as field issues under
 * `prefix` (each with a reason the message names): a birth date that makes an adult or youth
 * (12–110), a phone number and a postal code that can exist, the other language named.
 */
export function checkParticipantDetails(person: ParticipantDetails, today: string, prefix: string): { issues: FieldIssue[]; checked: CheckedParticipantDetails } {
  const issues: FieldIssue[] = [];
  const problem = (path: string, reason: string) => issues.push({ path: `${prefix}.${path}`, code: 'custom', params: { reason } });
  const checked: CheckedParticipantDetails = {};
  const age = person.dateOfBirth < today ? ageOn(person.dateOfBirth, today) : -1;
  if (age < 12 || age > 110) problem('dateOfBirth', 'birth_date_range');
  if (person.phone !== undefined) {
    checked.phone = toE164(person.phone);
    if (!checked.phone) problem('phone', 'phone');
  }
  if (person.address) {
    checked.postalCode = toPostalCode(person.address.postalCode);
    if (!checked.postalCode) problem('address.postalCode', 'postal_code');
  }
  if (person.language === 'other' && !person.languageOther) problem('languageOther', 'language_other_required');
  return { issues, checked };
}
