import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, scriptHash } from '../scripts/csp';
import { MAP_SHELL_SCRIPT } from '../src/lib/map-shell/script';

const transform = (html: string) =>
  (contentSecurityPolicy().transformIndexHtml as { handler: (html: string) => string }).handler(html);
const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the Content Security Policy', () => {
  it('allows nothing from elsewhere, no inline code but the map shell’s script, no plugins, no base or form tricks', () => {
    const shellScript = scriptHash(MAP_SHELL_SCRIPT);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(["'self'", "'none'", 'data:', 'blob:', shellScript], `${name} ${source}`).toContain(source);
    }
    expect(directives.get('script-src')).toEqual(["'self'", shellScript]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('goes into index.html right after the charset, before any script or stylesheet', () => {
    const html = transform(readFileSync('index.html', 'utf8'));
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('refuses a page with an inline script that the policy would silently block, and lets the shell’s through', () => {
    expect(() => transform('<head><meta charset="utf-8" /><script>boot()</script></head>')).toThrow(/inline script/);
    // One character off the shell's script is another script.
    expect(() => transform(`<head><meta charset="utf-8" /><script>${MAP_SHELL_SCRIPT};</script></head>`)).toThrow(/inline script/);
    expect(transform(`<head><meta charset="utf-8" /></head><body><script>${MAP_SHELL_SCRIPT}</script></body>`)).toContain(MAP_SHELL_SCRIPT);
    expect(() => transform('<head><title>x</title></head>')).toThrow(/charset/);
  });
});
