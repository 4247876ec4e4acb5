import type { FieldIssue } from '../shared/app-error.js';
import { toE164 } from '../shared/normalize-contact.js';
import type { ResourcePhone } from './resource-record.js';
import type { ResourcePhoneInput } from './resources.schema.js';

/** Short numbers (211, 988) and text short codes (45645, 686868) are dialled as they are. */
const shortNumber = /^[0-9*#]{3,6}$/;

/**
 * A resource's numbers as the record keeps them: ordinary numbers in E.164 (read as North
 * American when they have no country code), short numbers and text codes as digits. A number
 * that cannot be either is a field issue at `<prefix>.N.dial` whose reason says what to write.
 */
export function normalizeResourcePhones(phones: readonly ResourcePhoneInput[], prefix: string): { phones: ResourcePhone[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const normalized = phones.map((phone, index) => {
    const problem = (field: 'dial' | 'keyword', reason: string) => issues.push({ path: `${prefix}.${index}.${field}`, code: 'custom', params: { reason } });
    const dial = normalizeDial(phone.kind, phone.dial);
    if ('reason' in dial) problem('dial', dial.reason);
    if (phone.keyword !== undefined && phone.kind !== 'text') problem('keyword', 'resource_keyword_text_only');
    return { ...phone, dial: 'dial' in dial ? dial.dial : phone.dial };
  });
  return { phones: normalized, issues };
}

/** One number: `{ dial }` when it can be dialled, otherwise the reason it cannot. */
export function normalizeDial(kind: ResourcePhone['kind'], written: string): { dial: string } | { reason: string } {
  const compact = written.replace(/[\s().\-–]/g, '');
  if (/[A-Za-z]/.test(written.replace(/\b(ext|x|poste)\b.*$/i, ''))) return { reason: 'resource_phone_letters' };
  if (shortNumber.test(compact)) return kind === 'fax' ? { reason: 'resource_fax' } : { dial: compact };
  const e164 = toE164(written);
  // libphonenumber accepts a 7-digit local number as "possible": without its area code nobody
  // outside that area could dial it, so North American numbers need all ten digits.
  if (e164 && (!e164.startsWith('+1') || e164.length === 12)) return { dial: e164 };
  return { reason: kind === 'text' ? 'resource_text_number' : kind === 'fax' ? 'resource_fax' : 'resource_phone' };
}
