import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';

/** A referral of another agency, or outside the reader's compartments, does not exist for them (404). */
export async function assertReferralExists(trx: Transaction<DB>, agencyId: string, referralId: string): Promise<void> {
  const found = await trx.selectFrom('referral').select('id').where('agency_id', '=', agencyId).where('id', '=', referralId).executeTakeFirst();
  if (!found) throw new AppError('not_found', 'documents.referral_not_found', {});
}
