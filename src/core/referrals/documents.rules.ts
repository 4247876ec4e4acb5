import type { DocumentMediaType } from './documents.schema.js';

/** Each accepted type's magic bytes, and the extensions a file of that type may keep. */
const signatures: { mediaType: DocumentMediaType; magic: number[]; extensions: string[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['pdf'] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], extensions: ['jpg', 'jpeg'] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ['png'] },
];

export const maxFileNameLength = 200;

/**
 * The type of a file from its first bytes, never from its name or the declared Content-Type
 * (both are the sender's claim): a renamed program or web page is refused, and a PNG sent as
 * `order.pdf` is kept and served as the PNG it is.
 */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | undefined {
  return signatures.find(({ magic }) => bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte))?.mediaType;
}

/**
 * A file name safe to store and to offer back in a download: no folders, no control or bidi
 * characters (which can disguise `exe.pdf`), none of the characters Windows refuses, at most
 * 200 characters, and an extension that matches the file's real type so it opens correctly.
 */
export function sanitizeFileName(raw: string, mediaType: DocumentMediaType): string {
  const { extensions } = signatures.find((signature) => signature.mediaType === mediaType)!;
  // Capped before any pattern runs: a name is a header value the sender controls.
  const lastSegment = (raw.split(/[/\\]/).pop() ?? '').slice(0, 1000);
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/\p{C}/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // The sender's extension goes (it may claim another type); the real type's extension replaces it.
  const match = /\.([A-Za-z][A-Za-z0-9]{0,4})$/.exec(cleaned);
  const base = match ? cleaned.slice(0, match.index) : cleaned;
  const given = match?.[1];
  const suffix = given && extensions.includes(given.toLowerCase()) ? `.${given}` : `.${extensions[0]}`;
  const room = maxFileNameLength - suffix.length;
  const trimmed = Array.from(base).slice(0, room).join('').replace(/[.\s]+$/, '');
  return `${trimmed || 'document'}${suffix}`;
}
