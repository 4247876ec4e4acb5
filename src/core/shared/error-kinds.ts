/**
 * The few kinds of failure, and the one table that says how each adapter answers them.
 * Exit codes follow BSD sysexits so operators' scripts can tell them apart.
 */
export const errorKinds = {
  invalid: { httpStatus: 400, exitCode: 65 },
  unauthenticated: { httpStatus: 401, exitCode: 77 },
  forbidden: { httpStatus: 403, exitCode: 77 },
  not_found: { httpStatus: 404, exitCode: 66 },
  conflict: { httpStatus: 409, exitCode: 75 },
  rule_violation: { httpStatus: 422, exitCode: 65 },
  rate_limited: { httpStatus: 429, exitCode: 75 },
  unavailable: { httpStatus: 503, exitCode: 69 },
  unexpected: { httpStatus: 500, exitCode: 70 },
} as const satisfies Record<string, { httpStatus: number; exitCode: number }>;

export type ErrorKind = keyof typeof errorKinds;

/** Exit code for a command-line usage mistake (unknown option, missing argument). */
export const usageExitCode = 64;

/** HTTP status for an error kind. */
export function httpStatusFor(kind: ErrorKind): number {
  return errorKinds[kind].httpStatus;
}

/** CLI exit code for an error kind. */
export function exitCodeFor(kind: ErrorKind): number {
  return errorKinds[kind].exitCode;
}
