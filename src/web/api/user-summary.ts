import { z } from 'zod/mini';

/** A staff account as `GET /users` and the account actions return it. */
export const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  preferredLocale: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.string()),
  hasSecondFactor: z.boolean(),
  lockedUntil: z.nullable(z.string()),
  createdAt: z.string(),
  /** Sent back with each change, so that two admins cannot overwrite each other unknowingly. */
  version: z.number(),
});

/** One staff account. */
export type UserSummary = z.infer<typeof userSummarySchema>;

/** `GET /users`. */
export const userListSchema = z.array(userSummarySchema);
