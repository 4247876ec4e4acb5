import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parsBin, parsEnv, runPars } from './testing/run-pars.js';

// Each test starts several `pars` processes (PGlite opens in seconds): give them room on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pars-cli-'));
  folders.push(dir);
  return dir;
}

const pars = (args: string[], env: Record<string, string> = {}) => runPars(args, env, 60_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('pars --help', () => {
  it('lists the commands and exits 0, for the program and each command', () => {
    const help = pars(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/serve[\s\S]*migrate[\s\S]*seed/);
    for (const command of ['serve', 'migrate', 'seed']) {
      const sub = pars([command, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain(`Usage: pars ${command}`);
    }
  });

  it('exits 64 on an unknown command or option', () => {
    expect(pars(['fly']).code).toBe(64);
    expect(pars(['migrate', '--fast']).code).toBe(64);
  });
});

describe('bad configuration', () => {
  it('says in one line that an unreachable PostgreSQL server cannot be reached, and exits 69', () => {
    const result = pars(['migrate'], { DATABASE_URL: 'postgres://nobody:hunter2@127.0.0.1:1/pars' });
    expect(result.code).toBe(69);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('The database cannot be reached (127.0.0.1:1/pars: nothing answers at that address)');
    expect(result.stderr).not.toContain('hunter2');
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('names a database that does not exist on a reachable server', () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/pars_no_such_database';
    const result = pars(['migrate'], { DATABASE_URL: url.toString(), PARS_LANG: 'fr' });
    expect(result.code).toBe(69);
    expect(result.stderr).toContain("cette base de données n'existe pas");
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, and a bad PORT, in French when asked', () => {
    const url = pars(['migrate'], { DATABASE_URL: 'mysql://localhost/pars', PARS_LANG: 'fr' });
    expect(url.code).toBe(65);
    expect(url.stderr).toContain("DATABASE_URL n'est pas une adresse PostgreSQL");
    const port = pars(['serve'], { PORT: 'eighty' });
    expect(port.code).toBe(65);
    expect(port.stderr.trim()).toBe('pars: The setting PORT is not valid: 0–65535');
  });
});

describe('encryption keys in production', () => {
  it('refuses to start without keys, or with a short one, and generates none', () => {
    const dataDir = dataFolder();
    const missing = pars(['serve'], { PARS_DATA_DIR: dataDir, PARS_ENV: 'production', PARS_ENCRYPTION_KEYS: '' });
    expect(missing.code).toBe(65);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dataDir, 'keys.json'))).toBe(false);
    const short = pars(['serve'], { PARS_DATA_DIR: dataDir, PARS_ENV: 'production', PARS_ENCRYPTION_KEYS: `k1:${Buffer.alloc(16, 7).toString('base64')}` });
    expect(short.code).toBe(65);
    expect(short.stderr).toContain('k1');
  });
});

describe('pars migrate and seed --demo', () => {
  it('migrate, then seed twice without changing anything the second time', () => {
    const onServer = process.env.DATABASE_URL;
    const env: Record<string, string> = onServer ? { DATABASE_URL: onServer } : { PARS_DATA_DIR: dataFolder() };
    // The server's database was migrated by the run's setup (and may hold the demo agency).
    expect(pars(['migrate'], env).stdout).toMatch(onServer ? /already up to date|Applied/ : /Applied \d+ migrations/);
    expect(pars(['migrate'], env).stdout).toContain('already up to date');
    expect(pars(['migrate', '--status'], env).stdout).toMatch(/^\d{4}-\d\d-\d\dT.*_create_app_role$/m);
    expect(pars(['seed', '--demo'], env).stdout).toMatch(onServer ? /Created the demo agency|already there/ : /Created the demo agency/);
    expect(pars(['seed', '--demo'], env).stdout).toContain('already there');
  });
});

describe('pars user, audit verify and keys rotate', () => {
  it('adds a user with a generated password, refuses the team mix, disables; the audit chain verifies', () => {
    const onServer = process.env.DATABASE_URL;
    const env: Record<string, string> = onServer ? { DATABASE_URL: onServer, PARS_DATA_DIR: dataFolder() } : { PARS_DATA_DIR: dataFolder() };
    expect(pars(['seed', '--demo'], env).code).toBe(0);
    const email = `cli.${Date.now()}@demo.pars.test`;
    const added = pars(['user', 'add', '--agency', 'demo', '--email', email, '--name', 'Sam Cli', '--role', 'intake', '--role', 'finance'], env);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`Created ${email} with roles: finance, intake.`);
    expect(added.stdout).toMatch(/Temporary password \(shown once; ask the person to change it\): \S{20}/);
    const mixed = pars(['user', 'add', '--agency', 'demo', '--email', `x${email}`, '--name', 'Mix', '--role', 'partner_contact', '--role', 'manager'], env);
    expect(mixed.code).toBe(65);
    expect(mixed.stderr).toContain('cannot also hold a group-program role');
    expect(pars(['user', 'add', '--agency', 'nowhere', '--email', `y${email}`, '--name', 'Y'], env).code).toBe(66);
    const disabled = pars(['user', 'disable', '--agency', 'demo', '--email', email], env);
    expect(disabled.code, disabled.stderr).toBe(0);
    const verified = pars(['audit', 'verify', '--agency', 'demo'], env);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/demo/);
  });

  it.runIf(!process.env.DATABASE_URL)('rotates the generated key file and can still read everything', () => {
    // No configured keys: PARS generates and manages <data>/keys.json.
    const env = { PARS_DATA_DIR: dataFolder(), PARS_ENCRYPTION_KEYS: '' };
    expect(pars(['seed', '--demo'], env).code).toBe(0);
    const keyFile = join(env.PARS_DATA_DIR, 'keys.json');
    const before = JSON.parse(readFileSync(keyFile, 'utf8')) as { active: string; keys: Record<string, string> };
    const rotated = pars(['keys', 'rotate'], env);
    expect(rotated.code, rotated.stderr).toBe(0);
    const after = JSON.parse(readFileSync(keyFile, 'utf8')) as { active: string; keys: Record<string, string> };
    expect(after.active).not.toBe(before.active);
    expect(Object.keys(after.keys)).toEqual(expect.arrayContaining(Object.keys(before.keys)));
    // Old audit events were signed with the old key, which the file keeps.
    expect(pars(['audit', 'verify'], env).code).toBe(0);
  });
});

describe('pars serve', () => {
  it('boots, answers /readyz and the status page, refuses a second process on its folder, and stops on SIGTERM', async () => {
    const dataDir = dataFolder();
    const port = await freePort();
    const env = parsEnv({ PARS_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    const server = spawn(process.execPath, [parsBin, 'serve', '--demo'], { env });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      let ready = false;
      while (!ready && Date.now() < deadline && server.exitCode === null) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
        if (!ready) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready, output).toBe(true);
      const status = (await (await fetch(`http://127.0.0.1:${port}/api/v1/status`)).json()) as { database: { status: string }; agency: { name: string } };
      expect(status.database.status).toBe('ok');
      expect(output).toContain(`PARS is running at http://127.0.0.1:${port}`);
      if (!process.env.DATABASE_URL) {
        expect(status.agency.name).toBe('Demo Agency');
        const second = pars(['serve'], { PARS_DATA_DIR: dataDir, PORT: String(port + 1) });
        expect(second.code).toBe(69);
        expect(second.stderr).toContain(`The data folder ${dataDir} is in use by another PARS process`);
        expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      }
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'pars.lock'))).toBe(false);
  });
});
