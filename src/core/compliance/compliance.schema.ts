import { z } from 'zod';
import { StatisticsQuery } from '../statistics/statistics.schema.js';

/** The clocks the programs run on, in the order the dashboard shows them (defined in compliance-clocks.ts). */
export const clockIds = ['referral_to_intake', 'first_partner_contact', 'minimum_partner_contacts', 'partner_notices', 'report_sent', 'report_acknowledged', 'group_size'] as const;
export type ClockId = (typeof clockIds)[number];

/** Where an item stands: stopped by its due time, stopped after it, still open past it, open and not yet due. */
export const itemStatuses = ['overdue', 'met_late', 'met_on_time', 'pending'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `GET /compliance?from=&to=`: the statistics' period (default the current quarter, same checks). */
export const ComplianceQuery = StatisticsQuery;
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

/** A count, or `<5` when it is 1 to 4 and the reader is outside the agency (a Ministry auditor). */
const count = z.union([z.number().int().min(0), z.literal('<5')]);

/** One clock's figures for the period. */
export const ClockFigures = z.object({
  clock: z.enum(clockIds),
  /** Due in the period, plus items due before it still open and overdue now. */
  inScope: count,
  metOnTime: count,
  metLate: count,
  /** Open past due (for group size: outside the stream's range). */
  overdue: count,
  /** Open, not yet due. */
  pending: count,
  /** Met on time ÷ (met on time + met late + overdue), in percent to one decimal; null when nothing was due (or too few to show). */
  percentMet: z.number().min(0).max(100).nullable(),
});
export type ClockFigures = z.infer<typeof ClockFigures>;

export const Compliance = z.object({
  period: z.object({ from: localDay, to: localDay }),
  /** Counts of 1 to 4 read `<5` (the reader is a Ministry auditor, outside the agency). */
  suppressed: z.boolean(),
  clocks: z.array(ClockFigures),
  generatedAt: z.string(),
});
export type Compliance = z.infer<typeof Compliance>;

/**
 * Who an item is about, as far as the reader may know: a participant (participant.read, or a
 * file in an auditor's sample), a group (group.read), a partner's id only (partner.read), or
 * nobody in particular.
 */
export const ItemSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), id: z.uuid(), name: z.string(), fileNumber: z.string().nullable() }),
  z.object({ kind: z.literal('group'), id: z.uuid(), name: z.string() }),
  z.object({ kind: z.literal('partner'), id: z.uuid() }),
  z.object({ kind: z.literal('anonymous') }),
]);
export type ItemSubject = z.infer<typeof ItemSubject>;

export const ComplianceItem = z.object({
  subject: ItemSubject,
  status: z.enum(itemStatuses),
  /** The agency day it was due by. */
  dueOn: localDay,
  /** The agency day the clock stopped (null while open). */
  metOn: localDay.nullable(),
  /** Days after the due day it was met (late), or days past it now (overdue); null otherwise. */
  daysLate: z.number().int().min(0).nullable(),
  /** Group size only: the enrolment at the latest session held in the period, and the stream's range. */
  groupSize: z.object({ enrolled: z.number().int(), min: z.number().int(), max: z.number().int() }).nullable(),
});
export type ComplianceItem = z.infer<typeof ComplianceItem>;

export const ComplianceItems = z.object({
  period: z.object({ from: localDay, to: localDay }),
  clock: z.enum(clockIds),
  /** Overdue first, then late, then pending, then met; each by due day. */
  items: z.array(ComplianceItem),
  generatedAt: z.string(),
});
export type ComplianceItems = z.infer<typeof ComplianceItems>;

export const ComplianceItemsParams = z.strictObject({ clock: z.enum(clockIds) });
