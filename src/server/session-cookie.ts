import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'pars_session';

/** Sets the session cookie: HttpOnly, SameSite=Strict, and Secure whenever served over HTTPS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  void reply.setCookie(sessionCookieName, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/' });
}
