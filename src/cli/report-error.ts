import { exitCodeFor, type Locale } from '../core/shared/index.js';
import { translate } from '../i18n/translate.js';
import { toAppError } from '../server/to-app-error.js';
import { toProblem } from '../server/problem.js';

/**
 * Prints one translated line for a failed command and returns its exit code. Unexpected
 * errors also print their cause, for the operator (CLI output is not shown to staff).
 */
export function reportError(error: unknown, locale: Locale, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): number {
  const appError = toAppError(error, undefined);
  const problem = toProblem(appError, locale, 'cli');
  if (appError.kind === 'unexpected') {
    const cause = appError.cause ?? error;
    write(`pars: ${translate(locale, `error.kind.${appError.kind}`)}: ${appError.code}`);
    write(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
  } else {
    write(`pars: ${problem.detail}`);
  }
  return exitCodeFor(appError.kind);
}
