import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../core/packs/testing/read-pdf.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { StaffSession } from '../testing/given-staff-session.js';
import { givenSecurityWorld, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/** The safety plan through the API: versions, conflicts, the printed plan, and 404 outside the team. */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

const content = {
  trustedPeople: [{ name: 'Aunt Lise', contact: '705-555-0170' }],
  safePlace: 'Lise’s cottage',
  codeWord: 'pinecone',
  emergencyNumbers: [{ label: 'Lise', number: '705-555-0170' }],
  children: { pickup: 'Only Lise may pick them up.' },
};

describe('the safety plan API', () => {
  it('saves a version against the one read, refuses a stale save in French, and keeps every version', async () => {
    const worker = world.sessions.partner_contact;
    const url = `/partners/${world.params.partnerId}/safety-plan`;
    const read = await call(worker, 'GET', url);
    expect(read.statusCode).toBe(200);
    const base = read.json().current.version as number;
    const saved = await call(worker, 'PUT', url, { wanted: true, content, baseVersion: base });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().current).toMatchObject({ version: base + 1, wanted: true, content: { codeWord: 'pinecone', importantItems: { documents: '' } } });
    const stale = await call(world.sessions.partner_contact_lead, 'PUT', url, { wanted: false, baseVersion: base }, 'fr-CA');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('safetyPlans.stale_plan');
    expect(stale.json().detail).toContain('Rechargez la page');
    const old = await call(worker, 'GET', `${url}/versions/${base}`);
    expect(old.statusCode).toBe(200);
    expect(old.json().version).toBe(base);
    expect((await call(worker, 'GET', `${url}/versions/999`)).statusCode).toBe(404);
    const invalid = await call(worker, 'PUT', url, { wanted: false, content, baseVersion: base + 1 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toEqual([expect.objectContaining({ path: 'body.content', code: 'safety_plan_rule' })]);
  });

  it('prints the plan as a no-store PDF in the partner’s language (English by default, French when theirs)', async () => {
    const worker = world.sessions.partner_contact;
    const url = `/partners/${world.params.partnerId}/safety-plan`;
    const current = (await call(worker, 'GET', url)).json().current.version as number;
    await call(worker, 'PUT', url, { wanted: true, content, baseVersion: current });
    const english = await call(worker, 'GET', `${url}/pdf`);
    expect(english.statusCode, english.body.slice(0, 200)).toBe(200);
    expect(english.headers['content-type']).toBe('application/pdf');
    expect(english.headers['cache-control']).toBe('no-store');
    expect(english.headers['content-disposition']).toBe(`attachment; filename="safety-plan-${current + 1}-en.pdf"`);
    const pdf = await readPdf(english.rawPayload);
    expect(pdf.text).toContain('“pinecone”');
    expect(pdf.text).toContain('School and daycare pickup: Only Lise may pick them up.');
    await database.kysely.updateTable('partner').set({ language: 'fr' }).where('id', '=', world.params.partnerId!).execute();
    const french = await readPdf((await call(worker, 'GET', `${url}/pdf?version=${current + 1}`, undefined, 'en-CA')).rawPayload);
    expect(french.lang).toBe('fr-CA');
    expect(french.text).toContain('« pinecone »');
  });

  it('does not exist for the manager or the group program (404)', async () => {
    for (const role of ['manager', 'facilitator', 'intake'] as const) {
      expect((await call(world.sessions[role], 'GET', `/partners/${world.params.partnerId}/safety-plan`)).statusCode).toBe(404);
      expect((await call(world.sessions[role], 'GET', `/partners/${world.params.partnerId}/safety-plan/pdf`)).statusCode).toBe(404);
    }
  });
});
