import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { feeSettingsSchema, parseDollars, typedDollars, type FeeSettings } from '../../api/fees';
import { useApiQuery } from '../../api/use-api-query';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useSession } from '../../session/session-context';
import { ClosePeriodForm } from './close-period-form';

/** The largest credit the server accepts: $100,000.00 (src/core/fees/fees.schema.ts). */
const maxCreditCents = 10_000_000;

/**
 * `/fees/settings` (fee.manage): the credit a payment may leave on an account, whether the
 * partner-contact team's notice of a payment may say its amount, and closing the books.
 */
export function FeeSettingsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'fees.settings.title' }));
  const query = useApiQuery('/fees/settings', feeSettingsSchema);
  const data = query.data;
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/fees">
          <FormattedMessage id="fees.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="fees.settings.title" />
      </h1>
      <LoadState isLoading={query.isLoading && !data} error={query.error} onRetry={query.reload} />
      {data && (
        <>
          <FeeSettingsForm settings={data} onSaved={query.setData} />
          <ClosePeriodForm closedThrough={data.closedThrough} onClosed={query.reload} />
        </>
      )}
    </div>
  );
}

/** Props of {@link FeeSettingsForm}. */
interface FeeSettingsFormProps {
  settings: FeeSettings;
  onSaved: (settings: FeeSettings) => void;
}

function FeeSettingsForm({ settings, onSaved }: FeeSettingsFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [credit, setCredit] = useState(() => typedDollars(settings.allowedCreditCents, intl.locale));
  const [partnerNoticeAmounts, setPartnerNoticeAmounts] = useState(settings.partnerNoticeAmounts);
  const [problem, setProblem] = useState<FormProblem>();
  const [isSaved, setSaved] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const labels = { allowedCreditCents: intl.formatMessage({ id: 'fees.settings.credit' }) };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    setSaved(false);
    const typed = credit.trim();
    const cents = parseDollars(typed);
    const local = problemFromFields(
      {
        allowedCreditCents:
          typed === ''
            ? intl.formatMessage({ id: 'fees.settings.credit.required' })
            : cents === undefined
              ? intl.formatMessage({ id: 'fees.settings.credit.invalid' })
              : cents > maxCreditCents
                ? intl.formatMessage({ id: 'fees.settings.credit.tooLarge' })
                : undefined,
      },
      intl,
    );
    setProblem(local);
    if (local || cents === undefined) return;
    setBusy(true);
    try {
      const saved = await api.send('PUT', '/fees/settings', { allowedCreditCents: cents, partnerNoticeAmounts }, feeSettingsSchema);
      setCredit(typedDollars(saved.allowedCreditCents, intl.locale));
      setSaved(true);
      onSaved(saved);
    } catch (error) {
      setProblem(problemFromError(error, intl));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="fee-settings-heading" className="stack">
      <h2 id="fee-settings-heading">
        <FormattedMessage id="fees.settings.formTitle" />
      </h2>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SuccessNotice>{isSaved && <FormattedMessage id="fees.settings.saved" />}</SuccessNotice>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          name="allowedCreditCents"
          label={labels.allowedCreditCents}
          description={intl.formatMessage({ id: 'fees.settings.credit.help' })}
          inputMode="decimal"
          value={credit}
          onChange={setCredit}
          error={problem?.fields.allowedCreditCents}
          isRequired
        />
        <fieldset className="fieldset">
          <legend className="field-label">
            <FormattedMessage id="fees.settings.notices" />
          </legend>
          <CheckboxItem isSelected={partnerNoticeAmounts} onChange={setPartnerNoticeAmounts} aria-describedby="partner-notice-amounts-help">
            <FormattedMessage id="fees.settings.partnerNoticeAmounts" />
          </CheckboxItem>
          <p id="partner-notice-amounts-help" className="field-description">
            <FormattedMessage id="fees.settings.partnerNoticeAmounts.help" />
          </p>
        </fieldset>
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="fees.settings.submit" />
        </Button>
      </form>
    </section>
  );
}
