/**
 * The compliance rules, pure: where one item of a clock stands, whether it belongs to a
 * period, and a clock's figures. Every clock's facts come to these in one of two shapes: due on
 * an agency day (stopped on a day), or due at an instant (stopped at one).
 */
import { instantToZonedTime } from '../shared/zoned-time.js';
import { daysBetween, type Period } from '../statistics/statistics-period.js';
import { smallCellThreshold, suppressedText } from '../statistics/statistics-sheet.js';
import type { ClockFigures, ClockId, ItemStatus } from './compliance.schema.js';

/** Who an item is about, before the reader's permissions decide what of it is shown. */
export type SubjectRef = { kind: 'participant'; id: string } | { kind: 'group'; id: string; name: string } | { kind: 'partner'; id: string };

/** An item's due and stop: as agency days, or as instants (shown as the agency's days). */
export type ItemClock = { dueIs: 'day'; dueOn: string; metOn: string | null } | { dueIs: 'instant'; dueAt: Date; metAt: Date | null };

export interface Evaluation {
  /** The agency's day now and the instant now. */
  today: string;
  now: Date;
  timeZone: string;
}

export interface EvaluatedItem {
  subject: SubjectRef;
  status: ItemStatus;
  dueOn: string;
  metOn: string | null;
  daysLate: number | null;
  groupSize: { enrolled: number; min: number; max: number } | null;
}

const dayOf = (instant: Date, timeZone: string) => instantToZonedTime(instant, timeZone).slice(0, 10);

/**
 * Where an item stands: met on time (stopped by its due day or time), met late, overdue (open
 * and past due now) or pending (open, not yet due). A day-based item is overdue from the day
 * after its due day; an instant-based one from the instant after its due time.
 */
export function standingOf(clock: ItemClock, at: Evaluation): Pick<EvaluatedItem, 'status' | 'dueOn' | 'metOn' | 'daysLate'> {
  if (clock.dueIs === 'day') {
    const { dueOn, metOn } = clock;
    if (metOn !== null) return metOn <= dueOn ? { status: 'met_on_time', dueOn, metOn, daysLate: null } : { status: 'met_late', dueOn, metOn, daysLate: daysBetween(dueOn, metOn) };
    return at.today > dueOn ? { status: 'overdue', dueOn, metOn, daysLate: daysBetween(dueOn, at.today) } : { status: 'pending', dueOn, metOn, daysLate: null };
  }
  const dueOn = dayOf(clock.dueAt, at.timeZone);
  if (clock.metAt !== null) {
    const metOn = dayOf(clock.metAt, at.timeZone);
    return clock.metAt.getTime() <= clock.dueAt.getTime() ? { status: 'met_on_time', dueOn, metOn, daysLate: null } : { status: 'met_late', dueOn, metOn, daysLate: Math.max(0, daysBetween(dueOn, metOn)) };
  }
  return clock.dueAt.getTime() < at.now.getTime() ? { status: 'overdue', dueOn, metOn: null, daysLate: Math.max(0, daysBetween(dueOn, at.today)) } : { status: 'pending', dueOn, metOn: null, daysLate: null };
}

/**
 * A group's size against its stream's range: within it is met (on the session's day), outside
 * it is counted as not met (overdue, though nothing can now be done in time).
 */
export function groupSizeStanding(sessionDay: string, enrolled: number, range: { min: number; max: number }, at: Evaluation): Pick<EvaluatedItem, 'status' | 'dueOn' | 'metOn' | 'daysLate' | 'groupSize'> {
  const within = enrolled >= range.min && enrolled <= range.max;
  const groupSize = { enrolled, min: range.min, max: range.max };
  return within ? { status: 'met_on_time', dueOn: sessionDay, metOn: sessionDay, daysLate: null, groupSize } : { status: 'overdue', dueOn: sessionDay, metOn: null, daysLate: Math.max(0, daysBetween(sessionDay, at.today)), groupSize };
}

/** An item counts in a period when it was due in it, or was due before it and is still open and overdue now. */
export function isInScope(item: Pick<EvaluatedItem, 'dueOn' | 'status'>, period: Period): boolean {
  if (item.dueOn >= period.from && item.dueOn <= period.to) return true;
  return item.status === 'overdue' && item.dueOn < period.from;
}

/** Met on time ÷ (on time + late + overdue), in percent to one decimal; null when nothing was due. */
export function percentMet(metOnTime: number, metLate: number, overdue: number): number | null {
  const due = metOnTime + metLate + overdue;
  return due === 0 ? null : Math.round((metOnTime / due) * 1000) / 10;
}

/** A clock's exact figures from its items in scope. */
export function figuresOf(clock: ClockId, items: readonly Pick<EvaluatedItem, 'status'>[]): ClockFigures & { inScope: number; metOnTime: number; metLate: number; overdue: number; pending: number } {
  const n = (status: ItemStatus) => items.filter((item) => item.status === status).length;
  const [metOnTime, metLate, overdue, pending] = [n('met_on_time'), n('met_late'), n('overdue'), n('pending')];
  return { clock, inScope: items.length, metOnTime, metLate, overdue, pending, percentMet: percentMet(metOnTime, metLate, overdue) };
}

/**
 * The figures as they may leave the agency: a count of 1 to 4 reads `<5`, and the percentage
 * is left out when it rests on 1 to 4 items (as the statistics' exports do).
 */
export function suppressFigures(figures: ClockFigures): ClockFigures {
  const hide = (value: number | '<5') => (typeof value === 'number' && value > 0 && value < smallCellThreshold ? suppressedText : value) as number | '<5';
  const base = [figures.metOnTime, figures.metLate, figures.overdue].reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
  const smallBase = base > 0 && base < smallCellThreshold;
  return {
    clock: figures.clock,
    inScope: hide(figures.inScope),
    metOnTime: hide(figures.metOnTime),
    metLate: hide(figures.metLate),
    overdue: hide(figures.overdue),
    pending: hide(figures.pending),
    percentMet: smallBase ? null : figures.percentMet,
  };
}

const statusOrder: Record<ItemStatus, number> = { overdue: 0, met_late: 1, pending: 2, met_on_time: 3 };

/** The drill-down's order: overdue first (longest overdue first), then late, pending and met; each by due day. */
export function compareItems(a: Pick<EvaluatedItem, 'status' | 'dueOn' | 'daysLate'>, b: Pick<EvaluatedItem, 'status' | 'dueOn' | 'daysLate'>): number {
  return statusOrder[a.status] - statusOrder[b.status] || (b.daysLate ?? 0) - (a.daysLate ?? 0) || a.dueOn.localeCompare(b.dueOn);
}

