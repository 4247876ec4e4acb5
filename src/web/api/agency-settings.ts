import { z } from 'zod/mini';

/** `GET /settings` and `PUT /settings`; version 0 means the defaults, never saved. */
export const agencySettingsSchema = z.object({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number(),
  sessionAbsoluteHours: z.number(),
  /** Intake is due within this many days of the referral (the worklist's clock). */
  intakeDueDays: z.number(),
  version: z.number(),
});

/** The agency's sign-in settings and intake clock. */
export type AgencySettings = z.infer<typeof agencySettingsSchema>;
