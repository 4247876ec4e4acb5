import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResources } from './default-resources.js';
import { ResourceRecord } from './resource-record.js';

/** The seed documents the catalogue is taken from (beside the repository, as the design notes say). */
const seedsDir = join(import.meta.dirname, '../../../../shared/seeds');
const haveSeeds = existsSync(seedsDir);
const seedFiles = haveSeeds ? readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort() : [];
const seedText = (file: string) => readFileSync(join(seedsDir, file), 'utf8');

/** Apostrophes and spaces as typed, for comparing names with the seeds' typography. */
const plain = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const byKey = new Map(defaultResources.map((resource) => [resource.key, resource]));
const e164 = (written: string) => `+${written.replace(/\D/g, '').replace(/^(?=\d{10}$)/, '1')}`;

/** A number the seeds print, with what it is: a voice line, a TTY line or a number to text. */
interface SeedNumber {
  file: string;
  /** The resource heading the number is printed under. */
  heading: string;
  kind: 'voice' | 'tty' | 'text';
  written: string;
  keyword?: string;
}

/** Every phone number and text code in the seeds, with the heading above it. */
function seedNumbers(): SeedNumber[] {
  const found: SeedNumber[] = [];
  const number = /(TTY:\s*|Text:\s*)?((?:1\s*)?\(\d{3}\)\s*\d{3}-\d{4}|(?:1-)?\d{3}-\d{3}-\d{4})|Text\s+“([^”]+)”\s+to\s+(\d{5,6})|Text:\s*(\d{5,6})\b/g;
  for (const file of seedFiles) {
    const lines = seedText(file).split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(number)) {
        const heading = lines.slice(0, index).reverse().find((above) => above.trim() !== '')?.trim() ?? '';
        if (match[2]) found.push({ file, heading, kind: match[1]?.startsWith('TTY') ? 'tty' : match[1]?.startsWith('Text') ? 'text' : 'voice', written: match[2] });
        else if (match[4]) found.push({ file, heading, kind: 'text', written: match[4], keyword: match[3]! });
        else if (match[5]) found.push({ file, heading, kind: 'text', written: match[5] });
      }
    });
  }
  return found;
}

describe('the default resource catalogue', () => {
  it('holds valid, unique records with both languages where it has text', () => {
    expect(defaultResources.length).toBeGreaterThanOrEqual(50);
    for (const resource of defaultResources) {
      expect(ResourceRecord.safeParse(resource), resource.key).toMatchObject({ success: true });
      expect(resource.greatFor, `${resource.key}: great for`).toBeTruthy();
      expect(resource.greatForFr, `${resource.key}: great for (fr)`).toBeTruthy();
      if (resource.description) expect(resource.descriptionFr, `${resource.key}: French description`).toBeTruthy();
      for (const phone of resource.phones) if (phone.note) expect(phone.noteFr, `${resource.key}: French note`).toBeTruthy();
    }
    const keys = defaultResources.map((resource) => resource.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = defaultResources.map((resource) => plain(resource.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('has the main lines with the numbers DOMAIN.md lists', () => {
    const expected: Record<string, { kind: string; dial: string; keyword?: string }[]> = {
      'assaulted-womens-helpline': [{ kind: 'voice', dial: '+18668630511' }, { kind: 'tty', dial: '+18668637868' }],
      femaide: [{ kind: 'voice', dial: '+18773362433' }],
      'kids-help-phone': [{ kind: 'voice', dial: '+18006686868' }, { kind: 'text', dial: '686868', keyword: 'CONNECT' }],
      'distress-centres-greater-toronto': [{ kind: 'voice', dial: '+14164084357' }, { kind: 'text', dial: '45645' }],
      'gerstein-crisis-centre': [{ kind: 'voice', dial: '+14169295200' }],
    };
    for (const [key, phones] of Object.entries(expected)) {
      expect(byKey.get(key)?.phones.map(({ kind, dial, keyword }) => ({ kind, dial, ...(keyword ? { keyword } : {}) })), key).toEqual(phones);
    }
    for (const key of ['shelter-safe', 'bridges-institute', 'ontario-womens-justice-network', 'canadian-restorative-justice-consortium', 'neighbours-friends-and-families', 'creative-interventions-toolkit', 'choosing-to-change', 'a-better-man']) {
      expect(byKey.has(key), key).toBe(true);
    }
    expect(byKey.get('kids-help-phone')?.nameFr).toBe('Jeunesse, J’écoute');
    expect(byKey.get('femaide')?.languages).toEqual(['fr']);
  });

  describe.skipIf(!haveSeeds)(`against the seed documents (${seedsDir})`, () => {
    it('has every number the seeds print, under the resource it is printed for, of the right kind, displayed as written', () => {
      const numbers = seedNumbers();
      expect(numbers.length).toBeGreaterThanOrEqual(8);
      for (const seed of numbers) {
        const resource = defaultResources.find((candidate) => plain(candidate.name) === plain(seed.heading));
        expect(resource, `a resource named "${seed.heading}" (${seed.file})`).toBeDefined();
        const dial = seed.kind === 'text' ? seed.written : e164(seed.written);
        expect(resource!.phones, `${seed.heading}: ${seed.kind} ${seed.written}`).toContainEqual(
          expect.objectContaining({ kind: seed.kind, dial, display: seed.written, ...(seed.keyword ? { keyword: seed.keyword } : {}) }),
        );
      }
    });

    it('has no number the seeds do not print', () => {
      const printed = new Set(seedNumbers().map((seed) => `${seed.kind} ${seed.kind === 'text' ? seed.written : e164(seed.written)}`));
      for (const resource of defaultResources) for (const phone of resource.phones) expect(printed, `${resource.key}: ${phone.kind} ${phone.dial}`).toContain(`${phone.kind} ${phone.dial}`);
    });

    it('has every heading of the guide’s Resource List', () => {
      const guide = seedFiles.map(seedText).find((text) => text.includes('\nResource List\n'))!;
      const lines = guide.slice(guide.indexOf('\nResource List\n') + '\nResource List\n'.length).split('\n').map((line) => line.trim());
      const headings = lines.filter(
        (line) => line !== '' && !/[.:]$/.test(line) && !/^(By|Call|Note|Great for):/.test(line) && !/\(\d{3}\)\s*\d{3}-\d{4}/.test(line),
      );
      expect(headings.length).toBeGreaterThan(40);
      const names = new Set(defaultResources.map((resource) => plain(resource.name)));
      const missing = headings.filter((heading) => !names.has(plain(heading)) && !names.has(plain(heading.replace(/\s*\([^()]*\)$/, ''))));
      expect(missing).toEqual([]);
    });

    it('names each resource as the seeds do (English or official French name), but for two descriptive names', () => {
      const seeds = plain(seedFiles.map(seedText).join('\n'));
      const descriptive = new Set(['canadian-victims-bill-of-rights', 'a-better-man-discussion-guides']);
      const appears = (name: string | undefined) => name !== undefined && [name, name.replace(/\s*\([^()]*\)$/, ''), name.split(' – ')[0]!].some((form) => seeds.includes(plain(form)));
      const unnamed = defaultResources.filter((resource) => !descriptive.has(resource.key) && !appears(resource.name) && !appears(resource.nameFr)).map((resource) => resource.key);
      expect(unnamed).toEqual([]);
    });
  });
});
