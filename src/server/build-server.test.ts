import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../core/shared/index.js';
import { givenAgency, givenSite } from '../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../db/testing/test-database.js';
import { access } from './route-access.js';
import { buildTestServer } from './testing/test-server.js';

let database: TestDatabase;
let app: FastifyInstance;
let agencySlug: string;
let logLines: () => string[];

beforeAll(async () => {
  database = await openTestDatabase();
  const agency = await givenAgency(database.kysely, { name: 'Maison Horizon' });
  await givenSite(database.kysely, agency.id, { name: 'Ottawa', timeZone: 'America/Toronto' });
  agencySlug = agency.slug;
  ({ app, logLines } = await buildTestServer(database, { agencySlug }, (server) => {
    // Test-only routes that exercise the error model the way feature routes will.
    const typed = server.withTypeProvider<ZodTypeProvider>();
    typed.post(
      '/api/v1/test/echo',
      { config: access.public, schema: { body: z.object({ name: z.string().min(2), sessions: z.number().int().max(12), email: z.email().optional() }) } },
      async (request) => request.body,
    );
    server.get('/api/v1/test/boom', { config: access.public }, async () => {
      throw Object.assign(new Error('duplicate key value violates unique constraint'), {
        code: '23505',
        detail: 'Key (phone)=(416-555-0199) already exists.',
      });
    });
    server.get('/api/v1/test/full', { config: access.public }, async () => {
      throw new AppError('rule_violation', 'system.config_invalid', { name: 'capacity', hint: '12' });
    });
  }));
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('health and readiness', () => {
  it('answers /livez and /readyz when the database is migrated', async () => {
    expect((await app.inject('/livez')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
  });

  it('publishes Prometheus metrics by route template', async () => {
    await app.inject('/api/v1/status');
    const metrics = await app.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/pars_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/status",status_code="200"\} \d+/);
    expect(metrics.body).toContain('pars_process_cpu_seconds_total');
  });
});

describe('GET /api/v1/status', () => {
  it('shows the configured agency, its sites and the database', async () => {
    const response = await app.inject('/api/v1/status');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      product: 'PARS',
      version: '0.0.0-test',
      time: '2026-11-21T15:00:00.000Z',
      database: { status: 'ok', dialect: process.env.DATABASE_URL ? 'postgres' : 'pglite' },
      agency: { name: 'Maison Horizon', nameFr: null, sites: [{ name: 'Ottawa', nameFr: null, timeZone: 'America/Toronto' }] },
    });
  });
});

describe('the API document', () => {
  it('serves OpenAPI 3.1 JSON at /api/docs/json and a viewer at /api/docs', async () => {
    const document = (await app.inject('/api/docs/json')).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/status');
    const viewer = await app.inject('/api/docs/');
    expect(viewer.statusCode).toBe(200);
    expect(viewer.headers['content-type']).toContain('text/html');
  });
});

describe('errors as problem JSON', () => {
  it('answers an unknown API route with a translated 404', async () => {
    const english = await app.inject('/api/v1/nothing-here');
    expect(english.statusCode).toBe(404);
    expect(english.headers['content-type']).toContain('application/problem+json');
    expect(english.json()).toMatchObject({ status: 404, code: 'request.route_not_found', title: 'Not found' });
    const french = await app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
    expect(french.json()).toMatchObject({ title: 'Introuvable' });
    expect(french.json().detail).toContain("n'existe pas");
  });

  it('answers malformed JSON with 400 and what to fix', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"name": "Al",' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.malformed_json' });
    expect(response.json().detail).toMatch(/not valid JSON/);
  });

  it('lists each wrong or missing field with a translated message, never echoing the value', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo?lang=fr',
      payload: { sessions: 'twelve', email: 'partner-canary@example' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('request.invalid');
    expect(problem.detail).toMatch(/^3 champs demandent votre attention/);
    const byPath = Object.fromEntries(problem.errors.map((e: { path: string; code: string; message: string }) => [e.path, e]));
    expect(byPath['body.name']).toMatchObject({ code: 'required', message: 'Ce champ est obligatoire.' });
    expect(byPath['body.sessions']).toMatchObject({ code: 'invalid_type', message: 'Entrez un nombre.' });
    expect(byPath['body.email']).toMatchObject({ code: 'invalid_format' });
    expect(response.body).not.toContain('partner-canary');
  });

  it('refuses a body that is not JSON', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/test/echo', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('request.unsupported_media_type');
  });

  it('answers a module error with its kind status and translated message', async () => {
    const response = await app.inject('/api/v1/test/full');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'system.config_invalid', detail: 'The setting capacity is not valid: 12' });
  });

  it('hides the details of an unexpected error behind the request id', async () => {
    const response = await app.inject({ url: '/api/v1/test/boom', headers: { 'x-request-id': 'req-12345678' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['x-request-id']).toBe('req-12345678');
    expect(response.json()).toMatchObject({ code: 'system.unexpected', requestId: 'req-12345678' });
    expect(response.json().detail).toContain('req-12345678');
    expect(response.body).not.toMatch(/duplicate|unique|416-555|at \/|\.ts:/);
  });
});

describe('request ids and security headers', () => {
  it('gives every response a request id and keeps none that is malformed', async () => {
    const response = await app.inject({ url: '/livez', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a strict content security policy and no-sniff/frame headers', async () => {
    const response = await app.inject('/');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('logs', () => {
  it('redact credentials and keep query strings and bodies out', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo?search=Jane+Canary',
      headers: { cookie: 'pars_session=secret-cookie-value', authorization: 'Bearer secret-token-value' },
      payload: { name: 'Jane Canary', sessions: 99 },
    });
    await app.inject('/api/v1/test/boom');
    const text = logLines().join('');
    expect(text).toContain('"path":"/api/v1/test/echo"');
    expect(text).toContain('unexpected error');
    expect(text).toContain('23505');
    expect(text).not.toMatch(/Canary|secret-cookie-value|secret-token-value|416-555/);
  });
});

describe('route registration', () => {
  it('refuses a route that declares no access rule', async () => {
    const { app: other } = await buildTestServer(database, {}, (server) => {
      expect(() => server.get('/api/v1/test/undeclared', async () => ({}))).toThrow(/declares no access rule/);
    });
    await other.close();
  });
});
