import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { hashPassword } from '../../core/users/index.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

const password = 'Maple-Syrup-Harbour-42';
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let agency: { id: string; slug: string };
let passwordHash: string;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = await buildTestServer(database));
  agency = await givenAgency(database.kysely);
  passwordHash = await hashPassword(password);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

let counter = 0;
async function givenAccount(roles: string[] = ['facilitator']): Promise<{ id: string; email: string }> {
  const email = `person${++counter}@agency.example.org`;
  const { id } = await database.kysely
    .insertInto('app_user')
    .values({ agency_id: agency.id, email, display_name: `Person ${counter}`, password_hash: passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (roles.length) await database.kysely.insertInto('role_grant').values(roles.map((role) => ({ agency_id: agency.id, user_id: id, role }))).execute();
  return { id, email };
}

async function setMfa(required: boolean): Promise<void> {
  await database.kysely
    .insertInto('agency_setting')
    .values({ agency_id: agency.id, mfa_required: required })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet({ mfa_required: required }))
    .execute();
}

/** Signs in; returns the answer and the browser's headers for the next requests (cookie + CSRF). */
async function signIn(email: string, secret = password, extra: Record<string, string> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { agency: agency.slug, email, password: secret }, headers: extra });
  const cookie = response.cookies.find((c) => c.name === 'pars_session');
  const headers: Record<string, string> = cookie ? { cookie: `pars_session=${cookie.value}` } : {};
  if (cookie) {
    const session = await app.inject({ url: '/api/v1/auth/session', headers });
    if (session.statusCode === 200) headers['x-csrf-token'] = session.json().csrfToken;
  }
  return { response, cookie, headers };
}

describe('sign-in', () => {
  beforeAll(() => setMfa(false));

  it('sets an HttpOnly, SameSite=Strict session cookie (Secure over HTTPS) with a new id each time', async () => {
    const { email } = await givenAccount();
    const first = await signIn(email);
    expect(first.response.statusCode).toBe(200);
    expect(first.response.json()).toEqual({ stage: 'active' });
    expect(first.cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(first.cookie?.secure).toBeFalsy();
    const second = await signIn(email);
    expect(second.cookie?.value).not.toBe(first.cookie?.value);
    const session = await app.inject({ url: '/api/v1/auth/session', headers: second.headers });
    expect(session.json()).toMatchObject({ stage: 'active', roles: ['facilitator'], mfaRequired: false });
  });

  it('marks the cookie Secure when served over HTTPS behind a trusted proxy', async () => {
    const { email } = await givenAccount();
    const proxied = await buildTestServer(database, { trustProxy: true });
    try {
      const response = await proxied.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { agency: agency.slug, email, password }, headers: { 'x-forwarded-proto': 'https' } });
      expect(response.cookies.find((c) => c.name === 'pars_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await proxied.app.close();
    }
  });

  it('gives an unknown user and a wrong password the same answer', async () => {
    const { email } = await givenAccount();
    const wrong = await signIn(email, 'Not-The-Password-99');
    const unknown = await signIn('nobody@agency.example.org');
    const unknownAgency = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { agency: 'no-such-agency', email, password } });
    for (const answer of [wrong.response, unknown.response, unknownAgency]) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().code).toBe('auth.sign_in_failed');
    }
    expect(wrong.response.json().detail).toBe(unknown.response.json().detail);
    expect(wrong.cookie).toBeUndefined();
  });

  it('pauses an account after five failures, escalating, and says nothing different while paused', async () => {
    const { email } = await givenAccount();
    for (let i = 0; i < 5; i++) expect((await signIn(email, 'Wrong-Password-123')).response.statusCode).toBe(401);
    const paused = await signIn(email);
    expect(paused.response.statusCode).toBe(401);
    expect(paused.response.json().code).toBe('auth.sign_in_failed');
    clock.advance(61_000);
    expect((await signIn(email)).response.statusCode).toBe(200);
    const row = await database.kysely.selectFrom('app_user').select(['failed_sign_ins', 'lockout_level']).where('email', '=', email).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_sign_ins: 0, lockout_level: 0 });
  });

  it('refuses a sign-in posted from another site', async () => {
    const { email } = await givenAccount();
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { agency: agency.slug, email, password }, headers: { origin: 'https://evil.example.com' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.csrf_invalid');
  });
});

