import { useIntl } from 'react-intl';
import { attendanceRate, breakdownMeasures, type BreakdownRow, type StatisticsDimension } from '../../api/statistics';

/** A breakdown row's label: a stream's own name in the UI's language, or the key's translation. */
export function useRowLabel(): (dimension: StatisticsDimension, row: BreakdownRow) => string {
  const intl = useIntl();
  return (dimension, row) => (row.label ? (intl.locale === 'fr-CA' ? row.label.fr : row.label.en) : intl.formatMessage({ id: 'statistics.key' }, { dimension, value: row.key }));
}

/** A percentage as the language writes it ("82.5%", "82,5 %"), or "none" without marks. */
export function usePercent(): (rate: number | undefined) => string {
  const intl = useIntl();
  return (rate) => (rate === undefined ? intl.formatMessage({ id: 'statistics.none' }) : intl.formatNumber(rate / 100, { style: 'percent', maximumFractionDigits: 1 }));
}

/** One breakdown (by stream, gender, language or Indigenous stream): every participant-side count and the attendance rate. */
export function BreakdownTable({ dimension, rows }: { dimension: StatisticsDimension; rows: readonly BreakdownRow[] }) {
  const intl = useIntl();
  const labelOf = useRowLabel();
  const percent = usePercent();
  const id = `breakdown-${dimension}`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id}>{intl.formatMessage({ id: 'statistics.dimension' }, { dimension })}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'statistics.dimension.column' }, { dimension })}</th>
            {breakdownMeasures.map((measure) => (
              <th key={measure} scope="col" className="money">
                {intl.formatMessage({ id: 'statistics.measure' }, { value: measure })}
              </th>
            ))}
            <th scope="col" className="money">
              {intl.formatMessage({ id: 'statistics.measure' }, { value: 'rate' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{labelOf(dimension, row)}</th>
              {breakdownMeasures.map((measure) => (
                <td key={measure} className="money">
                  {intl.formatNumber(row[measure])}
                </td>
              ))}
              <td className="money">{percent(attendanceRate(row.attended, row.marks))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
