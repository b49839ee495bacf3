import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp';
import { serveDirectory, type StaticServer } from '../../scripts/static-server';
import { browserTestsEnabled, launchChromium } from './chromium';
import { interiorPoint, openApp, pixelOf, SHOT_DIR, territoryProperties } from './app';
import { recordViolations, violations } from './csp-violations';
import { get, nginxTestsEnabled, serveWithNginx, type NginxSite } from './nginx';


/** The path of the one built file whose name matches. */
function built(name: RegExp): string {
  const found = readdirSync('dist/assets').filter((f) => name.test(f));
  if (found.length !== 1) throw new Error(`dist/assets: expected one file matching ${name}, found ${found.join(', ') || 'none'}`);
  return `assets/${found[0]}`;
}
const onDisk = (path: string) => readFileSync(`dist/${path}`);

describe.runIf(browserTestsEnabled() && nginxTestsEnabled())('deployment: dist/ served by deploy/nginx.conf', () => {
  let site: NginxSite;
  // Two other sites on the loopback, each with a page framing the atlas: the host lists the first.
  let framingDir = '';
  let listed: StaticServer;
  let unlisted: StaticServer;
  let frameAncestors = '';
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    framingDir = mkdtempSync(join(tmpdir(), 'atlas-framing-'));
    listed = await serveDirectory(framingDir);
    unlisted = await serveDirectory(framingDir);
    frameAncestors = `'self' ${new URL(listed.url).origin}`;
    site = await serveWithNginx('dist', frameAncestors);
    const iframe = `<iframe src="${site.url}?embed=1#t=pays-mellois" width="900" height="600"></iframe>`;
    writeFileSync(join(framingDir, 'index.html'), `<!doctype html><title>Un site qui intègre l'atlas</title>${iframe}`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await listed?.close();
    await unlisted?.close();
    if (framingDir) rmSync(framingDir, { recursive: true, force: true });
  });

  it('sends the policy of the built page as a header, with the embedding hosts the host listed', async () => {
    const res = await get(site.url);
    expect(res.status).toBe(200);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(res.body.toString())?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).toBe(`${meta}; frame-ancestors ${frameAncestors}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers.server).toBe('nginx');
  });

  it('lets browsers keep hashed files for a year, and check the page on every visit', async () => {
    for (const path of ['', 'index.html']) expect((await get(site.url + path)).headers['cache-control'], path).toBe('no-cache');
    for (const path of [built(/^index-.*\.js$/), built(/^maplibre-gl-worker-.*\.mjs$/), built(/^overview-.*\.topojson$/)]) {
      expect((await get(site.url + path)).headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sends each file with the type the browser needs', async () => {
    const types: [string, string][] = [
      ['index.html', 'text/html; charset=utf-8'],
      [built(/^index-.*\.js$/), 'text/javascript; charset=utf-8'],
      [built(/^maplibre-gl-worker-.*\.mjs$/), 'text/javascript; charset=utf-8'],
      [built(/^index-.*\.css$/), 'text/css; charset=utf-8'],
      [built(/^practices-.*\.json$/), 'application/json; charset=utf-8'],
      [built(/^overview-.*\.topojson$/), 'application/json; charset=utf-8'],
      [built(/^territories-.*\.topojson$/), 'application/json; charset=utf-8'],
      ['favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['robots.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [path, type] of types) {
      const res = await get(site.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
    }
  });

  it('compresses pages, scripts, styles and data when the browser accepts gzip, and only then', async () => {
    const paths = ['index.html', built(/^index-.*\.js$/), built(/^maplibre-gl-worker-.*\.mjs$/), built(/^index-.*\.css$/)];
    paths.push(built(/^practices-.*\.json$/), built(/^territories-.*\.topojson$/));
    for (const path of paths) {
      const zipped = await get(site.url + path, { 'accept-encoding': 'gzip' });
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toBe('Accept-Encoding');
      expect(gunzipSync(zipped.body).equals(onDisk(path)), path).toBe(true);
      expect(zipped.body.length, path).toBeLessThan(onDisk(path).length / 2);
      const plain = await get(site.url + path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(onDisk(path)), path).toBe(true);
    }
  });

  it('answers any other path with the app, but a missing file of the build with a 404', async () => {
    for (const path of ['territoire/pays-mellois', 'a/b/', 'carte?embed=1']) {
      const res = await get(site.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.body.equals(onDisk('index.html')), path).toBe(true);
    }
    // A file of an earlier build, asked for by a page still open in a browser.
    const missing = await get(`${site.url}assets/index-00000000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.headers['cache-control']).toBeUndefined();
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('has a robots.txt, not the app under that name', async () => {
    const res = await get(`${site.url}robots.txt`);
    expect(res.body.toString()).toBe(readFileSync('public/robots.txt', 'utf8'));
    expect(res.body.toString()).toMatch(/^User-agent: \*$/m);
  });

  it('runs the app without a single CSP violation, and opens the territory clicked on the map', async () => {
    page = await context.newPage();
    const failed: string[] = [];
    const consoleCsp: string[] = [];
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    context.on('request', (r) => {
      if (/\.m?js$/.test(r.url())) scripts.push(new URL(r.url()).pathname);
    });
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(recordViolations);
    await openApp(page, site.url);
    await page.mouse.click(...(Object.values(await pixelOf(page, interiorPoint('pays-mellois'))) as [number, number]));
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territoryProperties('pays-mellois').name);
    await expect.poll(() => page.url()).toContain('t=pays-mellois');
    await page.screenshot({ path: `${SHOT_DIR}/deploy-nginx.png` });
    // MapLibre's worker, a module served as .mjs, started: the map could not draw otherwise.
    expect(scripts).toContain(`/${built(/^maplibre-gl-worker-.*\.mjs$/)}`);
    expect(await violations(page)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('shows in the frame of a listed site, and refuses any other', async () => {
    const refusals: string[] = [];
    page = await context.newPage();
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    await page.goto(listed.url);
    const embedded = page.frameLocator('iframe');
    await expect(embedded.locator('aside h2').textContent()).resolves.toBe(territoryProperties('pays-mellois').name);
    expect(refusals).toEqual([]);

    await page.goto(unlisted.url);
    await expect.poll(() => refusals.length).toBe(1);
    expect(refusals[0]).toContain(`frame-ancestors ${frameAncestors}`);
    expect(await page.frames()[1].locator('#app').count()).toBe(0);
  });
});
