import type { PackText } from '../packs/pack-text.js';
import type { Pack, PackBlock } from '../packs/render-pack.js';
import { safetyPlanLines } from '../safety-plans/index.js';
import type { PartnerRecord } from './partner-record.queries.js';

/** What a message's `select` reads as "nothing here" (an empty string would fall into `other`). */
const noValue = '__none';

/**
 * The partner's own record as a pack, in their language: their file, how they may be reached,
 * what they said about being contacted, every contact and its notes, every safety plan version,
 * letters, resources given and disclosures about them (what was disclosed, to whom, why). Dates
 * in the agency's time zone; an empty part says so rather than disappearing.
 */
export function partnerRecordPack(text: PackText, record: PartnerRecord, timeZone: string): Pack {
  const t = (key: string, values?: Parameters<PackText['t']>[1]) => text.t(`partnerRecordPdf.${key}`, values);
  const day = (instant: Date) => text.day(instant, timeZone);
  const time = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const none = (key: string): PackBlock => ({ type: 'paragraph', text: t(key) });
  const blocks: PackBlock[] = [{ type: 'paragraph', text: t('intro') }];
  const section = (key: string, body: PackBlock[]) => blocks.push({ type: 'heading', text: t(`${key}.heading`) }, ...body);
  const list = (items: string[], empty: string): PackBlock[] => (items.length > 0 ? [{ type: 'list', items }] : [none(empty)]);

  section('file', [
    {
      type: 'list',
      items: [
        t('file.name', { name: record.fullName }),
        t('file.relationship', { relationship: record.relationship ?? 'unknown' }),
        t('file.language', { language: record.language ?? 'unknown' }),
        t('file.opened', { date: day(record.createdAt) }),
        ...(record.childrenAges.length > 0 ? [t('file.children', { ages: record.childrenAges.join(', '), count: record.childrenAges.length })] : []),
        ...(record.referralPhone ? [t('file.referral_phone', { phone: record.referralPhone })] : []),
        ...(record.referralAddress ? [t('file.referral_address', { address: record.referralAddress })] : []),
      ],
    },
  ]);
  section(
    'preferences',
    list(
      record.preferences.map((preference) =>
        t('preferences.item', {
          channel: preference.channel,
          value: preference.value,
          safe: preference.safe === null ? 'unknown' : String(preference.safe),
          confirmedOn: preference.confirmedOn ?? noValue,
          voicemail: preference.channel === 'phone' ? String(preference.voicemailOk) : 'none',
          safeTimes: preference.safeTimes ?? noValue,
          retired: String(preference.retired),
        }),
      ),
      'preferences.none',
    ),
  );
  section('consents', list(record.consents.map((consent) => t('consents.item', { decision: consent.decision, date: consent.decidedOn, how: consent.how, note: consent.note ?? noValue })), 'consents.none'));
  section(
    'contacts',
    record.contacts.length === 0
      ? [none('contacts.none')]
      : record.contacts.flatMap((contact): PackBlock[] => [
          {
            type: 'paragraph',
            text: t('contacts.item', {
              date: day(contact.occurredAt),
              time: time(contact.occurredAt),
              kind: contact.kind,
              outcome: contact.outcome ?? 'none',
              initiatedBy: contact.initiatedBy,
              minutes: contact.durationMinutes === null ? 'none' : String(contact.durationMinutes),
              worker: contact.worker ?? noValue,
            }),
          },
          ...(contact.topics.length > 0 ? [{ type: 'paragraph' as const, text: t('contacts.topics', { topics: contact.topics.map((topic) => t('topic', { topic })).join(', ') }) }] : []),
          ...(contact.notes ? [{ type: 'paragraph' as const, text: t('contacts.notes', { notes: contact.notes }) }] : []),
          ...(contact.followUpOn ? [{ type: 'paragraph' as const, text: t('contacts.follow_up', { date: contact.followUpOn }) }] : []),
        ]),
  );
  section(
    'safety_plans',
    record.safetyPlans.length === 0
      ? [none('safety_plans.none')]
      : record.safetyPlans.flatMap((plan): PackBlock[] => {
          const title: PackBlock = { type: 'paragraph', text: t('safety_plans.version', { version: plan.version, date: day(new Date(plan.savedAt)), wanted: String(plan.wanted) }) };
          const lines = plan.content ? safetyPlanLines(text, plan.content) : [];
          return lines.length > 0 ? [title, { type: 'list', items: lines }] : [title];
        }),
  );
  section('letters', list(record.letters.map((letter) => t('letters.item', { date: day(letter.producedAt), language: letter.language })), 'letters.none'));
  section(
    'resources',
    list(record.resources.map((resource) => t('resources.item', { name: text.locale === 'fr-CA' ? (resource.nameFr ?? resource.name) : resource.name, date: resource.givenOn })), 'resources.none'),
  );
  section(
    'disclosures',
    record.disclosures.length === 0
      ? [none('disclosures.none')]
      : record.disclosures.flatMap((disclosure): PackBlock[] => [
          {
            type: 'paragraph',
            text: t('disclosures.item', {
              date: day(disclosure.decidedAt),
              recipient: disclosure.recipient,
              basis: disclosure.legalBasis,
              status: disclosure.status,
              madeOn: disclosure.madeAt ? day(disclosure.madeAt) : '',
              method: disclosure.method ?? 'none',
            }),
          },
          { type: 'paragraph', text: t('disclosures.summary', { summary: disclosure.summary }) },
          ...(disclosure.partnerToldOn ? [{ type: 'paragraph' as const, text: t('disclosures.told', { date: disclosure.partnerToldOn }) }] : []),
          ...(disclosure.crownWarningGiven ? [{ type: 'paragraph' as const, text: t('disclosures.crown_warning') }] : []),
        ]),
  );
  return { title: t('title'), blocks };
}
