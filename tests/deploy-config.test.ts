import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { DEPLOY_CONFIGS, headerPolicy, withPolicy } from '../scripts/deploy-config';

describe('the web server configurations in deploy/', () => {
  it.each(DEPLOY_CONFIGS)('%s sends the policy of the built index.html, plus frame-ancestors', (file) => {
    const config = readFileSync(file, 'utf8');
    expect(headerPolicy(config), `${file} is stale: run npm run deploy-config`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('rewrites a stale policy and keeps the host’s embedding list', () => {
    const stale = `add_header Content-Security-Policy "default-src *; frame-ancestors 'self' https://a.fr" always;`;
    expect(withPolicy(stale, "default-src 'none'")).toBe(
      `add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'self' https://a.fr" always;`,
    );
  });

  it('refuses a configuration where it cannot tell which header to rewrite', () => {
    expect(() => withPolicy('add_header Content-Security-Policy "default-src *" always;')).toThrow(/found 0/);
    const twice = `Content-Security-Policy "a; frame-ancestors b"\nContent-Security-Policy "a; frame-ancestors b"`;
    expect(() => withPolicy(twice)).toThrow(/found 2/);
  });
});
