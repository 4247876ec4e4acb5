import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runsFromSource } from '../../src/cli/testing/run-pars.js';
import { freePort } from './free-port.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const readyTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

/** A `pars serve --demo` child process on its own port and data folder. */
export interface RunningServer {
  baseUrl: string;
  /** The server's data folder (its outbox writes `.eml` files in `outbox/`). */
  dataDir: string;
  /** SIGTERM, wait for exit (SIGKILL after 15 s), then remove the data folder. */
  stop: () => Promise<void>;
}

/** Keeps the last 20 kB a stream wrote, for the failure message. */
function tail(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    text = (text + chunk).slice(-20_000);
  });
  return () => text;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the real server (`node bin/pars.js serve --demo`) as a user would, with a fresh
 * data folder; DATABASE_URL passes through, so CI can run the same test on PostgreSQL.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(join(repoRoot, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build:web` before the e2e tests.');
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'pars-e2e-'));
  // On PostgreSQL each server gets a database of its own, as PGlite gets its own folder: the
  // journeys change the demo agency (accounts, second factor) and must not meet other tests.
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : undefined;
  const child = spawn(process.execPath, ['bin/pars.js', 'serve', '--demo'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...(database ? { DATABASE_URL: database.url } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      PARS_DATA_DIR: dataDir,
      PARS_AGENCY: 'demo',
      // The server build when it is current (`npm test` builds first), else the sources.
      ...(runsFromSource() ? { PARS_FROM_SOURCE: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = tail(child.stdout);
  const stderr = tail(child.stderr);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited(child);
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `pars serve exited early (code ${child.exitCode}, signal ${child.signalCode}).\n` +
          `stderr:\n${stderr()}\nstdout:\n${stdout()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { baseUrl, dataDir, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`pars serve was not ready within ${readyTimeoutMs / 1000} s.\nstderr:\n${stderr()}`);
}

/** A new, empty database on the server of `serverUrl`, and how to drop it. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pars_e2e_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
