// The 2026 EPCIs' map labels, on the real crosswalk.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalkOf } from '../src/lib/epci/load-epci.ts';
import { epciMapLabel } from '../src/lib/epci/epci-label.ts';
import { projectRoot } from './geo-support.ts';

const crosswalk = crosswalkOf(JSON.parse(readFileSync(`${projectRoot}/geo/crosswalk-2026.json`, 'utf8')));

describe('map labels of the 2026 EPCIs', () => {
  it('drop the nature and the article, keep the place', () => {
    expect(epciMapLabel('CC de Parthenay-Gâtine')).toBe('Parthenay-Gâtine');
    expect(epciMapLabel('CU du Grand Poitiers')).toBe('Grand Poitiers');
    expect(epciMapLabel("CC de l'Ile de Ré")).toBe('Ile de Ré');
    expect(epciMapLabel('CA "Saintes - Grandes Rives - L\'Agglo"')).toBe("Saintes - Grandes Rives - L'Agglo");
  });

  it('stay distinct and non-empty for the 37 EPCIs', () => {
    const labels = crosswalk.epci.map((e) => epciMapLabel(e.name));
    expect(labels).toHaveLength(37);
    expect(new Set(labels).size).toBe(37);
    for (const [i, label] of labels.entries()) {
      expect(label.length, crosswalk.epci[i].name).toBeGreaterThan(2);
      expect(label.length, crosswalk.epci[i].name).toBeLessThan(crosswalk.epci[i].name.length);
    }
  });
});
