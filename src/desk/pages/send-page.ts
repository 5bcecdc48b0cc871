import type { FastifyReply } from 'fastify';

/** A rendered page: HTML, never cached (pages show live data and carry the session's CSRF token). */
export function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
}
