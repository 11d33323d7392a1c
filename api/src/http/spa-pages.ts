/**
 * Deep links into the web app: a browser that opens `/report/index/<id>` or `/search/?…`
 * directly (a bookmark, a link in a bug) gets the SPA's index.html, and the SPA shows the page
 * the path names. Only GET/HEAD requests that accept HTML and are not API or service routes get
 * it; anything else still gets the JSON 404 (a script asking for a wrong URL must not receive a
 * web page with status 200).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Paths that are never web-app pages. */
const NON_PAGE_PREFIXES = ['/api/', '/graphql', '/assets/', '/__', '/metrics'];

/** Whether the request is a browser asking for a page of the web app. */
export function isSpaPageRequest(request: Pick<FastifyRequest, 'url' | 'headers'>): boolean {
  const path = request.url.split('?')[0] ?? '';
  if (NON_PAGE_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

/**
 * Registers the catch-all GET route. Files of the build are routes of their own (registered
 * by @fastify/static), which the router prefers over this wildcard.
 */
export function registerSpaPages(app: FastifyInstance): void {
  app.get('/*', (request, reply) => {
    if (!isSpaPageRequest(request)) return reply.callNotFound();
    // index.html names the hashed assets of the current build: never cache it.
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', { cacheControl: false });
  });
}
