import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { disclosureMethods, disclosureSchema, type Disclosure } from '../../api/disclosures';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';

const day = (value: string | null) => (value ? value.slice(0, 10) : null);
const person = (value: { name: string } | null, at: string | null) => (value && at ? `${value.name}, ${at.slice(0, 10)}` : null);

/** The manager approves or refuses a Crown or probation disclosure waiting for approval. */
function DecisionForm({ disclosure, onDone, onStale }: { disclosure: Disclosure; onDone: (saved: Disclosure, notice: string) => void; onStale: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const decide = async (decision: 'approve' | 'refuse') => {
    if (isBusy) return;
    setBusy(true);
    try {
      const saved = await api.send('POST', `/disclosures/${disclosure.id}/${decision}`, { version: disclosure.version, ...(note.trim() ? { note: note.trim() } : {}) }, disclosureSchema);
      onDone(saved, intl.formatMessage({ id: decision === 'approve' ? 'disclosures.approved' : 'disclosures.refused' }));
    } catch (error) {
      setProblem(problemFromNestedError(error, intl));
      if (error instanceof ApiError && error.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">
        <FormattedMessage id="disclosures.decision.title" />
      </h2>
      <form className="form" noValidate onSubmit={(event) => event.preventDefault()}>
        {problem && <ErrorSummary problem={problem} labels={{ note: intl.formatMessage({ id: 'disclosures.decision.note' }) }} />}
        <TextInput name="note" label={intl.formatMessage({ id: 'disclosures.decision.note' })} multiline value={note} onChange={setNote} error={problem?.fields.note} />
        <div className="button-row">
          <Button className="button" isDisabled={isBusy} onPress={() => void decide('approve')}>
            <FormattedMessage id="disclosures.decision.approve" />
          </Button>
          <Button className="button button-secondary-danger" isDisabled={isBusy} onPress={() => void decide('refuse')}>
            <FormattedMessage id="disclosures.decision.refuse" />
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Records that an approved disclosure was made: how, which day, and when the partner was told. */
function MadeForm({ disclosure, onDone, onStale }: { disclosure: Disclosure; onDone: (saved: Disclosure, notice: string) => void; onStale: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [method, setMethod] = useState('');
  const [madeOn, setMadeOn] = useState('');
  const [partnerToldOn, setPartnerToldOn] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const labels = {
    method: intl.formatMessage({ id: 'disclosures.field.method' }),
    madeAt: intl.formatMessage({ id: 'disclosures.field.madeOn' }),
    partnerToldOn: intl.formatMessage({ id: 'disclosures.field.partnerToldOn' }),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const required = intl.formatMessage({ id: 'disclosures.form.required' });
    const local = problemFromFields({ method: method ? undefined : required, madeAt: madeOn ? undefined : required }, intl);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const body = { version: disclosure.version, method, madeAt: new Date(`${madeOn}T12:00:00`).toISOString(), ...(partnerToldOn ? { partnerToldOn } : {}) };
      onDone(await api.send('POST', `/disclosures/${disclosure.id}/made`, body, disclosureSchema), intl.formatMessage({ id: 'disclosures.madeSaved' }));
    } catch (error) {
      setProblem(problemFromNestedError(error, intl));
      if (error instanceof ApiError && error.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="made-heading">
      <h2 id="made-heading">
        <FormattedMessage id="disclosures.made.title" />
      </h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {problem && <ErrorSummary problem={problem} labels={labels} />}
        <SelectField name="method" label={labels.method} options={disclosureMethods.map((value) => ({ value, label: enumLabel(intl, 'disclosures.method', value) }))} value={method} onChange={setMethod} error={problem?.fields.method} />
        <TextInput name="madeAt" label={labels.madeAt} description={intl.formatMessage({ id: 'disclosures.field.dateHelp' })} value={madeOn} onChange={setMadeOn} error={problem?.fields.madeAt} />
        <TextInput name="partnerToldOn" label={labels.partnerToldOn} description={intl.formatMessage({ id: 'disclosures.field.dateHelp' })} value={partnerToldOn} onChange={setPartnerToldOn} error={problem?.fields.partnerToldOn} />
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={isBusy}>
            <FormattedMessage id="disclosures.made.submit" />
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * `/disclosures/:disclosureId`: one disclosure with what was disclosed (the read is audited),
 * the manager's approval or refusal when it waits for one, and "mark as made" once approved.
 */
export function DisclosurePage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { disclosureId = '' } = useParams();
  useDocumentTitle(intl.formatMessage({ id: 'disclosures.detail.title' }));
  const query = useApiQuery(`/disclosures/${disclosureId}`, disclosureSchema);
  const [notice, setNotice] = useState<string>();
  const disclosure = query.data;
  const done = (saved: Disclosure, message: string) => {
    query.setData(saved);
    setNotice(message);
  };
  const t = (id: MessageId) => intl.formatMessage({ id });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/disclosures">
          <FormattedMessage id="disclosures.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="disclosures.detail.title" />
      </h1>
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={query.isLoading && !disclosure} error={query.error} onRetry={query.reload} />
      {disclosure && (
        <>
          <p className={disclosure.status === 'pending_approval' ? 'notice notice-info' : 'notice'}>
            <FormattedMessage id={`disclosures.statusLine.${disclosure.status}`} />
          </p>
          <FactList
            rows={[
              [t('disclosures.column.participant'), disclosure.participantName],
              [t('disclosures.field.recipient'), enumLabel(intl, 'disclosures.recipient', disclosure.recipient)],
              [t('disclosures.field.basis'), enumLabel(intl, 'disclosures.basis', disclosure.legalBasis)],
              [t('disclosures.field.summary'), disclosure.summary],
              [t('disclosures.detail.raisedBy'), enumLabel(intl, 'disclosures.team', disclosure.raisedByTeam)],
              [t('disclosures.detail.decided'), person(disclosure.decidedBy, disclosure.decidedAt) ?? day(disclosure.decidedAt)],
              [t('disclosures.field.crownWarning'), disclosure.approvalRequired ? t(disclosure.crownWarningGiven ? 'disclosures.detail.yes' : 'disclosures.detail.no') : null],
              [t('disclosures.field.partnerToldOn'), disclosure.partnerToldOn],
              [t('disclosures.field.concern'), disclosure.concernCategory ? enumLabel(intl, 'disclosures.concern', disclosure.concernCategory) : null],
              [t('disclosures.field.concernOn'), disclosure.concernOccurredOn],
              [t('disclosures.detail.approved'), person(disclosure.approvedBy, disclosure.approvedAt)],
              [t('disclosures.detail.refused'), person(disclosure.refusedBy, disclosure.refusedAt)],
              [t('disclosures.decision.note'), disclosure.approvalNote],
              [t('disclosures.field.method'), disclosure.method ? enumLabel(intl, 'disclosures.method', disclosure.method) : null],
              [t('disclosures.detail.made'), person(disclosure.madeBy, disclosure.madeAt) ?? day(disclosure.madeAt)],
            ]}
          />
          {disclosure.partnerId && (
            <p>
              <Link to={`/partners/${disclosure.partnerId}`}>
                <FormattedMessage id="disclosures.detail.toPartner" />
              </Link>
            </p>
          )}
          {disclosure.status === 'pending_approval' && hasPermission(session, 'disclosure.approve') && <DecisionForm disclosure={disclosure} onDone={done} onStale={query.reload} />}
          {disclosure.status === 'approved' && <MadeForm disclosure={disclosure} onDone={done} onStale={query.reload} />}
        </>
      )}
    </>
  );
}
