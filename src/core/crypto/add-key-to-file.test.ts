import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { addKeyToFile } from './add-key-to-file.js';
import { loadKeyMaterial } from './load-key-material.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('adds a new active key and keeps the old ones, atomically and 0600', () => {
  dir = mkdtempSync(join(tmpdir(), 'pars-keys-'));
  const now = new Date('2026-11-21T12:00:00Z');
  const first = loadKeyMaterial({ env: {}, dataDir: dir, production: false, now });
  const path = first.keyFilePath!;

  const second = addKeyToFile(path, now);
  const third = addKeyToFile(path, new Date('2027-01-05T00:00:00Z'));
  expect(second.activeKeyId).toBe('k20261121-2');
  expect(third.activeKeyId).toBe('k20270105');

  const reloaded = loadKeyMaterial({ env: {}, dataDir: dir, production: false });
  expect(reloaded.activeKeyId).toBe('k20270105');
  expect(Object.keys(reloaded.keys)).toEqual(['k20261121', 'k20261121-2', 'k20270105']);
  expect(reloaded.keys.k20261121).toEqual(first.keys.k20261121);
  expect(reloaded.keys['k20261121-2']).toEqual(second.keys['k20261121-2']);
  expect(reloaded.keys.k20270105).not.toEqual(reloaded.keys.k20261121);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(readdirSync(dir)).toEqual(['keys.json']);
});
