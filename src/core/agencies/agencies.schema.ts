import { z } from 'zod';

/** True when the runtime knows the IANA time zone (Ontario has sites in two zones). */
export function isIanaTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

export const SiteSummary = z.object({
  name: z.string(),
  nameFr: z.string().nullable(),
  timeZone: z.string().refine(isIanaTimeZone, { params: { reason: 'time_zone' } }),
});
export type SiteSummary = z.infer<typeof SiteSummary>;

/** What may be shown about an agency before anyone signs in: its names and sites, nothing else. */
export const AgencySummary = z.object({
  name: z.string(),
  nameFr: z.string().nullable(),
  sites: z.array(SiteSummary),
});
export type AgencySummary = z.infer<typeof AgencySummary>;

/** The Partner Contact program's clocks and rules (issue #7). */
export const partnerContactSettings = z.object({
  /** First contact with a new partner is due this many days after they are passed on. */
  partnerFirstContactDays: z.number().int().min(1).max(60),
  /** Contacts to make with each partner who wishes contact, within … */
  partnerMinContacts: z.number().int().min(1).max(20),
  /** … this many weeks from the participant's enrolment (the 12 weeks of the program). */
  partnerContactWeeks: z.number().int().min(1).max(52),
  /** A contact preference confirmed longer ago than this counts as unconfirmed. */
  partnerPreferenceMaxAgeDays: z.number().int().min(7).max(730),
  /** After this many failed phone attempts, a letter is proposed (only to an address confirmed safe). */
  partnerLetterAfterAttempts: z.number().int().min(1).max(10),
});
export type PartnerContactSettings = z.infer<typeof partnerContactSettings>;

/** The agency's settings: security, and the program clocks that are agency-wide. */
export const AgencySettings = z.object({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number().int().min(5).max(240),
  sessionAbsoluteHours: z.number().int().min(1).max(24),
  /** The program's clock from referral to intake (the worklist shows what is due and overdue). */
  intakeDueDays: z.number().int().min(1).max(120),
  ...partnerContactSettings.shape,
  /** The agency's day is read in this zone (its ledger, contact clocks, deadlines). */
  timeZone: z.string(),
  version: z.number().int(),
});
export type AgencySettings = z.infer<typeof AgencySettings>;

export const UpdateSettingsInput = z.strictObject({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number().int().min(5).max(240),
  sessionAbsoluteHours: z.number().int().min(1).max(24),
  intakeDueDays: z.number().int().min(1).max(120),
  /** Partner Contact settings may be left out: the saved values stay. */
  ...partnerContactSettings.partial().shape,
  /** Left out: the agency keeps its zone. */
  timeZone: z.string().refine(isIanaTimeZone, { params: { reason: 'time_zone' } }).optional(),
  version: z.number().int().min(0),
});
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsInput>;
