export { AppError, isAppError, type ErrorParams, type FieldIssue } from './app-error.js';
export { errorKinds, httpStatusFor, exitCodeFor, usageExitCode, type ErrorKind } from './error-kinds.js';
export { defineErrorCodes } from './define-error-codes.js';
export { sharedErrors } from './shared.errors.js';
export { systemClock, TestClock, type Clock } from './clock.js';
export { LocalDateTime } from './local-date-time.js';
export { locales, defaultLocale, negotiateLocale, type Locale } from './locale.js';
export type { Actor } from '../access/actor.js';
export type { Ctx } from './ctx.js';
