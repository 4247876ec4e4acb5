import type { IntlShape } from 'react-intl';
import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { partnerFileSchema, type PartnerFile } from '../../api/partners';
import { problemFromError, type FormProblem } from '../../forms/form-problem';

/** The details as `PUT /partners/:id` takes them, from the file with some fields changed. */
export function partnerDetailsBody(file: PartnerFile, changes: Partial<{ fullName: string; relationship: PartnerFile['relationship']; language: PartnerFile['language']; childrenAges: number[] }>) {
  return {
    fullName: changes.fullName ?? file.fullName,
    relationship: changes.relationship !== undefined ? changes.relationship : file.relationship,
    language: changes.language !== undefined ? changes.language : file.language,
    childrenAges: changes.childrenAges ?? file.children.map((child) => child.age),
    version: file.version,
  };
}

/**
 * Sends a change of the partner file and hands back the file it returns, or the problem to show.
 * A version conflict (409) says a colleague saved first: the file is read again (`onStale`) and
 * the words say to check and save again; what was typed stays in the form.
 */
export async function sendPartnerChange(
  api: ApiClient,
  intl: IntlShape,
  request: { method: 'POST' | 'PUT'; path: string; body: unknown },
  handlers: { onSaved: (file: PartnerFile) => void; onStale: () => void },
  codeFields: Partial<Record<string, string>> = {},
): Promise<FormProblem | undefined> {
  try {
    handlers.onSaved(await api.send(request.method, request.path, request.body, partnerFileSchema));
    return undefined;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) handlers.onStale();
    return problemFromError(error, intl, codeFields);
  }
}
