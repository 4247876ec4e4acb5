import type { Compartment } from '../../db/scoped-database.js';
import type { RecordSubjectType } from './audit-events.js';

// A Record, not a switch: a new kind of record does not compile until its compartment is chosen.
const subjectCompartments: Record<RecordSubjectType, Compartment | undefined> = {
  partner: 'partner',
  contact_note: 'partner',
  safety_plan: 'partner',
  participant: 'participant',
  referral: 'participant',
  document: 'participant',
  session_note: 'participant',
  user: undefined,
  audit_log: undefined,
};

/**
 * The compartment a kind of record lives in. Asking who viewed a record means knowing it exists,
 * so the reader must work in that compartment too (a partner record never exists for the
 * participant side, not even through the audit log).
 */
export function compartmentOfSubject(type: RecordSubjectType): Compartment | undefined {
  return subjectCompartments[type];
}
