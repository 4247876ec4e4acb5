import { z } from 'zod';
import { AgencySummary } from '../agencies/index.js';

export const DatabaseStatus = z.object({
  status: z.enum(['ok', 'unavailable']),
  dialect: z.enum(['pglite', 'postgres']),
});

/** `GET /api/v1/status`: what the home page shows before sign-in. */
export const SystemStatus = z.object({
  product: z.literal('PARS'),
  version: z.string(),
  time: z.string(),
  database: DatabaseStatus,
  agency: AgencySummary.nullable(),
});
export type SystemStatus = z.infer<typeof SystemStatus>;
