import { describe, expect, it } from 'vitest';
import { legendTitle } from '../src/lib/legend-title';

describe('legendTitle', () => {
  it('names what the colours count, and says when a status filter narrows the count', () => {
    expect(legendTitle({ mode: 'intensite', statuses: [], themes: [], themeMatch: 'any' }, {})).toBe('Nombre de pratiques relevées');
    expect(legendTitle({ mode: 'intensite', statuses: ['en-place'], themes: [], themeMatch: 'any' }, {})).toBe('Nombre de pratiques (filtre de statut actif)');
  });

  it('names the dominant form in « type » mode, filter or not', () => {
    expect(legendTitle({ mode: 'type', statuses: [], themes: [], themeMatch: 'any' }, {})).toBe('Forme de mutualisation dominante');
    expect(legendTitle({ mode: 'type', statuses: ['en-projet'], themes: [], themeMatch: 'any' }, {})).toBe('Forme de mutualisation dominante');
  });
});
