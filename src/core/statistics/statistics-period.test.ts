import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.js';
import { toProblem } from '../../server/problem.js';
import { isAppError } from '../shared/app-error.js';
import { quarterOf, resolvePeriod } from './statistics-period.js';

/** Catches the AppError `resolvePeriod` throws. */
function refusal(query: { from?: string; to?: string }) {
  try {
    resolvePeriod(query, '2026-11-24');
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the statistics period', () => {
  it.each([
    ['2026-01-01', { from: '2026-01-01', to: '2026-03-31' }],
    ['2026-03-31', { from: '2026-01-01', to: '2026-03-31' }],
    ['2026-04-01', { from: '2026-04-01', to: '2026-06-30' }],
    ['2026-08-15', { from: '2026-07-01', to: '2026-09-30' }],
    ['2026-12-31', { from: '2026-10-01', to: '2026-12-31' }],
    ['2028-02-29', { from: '2028-01-01', to: '2028-03-31' }],
  ])('the quarter of %s is %o', (day, quarter) => {
    expect(quarterOf(day)).toEqual(quarter);
  });

  it.each([
    [{}, { from: '2026-10-01', to: '2026-12-31' }],
    [{ from: '2026-01-01' }, { from: '2026-01-01', to: '2026-12-31' }],
    [{ to: '2026-11-30' }, { from: '2026-10-01', to: '2026-11-30' }],
    [{ from: '2026-05-05', to: '2026-05-05' }, { from: '2026-05-05', to: '2026-05-05' }],
    [{ from: '2022-01-01', to: '2026-12-30' }, { from: '2022-01-01', to: '2026-12-30' }],
  ])('%o resolves to %o (today 2026-11-24; missing days from the current quarter)', (query, period) => {
    expect(resolvePeriod(query, '2026-11-24')).toEqual(period);
  });

  it('refuses an end before the start with a message on the end date, in English and French', () => {
    const error = refusal({ from: '2026-12-31', to: '2026-10-01' });
    expect(error).toMatchObject({ kind: 'invalid', code: 'statistics.period_end_before_start', issues: [{ path: 'query.to', code: 'statistics.period_end_before_start' }] });
    expect(toProblem(error, 'en-CA', 'r1')).toMatchObject({
      status: 400,
      detail: 'The period ends (2026-10-01) before it starts (2026-12-31). Enter an end date on or after the start date.',
      errors: [{ path: 'query.to', message: 'The end date (2026-10-01) is before the start date (2026-12-31). Enter an end date on or after the start date.' }],
    });
    expect(toProblem(error, 'fr-CA', 'r1').errors![0]!.message).toBe('La date de fin (2026-10-01) précède la date de début (2026-12-31). Entrez une date de fin égale ou postérieure à la date de début.');
  });

  it('refuses an end before a default start (only the end given, before the quarter)', () => {
    expect(refusal({ to: '2026-09-30' }).code).toBe('statistics.period_end_before_start');
  });

  it('refuses a period of five years or more', () => {
    const error = refusal({ from: '2020-01-01', to: '2026-12-31' });
    expect(error).toMatchObject({ code: 'statistics.period_too_long', issues: [{ path: 'query.to' }] });
    expect(translate('fr-CA', 'error.statistics.period_too_long', error.params)).toBe('La période du 2020-01-01 au 2026-12-31 dépasse 5\u00a0ans. Choisissez une période plus courte (un trimestre ou une année).');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-01'])('refuses %s, not a day on the calendar, on its field', (day) => {
    const error = refusal({ from: day, to: '2026-12-31' });
    expect(error).toMatchObject({ code: 'statistics.day_invalid', issues: [{ path: 'query.from', code: 'statistics.day_invalid', params: { day } }] });
  });
});
