import { describe, expect, it } from 'vitest';
import { preloadTags } from '../scripts/preload-data';

describe('preloading the first data files', () => {
  const built = [
    'assets/index-D-54m2z.js',
    'assets/practices-PhvZxdWw.json',
    'assets/territories-ZuIgMfWi.topojson',
    'assets/overview-Qw3rTy12.topojson',
    'assets/composition-DUymI0xz.json',
    'assets/communes-D_FBeGIT.json',
    'assets/StatsPage-CXt2FSP2.js',
  ];

  it('preloads the survey, the overview geometry and the composition, and not what loads on demand', () => {
    const hrefs = preloadTags(built).map((t) => t.attrs!.href);
    expect(hrefs).toEqual(['/assets/composition-DUymI0xz.json', '/assets/overview-Qw3rTy12.topojson', '/assets/practices-PhvZxdWw.json']);
  });

  it('asks for them the way fetch() will, so the browser reuses the preloaded response', () => {
    for (const tag of preloadTags(built)) expect(tag.attrs).toMatchObject({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous' });
  });

  it('follows the base the site is published under', () => {
    expect(preloadTags(['assets/practices-x.json'], '/atlas/')[0].attrs!.href).toBe('/atlas/assets/practices-x.json');
  });
});
