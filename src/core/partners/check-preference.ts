import { z } from 'zod';
import type { FieldIssue } from '../shared/app-error.js';
import { toE164 } from '../shared/normalize-contact.js';
import type { PreferenceInput } from './partners.schema.js';
import type { PreferenceChannel } from './partners.tables.js';

/** A preference as it is stored: the value normalised (E.164 for numbers), dates consistent. */
export interface CheckedPreference {
  channel: PreferenceChannel;
  value: string;
  safeTimes: string | null;
  safe: boolean | null;
  voicemailOk: boolean;
  confirmedOn: string | null;
}

const email = z.email();

/**
 * Checks a preference a worker typed, as field issues under `body.` (each code has an en/fr
 * message): a phone or text number that can exist (stored in E.164), an email address, an
 * address that says something; a voicemail only on a phone; the day the partner said whether
 * it is safe whenever they said it, never in the future. "Not asked yet" keeps no date.
 */
export function checkPreference(input: PreferenceInput, today: string): { issues: FieldIssue[]; checked: CheckedPreference } {
  const issues: FieldIssue[] = [];
  const problem = (path: string, code: string) => issues.push({ path: `body.${path}`, code: `partners.${code}` });
  let value = input.value.trim();
  if (input.channel === 'phone' || input.channel === 'text') {
    const e164 = toE164(value);
    if (e164) value = e164;
    else problem('value', 'phone');
  } else if (input.channel === 'email') {
    if (!email.safeParse(value).success) problem('value', 'email');
  } else if (value.length === 0) {
    problem('value', 'address');
  }
  if (input.voicemailOk && input.channel !== 'phone') problem('voicemailOk', 'voicemail_phone_only');
  const confirmedOn = input.safe === null ? null : (input.confirmedOn ?? null);
  if (input.safe !== null && !confirmedOn) problem('confirmedOn', 'confirmed_on_required');
  if (confirmedOn && confirmedOn > today) problem('confirmedOn', 'future_date');
  const safeTimes = input.safeTimes?.trim() || null;
  return { issues, checked: { channel: input.channel, value, safeTimes, safe: input.safe, voicemailOk: input.channel === 'phone' && input.voicemailOk, confirmedOn } };
}
