import { z } from 'zod';

const words = (max: number) => z.string().trim().max(max);
/** A free-text part of the plan: empty when the partner has nothing to say there. */
const part = words(2000).default('');

export const TrustedPerson = z.strictObject({
  name: words(120).min(1),
  /** How to reach them (a number, "next door"). */
  contact: words(200).default(''),
  /** What they will do (keep a bag, call the police, take the children). */
  help: words(500).default(''),
});
export type TrustedPerson = z.infer<typeof TrustedPerson>;

export const EmergencyNumber = z.strictObject({ label: words(120).min(1), number: words(40).min(1) });
export type EmergencyNumber = z.infer<typeof EmergencyNumber>;

/** Where important things are kept, ready to leave in a hurry. */
export const ImportantItems = z.strictObject({
  documents: part,
  keys: part,
  money: part,
  medication: part,
  other: part,
});
export type ImportantItems = z.infer<typeof ImportantItems>;

export const ChildrenPlan = z.strictObject({
  /** What the children know to do, where they go, who they call. */
  plan: part,
  /** Who may pick them up at school or daycare, and what the school knows. */
  pickup: part,
});
export type ChildrenPlan = z.infer<typeof ChildrenPlan>;

/** The plan's content, as the partner and the worker wrote it (stored encrypted, as JSON). */
export const SafetyPlanContent = z.strictObject({
  trustedPeople: z.array(TrustedPerson).max(12).default([]),
  safePlace: part,
  importantItems: ImportantItems.default({ documents: '', keys: '', money: '', medication: '', other: '' }),
  workplaceSupports: part,
  codeWord: words(100).default(''),
  emergencyNumbers: z.array(EmergencyNumber).max(15).default([]),
  children: ChildrenPlan.default({ plan: '', pickup: '' }),
  other: part,
});
export type SafetyPlanContent = z.infer<typeof SafetyPlanContent>;

/**
 * A save: a new version of the plan, against the version read (0 when there is none). `wanted:
 * false` records that the partner does not want a plan (no content); the partner decides.
 */
export const SaveSafetyPlanInput = z.strictObject({
  wanted: z.boolean(),
  content: SafetyPlanContent.optional(),
  baseVersion: z.number().int().min(0),
});
export type SaveSafetyPlanInput = z.infer<typeof SaveSafetyPlanInput>;

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

/** One saved version, without its content (the history). */
export const SafetyPlanVersionItem = z.object({ version: z.number().int().min(1), wanted: z.boolean(), savedAt: z.iso.datetime(), savedBy: person });
export type SafetyPlanVersionItem = z.infer<typeof SafetyPlanVersionItem>;

/** One version with its content (null when the partner did not want a plan). */
export const SafetyPlanVersion = SafetyPlanVersionItem.extend({ content: SafetyPlanContent.nullable() });
export type SafetyPlanVersion = z.infer<typeof SafetyPlanVersion>;

/** A partner's safety plan: the current version (null: none yet) and every version, newest first. */
export const SafetyPlan = z.object({ partnerId: z.uuid(), current: SafetyPlanVersion.nullable(), versions: z.array(SafetyPlanVersionItem) });
export type SafetyPlan = z.infer<typeof SafetyPlan>;

export const SafetyPlanPdfQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });
export type SafetyPlanPdfQuery = z.infer<typeof SafetyPlanPdfQuery>;
