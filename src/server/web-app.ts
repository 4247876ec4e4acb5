import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { access } from './route-access.js';

const serverPrefixes = ['/api/', '/api', '/livez', '/readyz', '/metrics'];

/**
 * Serves the built web app and answers its client-side routes with index.html. Returns the
 * fallback the not-found handler uses; API paths never fall back (they get problem JSON).
 */
export async function registerWebApp(
  app: FastifyInstance,
  webRoot: string | undefined,
): Promise<(request: FastifyRequest, reply: FastifyReply) => boolean> {
  const indexPath = webRoot ? join(webRoot, 'index.html') : undefined;
  const index = indexPath && existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : undefined;
  if (webRoot && index) {
    // One wildcard route (declared public in enforce-access.ts); a missing file falls through to the
    // not-found handler, which answers client-side routes with index.html.
    await app.register(fastifyStatic, { root: webRoot, index: false, wildcard: true, maxAge: '1h' });
    app.get('/', { config: access.public, schema: { hide: true } }, (_request, reply) => sendIndex(reply, index));
  } else {
    app.get('/', { config: access.public, schema: { hide: true } }, (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><title>PARS</title></head><body><main><h1>PARS</h1>' +
            '<p>The web app is not built. Run <code>npm run build:web</code>.</p><p lang="fr-CA">L\'application web n\'est pas construite. Exécutez <code>npm run build:web</code>.</p></main></body></html>',
        ),
    );
  }
  return (request, reply) => {
    if (!index || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    const path = request.url.split('?')[0] ?? '';
    if (serverPrefixes.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return false;
    if (!(request.headers.accept ?? '').includes('text/html')) return false;
    void sendIndex(reply, index);
    return true;
  };
}

function sendIndex(reply: FastifyReply, index: string): FastifyReply {
  // index.html is never cached, so a new release's assets are picked up at once.
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
}
