import { describe, expect, it } from 'vitest';
import { defaultView, mapParam, MAX_COMPARED, parseHash, serializeHash, type ViewState } from '../src/lib/url-state';

const vocab = {
  territories: ['pays-mellois', 'ca-niort', 'pays-gatine', 'pays-thouarsais', 'pays-ile-de-re', 'ca-la-rochelle', 'pays-aunis', 'ca-poitiers'],
  themes: ['sig', 'habitat', 'lecture-publique', 'sport'],
  statuses: ['en-place', 'en-cours', 'en-projet', 'en-reflexion'],
};

describe('URL state', () => {
  it('reads the documented permalink form', () => {
    const view = parseHash('#t=pays-mellois&mode=type&themes=sig,habitat&cmp=pays-mellois,ca-niort&map=8.2/46.2/-0.3', vocab);
    expect(view).toEqual({ ...defaultView(), t: 'pays-mellois', mode: 'type', themes: ['sig', 'habitat'], cmp: ['pays-mellois', 'ca-niort'] });
  });

  it('reads the printable sheets’ pages, one territory’s and the whole set', () => {
    expect(parseHash('#v=fiche&t=pays-thouarsais', vocab)).toEqual({ ...defaultView(), t: 'pays-thouarsais', v: 'fiche' });
    expect(parseHash('#v=fiches', vocab).v).toBe('fiches');
    expect(parseHash('#v=fichez', vocab).v).toBe('carte');
  });

  it('round-trips every view it writes', () => {
    const views: ViewState[] = [
      defaultView(),
      { ...defaultView(), t: 'pays-gatine', mode: 'type', themes: ['habitat', 'sport'], cmp: ['ca-niort', 'pays-gatine'], statuses: ['en-place'], iso: '2' },
      { ...defaultView(), cmp: ['pays-aunis'], iso: 'personnel' },
      { ...defaultView(), dep: ['16', '79'], themes: ['sig'] },
      { ...defaultView(), t: 'pays-aunis', c: '17200', v: 'statistiques' },
      { ...defaultView(), c: '2A004', v: 'methode' },
      { ...defaultView(), cmp: ['ca-niort', 'pays-gatine'], rows: 'diff', cols: 'total' },
      { ...defaultView(), rows: 'freq' },
      { ...defaultView(), t: 'pays-thouarsais', v: 'fiche' },
      { ...defaultView(), v: 'fiches' },
    ];
    for (const view of views) expect(parseHash(serializeHash(view, '9/46/0'), vocab)).toEqual(view);
  });

  it('keeps the map position MapLibre wrote', () => {
    const hash = serializeHash({ ...defaultView(), t: 'ca-niort' }, mapParam('#t=x&map=8.5/46.3/-0.45'));
    expect(hash).toBe('#t=ca-niort&map=8.5/46.3/-0.45');
    expect(mapParam('#map=javascript:alert(1)')).toBeNull();
  });

  it('drops unknown ids and malformed values without failing', () => {
    const view = parseHash('#t=pays-inconnu&mode=3d&themes=sig,,<script>,sport&cmp=ca-niort,nope,ca-niort&statuts=perdu&iso=%E0%A4%A', vocab);
    expect(view.t).toBeNull();
    expect(view.mode).toBe('intensite');
    expect(view.themes).toEqual(['sig', 'sport']);
    expect(view.cmp).toEqual(['ca-niort']);
    expect(view.statuses).toEqual([]);
    expect(view.iso).toBeNull();
    expect(parseHash('#c=1610&v=admin', vocab)).toMatchObject({ c: null, v: 'carte' });
    for (const odd of ['', '#', '#&&==&', '#t', '#%', '#t=%ZZ', '#=x', 'garbage']) expect(() => parseHash(odd, vocab)).not.toThrow();
  });

  it('keeps the comparison in the order given, within its size', () => {
    const view = parseHash(`#cmp=${[...vocab.territories].reverse().join(',')}`, vocab);
    expect(view.cmp).toHaveLength(MAX_COMPARED);
    expect(view.cmp[0]).toBe('ca-poitiers');
  });

  it('carries the 2026 intercommunalités overlay and the EPCI whose panel is open', () => {
    expect(parseHash('#e26=1&epci=200041333', vocab)).toMatchObject({ e26: true, epci: '200041333' });
    expect(serializeHash({ ...defaultView(), e26: true, epci: '200041333' })).toBe('#e26=1&epci=200041333');
    expect(parseHash('#e26=oui', vocab).e26).toBe(false);
    for (const bad of ['20004133', '2000413330', 'abc', '<script>', '']) expect(parseHash(`#epci=${bad}`, vocab).epci).toBeNull();
  });

  it('carries the step of the guided tour, so a presenter can link a slide', () => {
    expect(parseHash('#tour=3', vocab).tour).toBe(3);
    expect(serializeHash({ ...defaultView(), t: 'ca-niort', tour: 12 })).toBe('#t=ca-niort&tour=12');
    for (const bad of ['0', '-1', '03', '2.5', '100', 'x', '']) expect(parseHash(`#tour=${bad}`, vocab).tour).toBeNull();
  });

  it('treats a filter keeping every status as no filter', () => {
    expect(parseHash('#statuts=en-place,en-cours,en-projet,en-reflexion', vocab).statuses).toEqual([]);
  });

  it('keeps the comparison matrix orders in the link, and ignores unknown ones', () => {
    expect(serializeHash({ ...defaultView(), cmp: ['ca-niort'], rows: 'freq', cols: 'total' })).toBe('#cmp=ca-niort&lignes=freq&cols=total');
    expect(parseHash('#lignes=diff&cols=total', vocab)).toMatchObject({ rows: 'diff', cols: 'total' });
    expect(parseHash('#lignes=hasard&cols=nom', vocab)).toMatchObject({ rows: 'themes', cols: 'ajout' });
  });

  it('reads the département filter in code order, drops unknown codes, and treats all four as no filter', () => {
    expect(parseHash('#dep=79,16', vocab).dep).toEqual(['16', '79']);
    expect(parseHash('#dep=17,44,2A,,17', vocab).dep).toEqual(['17']);
    expect(parseHash('#dep=86,79,17,16', vocab).dep).toEqual([]);
    expect(serializeHash({ ...defaultView(), dep: ['17'] })).toBe('#dep=17');
  });
});

describe('URL state of the theme layers', () => {
  it('reads « Tous les thèmes choisis » from tm=tous, and anything else as « Au moins un des thèmes »', () => {
    expect(parseHash('#themes=sig,habitat&tm=tous', vocab)).toMatchObject({ themes: ['sig', 'habitat'], themeMatch: 'all' });
    for (const hash of ['#themes=sig,habitat', '#themes=sig,habitat&tm=TOUS', '#tm=un', '#tm=', '#tm=tous,tous'])
      expect(parseHash(hash, vocab).themeMatch, hash).toBe('any');
  });

  it('writes tm=tous only for « Tous les thèmes choisis », next to the themes, and reads it back', () => {
    const all: ViewState = { ...defaultView(), themes: ['sig', 'habitat'], themeMatch: 'all' };
    expect(serializeHash(all)).toBe('#themes=sig,habitat&tm=tous');
    expect(serializeHash({ ...all, themeMatch: 'any' })).toBe('#themes=sig,habitat');
    expect(parseHash(serializeHash(all, '9/46/0'), vocab)).toEqual(all);
  });
});
