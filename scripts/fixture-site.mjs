// A small web site on this computer for the tests of "Add by address": a news page, and pages
// the app's server must refuse (too large, too slow, a PDF, redirects to private addresses).
// `node scripts/fixture-site.mjs PORT` serves it (the e2e tests start it); the unit tests import
// `startFixtureSite`. The app reaches it under names ending in `.fixture.test` only when its
// server is started with PARALLAX_FIXTURE_SITE set (see src/server/page-endpoint.ts).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const root = new URL('..', import.meta.url).pathname;
const article = readFileSync(`${root}fixtures/reader-pages/newscms-jsonld-bridge.html`);

/** The routes of the fixture site. */
function handle(request, response) {
  const path = new URL(request.url ?? '/', 'http://fixture').pathname;
  const send = (status, type, body) => {
    response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
  const redirect = (location) => {
    response.writeHead(302, { location });
    response.end();
  };
  switch (path) {
    case '/news/kestrel-bridge.html':
      return send(200, 'text/html; charset=utf-8', article);
    case '/news/moved':
      return redirect('/news/kestrel-bridge.html');
    case '/big.html': {
      // 3 MB with no length announced: the limit must hold while reading.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'Filler text of an endless page. '.repeat(1000)}</p>\n`;
      const write = (left) => {
        if (left <= 0 || response.destroyed) return response.end();
        response.write(chunk, () => write(left - chunk.length));
      };
      return write(3 * 1024 * 1024);
    }
    case '/slow.html':
      // Sends the head, then nothing for a minute.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>Loading');
      setTimeout(() => response.end('</p></body></html>'), 60_000).unref();
      return;
    case '/report.pdf':
      return send(200, 'application/pdf', '%PDF-1.4\n%fixture\n');
    case '/to-loopback':
      return redirect(`http://127.0.0.1:${request.socket.localPort}/news/kestrel-bridge.html`);
    case '/to-private':
      return redirect('http://10.0.0.1/news/kestrel-bridge.html');
    case '/to-link-local':
      return redirect('http://169.254.169.254/latest/meta-data/');
    default:
      return send(404, 'text/html', '<h1>Not found</h1>');
  }
}

/**
 * Starts the fixture site on 127.0.0.1 (port 0: any free one).
 *
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export function startFixtureSite(port = 0) {
  const server = createServer(handle);
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port } = await startFixtureSite(Number(process.argv[2] ?? 0));
  console.log(`fixture site on http://127.0.0.1:${port}/`);
}
