import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, or the one named by CHROME_PATH; null when neither exists. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Whether browser tests run here; says so in one line when they cannot, and refuses to skip in CI. */
export function browserTestsEnabled(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI) throw new Error('Browser tests must run in CI, but no Chromium was found at /usr/bin/chromium or $CHROME_PATH.');
  console.warn('Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROME_PATH (apt-get install -y chromium).');
  return false;
}

/**
 * The app publishes its map as `window.__atlasMap` (to project points, to wait for idle) only in a
 * page that sets this flag before it loads (see src/map/test-hooks.ts).
 */
export const TEST_HOOKS_SCRIPT = 'window.__atlasTestHooks = true;';
export const enableTestHooks = (target: Page | BrowserContext) => target.addInitScript(TEST_HOOKS_SCRIPT);

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath()!, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/**
 * One Chromium for a test file, a fresh page per test: `freshPage` closes the previous page and
 * returns the new one with the page errors it collects.
 */
export function chromiumSession(extraArgs: string[] = []) {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => browser?.close());
  return {
    async freshPage(width = 1366, height = 800): Promise<{ page: Page; errors: string[] }> {
      await page?.close();
      page = await browser!.newPage({ viewport: { width, height }, acceptDownloads: true });
      await enableTestHooks(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, errors };
    },
  };
}
