import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { manualDeliveryMethods, newSendKey, referralNoticeSchema, type noticeReasons } from '../../api/reports';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useAgencyToday, useSession, useSignedInSession } from '../../session/session-context';

type Reason = (typeof noticeReasons)[number];

/**
 * The manager writes, signs and sends an interim notice in one act: what happened and on which
 * day, optional details, the language, the signature, and how it goes (email, or recorded by hand).
 */
export function ReferralNoticeForm({ participantId, reasons, referralEmail, onSent }: { participantId: string; reasons: readonly Reason[]; referralEmail: string | null; onSent: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const session = useSignedInSession();
  const today = useAgencyToday();
  const [idempotencyKey, setKey] = useState(newSendKey);
  const [reason, setReason] = useState<string>(reasons[0]!);
  const [eventOn, setEventOn] = useState(today);
  const [details, setDetails] = useState('');
  const [language, setLanguage] = useState(intl.locale === 'fr-CA' ? 'fr' : 'en');
  const [signedName, setSignedName] = useState(session.user.displayName);
  const [confirmed, setConfirmed] = useState(false);
  const [method, setMethod] = useState('email');
  const [to, setTo] = useState(referralEmail ?? '');
  const [deliveredOn, setDeliveredOn] = useState(today);
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const f = (id: MessageId) => intl.formatMessage({ id });
  const labels = {
    reason: f('reports.notice.reason'),
    eventOn: f('reports.notice.eventOn'),
    details: f('reports.notice.details'),
    language: f('reports.field.language'),
    signedName: f('reports.sign.name'),
    confirm: f('reports.notice.confirm'),
    method: f('reports.send.method'),
    to: f('reports.send.to'),
    deliveredOn: f('reports.send.deliveredOn'),
  };
  const dayProblem = (value: string) => (!/^\d{4}-\d{2}-\d{2}$/.test(value) ? f('reports.field.day.invalid') : value > today ? f('reports.field.day.future') : undefined);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const email = method === 'email';
    const local = problemFromFields(
      {
        eventOn: dayProblem(eventOn),
        signedName: signedName.trim() ? undefined : f('reports.sign.name.required'),
        confirm: confirmed ? undefined : f('reports.notice.confirm.required'),
        to: email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to.trim()) ? f('reports.send.to.invalid') : undefined,
        deliveredOn: email ? undefined : dayProblem(deliveredOn),
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const delivery = email ? { method, to: to.trim() } : { method, deliveredOn };
      const body = { reason, eventOn, language, signedName: signedName.trim(), confirm: true, delivery, idempotencyKey, ...(details.trim() ? { details: details.trim() } : {}) };
      await api.send('POST', `/participants/${participantId}/referral-notices`, body, referralNoticeSchema);
      setProblem(undefined);
      setConfirmed(false);
      setDetails('');
      setKey(newSendKey());
      onSent();
    } catch (error) {
      setProblem(problemFromNestedError(error, intl, (path) => path.replace(/^delivery\./, '')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <RadioChoice name="reason" label={labels.reason} options={reasons.map((value) => ({ value, label: enumLabel(intl, 'reports.notice.reasonLabel', value) }))} value={reason} onChange={setReason} error={problem?.fields.reason} />
      <TextInput name="eventOn" label={labels.eventOn} description={f('reports.field.day.help')} value={eventOn} onChange={setEventOn} error={problem?.fields.eventOn} />
      <TextInput name="details" label={labels.details} description={f('reports.notice.details.help')} multiline value={details} onChange={setDetails} error={problem?.fields.details} />
      <RadioChoice name="language" label={labels.language} options={[{ value: 'en', label: 'English', lang: 'en-CA' }, { value: 'fr', label: 'Français', lang: 'fr-CA' }]} value={language} onChange={setLanguage} />
      <RadioChoice name="method" label={labels.method} options={['email', ...manualDeliveryMethods].map((value) => ({ value, label: enumLabel(intl, 'reports.delivery', value) }))} value={method} onChange={setMethod} error={problem?.fields.method} />
      {method === 'email' ? (
        <TextInput name="to" type="email" label={labels.to} value={to} onChange={setTo} error={problem?.fields.to} />
      ) : (
        <TextInput name="deliveredOn" label={labels.deliveredOn} description={f('reports.field.day.help')} value={deliveredOn} onChange={setDeliveredOn} error={problem?.fields.deliveredOn} />
      )}
      <TextInput name="signedName" label={labels.signedName} value={signedName} onChange={setSignedName} error={problem?.fields.signedName} autoComplete="name" />
      <div className="field" id="field-confirm">
        <CheckboxItem isSelected={confirmed} onChange={setConfirmed} name="confirm">
          {labels.confirm}
        </CheckboxItem>
        {problem?.fields.confirm && <p className="field-error">{problem.fields.confirm}</p>}
      </div>
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="reports.notice.submit" />
        </Button>
      </div>
    </form>
  );
}
