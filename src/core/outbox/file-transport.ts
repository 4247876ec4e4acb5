import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboxTransport } from './outbox-transport.js';
import { renderEmail } from './render-email.js';

/**
 * The default transport: each message becomes an RFC 5322 `.eml` file in `directory` (the data
 * folder's `outbox/`), which any mail program opens. Readable by the owner only: the files hold
 * people's addresses. A resend of the same message replaces its file (named by message id), and a
 * file appears whole or not at all (written aside, then renamed).
 */
export function createFileTransport(directory: string): OutboxTransport {
  return {
    name: 'file',
    async send(email) {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const stamp = email.date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      const path = join(directory, `${stamp}-${email.id}.eml`);
      const partial = `${path}.partial`;
      await writeFile(partial, renderEmail(email), { encoding: 'utf8', mode: 0o600 });
      await rename(partial, path);
    },
  };
}
