import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** The admin's API: bad input gets a clear en/fr answer and nothing already saved is lost. */
let database: TestDatabase;
let app: FastifyInstance;
let admin: StaffSession;
const strong = 'Quiet-Lake-Morning-88';

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  const agency = await givenAgency(database.kysely);
  admin = await givenStaffSession(database.kysely, agency.id, ['admin'], built.clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const post = (url: string, payload: unknown, lang = 'en-CA') =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: { ...admin.headers, 'accept-language': lang } });

describe('staff accounts', () => {
  it('creates an account, then refuses the same email, a weak password and an unknown role', async () => {
    const created = await post('/api/v1/users', { email: 'Robin.Case@Agency.example.org', displayName: 'Robin Case', roles: ['intake'], password: strong });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'robin.case@agency.example.org', roles: ['intake'], status: 'active', hasSecondFactor: false });
    const again = await post('/api/v1/users', { email: 'robin.case@agency.example.org', displayName: 'Robin', roles: [], password: strong });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('users.email_taken');
    const weak = await post('/api/v1/users', { email: 'weak@agency.example.org', displayName: 'Weak', roles: [], password: 'password1234' }, 'fr-CA');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().detail).toContain('trop courant');
    const short = await post('/api/v1/users', { email: 'short@agency.example.org', displayName: 'Short', roles: [], password: 'short-one' });
    expect(short.json().detail).toContain('at least 12 characters');
    const role = await post('/api/v1/users', { email: 'role@agency.example.org', displayName: 'Role', roles: ['superuser'], password: strong });
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0]).toMatchObject({ path: 'body.roles.0', code: 'invalid_value' });
  });

  it('changes roles with a version check, and keeps an admin from locking themselves out', async () => {
    const user = (await post('/api/v1/users', { email: 'sam@agency.example.org', displayName: 'Sam', roles: ['facilitator'], password: strong })).json();
    const put = (payload: unknown, id = user.id) => app.inject({ method: 'PUT', url: `/api/v1/users/${id}/roles`, payload: payload as object, headers: admin.headers });
    const changed = await put({ roles: ['facilitator', 'finance'], version: user.version });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().roles).toEqual(['facilitator', 'finance']);
    const stale = await put({ roles: ['intake'], version: user.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('users.stale_version');
    const mixed = await put({ roles: ['facilitator', 'partner_contact_lead'], version: changed.json().version });
    expect(mixed.statusCode).toBe(422);
    const unchanged = (await app.inject({ url: '/api/v1/users', headers: admin.headers })).json().find((u: { id: string }) => u.id === user.id);
    expect(unchanged.roles).toEqual(['facilitator', 'finance']);
    const self = (await app.inject({ url: '/api/v1/users', headers: admin.headers })).json().find((u: { id: string }) => u.id === admin.userId);
    expect((await put({ roles: ['manager'], version: self.version }, admin.userId)).json().code).toBe('users.cannot_remove_own_admin');
    expect((await post(`/api/v1/users/${admin.userId}/disable`, { version: self.version })).json().code).toBe('users.cannot_disable_self');
    expect((await post(`/api/v1/users/not-a-uuid/disable`, { version: 1 })).statusCode).toBe(400);
    expect((await post(`/api/v1/users/00000000-0000-4000-8000-000000000000/disable`, { version: 1 })).statusCode).toBe(404);
  });
});

