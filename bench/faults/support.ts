import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parsBin, runsFromSource } from '../../src/cli/testing/run-pars.js';
import { type Database, type Dialect, openDatabase } from '../../src/db/database.js';
import { freePort } from '../../e2e/support/free-port.js';

/** One run's key: every process of the run shares it (the audit chains are signed with it). */
export const runKeys = `fault:${randomBytes(32).toString('base64')}`;
const adminUrl = process.env.FAULTS_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Where a check keeps its data: a PGlite folder, or a PostgreSQL database made for it and dropped after. */
export interface Target {
  dialect: Dialect;
  label: string;
  env: Record<string, string>;
  dataDir: string;
  databaseUrl: string | undefined;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh, empty place for data of the dialect. */
export async function newTarget(dialect: Dialect, label: string): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), `pars-fault-${label}-`));
  let databaseUrl: string | undefined;
  let name: string | undefined;
  if (dialect === 'postgres') {
    name = `pars_fault_${label.replace(/[^a-z0-9]/g, '_')}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
    await admin((client) => client.query(`create database ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  return {
    dialect,
    label,
    dataDir,
    databaseUrl,
    env: { PARS_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    open: () => openDatabase({ dataDir, databaseUrl, poolSize: 2 }),
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (name) await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when PostgreSQL answers at the admin address. */
export async function postgresReachable(): Promise<boolean> {
  try {
    await admin((client) => client.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

function childEnv(target: Target, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PARS_ENCRYPTION_KEYS: runKeys,
    PARS_AGENCY: 'demo',
    LOG_LEVEL: 'warn',
    ...(runsFromSource() ? { PARS_FROM_SOURCE: '1' } : {}),
    ...target.env,
    ...extra,
  };
}

/** `pars <args>` to the end, on the target. */
export function pars(target: Target, args: string[], timeoutMs = 600_000): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [parsBin, ...args], { env: childEnv(target), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Servers still running, so a global timeout can end them (by their own ids). */
export const runningChildren = new Set<ChildProcess>();

/** A running `pars serve` child. */
export interface Server {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
  /** Waits for the process to be gone. */
  exited: Promise<void>;
}

/** Starts `pars serve` on a free loopback port and waits until /readyz answers. */
export async function startServer(target: Target, readyTimeoutMs = 60_000): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [parsBin, 'serve'], { env: childEnv(target, { PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  runningChildren.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    runningChildren.delete(child);
    resolve();
  }));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`pars serve exited early (${child.exitCode ?? child.signalCode}):\n${text}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200) return { baseUrl, child, output: () => text, exited };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`pars serve was not ready within ${readyTimeoutMs / 1000} s:\n${text}`);
}

/** Stops a server: SIGTERM (or SIGKILL when asked), then waits for its exit. */
export async function stopServer(server: Server, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await server.exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A signed-in staff member's cookie and anti-forgery token; sessions live in the database, so they outlast a restart. */
export interface Session {
  cookie: string;
  csrf: string;
}

export const demoPassword = 'Demo-Password-2026';

/** Signs in to the demo agency over HTTP, as the browser does. */
export async function signIn(baseUrl: string, email: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const info = await fetch(`${baseUrl}/api/v1/auth/session`, { headers: { cookie } });
  const { csrfToken } = (await info.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** One API call; a network failure (the server killed mid-request) is status 0. */
export async function call(baseUrl: string, session: Session, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, timeoutMs = 30_000): Promise<{ status: number; json: unknown }> {
  try {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'accept-language': 'en-CA', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // keep the text
    }
    return { status: response.status, json };
  } catch {
    return { status: 0, json: undefined };
  }
}
