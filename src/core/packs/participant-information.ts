import type { StreamPolicy } from '../programs/stream-policy.js';
import type { PackText } from './pack-text.js';
import type { Pack, PackBlock } from './render-pack.js';

/** A session topic in both languages (a stream's curriculum, or the default one). */
export interface PackTopic {
  title: string;
  titleFr: string;
  summary?: string | null | undefined;
  summaryFr?: string | null | undefined;
}

/**
 * The participant information pack (issue #6 item 5a): what the program is and is not, the
 * stream's topics, its attendance and fee rules, confidentiality and its limits, and that the
 * partner will be contacted. Every rule is read from the stream's policy, so the pack never
 * promises what the agency's settings do not do. It names no one: it may be handed to anyone.
 */
export function participantInformationPack(text: PackText, agencyName: string, topics: readonly PackTopic[], policy: StreamPolicy): Pack {
  const t = text.t;
  const french = text.locale === 'fr-CA';
  const heading = (key: string): PackBlock => ({ type: 'heading', text: t(key) });
  const paragraph = (key: string, values?: Parameters<PackText['t']>[1]): PackBlock => ({ type: 'paragraph', text: t(key, values) });
  const makeUps = !policy.makeUpsAllowed ? 'make_ups_none' : policy.absencesMustBeMadeUp ? 'make_ups_all' : 'make_ups_unexcused';

  const attendance: string[] = [
    policy.sessionCredit === 1
      ? t('pack.participant.attendance.required', { required: policy.sessionsRequired })
      : t('pack.participant.attendance.required_credit', { required: policy.sessionsRequired, credit: policy.sessionCredit }),
    t('pack.participant.attendance.tell_us'),
    t('pack.participant.attendance.late', { minutes: policy.lateAfterMinutes }),
    ...(policy.latesPerUnexcusedAbsence > 0 ? [t('pack.participant.attendance.lates', { lates: policy.latesPerUnexcusedAbsence })] : []),
    t('pack.participant.attendance.refused', { minutes: policy.refuseEntryAfterMinutes }),
    t('pack.participant.attendance.left_early', { makeUps: policy.makeUpsAllowed ? 'yes' : 'no' }),
    t('pack.participant.attendance.unexcused_limit', { count: policy.pendingDischargeAtUnexcused }),
    t('pack.participant.attendance.excused_limit', { count: policy.pendingDischargeAtExcused }),
    t(`pack.participant.attendance.${makeUps}`),
    ...(policy.homeworkRequired ? [t('pack.participant.attendance.homework')] : []),
  ];

  return {
    title: t('pack.participant.title'),
    blocks: [
      paragraph('pack.participant.intro'),
      heading('pack.participant.is.heading'),
      paragraph('pack.participant.is.body'),
      paragraph('pack.participant.is.format', {
        meetings: Math.ceil(policy.sessionsRequired / policy.sessionCredit),
        // "About" two hours: to the nearest half hour.
        hours: Math.max(0.5, Math.round(policy.sessionMinutes / 30) / 2),
        cadence: policy.cadence,
        delivery: policy.delivery,
      }),
      paragraph('pack.participant.is.respect'),
      heading('pack.participant.is_not.heading'),
      { type: 'list', items: [t('pack.participant.is_not.anger'), t('pack.participant.is_not.safety')] },
      heading('pack.participant.learn.heading'),
      paragraph('pack.participant.learn.intro'),
      {
        type: 'list',
        items: topics.map((topic) => {
          const title = french ? topic.titleFr : topic.title;
          const summary = french ? topic.summaryFr : topic.summary;
          return summary ? t('pack.participant.learn.topic', { title, summary }) : title;
        }),
      },
      heading('pack.participant.attendance.heading'),
      { type: 'list', items: attendance },
      heading('pack.participant.fees.heading'),
      {
        type: 'list',
        items: [
          t('pack.participant.fees.sliding'),
          t('pack.participant.fees.private', { price: text.money(policy.privateSessionPriceCents) }),
          ...(policy.feesUpToDateForCompletion ? [t('pack.participant.fees.up_to_date')] : []),
        ],
      },
      heading('pack.participant.confidentiality.heading'),
      paragraph('pack.participant.confidentiality.intro'),
      {
        type: 'list',
        items: ['court', 'partner', 'safety', 'child', 'law'].map((key) => t(`pack.participant.confidentiality.${key}`)),
      },
      paragraph('pack.participant.confidentiality.partner_notes'),
      heading('pack.participant.partner_contact.heading'),
      paragraph('pack.participant.partner_contact.body'),
      paragraph('pack.participant.partner_contact.respect'),
      heading('pack.participant.questions.heading'),
      paragraph('pack.participant.questions.body', { agency: agencyName }),
    ],
  };
}
