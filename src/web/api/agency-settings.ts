import { z } from 'zod/mini';

/** `GET /settings` and `PUT /settings`; version 0 means the defaults, never saved. */
export const agencySettingsSchema = z.object({
  mfaRequired: z.boolean(),
  sessionIdleMinutes: z.number(),
  sessionAbsoluteHours: z.number(),
  version: z.number(),
});

/** The agency's sign-in settings. */
export type AgencySettings = z.infer<typeof agencySettingsSchema>;
