import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENT_CODES, STATUS_IDS, TERRITORY_IDS, THEME_IDS } from '../src/lib/schema';
import {
  MAX_COMPARED,
  COLUMN_ORDERS,
  MAX_HASH_LENGTH,
  PAGES,
  ROW_ORDERS,
  defaultView,
  mapParam,
  parseHash,
  serializeHash,
  type ViewState,
  type Vocabulary,
} from '../src/lib/url-state';

// The URL hash is the one input anyone can hand the app (a link in a mail, an embed on a
// third-party site): whatever it holds, the parser must return a view made of known ids only.

const vocab: Vocabulary = { territories: TERRITORY_IDS, themes: THEME_IDS, statuses: STATUS_IDS };
const KEYS = ['t', 'mode', 'themes', 'tm', 'cmp', 'statuts', 'dep', 'iso', 'c', 'v', 'lignes', 'cols', 'tour', 'e26', 'epci', 'map'] as const;

/** Every invariant a parsed view must hold, whatever the input. */
function expectWellFormed(view: ViewState) {
  expect(Object.keys(view).sort()).toEqual(Object.keys(defaultView()).sort());
  if (view.t !== null) expect(vocab.territories).toContain(view.t);
  expect(['intensite', 'type']).toContain(view.mode);
  expect(['any', 'all']).toContain(view.themeMatch);
  expect(PAGES).toContain(view.v);
  expect(ROW_ORDERS).toContain(view.rows);
  expect(COLUMN_ORDERS).toContain(view.cols);
  // Themes and statuses come back in vocabulary order, without repeats.
  expect(view.themes).toEqual(vocab.themes.filter((id) => view.themes.includes(id)));
  expect(view.statuses).toEqual(vocab.statuses.filter((id) => view.statuses.includes(id)));
  expect(view.statuses.length).toBeLessThan(vocab.statuses.length);
  expect(view.dep).toEqual(DEPARTEMENT_CODES.filter((code) => view.dep.includes(code)));
  expect(view.dep.length).toBeLessThan(DEPARTEMENT_CODES.length);
  expect(new Set(view.cmp).size).toBe(view.cmp.length);
  expect(view.cmp.length).toBeLessThanOrEqual(MAX_COMPARED);
  for (const id of view.cmp) expect(vocab.territories).toContain(id);
  if (view.iso !== null) expect(view.iso).toMatch(/^\d{1,2}$|^[a-z-]{1,30}$/);
  if (view.c !== null) expect(view.c).toMatch(/^\d[\dAB]\d{3}$/);
  if (view.tour !== null) expect(Number.isInteger(view.tour) && view.tour >= 1 && view.tour <= 99).toBe(true);
  if (view.epci !== null) expect(view.epci).toMatch(/^\d{9}$/);
}

/** Characters that matter to the parser, and the ones that break naive decoders. */
const nastyChar = fc.oneof(
  fc.constantFrom('#', '&', '=', ',', '%', '+', '?', ' ', '\0', '\u2028', '\uFEFF'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), // lone surrogates
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

const percentEscape = fc.oneof(
  fc.tuple(fc.constantFrom(...'0123456789abcdefABCDEFGZ%'), fc.constantFrom(...'0123456789abcdefXYZ%')).map(([a, b]) => `%${a}${b}`),
  fc.string({ unit: 'binary', maxLength: 3 }).map(encodeURIComponent),
  fc.constantFrom('%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%25', '%2C', '%26', '%3D'),
);

const idLike = fc.oneof(
  fc.constantFrom(...TERRITORY_IDS, ...THEME_IDS, ...STATUS_IDS, ...PAGES, ...ROW_ORDERS, ...COLUMN_ORDERS, 'type', 'intensite', 'tous'),
  fc.constantFrom(...TERRITORY_IDS, ...THEME_IDS, ...STATUS_IDS, ...DEPARTEMENT_CODES, ...PAGES, 'type', 'intensite', 'tous'),
  fc.constantFrom('pays-inconnu', '<script>', '__proto__', 'constructor', 'toString', '', ' ca-niort', 'CA-NIORT'),
  fc.string({ maxLength: 12 }),
  percentEscape,
);

const value = fc.oneof(
  idLike,
  fc.array(idLike, { maxLength: 60 }).map((ids) => ids.join(',')),
  fc.array(fc.oneof(idLike, percentEscape, nastyChar), { maxLength: 20 }).map((parts) => parts.join('')),
);

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }), percentEscape);

