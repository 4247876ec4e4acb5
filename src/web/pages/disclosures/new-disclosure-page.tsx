import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { approvalRecipients, basesFor, concernCategories, disclosureMethods, disclosureReceiptSchema, disclosureRecipients, type DisclosureRecipient } from '../../api/disclosures';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';

/**
 * `/disclosures/new` (`?partnerId=` from a partner's file, `?participantId=` from a
 * participant's): record a disclosure decision. Choosing the recipient shows the legal bases it
 * may be given, the Crown warning to tick for the Crown and probation (a manager then approves),
 * and that a report to a Children's Aid Society needs no approval. The group program gets a
 * receipt only; disclosure readers go to the disclosure.
 */
export function NewDisclosurePage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { api } = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const partnerId = search.get('partnerId') ?? '';
  const participantId = search.get('participantId') ?? '';
  useDocumentTitle(intl.formatMessage({ id: 'disclosures.new' }));
  const [recipient, setRecipient] = useState<DisclosureRecipient | ''>('');
  const [legalBasis, setLegalBasis] = useState('');
  const [summary, setSummary] = useState('');
  const [crownWarningGiven, setCrownWarning] = useState(false);
  const [concernCategory, setConcernCategory] = useState('');
  const [concernOccurredOn, setConcernOccurredOn] = useState('');
  const [partnerToldOn, setPartnerToldOn] = useState('');
  const [alreadyMade, setAlreadyMade] = useState(false);
  const [madeOn, setMadeOn] = useState('');
  const [method, setMethod] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [receipt, setReceipt] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const gated = recipient !== '' && approvalRecipients.includes(recipient);
  const labels = {
    recipient: t('disclosures.field.recipient'),
    legalBasis: t('disclosures.field.basis'),
    summary: t('disclosures.field.summary'),
    crownWarningGiven: t('disclosures.field.crownWarning'),
    method: t('disclosures.field.method'),
    madeAt: t('disclosures.field.madeOn'),
    partnerToldOn: t('disclosures.field.partnerToldOn'),
    concernCategory: t('disclosures.field.concern'),
    concernOccurredOn: t('disclosures.field.concernOn'),
    partnerId: t('disclosures.field.partner'),
    participantId: t('disclosures.field.participant'),
  };
  if (!partnerId && !participantId) {
    return (
      <>
        <h1>
          <FormattedMessage id="disclosures.new" />
        </h1>
        <p className="notice">
          <FormattedMessage id="disclosures.form.fromFile" />
        </p>
      </>
    );
  }
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const required = t('disclosures.form.required');
    const local = problemFromFields(
      {
        recipient: recipient ? undefined : required,
        legalBasis: legalBasis ? undefined : required,
        summary: summary.trim() ? undefined : required,
        crownWarningGiven: gated && !crownWarningGiven ? t('disclosures.form.crownWarningRequired') : undefined,
        madeAt: alreadyMade && !madeOn ? required : undefined,
        method: alreadyMade && !method ? required : undefined,
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    setBusy(true);
    const body = {
      ...(partnerId ? { partnerId } : {}),
      ...(participantId ? { participantId } : {}),
      recipient,
      legalBasis,
      summary: summary.trim(),
      crownWarningGiven: gated ? crownWarningGiven : false,
      ...(concernCategory ? { concernCategory } : {}),
      ...(concernCategory && concernOccurredOn ? { concernOccurredOn } : {}),
      ...(partnerToldOn ? { partnerToldOn } : {}),
      ...(alreadyMade && !gated ? { madeAt: new Date(`${madeOn}T12:00:00`).toISOString(), method } : method ? { method } : {}),
    };
    try {
      const saved = await api.send('POST', '/disclosures', body, disclosureReceiptSchema);
      if (hasPermission(session, 'disclosure.read')) void navigate(`/disclosures/${saved.id}`);
      else setReceipt(t('disclosures.form.received', { status: enumLabel(intl, 'disclosures.status', saved.status) }));
    } catch (error) {
      setProblem(problemFromNestedError(error, intl));
    } finally {
      setBusy(false);
    }
  };
  if (receipt) {
    return (
      <>
        <h1>
          <FormattedMessage id="disclosures.new" />
        </h1>
        <SuccessNotice>{receipt}</SuccessNotice>
        <p>
          <Link to={`/participants/${participantId}`}>
            <FormattedMessage id="disclosures.form.backToParticipant" />
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={partnerId ? `/partners/${partnerId}` : `/participants/${participantId}`}>
          <FormattedMessage id={partnerId ? 'disclosures.form.backToPartner' : 'disclosures.form.backToParticipant'} />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="disclosures.new" />
      </h1>
      <p className="intro">
        <FormattedMessage id="disclosures.form.intro" />
      </p>
      <form className="form record-form" noValidate aria-label={t('disclosures.new')} onSubmit={(event) => void onSubmit(event)}>
        {problem && <ErrorSummary problem={problem} labels={labels} />}
        <RadioChoice
          name="recipient"
          label={labels.recipient}
          options={disclosureRecipients.map((value) => ({ value, label: enumLabel(intl, 'disclosures.recipient', value) }))}
          value={recipient}
          onChange={(value) => {
            const next = value as DisclosureRecipient;
            setRecipient(next);
            if (!basesFor(next).includes(legalBasis as never)) setLegalBasis(next === 'childrens_aid' ? 'child_abuse_or_neglect' : '');
          }}
          error={problem?.fields.recipient}
        />
        {recipient === 'childrens_aid' && (
          <p className="notice notice-info">
            <FormattedMessage id="disclosures.form.childProtectionNote" />
          </p>
        )}
        {gated && (
          <p className="notice notice-info">
            <FormattedMessage id="disclosures.form.approvalNote" />
          </p>
        )}
        {recipient !== '' && (
          <RadioChoice
            name="legalBasis"
            label={labels.legalBasis}
            options={basesFor(recipient).map((value) => ({ value, label: enumLabel(intl, 'disclosures.basis', value) }))}
            value={legalBasis}
            onChange={setLegalBasis}
            error={problem?.fields.legalBasis}
          />
        )}
        <TextInput name="summary" label={labels.summary} description={t('disclosures.field.summaryHelp')} multiline value={summary} onChange={setSummary} error={problem?.fields.summary} />
        {gated && (
          <div className="field" id={fieldId('crownWarningGiven')}>
            <CheckboxItem isSelected={crownWarningGiven} onChange={setCrownWarning} isInvalid={problem?.fields.crownWarningGiven !== undefined}>
              {labels.crownWarningGiven}
            </CheckboxItem>
            {problem?.fields.crownWarningGiven && <p className="field-error">{problem.fields.crownWarningGiven}</p>}
          </div>
        )}
        <TextInput name="partnerToldOn" label={labels.partnerToldOn} description={t('disclosures.field.dateHelp')} value={partnerToldOn} onChange={setPartnerToldOn} error={problem?.fields.partnerToldOn} />
        <SelectField
          name="concernCategory"
          label={labels.concernCategory}
          description={t('disclosures.field.concernHelp')}
          options={[{ value: '', label: t('disclosures.field.noConcern') }, ...concernCategories.map((value) => ({ value, label: enumLabel(intl, 'disclosures.concern', value) }))]}
          value={concernCategory}
          onChange={setConcernCategory}
          error={problem?.fields.concernCategory}
        />
        {concernCategory && <TextInput name="concernOccurredOn" label={labels.concernOccurredOn} description={t('disclosures.field.dateHelp')} value={concernOccurredOn} onChange={setConcernOccurredOn} error={problem?.fields.concernOccurredOn} />}
        {recipient !== '' && !gated && (
          <CheckboxItem isSelected={alreadyMade} onChange={setAlreadyMade}>
            {t('disclosures.field.alreadyMade')}
          </CheckboxItem>
        )}
        {alreadyMade && !gated && (
          <>
            <TextInput name="madeAt" label={labels.madeAt} description={t('disclosures.field.dateHelp')} value={madeOn} onChange={setMadeOn} error={problem?.fields.madeAt} />
            <SelectField
              name="method"
              label={labels.method}
              options={disclosureMethods.map((value) => ({ value, label: enumLabel(intl, 'disclosures.method', value) }))}
              value={method}
              onChange={setMethod}
              error={problem?.fields.method}
            />
          </>
        )}
        {problem?.fields.partnerId && <p className="field-error">{problem.fields.partnerId}</p>}
        {problem?.fields.participantId && <p className="field-error">{problem.fields.participantId}</p>}
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={isBusy}>
            <FormattedMessage id="disclosures.form.submit" />
          </Button>
        </div>
      </form>
    </>
  );
}
