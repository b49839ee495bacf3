import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, inlineScripts, scriptHash } from '../../scripts/csp';
import { browserTestsEnabled, enableTestHooks, launchChromium } from './chromium';
import { openApp } from './app';
import { recordViolations, violations } from './csp-violations';
import { useEverything } from './journey';

describe.runIf(browserTestsEnabled())('hardening: Content Security Policy and requests', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl || 'http://invalid').origin;
  const requests: string[] = [];
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];
  let used: string[] = [];
  let journeyViolations: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, acceptDownloads: true });
    await enableTestHooks(context);
    // Context-wide, so that requests from workers and popups count too.
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(recordViolations);
    await openApp(page, baseUrl, '#themes=habitat');
    used = await useEverything(page);
    journeyViolations = await violations(page);
  }, 180_000);
  afterAll(async () => browser?.close());

  it('ships the policy in the built index.html, ahead of every script and stylesheet', async () => {
    const html = await (await fetch(baseUrl)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
    // The one inline script, the map shell's, is the one the policy's hash allows.
    const inline = inlineScripts(html);
    expect(inline).toHaveLength(1);
    expect(CONTENT_SECURITY_POLICY).toContain(scriptHash(inline[0]));
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('runs every view under it without a single violation', async () => {
    expect(used).toEqual(expect.arrayContaining(['panel', 'filters', 'comparison']));
    console.info(`CSP and requests checked on: ${used.join(', ')}`);
    expect(journeyViolations).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('blocks injected inline script and eval (the listener above does hear violations)', async () => {
    // Run from a timer, outside Playwright's evaluation, which DevTools exempts from the policy.
    await page.evaluate(() => {
      const w = window as unknown as { __canary?: { inline: boolean; evaluated: boolean } };
      setTimeout(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.head.append(s);
        let evaluated = false;
        try {
          evaluated = (0, eval)('true');
        } catch {
          // Blocked, as it should be.
        }
        setTimeout(() => (w.__canary = { inline: (window as unknown as { __injected?: boolean }).__injected === true, evaluated }), 50);
      }, 0);
    });
    await page.waitForFunction(() => (window as unknown as { __canary?: unknown }).__canary !== undefined);
    const ran = await page.evaluate(() => (window as unknown as { __canary: unknown }).__canary);
    expect(ran).toEqual({ inline: false, evaluated: false });
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(journeyViolations.length + 2);
    const directives = (await violations(page)).slice(journeyViolations.length).map((v) => v.split(' ')[0]);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src']));
  });

  it('makes no request outside its own origin while loading and using every view', () => {
    const outside = requests.filter((url) => {
      const u = new URL(url);
      return u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin;
    });
    expect(requests.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });
});
