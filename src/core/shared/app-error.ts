import type { ErrorKind } from './error-kinds.js';

/** Values interpolated into a translated message. Never put personal data here: they may be logged. */
export type ErrorParams = Record<string, string | number | boolean>;

/** A field-level problem, reported with validation failures. */
export interface FieldIssue {
  path: string;
  code: string;
  params?: ErrorParams;
}

/**
 * The one error type the core throws. `kind` decides the HTTP status / exit code,
 * `code` (e.g. `enrolment.group_full`) decides the en/fr message `error.<code>`.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly params: ErrorParams = {},
    options: { cause?: unknown; issues?: FieldIssue[] } = {},
  ) {
    // The message is for developers' logs only; users see the translated `error.<code>`.
    super(`${kind}: ${code}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.issues = options.issues ?? [];
  }

  readonly issues: FieldIssue[];
}

/** True when `value` is an AppError (also across duplicated module instances). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'kind' in value);
}
