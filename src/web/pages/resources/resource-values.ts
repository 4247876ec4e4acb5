import type { Resource } from '../../api/resources';

/** One number as typed in the form. */
export interface PhoneValues {
  kind: string;
  dial: string;
  display: string;
  keyword: string;
  note: string;
  noteFr: string;
}

/** The single-line and multi-line texts of a resource, by their name in the request body. */
export const textNames = [
  'key', 'name', 'nameFr', 'provider', 'description', 'descriptionFr', 'greatFor', 'greatForFr', 'hours', 'hoursFr', 'region', 'url', 'email', 'address',
] as const;
export type TextName = (typeof textNames)[number];

/** What the resource form holds. */
export interface ResourceValues {
  texts: Record<TextName, string>;
  categories: string[];
  audiences: string[];
  /** Language codes as typed: "en, fr, oj". */
  languages: string;
  confidential: boolean;
  /** '' unknown, 'yes' free, 'no' has a cost. */
  free: '' | 'yes' | 'no';
  phones: PhoneValues[];
}

export const emptyPhone: PhoneValues = { kind: 'voice', dial: '', display: '', keyword: '', note: '', noteFr: '' };

/** The form's values for a resource, or empty ones for a new resource. */
export function valuesOf(resource: Resource | undefined): ResourceValues {
  const texts = Object.fromEntries(textNames.map((name) => [name, resource?.[name] ?? ''])) as Record<TextName, string>;
  return {
    texts,
    categories: resource ? [...resource.categories] : [],
    audiences: resource ? [...resource.audiences] : [],
    languages: resource ? resource.languages.join(', ') : '',
    confidential: resource?.confidential ?? false,
    free: resource?.free === undefined ? '' : resource.free ? 'yes' : 'no',
    phones: (resource?.phones ?? []).map((phone) => ({
      kind: phone.kind,
      dial: phone.dial,
      display: phone.display,
      keyword: phone.keyword ?? '',
      note: phone.note ?? '',
      noteFr: phone.noteFr ?? '',
    })),
  };
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** A key made from a name: "Jeunesse, J'écoute" → "jeunesse-j-ecoute". */
export function keyFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * The request body for the values: empty texts left out, languages split, and each number's
 * display as typed when none is given. The server turns numbers into E.164 or short codes.
 */
export function bodyOf(values: ResourceValues): Record<string, unknown> {
  const texts = Object.fromEntries(textNames.map((name) => [name, optional(values.texts[name])]));
  return {
    ...texts,
    key: optional(values.texts.key) ?? (keyFromName(values.texts.name) || undefined),
    categories: values.categories,
    audiences: values.audiences,
    languages: values.languages
      .split(/[\s,;]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    confidential: values.confidential,
    free: values.free === '' ? undefined : values.free === 'yes',
    phones: values.phones.map((phone) => ({
      kind: phone.kind,
      dial: phone.dial.trim(),
      display: optional(phone.display) ?? phone.dial.trim(),
      keyword: optional(phone.keyword),
      note: optional(phone.note),
      noteFr: optional(phone.noteFr),
    })),
  };
}

/**
 * The form field a server path names: a number's own field keeps its row ("phones.1.dial"),
 * a list's item is the list ("languages.2" → "languages").
 */
export function fieldOfPath(path: string): string {
  const segments = path.split('.');
  if (segments[0] === 'phones' && segments.length >= 3) return segments.slice(0, 3).join('.');
  return segments[0] ?? path;
}
