import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * Paths pino replaces with [redacted]: credentials, cookies, and any body or value field that
 * could carry personal data. Bodies are never logged by design; this list is the second wall.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.totp',
  '*.recoveryCode',
  '*.secret',
  '*.token',
  '*.body',
  '*.notes',
  '*.phone',
  '*.email',
  '*.address',
  '*.firstName',
  '*.lastName',
  '*.legalName',
  '*.preferredName',
  '*.dateOfBirth',
  'body',
  'input',
  // PostgreSQL errors carry the offending values ("Key (phone)=(…) already exists").
  'err.detail',
  'err.where',
  'err.parameters',
  'err.cause.detail',
  'err.cause.where',
];

/** A calendar feed's address is its password: its last segment never reaches a log line. */
function redactPathSecrets(path: string): string {
  return path.replace(/^(\/api\/v1\/calendar\/)[^/]+/, '$1[redacted]');
}

/**
 * Pino options for Fastify: redaction, and request lines that carry the path without the query
 * string (a search for a person's name must not land in a log file).
 */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        path: redactPathSecrets(request.url.split('?')[0] ?? ''),
        requestId: request.id,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
