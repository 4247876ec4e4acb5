import { z } from 'zod/mini';

const person = z.nullable(z.object({ id: z.string(), name: z.string() }));

/** A plan's content as the server keeps it (every part present; empty text when not filled in). */
export const safetyPlanContentSchema = z.object({
  trustedPeople: z.array(z.object({ name: z.string(), contact: z.string(), help: z.string() })),
  safePlace: z.string(),
  importantItems: z.object({ documents: z.string(), keys: z.string(), money: z.string(), medication: z.string(), other: z.string() }),
  workplaceSupports: z.string(),
  codeWord: z.string(),
  emergencyNumbers: z.array(z.object({ label: z.string(), number: z.string() })),
  children: z.object({ plan: z.string(), pickup: z.string() }),
  other: z.string(),
});
export type SafetyPlanContent = z.infer<typeof safetyPlanContentSchema>;

export const safetyPlanVersionItemSchema = z.object({ version: z.number(), wanted: z.boolean(), savedAt: z.string(), savedBy: person });
export type SafetyPlanVersionItem = z.infer<typeof safetyPlanVersionItemSchema>;

export const safetyPlanVersionSchema = z.object({ version: z.number(), wanted: z.boolean(), savedAt: z.string(), savedBy: person, content: z.nullable(safetyPlanContentSchema) });
export type SafetyPlanVersion = z.infer<typeof safetyPlanVersionSchema>;

/** `GET /partners/:id/safety-plan`: the current version (null: none yet) and every version, newest first. */
export const safetyPlanSchema = z.object({ partnerId: z.string(), current: z.nullable(safetyPlanVersionSchema), versions: z.array(safetyPlanVersionItemSchema) });
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

/** An empty plan, for the first save. */
export const emptySafetyPlanContent: SafetyPlanContent = {
  trustedPeople: [],
  safePlace: '',
  importantItems: { documents: '', keys: '', money: '', medication: '', other: '' },
  workplaceSupports: '',
  codeWord: '',
  emergencyNumbers: [],
  children: { plan: '', pickup: '' },
  other: '',
};
