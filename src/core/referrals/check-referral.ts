import type { FieldIssue } from '../shared/app-error.js';
import { checkParticipantDetails } from '../participants/check-participant-details.js';
import { toE164 } from '../shared/normalize-contact.js';
import type { ReceiveReferralInput } from './referrals.schema.js';

/** A referral's values after checking: phone numbers in E.164, postal code formatted. */
export interface CheckedContact {
  participantPhone?: string | undefined;
  postalCode?: string | undefined;
  officerPhone?: string | undefined;
  partnerPhones: (string | undefined)[];
}

/**
 * The checks that need "today" or a parser, as field issues (each with a reason the message
 * names): a birth date that makes an adult or youth (12–110), no order date in the future, a
 * deadline after the order, phone numbers and a postal code that can exist.
 */
export function checkReferral(input: ReceiveReferralInput, today: string): { issues: FieldIssue[]; contact: CheckedContact } {
  const issues: FieldIssue[] = [];
  const problem = (path: string, reason: string) => issues.push({ path: `body.${path}`, code: 'custom', params: { reason } });
  const phone = (value: string | undefined, path: string) => {
    if (value === undefined) return undefined;
    const e164 = toE164(value);
    if (!e164) problem(path, 'phone');
    return e164;
  };
  const contact: CheckedContact = { partnerPhones: [] };
  const person = input.participant;
  if (!('existingId' in person)) {
    const found = checkParticipantDetails(person, today, 'body.participant');
    issues.push(...found.issues);
    contact.participantPhone = found.checked.phone;
    contact.postalCode = found.checked.postalCode;
  }
  const { orderDate, completeBy } = input.referral;
  if (orderDate && orderDate > today) problem('referral.orderDate', 'future_date');
  if (orderDate && completeBy && completeBy < orderDate) problem('referral.completeBy', 'before_order_date');
  contact.officerPhone = phone(input.referral.officer?.phone, 'referral.officer.phone');
  input.conditions.forEach((condition, index) => {
    if (condition.kind === 'no_contact' && !condition.withWhom) problem(`conditions.${index}.withWhom`, 'no_contact_with_whom');
  });
  contact.partnerPhones = input.partners.map((partner, index) => phone(partner.phone, `partners.${index}.phone`));
  return { issues, contact };
}
