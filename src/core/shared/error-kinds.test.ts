import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './app-error.js';
import { errorKinds, exitCodeFor, httpStatusFor, usageExitCode } from './error-kinds.js';

describe('the error kind table', () => {
  it.each([
    ['invalid', 400, 65],
    ['unauthenticated', 401, 77],
    ['forbidden', 403, 77],
    ['not_found', 404, 66],
    ['conflict', 409, 75],
    ['rule_violation', 422, 65],
    ['rate_limited', 429, 75],
    ['unavailable', 503, 69],
    ['unexpected', 500, 70],
  ] as const)('answers %s with HTTP %i and exit code %i', (kind, status, exit) => {
    expect(httpStatusFor(kind)).toBe(status);
    expect(exitCodeFor(kind)).toBe(exit);
  });

  it('gives every kind a distinct HTTP status and never exit code 0 or the usage code', () => {
    const statuses = Object.values(errorKinds).map((entry) => entry.httpStatus);
    expect(new Set(statuses).size).toBe(statuses.length);
    for (const entry of Object.values(errorKinds)) {
      expect(entry.exitCode).not.toBe(0);
      expect(entry.exitCode).not.toBe(usageExitCode);
    }
  });

  it('keeps kind, code, params and field issues on AppError', () => {
    const error = new AppError('rule_violation', 'enrolment.group_full', { capacity: 12 }, { issues: [{ path: 'body.groupId', code: 'custom' }] });
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'rule_violation', code: 'enrolment.group_full', params: { capacity: 12 } });
    expect(error.issues).toHaveLength(1);
    expect(isAppError(new Error('plain'))).toBe(false);
  });
});
