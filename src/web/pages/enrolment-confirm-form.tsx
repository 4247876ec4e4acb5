import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { enrolmentConfirmSchema } from '../api/enrolment';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useSession } from '../session/session-context';

/** Props of {@link EnrolmentConfirmForm}. */
export interface EnrolmentConfirmFormProps {
  /** Called with the recovery codes once the app's first code is accepted. */
  onConfirmed: (recoveryCodes: string[]) => void;
}

/** The first code from the newly set-up app, which proves it works before it is required. */
export function EnrolmentConfirmForm({ onConfirmed }: EnrolmentConfirmFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const label = intl.formatMessage({ id: 'enrol.code' });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const entered = code.replace(/\s+/g, '');
    const wrong = /^\d{6}$/.test(entered) ? undefined : problemFromFields({ code: intl.formatMessage({ id: 'secondFactor.code.invalid' }) }, intl);
    setProblem(wrong);
    if (wrong || isSubmitting) return;
    setSubmitting(true);
    try {
      const result = await api.send('POST', '/auth/enrolment/confirm', { code: entered }, enrolmentConfirmSchema);
      onConfirmed(result.recoveryCodes);
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'auth.second_factor_failed': 'code' }));
      setCode('');
      setSubmitting(false);
    }
  };

  return (
    <>
      {problem && <ErrorSummary problem={problem} labels={{ code: label }} />}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          name="code"
          label={label}
          description={intl.formatMessage({ id: 'enrol.code.help' })}
          inputMode="numeric"
          autoComplete="one-time-code"
          inputClassName="field-input-code"
          value={code}
          onChange={setCode}
          error={problem?.fields.code}
        />
        <Button type="submit" className="button">
          <FormattedMessage id="enrol.submit" />
        </Button>
      </form>
    </>
  );
}
