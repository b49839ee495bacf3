// neighbours: computed in the build from shared topology arcs; checked here independently, from
// the decoded coordinates (two territories share a border iff they share a boundary segment).

import { describe, expect, it } from 'vitest';
import { loadLayers, polygonsOf, type PolyFeature } from './geo-support.ts';

function segments(f: PolyFeature): Set<string> {
  const set = new Set<string>();
  for (const rings of polygonsOf(f)) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1].join(',');
        const b = ring[i].join(',');
        if (a !== b) set.add(a < b ? `${a} ${b}` : `${b} ${a}`);
      }
    }
  }
  return set;
}

describe('neighbours', () => {
  it('are symmetric', async () => {
    const { territories } = await loadLayers();
    const byId = new Map(territories.map((f) => [f.id, f.properties.neighbours as string[]]));
    for (const [id, list] of byId) {
      for (const other of list) {
        expect(byId.has(other), `${id} → unknown ${other}`).toBe(true);
        expect(byId.get(other), `${other} should list ${id}`).toContain(id);
      }
      expect(list).not.toContain(id);
    }
  });

  it('are exactly the territories sharing a stretch of border (nesting aside)', async () => {
    const { territories } = await loadLayers();
    const segs = new Map(territories.map((f) => [f.id, segments(f)]));
    const parentOf = new Map(territories.map((f) => [f.id, f.properties.parent as string | null]));
    for (const a of territories) {
      const expected = territories
        .filter((b) => b.id !== a.id && parentOf.get(a.id) !== b.id && parentOf.get(b.id) !== a.id)
        .filter((b) => [...segs.get(a.id)!].some((s) => segs.get(b.id)!.has(s)))
        .map((b) => b.id)
        .sort();
      expect(a.properties.neighbours, a.id).toEqual(expected);
    }
  });

  it('are non-empty for every territory but the Île de Ré, which touches no other', async () => {
    const { territories } = await loadLayers();
    const lonely = territories.filter((f) => (f.properties.neighbours as string[]).length === 0).map((f) => f.id);
    expect(lonely).toEqual(['pays-ile-de-re']);
  });

  it('know a few borders everyone can check on a map', async () => {
    const { territories } = await loadLayers();
    const n = (id: string) => territories.find((f) => f.id === id)!.properties.neighbours as string[];
    expect(n('ca-la-rochelle')).toEqual(expect.arrayContaining(['pays-aunis', 'ca-pays-rochefortais']));
    expect(n('ca-poitiers')).toEqual(expect.arrayContaining(['pays-six-vallees', 'pays-vienne-et-mouliere']));
    expect(n('ca-niort')).toContain('pays-mellois');
    // Grand Angoulême and Cognac are 40 km apart but their perimeters touch.
    expect(n('ca-grand-angouleme')).toContain('pays-ouest-charente-cognac');
  });
});
