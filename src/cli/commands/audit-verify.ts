import { type AuditChainReport, verifyAuditChain } from '../../core/audit/index.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import { AppError, type Locale } from '../../core/shared/index.js';
import { type Database, openDatabase } from '../../db/database.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';

/** What `pars audit verify` needs besides the environment. */
export interface AuditVerifyDeps {
  /** Holds every key the chains were signed with (old keys included). */
  keyring: Keyring;
  /** An open database to use (and leave open); by default the configured one is opened here. */
  database?: Database;
  /** Where lines go (standard output by default). */
  write?: (line: string) => void;
}

/**
 * `pars audit verify [--agency <slug>]`: recomputes each agency's audit chain and prints one
 * line per agency with its verdict and its head, which operators should record outside PARS
 * (a superuser who rewrites the head could otherwise cut the tail unnoticed). Fails with
 * `audit.chain_broken` (exit 65) when any chain is broken.
 */
export async function auditVerify(config: EnvConfig, options: { agency?: string }, deps: AuditVerifyDeps): Promise<void> {
  const write = deps.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const database = deps.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 }));
  try {
    const reports = await verifyAuditChain(database.kysely, deps.keyring, options.agency ? { slug: options.agency } : {});
    if (options.agency && reports.length === 0) throw new AppError('not_found', 'audit.agency_not_found', { slug: options.agency });
    if (reports.length === 0) write(translate(config.locale, 'cli.audit.verify.no_agencies'));
    for (const report of reports) write(describe(config.locale, report));
    const broken = reports.filter((report) => !report.ok);
    const first = broken[0];
    if (first?.firstBroken) {
      throw new AppError('rule_violation', 'audit.chain_broken', { count: broken.length, slug: first.slug, seq: String(first.firstBroken.seq) });
    }
  } finally {
    if (!deps.database) await database.close();
  }
}

function describe(locale: Locale, report: AuditChainReport): string {
  const values = { slug: report.slug, events: report.events, headSeq: String(report.head.seq), headHash: report.head.hash.slice(0, 16) };
  return report.firstBroken
    ? translate(locale, 'cli.audit.verify.broken', { ...values, seq: String(report.firstBroken.seq), reason: report.firstBroken.reason })
    : translate(locale, 'cli.audit.verify.intact', values);
}
