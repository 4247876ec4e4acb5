/** The new-referral form's text fields, by their path in the request body ("referral.orderDate"). */
export type ReferralValues = Record<string, string>;

/** The form's yes/no answers, by their path in the request body. */
export type ReferralFlags = Record<string, boolean>;

/** A trimmed value, or undefined for an empty one: the API refuses empty strings. */
function opt(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** An object with its empty members left out, or undefined when all are. */
function some<T extends Record<string, unknown>>(object: T): T | undefined {
  return Object.values(object).some((value) => value !== undefined) ? object : undefined;
}

/** Builds `POST /referrals` from the form: for an existing person, or a new one; the partner only when named. */
export function referralBody(idempotencyKey: string, v: ReferralValues, flags: ReferralFlags, existingId: string | undefined) {
  const participant = existingId
    ? { existingId }
    : {
        givenName: opt(v['participant.givenName']),
        familyName: opt(v['participant.familyName']),
        preferredName: opt(v['participant.preferredName']),
        dateOfBirth: opt(v['participant.dateOfBirth']),
        gender: opt(v['participant.gender']),
        groupGender: opt(v['participant.groupGender']),
        pronouns: opt(v['participant.pronouns']),
        language: opt(v['participant.language']),
        languageOther: v['participant.language'] === 'other' ? opt(v['participant.languageOther']) : undefined,
        interpreterNeeded: flags['participant.interpreterNeeded'] ?? false,
        indigenousIdentity: flags['participant.indigenousIdentity'] ?? false,
        phone: opt(v['participant.phone']),
        email: opt(v['participant.email']),
        safeToLeaveMessages: flags['participant.safeToLeaveMessages'] ?? false,
        accessibilityNeeds: opt(v['participant.accessibilityNeeds']),
      };
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
  const conditions = flags.noContact
    ? [{ kind: 'no_contact', withWhom: opt(v['conditions.0.withWhom']), exceptions: opt(v['conditions.0.exceptions']), expiresOn: opt(v['conditions.0.expiresOn']) }]
    : [];
  const partners = hasPartner(v)
    ? [
        {
          fullName: opt(v['partners.0.fullName']),
          relationship: opt(v['partners.0.relationship']),
          language: opt(v['partners.0.language']),
          phone: opt(v['partners.0.phone']),
          address: opt(v['partners.0.address']),
          childrenAges: (v['partners.0.childrenAges'] ?? '').split(/[,\s]+/).filter(Boolean).map(Number),
        },
      ]
    : [];
  return { idempotencyKey, participant, referral, conditions, partners };
}

/** Whether anything was typed about a partner. */
export function hasPartner(v: ReferralValues): boolean {
  return Object.entries(v).some(([name, value]) => name.startsWith('partners.') && value.trim() !== '');
}
