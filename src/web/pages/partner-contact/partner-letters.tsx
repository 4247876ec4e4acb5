import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { letterListSchema, letterProposalSchema, letterReceiptSchema } from '../../api/partner-contact';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { RadioChoice } from '../../components/radio-choice';
import { SuccessNotice } from '../../components/success-notice';
import { formatIsoDate } from '../../format/format-iso-date';
import { problemFromError, type FormProblem } from '../../forms/form-problem';
import { useSession } from '../../session/session-context';
import { usePdfDownload } from '../packs/pack-download';
import type { PartnerSectionProps } from '../partners/partner-section';

/**
 * The letter fallback on the partner file: whether PARS proposes a letter and why (or why not:
 * mail not safe, no address, not confirmed, declined), the letters sent with their PDFs, and the
 * button to send one — offered only when the proposal says mail is open; the server asks the
 * channel gate again for both the letter and each download.
 */
export function PartnerLetters({ file, canWrite }: PartnerSectionProps) {
  const intl = useIntl();
  const { api } = useSession();
  const proposal = useApiQuery(`/partners/${file.id}/letter-proposal`, letterProposalSchema);
  const letters = useApiQuery(`/partners/${file.id}/letters`, letterListSchema);
  const pdf = usePdfDownload();
  const [language, setLanguage] = useState<'en' | 'fr'>(file.language === 'fr' ? 'fr' : 'en');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const send = async () => {
    if (isBusy) return;
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      await api.send('POST', `/partners/${file.id}/letters`, { language, idempotencyKey: key }, letterReceiptSchema);
      setKey(crypto.randomUUID());
      setNotice(intl.formatMessage({ id: 'partnerContact.letters.sent' }));
      letters.reload();
      proposal.reload();
    } catch (error) {
      setProblem(problemFromError(error, intl));
      proposal.reload();
    } finally {
      setBusy(false);
    }
  };
  const items = letters.data?.items ?? [];
  return (
    <section aria-labelledby="partner-letters-heading">
      <h2 id="partner-letters-heading">
        <FormattedMessage id="partnerContact.letters.title" />
      </h2>
      <LoadState isLoading={(proposal.isLoading && !proposal.data) || (letters.isLoading && !letters.data)} error={proposal.error ?? letters.error} onRetry={() => { proposal.reload(); letters.reload(); }} />
      {proposal.data && (
        <p className={proposal.data.proposed ? 'notice notice-info' : undefined}>
          <FormattedMessage id={`partnerContact.letters.proposal.${proposal.data.reason}`} values={{ failed: proposal.data.failedAttempts, threshold: proposal.data.threshold }} />
        </p>
      )}
      <SuccessNotice>{notice}</SuccessNotice>
      {problem && <ErrorSummary problem={problem} labels={{}} />}
      {canWrite && proposal.data?.proposed && (
        <div className="stack">
          <RadioChoice
            name="letterLanguage"
            label={intl.formatMessage({ id: 'partnerContact.letters.language' })}
            options={(['en', 'fr'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `partnerContact.letters.language.${value}` }), lang: value }))}
            value={language}
            onChange={(value) => setLanguage(value as 'en' | 'fr')}
          />
          <div>
            <Button className="button" isDisabled={isBusy} onPress={() => void send()}>
              <FormattedMessage id="partnerContact.letters.send" />
            </Button>
          </div>
        </div>
      )}
      {letters.data &&
        (items.length === 0 ? (
          <p>
            <FormattedMessage id="partnerContact.letters.none" />
          </p>
        ) : (
          <ul className="plain-list">
            {items.map((letter) => {
              const date = formatIsoDate(new Date(letter.producedAt));
              return (
                <li key={letter.id}>
                  <FormattedMessage
                    id="partnerContact.letters.item"
                    values={{ language: intl.formatMessage({ id: `partnerContact.letters.itemLanguage.${letter.language}` }), date, name: letter.producedBy?.name ?? 'none' }}
                  />{' '}
                  <Button
                    className="button button-secondary"
                    aria-label={intl.formatMessage({ id: 'partnerContact.letters.downloadFor' }, { date })}
                    isDisabled={pdf.busy !== undefined}
                    onPress={() => void pdf.download(letter.id, { method: 'GET', path: `/partners/${file.id}/letters/${letter.id}/pdf` })}
                  >
                    <FormattedMessage id="partnerContact.letters.download" />
                  </Button>
                </li>
              );
            })}
          </ul>
        ))}
      {pdf.error && (
        <p className="notice notice-error" role="alert">
          <FormattedMessage id="packs.failed" values={{ message: pdf.error }} />
        </p>
      )}
    </section>
  );
}
