import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarFeedCreated, createCalendarFeed, renderCalendarFeed, revokeCalendarFeed } from '../../core/groups/calendar-feed.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['calendar'];
const Empty = z.strictObject({});

/**
 * The facilitator's calendar feed: a secret address a calendar app fetches without a session.
 * Creating and revoking it need a session; fetching it needs only the address, so it is
 * rate-limited per client like sign-in, and its path is redacted from the logs (logger-options.ts).
 */
export function registerCalendarRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // Calendar services fetch many people's feeds from few addresses: more room than sign-in gets.
  const limited = { rateLimit: { max: Math.max(60, deps.config.signInRateLimit ?? 0), timeWindow: '1 minute' } };

  typed.post('/me/calendar-feed', { config: access.permission('group.read'), schema: { tags, summary: 'Create (or replace) your secret calendar address; it is shown once', body: Empty.nullish(), response: { 201: CalendarFeedCreated } } }, async (request, reply) => {
    const created = await createCalendarFeed(staffContext(request, deps));
    return reply.status(201).header('cache-control', 'no-store').send(created);
  });

  typed.delete('/me/calendar-feed', { config: access.permission('group.read'), schema: { tags, summary: 'Turn your calendar address off', body: Empty.nullish() } }, async (request, reply) => {
    await revokeCalendarFeed(staffContext(request, deps));
    return reply.status(204).send();
  });

  typed.get('/calendar/:feedToken', { config: { ...access.public, ...limited }, schema: { tags, summary: 'The sessions of the groups you facilitate (iCalendar), for a calendar app', params: z.object({ feedToken: z.string() }), produces: ['text/calendar'] } }, async (request, reply) => {
    const ics = await renderCalendarFeed({ kysely: deps.kysely, now: deps.clock.now() }, request.params.feedToken);
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(ics);
  });
}
