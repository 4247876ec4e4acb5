import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxDocumentBytes } from '../../core/referrals/index.js';
import { givenReferral, staffCtxWithRoles } from '../../core/referrals/testing/given-referral.js';
import { samplePdf, samplePng } from '../../core/referrals/testing/sample-documents.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** Orders attached to a referral, through the API: what goes in, what comes out, what is refused. */
let database: TestDatabase;
let app: FastifyInstance;
let keyring: Keyring;
let intake: StaffSession;
let facilitator: StaffSession;
let referralId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  ({ app, keyring } = built);
  const agency = await givenAgency(database.kysely);
  intake = await givenStaffSession(database.kysely, agency.id, ['intake'], built.clock.now());
  facilitator = await givenStaffSession(database.kysely, agency.id, ['facilitator'], built.clock.now());
  referralId = await givenReferral(staffCtxWithRoles(database.kysely, keyring, agency.id));
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

type Part = { name: string; value: string } | { name: string; fileName: string; contentType: string; bytes: Buffer };

/** A multipart/form-data body built by hand, as a browser would send it. */
function form(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----pars-${randomUUID()}`;
  const chunks = parts.flatMap((part) =>
    'bytes' in part
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.contentType}\r\n\r\n`), part.bytes, Buffer.from('\r\n')]
      : [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`)],
  );
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const orderForm = (bytes: Buffer, fileName = 'order.pdf', kind = 'court_order', contentType = 'application/pdf') =>
  form([{ name: 'kind', value: kind }, { name: 'file', fileName, contentType, bytes }]);

function upload(body: { payload: Buffer; headers: Record<string, string> }, session = intake, lang = 'en-CA', to = referralId) {
  return app.inject({ method: 'POST', url: `/api/v1/referrals/${to}/documents`, payload: body.payload, headers: { ...session.headers, ...body.headers, 'accept-language': lang } });
}

describe('referral documents over HTTP', () => {
  it('uploads a PDF and a PNG, lists them, and downloads the exact bytes as attachments', async () => {
    const pdf = await upload(orderForm(samplePdf, 'Ordonnance « Gagnon » du 3 mars.pdf'));
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({ kind: 'court_order', fileName: 'Ordonnance « Gagnon » du 3 mars.pdf', mediaType: 'application/pdf', sizeBytes: samplePdf.length });
    const png = await upload(orderForm(samplePng, 'photo.png', 'other', 'image/png'));
    expect(png.statusCode).toBe(201);
    const list = await app.inject({ url: `/api/v1/referrals/${referralId}/documents`, headers: intake.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([pdf.json().id, png.json().id]));
    expect(list.body).not.toContain(samplePdf.toString('base64').slice(0, 16));

    const file = await app.inject({ url: `/api/v1/referrals/${referralId}/documents/${pdf.json().id}`, headers: intake.headers });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(samplePdf)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Ordonnance _ Gagnon _ du 3 mars.pdf"; filename*=UTF-8''Ordonnance%20%C2%AB%20Gagnon%20%C2%BB%20du%203%20mars.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('no-store');
    const image = await app.inject({ url: `/api/v1/referrals/${referralId}/documents/${png.json().id}`, headers: intake.headers });
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(samplePng)).toBe(true);

    const stored = await database.kysely.selectFrom('referral_document').select('content_encrypted').where('id', '=', pdf.json().id).executeTakeFirstOrThrow();
    expect(stored.content_encrypted).not.toContain('%PDF');
    expect(stored.content_encrypted).not.toContain(samplePdf.toString('base64').slice(0, 16));
  });

  it('decides the type by the bytes: PNG bytes named .pdf and declared as PDF are stored as image/png', async () => {
    const response = await upload(orderForm(samplePng, 'order.pdf', 'court_order', 'application/pdf'));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ mediaType: 'image/png', fileName: 'order.png' });
  });

  it.each([
    ['a program named .pdf', orderForm(Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), 'order.pdf'), 'documents.type_not_allowed', 'Upload a PDF, JPEG or PNG of the order, up to 10 MB', 'Téléversez un PDF, JPEG ou PNG'],
    ['plain text', orderForm(Buffer.from('hello'), 'notes.txt', 'other', 'text/plain'), 'documents.type_not_allowed', 'not a PDF, JPEG or PNG', "n'est pas un PDF"],
    ['an empty file', orderForm(Buffer.alloc(0)), 'documents.empty', 'The file is empty', 'Le fichier est vide'],
    ['10 MB and one byte', orderForm(Buffer.concat([samplePdf, Buffer.alloc(maxDocumentBytes + 1 - samplePdf.length)])), 'documents.too_large', 'larger than 10 MB', 'dépasse 10 Mo'],
    ['a form without a file', form([{ name: 'kind', value: 'court_order' }]), 'documents.missing_file', 'form field "file"', 'champ « file »'],
    ['two files', form([{ name: 'kind', value: 'other' }, { name: 'file', fileName: 'a.pdf', contentType: 'application/pdf', bytes: samplePdf }, { name: 'file', fileName: 'b.pdf', contentType: 'application/pdf', bytes: samplePdf }]), 'documents.too_many_files', 'one file at a time', 'un seul fichier à la fois'],
    ['JSON instead of a form', { payload: Buffer.from('{"__matrix":true}'), headers: { 'content-type': 'application/json' } }, 'documents.missing_file', 'multipart/form-data', 'multipart/form-data'],
  ])('refuses %s with a 400 that says what to send, in English and French', async (_name, body, code, english, french) => {
    const en = await upload(body);
    expect(en.statusCode).toBe(400);
    expect(en.json()).toMatchObject({ code });
    expect(en.json().detail).toContain(english);
    const fr = await upload(body, intake, 'fr-CA');
    expect(fr.json().detail).toContain(french);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const response = await upload(orderForm(Buffer.concat([samplePdf, Buffer.alloc(maxDocumentBytes - samplePdf.length)])));
    expect(response.statusCode).toBe(201);
    expect(response.json().sizeBytes).toBe(maxDocumentBytes);
  });

  it('refuses an unknown kind, naming the field', async () => {
    const response = await upload(orderForm(samplePdf, 'order.pdf', 'warrant'));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.kind', code: 'invalid_value' })]);
  });

  it('answers 404 to a facilitator, to an unknown referral and to staff of another agency', async () => {
    expect((await upload(orderForm(samplePdf), facilitator)).statusCode).toBe(404);
    expect((await upload(orderForm(samplePdf), intake, 'en-CA', randomUUID())).statusCode).toBe(404);
    const other = await givenAgency(database.kysely);
    const stranger = await givenStaffSession(database.kysely, other.id, ['intake'], new Date('2026-11-21T15:00:00Z'));
    const uploaded = await upload(orderForm(samplePdf));
    expect((await upload(orderForm(samplePdf), stranger)).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/referrals/${referralId}/documents`, headers: stranger.headers })).statusCode).toBe(404);
    const download = await app.inject({ url: `/api/v1/referrals/${referralId}/documents/${uploaded.json().id}`, headers: stranger.headers });
    expect(download.statusCode).toBe(404);
    expect(download.body).not.toContain('%PDF');
  });

  it('leaves multipart to the document routes: other routes still take JSON only', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/referrals', payload: orderForm(samplePdf).payload, headers: { ...intake.headers, ...orderForm(samplePdf).headers } });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('request.unsupported_media_type');
  });
});
