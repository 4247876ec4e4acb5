import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorParams, type FieldIssue, isAppError } from '../core/shared/index.js';

/** Zod issue parameters that are safe to show (never the value that was sent). */
const safeIssueParams = ['expected', 'origin', 'minimum', 'maximum', 'format', 'divisor', 'keys'] as const;

/**
 * Turns anything a request can throw into an AppError: ours pass through, Fastify's and zod's
 * become `request.*` codes, everything else is `system.unexpected` (its details go to the log).
 */
export function toAppError(error: unknown, body: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = fastifyError.validationContext ?? 'body';
    const issues: FieldIssue[] = error.validation.map((item) => {
      const segments = item.instancePath.split('/').filter(Boolean);
      const missing = where === 'body' && item.keyword === 'invalid_type' && valueAt(body, segments) === undefined;
      return {
        path: [where, ...segments].join('.'),
        code: missing ? 'required' : item.keyword,
        params: pickParams(item.params as Record<string, unknown>),
      };
    });
    return new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  }
  if (Array.isArray(fastifyError.validation)) {
    return new AppError('invalid', 'request.invalid', { count: fastifyError.validation.length });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid', 'request.malformed_json');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('invalid', 'request.unsupported_media_type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('invalid', 'request.body_too_large');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_NOT_FOUND':
      return new AppError('not_found', 'request.route_not_found');
    case 'FST_ERR_RATE_LIMIT':
      return new AppError('rate_limited', 'request.too_many');
  }
  // secure-json-parse reports broken JSON (and __proto__ smuggling) as a SyntaxError, status 400.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new AppError('invalid', 'request.malformed_json');
  }
  if (fastifyError.statusCode === 429) return new AppError('rate_limited', 'request.too_many');
  const refused = refusedByDatabase(error);
  if (refused) return new AppError(refused.kind, refused.code, {}, { cause: error });
  return new AppError('unexpected', 'system.unexpected', {}, { cause: error });
}

/**
 * A value the database refused came from the request: a number past the column's range, an
 * impossible date, text too long (SQLSTATE class 22), a record that does not exist (23503), a
 * value a check or not-null constraint keeps out (23514, 23502). The validators should have
 * stopped it; when they did not, the caller gets a 400, not a 500 — the same for a record of
 * another agency as for none at all, so nothing is disclosed. The log keeps the SQLSTATE
 * (error-handler.ts). A unique violation stays unexpected: it means a use case missed a race.
 */
export function refusedByDatabase(error: unknown): { kind: 'invalid'; code: 'request.value_not_storable' | 'request.unknown_reference' } | undefined {
  const sqlState = (error as { code?: unknown } | null)?.code;
  if (typeof sqlState !== 'string' || !(error instanceof Error)) return undefined;
  if (sqlState === '23503') return { kind: 'invalid', code: 'request.unknown_reference' };
  if (/^22[0-9A-Z]{3}$/.test(sqlState) || sqlState === '23514' || sqlState === '23502') return { kind: 'invalid', code: 'request.value_not_storable' };
  return undefined;
}

function pickParams(params: Record<string, unknown> | undefined): ErrorParams {
  const picked: ErrorParams = {};
  // A refinement's own params (e.g. { reason: 'future_date' }) name which rule failed.
  const reason = (params?.params as Record<string, unknown> | undefined)?.reason ?? params?.reason;
  if (typeof reason === 'string') picked.reason = reason;
  for (const name of safeIssueParams) {
    const value = params?.[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') picked[name] = value;
    else if (typeof value === 'bigint') picked[name] = Number(value);
    else if (Array.isArray(value)) picked[name] = value.map(String).join(', ');
  }
  return picked;
}

function valueAt(root: unknown, segments: string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
