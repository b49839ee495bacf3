import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customMedia } from '../svelte.config.js';
import { PHONE_MAX_WIDTH, SHEET_HEIGHT } from '../src/lib/phone-layout';
import { APP_FULL_TITLE } from '../src/lib/palette';

const expand = (css: string) => customMedia.style({ content: css }).code;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(svelte|ts|css)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the phone layout', () => {
  it('expands the named media queries to the one breakpoint the code uses', () => {
    expect(expand('@media (--phone) { a { b: c } }')).toBe(`@media (max-width: ${PHONE_MAX_WIDTH}px) { a { b: c } }`);
    expect(expand('@media (--wide) {}')).toBe(`@media (min-width: ${PHONE_MAX_WIDTH + 1}px) {}`);
    expect(SHEET_HEIGHT).toBeGreaterThan(0);
    expect(SHEET_HEIGHT).toBeLessThan(1);
  });

  it('refuses a misspelt media name instead of dropping the rule', () => {
    expect(() => expand('@media (--phnoe) {}')).toThrow(/--phnoe/);
  });

  it('is written nowhere else in the app: no literal breakpoint or sheet height in src/', () => {
    const offenders = sourceFiles('src').filter((file) => {
      const text = readFileSync(file, 'utf8');
      return new RegExp(`(max|min)-width: ?(${PHONE_MAX_WIDTH}|${PHONE_MAX_WIDTH + 1})px|\\b${SHEET_HEIGHT * 100}vh|${SHEET_HEIGHT}\\b`).test(text);
    });
    expect(offenders).toEqual([]);
  });
});

describe('the app title', () => {
  it('is the same in the page title, before any script runs, as in the app', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`<title>${APP_FULL_TITLE}</title>`);
  });
});
