import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { paintKey, territoryPaint } from '../src/lib/territory-paint';
import { legendTitle } from '../src/lib/legend-title';
import { countsPerLayer, layerPracticesFirst, layerTooltipLines, showsWithLayers } from '../src/lib/theme-layers/layer-counts';
import { defaultView, type ViewState } from '../src/lib/url-state';
import { territoryFills } from '../src/map/style';
import { FADED_COLOR } from '../src/lib/palette';

const territories = dataset.territories;
const themeLabel = Object.fromEntries(dataset.themes.map((t) => [t.id, t.label]));
const paint = (patch: Partial<ViewState>) => territoryPaint(territories, dataset.forms, { ...defaultView(), ...patch });
const classOf = (painted: ReturnType<typeof paint>, id: string) => painted.legend.find((item) => item.ids.includes(id))!;
const all = { statuses: [] as string[] };
const THREE = ['sig', 'habitat', 'lecture-publique'];

describe('Intensité follows the active themes', () => {
  it('draws the Pays Mellois in the darkest class for its seven practices, and in the « 1 » class for its one SIG practice', () => {
    const today = paint({});
    const surveyed = today.legend.filter((item) => !item.noInformation);
    expect(classOf(today, 'pays-mellois').key).toBe(surveyed.at(-1)!.key);
    const sig = paint({ themes: ['sig'] });
    expect(classOf(sig, 'pays-mellois').label).toBe('1');
    // Classes are computed for the SIG counts: every SIG territory has exactly one, so one class beside zero.
    expect(sig.legend.filter((item) => !item.noInformation).map((item) => item.label)).toEqual(['Aucune', '1']);
  });

  it('counts the practices of the three layers users ask for: two for the Pays Thouarsais (OPAH), one for the Pays Mellois', () => {
    const three = paint({ themes: THREE });
    expect(three.themeMatches['pays-thouarsais']).toBe(2);
    expect(three.themeMatches['pays-mellois']).toBe(1);
    expect(classOf(three, 'pays-thouarsais').label).toBe('2');
    expect(classOf(three, 'pays-mellois').label).toBe('1');
    expect(classOf(three, 'pays-gatine').label).toBe('Aucune');
  });

  it('fades the territories with none of the active themes, and only those', () => {
    const three = paint({ themes: THREE });
    const fills = territoryFills(three);
    const faded = Object.keys(fills).filter((id) => fills[id] === FADED_COLOR);
    const withPractice = territories.filter((t) => t.practices.some((p) => p.themes.some((id) => THREE.includes(id)))).map((t) => t.id);
    expect(faded.sort()).toEqual(territories.map((t) => t.id).filter((id) => !withPractice.includes(id)).sort());
    expect(faded).toContain('pays-gatine');
    expect(faded).not.toContain('pays-civraisien');
  });

  it('leaves the map as it was with no theme active, whichever the all/any choice', () => {
    const today = paint({});
    expect(paint({ themeMatch: 'all' })).toEqual(today);
    expect(today.emphasised).toBeNull();
    expect(today.perTheme).toEqual({});
    expect(today.label['pays-mellois']).not.toMatch(/pratique/);
  });

  it('titles the legend with what it counts', () => {
    expect(legendTitle(defaultView(), themeLabel)).toBe('Nombre de pratiques relevées');
    expect(legendTitle({ ...defaultView(), themes: ['sig'] }, themeLabel)).toBe('Nombre de pratiques « SIG et cadastre »');
    expect(legendTitle({ ...defaultView(), themes: THREE, statuses: ['en-place'] }, themeLabel)).toBe(
      'Nombre de pratiques des 3 thèmes choisis (filtre de statut actif)',
    );
    expect(legendTitle({ ...defaultView(), themes: ['sig', 'habitat'], themeMatch: 'all' }, themeLabel)).toMatch(/chacun/);
    expect(legendTitle({ ...defaultView(), mode: 'type', themes: ['habitat'] }, themeLabel)).toBe(
      'Forme dominante des pratiques « Habitat / OPAH »',
    );
  });
});

describe('Type follows the active themes', () => {
  it('colours the Pays Civraisien by the form of its reading network (coordination), not by its practices overall', () => {
    expect(classOf(paint({ mode: 'type' }), 'pays-civraisien').key).not.toBe('coordination');
    expect(classOf(paint({ mode: 'type', themes: ['lecture-publique'] }), 'pays-civraisien').key).toBe('coordination');
  });
});

