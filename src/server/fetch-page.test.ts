import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSite } from '../../scripts/fixture-site.mjs';
import { fetchPage, forbiddenAddress } from './fetch-page';
import { fixtureOptions } from './page-endpoint';

let site: Awaited<ReturnType<typeof startFixtureSite>>;
let base: string;
const options = { ...fixtureOptions(true), timeoutMs: 1500 };

beforeAll(async () => {
  site = await startFixtureSite();
  base = `http://news.fixture.test:${site.port}`;
});
afterAll(() => site.close());

const refusal = async (address: string) => {
  const result = await fetchPage(address, options);
  if (result.ok) throw new Error(`fetched ${address}`);
  return result.message;
};

describe('fetchPage', () => {
  it('fetches a public page, following a redirect', async () => {
    const result = await fetchPage(`${base}/news/moved`, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.url).toBe(`${base}/news/kestrel-bridge.html`);
    expect(result.html).toContain('Cracked beams shut Kestrel Bridge');
  });

  it('fetches http and https only', async () => {
    expect(await refusal('file:///etc/passwd')).toMatch(
      /Only web addresses .* not file: addresses/,
    );
    expect(await refusal('ftp://example.com/a')).toMatch(/not ftp:/);
    expect(await refusal('not an address')).toMatch(/not a web address/);
  });

  it('refuses loopback, private, link-local and multicast addresses, however written', async () => {
    expect(await refusal(`http://127.0.0.1:${site.port}/news/kestrel-bridge.html`)).toMatch(
      /127\.0\.0\.1 is a loopback address/,
    );
    expect(await refusal('http://2130706433/')).toMatch(/loopback/);
    expect(await refusal('http://[::1]/')).toMatch(/loopback/);
    expect(await refusal('http://[::ffff:10.0.0.1]/')).toMatch(/private/);
    expect(await refusal('http://10.1.2.3/')).toMatch(/10\.1\.2\.3 is a private network address/);
    expect(await refusal('http://192.168.0.1/')).toMatch(/private/);
    expect(await refusal('http://169.254.169.254/latest/')).toMatch(/link-local/);
    expect(await refusal('http://224.0.0.1/')).toMatch(/multicast/);
  });

  it('refuses a name that resolves to a private address', async () => {
    expect(
      await refusal(`http://private.fixture.test:${site.port}/news/kestrel-bridge.html`),
    ).toMatch(/private\.fixture\.test leads to a private network address \(10\.0\.0\.7\)/);
  });

  it('checks every redirect', async () => {
    expect(await refusal(`${base}/to-loopback`)).toMatch(/loopback/);
    expect(await refusal(`${base}/to-private`)).toMatch(/10\.0\.0\.1 is a private network address/);
    expect(await refusal(`${base}/to-link-local`)).toMatch(/link-local/);
  });

  it('refuses what is not an HTML page, too large or too slow', async () => {
    expect(await refusal(`${base}/report.pdf`)).toMatch(
      /holds a file of type application\/pdf, not a web page/,
    );
    expect(await refusal(`${base}/big.html`)).toMatch(/larger than 2 MB/);
    const started = Date.now();
    expect(await refusal(`${base}/slow.html`)).toMatch(/longer than 1\.5 seconds/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await refusal(`${base}/missing`)).toMatch(/answered 404/);
  });

  it('names why an address is not public', () => {
    expect(forbiddenAddress('93.184.215.14')).toBeNull();
    expect(forbiddenAddress('fd00::1')).toMatch(/private/);
    expect(forbiddenAddress('ff02::1')).toMatch(/multicast/);
    expect(forbiddenAddress('0.0.0.0')).toMatch(/reserved/);
  });
});
