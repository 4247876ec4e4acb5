import { z } from 'zod/mini';
import { sessionStageSchema } from './session-response';

/** `POST /auth/enrolment`: the new authenticator secret, as a QR code and as text. */
export const enrolmentStartSchema = z.object({
  otpauthUri: z.string(),
  /** An SVG data URL. */
  qrCode: z.string(),
  /** Base32, for typing into an app by hand. */
  secret: z.string(),
});

/** What an authenticator app needs to be set up. */
export type EnrolmentStart = z.infer<typeof enrolmentStartSchema>;

/** `POST /auth/enrolment/confirm`: the recovery codes, shown this once. */
export const enrolmentConfirmSchema = z.object({
  recoveryCodes: z.array(z.string()),
  stage: sessionStageSchema,
});
