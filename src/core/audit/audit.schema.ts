import { z } from 'zod';
import { recordSubjectTypes } from './audit-events.js';

/** "Who viewed this record": the record, by kind and id. */
export const FindRecordViewsInput = z.strictObject({
  subjectType: z.enum(recordSubjectTypes),
  subjectId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/),
});
export type FindRecordViewsInput = z.infer<typeof FindRecordViewsInput>;

/** One view of a record: when, and by whom (null for the system or a removed account). */
export const RecordView = z.object({
  viewedAt: z.iso.datetime(),
  userId: z.uuid().nullable(),
  displayName: z.string().nullable(),
});
export type RecordView = z.infer<typeof RecordView>;

/** The views of a record, newest first, at most `recordViewsLimit`. */
export const RecordViews = z.array(RecordView);
export type RecordViews = z.infer<typeof RecordViews>;

/** At most this many views are listed (the newest). */
export const recordViewsLimit = 500;
