import { z } from 'zod';
import { consentDecisions, consentWays, preferenceChannels } from './partners.tables.js';

export const PartnerId = z.uuid();

export const partnerRelationships = ['victim', 'current_partner', 'former_partner', 'other'] as const;
export type PartnerRelationship = (typeof partnerRelationships)[number];
export const partnerLanguages = ['en', 'fr', 'other'] as const;
export type PartnerLanguage = (typeof partnerLanguages)[number];

/** How fresh a preference's confirmation is: never confirmed, confirmed within the agency's limit, or older. */
export const preferenceConfirmations = ['confirmed', 'unconfirmed', 'stale'] as const;
export type PreferenceConfirmation = (typeof preferenceConfirmations)[number];

/** A child under this age raises the duty to report to a Children's Aid Society. */
export const childProtectionAge = 16;

const isoDay = z.iso.date();

/** One way to reach the partner, as the partner-contact team sees it (value decrypted). */
export const ContactPreference = z.object({
  id: z.uuid(),
  channel: z.enum(preferenceChannels),
  /** A phone or text number in E.164, an email address or a mailing address. */
  value: z.string(),
  safeTimes: z.string().nullable(),
  /** null: the partner has not said yet. */
  safe: z.boolean().nullable(),
  voicemailOk: z.boolean(),
  confirmedOn: isoDay.nullable(),
  confirmation: z.enum(preferenceConfirmations),
  retired: z.boolean(),
  version: z.number().int(),
});
export type ContactPreference = z.infer<typeof ContactPreference>;

export const ConsentEntry = z.object({
  id: z.uuid(),
  decision: z.enum(consentDecisions),
  decidedOn: isoDay,
  how: z.enum(consentWays),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type ConsentEntry = z.infer<typeof ConsentEntry>;

/** A partner's file (partner compartment only). */
export const PartnerFile = z.object({
  id: z.uuid(),
  fullName: z.string(),
  relationship: z.enum(partnerRelationships).nullable(),
  language: z.enum(partnerLanguages).nullable(),
  participantId: z.uuid().nullable(),
  createdAt: z.string(),
  children: z.array(z.object({ age: z.number().int() })),
  /** True when any child is under 16: the duty to report abuse or neglect applies. */
  childProtectionDuty: z.boolean(),
  /** Newest first, retired ones last. */
  preferences: z.array(ContactPreference),
  /** The agency's limit: a confirmation older than this many days counts as unconfirmed. */
  preferenceMaxAgeDays: z.number().int(),
  consent: z.object({
    /** The latest decision (null: not asked yet); it decides. */
    current: ConsentEntry.nullable(),
    /** Every decision, newest first. */
    history: z.array(ConsentEntry),
  }),
  version: z.number().int(),
});
export type PartnerFile = z.infer<typeof PartnerFile>;

export const SearchPartnersQuery = z.strictObject({ query: z.string().trim().max(100).default('') });
export type SearchPartnersQuery = z.infer<typeof SearchPartnersQuery>;

/** At most this many partners come back from a search: a name narrows it. */
export const partnerSearchLimit = 50;

export const PartnerListItem = z.object({
  id: z.uuid(),
  fullName: z.string(),
  relationship: z.enum(partnerRelationships).nullable(),
  language: z.enum(partnerLanguages).nullable(),
  consent: z.enum(consentDecisions).nullable(),
  participantId: z.uuid().nullable(),
});
export type PartnerListItem = z.infer<typeof PartnerListItem>;
export const PartnerSearchResult = z.object({ items: z.array(PartnerListItem), more: z.boolean() });
export type PartnerSearchResult = z.infer<typeof PartnerSearchResult>;

const version = z.number().int().min(1);

export const UpdatePartnerInput = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  relationship: z.enum(partnerRelationships).nullable(),
  language: z.enum(partnerLanguages).nullable(),
  childrenAges: z.array(z.number().int().min(0).max(25)).max(20),
  version,
});
export type UpdatePartnerInput = z.infer<typeof UpdatePartnerInput>;

export const PreferenceInput = z.strictObject({
  channel: z.enum(preferenceChannels),
  value: z.string().trim().min(1).max(500),
  safeTimes: z.string().trim().max(300).nullish(),
  safe: z.boolean().nullable(),
  voicemailOk: z.boolean().default(false),
  confirmedOn: isoDay.nullish(),
});
export type PreferenceInput = z.infer<typeof PreferenceInput>;
export const UpdatePreferenceInput = PreferenceInput.extend({ version });
export type UpdatePreferenceInput = z.infer<typeof UpdatePreferenceInput>;
export const RetirePreferenceInput = z.strictObject({ version });
export type RetirePreferenceInput = z.infer<typeof RetirePreferenceInput>;

export const RecordConsentInput = z.strictObject({
  decision: z.enum(consentDecisions),
  decidedOn: isoDay,
  how: z.enum(consentWays),
  note: z.string().trim().max(2000).nullish(),
});
export type RecordConsentInput = z.infer<typeof RecordConsentInput>;

export const PassPartnerInput = z.strictObject({ fullName: z.string().trim().min(1).max(200) });
export type PassPartnerInput = z.infer<typeof PassPartnerInput>;

/** All the drop box ever gives back: that the details were passed on, and when. */
export const PartnerReceipt = z.object({ id: z.uuid(), passedAt: z.string() });
export type PartnerReceipt = z.infer<typeof PartnerReceipt>;
