import { can, type Actor } from '../access/index.js';
import type { SubjectRef } from './compliance.rules.js';
import type { ItemSubject } from './compliance.schema.js';

/** Who may know whom: the reader's permissions, and the files of an auditor's sample. */
export interface SubjectVisibility {
  participants: boolean;
  groups: boolean;
  partners: boolean;
  sample: ReadonlySet<string>;
}

export function visibilityFor(actor: Actor, participantSample?: ReadonlySet<string>): SubjectVisibility {
  return { participants: can(actor, 'participant.read'), groups: can(actor, 'group.read'), partners: can(actor, 'partner.read'), sample: participantSample ?? new Set() };
}

/** True when the reader may know who the item is about. */
export function isShown(subject: SubjectRef, visibility: SubjectVisibility): boolean {
  if (subject.kind === 'participant') return visibility.participants || visibility.sample.has(subject.id);
  if (subject.kind === 'group') return visibility.groups;
  return visibility.partners;
}

/**
 * The subject as the reader may see it. A partner is never more than its id (for the
 * partner-contact team's link to the file): no name, no contact detail ever leaves.
 */
export function subjectFor(subject: SubjectRef, visibility: SubjectVisibility, names: ReadonlyMap<string, { name: string; fileNumber: string | null }>): ItemSubject {
  if (!isShown(subject, visibility)) return { kind: 'anonymous' };
  if (subject.kind === 'participant') {
    const known = names.get(subject.id);
    return known ? { kind: 'participant', id: subject.id, name: known.name, fileNumber: known.fileNumber } : { kind: 'anonymous' };
  }
  if (subject.kind === 'group') return { kind: 'group', id: subject.id, name: subject.name };
  return { kind: 'partner', id: subject.id };
}
