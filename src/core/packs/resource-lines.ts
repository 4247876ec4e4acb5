import type { ResourcePhone, ResourceRecord } from '../resources/resource-record.js';
import type { Locale } from '../shared/locale.js';
import type { PackText } from './pack-text.js';
import type { PackBlock } from './render-pack.js';

/** A text in the pack's language, or in the other one (then marked, so screen readers switch voice). */
interface Localized {
  text: string;
  lang?: Locale | undefined;
}

function pick(locale: Locale, english: string | undefined, french: string | undefined): Localized | undefined {
  const [wanted, other, otherLocale] = locale === 'fr-CA' ? [french, english, 'en-CA' as const] : [english, french, 'fr-CA' as const];
  if (wanted) return { text: wanted };
  return other ? { text: other, lang: otherLocale } : undefined;
}

/** A resource's name in the pack's language (names are proper nouns: the other language's is used as is). */
export function resourceName(resource: ResourceRecord, locale: Locale): string {
  return locale === 'fr-CA' ? (resource.nameFr ?? resource.name) : resource.name;
}

/** One number, labelled by kind: "Call: …", "TTY: …", "Text CONNECT to 686868", with its note. */
export function phoneLine(phone: ResourcePhone, text: PackText): string {
  const number = phone.display;
  const note = pick(text.locale, phone.note, phone.noteFr);
  // A note that already says how to text the number ("Text CONNECT to 686868") is the line itself.
  if (phone.kind === 'text' && note?.text.includes(number)) return note.text;
  const line =
    phone.kind === 'text' && phone.keyword
      ? text.t('pack.resource.phone.text_keyword', { keyword: phone.keyword, number })
      : text.t(`pack.resource.phone.${phone.kind}`, { number });
  return note ? text.t('pack.resource.phone.with_note', { line, note: note.text }) : line;
}

/** A crisis line on one line: name, every number, and its hours (its website when it has no number). */
export function crisisLine(resource: ResourceRecord, text: PackText): string {
  const hours = pick(text.locale, resource.hours, resource.hoursFr);
  const details = [...resource.phones.map((phone) => phoneLine(phone, text)), ...(hours ? [text.t('pack.resource.hours', { hours: hours.text })] : [])];
  // A directory of lines (Shelter Safe) has no number of its own: its website is how to reach it.
  if (resource.phones.length === 0 && resource.url) details.push(text.t('pack.resource.website', { url: resource.url }));
  const name = resourceName(resource, text.locale);
  return details.length > 0 ? text.t('pack.resource.line', { name, details: details.join('; ') }) : name;
}

/**
 * A resource as a section of the resource list: its name (H2), who wrote or runs it, who it is
 * great for (or its description), its numbers, hours, website and email. A street address is
 * printed only when the resource is not confidential, or when the caller said explicitly to
 * include confidential addresses (a shelter's address handed to the wrong person endangers it).
 */
export function resourceBlocks(resource: ResourceRecord, text: PackText, options: { includeConfidentialAddresses: boolean }): PackBlock[] {
  const { locale, t } = text;
  const blocks: PackBlock[] = [{ type: 'heading', text: resourceName(resource, locale) }];
  const paragraph = (value: Localized | undefined, key: string, name: string) => {
    if (value) blocks.push({ type: 'paragraph', text: t(key, { [name]: value.text }), lang: value.lang });
  };
  if (resource.provider) paragraph({ text: resource.provider }, 'pack.resource.by', 'provider');
  const greatFor = pick(locale, resource.greatFor, resource.greatForFr);
  if (greatFor) paragraph(greatFor, 'pack.resource.great_for', 'text');
  else {
    const description = pick(locale, resource.description, resource.descriptionFr);
    if (description) blocks.push({ type: 'paragraph', text: description.text, lang: description.lang });
  }
  if (resource.phones.length > 0) blocks.push({ type: 'list', items: resource.phones.map((phone) => phoneLine(phone, text)) });
  paragraph(pick(locale, resource.hours, resource.hoursFr), 'pack.resource.hours', 'hours');
  if (resource.url) paragraph({ text: resource.url }, 'pack.resource.website', 'url');
  if (resource.email) paragraph({ text: resource.email }, 'pack.resource.email', 'email');
  if (resource.address && (!resource.confidential || options.includeConfidentialAddresses)) paragraph({ text: resource.address }, 'pack.resource.address', 'address');
  return blocks;
}
