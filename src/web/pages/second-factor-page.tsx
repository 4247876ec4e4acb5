import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { signInResultSchema } from '../api/session-response';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useDocumentTitle } from '../i18n/use-document-title';
import { SignInStep } from '../routing/sign-in-step';
import { useSession } from '../session/session-context';

type Mode = 'code' | 'recoveryCode';

/** The second sign-in step: the app's 6-digit code, or one of the saved recovery codes. */
function SecondFactorForm() {
  const intl = useIntl();
  const { api, refresh, signOut } = useSession();
  const [mode, setMode] = useState<Mode>('code');
  const [hasSwitched, setSwitched] = useState(false);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const label = intl.formatMessage({ id: mode === 'code' ? 'secondFactor.code' : 'secondFactor.recoveryCode' });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // People type codes with spaces, as apps show them ("123 456").
    const entered = value.replace(/\s+/g, '');
    const isWellFormed = mode === 'code' ? /^\d{6}$/.test(entered) : /^[a-z2-7]{4}-?[a-z2-7]{4}-?[a-z2-7]{4}$/i.test(entered);
    const wrong = isWellFormed
      ? undefined
      : problemFromFields({ [mode]: intl.formatMessage({ id: mode === 'code' ? 'secondFactor.code.invalid' : 'secondFactor.recoveryCode.invalid' }) }, intl);
    setProblem(wrong);
    if (wrong || isSubmitting) return;
    setSubmitting(true);
    try {
      await api.send('POST', '/auth/second-factor', { [mode]: entered }, signInResultSchema);
      // The token changed with the stage; the routes send the user on once it is read.
      await refresh();
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'auth.second_factor_failed': mode }));
      setValue('');
    } finally {
      setSubmitting(false);
    }
  };

  const switchMode = () => {
    setMode(mode === 'code' ? 'recoveryCode' : 'code');
    setSwitched(true);
    setValue('');
    setProblem(undefined);
  };

  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="secondFactor.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id={mode === 'code' ? 'secondFactor.intro' : 'secondFactor.recoveryIntro'} />
      </p>
      {problem && <ErrorSummary problem={problem} labels={{ [mode]: label }} />}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          key={mode}
          name={mode}
          label={label}
          description={intl.formatMessage({ id: mode === 'code' ? 'secondFactor.code.help' : 'secondFactor.recoveryCode.help' })}
          inputMode={mode === 'code' ? 'numeric' : 'text'}
          autoComplete={mode === 'code' ? 'one-time-code' : 'off'}
          inputClassName={mode === 'code' ? 'field-input-code' : 'field-input-code field-input-recovery'}
          // Moving focus only after a switch: on arrival, focus goes to the heading like any page.
          autoFocus={hasSwitched}
          value={value}
          onChange={setValue}
          error={problem?.fields[mode]}
        />
        <div className="button-row">
          <Button type="submit" className="button">
            <FormattedMessage id="secondFactor.submit" />
          </Button>
          <Button className="button button-secondary" onPress={switchMode}>
            <FormattedMessage id={mode === 'code' ? 'secondFactor.useRecoveryCode' : 'secondFactor.useCode'} />
          </Button>
        </div>
      </form>
      <p className="form-aside">
        <Button className="link-button" onPress={() => void signOut().catch(() => undefined)}>
          <FormattedMessage id="secondFactor.cancel" />
        </Button>
      </p>
    </div>
  );
}

/** `/sign-in/code`, for a session that has passed the password and owes its second factor. */
export function SecondFactorPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'secondFactor.title' }));
  return <SignInStep allows={(session) => session.stage === 'second_factor'}>{() => <SecondFactorForm />}</SignInStep>;
}
