// The 2026 geography in the header's search: its data is downloaded on the first search, beside
// the 2008 index, and its results join the search box's groups.

import type { SearchResult } from '../search/search-index';
import { loadCommunes } from '../search/load-search';
import { loadCommunes2026, loadCrosswalk } from './load-epci';
import { searchCommunes2026, searchEpci } from './epci-search';
import { EPCI_KIND_LABEL } from './epci-label';
import { plural } from '../labels';
import { words } from '../search/tokenize';

/** A result of the 2026 search: an EPCI (`id` = SIREN) or a commune of 2026 (`id` = its code). */
export interface Result2026 {
  kind: 'epci' | 'commune-2026';
  id: string;
  /** The 2008 territory it leads to (a commune's), or null for an EPCI. */
  territory: string | null;
  /** For a commune of 2026: the 2008 commune to point at on the map (itself, or the first it was made of). */
  commune: string | null;
  title: string;
  detail: string;
  terms: string[];
}

export type AnyResult = SearchResult | Result2026;

export const is2026 = (r: AnyResult): r is Result2026 => r.kind === 'epci' || r.kind === 'commune-2026';

const MAX_RESULTS = 8;

/** Loads the 2026 data and the 2008 commune index, and returns the search over them. */
export async function loadSearch2026(territoryName: (id: string) => string): Promise<(query: string) => Result2026[]> {
  const [crosswalk, communes2026, communes2008] = await Promise.all([loadCrosswalk(), loadCommunes2026(), loadCommunes()]);
  const epciEntry = new Map(crosswalk.epci.map((e) => [e.siren, e]));
  return (query) => {
    const terms = words(query);
    const epcis = searchEpci(crosswalk, query)
      .slice(0, MAX_RESULTS)
      .map((hit): Result2026 => {
        const e = epciEntry.get(hit.siren)!;
        return {
          kind: 'epci',
          id: hit.siren,
          territory: null,
          commune: null,
          title: hit.name,
          detail: `SIREN ${hit.siren} · ${EPCI_KIND_LABEL[e.kind]} · ${plural(e.communes, 'commune')}`,
          terms: [...terms, hit.siren],
        };
      });
    const communes = searchCommunes2026(communes2026, crosswalk, communes2008, query)
      .slice(0, MAX_RESULTS)
      .map((hit): Result2026 => {
        const merged = hit.former.length > 1 ? ` · réunit ${hit.former.map((f) => f.name).join(', ')}` : '';
        const before = hit.territories2008.length ? hit.territories2008.map(territoryName).join(', ') : 'hors enquête';
        return {
          kind: 'commune-2026',
          id: hit.code,
          territory: hit.territories2008[0] ?? null,
          commune: hit.former.find((f) => f.insee === hit.code)?.insee ?? hit.former[0]?.insee ?? null,
          title: hit.name,
          detail: `2008 : ${before} · 2026 : ${hit.epci.name}${merged}`,
          terms,
        };
      });
    return [...epcis, ...communes];
  };
}
