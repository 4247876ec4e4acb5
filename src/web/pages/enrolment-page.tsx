import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../api/api-error';
import { enrolmentStartSchema, type EnrolmentStart } from '../api/enrolment';
import type { Session } from '../api/session-response';
import { LoadState } from '../components/load-state';
import { useDocumentTitle } from '../i18n/use-document-title';
import { SignInStep } from '../routing/sign-in-step';
import { useSession } from '../session/session-context';
import { EnrolmentConfirmForm } from './enrolment-confirm-form';
import { RecoveryCodes } from './recovery-codes';

/** "JBSW Y3DP EHPK 3PXP": the key in groups of four, as authenticator apps accept it typed. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** Setting up the authenticator: scan or type the key, confirm a first code, then save the recovery codes. */
function EnrolmentSteps({ session }: { session: Session }) {
  const intl = useIntl();
  const { api } = useSession();
  const [start, setStart] = useState<EnrolmentStart>();
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  // Each start makes a new secret; StrictMode's second effect run must not replace the first.
  const started = useRef(-1);

  useEffect(() => {
    if (started.current === attempt) return;
    started.current = attempt;
    api.send('POST', '/auth/enrolment', {}, enrolmentStartSchema).then(setStart, (cause: unknown) => setError(ApiError.from(cause)));
  }, [api, attempt]);

  // Held in memory only: the codes are shown once and must not linger in the browser's history.
  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="enrol.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id={session.stage === 'active' ? 'enrol.introOptional' : 'enrol.introRequired'} />
      </p>
      <LoadState
        isLoading={!start && !error}
        error={error}
        onRetry={() => {
          setError(undefined);
          setAttempt((n) => n + 1);
        }}
      />
      {start && (
        <ol className="steps">
          <li>
            <h2>
              <FormattedMessage id="enrol.step.install" />
            </h2>
            <p>
              <FormattedMessage id="enrol.step.installHelp" />
            </p>
          </li>
          <li>
            <h2>
              <FormattedMessage id="enrol.step.scan" />
            </h2>
            <img className="qr-code" src={start.qrCode} width={200} height={200} alt={intl.formatMessage({ id: 'enrol.qrAlt' })} />
            <p>
              <FormattedMessage id="enrol.secretIntro" />
            </p>
            <p>
              <code className="enrolment-secret">{grouped(start.secret)}</code>
            </p>
            <p className="muted">
              <FormattedMessage id="enrol.secretHelp" />
            </p>
          </li>
          <li>
            <h2>
              <FormattedMessage id="enrol.step.confirm" />
            </h2>
            <EnrolmentConfirmForm onConfirmed={setRecoveryCodes} />
          </li>
        </ol>
      )}
    </div>
  );
}

/**
 * `/sign-in/enrol`: for a session the agency requires a second factor of, and for a signed-in
 * user who has none yet and chooses to add one.
 */
export function EnrolmentPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'enrol.title' }));
  return (
    <SignInStep allows={(session) => session.stage === 'enrol_second_factor' || (session.stage === 'active' && !session.hasSecondFactor)}>
      {(session) => <EnrolmentSteps session={session} />}
    </SignInStep>
  );
}
