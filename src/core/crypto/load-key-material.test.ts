import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/index.js';
import type { KeyWarning } from './read-key-file.js';
import { loadKeyMaterial } from './load-key-material.js';

const key1 = randomBytes(32).toString('base64');
const key2 = randomBytes(32).toString('base64');
const short = randomBytes(16).toString('base64');
const folders: string[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pars-keys-'));
  folders.push(dir);
  return dir;
}

function load(env: NodeJS.ProcessEnv, options: { dir?: string; production?: boolean; warnings?: KeyWarning[] } = {}) {
  return loadKeyMaterial({
    env,
    dataDir: options.dir ?? dataDir(),
    production: options.production ?? false,
    onWarning: (warning) => options.warnings?.push(warning),
    now: new Date('2026-11-21T12:00:00Z'),
  });
}

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadKeyMaterial from PARS_ENCRYPTION_KEYS', () => {
  it('reads several keys, the first active unless PARS_ENCRYPTION_ACTIVE_KEY says otherwise', () => {
    const material = load({ PARS_ENCRYPTION_KEYS: `k1:${key1}, k2:${key2}` });
    expect(material).toMatchObject({ activeKeyId: 'k1', source: 'env' });
    expect(material.keys.k2).toEqual(Buffer.from(key2, 'base64'));
    expect(load({ PARS_ENCRYPTION_KEYS: `k1:${key1},k2:${key2}`, PARS_ENCRYPTION_ACTIVE_KEY: 'k2' }).activeKeyId).toBe('k2');
  });

  it('wins over PARS_KEY_FILE and generates nothing', () => {
    const dir = dataDir();
    expect(load({ PARS_ENCRYPTION_KEYS: `k1:${key1}`, PARS_KEY_FILE: '/nonexistent.json' }, { dir }).source).toBe('env');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a short key', `k1:${short}`, 'crypto.key_invalid', { source: 'PARS_ENCRYPTION_KEYS', keyId: 'k1' }],
    ['a long key', `k1:${randomBytes(40).toString('base64')}`, 'crypto.key_invalid', { source: 'PARS_ENCRYPTION_KEYS', keyId: 'k1' }],
    ['bad base64', `k1:${key1.slice(0, 20)}!!${key1.slice(22)}`, 'crypto.key_invalid', { source: 'PARS_ENCRYPTION_KEYS', keyId: 'k1' }],
    ['a missing id', key1, 'crypto.key_env_malformed', {}],
    ['a key typed before its id', `${key1}:k1`, 'crypto.key_env_malformed', {}],
    ['a repeated id', `k1:${key1},k1:${key2}`, 'crypto.key_env_malformed', {}],
  ])('refuses %s, without echoing the key', (_, value, code, params) => {
    const error = failure(() => load({ PARS_ENCRYPTION_KEYS: value }));
    expect(error).toMatchObject({ kind: 'invalid', code, params });
    expect(JSON.stringify(error.params)).not.toContain(key1.slice(0, 10));
  });

  it('refuses an active id that is not among the keys', () => {
    const error = failure(() => load({ PARS_ENCRYPTION_KEYS: `k1:${key1}`, PARS_ENCRYPTION_ACTIVE_KEY: 'k2' }));
    expect(error).toMatchObject({ kind: 'invalid', code: 'crypto.active_key_unknown', params: { keyId: 'k2' } });
  });
});

describe('loadKeyMaterial from a key file', () => {
  it('reads PARS_KEY_FILE', () => {
    const path = join(dataDir(), 'mine.json');
    writeFileSync(path, JSON.stringify({ active: 'b', keys: { a: key1, b: key2 } }), { mode: 0o600 });
    expect(load({ PARS_KEY_FILE: path })).toMatchObject({ activeKeyId: 'b', source: 'key-file', keyFilePath: path });
  });

  it.each([
    ['not JSON', '{"active": "a", keys', 'crypto.key_file_malformed'],
    ['without keys', '{"active": "a", "keys": {}}', 'crypto.key_file_malformed'],
    ['with a short key', JSON.stringify({ active: 'a', keys: { a: short } }), 'crypto.key_invalid'],
    ['with an unknown active id', JSON.stringify({ active: 'z', keys: { a: key1 } }), 'crypto.active_key_unknown'],
  ])('refuses a file %s', (_, text, code) => {
    const path = join(dataDir(), 'mine.json');
    writeFileSync(path, text, { mode: 0o600 });
    expect(failure(() => load({ PARS_KEY_FILE: path }))).toMatchObject({ kind: 'invalid', code });
  });

  it('refuses a PARS_KEY_FILE that does not exist', () => {
    expect(failure(() => load({ PARS_KEY_FILE: '/nonexistent/keys.json' }))).toMatchObject({
      code: 'crypto.key_file_unreadable',
      params: { path: '/nonexistent/keys.json', reason: 'ENOENT' },
    });
  });

  it('warns when others may read it', () => {
    const path = join(dataDir(), 'mine.json');
    writeFileSync(path, JSON.stringify({ active: 'a', keys: { a: key1 } }));
    chmodSync(path, 0o644);
    const warnings: KeyWarning[] = [];
    load({ PARS_KEY_FILE: path }, { warnings });
    expect(warnings).toEqual([{ key: 'crypto.warning.key_file_permissions', values: { path } }]);
  });
});

describe('loadKeyMaterial with nothing configured', () => {
  it('generates <dataDir>/keys.json once (mode 0600, with a warning) and reuses it', () => {
    const dir = dataDir();
    const warnings: KeyWarning[] = [];
    const first = load({}, { dir, warnings });
    const path = join(dir, 'keys.json');
    expect(first).toMatchObject({ activeKeyId: 'k20261121', source: 'generated-key-file', keyFilePath: path });
    expect(first.keys.k20261121).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([{ key: 'crypto.warning.key_generated', values: { path } }]);
    expect(readdirSync(dir)).toEqual(['keys.json']);

    const second = load({}, { dir, warnings });
    expect(second.keys).toEqual(first.keys);
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ active: 'k20261121', keys: { k20261121: first.keys.k20261121!.toString('base64') } });
  });

  it('in production refuses to start and generates nothing', () => {
    const dir = dataDir();
    expect(failure(() => load({}, { dir, production: true }))).toMatchObject({ kind: 'invalid', code: 'crypto.key_missing' });
    expect(existsSync(join(dir, 'keys.json'))).toBe(false);
  });

  it('in production refuses a short key too', () => {
    expect(failure(() => load({ PARS_ENCRYPTION_KEYS: `k1:${short}` }, { production: true }))).toMatchObject({ code: 'crypto.key_invalid' });
  });

  it('in production keeps reading a key file generated earlier, with a warning', () => {
    const dir = dataDir();
    const first = load({}, { dir });
    const warnings: KeyWarning[] = [];
    expect(load({}, { dir, production: true, warnings }).keys).toEqual(first.keys);
    expect(warnings.map((warning) => warning.key)).toEqual(['crypto.warning.managed_key_file_in_production']);
  });
});
