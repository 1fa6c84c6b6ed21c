/** Where the app's own server answers for "Add by address": beside the app, whatever its path. */
export const PAGE_SERVICE_PATH = 'api/page';

/** What the page service answered: the page's HTML and its final address, or why not. */
export type PageAnswer = { ok: true; url: string; html: string } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether this copy of the app has its own server to fetch pages with (`npm start`): a static
 * host answers the probe with its 404 page or nothing at all.
 */
export async function hasPageService(base: string = import.meta.env.BASE_URL): Promise<boolean> {
  try {
    const response = await fetch(`${base}${PAGE_SERVICE_PATH}`, { cache: 'no-store' });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return isRecord(body) && body.service === 'parallax-page';
  } catch {
    return false;
  }
}

/**
 * Asks the app's server for the page at an address.
 *
 * @example await fetchViaServer('https://example.com/story') // { ok: true, url, html } or { ok: false, message }
 */
export async function fetchViaServer(
  address: string,
  base: string = import.meta.env.BASE_URL,
): Promise<PageAnswer> {
  let body: unknown;
  try {
    const response = await fetch(`${base}${PAGE_SERVICE_PATH}?url=${encodeURIComponent(address)}`, {
      cache: 'no-store',
    });
    body = await response.json();
  } catch {
    return {
      ok: false,
      message: 'The app’s server did not answer: is `npm start` still running?',
    };
  }
  if (isRecord(body) && body.ok === true && typeof body.html === 'string') {
    return { ok: true, url: typeof body.url === 'string' ? body.url : address, html: body.html };
  }
  if (isRecord(body) && typeof body.message === 'string')
    return { ok: false, message: body.message };
  return { ok: false, message: 'The app’s server gave an answer it could not read.' };
}

/**
 * A file name for a fetched page, from its address: "harbourpost.com-bridge-closed.html".
 *
 * @example pageFileName('https://www.harbourpost.com/2024/05/bridge-closed/') // 'harbourpost.com-bridge-closed.html'
 */
export function pageFileName(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'page.html';
  }
  const host = url.hostname.replace(/^www\d*\./, '');
  const last = url.pathname
    .split('/')
    .filter(Boolean)
    .pop()
    ?.replace(/\.[a-z]{2,5}$/i, '')
    .replace(/[^\w-]+/g, '-')
    .slice(0, 60);
  return `${[host, last].filter(Boolean).join('-')}.html`;
}
