import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, FieldError, Heading, Label, Modal, ModalOverlay, Radio, RadioGroup, Text } from 'react-aria-components';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import {
  attemptOutcomes,
  channelDecisionsSchema,
  contactReceiptSchema,
  contactTopics,
  enterableKinds,
  gateActionOf,
  openNoticesSchema,
  type AttemptOutcome,
  type ChannelDecisions,
  type ContactTopic,
  type EnterableKind,
  type NoticeSummary,
} from '../../api/partner-contact';
import { useApiQuery } from '../../api/use-api-query';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { formatCents } from '../../api/fees';
import { enumLabel } from '../../i18n/enum-label';
import { useSession } from '../../session/session-context';
import './partner-contact.css';

/** A notice in words: its type, its reason code when there is one, and its day. */
export function noticeLabel(intl: IntlShape, notice: NoticeSummary): string {
  return intl.formatMessage(
    { id: 'partnerContact.notice.label' },
    {
      type: enumLabel(intl, 'partnerContact.noticeType', notice.type),
      reason: notice.reasonCode ? enumLabel(intl, 'partnerContact.reasonCode', notice.reasonCode) : 'none',
      amount: notice.amountCents === null ? 'none' : formatCents(notice.amountCents, intl.locale),
      date: notice.occurredOn,
    },
  );
}

