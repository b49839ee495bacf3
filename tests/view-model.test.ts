import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { dominantForm } from '../src/lib/dominant-form';
import { mainTheme, territoriesPerTheme, themeMatchCount } from '../src/lib/theme-counts';
import { paintKey, territoryPaint } from '../src/lib/territory-paint';
import { visiblePractices } from '../src/lib/practice-filter';
import { themeRows, countsByField } from '../src/lib/comparison';
import { defaultView } from '../src/lib/url-state';
import type { Practice } from '../src/lib/schema';

const territories = dataset.territories;
const byId = (id: string) => territories.find((t) => t.id === id)!;
const themeIds = dataset.themes.map((t) => t.id);
const formIds = dataset.forms.map((f) => f.id);
const all = { statuses: [] as string[] };
const inPlace = { statuses: ['en-place'] };

describe('status filter on the real survey', () => {
  it("drops the Pays d'Aunis SIG, which the survey says is « En cours », when only practices in place count", () => {
    const aunis = byId('pays-aunis');
    expect(themeMatchCount(aunis, ['sig'], all)).toBe(1);
    expect(themeMatchCount(aunis, ['sig'], inPlace)).toBe(0);
    const withAll = territoriesPerTheme(territories, themeIds, all).get('sig')!;
    const withInPlace = territoriesPerTheme(territories, themeIds, inPlace).get('sig')!;
    expect(withInPlace).toBeLessThan(withAll);
  });

  it('never counts more practices with a filter than without', () => {
    for (const t of territories) expect(visiblePractices(t, inPlace).length).toBeLessThanOrEqual(t.practices.length);
  });
});

describe('dominant form', () => {
  const practice = (forms: string[]) => ({ forms }) as unknown as Practice;
  it('is the form most practices carry, ties going to taxonomy order', () => {
    expect(dominantForm([practice(['coordination']), practice(['coordination', 'personnel'])], formIds)).toBe('coordination');
    expect(dominantForm([practice(['coordination']), practice(['personnel'])], formIds)).toBe('personnel');
    expect(dominantForm([], formIds)).toBeNull();
  });
});

