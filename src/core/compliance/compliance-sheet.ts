import { translate } from '../../i18n/translate.js';
import type { Locale } from '../shared/locale.js';
import { suppressFigures } from './compliance.rules.js';
import type { Compliance } from './compliance.schema.js';
import type { StatisticsLine } from '../statistics/statistics-sheet.js';

const measures = ['inScope', 'metOnTime', 'metLate', 'overdue', 'pending', 'percentMet'] as const;

/**
 * The compliance figures as lines of the statistics export (section, clock, measure, value),
 * labels in `locale`. With `suppress`, a count of 1 to 4 reads `<5` and a percentage resting on
 * 1 to 4 items is left empty, as the statistics' own lines are.
 */
export function complianceLines(compliance: Compliance, locale: Locale, options: { suppress: boolean }): StatisticsLine[] {
  const section = translate(locale, 'compliance.sheet.section');
  return compliance.clocks.flatMap((exact) => {
    const figures = options.suppress ? suppressFigures(exact) : exact;
    const breakdown = translate(locale, 'compliance.clock', { clock: figures.clock });
    return measures.map((measure) => ({ section, breakdown, measure: translate(locale, 'compliance.measure', { measure }), value: figures[measure] }));
  });
}
