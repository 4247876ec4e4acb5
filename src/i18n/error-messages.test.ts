import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorKinds } from '../core/shared/index.js';
import { hasMessage, translate } from './translate.js';

const srcRoot = join(import.meta.dirname, '..');

function errorFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'web' ? [] : errorFiles(path);
    return entry.name.endsWith('.errors.ts') ? [path] : [];
  });
}

describe('error messages', () => {
  it('exist in English and French for every declared error code', async () => {
    const missing: string[] = [];
    const files = errorFiles(srcRoot);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const exports = (await import(pathToFileURL(file).href)) as Record<string, Record<string, string>>;
      for (const codes of Object.values(exports)) {
        for (const code of Object.keys(codes)) {
          const key = `error.${code}`;
          if (!hasMessage(key)) missing.push(`${key} (${relative(srcRoot, file)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('give every error kind a title in both languages', () => {
    for (const kind of Object.keys(errorKinds)) {
      expect(hasMessage(`error.kind.${kind}`)).toBe(true);
      expect(translate('fr-CA', `error.kind.${kind}`)).not.toBe(translate('en-CA', `error.kind.${kind}`));
    }
  });
});
