import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { intensityRanking, practicesBy, themesByDepartement } from '../src/lib/statistics';
import { STATUSES } from '../src/lib/labels';

const all = { statuses: [] as string[] };
const total = dataset.territories.reduce((n, t) => n + t.practices.length, 0);
const depts = ['16', '17', '79', '86'];

describe('statistics of the survey', () => {
  it('splits each theme by département, adding up to the practices carrying it', () => {
    const bars = themesByDepartement(dataset, all, depts);
    expect(bars.map((b) => b.key)).toEqual(dataset.themes.map((t) => t.id));
    const sig = bars.find((b) => b.key === 'sig')!;
    const sigPractices = dataset.territories.flatMap((t) => t.practices).filter((p) => p.themes.includes('sig'));
    expect(sig.total).toBe(sigPractices.length);
    // The Pays Loudunais (86) has a SIG practice, so the Vienne part is not empty.
    expect(sig.parts.find((p) => p.key === '86')!.value).toBeGreaterThan(0);
  });

  it('counts every practice once per status, and follows the filter', () => {
    const byStatus = practicesBy(dataset, all, 'status', STATUSES);
    expect(byStatus.reduce((n, b) => n + b.total, 0)).toBe(total);
    const onlyProjects = practicesBy(dataset, { statuses: ['en-projet'] }, 'status', STATUSES);
    expect(onlyProjects.filter((b) => b.total > 0).map((b) => b.key)).toEqual(['en-projet']);
  });

  it('ranks territories by number of practices, the Ile de Ré (no information) last', () => {
    const ranking = intensityRanking(dataset, all, STATUSES.map((s) => s.id));
    expect(ranking).toHaveLength(33);
    for (let i = 1; i < ranking.length - 1; i++) expect(ranking[i - 1].total).toBeGreaterThanOrEqual(ranking[i].total);
    expect(ranking.at(-1)!.key).toBe('pays-ile-de-re');
    const top = Math.max(...dataset.territories.map((t) => t.practices.length));
    expect(ranking[0].total).toBe(top);
  });
});
