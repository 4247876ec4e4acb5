import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAgencyStatistics } from '../../core/statistics/index.js';
import { generateStatisticsAgency } from '../../core/statistics/testing/generate-statistics-world.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { EnvConfig } from '../env-config.js';
import { stats, type StatsOptions } from './stats.js';

let database: TestDatabase;
let agencies: { id: string; slug: string }[];
const now = new Date('2026-11-24T15:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  agencies = [await generateStatisticsAgency(database.kysely, 31, { participants: 20 }), await generateStatisticsAgency(database.kysely, 32, { participants: 12 })];
}, 60_000);
afterAll(async () => database?.close());

async function run(options: StatsOptions, locale: EnvConfig['locale'] = 'en-CA') {
  const lines: string[] = [];
  const config = { locale, dataDir: '', databaseUrl: undefined } as EnvConfig;
  const error = await stats(config, options, { database, now, write: (line) => lines.push(line) }).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  return { lines, error };
}

describe('pars stats', () => {
  it("prints one agency's statistics of the current quarter with counts under 5 as <5", async () => {
    const { lines, error } = await run({ agency: agencies[0]!.slug });
    expect(error).toBeUndefined();
    expect(lines[0]).toBe('Statistics for 1 agency, 2026-10-01 to 2026-12-31. Counts from 1 to 4 show as <5; a rate, mean or amount from fewer than 5 is left blank.');
    const exact = await computeAgencyStatistics(database.kysely, agencies[0]!.id, {}, now);
    const total = exact.referrals.total;
    expect(lines.find((line) => /^Referrals\s+All\s+Total\s/.test(line))).toMatch(new RegExp(`\\s${total > 0 && total < 5 ? '<5' : total}$`));
    expect(lines.some((line) => line.endsWith('<5'))).toBe(true);
    expect(lines.filter((line) => /\s[1-4]$/.test(line))).toEqual([]);
  });

  it('sums every agency for the provincial view, in French', async () => {
    const { lines, error } = await run({ allAgencies: true, from: '2026-10-01', to: '2026-11-30' }, 'fr-CA');
    expect(error).toBeUndefined();
    expect(lines[0]).toMatch(/^Statistiques de \d+ organismes, du 2026-10-01 au 2026-11-30\./);
    expect(lines.some((line) => line.startsWith('Par volet du programme'))).toBe(true);
  });

  it('refuses an end before the start, an unknown agency, and a run naming no agency', async () => {
    expect((await run({ agency: agencies[1]!.slug, from: '2026-12-01', to: '2026-11-01' })).error).toMatchObject({ kind: 'invalid', code: 'statistics.period_end_before_start' });
    expect((await run({ agency: 'no-such-agency' })).error).toMatchObject({ kind: 'not_found', code: 'statistics.agency_not_found' });
    expect((await run({})).error).toMatchObject({ kind: 'invalid', code: 'statistics.agency_required' });
  });
});
