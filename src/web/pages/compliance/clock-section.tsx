import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ClockFigures } from '../../api/compliance';
import { ClockItems } from './clock-items';

const measures = ['inScope', 'metOnTime', 'metLate', 'overdue', 'pending'] as const;

/** One clock: its percentage met, its counts as a table, and a button that opens its items. */
export function ClockSection({ figures, period }: { figures: ClockFigures; period: { from: string; to: string } }) {
  const intl = useIntl();
  const [isOpen, setOpen] = useState(false);
  const id = `clock-${figures.clock}`;
  const count = (value: number | '<5') => (typeof value === 'number' ? intl.formatNumber(value) : value);
  const percent = figures.percentMet === null ? intl.formatMessage({ id: 'compliance.percent.none' }) : intl.formatNumber(figures.percentMet / 100, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <section className="compliance-clock" aria-labelledby={id}>
      <h3 id={id}>
        <FormattedMessage id="compliance.clock" values={{ clock: figures.clock }} />
      </h3>
      <p className="compliance-percent">
        <FormattedMessage id="compliance.percentMet" values={{ percent: <strong>{percent}</strong> }} />
      </p>
      <p className="field-description">
        <FormattedMessage id="compliance.rule" values={{ clock: figures.clock }} />
      </p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table">
          <caption id={`${id}-caption`}>
            <FormattedMessage id="compliance.figures.caption" values={{ clock: intl.formatMessage({ id: 'compliance.clock' }, { clock: figures.clock }) }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="compliance.col.measure" />
              </th>
              <th scope="col">
                <FormattedMessage id="compliance.col.count" />
              </th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure}>
                <th scope="row">
                  <FormattedMessage id="compliance.measure" values={{ measure: measure === 'overdue' && figures.clock === 'group_size' ? 'outside' : measure }} />
                </th>
                <td>{count(figures[measure])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button className="button button-secondary" aria-expanded={isOpen} aria-controls={`${id}-items`} onPress={() => setOpen(!isOpen)}>
        <FormattedMessage id={isOpen ? 'compliance.items.hide' : 'compliance.items.show'} values={{ clock: intl.formatMessage({ id: 'compliance.clock' }, { clock: figures.clock }) }} />
      </Button>
      <div id={`${id}-items`}>{isOpen && <ClockItems clock={figures.clock} period={period} />}</div>
    </section>
  );
}
