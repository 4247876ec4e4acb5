import type { OutgoingEmail } from './outbox-transport.js';
import { attachmentPart, boundaryFor } from './render-attachment.js';

const crlf = '\r\n';
const printableAscii = /^[\x20-\x7e]*$/;

/**
 * An email as RFC 5322 text (what a `.eml` file or an SMTP DATA command holds): UTF-8 plain text,
 * quoted-printable body, RFC 2047 encoded words for any header text that is not plain ASCII.
 * With attachments it is `multipart/mixed` (RFC 2046): the text first, then each file in base64.
 * Header values never contain a raw line break, whatever the inputs hold (no header injection).
 */
export function renderEmail(email: OutgoingEmail): string {
  const attachments = email.attachments ?? [];
  const boundary = boundaryFor(email.messageId);
  const textType = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'];
  const headers = [
    `From: ${mailbox(email.from.name, email.from.address)}`,
    `To: ${singleLine(email.to)}`,
    `Subject: ${encodeHeaderText(email.subject, 'Subject: '.length)}`,
    `Date: ${rfc5322Date(email.date)}`,
    `Message-ID: <${singleLine(email.messageId)}>`,
    'MIME-Version: 1.0',
    ...(attachments.length > 0 ? [`Content-Type: multipart/mixed;${crlf} boundary="${boundary}"`] : textType),
    `Content-Language: ${email.locale}`,
    // RFC 3834: an automatic message; well-behaved auto-responders do not answer it.
    'Auto-Submitted: auto-generated',
  ];
  const text = encodeQuotedPrintable(email.text);
  if (attachments.length === 0) return headers.join(crlf) + crlf + crlf + text;
  const parts = [textType.join(crlf) + crlf + crlf + text, ...attachments.map(attachmentPart)];
  const body = parts.map((part) => `--${boundary}${crlf}${part}${crlf}`).join('') + `--${boundary}--${crlf}`;
  return headers.join(crlf) + crlf + crlf + 'This is a message in MIME format.' + crlf + crlf + body;
}

function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/** `"Name" <address>`, or `=?UTF-8?B?…?= <address>` when the name is not plain ASCII. */
function mailbox(name: string, address: string): string {
  const clean = singleLine(name).trim();
  if (!clean) return singleLine(address);
  const display = printableAscii.test(clean) ? `"${clean.replace(/["\\]/g, '\\$&')}"` : encodedWords(clean).join(`${crlf} `);
  return `${display} <${singleLine(address)}>`;
}

/**
 * Unstructured header text: as is when it is short plain ASCII, otherwise RFC 2047 encoded
 * words (UTF-8, base64), one per line, folded onto continuation lines.
 */
export function encodeHeaderText(text: string, used = 0): string {
  const clean = singleLine(text);
  if (printableAscii.test(clean) && used + clean.length <= 78) return clean;
  return encodedWords(clean).join(`${crlf} `);
}

function encodedWords(text: string): string[] {
  // 30 bytes make a 52-character word, which fits on a line after any header name (RFC 2047
  // asks for at most 76); a character is never split between two words (§5).
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > 30) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`);
}

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Tue, 24 Nov 2026 18:30:00 +0000` (RFC 5322 §3.3, in UTC). */
function rfc5322Date(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text: CRLF line ends, lines of at most 76
 * characters with soft breaks, `=XX` for non-ASCII bytes, `=` and a line's trailing space.
 */
export function encodeQuotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => encodeLine(Buffer.from(line, 'utf8')))
    .join(crlf);
}

function encodeLine(bytes: Buffer): string {
  const tokens: string[] = [];
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    tokens.push(literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`);
  });
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    // 75 characters plus the soft break's `=` make the 76 the RFC allows.
    if (current.length + token.length > 75) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  lines.push(current);
  return lines.join(crlf);
}
