import { sql } from 'kysely';
import { z } from 'zod';
import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';

export const WaitlistQuery = z.strictObject({
  stream: z.string().max(40).optional(),
  groupGender: z.enum(['men', 'women']).optional(),
  language: z.enum(['en', 'fr', 'other']).optional(),
});
export type WaitlistQuery = z.infer<typeof WaitlistQuery>;

export const WaitlistEntry = z.object({
  participantId: z.uuid(),
  name: z.string(),
  stream: z.string(),
  groupGender: z.enum(['men', 'women']),
  language: z.string(),
  indigenousIdentity: z.boolean(),
  waitlistedOn: z.string(),
  daysWaited: z.number().int(),
  completeBy: z.string().nullable(),
});
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;

/**
 * Who is waiting for a group, by stream, gender of group and language, longest wait first, with
 * the court's deadline beside it (placement must fit the order).
 */
export async function findWaitlist(ctx: Ctx, query: WaitlistQuery): Promise<WaitlistEntry[]> {
  assertCan(ctx.actor, 'group.read');
  return ctx.db.transaction(async (trx) => {
    const rows = await sql<{ id: string; name: string; stream: string; group_gender: 'men' | 'women'; language: string; indigenous_identity: boolean; since: Date; complete_by: string | null }>`
      select p.id, p.given_name || ' ' || p.family_name as name, r.stream, p.group_gender, p.language,
             p.indigenous_identity, t.since, r.complete_by
      from participant p
      join lateral (select stream, complete_by from referral where participant_id = p.id order by received_at desc limit 1) r on true
      join lateral (select max(occurred_at) as since from case_transition where participant_id = p.id and to_state = 'waitlisted') t on true
      where p.case_state = 'waitlisted'
        and (${query.stream ?? null}::text is null or r.stream = ${query.stream ?? null})
        and (${query.groupGender ?? null}::text is null or p.group_gender = ${query.groupGender ?? null})
        and (${query.language ?? null}::text is null or p.language = ${query.language ?? null})
      order by t.since`.execute(trx);
    return rows.rows.map((row) => ({
      participantId: row.id,
      name: row.name,
      stream: row.stream,
      groupGender: row.group_gender,
      language: row.language,
      indigenousIdentity: row.indigenous_identity,
      waitlistedOn: row.since.toISOString().slice(0, 10),
      daysWaited: Math.floor((ctx.now.getTime() - row.since.getTime()) / 86_400_000),
      completeBy: row.complete_by,
    }));
  });
}
