import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { formatCents, participantFeesSchema, receiptPdfPath, type FeeAssessment, type LedgerEntryResult } from '../../api/fees';
import { useApiQuery } from '../../api/use-api-query';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { AssessFeeDialog } from './assess-fee-dialog';
import { entryLabel } from './entry-label';
import { EntrySavedMessage, FeeEntryActions } from './fee-entry-actions';
import './fees.css';

function assessmentFacts(intl: IntlShape, assessment: FeeAssessment): [string, string | null][] {
  const money = (cents: number) => formatCents(cents, intl.locale);
  const t = (id: MessageId) => intl.formatMessage({ id });
  return [
    [t('fees.assessment.kind'), enumLabel(intl, 'fees.assessmentKind', assessment.kind)],
    [t('fees.assessment.scheduleFee'), money(assessment.scheduleFeeCents)],
    [t('fees.assessment.total'), money(assessment.totalFeeCents)],
    [t('fees.assessment.perSession'), intl.formatMessage({ id: 'fees.assessment.perSessionValue' }, { amount: money(assessment.perSessionFeeCents), sessions: assessment.sessionsRequired, last: money(assessment.lastSessionFeeCents) })],
    [t('fees.assessment.privateSession'), money(assessment.privateSessionFeeCents)],
    [t('fees.assessment.reason'), assessment.reason ? enumLabel(intl, 'fees.reason', assessment.reason) : null],
    [t('fees.assessment.household'), assessment.householdSize === null ? null : String(assessment.householdSize)],
    [t('fees.assessment.income'), assessment.annualIncomeCents === null ? null : money(assessment.annualIncomeCents)],
    [t('fees.assessment.assessedOn'), assessment.assessedAt.slice(0, 10)],
  ];
}

/**
 * A participant's fees on their file (fee.read): where the account stands, the current
 * assessment and the earlier ones, every ledger entry (nothing is edited: corrections are
 * entries), the receipts with their PDF in either language, and for finance (fee.manage) the
 * forms to record a payment, a refund, a private session or a correction. No session notes and
 * nothing about partners.
 */
