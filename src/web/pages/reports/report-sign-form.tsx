import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { problemFromFields } from '../../forms/form-problem';
import { useSignedInSession } from '../../session/session-context';
import { type ReportFormProps, useReportWrite } from './use-report-write';

/** The manager signs: a typed name and an explicit sign-off; the report is then frozen. */
export function ReportSignForm({ report, onDone, onStale }: ReportFormProps) {
  const intl = useIntl();
  const session = useSignedInSession();
  const write = useReportWrite(onStale);
  const [signedName, setSignedName] = useState(session.user.displayName);
  const [confirmed, setConfirmed] = useState(false);
  const labels = { signedName: intl.formatMessage({ id: 'reports.sign.name' }), confirm: intl.formatMessage({ id: 'reports.sign.confirm' }) };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = problemFromFields(
      {
        signedName: signedName.trim() ? undefined : intl.formatMessage({ id: 'reports.sign.name.required' }),
        confirm: confirmed ? undefined : intl.formatMessage({ id: 'reports.sign.confirm.required' }),
      },
      intl,
    );
    write.setProblem(local);
    if (local) return;
    void write.run('POST', `/court-reports/${report.id}/sign`, { version: report.version, signedName: signedName.trim(), confirm: true }, (saved) =>
      onDone(saved, intl.formatMessage({ id: 'reports.sign.saved' })),
    );
  };
  return (
    <section aria-labelledby="report-sign-heading">
      <h3 id="report-sign-heading">
        <FormattedMessage id="reports.sign.title" />
      </h3>
      <p>
        <FormattedMessage id="reports.sign.intro" />
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        {write.problem && <ErrorSummary problem={write.problem} labels={labels} />}
        <TextInput name="signedName" label={labels.signedName} value={signedName} onChange={setSignedName} error={write.problem?.fields.signedName} autoComplete="name" />
        <div className="field" id="field-confirm">
          <CheckboxItem isSelected={confirmed} onChange={setConfirmed} name="confirm">
            {labels.confirm}
          </CheckboxItem>
          {write.problem?.fields.confirm && <p className="field-error">{write.problem.fields.confirm}</p>}
        </div>
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={write.isBusy}>
            <FormattedMessage id="reports.sign.submit" />
          </Button>
        </div>
      </form>
    </section>
  );
}
