import { describe, expect, it } from 'vitest';
import { formatNumber, frenchOrder, plural } from '../src/lib/labels';

describe('French number and name formatting', () => {
  it('groups digits the French way and agrees in number', () => {
    expect(formatNumber(37875)).toBe('37\u202f875');
    expect(plural(1, 'pratique')).toBe('1 pratique');
    expect(plural(0, 'pratique')).toBe('0 pratique');
    expect(plural(1200, 'habitant')).toBe('1\u202f200 habitants');
  });

  it('sorts names alphabetically with accented letters beside their plain letter', () => {
    const names = ['Pays Thouarsais', 'Pays de Gâtine', 'Échiré', 'Pays Civraisien', 'Ecouflant'];
    // A code-point sort would put « Échiré » after every plain letter.
    expect([...names].sort().at(-1)).toBe('Échiré');
    expect([...names].sort(frenchOrder)).toEqual(['Échiré', 'Ecouflant', 'Pays Civraisien', 'Pays de Gâtine', 'Pays Thouarsais']);
  });
});
