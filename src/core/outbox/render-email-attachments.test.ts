import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileTransport } from './file-transport.js';
import type { OutgoingEmail } from './outbox-transport.js';
import { renderEmail } from './render-email.js';

// A PDF's bytes include CR, LF, NUL and bytes over 127: what a text encoding would break.
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\r\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(5000), Buffer.from('\n%%EOF\n')]);
const email: OutgoingEmail = {
  id: '5f1d2c3b-0000-4000-8000-000000000001',
  from: { name: 'Services à la famille — Sudbury', address: 'rapports@agence.example.org' },
  to: 'greffe@tribunal.example.org',
  subject: 'Rapport d’achèvement du programme',
  text: 'Bonjour,\n\nVeuillez trouver ci-joint le rapport signé.\n= fin',
  locale: 'fr-CA',
  date: new Date('2026-11-24T15:00:00Z'),
  messageId: '5f1d2c3b-0000-4000-8000-000000000001@agence.example.org',
  attachments: [
    { fileName: 'completion-report-2026-11-24-5f1d2c3b.pdf', mediaType: 'application/pdf', bytes: pdf },
    { fileName: `rapport d’achèvement — ${'é'.repeat(60)}.txt`, mediaType: 'text/plain', bytes: Buffer.from('Annexe\n') },
  ],
};

/** The message read back without the encoder: headers unfolded, parts split on the declared boundary. */
function parse(eml: string): { headers: Record<string, string>; parts: { headers: Record<string, string>; body: string }[] } {
  const split = (text: string) => {
    const at = text.indexOf('\r\n\r\n');
    const headers: Record<string, string> = {};
    for (const line of text.slice(0, at).replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body: text.slice(at + 4) };
  };
  const top = split(eml);
  const boundary = /boundary="([^"]+)"/.exec(top.headers['content-type'] ?? '')?.[1];
  if (!boundary) return { headers: top.headers, parts: [] };
  const [, ...rest] = top.body.split(`--${boundary}\r\n`);
  const last = rest.pop()!;
  expect(last.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
  const bodies = [...rest.map((part) => part.slice(0, -2)), last.slice(0, last.indexOf(`\r\n--${boundary}--`))];
  return { headers: top.headers, parts: bodies.map(split) };
}

describe('an email with attachments', () => {
  const eml = renderEmail(email);

  it('is multipart/mixed: the text quoted-printable, then each file in base64 whose bytes round-trip', () => {
    expect(/^[\x0d\x0a\x20-\x7e]*$/.test(eml)).toBe(true);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const { headers, parts } = parse(eml);
    expect(headers['content-type']).toMatch(/^multipart\/mixed; boundary="=_pars_[0-9a-f]{32}"$/);
    expect(headers['mime-version']).toBe('1.0');
    expect(parts).toHaveLength(3);
    expect(parts[0]!.headers).toEqual({ 'content-type': 'text/plain; charset=utf-8', 'content-transfer-encoding': 'quoted-printable' });
    expect(parts[0]!.body).toContain('Veuillez trouver ci-joint le rapport sign=C3=A9.');
    expect(parts[0]!.body).toContain('=3D fin');
    expect(parts[1]!.headers).toEqual({
      'content-type': 'application/pdf; name="completion-report-2026-11-24-5f1d2c3b.pdf"',
      'content-transfer-encoding': 'base64',
      'content-disposition': 'attachment; filename="completion-report-2026-11-24-5f1d2c3b.pdf"',
    });
    expect(Buffer.from(parts[1]!.body.replace(/\r\n/g, ''), 'base64').equals(pdf)).toBe(true);
    expect(parts[1]!.body.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    // A name that is not ASCII: RFC 2231, in continuations; no raw non-ASCII anywhere.
    expect(parts[2]!.headers['content-disposition']).toMatch(/^attachment; filename\*0\*=utf-8''rapport%20d%E2%80%99ach%C3%A8vement/);
    const continued = [...parts[2]!.headers['content-disposition']!.matchAll(/filename\*\d+\*=([^;]*)/g)].map((match) => match[1]).join('');
    expect(decodeURIComponent(continued.replace(/^utf-8''/, ''))).toBe(email.attachments![1]!.fileName);
  });

  it('renders the same bytes again (a resend is the same message), and the same text part as a message without files', () => {
    expect(renderEmail(email)).toBe(eml);
    const plain = renderEmail({ ...email, attachments: [] });
    expect(plain).not.toContain('multipart');
    expect(parse(eml).parts[0]!.body).toBe(plain.slice(plain.indexOf('\r\n\r\n') + 4));
  });

  it('never lets a file name or media type add a header', () => {
    const hostile = renderEmail({ ...email, attachments: [{ fileName: 'r.pdf"\r\nBcc: spy@example.org\r\n\r\nX', mediaType: 'application/pdf\r\nBcc: spy@example.org', bytes: pdf }] });
    expect(hostile.split('\r\n').filter((line) => /^bcc:/i.test(line))).toEqual([]);
    expect(parse(hostile).parts[1]!.headers['content-type']).toMatch(/^application\/octet-stream; name\*=utf-8''r\.pdf%22%20Bcc/);
  });

  it('is written by the file transport as one .eml file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'pars-outbox-'));
    try {
      await createFileTransport(directory).send(email);
      const [file] = readdirSync(directory);
      expect(readFileSync(join(directory, file!), 'utf8')).toBe(eml);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.runIf(python)("is read the same way by Python's standard email library (no defects, names and bytes intact)", () => {
    const script = [
      'import sys, json, email, hashlib',
      'from email import policy',
      'm = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)',
      'parts = list(m.iter_parts())',
      'files = [{"name": p.get_filename(), "type": p.get_content_type(), "sha": hashlib.sha256(p.get_payload(decode=True)).hexdigest()} for p in m.iter_attachments()]',
      'print(json.dumps({"type": m.get_content_type(), "defects": len(m.defects) + sum(len(p.defects) for p in parts), "text": m.get_body(("plain",)).get_content().replace("\\r\\n", "\\n"), "files": files}))',
    ].join('\n');
    const parsed = JSON.parse(spawnSync('python3', ['-c', script], { input: Buffer.from(eml) }).stdout.toString()) as Record<string, unknown>;
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(parsed).toEqual({
      type: 'multipart/mixed',
      defects: 0,
      text: email.text,
      files: email.attachments!.map((file) => ({ name: file.fileName, type: file.mediaType, sha: sha(file.bytes) })),
    });
  });
});
