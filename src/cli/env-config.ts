import { resolve } from 'node:path';
import { isMailableAddress } from '../core/outbox/index.js';
import { AppError, type Locale, negotiateLocale } from '../core/shared/index.js';

/** Everything PARS reads from the environment, validated once at start. */
export interface EnvConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  agencySlug: string | undefined;
  logLevel: string;
  trustProxy: boolean;
  poolSize: number;
  locale: Locale;
  /** PARS_ENV or NODE_ENV is `production`: keys must be supplied, not generated. */
  production: boolean;
  /** PARS_SMTP_URL: the outbox sends through this mail server; without it, `.eml` files in the data folder. */
  smtpUrl: string | undefined;
  /** PARS_MAIL_FROM: the sender's address (the display name is the agency's). */
  mailFrom: string | undefined;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks the environment; a bad value is refused with the setting's name and a hint. */
export function readEnvConfig(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const port = integer(env, 'PORT', 3000, 0, 65_535);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!logLevels.includes(logLevel)) {
    throw new AppError('invalid', 'system.config_invalid', { name: 'LOG_LEVEL', hint: logLevels.join(', ') });
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return {
    databaseUrl,
    dataDir: resolve(env.PARS_DATA_DIR?.trim() || './data'),
    port,
    host: env.HOST?.trim() || 'localhost',
    agencySlug: env.PARS_AGENCY?.trim() || undefined,
    logLevel,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    poolSize: integer(env, 'PARS_DB_POOL_SIZE', 10, 1, 200),
    production: env.PARS_ENV === 'production' || env.NODE_ENV === 'production',
    smtpUrl: smtpUrl(env.PARS_SMTP_URL?.trim() || undefined),
    mailFrom: mailFrom(env.PARS_MAIL_FROM?.trim() || undefined),
    locale: negotiateLocale(env.PARS_LANG, (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').replace('_', '-')),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('invalid', 'system.config_invalid', { name, hint: `${min}–${max}` });
  }
  return value;
}

/** `smtp://` or `smtps://` with a host; a bad value is refused without repeating it (it may hold a password). */
function smtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new AppError('invalid', 'system.config_invalid', { name: 'PARS_SMTP_URL', hint: 'smtp://user:password@host:587 or smtps://user:password@host:465' });
  }
  return raw;
}

function mailFrom(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!isMailableAddress(raw)) throw new AppError('invalid', 'system.config_invalid', { name: 'PARS_MAIL_FROM', hint: 'an address such as reports@agency.example.org' });
  return raw;
}
