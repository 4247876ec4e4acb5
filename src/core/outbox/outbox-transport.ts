import type { Locale } from '../shared/index.js';

/** A file sent with an email (a signed report's PDF). */
export interface OutgoingAttachment {
  /** What the recipient's mail program saves it as; no path, no control characters. */
  fileName: string;
  /** `application/pdf` … */
  mediaType: string;
  bytes: Uint8Array;
}

/** One email, ready to leave: what every transport (files, SMTP) is given. */
export interface OutgoingEmail {
  /** The outbox row's id: a resend of the same message reuses it (file name, Message-ID). */
  id: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  locale: Locale;
  date: Date;
  /** Without angle brackets: `<id>@<domain>`. */
  messageId: string;
  /** Files sent with the text, in order. */
  attachments?: OutgoingAttachment[];
}

/** Where messages go: files in the data folder by default, an SMTP server in production. */
export interface OutboxTransport {
  readonly name: string;
  /** Resolves once the message is handed over; throws (ideally a TransportError) when it was not. */
  send(email: OutgoingEmail): Promise<void>;
}

/** A failure a transport can name with a code (`transport.rejected` …) that is safe to store. */
export class TransportError extends Error {
  constructor(readonly code: string, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'TransportError';
  }
}

const storableCode = /^[a-z_.]{1,60}$/;

/**
 * What the outbox stores about a failure: a code, never the error's text, which could quote an
 * address or a server's reply about one. System codes (ECONNREFUSED, EAUTH …) become
 * `transport.econnrefused`; anything else is `transport.failed`.
 */
export function failureCode(error: unknown): string {
  if (error instanceof TransportError && storableCode.test(error.code)) return error.code;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code)) return `transport.${code.toLowerCase()}`;
  return 'transport.failed';
}
