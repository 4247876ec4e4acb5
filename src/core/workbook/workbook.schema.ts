import { z } from 'zod';
import { accountabilityActionStatuses, warningSignKinds } from './workbook.tables.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const RelationshipValueInput = z.strictObject({ text: text(200) });
export const WarningSignInput = z.strictObject({ kind: z.enum(warningSignKinds), text: text(200) });
export const AccountabilityActionInput = z.strictObject({ text: text(500), status: z.enum(accountabilityActionStatuses) });

/**
 * The whole workbook, each list in its order, saved against the version read (0: the
 * participant has no workbook yet). A stale version is refused (409), never merged.
 */
export const ReplaceWorkbookInput = z.strictObject({
  relationshipValues: z.array(RelationshipValueInput).max(20),
  warningSigns: z.array(WarningSignInput).max(40),
  accountabilityActions: z.array(AccountabilityActionInput).max(30),
  version: z.number().int().min(0),
});
export type ReplaceWorkbookInput = z.infer<typeof ReplaceWorkbookInput>;

/** When an entry was last written and by whom (kept while the entry is saved unchanged). */
const stamp = { updatedAt: z.iso.datetime(), updatedBy: z.uuid().nullable() };

/** A participant's workbook as staff see it with the participant. */
export const Workbook = z.object({
  participantId: z.uuid(),
  relationshipValues: z.array(z.object({ text: z.string(), ...stamp })),
  warningSigns: z.array(z.object({ kind: z.enum(warningSignKinds), text: z.string(), ...stamp })),
  accountabilityActions: z.array(z.object({ text: z.string(), status: z.enum(accountabilityActionStatuses), ...stamp })),
  /** 0 until the first save. */
  version: z.number().int().min(0),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type Workbook = z.infer<typeof Workbook>;
