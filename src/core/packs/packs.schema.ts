import { z } from 'zod';

/** A PDF for the person asking: its bytes and a file name that names no one. */
export interface PdfFile {
  bytes: Buffer;
  fileName: string;
}

/** Which stream's topics and rules the participant pack explains; neither: the default ones. */
export const ParticipantInformationQuery = z.strictObject({
  streamId: z.uuid().optional(),
  /** The stream of this participant's placement (the default one when not placed). Never printed. */
  participantId: z.uuid().optional(),
});
export type ParticipantInformationQuery = z.infer<typeof ParticipantInformationQuery>;

/** The resources a worker chose, in the order to print them. */
export const ResourceListInput = z.strictObject({
  lang: z.enum(['en', 'fr']),
  resourceIds: z.array(z.uuid()).min(1).max(40),
  /** Print confidential street addresses (shelters): only when the worker says so. */
  includeConfidentialAddresses: z.boolean().default(false),
});
export type ResourceListInput = z.infer<typeof ResourceListInput>;
