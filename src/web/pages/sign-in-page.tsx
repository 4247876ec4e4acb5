import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/api-error';
import { signInResultSchema } from '../api/session-response';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useDocumentTitle } from '../i18n/use-document-title';
import { returnPath } from '../session/return-path';
import { useSession } from '../session/session-context';
import { stagePath } from '../session/stage-path';
import { SignedOutNotice } from '../components/signed-out-notice';

/** Props of {@link SignInPage}. */
export interface SignInPageProps {
  /** True when the server hosts several agencies (its status names none): ask which one. */
  needsAgency: boolean;
}

/** Sign in with email and password; the next step (code, enrolment, the app) follows the stage. */
export function SignInPage({ needsAgency }: SignInPageProps) {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'signIn.title' }));
  const { state, api, refresh } = useSession();
  const location = useLocation();
  const [values, setValues] = useState({ agency: '', email: '', password: '' });
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);

  // Once the session exists, this page has done its job: go on to the step it is at.
  if (state.status === 'signed-in') {
    const { stage } = state.session;
    return <Navigate to={stage === 'active' ? returnPath(location.state) : stagePath(stage)} replace state={location.state} />;
  }

  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const labels = {
    ...(needsAgency ? { agency: intl.formatMessage({ id: 'signIn.agency' }) } : {}),
    email: intl.formatMessage({ id: 'signIn.email' }),
    password: intl.formatMessage({ id: 'signIn.password' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = problemFromFields(
      {
        agency: needsAgency && !values.agency.trim() ? intl.formatMessage({ id: 'signIn.agency.required' }) : undefined,
        email: values.email.trim() ? undefined : intl.formatMessage({ id: 'signIn.email.required' }),
        password: values.password ? undefined : intl.formatMessage({ id: 'signIn.password.required' }),
      },
      intl,
    );
    setProblem(missing);
    if (missing || isSubmitting) return;
    setSubmitting(true);
    try {
      const body = { ...(needsAgency ? { agency: values.agency.trim() } : {}), email: values.email.trim(), password: values.password };
      await api.send('POST', '/auth/sign-in', body, signInResultSchema);
      await refresh();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'auth.already_signed_in') {
        await refresh().catch(() => undefined);
        return;
      }
      setProblem(problemFromError(error, intl));
      setValues((previous) => ({ ...previous, password: '' }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="signIn.title" />
      </h1>
      {state.status === 'signed-out' && <SignedOutNotice reason={state.reason} />}
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {needsAgency && (
          <TextInput
            name="agency"
            label={labels.agency ?? ''}
            description={intl.formatMessage({ id: 'signIn.agency.help' })}
            autoComplete="organization"
            value={values.agency}
            onChange={set('agency')}
            error={problem?.fields.agency}
          />
        )}
        <TextInput
          name="email"
          type="email"
          label={labels.email}
          autoComplete="username"
          value={values.email}
          onChange={set('email')}
          error={problem?.fields.email}
        />
        <TextInput
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          value={values.password}
          onChange={set('password')}
          error={problem?.fields.password}
        />
        <Button type="submit" className="button">
          <FormattedMessage id="signIn.submit" />
        </Button>
      </form>
    </div>
  );
}
