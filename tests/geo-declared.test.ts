// The survey's declared commune counts against the mapped 2008 perimeters. The survey is wrong in
// places; the difference is kept in the data (declaredCommunes, communesDiff) for the app to show.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLayers, projectRoot, readText } from './geo-support.ts';

interface SurveyTerritory {
  id: string;
  declared: { communes: number | null };
}

describe('mapped vs declared communes', () => {
  it('reads the survey dataset', () => {
    expect(existsSync(resolve(projectRoot, 'data/practices.json')), 'data/practices.json (npm run data)').toBe(true);
  });

  it('records the survey count and the difference on every territory', async () => {
    const survey = (JSON.parse(readText('data/practices.json')) as { territories: SurveyTerritory[] }).territories;
    const { territories } = await loadLayers();
    expect(survey.map((t) => t.id).sort()).toEqual(territories.map((f) => f.id).sort());
    for (const t of survey) {
      const p = territories.find((f) => f.id === t.id)!.properties;
      expect(p.declaredCommunes, t.id).toBe(t.declared.communes);
      expect(p.communesDiff, t.id).toBe(t.declared.communes === null ? null : p.communes - t.declared.communes);
    }
  });

  it('differs only for Grand Angoulême (15 vs 29) and the Bocage Bressuirais (19 vs 20)', async () => {
    const { territories } = await loadLayers();
    const differing = territories
      .filter((f) => f.properties.communesDiff !== 0)
      .map((f) => [f.id, f.properties.communes, f.properties.declaredCommunes, f.properties.communesDiff]);
    expect(differing).toEqual([
      ['ca-grand-angouleme', 15, 29, -14],
      ['pays-bocage-bressuirais', 19, 20, -1],
    ]);
  });
});
