import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { documentKinds, documentMediaTypes, maxDocumentBytes, maxDocumentMegabytes } from '../forms/document-rules';
import { referralDocumentSchema } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { FileInput } from '../components/file-input';
import { SelectField } from '../components/select-field';
import { problemFromError, problemFromFields } from '../forms/form-problem';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';

/** Props of {@link DocumentUploadForm}. */
export interface DocumentUploadFormProps {
  referralId: string;
  write: CaseWrite;
}

const extensions = ['.pdf', '.jpg', '.jpeg', '.png'];
/** What the file chooser offers: the accepted types, by type and by extension. */
const accept = [...documentMediaTypes, ...extensions].join(',');
/** The server's refusals of the file itself. */
const fileCodes = ['documents.type_not_allowed', 'documents.too_large', 'documents.empty', 'documents.missing_file', 'documents.too_many_files', 'documents.upload_incomplete'];

/** Whether the browser says the file is a PDF, JPEG or PNG (by its name, when it does not know the type). */
function isAcceptedType(file: File): boolean {
  if (file.type !== '') return (documentMediaTypes as readonly string[]).includes(file.type);
  return extensions.some((extension) => file.name.toLowerCase().endsWith(extension));
}

/**
 * Attaches an order to a referral: its kind, and one PDF, JPEG or PNG up to 10 MB. The type and
 * size are checked here first; the server decides the type by the file's content and says why it
 * refuses one.
 */
export function DocumentUploadForm({ referralId, write }: DocumentUploadFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File>();
  // A new form after each upload, so that the file chooser is empty again.
  const [round, setRound] = useState(0);
  const panel = `documents-${referralId}` as const;
  const problem = write.problemOf(panel);
  const names = { kind: `document-${referralId}-kind`, file: `document-${referralId}-file` };
  const labels = {
    [names.kind]: intl.formatMessage({ id: 'document.kind' }),
    [names.file]: intl.formatMessage({ id: 'document.file' }),
  };
  // The server names the kind when it does not know it; its other refusals are about the file.
  const toProblem = (error: unknown) => {
    const { summary, fields } = problemFromError(error, intl, Object.fromEntries(fileCodes.map((code) => [code, names.file])));
    return { summary, fields: { [names.kind]: fields.kind, [names.file]: fields[names.file] } };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fileProblem = !file
      ? intl.formatMessage({ id: 'document.file.required' })
      : !isAcceptedType(file)
        ? intl.formatMessage({ id: 'document.file.type' }, { max: maxDocumentMegabytes })
        : file.size === 0
          ? intl.formatMessage({ id: 'document.file.empty' })
          : file.size > maxDocumentBytes
            ? intl.formatMessage({ id: 'document.file.tooLarge' }, { max: maxDocumentMegabytes })
            : undefined;
    const missing = problemFromFields({ [names.kind]: kind ? undefined : intl.formatMessage({ id: 'form.required' }), [names.file]: fileProblem }, intl);
    if (missing) return write.refuse(panel, missing);
    if (!file) return; // Refused just above: a file is required.
    // The fields the API names: `kind`, and the one file in `file`.
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    const saved = await write.run(panel, () => api.send('POST', `/referrals/${referralId}/documents`, form, referralDocumentSchema), 'document.uploaded', toProblem);
    if (saved) {
      setKind('');
      setFile(undefined);
      setRound((n) => n + 1);
    }
  };

  return (
    <form className="form upload-form" noValidate aria-labelledby={`${names.file}-heading`} onSubmit={(event) => void onSubmit(event)}>
      <h5 id={`${names.file}-heading`} className="subheading">
        <FormattedMessage id="document.upload.title" />
      </h5>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SelectField
        name={names.kind}
        label={labels[names.kind] ?? ''}
        options={documentKinds.map((value) => ({ value, label: enumLabel(intl, 'documentKind', value) }))}
        value={kind}
        onChange={setKind}
        error={problem?.fields[names.kind]}
      />
      <FileInput
        key={round}
        name={names.file}
        label={labels[names.file] ?? ''}
        description={intl.formatMessage({ id: 'document.file.help' }, { max: maxDocumentMegabytes })}
        accept={accept}
        error={problem?.fields[names.file]}
        onChange={setFile}
      />
      <Button type="submit" className="button button-secondary" isDisabled={write.isBusy}>
        <FormattedMessage id="document.upload.submit" />
      </Button>
    </form>
  );
}
