import { z } from 'zod/mini';

export const partnerRelationships = ['victim', 'current_partner', 'former_partner', 'other'] as const;
export const partnerLanguages = ['en', 'fr', 'other'] as const;
export const preferenceChannels = ['phone', 'text', 'email', 'mail'] as const;
export type PreferenceChannel = (typeof preferenceChannels)[number];
export const preferenceConfirmations = ['confirmed', 'unconfirmed', 'stale'] as const;
export const consentDecisions = ['wishes_contact', 'declined'] as const;
export type ConsentDecision = (typeof consentDecisions)[number];
export const consentWays = ['phone', 'in_person', 'letter', 'email', 'text', 'third_party'] as const;

/** One way to reach the partner (`GET /partners/:id`), with how fresh its confirmation is. */
export const contactPreferenceSchema = z.object({
  id: z.string(),
  channel: z.enum(preferenceChannels),
  value: z.string(),
  safeTimes: z.nullable(z.string()),
  safe: z.nullable(z.boolean()),
  voicemailOk: z.boolean(),
  confirmedOn: z.nullable(z.string()),
  confirmation: z.enum(preferenceConfirmations),
  retired: z.boolean(),
  version: z.number(),
});
export type ContactPreference = z.infer<typeof contactPreferenceSchema>;

export const consentEntrySchema = z.object({
  id: z.string(),
  decision: z.enum(consentDecisions),
  decidedOn: z.string(),
  how: z.enum(consentWays),
  note: z.nullable(z.string()),
  recordedAt: z.string(),
  recordedBy: z.nullable(z.object({ id: z.string(), name: z.string() })),
});
export type ConsentEntry = z.infer<typeof consentEntrySchema>;

/** `GET /partners/:partnerId` (and what every change of the file answers with). */
export const partnerFileSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  relationship: z.nullable(z.enum(partnerRelationships)),
  language: z.nullable(z.enum(partnerLanguages)),
  participantId: z.nullable(z.string()),
  createdAt: z.string(),
  children: z.array(z.object({ age: z.number() })),
  childProtectionDuty: z.boolean(),
  preferences: z.array(contactPreferenceSchema),
  preferenceMaxAgeDays: z.number(),
  consent: z.object({ current: z.nullable(consentEntrySchema), history: z.array(consentEntrySchema) }),
  version: z.number(),
});
export type PartnerFile = z.infer<typeof partnerFileSchema>;

/** `GET /partners?query=`: at most 50 partners, newest first; `more` when the name should narrow it. */
export const partnerSearchSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      relationship: z.nullable(z.enum(partnerRelationships)),
      language: z.nullable(z.enum(partnerLanguages)),
      consent: z.nullable(z.enum(consentDecisions)),
      participantId: z.nullable(z.string()),
    }),
  ),
  more: z.boolean(),
});
export type PartnerSearch = z.infer<typeof partnerSearchSchema>;

export function partnerSearchPath(query: string): string {
  return `/partners?${new URLSearchParams({ query }).toString()}`;
}
