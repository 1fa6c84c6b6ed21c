// Fetching a web page for the app, on the app's own local server (`npm start`): the browser
// cannot read another site's page itself. Only public web pages are fetched: http(s) only; every
// address a name resolves to is checked before connecting, at every redirect (the connection
// uses the address that was checked, so a name cannot resolve to a public address for the check
// and a private one for the connection); size, time and type are capped. Every refusal is one
// plain sentence for the reader.
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { formatMegabytes, MAX_ARTICLE_BYTES } from '../core/limits.ts';

/** The largest page fetched, in bytes (after decompression): the app's limit per article. */
export const MAX_PAGE_BYTES = MAX_ARTICLE_BYTES;
/** How long a fetch may take in all, redirects included. */
export const FETCH_TIMEOUT_MS = 10_000;
/** How many redirects are followed. */
export const MAX_REDIRECTS = 5;

/** A fetched page, or why it was not fetched. */
export type FetchResult =
  { ok: true; url: string; html: string } | { ok: false; status: number; message: string };

/** What a fetch may be told; tests hand in a resolver for their fixture site. */
export type FetchOptions = {
  /** Resolves a host name to its addresses (the system's resolver unless given). */
  resolve?: (host: string) => Promise<LookupAddress[]>;
  /**
   * Tests: the address to connect to for one that passed the checks (their fixture site stands
   * on this computer behind names that resolve to a public address). None unless given.
   */
  dial?: (checked: string) => string;
  timeoutMs?: number;
  maxBytes?: number;
};

class Refusal extends Error {
  constructor(
    message: string,
    readonly status = 422,
  ) {
    super(message);
  }
}

const systemResolve = (host: string): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

/**
 * Why an address may not be fetched from ("a loopback address"), or null for a public one.
 * Only ipaddr.js's "unicast" range is public; an IPv4 address written as IPv6 is read as IPv4.
 *
 * @example forbiddenAddress('10.1.2.3') // 'a private network address'
 */
export function forbiddenAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an Internet address';
  const range = ipaddr.process(address).range();
  switch (range) {
    case 'unicast':
      return null;
    case 'loopback':
      return 'a loopback address (this computer)';
    case 'private':
    case 'uniqueLocal':
    case 'carrierGradeNat':
      return 'a private network address';
    case 'linkLocal':
      return 'a link-local address';
    case 'multicast':
      return 'a multicast address';
    default:
      return `a reserved address (${range})`;
  }
}

/** The URL, if it is one this server may fetch; else a refusal. */
function checkedUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Refusal('That is not a web address: it should start with http:// or https://.', 400);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Refusal(
      `Only web addresses (http:// or https://) can be fetched, not ${url.protocol.replace(/:$/, '')}: addresses.`,
      400,
    );
  }
  if (url.username || url.password) {
    throw new Refusal('Addresses with a user name or password are not fetched.', 400);
  }
  return url;
}

/**
 * A lookup for the connection that resolves the host, refuses it when any of its addresses is
 * not public, and connects to the first checked address.
 */
function guardedLookup(
  resolve: NonNullable<FetchOptions['resolve']>,
  dial: (checked: string) => string,
  refused: (error: Refusal) => void,
): LookupFunction {
  return (host, options, callback) => {
    const name = host.replace(/^\[|\]$/g, '');
    const literal = ipaddr.isValid(name);
    const found: Promise<LookupAddress[]> = literal
      ? Promise.resolve([{ address: name, family: name.includes(':') ? 6 : 4 }])
      : resolve(name);
    found.then(
      (addresses) => {
        const first = addresses[0];
        if (!first) throw new Error('no address');
        for (const { address } of addresses) {
          const why = forbiddenAddress(address);
          if (why) {
            const error = new Refusal(
              literal
                ? `${name} is ${why}: only public web pages are fetched.`
                : `${name} leads to ${why} (${address}): only public web pages are fetched.`,
              403,
            );
            refused(error);
            callback(error, '', 4);
            return;
          }
        }
        const dialled = addresses.map((a) => ({ ...a, address: dial(a.address) }));
        if (options.all) callback(null, dialled);
        else callback(null, dial(first.address), first.family);
      },
      () => {
        const error = new Refusal(`${name} could not be found (no such site).`, 502);
        refused(error);
        callback(error, '', 4);
      },
    );
  };
}

