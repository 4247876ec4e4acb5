import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { adjustmentReasons, feeAssessmentSchema, parseDollars } from '../../api/fees';
import { programStreamListSchema } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';

type Departure = 'none' | 'negotiated' | 'waived' | 'subsidized';
const departures: readonly Departure[] = ['none', 'negotiated', 'waived', 'subsidized'];

/** Props of {@link AssessFeeDialog}. */
export interface AssessFeeDialogProps {
  participantId: string;
  participantName: string;
  /** The stream of the current assessment, chosen first for a re-assessment. */
  streamId: string | undefined;
  isReassessment: boolean;
  onSaved: () => void;
}

/**
 * Assesses (or re-assesses) the fee from the household size and income on file, with the
 * schedule in force today for the chosen stream. Whoever may approve (fee.schedule: finance, a
 * manager) may also negotiate the fee, waive it or subsidize it, with a reason, as its approver.
 * An earlier assessment is kept in the history.
 */
export function AssessFeeDialog(props: AssessFeeDialogProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">
        <FormattedMessage id={props.isReassessment ? 'fees.assess.again' : 'fees.assess.button'} />
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {isOpen && (
              <AssessForm
                {...props}
                onCancel={() => setOpen(false)}
                onSaved={() => {
                  setOpen(false);
                  props.onSaved();
                }}
              />
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function AssessForm({ participantId, participantName, streamId, onCancel, onSaved }: AssessFeeDialogProps & { onCancel: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const session = useSignedInSession();
  const streams = useApiQuery('/streams', programStreamListSchema);
  const canApprove = hasPermission(session, 'fee.schedule');
  const [form, setForm] = useState({ streamId: streamId ?? '', departure: 'none' as Departure, amount: '', reason: '' });
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const french = intl.locale.startsWith('fr');
  const open = (streams.data ?? []).filter((stream) => !stream.retired);
  const chosenStream = form.streamId || open[0]?.id || '';
  const labels = {
    streamId: intl.formatMessage({ id: 'fees.schedules.stream' }),
    adjustment: intl.formatMessage({ id: 'fees.assess.departure' }),
    amountCents: intl.formatMessage({ id: form.departure === 'subsidized' ? 'fees.assess.subsidy' : 'fees.assess.agreed' }),
    reason: intl.formatMessage({ id: 'fees.assessment.reason' }),
  };
  const needsAmount = form.departure === 'negotiated' || form.departure === 'subsidized';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const cents = needsAmount ? parseDollars(form.amount) : undefined;
    const local = problemFromFields(
      {
        streamId: chosenStream === '' ? intl.formatMessage({ id: 'fees.assess.stream.required' }) : undefined,
        amountCents: needsAmount && cents === undefined ? intl.formatMessage({ id: 'fees.amount.invalid' }) : needsAmount && cents === 0 ? intl.formatMessage({ id: 'fees.payment.amount.zero' }) : undefined,
        reason: form.departure !== 'none' && form.reason === '' ? intl.formatMessage({ id: 'fees.assess.reason.required' }) : undefined,
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    const adjustment =
      form.departure === 'none' ? null : { kind: form.departure, amountCents: needsAmount ? cents : null, reason: form.reason, approverId: session.user.id };
    setBusy(true);
    try {
      await api.send('POST', `/participants/${participantId}/fee-assessments`, { streamId: chosenStream, adjustment }, feeAssessmentSchema);
      onSaved();
    } catch (error) {
      setProblem(
        problemFromError(error, intl, {
          'fees.adjustment_amount_required': 'amountCents',
          'fees.adjustment_amount_out_of_range': 'amountCents',
          'fees.no_schedule_in_force': 'streamId',
          'fees.stream_not_found': 'streamId',
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Heading slot="title" className="dialog-title">
        <FormattedMessage id="fees.assess.title" values={{ name: participantName }} />
      </Heading>
      <p>
        <FormattedMessage id="fees.assess.about" />
      </p>
      <LoadState isLoading={streams.isLoading && !streams.data} error={streams.error} onRetry={streams.reload} />
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SelectField
        name="streamId"
        label={labels.streamId}
        options={open.map((stream) => ({ value: stream.id, label: french ? stream.nameFr : stream.name }))}
        value={chosenStream}
        onChange={(value) => set('streamId', value)}
        error={problem?.fields.streamId}
      />
      {canApprove && (
        <RadioChoice
          name="adjustment"
          label={labels.adjustment}
          options={departures.map((value) => ({ value, label: intl.formatMessage({ id: `fees.assess.departure.${value}` }) }))}
          value={form.departure}
          onChange={(value) => set('departure', value as Departure)}
          error={problem?.fields.adjustment}
        />
      )}
      {needsAmount && (
        <TextInput name="amountCents" label={labels.amountCents} inputMode="decimal" value={form.amount} onChange={(value) => set('amount', value)} error={problem?.fields.amountCents} isRequired />
      )}
      {form.departure !== 'none' && (
        <>
          <SelectField
            name="reason"
            label={labels.reason}
            options={adjustmentReasons.map((value) => ({ value, label: intl.formatMessage({ id: `fees.reason.${value}` }) }))}
            value={form.reason}
            onChange={(value) => set('reason', value)}
            error={problem?.fields.reason}
            placeholder={intl.formatMessage({ id: 'fees.assess.reason.choose' })}
          />
          <p>
            <FormattedMessage id="fees.assess.approver" values={{ name: session.user.displayName }} />
          </p>
        </>
      )}
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="fees.assess.submit" />
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          <FormattedMessage id="dialog.cancel" />
        </Button>
      </div>
    </form>
  );
}
