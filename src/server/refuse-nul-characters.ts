import type { FastifyInstance } from 'fastify';
import { AppError, type FieldIssue } from '../core/shared/index.js';

/**
 * PostgreSQL refuses the NUL character (U+0000) in text and jsonb, so a value holding one would
 * fail deep in a write. It has no place in anything a person types: refuse it here, once for
 * every route, as a field error naming where it is (path parameters, query and JSON body).
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues: FieldIssue[] = [];
    for (const [where, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
      const path = nulPath(value, [where]);
      if (path) issues.push({ path: path.join('.'), code: 'nul_character', params: {} });
    }
    if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  });
}

/** The path to the first string (or key) holding a NUL character, if any. */
function nulPath(value: unknown, path: string[], depth = 0): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  // Deeper than any schema goes: validation refuses it anyway, and the walk stays bounded.
  if (typeof value !== 'object' || value === null || depth > 64) return undefined;
  // A buffer or stream (an upload) is not text.
  if (ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown }).pipe === 'function') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')];
    const found = nulPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
