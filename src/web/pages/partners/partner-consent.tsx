import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { consentDecisions, consentWays } from '../../api/partners';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useAgencyToday, useSession } from '../../session/session-context';
import { sendPartnerChange } from './partner-save';
import type { PartnerSectionProps } from './partner-section';

/**
 * What the partner said about being contacted: the current decision (the latest), every decision
 * before it, and a form to record a new one (a partner who declined may ask to be contacted again).
 */
export function PartnerConsent({ file, onFileChange, reloadFile, canWrite }: PartnerSectionProps) {
  const intl = useIntl();
  const { api } = useSession();
  const today = useAgencyToday();
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const [how, setHow] = useState<string>('phone');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const labels = {
    decision: intl.formatMessage({ id: 'partnerFile.consent.decision' }),
    decidedOn: intl.formatMessage({ id: 'partnerFile.consent.decidedOn' }),
    how: intl.formatMessage({ id: 'partnerFile.consent.howLabel' }),
    note: intl.formatMessage({ id: 'partnerFile.consent.note' }),
  };
  const current = file.consent.current;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const local = problemFromFields(
      {
        decision: decision ? undefined : intl.formatMessage({ id: 'partnerFile.consent.decision.required' }),
        decidedOn: /^\d{4}-\d{2}-\d{2}$/.test(decidedOn.trim()) ? undefined : intl.formatMessage({ id: 'partnerFile.consent.decidedOn.invalid' }),
      },
      intl,
    );
    setProblem(local);
    setNotice(undefined);
    if (local) return;
    setBusy(true);
    const found = await sendPartnerChange(
      api,
      intl,
      { method: 'POST', path: `/partners/${file.id}/consents`, body: { decision, decidedOn: decidedOn.trim(), how, note: note.trim() || null } },
      {
        onSaved: (saved) => {
          onFileChange(saved);
          setDecision('');
          setNote('');
          setNotice(intl.formatMessage({ id: 'partnerFile.consent.recorded' }));
        },
        onStale: reloadFile,
      },
    );
    setProblem(found);
    setBusy(false);
  };
  return (
    <section aria-labelledby="partner-consent-heading">
      <h2 id="partner-consent-heading">
        <FormattedMessage id="partnerFile.consent.title" />
      </h2>
      <SuccessNotice>{notice}</SuccessNotice>
      <p>
        {current ? (
          <FormattedMessage
            id="partnerFile.consent.current"
            values={{
              decision: <strong>{enumLabel(intl, 'partnerFile.consent.decision', current.decision)}</strong>,
              date: current.decidedOn,
              how: enumLabel(intl, 'partnerFile.consent.how', current.how),
            }}
          />
        ) : (
          <FormattedMessage id="partnerFile.consent.none" />
        )}
      </p>
      {file.consent.history.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="partner-consent-caption" tabIndex={0}>
          <table className="table">
            <caption id="partner-consent-caption">
              <FormattedMessage id="partnerFile.consent.history" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partnerFile.consent.col.date" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partnerFile.consent.col.decision" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partnerFile.consent.col.how" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partnerFile.consent.col.note" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partnerFile.consent.col.by" />
                </th>
              </tr>
            </thead>
            <tbody>
              {file.consent.history.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.decidedOn}</th>
                  <td>{enumLabel(intl, 'partnerFile.consent.decision', entry.decision)}</td>
                  <td>{enumLabel(intl, 'partnerFile.consent.how', entry.how)}</td>
                  <td>{entry.note}</td>
                  <td>{entry.recordedBy?.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && (
        <form className="form" noValidate aria-labelledby="partner-consent-form-heading" onSubmit={(event) => void onSubmit(event)}>
          <h3 id="partner-consent-form-heading">
            <FormattedMessage id="partnerFile.consent.record" />
          </h3>
          {problem && <ErrorSummary problem={problem} labels={labels} />}
          <RadioChoice
            name="decision"
            label={labels.decision}
            options={consentDecisions.map((value) => ({ value, label: enumLabel(intl, 'partnerFile.consent.decision', value) }))}
            value={decision}
            onChange={setDecision}
            error={problem?.fields.decision}
          />
          <TextInput name="decidedOn" label={labels.decidedOn} description={intl.formatMessage({ id: 'field.date.help' })} autoComplete="off" value={decidedOn} onChange={setDecidedOn} error={problem?.fields.decidedOn} />
          <SelectField name="how" label={labels.how} options={consentWays.map((value) => ({ value, label: enumLabel(intl, 'partnerFile.consent.how', value) }))} value={how} onChange={(value) => setHow(value || 'phone')} error={problem?.fields.how} />
          <TextInput name="note" label={labels.note} multiline autoComplete="off" value={note} onChange={setNote} error={problem?.fields.note} />
          <Button type="submit" className="button" isDisabled={isBusy}>
            <FormattedMessage id="partnerFile.consent.submit" />
          </Button>
        </form>
      )}
    </section>
  );
}
