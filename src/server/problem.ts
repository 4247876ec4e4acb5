import { AppError, type FieldIssue, httpStatusFor, type Locale } from '../core/shared/index.js';
import { hasMessage, translate } from '../i18n/translate.js';

/** RFC 9457 problem details, with our code and a message already in the reader's language. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  requestId: string;
  errors?: { path: string; code: string; message: string }[];
}

/**
 * Renders an AppError for a reader. Only the code's message and its declared parameters are
 * used: never the cause, never a stack, never the input that was sent.
 */
export function toProblem(error: AppError, locale: Locale, requestId: string): Problem {
  const key = `error.${error.code}`;
  const values = { ...error.params, requestId };
  const detail = hasMessage(key) ? translate(locale, key, values) : translate(locale, 'error.system.unexpected', { requestId });
  const problem: Problem = {
    type: `urn:pars:problem:${error.code}`,
    title: translate(locale, `error.kind.${error.kind}`),
    status: httpStatusFor(error.kind),
    code: error.code,
    detail,
    requestId,
  };
  if (error.issues.length > 0) {
    problem.errors = error.issues.map((issue) => ({ path: issue.path, code: issue.code, message: issueMessage(issue, locale) }));
  }
  return problem;
}

function issueMessage(issue: FieldIssue, locale: Locale): string {
  const key = `validation.${issue.code}`;
  return translate(locale, hasMessage(key) ? key : 'validation.other', issue.params ?? {});
}
