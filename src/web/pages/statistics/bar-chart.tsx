import { useIntl } from 'react-intl';

/** One bar: its label, its value and how the value reads (a count, a percentage). */
export interface ChartDatum {
  key: string;
  label: string;
  value: number;
  /** The value as text (formatted number, "82.5 %"); shown in the chart and its table. */
  display: string;
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  /** Header of the table's label column and value column. */
  labelHeader: string;
  valueHeader: string;
  /** The largest value the axis shows (100 for percentages); by default the largest value. */
  max?: number;
}

const width = 480;
const rowHeight = 40;
const barTop = 18;
const barHeight = 14;
const valueRoom = 70;

/**
 * A horizontal bar chart drawn in SVG (no chart library) with, beside it, a table of the same
 * numbers. The drawing is one image (role="img") whose accessible name says every bar's label and
 * value; the table is the same data for screen readers, keyboard users and copying.
 */
export function BarChart({ id, title, data, labelHeader, valueHeader, max }: BarChartProps) {
  const intl = useIntl();
  const top = Math.max(max ?? 0, ...data.map((datum) => datum.value), 1);
  const items = intl.formatList(
    data.map((datum) => intl.formatMessage({ id: 'statistics.chart.item' }, { label: datum.label, value: datum.display })),
    { type: 'conjunction' },
  );
  const summary = intl.formatMessage({ id: 'statistics.chart.summary' }, { title, items });
  const height = data.length * rowHeight + 4;
  return (
    <figure className="stat-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="stat-chart-title">
        {title}
      </figcaption>
      <div className="stat-chart-body">
        <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} className="stat-chart-svg" preserveAspectRatio="xMinYMin meet">
          {data.map((datum, index) => {
            const y = index * rowHeight;
            const barWidth = Math.max(datum.value > 0 ? 2 : 0, Math.round(((width - valueRoom) * datum.value) / top));
            return (
              <g key={datum.key}>
                <text x={0} y={y + 13} className="stat-chart-label">
                  {datum.label}
                </text>
                <rect x={0} y={y + barTop} width={barWidth} height={barHeight} className="stat-chart-bar" />
                <text x={barWidth + 6} y={y + barTop + barHeight - 2} className="stat-chart-value">
                  {datum.display}
                </text>
              </g>
            );
          })}
        </svg>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-table`} tabIndex={0}>
          <table className="table">
            <caption id={`${id}-table`}>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col" className="money">
                  {valueHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((datum) => (
                <tr key={datum.key}>
                  <th scope="row">{datum.label}</th>
                  <td className="money">{datum.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
