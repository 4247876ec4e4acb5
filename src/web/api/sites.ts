import { z } from 'zod/mini';

/** `GET /sites`: the agency's sites and the time zone each keeps. */
export const siteListSchema = z.array(z.object({ id: z.string(), name: z.string(), nameFr: z.nullable(z.string()), timeZone: z.string() }));

/** One site of the agency. */
export type Site = z.infer<typeof siteListSchema>[number];
