import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const pairs = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function load(folder: string, language: 'en' | 'fr'): Record<string, string> {
  return JSON.parse(readFileSync(join(root, folder, `${language}.json`), 'utf8')) as Record<string, string>;
}

/** The argument names a message uses ({name}, plurals, selects), at any depth. */
function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.tag) into.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) argumentNames(option.value, into);
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

describe.each(pairs)('the %s catalogues', (folder) => {
  const en = load(folder, 'en');
  const fr = load(folder, 'fr');

  it('have exactly the same keys in English and French', () => {
    const missingInFrench = Object.keys(en).filter((key) => !(key in fr));
    const missingInEnglish = Object.keys(fr).filter((key) => !(key in en));
    expect({ missingInFrench, missingInEnglish }).toEqual({ missingInFrench: [], missingInEnglish: [] });
  });

  it('hold valid ICU messages that use the same arguments in both languages', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const french = fr[key];
      if (typeof english !== 'string' || typeof french !== 'string' || english.trim() === '' || french.trim() === '') {
        problems.push(`${key}: empty or not text`);
        continue;
      }
      try {
        const a = [...argumentNames(parse(english))].sort();
        const b = [...argumentNames(parse(french))].sort();
        if (a.join() !== b.join()) problems.push(`${key}: en uses {${a}} but fr uses {${b}}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

it('finds the server and UI catalogues', () => {
  expect(pairs).toEqual(expect.arrayContaining(['server', 'ui']));
});

it('never defines one server key in two modules’ catalogues', () => {
  const owners = new Map<string, string>();
  const clashes: string[] = [];
  for (const folder of pairs.filter((name) => name !== 'ui')) {
    for (const key of Object.keys(load(folder, 'en'))) {
      const owner = owners.get(key);
      if (owner) clashes.push(`${key}: ${owner} and ${folder}`);
      owners.set(key, folder);
    }
  }
  expect(clashes).toEqual([]);
});
