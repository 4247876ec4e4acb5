import { randomBytes } from 'node:crypto';
import type { Role } from '../../core/access/index.js';
import { AppError } from '../../core/shared/index.js';
import { CreateUserInput, createUser, setUserStatus } from '../../core/users/index.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { operatorContext } from '../operator-context.js';

/** Reads a password from standard input (for scripts), without echoing it anywhere. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `pars user add`: a staff account in an agency, through the same rules as the admin screen
 * (team rule, password policy, audit). Without --password-stdin a strong password is generated
 * and printed once.
 */
export async function userAdd(
  config: EnvConfig,
  options: { agency: string; email: string; name: string; role: Role[]; locale: 'en-CA' | 'fr-CA'; passwordStdin: boolean },
): Promise<void> {
  const password = options.passwordStdin ? await readStdin() : randomBytes(15).toString('base64url');
  if (!password) throw new AppError('invalid', 'cli.password_missing', {});
  const input = CreateUserInput.parse({ email: options.email, displayName: options.name, preferredLocale: options.locale, roles: options.role, password });
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config);
  try {
    const ctx = await operatorContext(database.kysely, keyring, config, options.agency, 'pars user add');
    const user = await createUser(ctx, input);
    process.stdout.write(`${translate(config.locale, 'cli.user.added', { email: user.email, roles: user.roles.join(', ') || '—' })}\n`);
    if (!options.passwordStdin) process.stdout.write(`${translate(config.locale, 'cli.user.generated_password', { password })}\n`);
  } finally {
    await database.close();
  }
}

/** `pars user disable`: disables an account and ends its sessions at once. */
export async function userDisable(config: EnvConfig, options: { agency: string; email: string }): Promise<void> {
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config);
  try {
    const ctx = await operatorContext(database.kysely, keyring, config, options.agency, 'pars user disable');
    const user = await ctx.db.transaction((trx) =>
      trx.selectFrom('app_user').select(['id', 'version']).where('email', '=', options.email.trim().toLowerCase()).executeTakeFirst(),
    );
    if (!user) throw new AppError('not_found', 'cli.user_not_found', { email: options.email });
    await setUserStatus(ctx, user.id, { status: 'disabled', version: user.version });
    process.stdout.write(`${translate(config.locale, 'cli.user.disabled', { email: options.email })}\n`);
  } finally {
    await database.close();
  }
}
