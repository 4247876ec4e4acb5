/**
 * Every setting of a stream's policy as the stream page's form shows it: in which fieldset, and
 * what kind of control (a whole number with its bounds, a checkbox, or a choice of codes). The
 * bounds are the server's (`src/core/programs/stream-policy.ts`); a unit test keeps them alike.
 */
export type PolicyField =
  | { name: string; kind: 'number'; min: number; max: number }
  /** An amount of money kept in cents and shown in dollars. */
  | { name: string; kind: 'cents'; min: number; max: number }
  | { name: string; kind: 'boolean' }
  | { name: string; kind: 'choice'; options: readonly string[] };

/** The fieldsets of the policy form, in order, each with its settings. */
export const policyFieldsets: readonly { id: 'sessions' | 'group' | 'delivery' | 'absences' | 'makeUps' | 'fees' | 'notices'; fields: readonly PolicyField[] }[] = [
  {
    id: 'sessions',
    fields: [
      { name: 'sessionsRequired', kind: 'number', min: 1, max: 52 },
      { name: 'sessionCredit', kind: 'number', min: 1, max: 4 },
    ],
  },
  {
    id: 'group',
    fields: [
      { name: 'groupSizeMin', kind: 'number', min: 1, max: 40 },
      { name: 'groupSizeMax', kind: 'number', min: 1, max: 40 },
      { name: 'groupGender', kind: 'choice', options: ['men', 'women', 'any'] },
      { name: 'language', kind: 'choice', options: ['en', 'fr'] },
      { name: 'indigenous', kind: 'boolean' },
      { name: 'oneToOne', kind: 'boolean' },
    ],
  },
  {
    id: 'delivery',
    fields: [
      { name: 'delivery', kind: 'choice', options: ['in_person', 'phone', 'virtual'] },
      { name: 'cadence', kind: 'choice', options: ['weekly', 'twice_weekly'] },
      { name: 'sessionMinutes', kind: 'number', min: 30, max: 480 },
    ],
  },
  {
    id: 'absences',
    fields: [
      { name: 'pendingDischargeAtUnexcused', kind: 'number', min: 1, max: 12 },
      { name: 'pendingDischargeAtExcused', kind: 'number', min: 1, max: 12 },
      { name: 'lateAfterMinutes', kind: 'number', min: 1, max: 120 },
      { name: 'latesPerUnexcusedAbsence', kind: 'number', min: 0, max: 10 },
      { name: 'refuseEntryAfterMinutes', kind: 'number', min: 1, max: 240 },
    ],
  },
  {
    id: 'makeUps',
    fields: [
      { name: 'absencesMustBeMadeUp', kind: 'boolean' },
      { name: 'makeUpsAllowed', kind: 'boolean' },
      { name: 'homeworkRequired', kind: 'boolean' },
    ],
  },
  {
    id: 'fees',
    fields: [
      { name: 'feesUpToDateForCompletion', kind: 'boolean' },
      { name: 'privateSessionPriceCents', kind: 'cents', min: 0, max: 1_000_000 },
    ],
  },
  {
    id: 'notices',
    fields: [
      { name: 'absenceNoticeBusinessDays', kind: 'number', min: 0, max: 10 },
      { name: 'threatNoticeHours', kind: 'number', min: 1, max: 24 },
    ],
  },
];

/** Every setting of the form, in order. */
export const policyFields: readonly PolicyField[] = policyFieldsets.flatMap((fieldset) => fieldset.fields);

/** The message prefix of a choice's codes (`<prefix>.<code>`). */
export const choicePrefix: Record<string, string> = {
  groupGender: 'policy.groupGender',
  language: 'language',
  delivery: 'delivery',
  cadence: 'policy.cadence',
};
