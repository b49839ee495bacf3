import { describe, expect, it } from 'vitest';
import { shortName } from '../src/lib/short-name';

describe('map labels', () => {
  it('shortens the survey names the way a reader names them', () => {
    expect(shortName("Communauté d'agglomération du Grand Angoulême", 'agglomeration')).toBe('CA Grand Angoulême');
    expect(shortName("Communauté d'agglomération de La Rochelle", 'agglomeration')).toBe('CA La Rochelle');
    expect(shortName("Communauté d'agglomération Pays Royannais", 'agglomeration')).toBe('CA Pays Royannais');
    expect(shortName('Pays de Gâtine', 'pays')).toBe('Gâtine');
    expect(shortName("Pays d'Aunis", 'pays')).toBe('Aunis');
    expect(shortName('Pays des Vals de Gartempe et Creuse', 'pays')).toBe('Vals de Gartempe et Creuse');
    expect(shortName('Pays Ile de Ré', 'pays')).toBe('Ile de Ré');
    expect(shortName('Pays du Haut Val de Sèvre', 'pays')).toBe('Haut Val de Sèvre');
  });
});
