import { z } from 'zod/mini';

export const openingBases = ['statutory_inspection', 'court_order', 'partner_consent'] as const;

/** `GET /partners/:id/audits`: the audits whose sample includes the partner's case, and what is open to the auditor. */
export const partnerAuditsSchema = z.object({
  audits: z.array(
    z.object({
      grantId: z.string(),
      auditorName: z.string(),
      purpose: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      opening: z.nullable(z.object({ legalBasis: z.string(), reference: z.string(), recordedByName: z.nullable(z.string()), recordedAt: z.string() })),
    }),
  ),
});
export type PartnerAudits = z.infer<typeof partnerAuditsSchema>;
