import type { IntlShape } from 'react-intl';
import { ApiError } from '../api/api-error';

/** What is wrong with a form: one sentence for the summary, and a message per field. */
export interface FormProblem {
  summary: string;
  /** By field name (the `name` of the input, e.g. "email"). */
  fields: Partial<Record<string, string>>;
}

/** "body.roles.0" → "roles": the form field a server path belongs to. */
function fieldOf(path: string): string {
  const segments = path.split('.').filter((segment) => !/^\d+$/.test(segment));
  if (['body', 'query', 'params'].includes(segments[0] ?? '')) segments.shift();
  return segments[0] ?? path;
}

/**
 * Turns a failed submit into a form problem: the server's translated detail, its per-field
 * messages, and for codes that concern one field (`codeFields`, e.g. email taken) that field.
 */
export function problemFromError(
  error: unknown,
  intl: IntlShape,
  codeFields: Partial<Record<string, string>> = {},
): FormProblem {
  const apiError = ApiError.from(error);
  const fields: FormProblem['fields'] = {};
  for (const issue of apiError.errors) fields[fieldOf(issue.path)] ??= issue.message;
  const field = apiError.code ? codeFields[apiError.code] : undefined;
  if (field && apiError.detail) fields[field] ??= apiError.detail;
  const summary =
    apiError.detail ??
    intl.formatMessage({ id: apiError.kind === 'network' ? 'error.network' : 'error.invalid' });
  return { summary, fields };
}

/** A problem found before sending: the fields to correct, counted in the summary. */
export function problemFromFields(fields: FormProblem['fields'], intl: IntlShape): FormProblem | undefined {
  const count = Object.values(fields).filter(Boolean).length;
  if (count === 0) return undefined;
  return { summary: intl.formatMessage({ id: 'form.fieldsNeedAttention' }, { count }), fields };
}
