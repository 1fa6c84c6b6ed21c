import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_POLICY, SECURITY_HEADERS, headersFile } from './security-headers';

describe('security headers', () => {
  it('send the page policy with frame-ancestors, nosniff and no referrer', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
      `${PAGE_POLICY}; frame-ancestors 'none'`,
    );
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('keep the policy free of inline code, eval and other hosts', () => {
    for (const directive of SECURITY_HEADERS['Content-Security-Policy']?.split(';') ?? []) {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      for (const source of sources) expect(source, name).toMatch(/^(?:'self'|'none'|blob:|data:)$/);
    }
  });

  it('write every header under /* in the _headers file', () => {
    const lines = headersFile().split('\n');
    expect(lines[0]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(lines).toContain(`  ${name}: ${value}`);
    }
  });

  it('leave the page a <meta> element for the build to fill with the policy', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="%PARALLAX_CSP%" />',
    );
  });
});
