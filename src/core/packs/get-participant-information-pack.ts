import { assertCan } from '../access/assert-can.js';
import { requireParticipant } from '../participants/require-participant.js';
import { defaultCurriculum } from '../programs/default-curriculum.js';
import { defaultStreamPolicy } from '../programs/stream-policy.js';
import { findStream } from '../programs/streams.queries.js';
import type { Ctx } from '../shared/ctx.js';
import { packText } from './pack-text.js';
import { findPackIssuer, findPlacedStreamId } from './packs.queries.js';
import type { ParticipantInformationQuery, PdfFile } from './packs.schema.js';
import { participantInformationPack } from './participant-information.js';
import { renderPack } from './render-pack.js';

/**
 * The participant information pack in the request's language, for the stream asked for, or the
 * stream the participant is placed in, or else the default curriculum and policy. Participant-
 * side staff only (`participant.read`): it explains the group program. It prints no name, so it
 * is not audited as an export of anyone's data.
 */
export async function getParticipantInformationPack(ctx: Ctx, query: ParticipantInformationQuery): Promise<PdfFile> {
  assertCan(ctx.actor, 'participant.read');
  const { issuer, stream } = await ctx.db.transaction(async (trx) => {
    const issuer = await findPackIssuer(trx, ctx.locale);
    let streamId = query.streamId;
    if (!streamId && query.participantId) {
      await requireParticipant(trx, query.participantId);
      streamId = await findPlacedStreamId(trx, query.participantId);
    }
    return { issuer, stream: streamId ? await findStream(trx, streamId) : undefined };
  });
  const text = packText(ctx.locale);
  const topics = stream && stream.topics.length > 0 ? stream.topics : defaultCurriculum;
  const pack = participantInformationPack(text, issuer.agencyName, topics, stream?.policy ?? defaultStreamPolicy);
  const bytes = await renderPack(pack, { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `par-program-information-${ctx.locale === 'fr-CA' ? 'fr' : 'en'}.pdf` };
}
