import { useState, type FormEvent } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { closedPeriodSchema } from '../../api/fees';
import { ErrorSummary } from '../../components/error-summary';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useAgencyToday, useSession } from '../../session/session-context';
import './fees.css';

/** Props of {@link ClosePeriodForm}. */
export interface ClosePeriodFormProps {
  /** The day the books are closed through now, or null. */
  closedThrough: string | null;
  /** The books were closed: read the settings again. */
  onClosed: () => void;
}

/** The day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * "Close the books" (fee.manage): from then on, payments, refunds, charges and corrections dated
 * on or before the day are refused. The day must be before the agency's today (today's entries
 * are still coming in) and after the day already closed; a confirmation says what it does,
 * since a closing cannot be undone.
 */
export function ClosePeriodForm({ closedThrough, onClosed }: ClosePeriodFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const today = useAgencyToday();
  const yesterday = dayBefore(today);
  const [through, setThrough] = useState(closedThrough === null || yesterday > closedThrough ? yesterday : '');
  const [confirming, setConfirming] = useState<string>();
  const [closed, setClosed] = useState<string>();
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const labels = { through: intl.formatMessage({ id: 'fees.close.through' }) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setClosed(undefined);
    const day = through.trim();
    const local = problemFromFields(
      {
        through: !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))
          ? intl.formatMessage({ id: 'fees.payment.date.invalid' })
          : day >= today
            ? intl.formatMessage({ id: 'fees.close.through.notPast' })
            : closedThrough !== null && day <= closedThrough
              ? intl.formatMessage({ id: 'fees.close.through.notAfter' }, { closedThrough })
              : undefined,
      },
      intl,
    );
    setProblem(local);
    if (!local) setConfirming(day);
  };

  const close = async (day: string) => {
    setConfirming(undefined);
    setBusy(true);
    try {
      const result = await api.send('POST', '/fees/periods/close', { through: day }, closedPeriodSchema);
      setClosed(result.closedThrough);
      setThrough('');
      onClosed();
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'fees.period_in_future': 'through', 'fees.period_not_after_closed': 'through' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="close-period-heading" className="stack">
      <h2 id="close-period-heading">
        <FormattedMessage id="fees.close.title" />
      </h2>
      <p>
        {closedThrough === null ? (
          <FormattedMessage id="fees.close.none" />
        ) : (
          <strong>
            <FormattedMessage id="fees.close.current" values={{ closedThrough }} />
          </strong>
        )}
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SuccessNotice>{closed && <FormattedMessage id="fees.close.saved" values={{ closedThrough: closed }} />}</SuccessNotice>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextInput
          name="through"
          label={labels.through}
          description={intl.formatMessage({ id: 'fees.close.through.help' })}
          value={through}
          onChange={setThrough}
          error={problem?.fields.through}
          isRequired
        />
        <Button type="submit" className="button button-secondary-danger" isDisabled={isBusy}>
          <FormattedMessage id="fees.close.button" />
        </Button>
      </form>
      <ModalOverlay className="modal-overlay" isDismissable isOpen={confirming !== undefined} onOpenChange={(isOpen) => !isOpen && setConfirming(undefined)}>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {confirming && (
              <>
                <Heading slot="title" className="dialog-title">
                  <FormattedMessage id="fees.close.confirm.title" values={{ closedThrough: confirming }} />
                </Heading>
                <p>
                  <FormattedMessage id="fees.close.confirm.body" values={{ closedThrough: confirming }} />
                </p>
                <div className="button-row">
                  <Button className="button button-danger" onPress={() => void close(confirming)}>
                    <FormattedMessage id="fees.close.confirm.submit" values={{ closedThrough: confirming }} />
                  </Button>
                  <Button className="button button-secondary" onPress={() => setConfirming(undefined)} autoFocus>
                    <FormattedMessage id="dialog.cancel" />
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </section>
  );
}
