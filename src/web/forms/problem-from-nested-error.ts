import type { IntlShape } from 'react-intl';
import { ApiError } from '../api/api-error';
import { problemFromError, type FormProblem } from './form-problem';

/**
 * Like {@link problemFromError}, for a form whose fields are nested in the request body: each
 * server message goes to the field named by its whole path ("body.referral.orderDate" →
 * "referral.orderDate", "body.partners.0.fullName" → "partners.0.fullName"), or by what
 * `fieldOf` makes of that path when the form names its fields otherwise.
 */
export function problemFromNestedError(error: unknown, intl: IntlShape, fieldOf: (path: string) => string = (path) => path): FormProblem {
  const { summary } = problemFromError(error, intl);
  const fields: FormProblem['fields'] = {};
  for (const issue of ApiError.from(error).errors) fields[fieldOf(issue.path.replace(/^(body|query|params)\./, ''))] ??= issue.message;
  return { summary, fields };
}
