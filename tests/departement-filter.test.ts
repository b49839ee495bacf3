import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { inDepartements, toggleDepartement } from '../src/lib/departement-filter';

describe('the département filter', () => {
  it('keeps the first département clicked alone, then adds others in code order', () => {
    expect(toggleDepartement([], '79')).toEqual(['79']);
    expect(toggleDepartement(['79'], '16')).toEqual(['16', '79']);
    expect(toggleDepartement(['16', '79'], '79')).toEqual(['16']);
    expect(toggleDepartement(['16'], '16')).toEqual([]);
  });

  it('all four kept is no filter', () => {
    expect(toggleDepartement(['16', '17', '79'], '86')).toEqual([]);
  });

  it('lists the Charente-Maritime territories alone when 17 is chosen: ten of the survey', () => {
    const kept = inDepartements(dataset.territories, ['17']);
    expect(kept).toHaveLength(10);
    expect(kept.every((t) => t.departement === '17')).toBe(true);
    expect(inDepartements(dataset.territories, [])).toHaveLength(dataset.territories.length);
  });
});
