import { z } from 'zod';

/**
 * A program stream's policy: every number the provincial standards leave to the region, with
 * the defaults the seeds describe. Stored as JSON on the stream; parsing fills in any setting a
 * stored policy lacks, so a new setting never needs a data migration.
 */
export const StreamPolicy = z.strictObject({
  /** Credited sessions needed to complete (court-ordered participants attend all 12). */
  sessionsRequired: z.number().int().min(1).max(52).default(12),
  /** Credit one attended session earns (a 4-hour session may count as 2). */
  sessionCredit: z.number().int().min(1).max(4).default(1),
  cadence: z.enum(['weekly', 'twice_weekly']).default('weekly'),
  sessionMinutes: z.number().int().min(30).max(480).default(120),
  groupSizeMin: z.number().int().min(1).max(40).default(6),
  groupSizeMax: z.number().int().min(1).max(40).default(14),
  /** Whose group it is: groups are separated by gender; "any" for one-to-one or mixed settings. */
  groupGender: z.enum(['men', 'women', 'any']).default('men'),
  language: z.enum(['en', 'fr']).default('en'),
  delivery: z.enum(['in_person', 'phone', 'virtual']).default('in_person'),
  /** The Indigenous stream (IPVP), designed and delivered by Indigenous people. */
  indigenous: z.boolean().default(false),
  oneToOne: z.boolean().default(false),
  /** Unexcused absences (lates and refused entries included) that put a case in pending discharge. */
  pendingDischargeAtUnexcused: z.number().int().min(1).max(12).default(2),
  /** Excused absences that put a case in pending discharge (the program cannot run without attendance). */
  pendingDischargeAtExcused: z.number().int().min(1).max(12).default(4),
  /** Whether every absence, excused or not, must be made up before completion. */
  absencesMustBeMadeUp: z.boolean().default(true),
  /** Minutes after the start from which arriving counts as late. */
  lateAfterMinutes: z.number().int().min(1).max(120).default(10),
  /** This many lates count as one unexcused absence (0: lateness is never counted). */
  latesPerUnexcusedAbsence: z.number().int().min(0).max(10).default(2),
  /** Arriving this many minutes late or more: entry is refused (an unexcused absence). */
  refuseEntryAfterMinutes: z.number().int().min(1).max(240).default(30),
  makeUpsAllowed: z.boolean().default(true),
  homeworkRequired: z.boolean().default(false),
  feesUpToDateForCompletion: z.boolean().default(false),
  /** Private-pay price of one session, in cents (CAD). */
  privateSessionPriceCents: z.number().int().min(0).max(1_000_000).default(12_500),
  /** Partner notice due times: an absence within N business days; a threat the same day. */
  absenceNoticeBusinessDays: z.number().int().min(0).max(10).default(1),
  threatNoticeHours: z.number().int().min(1).max(24).default(4),
});
export type StreamPolicy = z.infer<typeof StreamPolicy>;
export type StreamPolicyInput = z.input<typeof StreamPolicy>;

/** The policy with every default: what a new stream starts from. */
export const defaultStreamPolicy: StreamPolicy = StreamPolicy.parse({});

/** Reads a stored policy, filling in settings added since it was saved. */
export function readStreamPolicy(stored: unknown): StreamPolicy {
  return StreamPolicy.parse(stored ?? {});
}
