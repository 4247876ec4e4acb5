import { z } from 'zod/mini';

/** Why a request failed: no answer, an error answer, or an answer we cannot read. */
export type ApiErrorKind = 'network' | 'http' | 'invalid';

/** One field the server found wrong; `message` is already in the reader's language. */
export interface FieldProblem {
  /** Where it is, e.g. "body.email" or "query.subjectId". */
  path: string;
  code: string;
  message: string;
}

// The server's problem JSON (RFC 9457); every field is optional so that a proxy's bare 502
// page still yields an error the UI can show.
const problemSchema = z.object({
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  code: z.optional(z.string()),
  detail: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(
    z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
  ),
});

/** A failed API call; `detail` and field messages are already translated by the server. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: readonly FieldProblem[];

  constructor(kind: ApiErrorKind, problem: z.infer<typeof problemSchema> = {}) {
    super(problem.detail ?? problem.title ?? `API request failed (${kind})`);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.errors = problem.errors ?? [];
  }

  /** Builds the error for a non-2xx response from its problem JSON body, if it has one. */
  static fromProblem(httpStatus: number, body: unknown): ApiError {
    const parsed = problemSchema.safeParse(body);
    return new ApiError('http', { ...(parsed.success ? parsed.data : {}), status: httpStatus });
  }

  /** Any thrown value as an ApiError, so that callers have one shape to show. */
  static from(error: unknown): ApiError {
    return error instanceof ApiError ? error : new ApiError('invalid');
  }
}
