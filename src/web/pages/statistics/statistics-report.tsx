import { FormattedMessage, useIntl } from 'react-intl';
import { formatCents } from '../../api/fees';
import { attendanceRate, dischargeReasonKeys, legalBases, referralSources, referralStreams, statisticsDimensions, type Statistics } from '../../api/statistics';
import type { MessageId } from '../../i18n/messages';
import { BarChart, type ChartDatum } from './bar-chart';
import { BreakdownTable, usePercent, useRowLabel } from './breakdown-table';

/** A two-column table (what, how many) with a caption. */
function CountTable({ id, caption, header, rows }: { id: string; caption: string; header: string; rows: { key: string; label: string; value: string }[] }) {
  const intl = useIntl();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="money">
              {intl.formatMessage({ id: 'statistics.col.value' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="money">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The statistics of a period as charts (each with its data table beside it) and tables: the
 * program's flow, referrals by source, discharges by reason, attendance by stream, Partner
 * Contact, disclosures by legal basis, wait times, fees, and the four breakdowns. Exact numbers.
 */
export function StatisticsReport({ statistics: s }: { statistics: Statistics }) {
  const intl = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const count = (value: number) => intl.formatNumber(value);
  const datum = (key: string, label: string, value: number): ChartDatum => ({ key, label, value, display: count(value) });
  const percent = usePercent();
  const labelOf = useRowLabel();
  const measureHeader = t('statistics.col.measure');
  const countHeader = t('statistics.col.count');

  const flow = (['referrals', 'intakes', 'enrolments', 'completions', 'discharges'] as const).map((measure) =>
    datum(measure, t('statistics.measure', { value: measure }), measure === 'referrals' ? s.referrals.total : measure === 'discharges' ? s.discharges.total : s[measure]),
  );
  const sources = referralSources.map((key) => datum(key, t('statistics.source', { value: key }), s.referrals.bySource[key]));
  const reasons = dischargeReasonKeys.map((key) => datum(key, t('statistics.dischargeReason', { value: key }), s.discharges.byReason[key]));
  const attendance = s.breakdowns.stream
    .filter((row) => row.marks > 0)
    .map((row) => {
      const rate = attendanceRate(row.attended, row.marks) ?? 0;
      return { key: row.key, label: labelOf('stream', row), value: rate, display: percent(rate) };
    });
  const partner = (['offered', 'reached', 'contacts', 'attempts', 'declined', 'safetyPlans'] as const).map((key) => datum(key, t('statistics.partner', { value: key }), s.partnerContact[key]));
  const bases = legalBases.map((key) => datum(key, t('statistics.basis', { value: key }), s.disclosures.byBasis[key]));
  const meanDays = (wait: { count: number; totalDays: number }) =>
    wait.count === 0 ? t('statistics.none') : t('statistics.days', { days: Math.round((wait.totalDays / wait.count) * 10) / 10 });

  return (
    <div className="stack">
      <section aria-labelledby="stat-flow">
        <h2 id="stat-flow">{t('statistics.section.flow')}</h2>
        <BarChart id="chart-flow" title={t('statistics.chart.flow')} data={flow} labelHeader={measureHeader} valueHeader={countHeader} />
        <BarChart id="chart-sources" title={t('statistics.chart.sources')} data={sources} labelHeader={t('statistics.col.source')} valueHeader={countHeader} />
        <CountTable id="table-referral-streams" caption={t('statistics.table.referralStreams')} header={t('statistics.col.referralStream')} rows={referralStreams.map((key) => ({ key, label: t('statistics.referralStream', { value: key }), value: count(s.referrals.byStream[key]) }))} />
        <CountTable
          id="table-waits"
          caption={t('statistics.table.waits')}
          header={measureHeader}
          rows={(['referralToIntake', 'referralToEnrolment'] as const).flatMap((wait) => [
            { key: `${wait}-count`, label: t('statistics.wait.count', { wait }), value: count(s.waits[wait].count) },
            { key: `${wait}-mean`, label: t('statistics.wait.mean', { wait }), value: meanDays(s.waits[wait]) },
          ])}
        />
        <BarChart id="chart-reasons" title={t('statistics.chart.reasons')} data={reasons} labelHeader={t('statistics.col.reason')} valueHeader={countHeader} />
      </section>
      <section aria-labelledby="stat-attendance">
        <h2 id="stat-attendance">{t('statistics.section.attendance')}</h2>
        <p>
          <FormattedMessage id="statistics.attendance.total" values={{ attended: s.attendance.attended, marks: s.attendance.marks, rate: percent(attendanceRate(s.attendance.attended, s.attendance.marks)) }} />
        </p>
        {attendance.length > 0 && <BarChart id="chart-attendance" title={t('statistics.chart.attendance')} data={attendance} labelHeader={t('statistics.dimension.column', { dimension: 'stream' })} valueHeader={t('statistics.measure', { value: 'rate' })} max={100} />}
      </section>
      <section aria-labelledby="stat-partner">
        <h2 id="stat-partner">{t('statistics.section.partnerContact')}</h2>
        <BarChart id="chart-partner" title={t('statistics.chart.partner')} data={partner} labelHeader={measureHeader} valueHeader={countHeader} />
        <BarChart id="chart-basis" title={t('statistics.chart.basis', { total: s.disclosures.total })} data={bases} labelHeader={t('statistics.col.basis')} valueHeader={countHeader} />
      </section>
      <section aria-labelledby="stat-fees">
        <h2 id="stat-fees">{t('statistics.section.fees')}</h2>
        <CountTable
          id="table-fees"
          caption={t('statistics.table.fees')}
          header={measureHeader}
          rows={[
            { key: 'payments', label: t('statistics.fees', { value: 'payments' }), value: count(s.fees.payments) },
            { key: 'collected', label: t('statistics.fees', { value: 'collected' }), value: formatCents(s.fees.collectedCents, intl.locale) },
            { key: 'waivers', label: t('statistics.fees', { value: 'waivers' }), value: count(s.fees.waivers) },
            { key: 'waived', label: t('statistics.fees', { value: 'waived' }), value: formatCents(s.fees.waivedCents, intl.locale) },
          ]}
        />
      </section>
      <section aria-labelledby="stat-breakdowns" className="stack">
        <h2 id="stat-breakdowns">{t('statistics.section.breakdowns')}</h2>
        <p>
          <FormattedMessage id="statistics.breakdowns.about" />
        </p>
        {statisticsDimensions.map((dimension) => (
          <BreakdownTable key={dimension} dimension={dimension} rows={s.breakdowns[dimension]} />
        ))}
      </section>
    </div>
  );
}
