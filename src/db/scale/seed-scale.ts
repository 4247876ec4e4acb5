import { sql, type Kysely } from 'kysely';
import type { Keyring } from '../../core/crypto/keyring.js';
import { AppError } from '../../core/shared/index.js';
import { hashPassword } from '../../core/users/hash-password.js';
import type { DB } from '../schema.js';
import { createAgencyWorld, scalePassword } from './agency-world.js';
import { BulkWriter, type TableGrowth } from './bulk-writer.js';
import { generateCase, type CaseOutcome } from './generate-case.js';
import { generatePartners } from './generate-partner.js';
import { addReferral, referNewPerson, type ReferredPerson } from './generate-referral.js';
import { generateReport } from './generate-report.js';
import { GroupAllocator } from './group-allocator.js';
import { Random } from './random.js';
import { ScaleCalendar } from './scale-calendar.js';
import { type AgencyPlan, planAgencies } from './scale-plan.js';

export interface SeedScaleOptions {
  /** Multiples of one year of Ontario (12,000 referrals); fractions make small worlds for tests. */
  scale: number;
  seed: number;
  /** The run's "today" (`YYYY-MM-DD`): the generated year ends the day before. */
  until: string;
  /** How many agencies (default 50). */
  agencies?: number;
  /** Add to a database that already holds agencies, skipping generated agencies already present. */
  append?: boolean;
  /** Rows per insert statement (default 1,000). */
  batchRows?: number;
  onProgress?: (progress: SeedScaleProgress) => void;
}

export interface SeedScaleProgress {
  agency: number;
  agencies: number;
  slug: string;
  rows: number;
  elapsedMs: number;
  done: boolean;
}

export interface SeedScaleResult {
  created: string[];
  skipped: string[];
  rows: number;
  counts: Record<string, number>;
}

/** Cases between two writes (and between two seals of the audit chain). */
const casesPerFlush = 200;

/**
 * Generates a province's year (or N of them): each agency in its own transaction, written in
 * multi-row batches as the owner, so a crash leaves whole agencies and `append` resumes after
 * them. Deterministic from the seed (ids, names, dates, counts and decrypted values; ciphertexts
 * differ by their random nonces). Memory stays bounded: only the open groups and a few hundred
 * cases are held at a time. Refuses a database that already holds agencies unless `append`.
 */
export async function seedScale(db: Kysely<DB>, keyring: Keyring, options: SeedScaleOptions): Promise<SeedScaleResult> {
  if (!(options.scale > 0 && options.scale <= 1000)) throw new AppError('invalid', 'system.config_invalid', { name: '--scale', hint: '0 < N ≤ 1000' });
  const plans = planAgencies({ scale: options.scale, seed: options.seed, agencies: options.agencies });
  const existing = new Set((await db.selectFrom('agency').select('slug').execute()).map((row) => row.slug));
  if (existing.size > 0 && !options.append) throw new AppError('conflict', 'cli.seed_not_empty', { agencies: existing.size });
  const passwordHash = await hashPassword(scalePassword);
  const started = Date.now();
  const result: SeedScaleResult = { created: [], skipped: [], rows: 0, counts: {} };
  const growth: TableGrowth = { written: 0, analyzeAt: 5_000 };
  for (const plan of plans) {
    if (existing.has(plan.slug)) {
      result.skipped.push(plan.slug);
      continue;
    }
    const report = (done: boolean, rows: number) =>
      options.onProgress?.({ agency: plan.index, agencies: plans.length, slug: plan.slug, rows: result.rows + rows, elapsedMs: Date.now() - started, done });
    const counts = await db.transaction().execute(async (trx) => {
      // A big agency's transaction writes for minutes: no statement timeout from the role.
      await sql`set local statement_timeout = 0`.execute(trx);
      return seedAgency(trx, keyring, plan, { ...options, passwordHash, growth }, (rows) => report(false, rows));
    });
    let rows = 0;
    for (const [table, count] of counts) {
      result.counts[table] = (result.counts[table] ?? 0) + count;
      rows += count;
    }
    result.rows += rows;
    result.created.push(plan.slug);
    report(true, 0);
  }
  return result;
}

async function seedAgency(trx: Kysely<DB>, keyring: Keyring, plan: AgencyPlan, options: SeedScaleOptions & { passwordHash: string; growth: TableGrowth }, progress: (rows: number) => void) {
  const random = new Random(options.seed, `agency:${plan.index}`);
  const calendar = new ScaleCalendar(options.until);
  let written = 0;
  let lastReport = Date.now();
  const writer = new BulkWriter(trx, {
    batchRows: options.batchRows ?? 1_000,
    growth: options.growth,
    onWritten: (rows) => {
      written += rows;
      if (Date.now() - lastReport > 2_000) {
        lastReport = Date.now();
        progress(written);
      }
    },
  });
  const world = createAgencyWorld({ plan, random, keyring, writer, calendar, passwordHash: options.passwordHash, createdAt: calendar.at(calendar.firstDay - 30, plan.timeZone, 9) });
  const groups = new GroupAllocator(world);
  const recent: ReferredPerson[] = [];
  // Referrals arrive on working days mostly: weekdays carry 1.3 of the mean, weekends 0.25.
  const perDay = plan.referrals / 365;
  let cases = 0;
  for (let day = calendar.firstDay; day < calendar.today; day++) {
    const weekend = calendar.weekday(day) >= 6;
    const arrivals = random.poisson(perDay * (weekend ? 0.25 : 1.3));
    for (let n = 0; n < arrivals; n++) {
      const roll = random.next();
      if (roll < 0.03 && recent.length > 0) {
        const original = random.pick(recent);
        addReferral(world, original.id, day, calendar.at(day, plan.timeZone, random.int(9, 16), random.int(0, 59)), 'duplicate', original.referralId);
        continue;
      }
      const returned = roll < 0.08;
      const person = referNewPerson(world, day, returned ? 'returned' : 'accepted');
      let outcome: CaseOutcome;
      if (returned) {
        writer.add('participant', person.row);
        outcome = { person, windowStart: day, notices: [], group: undefined, firstSession: undefined };
      } else {
        outcome = generateCase(world, groups, person, day);
      }
      generatePartners(world, outcome, day);
      generateReport(world, outcome);
      recent.push(person);
      if (recent.length > 100) recent.shift();
      cases += 1;
      if (cases % casesPerFlush === 0) {
        world.audit.seal();
        await writer.maybeFlush();
      }
    }
  }
  world.audit.finish();
  writer.add('receipt_sequence', { agency_id: world.id, last_number: world.receipts });
  await writer.flush();
  return writer.counts;
}