/** Why the gate is closed, in words (`undefined` when it is open). */
export function gateReason(intl: IntlShape, decision: ChannelDecisions[keyof ChannelDecisions] | undefined): string | undefined {
  if (!decision || decision.open || !decision.reason) return undefined;
  return intl.formatMessage({ id: `partnerContact.gate.${decision.reason}` });
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Props of {@link ContactDialog}. */
export interface ContactDialogProps {
  partnerId: string;
  partnerName: string;
  /** Several on one page (the worklist): the button's accessible name says whose. */
  triggerAriaLabel?: string | undefined;
  onSaved: () => void;
}

/**
 * The quick contact entry: what happened (an attempt and its outcome, a call, in person, a text,
 * an email), who reached out, when, how long, the topics, the notices delivered (the partner's
 * open ones, to tick), notes and a follow-up day. What the channel gate would refuse is said
 * before saving: a voicemail option the partner has not allowed is disabled with its reason,
 * and a text or email we cannot send says so. The server decides again when saving.
 */
export function ContactDialog({ partnerId, partnerName, triggerAriaLabel, onSaved }: ContactDialogProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary" aria-label={triggerAriaLabel}>
        <FormattedMessage id="partnerContact.record.button" />
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal contact-modal">
          <Dialog className="dialog">
            {isOpen && (
              <ContactForm
                partnerId={partnerId}
                partnerName={partnerName}
                onCancel={() => setOpen(false)}
                onSaved={() => {
                  setOpen(false);
                  onSaved();
                }}
              />
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ContactForm({ partnerId, partnerName, onCancel, onSaved }: { partnerId: string; partnerName: string; onCancel: () => void; onSaved: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const channels = useApiQuery(`/partners/${partnerId}/channels`, channelDecisionsSchema);
  const notices = useApiQuery(`/partners/${partnerId}/open-notices`, openNoticesSchema);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState(() => {
    const now = new Date();
    return {
      kind: 'attempt' as EnterableKind,
      outcome: '' as AttemptOutcome | '',
      initiatedBy: 'worker' as 'worker' | 'partner',
      date: localDay(now),
      time: localTime(now),
      duration: '',
      topics: [] as ContactTopic[],
      noticeIds: [] as string[],
      notes: '',
      followUpOn: '',
    };
  });
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
  const labels = {
    kind: intl.formatMessage({ id: 'partnerContact.record.kind' }),
    initiatedBy: intl.formatMessage({ id: 'partnerContact.record.initiatedBy' }),
    outcome: intl.formatMessage({ id: 'partnerContact.record.outcome' }),
    date: intl.formatMessage({ id: 'partnerContact.record.date' }),
    time: intl.formatMessage({ id: 'partnerContact.record.time' }),
    durationMinutes: intl.formatMessage({ id: 'partnerContact.record.duration' }),
    notes: intl.formatMessage({ id: 'partnerContact.record.notes' }),
    followUpOn: intl.formatMessage({ id: 'partnerContact.record.followUp' }),
  };
  const isAttempt = form.kind === 'attempt';
  const byWorker = isAttempt || form.initiatedBy === 'worker';
  const action = byWorker ? gateActionOf(form.kind, form.outcome) : undefined;
  const closedReason = action ? gateReason(intl, channels.data?.[action]) : undefined;
  const voicemailReason = gateReason(intl, channels.data?.voicemail);
  const deliverable = !isAttempt;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const duration = form.duration.trim();
    const local = problemFromFields(
      {
        outcome: isAttempt && !form.outcome ? intl.formatMessage({ id: 'partnerContact.record.outcome.required' }) : undefined,
        date: /^\d{4}-\d{2}-\d{2}$/.test(form.date.trim()) ? undefined : intl.formatMessage({ id: 'partnerContact.record.date.invalid' }),
        time: /^([01]\d|2[0-3]):[0-5]\d$/.test(form.time.trim()) ? undefined : intl.formatMessage({ id: 'partnerContact.record.time.invalid' }),
        durationMinutes: duration === '' || (/^\d+$/.test(duration) && Number(duration) <= 600) ? undefined : intl.formatMessage({ id: 'partnerContact.record.duration.invalid' }),
        followUpOn: form.followUpOn.trim() === '' || /^\d{4}-\d{2}-\d{2}$/.test(form.followUpOn.trim()) ? undefined : intl.formatMessage({ id: 'partnerContact.record.followUp.invalid' }),
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    const occurredAt = new Date(`${form.date.trim()}T${form.time.trim()}`);
    const body = {
      kind: form.kind,
      outcome: isAttempt ? form.outcome : null,
      initiatedBy: isAttempt ? 'worker' : form.initiatedBy,
      occurredAt: occurredAt.toISOString(),
      durationMinutes: duration === '' ? null : Number(duration),
      topics: form.topics,
      notes: form.notes.trim() || null,
      followUpOn: form.followUpOn.trim() || null,
      deliveredNoticeIds: deliverable ? form.noticeIds : [],
      idempotencyKey,
    };
    setBusy(true);
    try {
      await api.send('POST', `/partners/${partnerId}/contacts`, body, contactReceiptSchema);
      onSaved();
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'partnerContact.contact_in_future': 'date', 'partnerContact.attempt_delivers_nothing': 'notices', 'partnerContact.notice_not_deliverable': 'notices' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Heading slot="title" className="dialog-title">
        <FormattedMessage id="partnerContact.record.title" values={{ name: partnerName }} />
      </Heading>
      <LoadState isLoading={(channels.isLoading && !channels.data) || (notices.isLoading && !notices.data)} error={channels.error ?? notices.error} onRetry={() => { channels.reload(); notices.reload(); }} />
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <RadioChoice
        name="kind"
        label={labels.kind}
        options={enterableKinds.map((value) => ({ value, label: intl.formatMessage({ id: `partnerContact.kind.${value}` }) }))}
        value={form.kind}
        onChange={(value) => set('kind', value as EnterableKind)}
        error={problem?.fields.kind}
      />
      {isAttempt ? (
        <RadioGroup
          id={fieldId('outcome')}
          name="outcome"
          className="field radio-group"
          value={form.outcome === '' ? null : form.outcome}
          onChange={(value) => set('outcome', value as AttemptOutcome)}
          isInvalid={problem?.fields.outcome !== undefined}
          validationBehavior="aria"
        >
          <Label className="field-label">{labels.outcome}</Label>
          <FieldError className="field-error">{problem?.fields.outcome}</FieldError>
          <div className="radio-list">
            {attemptOutcomes.map((outcome) => {
              const disabled = outcome === 'voicemail_left' && voicemailReason !== undefined;
              return (
                <Radio key={outcome} value={outcome} className="radio" isDisabled={disabled} aria-describedby={disabled ? 'voicemail-closed' : undefined}>
                  <span className="radio-dot" aria-hidden="true" />
                  {intl.formatMessage({ id: `partnerContact.outcome.${outcome}` })}
                </Radio>
              );
            })}
          </div>
          {voicemailReason && (
            <Text slot="description" id="voicemail-closed" className="field-description">
              <FormattedMessage id="partnerContact.record.voicemailClosed" values={{ reason: voicemailReason }} />
            </Text>
          )}
        </RadioGroup>
      ) : (
        <RadioChoice
          name="initiatedBy"
          label={labels.initiatedBy}
          options={(['worker', 'partner'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `partnerContact.initiatedBy.${value}` }) }))}
          value={form.initiatedBy}
          onChange={(value) => set('initiatedBy', value as 'worker' | 'partner')}
          error={problem?.fields.initiatedBy}
        />
      )}
      {closedReason && (
        <p className="notice notice-warning" role="status">
          <FormattedMessage id="partnerContact.record.gateClosed" values={{ reason: closedReason }} />
        </p>
      )}
      <div className="filters">
        <TextInput name="date" label={labels.date} description={intl.formatMessage({ id: 'field.date.help' })} autoComplete="off" value={form.date} onChange={(value) => set('date', value)} error={problem?.fields.date} />
        <TextInput name="time" label={labels.time} description={intl.formatMessage({ id: 'partnerContact.record.time.help' })} autoComplete="off" value={form.time} onChange={(value) => set('time', value)} error={problem?.fields.time} />
        {!isAttempt && (
          <TextInput name="durationMinutes" label={labels.durationMinutes} inputMode="numeric" autoComplete="off" value={form.duration} onChange={(value) => set('duration', value)} error={problem?.fields.durationMinutes} />
        )}
      </div>
      <fieldset className="field">
        <legend className="field-label">
          <FormattedMessage id="partnerContact.record.topics" />
        </legend>
        {contactTopics.map((topic) => (
          <CheckboxItem key={topic} isSelected={form.topics.includes(topic)} onChange={(on) => set('topics', toggle(form.topics, topic, on))}>
            {intl.formatMessage({ id: `partnerContact.topic.${topic}` })}
          </CheckboxItem>
        ))}
      </fieldset>
      {deliverable && (
        <fieldset className="field" id={fieldId('notices')}>
          <legend className="field-label">
            <FormattedMessage id="partnerContact.record.notices" />
          </legend>
          {problem?.fields.notices && <p className="field-error">{problem.fields.notices}</p>}
          {notices.data && notices.data.items.length === 0 ? (
            <p>
              <FormattedMessage id="partnerContact.record.notices.none" />
            </p>
          ) : (
            <>
              <p className="field-description">
                <FormattedMessage id="partnerContact.record.notices.help" />
              </p>
              {notices.data?.items.map((notice) => (
                <CheckboxItem key={notice.id} isSelected={form.noticeIds.includes(notice.id)} onChange={(on) => set('noticeIds', toggle(form.noticeIds, notice.id, on))}>
                  {notice.urgent && (
                    <strong>
                      <FormattedMessage id="partnerContact.status.urgent" />:{' '}
                    </strong>
                  )}
                  {noticeLabel(intl, notice)}
                </CheckboxItem>
              ))}
            </>
          )}
        </fieldset>
      )}
      <TextInput name="notes" label={labels.notes} description={intl.formatMessage({ id: 'partnerContact.record.notes.help' })} multiline value={form.notes} onChange={(value) => set('notes', value)} error={problem?.fields.notes} />
      <TextInput name="followUpOn" label={labels.followUpOn} description={intl.formatMessage({ id: 'field.date.help' })} autoComplete="off" value={form.followUpOn} onChange={(value) => set('followUpOn', value)} error={problem?.fields.followUpOn} />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy || closedReason !== undefined}>
          <FormattedMessage id="partnerContact.record.save" />
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          <FormattedMessage id="dialog.cancel" />
        </Button>
      </div>
    </form>
  );
}
