import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileTransport } from './file-transport.js';
import type { OutgoingEmail } from './outbox-transport.js';

const directory = mkdtempSync(join(tmpdir(), 'pars-outbox-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const french: OutgoingEmail = {
  id: '0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11',
  from: { name: 'Services à la famille — Sudbury', address: 'rappels@agence.example.org' },
  to: 'dominique@example.org',
  subject: 'Rappel : séance de groupe le mardi 2026-11-24 — thème « Prendre ses responsabilités »',
  text: 'Bonjour,\n\nQuand : le mardi 2026-11-24 à 18 h 30\nOù : Édifice Côté, salle 2\n\nÀ bientôt. = égal\nUne ligne très longue '.padEnd(200, 'é') + ' \nFin',
  locale: 'fr-CA',
  date: new Date('2026-11-22T18:30:00Z'),
  messageId: '0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11@agence.example.org',
};

/** Headers (unfolded, RFC 2047 words decoded) and the quoted-printable body decoded: a reader's view, written here independently of the encoder. */
function read(eml: string): { headers: Record<string, string>; body: string } {
  const [head = '', ...rest] = eml.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    const value = line.slice(colon + 1).trim().replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('latin1'));
    headers[line.slice(0, colon).toLowerCase()] = Buffer.from(value, 'latin1').toString('utf8');
  }
  const bytes = rest.join('\r\n\r\n').replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { headers, body: Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n') };
}

describe('the file transport', () => {
  it('writes an RFC 5322 message a mail program reads back exactly, French included', async () => {
    await createFileTransport(directory).send(french);
    const files = readdirSync(directory);
    expect(files).toEqual(['20261122T183000Z-0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11.eml']);
    const path = join(directory, files[0]!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const eml = readFileSync(path, 'utf8');
    // 7-bit clean, CRLF only, no line over 78 characters.
    expect(/^[\x09\x0d\x0a\x20-\x7e]*$/.test(eml)).toBe(true);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const { headers, body } = read(eml);
    expect(headers).toMatchObject({
      from: 'Services à la famille — Sudbury <rappels@agence.example.org>',
      to: 'dominique@example.org',
      subject: french.subject,
      date: 'Sun, 22 Nov 2026 18:30:00 +0000',
      'message-id': '<0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11@agence.example.org>',
      'mime-version': '1.0',
      'content-type': 'text/plain; charset=utf-8',
      'content-transfer-encoding': 'quoted-printable',
    });
    expect(body).toBe(french.text);
  });

  it('rewrites the same message into the same file (a resend is not a second email)', async () => {
    await createFileTransport(directory).send(french);
    expect(readdirSync(directory)).toHaveLength(1);
  });

  it('never lets a subject or name add a header', async () => {
    const other = mkdtempSync(join(tmpdir(), 'pars-outbox-'));
    try {
      await createFileTransport(other).send({ ...french, from: { name: 'A\r\nBcc: x@example.org', address: 'a@example.org' }, subject: 'Hi\r\nBcc: spy@example.org' });
      const eml = readFileSync(join(other, readdirSync(other)[0]!), 'utf8');
      expect(eml.split('\r\n\r\n')[0]!.split('\r\n').filter((line) => /^bcc:/i.test(line))).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.runIf(python)("is read the same way by Python's standard email library (RFC 2047 decoding)", () => {
    const eml = readFileSync(join(directory, readdirSync(directory)[0]!));
    const script = [
      'import sys, json, email',
      'from email.header import decode_header, make_header',
      'm = email.message_from_bytes(sys.stdin.buffer.read())',
      'text = lambda name: str(make_header(decode_header(m[name])))',
      'body = m.get_payload(decode=True).decode(m.get_content_charset()).replace("\\r\\n", "\\n")',
      'print(json.dumps({"from": text("From"), "subject": text("Subject"), "defects": len(m.defects), "body": body}))',
    ].join('\n');
    const parsed = JSON.parse(spawnSync('python3', ['-c', script], { input: eml }).stdout.toString()) as Record<string, unknown>;
    expect(parsed).toEqual({ from: 'Services à la famille — Sudbury <rappels@agence.example.org>', subject: french.subject, defects: 0, body: french.text });
  });
});
