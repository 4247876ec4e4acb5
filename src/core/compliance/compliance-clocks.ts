import type { ClockId } from './compliance.schema.js';

/** One clock: what starts it, what stops it, when it is due and the setting that says so. */
export interface ClockDefinition {
  id: ClockId;
  /** The record space its facts live in (each read in a transaction of that compartment alone). */
  compartment: 'participant' | 'partner';
  /** Who an item is about: a participant, a partner, or a group. */
  subject: 'participant' | 'partner' | 'group';
  startsWhen: string;
  stopsWhen: string;
  dueRule: string;
  /** Where the number comes from. */
  setting: string;
  /** Whether due is a time of day (partner clocks) or an agency day (the rest). */
  dueIs: 'instant' | 'day';
}

/**
 * The clocks the programs run on, in one place. Every figure on the compliance dashboard, in
 * the drill-down and in the statistics export comes from these and the records, evaluated on
 * each request. The partner clocks are the ones core/partner-contact's worklist runs on.
 */
export const clockDefinitions: readonly ClockDefinition[] = [
  {
    id: 'referral_to_intake',
    compartment: 'participant',
    subject: 'participant',
    startsWhen: 'A referral is received (and not returned or found a duplicate), as on the intake worklist: the day it was received.',
    stopsWhen: 'The first intake assessment completed on or after the referral was received. A case closed without an intake stops the clock and is not counted.',
    dueRule: 'The received day plus the intake days (calendar days).',
    setting: 'agency setting intakeDueDays (14 by default)',
    dueIs: 'day',
  },
  {
    id: 'first_partner_contact',
    compartment: 'partner',
    subject: 'partner',
    startsWhen: "A partner's file is opened (the new_partner notice); partners who declined contact are left out.",
    stopsWhen: 'The first contact that reached the partner (any kind but an attempt or a letter).',
    dueRule: "The new_partner notice's due time (the referral plus the first-contact days).",
    setting: 'agency setting partnerFirstContactDays',
    dueIs: 'instant',
  },
  {
    id: 'minimum_partner_contacts',
    compartment: 'partner',
    subject: 'partner',
    startsWhen: 'The participant is placed in a group (the enrolled notice); partners who declined are left out.',
    stopsWhen: 'The required number of contacts that reached the partner since that day.',
    dueRule: 'Close of business at the end of the contact window (placement day plus the weeks).',
    setting: 'agency settings partnerMinContacts and partnerContactWeeks',
    dueIs: 'instant',
  },
  {
    id: 'partner_notices',
    compartment: 'partner',
    subject: 'partner',
    startsWhen: 'A participant-side event creates a notice for the partner (absence, threat, discharge …).',
    stopsWhen: 'The notice is delivered to the partner.',
    dueRule: "The notice's due time (business days for an absence, hours for a threat).",
    setting: 'stream policy absenceNoticeBusinessDays, threatNoticeHours',
    dueIs: 'instant',
  },
  {
    id: 'report_sent',
    compartment: 'participant',
    subject: 'participant',
    startsWhen: 'A case is completed or discharged (the latest such transition).',
    stopsWhen: 'The first delivery of its completion or non-completion report.',
    dueRule: 'Business days after the closing day (holidays skipped).',
    setting: "report settings dueBusinessDays (5 by default), or the stream's own",
    dueIs: 'day',
  },
  {
    id: 'report_acknowledged',
    compartment: 'participant',
    subject: 'participant',
    startsWhen: 'A report is first sent.',
    stopsWhen: 'The referral source acknowledges it.',
    dueRule: 'Business days after it was first sent (the escalation day).',
    setting: 'report settings ackEscalationBusinessDays (10 by default)',
    dueIs: 'day',
  },
  {
    id: 'group_size',
    compartment: 'participant',
    subject: 'group',
    startsWhen: 'A group holds a session in the period (not cancelled, already started).',
    stopsWhen: "Met when the participants enrolled at its latest such session number between the stream's minimum and maximum; otherwise counted as not met (overdue).",
    dueRule: 'The day of that session.',
    setting: 'stream policy groupSizeMin and groupSizeMax',
    dueIs: 'day',
  },
];
