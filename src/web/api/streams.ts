import { z } from 'zod/mini';

/**
 * A stream's policy: every setting, as the server keeps it. Kept open (a record of numbers,
 * booleans and codes) so that a setting added by a newer server is carried back unchanged.
 */
export const streamPolicySchema = z.record(z.string(), z.union([z.number(), z.boolean(), z.string()]));

/** A stream's policy. */
export type StreamPolicy = z.infer<typeof streamPolicySchema>;

/** One session topic of a stream's curriculum, in both languages. */
export const curriculumTopicSchema = z.object({
  position: z.number(),
  title: z.string(),
  titleFr: z.string(),
  summary: z.nullable(z.string()),
  summaryFr: z.nullable(z.string()),
});

/** A curriculum topic. */
export type CurriculumTopic = z.infer<typeof curriculumTopicSchema>;

/** A program stream: its names, its whole policy and its curriculum. */
export const programStreamSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameFr: z.string(),
  policy: streamPolicySchema,
  retired: z.boolean(),
  /** Sent back with each change (names, policy, curriculum). */
  version: z.number(),
  topics: z.array(curriculumTopicSchema),
});

/** A program stream. */
export type ProgramStream = z.infer<typeof programStreamSchema>;

/** `GET /streams`. */
export const programStreamListSchema = z.array(programStreamSchema);

/** A day the agency is closed: no session is scheduled on it. */
export const holidaySchema = z.object({ day: z.string(), name: z.string(), nameFr: z.nullable(z.string()) });

/** An agency holiday. */
export type Holiday = z.infer<typeof holidaySchema>;

/** `GET /holidays?year=…`. */
export const holidayListSchema = z.array(holidaySchema);
