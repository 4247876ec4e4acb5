import { z } from 'zod';
import { StreamPolicy } from './stream-policy.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const CurriculumTopic = z.object({
  position: z.number().int(),
  title: z.string(),
  titleFr: z.string(),
  summary: z.string().nullable(),
  summaryFr: z.string().nullable(),
});
export type CurriculumTopic = z.infer<typeof CurriculumTopic>;

/** A program stream as staff see it: its names, its whole policy and its curriculum. */
export const ProgramStream = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameFr: z.string(),
  policy: StreamPolicy,
  retired: z.boolean(),
  version: z.number().int(),
  topics: z.array(CurriculumTopic),
});
export type ProgramStream = z.infer<typeof ProgramStream>;

export const CreateStreamInput = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,39}$/),
  name: text(200),
  nameFr: text(200),
  /** Settings left out take their defaults. */
  policy: StreamPolicy.default(StreamPolicy.parse({})),
});
export type CreateStreamInput = z.infer<typeof CreateStreamInput>;

/** Names, the whole policy and whether the stream is retired, saved against the version read. */
export const UpdateStreamInput = z.strictObject({
  name: text(200),
  nameFr: text(200),
  policy: StreamPolicy,
  retired: z.boolean().default(false),
  version: z.number().int().positive(),
});
export type UpdateStreamInput = z.infer<typeof UpdateStreamInput>;

/** The whole curriculum, in order (position is the index + 1). */
export const ReplaceCurriculumInput = z.strictObject({
  topics: z
    .array(z.strictObject({ title: text(200), titleFr: text(200), summary: text(2000).optional(), summaryFr: text(2000).optional() }))
    .min(1)
    .max(52),
  version: z.number().int().positive(),
});
export type ReplaceCurriculumInput = z.infer<typeof ReplaceCurriculumInput>;

export const Holiday = z.object({ day: z.iso.date(), name: z.string(), nameFr: z.string().nullable() });
export type Holiday = z.infer<typeof Holiday>;
export const SetHolidayInput = z.strictObject({ name: text(200), nameFr: text(200).optional() });
export type SetHolidayInput = z.infer<typeof SetHolidayInput>;
export const HolidayQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });
