import { z } from 'zod/mini';

export const warningSignKinds = ['behaviour', 'physical', 'thoughts'] as const;
export const actionStatuses = ['planned', 'done'] as const;

/** `GET /participants/:id/workbook`: the three lists, in order, and the version to save against. */
export const workbookSchema = z.object({
  participantId: z.string(),
  relationshipValues: z.array(z.object({ text: z.string() })),
  warningSigns: z.array(z.object({ kind: z.enum(warningSignKinds), text: z.string() })),
  accountabilityActions: z.array(z.object({ text: z.string(), status: z.enum(actionStatuses) })),
  version: z.number(),
  updatedAt: z.nullable(z.string()),
  updatedBy: z.nullable(z.object({ id: z.string(), name: z.string() })),
});
export type Workbook = z.infer<typeof workbookSchema>;