export function ParticipantFeesSection({ participantId, participantName }: { participantId: string; participantName: string }) {
  const intl = useIntl();
  const session = useSignedInSession();
  const query = useApiQuery(`/participants/${participantId}/fees`, participantFeesSchema);
  const [notice, setNotice] = useState<LedgerEntryResult | 'assessed'>();
  const data = query.data;
  const money = (cents: number) => formatCents(cents, intl.locale);
  const earlier = data ? data.assessments.filter((assessment) => !assessment.current) : [];

  return (
    <section aria-labelledby="fees-heading" className="stack">
      <h2 id="fees-heading">
        <FormattedMessage id="fees.section.title" />
      </h2>
      <LoadState isLoading={query.isLoading && !data} error={query.error} onRetry={query.reload} />
      <SuccessNotice>
        {notice === 'assessed' ? (
          <FormattedMessage id="fees.assess.saved" />
        ) : (
          notice && <EntrySavedMessage result={notice} />
        )}
      </SuccessNotice>
      {data && (
        <>
          <p className="fees-balance">
            <strong>
              {data.balanceCents > 0 ? (
                <FormattedMessage id="fees.balance.owing" values={{ amount: money(data.balanceCents) }} />
              ) : data.balanceCents < 0 ? (
                <FormattedMessage id="fees.balance.credit" values={{ amount: money(-data.balanceCents) }} />
              ) : (
                <FormattedMessage id="fees.balance.zero" />
              )}
            </strong>{' '}
            <FormattedMessage id={data.upToDate ? 'fees.upToDate.yes' : 'fees.upToDate.no'} />
          </p>
          {hasPermission(session, 'fee.manage') && (
            <FeeEntryActions
              participantId={participantId}
              participantName={participantName}
              account={data}
              onSaved={(result) => {
                setNotice(result);
                query.reload();
              }}
            />
          )}

          <h3>
            <FormattedMessage id="fees.assessment.title" />
          </h3>
          {hasPermission(session, 'fee.assess') && (
            <AssessFeeDialog
              participantId={participantId}
              participantName={participantName}
              streamId={data.currentAssessment?.streamId}
              isReassessment={data.currentAssessment !== null}
              onSaved={() => {
                setNotice('assessed');
                query.reload();
              }}
            />
          )}
          {data.currentAssessment ? (
            <FactList rows={assessmentFacts(intl, data.currentAssessment)} />
          ) : (
            <p>
              <FormattedMessage id="fees.assessment.none" />
            </p>
          )}
          {earlier.length > 0 && (
            <table className="table">
              <caption>
                <FormattedMessage id="fees.assessment.history" />
              </caption>
              <thead>
                <tr>
                  <th scope="col"><FormattedMessage id="fees.assessment.assessedOn" /></th>
                  <th scope="col"><FormattedMessage id="fees.assessment.kind" /></th>
                  <th scope="col"><FormattedMessage id="fees.assessment.scheduleFee" /></th>
                  <th scope="col"><FormattedMessage id="fees.assessment.total" /></th>
                  <th scope="col"><FormattedMessage id="fees.assessment.reason" /></th>
                </tr>
              </thead>
              <tbody>
                {earlier.map((assessment) => (
                  <tr key={assessment.id}>
                    <td>{assessment.assessedAt.slice(0, 10)}</td>
                    <td>{enumLabel(intl, 'fees.assessmentKind', assessment.kind)}</td>
                    <td className="money">{money(assessment.scheduleFeeCents)}</td>
                    <td className="money">{money(assessment.totalFeeCents)}</td>
                    <td>{assessment.reason ? enumLabel(intl, 'fees.reason', assessment.reason) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h3>
            <FormattedMessage id="fees.ledger.title" />
          </h3>
          {data.entries.length === 0 ? (
            <p>
              <FormattedMessage id="fees.ledger.none" />
            </p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">
                <FormattedMessage id="fees.ledger.caption" values={{ name: participantName }} />
              </caption>
              <thead>
                <tr>
                  <th scope="col"><FormattedMessage id="fees.ledger.date" /></th>
                  <th scope="col"><FormattedMessage id="fees.ledger.entry" /></th>
                  <th scope="col"><FormattedMessage id="fees.ledger.charged" /></th>
                  <th scope="col"><FormattedMessage id="fees.ledger.paid" /></th>
                  <th scope="col"><FormattedMessage id="fees.ledger.receipt" /></th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{entry.effectiveOn}</td>
                    <td>{entryLabel(intl, entry)}</td>
                    <td className="money">{entry.amountCents > 0 ? money(entry.amountCents) : ''}</td>
                    <td className="money">{entry.amountCents < 0 ? money(-entry.amountCents) : ''}</td>
                    <td>{entry.receiptNumber ?? ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    <FormattedMessage id="fees.ledger.balance" />
                  </th>
                  <td className="money" colSpan={2}>{money(data.balanceCents)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          )}

          <h3>
            <FormattedMessage id="fees.receipts.title" />
          </h3>
          {data.receipts.length === 0 ? (
            <p>
              <FormattedMessage id="fees.receipts.none" />
            </p>
          ) : (
            <ul className="plain-list">
              {data.receipts.map((receipt) => (
                <li key={receipt.receiptNumber}>
                  <FormattedMessage
                    id="fees.receipts.item"
                    values={{
                      number: receipt.receiptNumber,
                      kind: enumLabel(intl, 'fees.receiptKind', receipt.kind),
                      date: receipt.issuedOn,
                      amount: money(receipt.amountCents),
                      method: enumLabel(intl, 'fees.method', receipt.method),
                    }}
                  />{' '}
                  <a href={receiptPdfPath(participantId, receipt.receiptNumber, 'en')} hrefLang="en-CA">
                    <FormattedMessage id="fees.receipts.pdfEnglish" values={{ number: receipt.receiptNumber }} />
                  </a>{' '}
                  <a href={receiptPdfPath(participantId, receipt.receiptNumber, 'fr')} hrefLang="fr-CA">
                    <FormattedMessage id="fees.receipts.pdfFrench" values={{ number: receipt.receiptNumber }} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
