import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the test server received. */
export interface ReceivedRequest {
  readonly path: string;
  readonly query: URLSearchParams;
}

/** A local HTTP symbol server for tests: routes map a path to a handler. */
export interface SymbolServer {
  readonly baseUrl: string;
  readonly requests: ReceivedRequest[];
  /** Most requests in progress at the same time. */
  readonly maxConcurrent: () => number;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1, port 0. Unknown paths answer 404. */
export async function startSymbolServer(
  routes: Record<string, (request: IncomingMessage, response: ServerResponse) => unknown>,
): Promise<SymbolServer> {
  const requests: ReceivedRequest[] = [];
  let active = 0;
  let maxActive = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push({ path: url.pathname, query: url.searchParams });
    active++;
    maxActive = Math.max(maxActive, active);
    response.on('close', () => active--);
    const route = routes[url.pathname];
    if (route === undefined) {
      response.statusCode = 404;
      response.end('Symbol Not Found');
      return;
    }
    void Promise.resolve(route(request, response)).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/symbols`,
    requests,
    maxConcurrent: () => maxActive,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