describe('map colouring of the real survey', () => {
  it('puts every surveyed territory in exactly one intensity class, and the Ile de Ré apart as « pas d’information »', () => {
    const { legend, fill } = territoryPaint(territories, dataset.forms, defaultView());
    const placed = legend.flatMap((item) => item.ids);
    expect(placed.sort()).toEqual(territories.map((t) => t.id).sort());
    const noInfo = legend.find((item) => item.noInformation)!;
    expect(noInfo.ids).toEqual(['pays-ile-de-re']);
    const zero = legend[0];
    expect(zero.ids).toContain('ca-pays-royannais');
    expect(fill['ca-pays-royannais']).not.toBe(fill['pays-ile-de-re']);
  });

  it('says « pas d’information » on the Ile de Ré’s label, and on no surveyed territory’s', () => {
    const { label } = territoryPaint(territories, dataset.forms, defaultView());
    expect(label['pays-ile-de-re']).toMatch(/\npas d'information$/);
    expect(Object.entries(label).filter(([, text]) => text.includes('information')).map(([id]) => id)).toEqual(['pays-ile-de-re']);
  });

  it('colours by dominant form in « Type » mode, with one legend entry per form', () => {
    const { legend } = territoryPaint(territories, dataset.forms, { ...defaultView(), mode: 'type' });
    expect(legend.slice(0, formIds.length).map((i) => i.key)).toEqual(formIds);
    expect(new Set(legend.map((i) => i.color)).size).toBe(legend.length);
    const mellois = byId('pays-mellois');
    const item = legend.find((i) => i.ids.includes('pays-mellois'))!;
    expect(item.key).toBe(dominantForm(mellois.practices, formIds));
  });

  it('makes stand out exactly the territories with a practice of an active theme, and counts them on the label', () => {
    const view = { ...defaultView(), themes: ['lecture-publique'] };
    const { emphasised, label } = territoryPaint(territories, dataset.forms, view);
    const expected = territories.filter((t) => t.practices.some((p) => p.themes.includes('lecture-publique'))).map((t) => t.id);
    expect([...emphasised!].sort()).toEqual(expected.sort());
    expect(expected).toContain('pays-civraisien');
    expect(label['pays-civraisien']).toMatch(/\n1 pratique$/);
    expect(label['pays-gatine']).not.toMatch(/pratique/);
  });

  it('isolates a legend class, and combines it with the active themes', () => {
    const base = territoryPaint(territories, dataset.forms, defaultView());
    const top = base.legend.filter((i) => !i.noInformation).at(-1)!;
    const isolated = territoryPaint(territories, dataset.forms, { ...defaultView(), iso: top.key });
    expect([...isolated.emphasised!].sort()).toEqual([...top.ids].sort());
    // With a theme active the classes are those of its counts: the isolated class is one of them.
    const sig = territoryPaint(territories, dataset.forms, { ...defaultView(), themes: ['sig'] });
    const sigTop = sig.legend.filter((i) => !i.noInformation).at(-1)!;
    const both = territoryPaint(territories, dataset.forms, { ...defaultView(), iso: sigTop.key, themes: ['sig'] });
    expect(both.emphasised!.size).toBeGreaterThan(0);
    for (const id of both.emphasised!) expect(sigTop.ids).toContain(id);
    for (const id of both.emphasised!) expect(sig.emphasised!.has(id)).toBe(true);
  });

  it('keeps only the compared territories in colour while a comparison is open, whatever the theme filter', () => {
    const compared = ['pays-mellois', 'ca-niort', 'pays-gatine'];
    const { emphasised, fill } = territoryPaint(territories, dataset.forms, { ...defaultView(), themes: ['lecture-publique'], cmp: compared });
    expect([...emphasised!].sort()).toEqual([...compared].sort());
    // Their own class colours, not the faded grey: the colouring still follows the theme.
    const themed = territoryPaint(territories, dataset.forms, { ...defaultView(), themes: ['lecture-publique'] });
    for (const id of compared) expect(fill[id]).toBe(themed.fill[id]);
  });
});

describe('tooltip and comparison figures', () => {
  it("gives the Pays Thouarsais' main theme as the theme most of its practices carry", () => {
    const main = mainTheme(byId('pays-thouarsais'), themeIds, all)!;
    const count = (id: string) => byId('pays-thouarsais').practices.filter((p) => (p.themes as string[]).includes(id)).length;
    for (const id of themeIds) expect(count(main)).toBeGreaterThanOrEqual(count(id));
  });

  it('aligns the practices of compared territories by theme, leaving out themes nobody has', () => {
    const compared = [byId('ca-la-rochelle'), byId('ca-poitiers')];
    const rows = themeRows(compared, themeIds, all);
    const urbanisme = rows.find((r) => r.theme === 'urbanisme')!;
    // Both agglomérations handle building permits for their communes.
    expect(urbanisme.cells.every((c) => c.some((p) => /permis de construire/i.test(p.text)))).toBe(true);
    for (const row of rows) expect(row.cells.some((c) => c.length > 0)).toBe(true);
    const statuses = countsByField(compared, 'status', all);
    expect([...statuses[0].values()].reduce((a, b) => a + b, 0)).toBe(compared[0].practices.length);
  });
});

describe('what the colouring depends on', () => {
  it('changes its key with each field that recolours the map, and not with the open territory or page', () => {
    const base = defaultView();
    const key = paintKey(base);
    expect(paintKey({ ...base, t: 'pays-mellois', v: 'statistiques', c: '16106' } as typeof base)).toBe(key);
    for (const change of [{ mode: 'type' }, { statuses: ['en-place'] }, { themes: ['sig'] }, { iso: '0' }, { cmp: ['pays-mellois'] }, { dep: ['17'] }]) {
      const view = { ...base, ...change } as typeof base;
      expect(paintKey(view), JSON.stringify(change)).not.toBe(key);
      // And the colouring does change with it, or the key would be too wide to matter.
      const painted = (v: typeof base) => JSON.stringify(territoryPaint(territories, dataset.forms, v), (_, x) => (x instanceof Set ? [...x] : x));
      expect(painted(view), JSON.stringify(change)).not.toBe(painted(base));
    }
  });
});

describe('the département filter', () => {
  it('greys every territory of the other départements, like any filter, and keeps the legend classes', () => {
    const base = territoryPaint(territories, dataset.forms, defaultView());
    const painted = territoryPaint(territories, dataset.forms, { ...defaultView(), dep: ['79', '86'] });
    // Deux-Sèvres and Vienne: 6 and 10 territories in the survey.
    expect(painted.emphasised!.size).toBe(16);
    for (const t of territories) expect(painted.emphasised!.has(t.id)).toBe(['79', '86'].includes(t.departement));
    expect(painted.legend).toEqual(base.legend);
    const withTheme = territoryPaint(territories, dataset.forms, { ...defaultView(), dep: ['79'], themes: ['sig'] });
    for (const id of withTheme.emphasised!) expect(byId(id).departement === '79' && withTheme.themeMatches[id] > 0).toBe(true);
  });
});
