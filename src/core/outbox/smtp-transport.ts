import nodemailer, { type NodemailerError } from 'nodemailer';
import { failureCode, type OutboxTransport, TransportError } from './outbox-transport.js';
import { renderEmail } from './render-email.js';

export interface SmtpTransportOptions {
  /**
   * `smtps://user:pass@host:465` (TLS from the start) or `smtp://user:pass@host:587`, which must
   * upgrade with STARTTLS (a server that does not offer it is refused, so a password never
   * crosses in clear) — except on the same machine (127.0.0.1, ::1, localhost), e.g. a relay.
   */
  url: string;
  /** Milliseconds to wait for a connection, the greeting, and a quiet socket (defaults 30 s, 30 s, 60 s). */
  timeouts?: { connection?: number; greeting?: number; socket?: number };
}

/**
 * The production transport: each message goes to the agency's mail server over SMTP (nodemailer).
 * The bytes sent are the ones the file transport writes (`renderEmail`), so a message reads the
 * same whichever way it left; the envelope is the From address and the one recipient. A failure
 * becomes a code that is safe to store, never the server's reply (it can quote the address):
 * `transport.rejected` (5xx, permanent), `transport.deferred` (4xx), or the connection's system
 * code (`transport.eauth`, `transport.econnrefused`, `transport.etimedout` …). One connection per
 * message: the outbox sends a few a minute, and nothing stays open between cycles.
 */
export function createSmtpTransport(options: SmtpTransportOptions): OutboxTransport {
  const host = new URL(options.url).hostname;
  const loopback = ['127.0.0.1', '[::1]', '::1', 'localhost'].includes(host);
  const mailer = nodemailer.createTransport({
    url: options.url,
    requireTLS: !loopback,
    connectionTimeout: options.timeouts?.connection ?? 30_000,
    greetingTimeout: options.timeouts?.greeting ?? 30_000,
    socketTimeout: options.timeouts?.socket ?? 60_000,
    // Never log: a transcript holds addresses and the report itself.
    logger: false,
    debug: false,
  });
  return {
    name: 'smtp',
    async send(email) {
      try {
        await mailer.sendMail({ envelope: { from: email.from.address, to: [email.to] }, raw: renderEmail(email) });
      } catch (error) {
        throw new TransportError(smtpFailureCode(error as NodemailerError), { cause: error });
      }
    },
  };
}

/** What an SMTP failure is stored as (see `createSmtpTransport`). */
export function smtpFailureCode(error: NodemailerError): string {
  if (error.code === 'EAUTH' || error.code === 'ENOAUTH') return failureCode(error);
  if (typeof error.responseCode === 'number' && error.responseCode >= 400) {
    return error.permanent === false || error.responseCode < 500 ? 'transport.deferred' : 'transport.rejected';
  }
  // A refused or reset connection keeps the system's code (ECONNREFUSED) rather than ESOCKET.
  const code = typeof error.originalCode === 'string' && /^E[A-Z]+$/.test(error.originalCode) ? error.originalCode : error.code;
  return failureCode({ code });
}