/** `key=value&…` hashes, with repeated keys, missing `=`, escapes and noise. */
const structuredHash = fc
  .tuple(
    fc.constantFrom('#', '', '##', '#&'),
    fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`) },
        { weight: 1, arbitrary: key },
        { weight: 1, arbitrary: fc.tuple(key, value, value).map(([k, a, b]) => `${k}=${a}=${b}`) },
      ),
      { maxLength: 15 },
    ),
  )
  .map(([prefix, parts]) => prefix + parts.join('&'));

describe('URL-hash parser under fuzzing', () => {
  it('never throws on arbitrary strings, and returns a well-formed view', () => {
    for (const arbitrary of [
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc.string({ unit: nastyChar, maxLength: 300 }),
    ]) {
      fc.assert(
        fc.property(arbitrary, (hash) => {
          expectWellFormed(parseHash(hash, vocab));
          expectWellFormed(parseHash(`#${hash}`, vocab));
          const map = mapParam(hash);
          if (map !== null) expect(map).toMatch(/^-?[\d.]+\/-?[\d.]+\/-?[\d.]+(\/-?[\d.]+){0,2}$/);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('keeps only known ids from structured key=value hashes', () => {
    fc.assert(
      fc.property(structuredHash, (hash) => {
        expectWellFormed(parseHash(hash, vocab));
      }),
      { numRuns: 1500 },
    );
  });

  it('never trusts a non-string input', () => {
    for (const odd of [undefined, null, 42, {}, [], Symbol('x')]) {
      expectWellFormed(parseHash(odd as unknown as string, vocab));
    }
  });

  it('reads only the first MAX_HASH_LENGTH characters, so long inputs cost nothing', () => {
    fc.assert(
      fc.property(structuredHash, fc.string({ minLength: 1, maxLength: 200 }), (head, filler) => {
        const long = (head + '&' + filler.repeat(Math.ceil(MAX_HASH_LENGTH / filler.length) + 1)).slice(0, MAX_HASH_LENGTH + 500);
        expect(parseHash(long, vocab)).toEqual(parseHash(long.slice(0, MAX_HASH_LENGTH), vocab));
      }),
      { numRuns: 200 },
    );
  });

  it('parses 100,000-character hashes quickly', () => {
    const huge = [
      `#cmp=${'ca-niort,'.repeat(12_000)}`,
      `#themes=${'sig,'.repeat(25_000)}`,
      '%'.repeat(100_000),
      '%E0'.repeat(34_000),
      '&'.repeat(100_000),
      `#${'t=pays-gatine&'.repeat(7_200)}`,
      `#t=${'\uD800'.repeat(100_000)}`,
      'x'.repeat(1_000_000),
    ];
    for (const hash of huge) {
      expect(hash.length).toBeGreaterThanOrEqual(100_000);
      const start = performance.now();
      for (let i = 0; i < 20; i++) expectWellFormed(parseHash(hash, vocab));
      // 20 parses in well under a frame each: the work is bounded by MAX_HASH_LENGTH, not the input.
      expect(performance.now() - start).toBeLessThan(200);
    }
  });

  it('reads back every view it writes', () => {
    const view = fc.record({
      t: fc.option(fc.constantFrom(...TERRITORY_IDS), { nil: null }),
      mode: fc.constantFrom('intensite' as const, 'type' as const),
      themes: fc.subarray([...THEME_IDS]),
      themeMatch: fc.constantFrom('any' as const, 'all' as const),
      cmp: fc.uniqueArray(fc.constantFrom(...TERRITORY_IDS), { maxLength: MAX_COMPARED }),
      // Keeping every status is written as no filter at all.
      statuses: fc.subarray([...STATUS_IDS], { maxLength: STATUS_IDS.length - 1 }),
      // Likewise for the four départements.
      dep: fc.subarray([...DEPARTEMENT_CODES] as string[], { maxLength: DEPARTEMENT_CODES.length - 1 }),
      iso: fc.option(fc.oneof(fc.stringMatching(/^\d{1,2}$/), fc.stringMatching(/^[a-z-]{1,30}$/)), { nil: null }),
      c: fc.option(fc.stringMatching(/^\d[\dAB]\d{3}$/), { nil: null }),
      v: fc.constantFrom(...PAGES),
      rows: fc.constantFrom(...ROW_ORDERS),
      cols: fc.constantFrom(...COLUMN_ORDERS),
      tour: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
      e26: fc.boolean(),
      epci: fc.option(fc.stringMatching(/^\d{9}$/), { nil: null }),
    });
    const map = fc.option(
      fc
        .tuple(fc.double({ min: 5, max: 13, noNaN: true }), fc.double({ min: 40, max: 50, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }))
        .map(([z, lat, lng]) => `${z.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`),
      { nil: null },
    );
    fc.assert(
      fc.property(view, map, (v, m) => {
        const hash = serializeHash(v, m);
        expect(hash.length).toBeLessThan(MAX_HASH_LENGTH);
        expect(parseHash(hash, vocab)).toEqual(v);
        expect(mapParam(hash)).toBe(m);
      }),
      { numRuns: 1000 },
    );
  });
});
