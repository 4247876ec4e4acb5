import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportHsds, hsdsFormats } from '../../core/resources/hsds-export.js';
import { importHsds } from '../../core/resources/hsds-import.js';
import { zipFiles } from '../../core/resources/hsds-zip.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['resources'];
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A place in the file and why it cannot be imported (docs/hsds.md). */
const Reason = z.object({
  pointer: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  table: z.string().optional(),
  row: z.number().int().optional(),
  message: z.string(),
});
const ImportReport = z.object({
  format: z.enum(hsdsFormats),
  records: z.number().int(),
  valid: z.number().int(),
  invalid: z.array(z.object({ index: z.number().int(), id: z.string().optional(), name: z.string().optional(), pointer: z.string().optional(), row: z.number().int().optional(), reasons: z.array(Reason) })),
  problems: z.array(Reason),
  refused: z.boolean(),
  dryRun: z.boolean(),
  written: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

/** An HSDS JSON document: a list of services, one service, or a page of them (checked against the HSDS schemas by the import). */
const HsdsDocument = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]);

/** A directory of a few thousand services with French texts fits; the server's default (1 MB) does not. */
const importBodyLimit = 20 * 1024 * 1024;

/**
 * Open Referral HSDS 3.1 export and import of the resource directory. The export is the
 * agency's published directory (never a confidential resource), as JSON or as the tabular
 * package zipped; the import takes HSDS JSON (a tabular package is imported with
 * `pars resources import`) and answers with the report: every invalid service with its reasons,
 * and what was written (nothing, if any service is invalid and `acceptValid` is not true).
 */
export function registerResourceHsdsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/resources/export',
    {
      config: access.permission('resource.read'),
      schema: { tags, summary: 'The directory as Open Referral HSDS 3.1: JSON, or the tabular CSV package as a .zip (confidential resources never included)', querystring: z.strictObject({ format: z.enum(hsdsFormats).default('hsds-json') }), produces: ['application/json', 'application/zip'] },
    },
    async (request, reply) => {
      const ctx = staffContext(request, deps);
      const result = await exportHsds(ctx, request.query.format);
      const day = ctx.now.toISOString().slice(0, 10);
      reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
      if (result.format === 'hsds-json') {
        return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="resources-hsds-${day}.json"`).send(result.json);
      }
      return reply.type('application/zip').header('content-disposition', `attachment; filename="resources-hsds-${day}.zip"`).send(zipFiles(result.files, ctx.now));
    },
  );

  typed.post(
    '/resources/import',
    {
      config: access.permission('resource.manage'),
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        summary: 'Import HSDS 3.1 JSON into the directory: all or nothing unless acceptValid=true; dryRun=true checks and writes nothing',
        querystring: z.strictObject({ acceptValid: flag.default(false), dryRun: flag.default(false) }),
        body: HsdsDocument,
        response: { 200: ImportReport },
      },
    },
    async (request) => importHsds(staffContext(request, deps), { format: 'hsds-json', document: request.body }, request.query),
  );
}
