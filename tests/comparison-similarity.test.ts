import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import {
  cosineSimilarity,
  inSentence,
  profileTwins,
  sharedSentence,
  themeVector,
  twinsComparison,
} from '../src/lib/comparison/similarity';
import type { Dataset } from '../src/lib/schema';
import { MAX_COMPARED } from '../src/lib/url-state';

const all = { statuses: [] as string[] };
const themeIds = dataset.themes.map((t) => t.id);
const themeLabel = Object.fromEntries(dataset.themes.map((t) => [t.id, t.label]));
const vectors = new Map<string, number[]>(dataset.territories.map((t) => [t.id, themeVector(t, themeIds, all)]));
const withPractices = dataset.territories.filter((t) => t.practices.length > 0);

describe('profile similarity', () => {
  it('counts, per theme, the practices of a territory', () => {
    const mellois = dataset.territories.find((t) => t.id === 'pays-mellois')!;
    const v = vectors.get('pays-mellois')!;
    themeIds.forEach((id, i) => expect(v[i]).toBe(mellois.practices.filter((p) => p.themes.includes(id as never)).length));
  });

  it('is symmetric', () => {
    for (const a of dataset.territories)
      for (const b of dataset.territories)
        expect(cosineSimilarity(vectors.get(a.id)!, vectors.get(b.id)!)).toBe(cosineSimilarity(vectors.get(b.id)!, vectors.get(a.id)!));
  });

  it('finds every territory with practices most similar to itself', () => {
    for (const a of withPractices) {
      const self = cosineSimilarity(vectors.get(a.id)!, vectors.get(a.id)!);
      expect(self).toBeCloseTo(1, 12);
      for (const b of dataset.territories) expect(cosineSimilarity(vectors.get(a.id)!, vectors.get(b.id)!)).toBeLessThanOrEqual(self + 1e-12);
    }
  });

  it('lists 3 to 5 twins for Pays Mellois, closest first, with the themes both have', () => {
    const twins = profileTwins(dataset, 'pays-mellois', all);
    expect(twins.length).toBeGreaterThanOrEqual(3);
    expect(twins.length).toBeLessThanOrEqual(5);
    expect(twins.map((t) => t.id)).not.toContain('pays-mellois');
    const own = vectors.get('pays-mellois')!;
    for (let i = 0; i < twins.length; i++) {
      if (i) expect(twins[i - 1].similarity).toBeGreaterThanOrEqual(twins[i].similarity);
      const other = vectors.get(twins[i].id)!;
      expect(twins[i].shared).toEqual(themeIds.filter((_, k) => own[k] > 0 && other[k] > 0));
      expect(twins[i].shared.length).toBeGreaterThan(0);
    }
    // No territory left out is closer than the last one listed.
    const last = twins[twins.length - 1].similarity;
    for (const t of dataset.territories)
      if (t.id !== 'pays-mellois' && !twins.some((x) => x.id === t.id)) expect(cosineSimilarity(own, vectors.get(t.id)!)).toBeLessThanOrEqual(last);
  });

  it('breaks ties in the order of the dataset', () => {
    const mellois = dataset.territories.find((t) => t.id === 'pays-mellois')!;
    const clone = (id: string) => ({ ...mellois, id, practices: mellois.practices.map((p) => ({ ...p, id: p.id.replace('pays-mellois', id) })) });
    // Two exact copies, one placed before and one after the original: both are equally close (1).
    const twinned = {
      ...dataset,
      territories: [clone('copie-avant'), ...dataset.territories, clone('copie-apres')],
    } as unknown as Dataset;
    const twins = profileTwins(twinned, 'pays-mellois', all);
    expect(twins.slice(0, 2).map((t) => t.id)).toEqual(['copie-avant', 'copie-apres']);
    const reversed = { ...twinned, territories: [...twinned.territories].reverse() } as Dataset;
    expect(profileTwins(reversed, 'pays-mellois', all).slice(0, 2).map((t) => t.id)).toEqual(['copie-apres', 'copie-avant']);
  });

  it('gives no twin to a territory without a profile, and never offers one as a twin', () => {
    expect(profileTwins(dataset, 'pays-ile-de-re', all)).toEqual([]);
    expect(profileTwins(dataset, 'ca-pays-royannais', all)).toEqual([]);
    for (const t of withPractices) {
      const ids = profileTwins(dataset, t.id, all).map((x) => x.id);
      expect(ids).not.toContain('pays-ile-de-re');
      expect(ids).not.toContain('ca-pays-royannais');
    }
  });

  it('says what twins share in words, with the dataset’s theme labels', () => {
    expect(sharedSentence(['sig', 'commande-publique', 'tourisme-communication'], themeLabel)).toBe(
      `partagent : ${themeLabel.sig}, ${themeLabel['commande-publique'].toLowerCase()}, ${themeLabel['tourisme-communication'].toLowerCase()}`,
    );
    expect(inSentence('SIG et cadastre')).toBe('SIG et cadastre');
    expect(inSentence('Économie et emploi')).toBe('économie et emploi');
  });

  it('compares a territory with its twins, itself first, within the limit', () => {
    const twins = profileTwins(dataset, 'pays-civraisien', all);
    const cmp = twinsComparison('pays-civraisien', twins);
    expect(cmp[0]).toBe('pays-civraisien');
    expect(cmp.length).toBeLessThanOrEqual(MAX_COMPARED);
    expect(cmp.slice(1)).toEqual(twins.map((t) => t.id).slice(0, MAX_COMPARED - 1));
  });
});
