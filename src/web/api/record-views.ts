import { z } from 'zod/mini';

/** The kinds of record whose views are logged, as `GET /audit/record-views` accepts them. */
export const recordSubjectTypes = [
  'participant',
  'partner',
  'referral',
  'document',
  'contact_note',
  'session_note',
  'safety_plan',
  'user',
  'audit_log',
] as const;

/** A kind of record whose views are logged. */
export type RecordSubjectType = (typeof recordSubjectTypes)[number];

/** `GET /audit/record-views`: newest first; no name for the system or a removed account. */
export const recordViewsSchema = z.array(
  z.object({
    viewedAt: z.string(),
    userId: z.nullable(z.string()),
    displayName: z.nullable(z.string()),
  }),
);

/** Who viewed a record, and when. */
export type RecordViews = z.infer<typeof recordViewsSchema>;
