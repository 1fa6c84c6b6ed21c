// The app's own endpoint for "Add by address", served by `npm start` (vite preview) and the dev
// server: GET <app>/api/page?url=ADDRESS answers with the page's HTML or why it was refused, as
// JSON; GET <app>/api/page without an address says the endpoint is there (the app asks, and on a
// static host, where nothing answers, explains that fetching needs this server).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LookupAddress } from 'node:dns';
import { fetchPage, type FetchOptions } from './fetch-page.ts';

/** The path the endpoint answers at, under the app's own path. */
export const PAGE_ENDPOINT = 'api/page';

/** A public address the fixture site's names stand for (never dialled: the site is dialled). */
const FIXTURE_PUBLIC = '1.2.3.4';

/**
 * Tests: with PARALLAX_FIXTURE_SITE set, names under `.fixture.test` (a name that can never be
 * registered) lead to the fixture site on this computer: `private.fixture.test` to a private
 * address, every other to a public one that is dialled as 127.0.0.1. Other names, and every
 * address written as such, are checked as always.
 */
export function fixtureOptions(enabled: boolean): FetchOptions {
  if (!enabled) return {};
  return {
    resolve: (host): Promise<LookupAddress[]> => {
      if (!host.endsWith('.fixture.test')) return Promise.reject(new Error('not a fixture name'));
      const address =
        host === 'private.fixture.test'
          ? '10.0.0.7'
          : host === 'link-local.fixture.test'
            ? '169.254.1.1'
            : FIXTURE_PUBLIC;
      return Promise.resolve([{ address, family: 4 }]);
    },
    dial: (checked) => (checked === FIXTURE_PUBLIC ? '127.0.0.1' : checked),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(json);
}

/**
 * The endpoint as a Connect middleware (what Vite's servers take).
 *
 * @example server.middlewares.use(pageEndpoint())
 */
export function pageEndpoint(
  options: FetchOptions = fixtureOptions(!!process.env.PARALLAX_FIXTURE_SITE),
) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const url = new URL(request.url ?? '/', 'http://app');
    if (!url.pathname.endsWith(`/${PAGE_ENDPOINT}`)) {
      next();
      return;
    }
    if (request.method !== 'GET') {
      send(response, 405, { ok: false, message: 'Only GET is answered here.' });
      return;
    }
    const address = url.searchParams.get('url');
    if (address === null) {
      send(response, 200, { ok: true, service: 'parallax-page' });
      return;
    }
    void fetchPage(address, options).then((result) => {
      if (result.ok) send(response, 200, result);
      else send(response, result.status, { ok: false, message: result.message });
    });
  };
}
