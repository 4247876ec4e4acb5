import { optionalText as opt } from './optional-text';
import { participantDetails, type FieldFlags, type FieldValues } from './participant-details';

/**
 * The new-referral form's repeated rows, by section: each row's own id ("r1", "r4"…) in the order
 * shown. Fields are named by row id ("partners.r4.phone"), so that removing a row moves nothing.
 */
export interface ReferralRows {
  conditions: string[];
  partners: string[];
}

/** The fields of a condition row and of a partner row. */
export const conditionFields = ['kind', 'withWhom', 'exceptions', 'expiresOn'] as const;
export const partnerFields = ['fullName', 'relationship', 'language', 'phone', 'address', 'childrenAges'] as const;

/** A row's field name, e.g. `partners.r4.phone`. */
export function rowField(section: keyof ReferralRows, row: string, field: string): string {
  return `${section}.${row}.${field}`;
}

/** An object with its empty members left out, or undefined when all are. */
function some<T extends Record<string, unknown>>(object: T): T | undefined {
  return Object.values(object).some((value) => value !== undefined) ? object : undefined;
}

/** "4, 9" → [4, 9]; what is not a number stays NaN, for the check (or the server) to refuse. */
export function childrenAges(text: string | undefined): number[] {
  return (text ?? '').split(/[,;\s]+/).filter(Boolean).map((age) => (/^\d+$/.test(age) ? Number(age) : NaN));
}

/** Whether anything was typed about the partner of a row. */
export function hasPartner(v: FieldValues, row: string): boolean {
  return partnerFields.some((field) => opt(v[rowField('partners', row, field)]) !== undefined);
}

/** The rows a submit sends: every condition, and the partners named (an empty partner row is left out). */
export function rowsToSend(v: FieldValues, rows: ReferralRows): ReferralRows {
  return { conditions: rows.conditions, partners: rows.partners.filter((row) => hasPartner(v, row)) };
}

/** Builds `POST /referrals` from the form: for an existing person or a new one, with the rows `sent`. */
export function referralBody(idempotencyKey: string, v: FieldValues, flags: FieldFlags, existingId: string | undefined, sent: ReferralRows) {
  const participant = existingId ? { existingId } : participantDetails(v, flags);
  const charges = (v['referral.charges'] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const referral = {
    source: opt(v['referral.source']),
    stream: opt(v['referral.stream']),
    courtFileNumber: opt(v['referral.courtFileNumber']),
    courtLocation: opt(v['referral.courtLocation']),
    charges,
    orderDate: opt(v['referral.orderDate']),
    completeBy: opt(v['referral.completeBy']),
    officer: some({
      name: opt(v['referral.officer.name']),
      office: opt(v['referral.officer.office']),
      phone: opt(v['referral.officer.phone']),
      email: opt(v['referral.officer.email']),
    }),
  };
  const conditions = sent.conditions.map((row) => {
    const field = (name: (typeof conditionFields)[number]) => opt(v[rowField('conditions', row, name)]);
    return { kind: field('kind'), withWhom: field('withWhom'), exceptions: field('exceptions'), expiresOn: field('expiresOn') };
  });
  const partners = sent.partners.map((row) => {
    const field = (name: (typeof partnerFields)[number]) => opt(v[rowField('partners', row, name)]);
    return {
      fullName: field('fullName'),
      relationship: field('relationship'),
      language: field('language'),
      phone: field('phone'),
      address: field('address'),
      childrenAges: childrenAges(field('childrenAges')),
    };
  });
  return { idempotencyKey, participant, referral, conditions, partners };
}

/**
 * The form field a server path names, given the rows that were sent: "partners.1.phone" → the
 * second partner sent ("partners.r4.phone"); a list's item → the list's field ("referral.charges.2"
 * → "referral.charges").
 */
export function fieldOfPath(path: string, sent: ReferralRows): string {
  const field = path.replace(/\.(charges|childrenAges)\.\d+$/, '.$1');
  const match = /^(conditions|partners)\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field;
  const section = match[1] as keyof ReferralRows;
  const row = sent[section][Number(match[2])];
  return row === undefined ? field : `${section}.${row}${match[3] ?? ''}`;
}
