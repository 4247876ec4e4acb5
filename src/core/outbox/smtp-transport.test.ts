import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import { drainOutbox } from './drain-outbox.js';
import { enqueueMessage } from './enqueue-message.js';
import { createSmtpTransport } from './smtp-transport.js';

// A real SMTP server in this process, on loopback only: what nodemailer says to a mail server,
// and what a mail server's refusals become in the outbox. No network beyond 127.0.0.1.
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
});
afterAll(async () => {
  await database?.close();
});

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

async function startSmtpServer(handlers: Partial<SMTPServerOptions> = {}): Promise<{ url: (auth?: string) => string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    onAuth: (auth, _session, callback) => (auth.username === 'pars' && auth.password === 's3cret' ? callback(null, { user: auth.username }) : callback(new Error('Invalid username or password'))),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
    ...handlers,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: (auth = 'pars:s3cret@') => `smtp://${auth}127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const keyring = testKeyring();
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\r\n.\r\n..leading dots\n', 'latin1'), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)), Buffer.from('\n%%EOF\n')]);
let sequence = 0;

/** One due message (a report with its PDF) in a new agency. */
async function givenReportMessage(now: Date): Promise<string> {
  const agency = await givenAgency(database.kysely, { name: 'Maison Céleste' });
  await scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] }).transaction((trx) =>
    enqueueMessage(trx, {
      agencyId: agency.id,
      compartment: 'participant',
      kind: 'court_report',
      idempotencyKey: `court-report:${++sequence}`,
      to: 'clerk@court.example.org',
      locale: 'fr-CA',
      subject: 'Rapport d’achèvement du programme',
      body: 'Bonjour,\n.\nVeuillez trouver ci-joint le rapport signé.',
      now,
      attachments: [{ fileName: 'completion-report-2026-11-24-ab12cd34.pdf', mediaType: 'application/pdf', bytes: pdf }],
      keyring,
    }),
  );
  return agency.id;
}

const stored = (agencyId: string) => database.kysely.selectFrom('outbox_message').select(['attempts', 'last_error', 'sent_at']).where('agency_id', '=', agencyId).executeTakeFirstOrThrow();

/** The attachment of a received message, read back from its MIME structure. */
function attachmentOf(raw: string): { headers: string; bytes: Buffer } {
  const boundary = /boundary="([^"]+)"/.exec(raw)![1]!;
  const part = raw.split(`--${boundary}`).find((chunk) => /Content-Disposition: attachment/.test(chunk))!;
  const at = part.indexOf('\r\n\r\n');
  return { headers: part.slice(0, at), bytes: Buffer.from(part.slice(at + 4).replace(/\s+/g, ''), 'base64') };
}

describe('the SMTP transport', () => {
  it('hands the message to the mail server with its attachment intact, signed in, from the configured address', async () => {
    const server = await startSmtpServer();
    try {
      const now = new Date('2027-07-01T12:00:00Z');
      const agencyId = await givenReportMessage(now);
      const transport = createSmtpTransport({ url: server.url() });
      expect(await drainOutbox({ kysely: database.kysely, now, transport, keyring, fromAddress: 'rapports@agence.example.org' })).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
      expect(server.received).toHaveLength(1);
      const [mail] = server.received;
      expect(mail).toMatchObject({ from: 'rapports@agence.example.org', to: ['clerk@court.example.org'], user: 'pars' });
      expect(mail!.raw).toMatch(/^From: =\?UTF-8\?B\?/);
      expect(mail!.raw).toContain('\r\nTo: clerk@court.example.org\r\n');
      expect(mail!.raw).toContain('Bonjour,\r\n.\r\nVeuillez trouver ci-joint le rapport sign=C3=A9.');
      const attachment = attachmentOf(mail!.raw);
      expect(attachment.headers).toContain('Content-Type: application/pdf;');
      expect(attachment.headers).toContain('filename="completion-report-2026-11-24-ab12cd34.pdf"');
      expect(attachment.bytes.equals(pdf)).toBe(true);
      expect(await stored(agencyId)).toMatchObject({ attempts: 0, last_error: null, sent_at: now });
    } finally {
      await server.close();
    }
  });

  it.each([
    [550, 'transport.rejected'],
    [452, 'transport.deferred'],
  ])('stores a code, not the reply, when the server answers %i to the recipient', async (responseCode, code) => {
    const server = await startSmtpServer({
      onRcptTo: (address, _session, callback) => callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode })),
    });
    try {
      const now = new Date('2027-07-02T12:00:00Z');
      const agencyId = await givenReportMessage(now);
      expect(await drainOutbox({ kysely: database.kysely, now, transport: createSmtpTransport({ url: server.url() }), keyring })).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
      expect(await stored(agencyId)).toEqual({ attempts: 1, last_error: code, sent_at: null });
      expect(server.received).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('names a refused sign-in and a server that is not there by their codes', async () => {
    const server = await startSmtpServer({ authOptional: false });
    const now = new Date('2027-07-03T12:00:00Z');
    try {
      const agencyId = await givenReportMessage(now);
      await drainOutbox({ kysely: database.kysely, now, transport: createSmtpTransport({ url: server.url('pars:wrong@') }), keyring });
      expect(await stored(agencyId)).toMatchObject({ attempts: 1, last_error: 'transport.eauth' });
    } finally {
      await server.close();
    }
    // A port nobody listens on (taken, then freed).
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const agencyId = await givenReportMessage(now);
    const later = new Date(now.getTime() + 3 * 60_000);
    await drainOutbox({ kysely: database.kysely, now: later, transport: createSmtpTransport({ url: `smtp://127.0.0.1:${port}` }), keyring });
    expect(await stored(agencyId)).toMatchObject({ attempts: 1, last_error: 'transport.econnrefused' });
  });

  it('refuses to sign in to a mail server elsewhere that offers no STARTTLS (the password would cross in clear)', async () => {
    // 127.0.0.2 is this machine too, but not one of the names the transport treats as local.
    const received: string[] = [];
    const server = new SMTPServer({ logger: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true, onAuth: (_auth, _session, callback) => callback(null, { user: 'pars' }), onData: (stream, _session, callback) => { received.push('message'); stream.resume(); stream.on('end', () => callback()); } });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
    const { port } = server.server.address() as { port: number };
    const now = new Date('2027-07-04T12:00:00Z');
    try {
      const agencyId = await givenReportMessage(now);
      await drainOutbox({ kysely: database.kysely, now, transport: createSmtpTransport({ url: `smtp://pars:s3cret@127.0.0.2:${port}` }), keyring });
      expect(await stored(agencyId)).toMatchObject({ attempts: 1, last_error: expect.stringMatching(/^transport\./) });
      expect(received).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