describe('helping a locked-out colleague', () => {
  it('shows one account (audited), lifts a pause, and sets a temporary password that works at once', async () => {
    const user = (await post('/api/v1/users', { email: 'locked@agency.example.org', displayName: 'Locked Out', roles: ['facilitator'], password: strong })).json();
    await database.kysely.updateTable('app_user').set({ locked_until: new Date('2026-11-21T16:00:00Z'), lockout_level: 2 }).where('id', '=', user.id).execute();
    const seen = await app.inject({ url: `/api/v1/users/${user.id}`, headers: admin.headers });
    expect(seen.json().lockedUntil).toBe('2026-11-21T16:00:00.000Z');
    const unlocked = await post(`/api/v1/users/${user.id}/unlock`, { version: seen.json().version });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    const weak = await post(`/api/v1/users/${user.id}/password`, { password: 'locked-out-1234', version: unlocked.json().version });
    expect(weak.json()).toMatchObject({ code: 'users.password_weak' });
    const reset = await post(`/api/v1/users/${user.id}/password`, { password: 'Fresh-Start-Passphrase-3', version: unlocked.json().version });
    expect(reset.statusCode).toBe(200);
    const agency = await database.kysely.selectFrom('agency').select('slug').where('id', '=', admin.agencyId).executeTakeFirstOrThrow();
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { agency: agency.slug, email: 'locked@agency.example.org', password: 'Fresh-Start-Passphrase-3' } });
    expect(signIn.statusCode).toBe(200);
    const views = await database.kysely.selectFrom('audit_event').select('subject_id').where('type', '=', 'record.viewed').where('subject_id', '=', user.id).execute();
    expect(views).toHaveLength(1);
  });
});

describe('agency settings', () => {
  it('starts from the defaults, saves with a version check, and audits each change', async () => {
    const defaults = await app.inject({ url: '/api/v1/settings', headers: admin.headers });
    const partnerContact = { partnerFirstContactDays: 7, partnerMinContacts: 4, partnerContactWeeks: 12, partnerPreferenceMaxAgeDays: 90, partnerLetterAfterAttempts: 3, timeZone: 'America/Toronto' };
    expect(defaults.json()).toEqual({ mfaRequired: true, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, intakeDueDays: 14, ...partnerContact, version: 0 });
    const put = (payload: unknown) => app.inject({ method: 'PUT', url: '/api/v1/settings', payload: payload as object, headers: admin.headers });
    const saved = await put({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, version: 0 });
    expect(saved.statusCode).toBe(200);
    // Partner Contact settings left out keep their values; given, they are saved and audited.
    expect(saved.json()).toEqual({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, ...partnerContact, version: 1 });
    const partnerSaved = await put({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, partnerMinContacts: 6, version: 1 });
    expect(partnerSaved.json()).toEqual({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, ...partnerContact, partnerMinContacts: 6, version: 2 });
    expect((await put({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, partnerPreferenceMaxAgeDays: 3, version: 2 })).statusCode).toBe(400);
    expect((await put({ mfaRequired: true, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, version: 0 })).statusCode).toBe(409);
    expect((await put({ mfaRequired: true, sessionIdleMinutes: 2, sessionAbsoluteHours: 12, intakeDueDays: 10, version: 2 })).statusCode).toBe(400);
    expect((await put({ mfaRequired: true, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 0, version: 2 })).statusCode).toBe(400);
    // The agency's day: a zone the runtime does not know is refused in words; a real one is saved on the agency.
    const unknownZone = await put({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, timeZone: 'Mars/Olympus_Mons', version: 2 });
    expect(unknownZone.statusCode).toBe(400);
    expect(JSON.stringify(unknownZone.json())).toContain('Choose a time zone such as America/Toronto.');
    const zoned = await put({ mfaRequired: false, sessionIdleMinutes: 20, sessionAbsoluteHours: 12, intakeDueDays: 10, timeZone: 'America/Winnipeg', version: 2 });
    expect(zoned.json()).toMatchObject({ timeZone: 'America/Winnipeg', version: 3 });
    const session = await app.inject({ url: '/api/v1/auth/session', headers: admin.headers });
    expect(session.json()).toMatchObject({ agency: { timeZone: 'America/Winnipeg' } });
    const events = await database.kysely
      .selectFrom('audit_event')
      .select('details')
      .where('agency_id', '=', admin.agencyId)
      .where('type', '=', 'setting.changed')
      .execute();
    expect(events.map((event) => event.details)).toEqual(
      expect.arrayContaining([
        { setting: 'mfa_required', from: true, to: false },
        { setting: 'session_idle_minutes', from: 30, to: 20 },
        { setting: 'intake_due_days', from: 14, to: 10 },
        { setting: 'partner_min_contacts', from: 4, to: 6 },
        { setting: 'time_zone', from: 'America/Toronto', to: 'America/Winnipeg' },
      ]),
    );
  });
});
