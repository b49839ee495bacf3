import MiniSearch, { type Query } from 'minisearch';
import type { Dataset } from '../schema';
import type { CommuneEntry } from '../geo/types';
import { indexTokens, stem, words } from './tokenize';
import { MIN_PREFIX_LENGTH, rankHits } from './rank';
import { DEPARTEMENTS, KINDS, plural } from '../labels';

export type ResultKind = 'territoire' | 'departement' | 'commune' | 'pratique';

/** One search hit: what it is, what to open, and the words to highlight. */
export interface SearchResult {
  kind: ResultKind;
  /** Territory id, département code, commune INSEE code, or practice id. */
  id: string;
  /** Territory the result leads to (none for a département, or a commune outside the survey). */
  territory: string | null;
  title: string;
  /** Short context line: département, intercommunality, territory name. */
  detail: string;
  /** Query terms that matched, for highlighting. */
  terms: string[];
  score: number;
}

interface Doc {
  id: string;
  kind: ResultKind;
  ref: string;
  territory: string | null;
  title: string;
  detail: string;
  code: string;
}

/** The longest query we read: longer input is cut, so a pasted page cannot stall the search. */
export const MAX_QUERY_LENGTH = 120;

/** Kinds ranked when scores are close: a name match should beat a word in a long practice. */
const KIND_BOOST: Record<ResultKind, number> = { territoire: 3, departement: 3, commune: 2, pratique: 1 };

export class AtlasSearch {
  #index: MiniSearch<Doc>;

  constructor(dataset: Dataset, communes: readonly CommuneEntry[] = []) {
    this.#index = new MiniSearch<Doc>({
      fields: ['title', 'code'],
      storeFields: ['kind', 'ref', 'territory', 'title', 'detail'],
      tokenize: (text, field) => (field === 'code' ? [text] : indexTokens(text)),
      processTerm: (term) => stem(term),
      searchOptions: {
        boost: { title: 1, code: 3 },
        prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        combineWith: 'AND',
        tokenize: (text) => words(text),
        processTerm: (term) => stem(term),
        boostDocument: (_id, _term, stored) => KIND_BOOST[(stored?.kind as ResultKind) ?? 'pratique'],
      },
    });
    const names = new Map<string, string>(dataset.territories.map((t) => [t.id, t.name]));
    const docs: Doc[] = [];
    for (const t of dataset.territories) {
      docs.push({ id: `t:${t.id}`, kind: 'territoire', ref: t.id, territory: t.id, title: t.name, detail: `${KINDS[t.kind]} · ${DEPARTEMENTS[t.departement]} (${t.departement})`, code: '' });
      for (const p of t.practices) {
        docs.push({ id: `p:${p.id}`, kind: 'pratique', ref: p.id, territory: t.id, title: p.text, detail: t.name, code: '' });
      }
    }
    // A département is found by name or code, and offers the département filter.
    for (const [code, name] of Object.entries(DEPARTEMENTS)) {
      const count = dataset.territories.filter((t) => t.departement === code).length;
      const detail = `Département (${code}) · ${plural(count, 'territoire enquêté', 'territoires enquêtés')}`;
      docs.push({ id: `d:${code}`, kind: 'departement', ref: code, territory: null, title: name, detail, code });
    }
    for (const c of communes) {
      const territory = c.agglo ?? c.pays;
      const detail = [c.epci?.name, territory ? names.get(territory) : 'hors enquête'].filter(Boolean).join(' · ');
      docs.push({ id: `c:${c.insee}`, kind: 'commune', ref: c.insee, territory, title: c.name, detail, code: c.insee });
    }
    this.#index.addAll(docs);
  }

  /** Results best first; an empty or odd query gives an empty list, never an error. */
  search(query: string, limit = 30): SearchResult[] {
    const q = query.slice(0, MAX_QUERY_LENGTH).trim();
    if (!q) return [];
    const code = q.replace(/\s/g, '');
    const ws = words(q);
    if (ws.length === 0) return [];
    // « Liber Accès » must also find « LiberAccès »: the words written together are an alternative query.
    const expanded: Query = ws.length > 1 ? { combineWith: 'OR', queries: [{ combineWith: 'AND', queries: [q] }, ws.join('')] } : q;
    const hits = /^\d[\dab]\d{3}$/i.test(code)
      ? this.#index.search(code.toUpperCase(), { fields: ['code'], prefix: false, fuzzy: false })
      : this.#index.search(expanded);
    return rankHits(q, hits, (h) => h.title as string).slice(0, limit).map((h) => ({
      kind: h.kind as ResultKind,
      id: h.ref as string,
      territory: h.territory as string | null,
      title: h.title as string,
      detail: h.detail as string,
      terms: [...new Set([...words(q), ...h.terms])],
      score: h.score,
    }));
  }
}
