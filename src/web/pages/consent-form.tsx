import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConsentKind, ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { SignaturePad } from '../components/signature-pad';
import { TextInput } from '../components/text-input';
import { problemFromFields } from '../forms/form-problem';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';

/** Props of {@link ConsentForm}. */
export interface ConsentFormProps {
  kind: ConsentKind;
  file: ParticipantFile;
  write: CaseWrite;
}

const methods = ['typed_name', 'drawn', 'ticked'];
/** The most SVG path data the API keeps for one signature. */
const maxSignatureLength = 200_000;

/**
 * Records one consent as signed today: by the participant typing their name, drawing their
 * signature (with the name typed too), or a ticked box witnessed by staff.
 */
export function ConsentForm({ kind, file, write }: ConsentFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [method, setMethod] = useState('typed_name');
  const [signedName, setSignedName] = useState('');
  const [signature, setSignature] = useState('');
  const panel = `consent-${kind}` as const;
  const problem = write.problemOf(panel);
  const title = enumLabel(intl, 'consent', kind);
  const nameField = `${kind}-signedName`;
  const signatureField = `${kind}-signature`;
  // In the form's order, for the error summary.
  const labels = {
    [signatureField]: intl.formatMessage({ id: 'signature.label' }, { consent: title }),
    [nameField]: intl.formatMessage({ id: 'consent.signedName' }, { consent: title }),
  };
  const isDrawn = method === 'drawn';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const signatureProblem = !signature
      ? intl.formatMessage({ id: 'signature.required' })
      : signature.length > maxSignatureLength
        ? intl.formatMessage({ id: 'signature.tooLong' })
        : undefined;
    const missing = problemFromFields(
      {
        [signatureField]: isDrawn ? signatureProblem : undefined,
        [nameField]: signedName.trim() ? undefined : intl.formatMessage({ id: 'form.required' }),
      },
      intl,
    );
    if (missing) return write.refuse(panel, missing);
    const body = { kind, method, signedName: signedName.trim(), ...(isDrawn ? { signatureSvg: signature } : {}) };
    void write.run(panel, () => api.send('POST', `/participants/${file.id}/consents`, body), 'consent.done');
  };

  return (
    <form className="form narrow case-item" noValidate onSubmit={onSubmit} aria-labelledby={`${kind}-heading`}>
      <h3 id={`${kind}-heading`}>{title}</h3>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <RadioChoice
        name={`${kind}-method`}
        label={intl.formatMessage({ id: 'consent.method' }, { consent: title })}
        options={methods.map((value) => ({ value, label: enumLabel(intl, 'consent.method', value) }))}
        value={method}
        onChange={setMethod}
      />
      {isDrawn && (
        <SignaturePad
          name={signatureField}
          label={labels[signatureField] ?? ''}
          description={intl.formatMessage({ id: 'signature.help' })}
          value={signature}
          onChange={setSignature}
          error={problem?.fields[signatureField] ?? problem?.fields.signatureSvg}
        />
      )}
      <TextInput
        name={nameField}
        label={labels[nameField] ?? ''}
        autoComplete="off"
        value={signedName}
        onChange={setSignedName}
        error={problem?.fields[nameField] ?? problem?.fields.signedName}
      />
      <Button type="submit" className="button button-secondary" isDisabled={write.isBusy}>
        <FormattedMessage id="consent.submit" values={{ consent: title }} />
      </Button>
    </form>
  );
}
