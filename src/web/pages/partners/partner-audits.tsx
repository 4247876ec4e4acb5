import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { openingBases, partnerAuditsSchema, type PartnerAudits } from '../../api/partner-audits';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { RadioChoice } from '../../components/radio-choice';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';
import type { PartnerSectionProps } from './partner-section';

/**
 * Ministry audits that sample this partner's case (shown only when there is one): the auditor
 * sees the partner as "Partner 1", never a name, unless the partner-contact lead records here the
 * legal basis that opens the name for that audit. Recording it is final for the audit.
 */
export function PartnerAudits({ file }: PartnerSectionProps) {
  const query = useApiQuery(`/partners/${file.id}/audits`, partnerAuditsSchema);
  const session = useSignedInSession();
  const canOpen = hasPermission(session, 'audit.open_partner_identity');
  const audits = query.data?.audits ?? [];
  if (!query.isLoading && !query.error && audits.length === 0) return null;
  return (
    <section aria-labelledby="partner-audits-heading">
      <h2 id="partner-audits-heading">
        <FormattedMessage id="partnerFile.audits.title" />
      </h2>
      <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />
      {audits.map((audit) => (
        <AuditOpening key={audit.grantId} partnerId={file.id} audit={audit} canOpen={canOpen} onChange={query.setData} />
      ))}
    </section>
  );
}

function AuditOpening({ partnerId, audit, canOpen, onChange }: { partnerId: string; audit: PartnerAudits['audits'][number]; canOpen: boolean; onChange: (audits: PartnerAudits) => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [legalBasis, setLegalBasis] = useState('');
  const [reference, setReference] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const labels = {
    legalBasis: intl.formatMessage({ id: 'partnerFile.audits.basis' }),
    reference: intl.formatMessage({ id: 'partnerFile.audits.reference' }),
  };
  const headingId = `audit-${audit.grantId}-heading`;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const local = problemFromFields(
      {
        legalBasis: legalBasis ? undefined : intl.formatMessage({ id: 'partnerFile.audits.basis.required' }),
        reference: reference.trim() ? undefined : intl.formatMessage({ id: 'partnerFile.audits.reference.required' }),
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    if (!confirmed) {
      setConfirmed(true);
      return;
    }
    setBusy(true);
    try {
      onChange(await api.send('POST', `/partners/${partnerId}/audits/${audit.grantId}/opening`, { legalBasis, reference: reference.trim() }, partnerAuditsSchema));
      setNotice(intl.formatMessage({ id: 'partnerFile.audits.opened' }));
    } catch (error) {
      setProblem(problemFromError(error, intl));
      if (error instanceof ApiError && error.status === 409) setConfirmed(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{audit.purpose}</h3>
      <p>
        <FormattedMessage id="partnerFile.audits.period" values={{ auditor: audit.auditorName, from: audit.startsOn, to: audit.endsOn }} />
      </p>
      <SuccessNotice>{notice}</SuccessNotice>
      {audit.opening ? (
        <p className="notice notice-info">
          <FormattedMessage
            id="partnerFile.audits.openedOn"
            values={{ basis: enumLabel(intl, 'partnerFile.audits.basis', audit.opening.legalBasis), reference: audit.opening.reference, by: audit.opening.recordedByName ?? '—', on: audit.opening.recordedAt.slice(0, 10) }}
          />
        </p>
      ) : (
        <p>
          <FormattedMessage id="partnerFile.audits.deidentified" />
        </p>
      )}
      {canOpen && !audit.opening && (
        <form className="form" noValidate aria-label={intl.formatMessage({ id: 'partnerFile.audits.form' })} onSubmit={(event) => void onSubmit(event)}>
          {problem && <ErrorSummary problem={problem} labels={labels} />}
          <RadioChoice
            name="legalBasis"
            label={labels.legalBasis}
            options={openingBases.map((value) => ({ value, label: enumLabel(intl, 'partnerFile.audits.basis', value) }))}
            value={legalBasis}
            onChange={(value) => { setLegalBasis(value); setConfirmed(false); }}
            error={problem?.fields.legalBasis}
          />
          <TextInput name="reference" label={labels.reference} description={intl.formatMessage({ id: 'partnerFile.audits.reference.help' })} autoComplete="off" value={reference} onChange={(value) => { setReference(value); setConfirmed(false); }} error={problem?.fields.reference} />
          {confirmed && (
            <p className="notice notice-warning" role="alert">
              <FormattedMessage id="partnerFile.audits.confirm" values={{ auditor: audit.auditorName }} />
            </p>
          )}
          <Button type="submit" className="button" isDisabled={isBusy}>
            <FormattedMessage id={confirmed ? 'partnerFile.audits.submitConfirmed' : 'partnerFile.audits.submit'} />
          </Button>
        </form>
      )}
    </article>
  );
}