describe('« Au moins un des thèmes » and « Tous les thèmes choisis »', () => {
  it('keeps with SIG and Habitat together only the territories having both: Vals de Saintonge and Montmorillonnais', () => {
    const both = paint({ themes: ['sig', 'habitat'], themeMatch: 'all' });
    expect([...both.emphasised!].sort()).toEqual(['pays-montmorillonnais', 'pays-vals-de-saintonge']);
    const either = paint({ themes: ['sig', 'habitat'] });
    expect(either.emphasised!.has('pays-thouarsais')).toBe(true);
    expect(either.emphasised!.has('pays-mellois')).toBe(true);
    for (const id of both.emphasised!) expect(either.emphasised!.has(id)).toBe(true);
    // A territory left out says no count on its label either.
    expect(both.label['pays-thouarsais']).not.toMatch(/pratique/);
    expect(both.label['pays-montmorillonnais']).toMatch(/\n2 pratiques$/);
  });

  it('recolours the map when the choice changes, so the colouring is recomputed for it', () => {
    const either = { ...defaultView(), themes: ['sig', 'habitat'] };
    expect(paintKey({ ...either, themeMatch: 'all' })).not.toBe(paintKey(either));
  });

  it('is the same choice with one theme active', () => {
    for (const theme of dataset.themes) {
      expect(paint({ themes: [theme.id], themeMatch: 'all' }).emphasised).toEqual(paint({ themes: [theme.id] }).emphasised);
    }
  });

  it('applies the status filter: the Pays d’Aunis SIG, « En cours », leaves it out when only practices in place count', () => {
    const counts = countsPerLayer(territories, ['sig'], { statuses: ['en-place'] });
    expect(showsWithLayers(counts['pays-aunis'], ['sig'], 'any')).toBe(false);
    expect(showsWithLayers(countsPerLayer(territories, ['sig'], all)['pays-aunis'], ['sig'], 'any')).toBe(true);
    expect(showsWithLayers({}, [], 'any')).toBe(false);
  });
});

describe('per-theme counts for the tooltip and the symbols', () => {
  it('gives the Pays Mellois one SIG practice and the Pays Civraisien a reading network and no SIG', () => {
    const counts = countsPerLayer(territories, THREE, all);
    expect(layerTooltipLines(counts['pays-mellois'], THREE, themeLabel)).toEqual([
      'SIG et cadastre : 1 pratique',
      'Habitat / OPAH : aucune pratique',
      'Bibliothèques / lecture publique : aucune pratique',
    ]);
    expect(counts['pays-civraisien']).toEqual({ sig: 0, habitat: 0, 'lecture-publique': 1 });
    expect(layerTooltipLines(counts['pays-thouarsais'], ['habitat'], themeLabel)).toEqual(['Habitat / OPAH : 2 pratiques']);
  });

  it('counts a practice under each of its themes: the Pays Mellois SIG also counts for its environment and sport', () => {
    const counts = countsPerLayer(territories, ['sig', 'environnement', 'sport'], all)['pays-mellois'];
    const total = paint({ themes: ['sig', 'environnement', 'sport'] }).themeMatches['pays-mellois'];
    expect(counts.sig + counts.environnement + counts.sport).toBeGreaterThan(total);
  });
});

describe('the panel lists the practices of the active themes first', () => {
  it('puts every SIG or OPAH practice of a territory before its others, keeping each group in survey order', () => {
    const themes = ['sig', 'habitat'];
    let moved = 0;
    for (const t of territories) {
      const ordered = layerPracticesFirst(t.practices, themes);
      const matching = t.practices.filter((p) => p.themes.some((id) => themes.includes(id)));
      const others = t.practices.filter((p) => !matching.includes(p));
      expect(ordered).toEqual([...matching, ...others]);
      if (ordered.some((p, i) => p !== t.practices[i])) moved++;
    }
    // The survey does not list them first already: the order changes somewhere.
    expect(moved).toBeGreaterThan(0);
    expect(layerPracticesFirst(territories[0].practices, [])).toEqual(territories[0].practices);
  });
});