/** The charset a Content-Type header or the page's own <meta> declares, if TextDecoder knows it. */
function charsetOf(contentType: string, head: Uint8Array): string {
  const declared =
    /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(head))?.[1];
  if (declared) {
    try {
      new TextDecoder(declared);
      return declared;
    } catch {
      // An unknown label: read as UTF-8.
    }
  }
  return 'utf-8';
}

/** Reads a response's body, decompressed, refusing it past `maxBytes`. */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  const stream = decoder ? response.pipe(decoder) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        decoder?.destroy();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    stream.on('error', () => reject(new Refusal('The page could not be read to its end.', 502)));
  });
}

const tooLarge = (maxBytes: number) =>
  new Refusal(
    `The page is larger than ${formatMegabytes(maxBytes, 'short')}, the most an article may be.`,
    413,
  );

/** One request, without following redirects. */
function request(
  url: URL,
  options: Required<FetchOptions>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  // A connection to an address written as such resolves nothing: it is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(literal)) {
    const why = forbiddenAddress(literal);
    if (why) {
      return Promise.reject(
        new Refusal(`${literal} is ${why}: only public web pages are fetched.`, 403),
      );
    }
  }
  return new Promise((resolve, reject) => {
    let refusal: Refusal | null = null;
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        lookup: guardedLookup(options.resolve, options.dial, (error) => (refusal = error)),
        signal,
        headers: {
          'user-agent': 'Parallax/0.1 (article reader; +local)',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', (error) => {
      if (refusal) reject(refusal);
      else if (signal.aborted) reject(timeout(options.timeoutMs));
      else reject(new Refusal(`The site could not be reached (${error.message}).`, 502));
    });
  });
}

const timeout = (ms: number) =>
  new Refusal(`The site took longer than ${ms / 1000} seconds to send the page.`, 504);

/**
 * Fetches the web page at an address for the app: follows up to five redirects, checking each
 * new address as the first; returns the page's HTML decoded by its declared charset, or a
 * refusal in one plain sentence.
 */
export async function fetchPage(address: string, given: FetchOptions = {}): Promise<FetchResult> {
  const options: Required<FetchOptions> = {
    resolve: given.resolve ?? systemResolve,
    dial: given.dial ?? ((checked) => checked),
    timeoutMs: given.timeoutMs ?? FETCH_TIMEOUT_MS,
    maxBytes: given.maxBytes ?? MAX_PAGE_BYTES,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let url = checkedUrl(address);
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, options, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= MAX_REDIRECTS) {
          throw new Refusal(`The site redirected more than ${MAX_REDIRECTS} times.`, 508);
        }
        url = checkedUrl(new URL(response.headers.location, url).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new Refusal(`The site answered ${status}: there is no page to read there.`, 502);
      }
      const type = String(response.headers['content-type'] ?? '');
      const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
      if (mime !== 'text/html' && mime !== 'application/xhtml+xml') {
        response.resume();
        throw new Refusal(
          `That address holds ${mime ? `a file of type ${mime}` : 'something'}, not a web page: only HTML pages are read. Save or copy the article's text instead.`,
          415,
        );
      }
      const length = Number(response.headers['content-length'] ?? 0);
      if (length > options.maxBytes) {
        response.destroy();
        throw tooLarge(options.maxBytes);
      }
      const body = await readBody(response, options.maxBytes).catch((error: unknown) => {
        throw controller.signal.aborted ? timeout(options.timeoutMs) : error;
      });
      const html = new TextDecoder(charsetOf(type, body.subarray(0, 2048))).decode(body);
      return { ok: true, url: url.href, html };
    }
  } catch (error) {
    if (error instanceof Refusal)
      return { ok: false, status: error.status, message: error.message };
    if (controller.signal.aborted) {
      const late = timeout(options.timeoutMs);
      return { ok: false, status: late.status, message: late.message };
    }
    return { ok: false, status: 502, message: 'The page could not be fetched.' };
  } finally {
    clearTimeout(timer);
  }
}
