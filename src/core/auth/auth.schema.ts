import { z } from 'zod';
import { maxPasswordLength } from '../users/password-policy.js';

export const SignInInput = z.strictObject({
  /** The agency's short name; optional when the installation presents one agency. */
  agency: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,62}$/).optional(),
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(maxPasswordLength),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** What a session may do next: finish signing in, or work. */
export const SessionStage = z.enum(['second_factor', 'enrol_second_factor', 'active']);
export type SessionStage = z.infer<typeof SessionStage>;

export const SignInResult = z.object({ stage: SessionStage });

export const SecondFactorInput = z.union([
  z.strictObject({ code: z.string().trim().regex(/^\d{6}$/) }),
  z.strictObject({ recoveryCode: z.string().trim().toLowerCase().regex(/^[a-z2-7]{4}-?[a-z2-7]{4}-?[a-z2-7]{4}$/) }),
]);
export type SecondFactorInput = z.infer<typeof SecondFactorInput>;

export const EnrolmentStart = z.object({
  otpauthUri: z.string(),
  /** The otpauth URI as an SVG QR code (data URL) for the authenticator app to scan. */
  qrCode: z.string(),
  /** The secret in base32, for typing into an app by hand. */
  secret: z.string(),
});

export const ConfirmEnrolmentInput = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/) });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

/** The signed-in staff member, as the web app needs it (permissions drive what it shows). */
export const SessionInfo = z.object({
  stage: SessionStage,
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string(), preferredLocale: z.enum(['en-CA', 'fr-CA']) }),
  /** The agency's time zone decides what "today" is in forms (a payment's day, a report's). */
  agency: z.object({ name: z.string(), nameFr: z.string().nullable(), timeZone: z.string() }),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  /** An auditor's grant in force: until when (null for everyone else, and for an auditor without one). */
  auditAccess: z.object({ endsAt: z.string() }).nullable(),
  csrfToken: z.string(),
  mfaRequired: z.boolean(),
  hasSecondFactor: z.boolean(),
  idleMinutes: z.number().int(),
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
