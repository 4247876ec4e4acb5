import { z } from 'zod/mini';

/** `GET /settings` and `PUT /settings`; version 0 means the defaults, never saved. */
export const agencySettingsSchema = z.object({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number(),
  sessionAbsoluteHours: z.number(),
  /** Intake is due within this many days of the referral (the worklist's clock). */
  intakeDueDays: z.number(),
  /** Partner Contact: first contact due this many days after a partner is passed on (or the participant's enrolment). */
  partnerFirstContactDays: z.number(),
  /** Partner Contact: contacts to make with each partner who wishes contact, within … */
  partnerMinContacts: z.number(),
  /** … this many weeks from the participant's enrolment. */
  partnerContactWeeks: z.number(),
  /** Partner Contact: a contact preference confirmed longer ago than this counts as unconfirmed. */
  partnerPreferenceMaxAgeDays: z.number(),
  /** Partner Contact: a letter is proposed after this many failed phone attempts (only to an address confirmed safe). */
  partnerLetterAfterAttempts: z.number(),
  /** The agency's time zone: what "today" is for its ledger, contacts and deadlines. */
  timeZone: z.string(),
  version: z.number(),
});

/** The agency's sign-in settings, intake clock and Partner Contact clocks. */
export type AgencySettings = z.infer<typeof agencySettingsSchema>;
