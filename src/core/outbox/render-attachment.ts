import { createHash } from 'node:crypto';
import type { OutgoingAttachment } from './outbox-transport.js';

const crlf = '\r\n';
const mediaTypePattern = /^[a-z]+\/[a-z0-9.+-]{1,100}$/;
/** Printable ASCII that can sit in a quoted-string as it is (no `"`, no `\`). */
const quotable = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * The boundary between a message's parts: derived from its id, so that a resend renders the same
 * bytes. `=_` can appear neither in base64 nor in quoted-printable output (RFC 2045 §6.7 writes
 * `=` only as `=XX` or a soft break), so no part can contain the boundary.
 */
export function boundaryFor(messageId: string): string {
  return `=_pars_${createHash('sha256').update(messageId).digest('hex').slice(0, 32)}`;
}

/**
 * One attachment as a MIME body part (RFC 2045, 2183): its media type, base64 in lines of 76
 * characters, `Content-Disposition: attachment` with the file name. Nothing from the file name
 * or the media type can add a header: the type is checked, the name is quoted or encoded.
 */
export function attachmentPart(file: OutgoingAttachment): string {
  const type = mediaTypePattern.test(file.mediaType) ? file.mediaType : 'application/octet-stream';
  const headers = [
    `Content-Type: ${type};${crlf} ${parameter('name', file.fileName)}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment;${crlf} ${parameter('filename', file.fileName)}`,
  ];
  const base64 = Buffer.from(file.bytes).toString('base64');
  const lines = base64.match(/.{1,76}/g) ?? [];
  return headers.join(crlf) + crlf + crlf + lines.join(crlf);
}

/**
 * `filename="report.pdf"` when the name is short printable ASCII; otherwise RFC 2231's extended
 * form, UTF-8 percent-encoded (`filename*=utf-8''r%C3%A9sum%C3%A9.pdf`), cut into numbered
 * continuations (`filename*0*=…; filename*1*=…`) so no line passes 78 characters. Mail programs
 * read both; line breaks in a name never survive.
 */
export function parameter(name: string, value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  if (quotable.test(clean) && name.length + clean.length + 3 <= 70) return `${name}="${clean}"`;
  const encoded = percentEncode(clean);
  const first = `utf-8''`;
  if (name.length + first.length + encoded.length + 2 <= 70) return `${name}*=${first}${encoded}`;
  const chunks: string[] = [];
  let chunk = first;
  // A chunk never splits a %XX triplet.
  for (const token of encoded.match(/%[0-9A-F]{2}|[^%]/g) ?? []) {
    if (chunk.length + token.length > 56) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += token;
  }
  if (chunk) chunks.push(chunk);
  return chunks.map((part, index) => `${name}*${index}*=${part}`).join(`;${crlf} `);
}

/** RFC 2231 §7 / RFC 5987 attr-char: letters, digits and `!#$&+-.^_`|~` as they are, the rest as %XX. */
function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9!#$&+\-.^_`|~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
