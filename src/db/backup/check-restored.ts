import { sql, type Transaction } from 'kysely';
import { AppError } from '../../core/shared/index.js';
import type { DB } from '../schema.js';
import type { BackupHeader } from './backup-format.js';

/**
 * Compares a restored database with its backup's header: every table's row count, each
 * agency's audit chain head (the head row, and the last event of the chain: same seq, same
 * hash). Throws `backup.verify_failed` naming the first difference.
 */
export async function checkRestored(trx: Transaction<DB>, header: BackupHeader): Promise<void> {
  for (const table of header.tables) {
    const counted = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table.name)}`.execute(trx);
    const rows = Number(counted.rows[0]!.n);
    if (rows !== table.rows) throw new AppError('unexpected', 'backup.verify_failed', { what: `${table.name}: ${rows} ≠ ${table.rows}` });
  }
  const heads = await sql<{ agencyId: string; lastSeq: string; lastHash: string; eventSeq: string | null; eventHash: string | null }>`
    select h.agency_id as "agencyId", h.last_seq::text as "lastSeq", h.last_hash as "lastHash", e.seq::text as "eventSeq", e.hash as "eventHash"
    from audit_chain_head h
    left join lateral (select seq, hash from audit_event where agency_id = h.agency_id order by seq desc limit 1) e on true`.execute(trx);
  const byAgency = new Map(heads.rows.map((row) => [row.agencyId, row]));
  if (byAgency.size !== header.auditHeads.length) throw new AppError('unexpected', 'backup.verify_failed', { what: `audit chains: ${byAgency.size} ≠ ${header.auditHeads.length}` });
  for (const expected of header.auditHeads) {
    const found = byAgency.get(expected.agencyId);
    const same = found && found.lastSeq === expected.lastSeq && found.lastHash === expected.lastHash && (expected.lastSeq === '0' || (found.eventSeq === expected.lastSeq && found.eventHash === expected.lastHash));
    if (!same) throw new AppError('unexpected', 'backup.verify_failed', { what: `audit chain of ${expected.slug}` });
  }
}
