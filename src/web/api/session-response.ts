import { z } from 'zod/mini';

/** Where a session is in signing in: finish the second factor, set one up, or working. */
export const sessionStageSchema = z.enum(['second_factor', 'enrol_second_factor', 'active']);

/** A session's stage. */
export type SessionStage = z.infer<typeof sessionStageSchema>;

/** `POST /auth/sign-in`, `/auth/second-factor`: what the session may do next. */
export const signInResultSchema = z.object({ stage: sessionStageSchema });

/**
 * Shape of `GET /api/v1/auth/session`. Roles and permissions stay open strings so that one
 * added by a newer server does not break the app; it is simply not offered anything new.
 */
export const sessionResponseSchema = z.object({
  stage: sessionStageSchema,
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    preferredLocale: z.string(),
  }),
  agency: z.object({ name: z.string(), nameFr: z.nullish(z.string()), timeZone: z.string() }),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  /** A Ministry auditor's grant in force: until when. */
  auditAccess: z.nullish(z.object({ endsAt: z.string() })),
  csrfToken: z.string(),
  mfaRequired: z.boolean(),
  hasSecondFactor: z.boolean(),
  idleMinutes: z.number(),
  expiresAt: z.string(),
});

/** The signed-in staff member, the agency, and what they may do. */
export type Session = z.infer<typeof sessionResponseSchema>;
