/**
 * The headers the app is served with, in one place: `npm start` (vite preview) sends them,
 * the build writes them to `dist/_headers` (read by Netlify and Cloudflare Pages), and the
 * page's `<meta>` policy is the same Content-Security-Policy, for hosts that send no headers.
 * Article text is untrusted input: no inline script, no remote loads, no framing.
 */

/** The page's policy, as the `<meta>` element can carry it. */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The response headers: the policy with `frame-ancestors` (a `<meta>` cannot set it), and more. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${PAGE_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * The `_headers` file of Netlify and Cloudflare Pages: every path gets the headers.
 *
 * @example headersFile().split('\n')[0] // '/*'
 */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