describe('sessions', () => {
  beforeAll(() => setMfa(false));

  it('ends after 30 idle minutes, and a request within them keeps it alive', async () => {
    const { email } = await givenAccount();
    const { headers } = await signIn(email);
    clock.advance(29 * 60_000);
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).statusCode).toBe(200);
    clock.advance(29 * 60_000);
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    const expired = await app.inject({ url: '/api/v1/auth/session', headers: { ...headers, 'accept-language': 'fr-CA' } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'auth.session_expired' });
    expect(expired.json().detail).toContain('Votre session a pris fin');
  });

  it('ends after 12 hours however active', async () => {
    const { email } = await givenAccount();
    const { headers } = await signIn(email);
    for (let hour = 0; hour < 12 * 3; hour++) {
      clock.advance(20 * 60_000);
      const response = await app.inject({ url: '/api/v1/auth/session', headers });
      if (response.statusCode !== 200) {
        expect(hour).toBeGreaterThanOrEqual(12 * 3 - 1);
        expect(response.json().code).toBe('auth.session_expired');
        return;
      }
    }
    throw new Error('the session outlived its 12 hours');
  });

  it('is over for good after sign-out: replaying the cookie does not work', async () => {
    const { email } = await givenAccount();
    const { headers } = await signIn(email);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers, payload: {} })).statusCode).toBe(204);
    const replay = await app.inject({ url: '/api/v1/auth/session', headers });
    expect(replay.statusCode).toBe(401);
  });

  it('is not found under another agency: the cookie names its agency, and the same token under another id is no session', async () => {
    const { email } = await givenAccount();
    const { headers } = await signIn(email);
    const other = await givenAgency(database.kysely);
    const moved = { ...headers, cookie: headers.cookie!.replace(`pars_session=${agency.id}.`, `pars_session=${other.id}.`) };
    expect(moved.cookie).not.toBe(headers.cookie);
    expect((await app.inject({ url: '/api/v1/auth/session', headers: moved })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).statusCode).toBe(200);
  });

  it('reads a role granted or revoked on the very next request', async () => {
    const { id, email } = await givenAccount(['facilitator']);
    const { headers } = await signIn(email);
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).json().roles).toEqual(['facilitator']);
    await database.kysely.insertInto('role_grant').values({ agency_id: agency.id, user_id: id, role: 'intake' }).execute();
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).json().roles).toEqual(['facilitator', 'intake']);
    await database.kysely.deleteFrom('role_grant').where('agency_id', '=', agency.id).where('user_id', '=', id).where('role', '=', 'facilitator').execute();
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).json().roles).toEqual(['intake']);
  });

  it('ends every session of an account the moment it is disabled', async () => {
    const { id, email } = await givenAccount();
    const first = await signIn(email);
    const second = await signIn(email);
    const admin = await givenStaffSession(database.kysely, agency.id, ['admin'], clock.now());
    const disabled = await app.inject({ method: 'POST', url: `/api/v1/users/${id}/disable`, headers: admin.headers, payload: { version: 1 } });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().status).toBe('disabled');
    for (const { headers } of [first, second]) expect((await app.inject({ url: '/api/v1/auth/session', headers })).statusCode).toBe(401);
    expect((await signIn(email)).response.statusCode).toBe(401);
  });

  it('shows an account with no role nothing but its own session', async () => {
    const { email } = await givenAccount([]);
    const { headers } = await signIn(email);
    const session = await app.inject({ url: '/api/v1/auth/session', headers });
    expect(session.json()).toMatchObject({ roles: [], permissions: [] });
    expect((await app.inject({ url: '/api/v1/users', headers })).statusCode).toBe(403);
  });
});

describe('second factor', () => {
  beforeAll(() => setMfa(true));

  it('enrols with a QR code, then signs in with a code; a code cannot be replayed; a recovery code works once', async () => {
    const { email } = await givenAccount();
    const first = await signIn(email);
    expect(first.response.json()).toEqual({ stage: 'enrol_second_factor' });
    expect((await app.inject({ url: '/api/v1/users', headers: first.headers })).json().code).toBe('auth.enrolment_required');
    const enrolment = await app.inject({ method: 'POST', url: '/api/v1/auth/enrolment', headers: first.headers, payload: {} });
    expect(enrolment.statusCode).toBe(200);
    const { secret, qrCode, otpauthUri } = enrolment.json();
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(otpauthUri).toContain('otpauth://totp/PARS:');
    const epoch = Math.floor(clock.now().getTime() / 1000);
    const confirmed = await app.inject({ method: 'POST', url: '/api/v1/auth/enrolment/confirm', headers: first.headers, payload: { code: await generate({ secret, epoch }) } });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    // The enrolment gave the session a new token: the old cookie is dead.
    expect((await app.inject({ url: '/api/v1/auth/session', headers: first.headers })).statusCode).toBe(401);

    clock.advance(60_000);
    const second = await signIn(email);
    expect(second.response.json()).toEqual({ stage: 'second_factor' });
    expect((await app.inject({ url: '/api/v1/users', headers: second.headers })).json().code).toBe('auth.second_factor_required');
    const code = await generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/second-factor', headers: second.headers, payload: { code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/auth/second-factor', headers: second.headers, payload: { code } });
    expect(ok.statusCode).toBe(200);

    const third = await signIn(email);
    const replay = await app.inject({ method: 'POST', url: '/api/v1/auth/second-factor', headers: third.headers, payload: { code } });
    expect(replay.statusCode).toBe(401);
    const recovered = await app.inject({ method: 'POST', url: '/api/v1/auth/second-factor', headers: third.headers, payload: { recoveryCode: recoveryCodes[0] } });
    expect(recovered.statusCode).toBe(200);
    const fourth = await signIn(email);
    const reused = await app.inject({ method: 'POST', url: '/api/v1/auth/second-factor', headers: fourth.headers, payload: { recoveryCode: recoveryCodes[0] } });
    expect(reused.statusCode).toBe(401);
  });
});

describe('rate limit', () => {
  it('slows down sign-in attempts from one address, with a translated message', async () => {
    const limited = await buildTestServer(database, { signInRateLimit: 3 });
    try {
      const attempt = () => limited.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { agency: agency.slug, email: 'x@example.org', password: 'whatever-123' }, headers: { 'accept-language': 'fr' } });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json()).toMatchObject({ code: 'request.too_many' });
      expect(blocked.json().detail).toContain('Trop de tentatives');
    } finally {
      await limited.app.close();
    }
  });
});
