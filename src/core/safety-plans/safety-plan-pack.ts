import { crisisLine } from '../packs/resource-lines.js';
import type { PackText } from '../packs/pack-text.js';
import type { Pack, PackBlock } from '../packs/render-pack.js';
import type { ResourceRecord } from '../resources/resource-record.js';
import type { SafetyPlanContent } from './safety-plans.schema.js';

/**
 * A safety plan as a printable pack, in the partner's words, in their language: the parts they
 * filled in (an empty part is left out), emergency numbers always with 911 first, and the
 * directory's crisis lines. The partner is not named: the plan may be found by someone else.
 */
export function safetyPlanPack(text: PackText, content: SafetyPlanContent, version: { number: number; savedOn: string }, crisisLines: readonly ResourceRecord[]): Pack {
  const t = text.t;
  const blocks: PackBlock[] = [
    { type: 'paragraph', text: t('safetyPlanPdf.intro') },
    { type: 'paragraph', text: t('safetyPlanPdf.version', { version: version.number, date: version.savedOn }) },
  ];
  const section = (key: string, body: PackBlock[]) => {
    if (body.length > 0) blocks.push({ type: 'heading', text: t(`safetyPlanPdf.${key}`) }, ...body);
  };
  const paragraph = (value: string): PackBlock[] => (value ? [{ type: 'paragraph', text: value }] : []);
  const labelled = (entries: [string, string][]): PackBlock[] => {
    const items = entries.filter(([, value]) => value).map(([key, value]) => t('safetyPlanPdf.labelled', { label: t(`safetyPlanPdf.${key}`), value }));
    return items.length > 0 ? [{ type: 'list', items }] : [];
  };

  section(
    'trusted_people',
    content.trustedPeople.length > 0
      ? [{ type: 'list', items: content.trustedPeople.map((person) => [person.name, person.contact, person.help].filter(Boolean).join(' — ')) }]
      : [],
  );
  section('safe_place', paragraph(content.safePlace));
  const items = content.importantItems;
  section('important_items', labelled([['items.documents', items.documents], ['items.keys', items.keys], ['items.money', items.money], ['items.medication', items.medication], ['items.other', items.other]]));
  section('workplace', paragraph(content.workplaceSupports));
  section('code_word', content.codeWord ? [{ type: 'paragraph', text: t('safetyPlanPdf.code_word_body', { word: content.codeWord }) }] : []);
  section('emergency_numbers', [
    { type: 'list', items: [t('safetyPlanPdf.emergency_911'), ...content.emergencyNumbers.map((entry) => t('safetyPlanPdf.labelled', { label: entry.label, value: entry.number }))] },
  ]);
  section('children', labelled([['children.plan', content.children.plan], ['children.pickup', content.children.pickup]]));
  section('other', paragraph(content.other));
  if (crisisLines.length > 0) {
    section('crisis_lines', [{ type: 'paragraph', text: t('safetyPlanPdf.crisis_intro') }, { type: 'list', items: crisisLines.map((line) => crisisLine(line, text)) }]);
  }
  return { title: t('safetyPlanPdf.title'), blocks };
}

/** A plan's content as "part: what it says" lines (the partner's own record lists every version this way). */
export function safetyPlanLines(text: PackText, content: SafetyPlanContent): string[] {
  const t = text.t;
  const line = (key: string, value: string) => (value ? [t('safetyPlanPdf.labelled', { label: t(`safetyPlanPdf.${key}`), value })] : []);
  const items = content.importantItems;
  return [
    ...content.trustedPeople.map((person) => t('safetyPlanPdf.labelled', { label: t('safetyPlanPdf.trusted_people'), value: [person.name, person.contact, person.help].filter(Boolean).join(' — ') })),
    ...line('safe_place', content.safePlace),
    ...line('items.documents', items.documents),
    ...line('items.keys', items.keys),
    ...line('items.money', items.money),
    ...line('items.medication', items.medication),
    ...line('items.other', items.other),
    ...line('workplace', content.workplaceSupports),
    ...line('code_word', content.codeWord),
    ...content.emergencyNumbers.map((entry) => t('safetyPlanPdf.labelled', { label: t('safetyPlanPdf.emergency_numbers'), value: `${entry.label} ${entry.number}` })),
    ...line('children.plan', content.children.plan),
    ...line('children.pickup', content.children.pickup),
    ...line('other', content.other),
  ];
}
