import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { communeSentence } from '../src/lib/commune-sentence';
import type { CommuneEntry } from '../src/lib/geo/types';
import { dataset } from './survey-fixtures';

const communes = JSON.parse(readFileSync('geo/communes.json', 'utf8')) as CommuneEntry[];
const byCode = (insee: string) => communes.find((c) => c.insee === insee)!;
const nameOf = (id: string) => dataset.territories.find((t) => t.id === id)?.name;

describe('which territory was my commune in?', () => {
  it('answers for a commune of a pays', () => {
    expect(communeSentence(byCode('16106'), nameOf)).toBe(
      'En 2008, Confolens faisait partie du Pays de Charente Limousine (CC du Confolentais).',
    );
  });

  it('names both the agglomération and the pays around it', () => {
    const sentence = communeSentence(byCode('17299'), nameOf);
    expect(sentence).toContain("de la Communauté d'agglomération du Pays Rochefortais");
    expect(sentence).toContain('Pays Rochefortais.');
  });

  it('says when a commune was outside every surveyed territory', () => {
    const outside = communes.find((c) => !c.pays && !c.agglo)!;
    expect(communeSentence(outside, nameOf)).toMatch(/ne faisait partie d'aucun territoire de l'enquête.*hors enquête/);
  });
});
