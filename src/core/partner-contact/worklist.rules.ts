/**
 * The Partner Contact clocks, pure: what is due for one partner, when, and whether it is late.
 * The worklist (for workers, with names) and the compliance counts (for managers, numbers only)
 * both read these, so a manager's "behind" is a worker's "overdue".
 *
 * - A contact **reached** the partner when it is a conversation or message exchanged: any kind
 *   but an attempt (nobody reached) and a letter (sent, not answered).
 * - **First contact** is met by the first reached contact; it is due at the partner's
 *   `new_partner` notice's due time (the agency's first-contact days after the referral).
 * - **Minimum contacts**: the window opens the day the participant was placed in a group (the
 *   `enrolled` notice) and lasts the agency's weeks; the required reached contacts are spread
 *   evenly: the k-th is due at close of business on start + k × window ÷ required.
 * - **Letter fallback**: failed phone attempts (no answer, wrong number, busy, voicemail left)
 *   since the last reached contact; a letter sent since then stops the count proposing another.
 */
import type { AttemptOutcome, ContactKind } from './partner-contact.tables.js';
import { addBusinessDays, addDays, closeOfBusiness } from '../shared/business-days.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { failedAttemptOutcomes } from './partner-contact.schema.js';

export interface ContactFact {
  id: string;
  kind: ContactKind;
  outcome: AttemptOutcome | null;
  occurredAt: Date;
  createdAt: Date;
  followUpOn: string | null;
}

export interface NoticeFact {
  id: string;
  type: string;
  reasonCode: string | null;
  amountCents: number | null;
  occurredOn: string;
  dueAt: Date;
  urgent: boolean;
  /** When it was delivered to this partner, if it was. */
  deliveredAt: Date | null;
}

export interface PartnerFacts {
  contacts: readonly ContactFact[];
  /** The `new_partner` notice's due time (or the partner's arrival plus the first-contact days). */
  firstContactDueAt: Date;
  /** The day the participant was placed in a group (latest `enrolled` notice), if placed. */
  enrolledOn: string | null;
  /** Notices about the partner's participant that are for this partner (not `new_partner`). */
  notices: readonly NoticeFact[];
}

export interface ClockSettings {
  now: Date;
  timeZone: string;
  holidays: ReadonlySet<string>;
  minContacts: number;
  contactWeeks: number;
  letterAfterAttempts: number;
}

export function reached(contact: Pick<ContactFact, 'kind'>): boolean {
  return contact.kind !== 'attempt' && contact.kind !== 'letter';
}

export function isFailedAttempt(contact: Pick<ContactFact, 'kind' | 'outcome'>): boolean {
  return contact.kind === 'attempt' && contact.outcome !== null && (failedAttemptOutcomes as readonly string[]).includes(contact.outcome);
}

/** Oldest first; ties by when they were recorded. */
function chronological(contacts: readonly ContactFact[]): ContactFact[] {
  return [...contacts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

export interface FirstContactStatus {
  met: boolean;
  metAt: Date | null;
  dueAt: Date;
  attempts: number;
  overdue: boolean;
}

export function firstContactStatus(facts: PartnerFacts, now: Date): FirstContactStatus {
  const first = chronological(facts.contacts).find(reached);
  const attempts = facts.contacts.filter((c) => c.kind === 'attempt').length;
  return { met: first !== undefined, metAt: first?.occurredAt ?? null, dueAt: facts.firstContactDueAt, attempts, overdue: first === undefined && facts.firstContactDueAt.getTime() < now.getTime() };
}

export interface MinimumContactsStatus {
  done: number;
  required: number;
  windowStartsOn: string;
  windowEndsOn: string;
  /** When the next required contact is due (null once met). */
  nextDueAt: Date | null;
  met: boolean;
  /** Fewer contacts done than were due by now. */
  behind: boolean;
}

/** The k-th required contact's due day (k from 1). */
export function requiredContactDay(start: string, k: number, settings: Pick<ClockSettings, 'minContacts' | 'contactWeeks'>): string {
  return addDays(start, Math.round((k * settings.contactWeeks * 7) / settings.minContacts));
}

export function minimumContactsStatus(facts: PartnerFacts, settings: ClockSettings): MinimumContactsStatus | null {
  if (!facts.enrolledOn) return null;
  const start = facts.enrolledOn;
  const required = settings.minContacts;
  const done = facts.contacts.filter((c) => reached(c) && instantToZonedTime(c.occurredAt, settings.timeZone).slice(0, 10) >= start).length;
  const dueAt = (k: number) => closeOfBusiness(requiredContactDay(start, k, settings), settings.timeZone);
  let dueByNow = 0;
  for (let k = 1; k <= required; k++) if (dueAt(k).getTime() < settings.now.getTime()) dueByNow = k;
  const met = done >= required;
  return {
    done,
    required,
    windowStartsOn: start,
    windowEndsOn: addDays(start, settings.contactWeeks * 7),
    nextDueAt: met ? null : dueAt(done + 1),
    met,
    behind: !met && done < dueByNow,
  };
}

export interface AttemptsSinceContact {
  failed: number;
  /** A letter went out after the last reached contact. */
  letterSent: boolean;
  /** The latest failed attempt, if any. */
  lastFailedAt: Date | null;
}

export function attemptsSinceLastContact(contacts: readonly ContactFact[]): AttemptsSinceContact {
  let failed = 0;
  let letterSent = false;
  let lastFailedAt: Date | null = null;
  for (const contact of chronological(contacts).reverse()) {
    if (reached(contact)) break;
    if (contact.kind === 'letter') letterSent = true;
    if (isFailedAttempt(contact)) {
      failed += 1;
      lastFailedAt ??= contact.occurredAt;
    }
  }
  return { failed, letterSent, lastFailedAt };
}

/** The follow-up day the latest contact set, if no contact came after it. */
export function pendingFollowUp(contacts: readonly ContactFact[]): string | null {
  const latest = chronological(contacts).at(-1);
  return latest?.followUpOn ?? null;
}

/** When a letter proposal is due: close of business the business day after the attempt that reached the threshold. */
export function letterDueAt(lastFailedAt: Date, settings: Pick<ClockSettings, 'timeZone' | 'holidays'>): Date {
  const day = instantToZonedTime(lastFailedAt, settings.timeZone).slice(0, 10);
  return closeOfBusiness(addBusinessDays(day, 1, settings.holidays), settings.timeZone);
}

export function noticeOverdue(notice: Pick<NoticeFact, 'dueAt' | 'deliveredAt'>, now: Date): boolean {
  return notice.deliveredAt === null && notice.dueAt.getTime() < now.getTime();
}
