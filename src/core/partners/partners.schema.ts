import { z } from 'zod';

export const PartnerId = z.uuid();

/** A partner as the partner-contact team sees them (partner compartment only). */
export const PartnerFile = z.object({ id: z.uuid(), fullName: z.string(), createdAt: z.string() });
export type PartnerFile = z.infer<typeof PartnerFile>;

export const PassPartnerInput = z.strictObject({ fullName: z.string().trim().min(1).max(200) });
export type PassPartnerInput = z.infer<typeof PassPartnerInput>;

/** All the drop box ever gives back: that the details were passed on, and when. */
export const PartnerReceipt = z.object({ id: z.uuid(), passedAt: z.string() });
export type PartnerReceipt = z.infer<typeof PartnerReceipt>;
