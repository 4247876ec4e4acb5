import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { CheckboxItem } from '../components/checkbox-item';
import { ErrorSummary } from '../components/error-summary';
import { fieldId } from '../forms/field-id';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useSession } from '../session/session-context';

/** Props of {@link RecoveryCodes}. */
export interface RecoveryCodesProps {
  codes: readonly string[];
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The recovery codes, shown this once: copy or print them, say they are saved, then continue.
 * Continuing reads the session again, which is now fully signed in, and the routes go on.
 */
export function RecoveryCodes({ codes }: RecoveryCodesProps) {
  const intl = useIntl();
  const { refresh } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [isSaved, setSaved] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const label = intl.formatMessage({ id: 'recovery.saved' });

  // A new step on the same address: put the reader at its heading, as a new page would.
  useEffect(() => heading.current?.focus(), []);

  const copyCodes = () => {
    // The clipboard needs HTTPS or localhost; on a plain-HTTP network install it is refused.
    navigator.clipboard?.writeText(codes.join('\n')).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    ) ?? setCopy('failed');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = problemFromFields({ saved: isSaved ? undefined : intl.formatMessage({ id: 'recovery.saved.required' }) }, intl);
    setProblem(missing);
    if (missing) return;
    refresh().catch((error: unknown) => setProblem(problemFromError(error, intl)));
  };

  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        <FormattedMessage id="recovery.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="recovery.intro" />
      </p>
      {problem && <ErrorSummary problem={problem} labels={{ saved: label }} />}
      <ol className="recovery-codes" aria-label={intl.formatMessage({ id: 'recovery.listLabel' })}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row no-print">
        <Button className="button button-secondary" onPress={copyCodes}>
          <FormattedMessage id="recovery.copy" />
        </Button>
        <Button className="button button-secondary" onPress={() => window.print()}>
          <FormattedMessage id="recovery.print" />
        </Button>
      </div>
      <p role="status" className="no-print">
        {copy === 'copied' && <FormattedMessage id="recovery.copied" />}
        {copy === 'failed' && <FormattedMessage id="recovery.copyFailed" />}
      </p>
      <form className="form no-print" noValidate onSubmit={onSubmit}>
        <div className="field">
          {problem?.fields.saved && (
            <p id="saved-error" className="field-error">
              {problem.fields.saved}
            </p>
          )}
          <CheckboxItem
            id={fieldId('saved')}
            isSelected={isSaved}
            onChange={setSaved}
            isInvalid={problem?.fields.saved !== undefined}
            aria-describedby={problem?.fields.saved ? 'saved-error' : undefined}
          >
            {label}
          </CheckboxItem>
        </div>
        <Button type="submit" className="button">
          <FormattedMessage id="recovery.continue" />
        </Button>
      </form>
    </div>
  );
}
