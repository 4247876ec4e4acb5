import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { DestinationStream } from 'pino';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Keyring } from '../core/crypto/keyring.js';
import { type Clock, systemClock } from '../core/shared/index.js';
import type { Database } from '../db/database.js';
import { loadMigrations } from '../db/migrate.js';
import { enforceAccess } from './enforce-access.js';
import { registerErrorHandler, registerNotFoundHandler } from './error-handler.js';
import { refuseNulCharacters } from './refuse-nul-characters.js';
import { registerAuditRoutes } from './routes/audit-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerDocumentRoutes } from './routes/document-routes.js';
import { registerIntakeRoutes } from './routes/intake-routes.js';
import { registerPartnerRoutes } from './routes/partner-routes.js';
import { registerPartnerContactRoutes } from './routes/partner-contact-routes.js';
import { registerReferralRoutes } from './routes/referral-routes.js';
import { registerSettingsRoutes } from './routes/settings-routes.js';
import { registerUserRoutes } from './routes/user-routes.js';
import { registerProgramRoutes } from './routes/program-routes.js';
import { registerGroupRoutes } from './routes/group-routes.js';
import { registerAttendanceRoutes } from './routes/attendance-routes.js';
import { registerCalendarRoutes } from './routes/calendar-routes.js';
import { registerPackRoutes } from './routes/pack-routes.js';
import { registerResourceHsdsRoutes } from './routes/resource-hsds-routes.js';
import { registerResourceRoutes } from './routes/resource-routes.js';
import { registerDisclosureRoutes } from './routes/disclosure-routes.js';
import { registerPartnerRecordRoutes } from './routes/partner-record-routes.js';
import { registerFeeReportRoutes } from './routes/fee-report-routes.js';
import { registerFeeRoutes } from './routes/fee-routes.js';
import { registerSafetyPlanRoutes } from './routes/safety-plan-routes.js';
import { registerReportRoutes } from './routes/report-routes.js';
import { registerStatisticsRoutes } from './routes/statistics-routes.js';
import { registerComplianceRoutes } from './routes/compliance-routes.js';
import { registerAuditAccessRoutes } from './routes/audit-access-routes.js';
import { loggerOptions } from './logger-options.js';
import { registerMetrics } from './metrics.js';
import { registerOpenApi } from './openapi.js';
import { requestLocale } from './request-context.js';
import type { RouteDeps } from './route-deps.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerStatusRoutes } from './routes/status-routes.js';
import type { ServerConfig } from './server-config.js';
import { registerWebApp } from './web-app.js';

const requestIdPattern = /^[A-Za-z0-9._:-]{8,64}$/;

/** Builds the HTTP server around an open, migrated database. Listening is the caller's choice. */
export async function buildServer(options: {
  database: Database;
  config: ServerConfig;
  keyring: Keyring;
  clock?: Clock;
  /** Where log lines go (stdout by default); tests read them to prove what never appears. */
  logStream?: DestinationStream;
}): Promise<FastifyInstance> {
  const { database, config } = options;
  const app = Fastify({
    logger: loggerOptions(config.logLevel ?? 'info', options.logStream),
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 1_048_576,
    // A caller's request id (from a proxy) is kept when it is well-formed, so logs join up.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    // Probes poll every few seconds; their lines would drown the ones that matter.
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: (request) => /^\/(livez|readyz|metrics)\b/.test(request.url),
    }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('locale', 'en-CA');
  // The API speaks JSON only; other bodies are refused as unsupported rather than half-parsed.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    request.locale = requestLocale(request);
    // `lang` is for every route, not part of any route's query contract: take it out before validation.
    const query = request.query as Record<string, unknown> | undefined;
    if (query && 'lang' in query) delete query.lang;
    void reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // HTTPS is the reverse proxy's job; upgrading here would break plain-HTTP LAN installs.
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only means something over HTTPS, which a reverse proxy terminates in production.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  });

  const migrations = Object.keys(await loadMigrations()).sort();
  const deps: RouteDeps = {
    kysely: database.kysely,
    dialect: database.dialect,
    clock: options.clock ?? systemClock,
    keyring: options.keyring,
    config,
    latestMigration: migrations.at(-1) ?? '',
  };

  registerErrorHandler(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // Before any route: the access rule of every route is checked as it is registered.
  enforceAccess(app, deps);
  refuseNulCharacters(app);
  await registerOpenApi(app, config.version);
  registerMetrics(app);
  registerHealthRoutes(app, deps);
  await app.register(
    async (api) => {
      registerStatusRoutes(api, deps);
      registerAuthRoutes(api, deps);
      registerUserRoutes(api, deps);
      registerSettingsRoutes(api, deps);
      registerPartnerRoutes(api, deps);
      registerPartnerContactRoutes(api, deps);
      registerAuditRoutes(api, deps);
      registerReferralRoutes(api, deps);
      // Its own scope: multipart bodies are accepted by the document routes and nowhere else.
      await api.register((scope) => registerDocumentRoutes(scope, deps));
      registerIntakeRoutes(api, deps);
      registerProgramRoutes(api, deps);
      registerGroupRoutes(api, deps);
      registerAttendanceRoutes(api, deps);
      registerCalendarRoutes(api, deps);
      registerResourceHsdsRoutes(api, deps);
      registerResourceRoutes(api, deps);
      registerPackRoutes(api, deps);
      registerSafetyPlanRoutes(api, deps);
      registerDisclosureRoutes(api, deps);
      registerPartnerRecordRoutes(api, deps);
      registerFeeReportRoutes(api, deps);
      registerFeeRoutes(api, deps);
      registerReportRoutes(api, deps);
      registerStatisticsRoutes(api, deps);
      registerComplianceRoutes(api, deps);
      registerAuditAccessRoutes(api, deps);
    },
    { prefix: '/api/v1' },
  );
  const spaFallback = await registerWebApp(app, config.webRoot);
  registerNotFoundHandler(app, { spaFallback });
  return app;
}
