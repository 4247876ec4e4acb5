// zod/mini: the same validation as zod with a much smaller browser bundle.
import { z } from 'zod/mini';

/**
 * Shape of `GET /api/v1/status`. Status and dialect stay open strings so that a value added
 * by a newer server is shown as "unknown" instead of breaking the page.
 */
export const statusResponseSchema = z.object({
  product: z.string(),
  version: z.string(),
  time: z.iso.datetime({ offset: true }),
  database: z.object({
    status: z.string(),
    dialect: z.string(),
  }),
  // Names are data: an agency may also register its French name (nameFr), shown in French.
  agency: z.nullable(
    z.object({
      name: z.string(),
      nameFr: z.nullish(z.string()),
      sites: z.array(
        z.object({ name: z.string(), nameFr: z.nullish(z.string()), timeZone: z.string() }),
      ),
    }),
  ),
});

/** The system status as the home page shows it. */
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/** One site of the agency, with its IANA time zone (Ontario spans two). */
export type Site = NonNullable<StatusResponse['agency']>['sites'][number];
