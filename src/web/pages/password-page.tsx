import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorSummary } from '../components/error-summary';
import { SuccessNotice } from '../components/success-notice';
import { TextInput } from '../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useDocumentTitle } from '../i18n/use-document-title';
import { useSession } from '../session/session-context';

const empty = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Server codes that are about one field of this form. */
const codeFields = {
  'users.current_password_wrong': 'currentPassword',
  'users.password_weak': 'newPassword',
};

/** `/account/password`: change your own password (the server checks the current one and the policy). */
export function PasswordPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'password.title' }));
  const { api, refresh } = useSession();
  const [values, setValues] = useState(empty);
  const [problem, setProblem] = useState<FormProblem>();
  const [isChanged, setChanged] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const labels = {
    currentPassword: intl.formatMessage({ id: 'password.current' }),
    newPassword: intl.formatMessage({ id: 'password.new' }),
    confirmPassword: intl.formatMessage({ id: 'password.confirm' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const required = intl.formatMessage({ id: 'form.required' });
    const wrong = problemFromFields(
      {
        currentPassword: values.currentPassword ? undefined : required,
        newPassword: values.newPassword ? undefined : required,
        confirmPassword:
          values.confirmPassword !== values.newPassword ? intl.formatMessage({ id: 'password.mismatch' }) : undefined,
      },
      intl,
    );
    setProblem(wrong);
    if (wrong || isSubmitting) return;
    setSubmitting(true);
    try {
      await api.send('POST', '/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      setValues(empty);
      setChanged(true);
      // The server may have renewed the session with the password: take its new token.
      await refresh();
    } catch (error) {
      setProblem(problemFromError(error, intl, codeFields));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="password.title" />
      </h1>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SuccessNotice>{isChanged && <FormattedMessage id="password.changed" />}</SuccessNotice>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput name="currentPassword" type="password" label={labels.currentPassword} autoComplete="current-password" value={values.currentPassword} onChange={set('currentPassword')} error={problem?.fields.currentPassword} />
        <TextInput
          name="newPassword"
          type="password"
          label={labels.newPassword}
          description={intl.formatMessage({ id: 'password.new.help' })}
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={problem?.fields.newPassword}
        />
        <TextInput name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" value={values.confirmPassword} onChange={set('confirmPassword')} error={problem?.fields.confirmPassword} />
        <Button type="submit" className="button">
          <FormattedMessage id="password.submit" />
        </Button>
      </form>
    </div>
  );
}
