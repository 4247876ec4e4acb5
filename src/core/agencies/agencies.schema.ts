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
  timeZone: z.string().refine(isIanaTimeZone, { message: 'agency.time_zone_unknown' }),
});
export type SiteSummary = z.infer<typeof SiteSummary>;

/** What may be shown about an agency before anyone signs in: its names and sites, nothing else. */
export const AgencySummary = z.object({
  name: z.string(),
  nameFr: z.string().nullable(),
  sites: z.array(SiteSummary),
});
export type AgencySummary = z.infer<typeof AgencySummary>;

/** The agency's settings: security, and the program clocks that are agency-wide. */
export const AgencySettings = z.object({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number().int().min(5).max(240),
  sessionAbsoluteHours: z.number().int().min(1).max(24),
  /** The program's clock from referral to intake (the worklist shows what is due and overdue). */
  intakeDueDays: z.number().int().min(1).max(120),
  version: z.number().int(),
});
export type AgencySettings = z.infer<typeof AgencySettings>;

export const UpdateSettingsInput = z.strictObject({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number().int().min(5).max(240),
  sessionAbsoluteHours: z.number().int().min(1).max(24),
  intakeDueDays: z.number().int().min(1).max(120),
  version: z.number().int().min(0),
});
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsInput>;
