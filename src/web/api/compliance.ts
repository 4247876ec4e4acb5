import { z } from 'zod/mini';

export const clockIds = ['referral_to_intake', 'first_partner_contact', 'minimum_partner_contacts', 'partner_notices', 'report_sent', 'report_acknowledged', 'group_size'] as const;
export type ClockId = (typeof clockIds)[number];
export const itemStatuses = ['overdue', 'met_late', 'met_on_time', 'pending'] as const;

const count = z.union([z.number(), z.literal('<5')]);
const clockFigures = z.object({ clock: z.enum(clockIds), inScope: count, metOnTime: count, metLate: count, overdue: count, pending: count, percentMet: z.nullable(z.number()) });
export type ClockFigures = z.infer<typeof clockFigures>;

/** `GET /compliance?from=&to=`: each clock's figures (counts of 1 to 4 read `<5` for an auditor). */
export const complianceSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  suppressed: z.boolean(),
  clocks: z.array(clockFigures),
  generatedAt: z.string(),
});
export type Compliance = z.infer<typeof complianceSchema>;

const subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), id: z.string(), name: z.string(), fileNumber: z.nullable(z.string()) }),
  z.object({ kind: z.literal('group'), id: z.string(), name: z.string() }),
  z.object({ kind: z.literal('partner'), id: z.string() }),
  z.object({ kind: z.literal('anonymous') }),
]);
const item = z.object({
  subject,
  status: z.enum(itemStatuses),
  dueOn: z.string(),
  metOn: z.nullable(z.string()),
  daysLate: z.nullable(z.number()),
  groupSize: z.nullable(z.object({ enrolled: z.number(), min: z.number(), max: z.number() })),
});
export type ComplianceItem = z.infer<typeof item>;

/** `GET /compliance/:clock?from=&to=`: the items behind a clock, overdue first. */
export const complianceItemsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  clock: z.enum(clockIds),
  items: z.array(item),
  generatedAt: z.string(),
});
export type ComplianceItems = z.infer<typeof complianceItemsSchema>;
