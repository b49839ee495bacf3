// Search in the 2026 geography: EPCI names and SIREN numbers, and commune names of 2026 leading to
// the 2008 communes they were made of (« Confolens » → Pays Charente Limousine in 2008, CC de
// Charente Limousine today).

import { foldText } from '../search/fold';
import { MIN_PREFIX_LENGTH } from '../search/rank';
import { frenchOrder } from '../labels';
import type { CommuneEntry } from '../geo/types';
import type { Crosswalk, CrosswalkCommune } from './types';

export interface EpciHit {
  kind: 'epci';
  siren: string;
  name: string;
}

export interface Commune2026Hit {
  kind: 'commune-2026';
  code: string;
  name: string;
  /** Its EPCI today. */
  epci: { siren: string; name: string };
  /** The 2008 communes it was made of, with their 2008 territory ids (visible one first: agglomération, then pays). */
  former: { insee: string; name: string; territories: string[] }[];
  /** The distinct 2008 territories of those communes, in order of first appearance. */
  territories2008: string[];
}

/** 2008 INSEE code → the commune of 2026 it is part of: where a 2008 commune found by the search is today. */
export function communesTodayByFormer(communes: readonly CrosswalkCommune[]): Map<string, CrosswalkCommune> {
  return new Map(communes.flatMap((c) => c.former.map((insee) => [insee, c] as const)));
}

const normalise = (text: string) => foldText(text).replace(/[-'’\s]+/g, ' ').trim();

/** EPCIs whose name contains the query (accents, case and hyphens ignored), or whose SIREN starts with it. */
export function searchEpci(crosswalk: Crosswalk, query: string): EpciHit[] {
  const q = normalise(query);
  if (q === '') return [];
  const digits = /^\d{3,9}$/.test(q);
  return crosswalk.epci
    .filter((e) => (digits ? e.siren.startsWith(q) : q.length < MIN_PREFIX_LENGTH ? ` ${normalise(e.name)} `.includes(` ${q} `) : normalise(e.name).includes(q)))
    .map((e) => ({ kind: 'epci' as const, siren: e.siren, name: e.name }));
}

/**
 * Communes of 2026 whose name starts with the query, or holds it as a word, or whose code is the
 * query; exact names first. `communes2008` is the 2008 commune index (geo/communes.json).
 */
export function searchCommunes2026(
  communes: readonly CrosswalkCommune[],
  crosswalk: Crosswalk,
  communes2008: ReadonlyMap<string, CommuneEntry>,
  query: string,
): Commune2026Hit[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const epciName = new Map(crosswalk.epci.map((e) => [e.siren, e.name]));
  const rank = (c: CrosswalkCommune) => {
    const name = normalise(c.name);
    if (c.code === q || name === q) return 0;
    // A short query is a whole word or nothing, as in the 2008 search (« SIG » is no « Sigogne »).
    if (q.length < MIN_PREFIX_LENGTH) return ` ${name} `.includes(` ${q} `) ? 2 : -1;
    if (name.startsWith(q)) return 1;
    return name.includes(` ${q}`) ? 2 : -1;
  };
  return communes
    .map((c) => ({ c, r: rank(c) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r || frenchOrder(a.c.name, b.c.name))
    .map(({ c }) => {
      const former = c.former.map((insee) => {
        const e = communes2008.get(insee);
        const territories = e ? [e.agglo, e.pays].filter((t): t is string => t !== null) : [];
        return { insee, name: e?.name ?? insee, territories };
      });
      return {
        kind: 'commune-2026' as const,
        code: c.code,
        name: c.name,
        epci: { siren: c.epci, name: epciName.get(c.epci) ?? c.epci },
        former,
        territories2008: [...new Set(former.flatMap((f) => f.territories))],
      };
    });
}
