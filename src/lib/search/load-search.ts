import communesUrl from '../../../geo/communes.json?url';
import type { Dataset } from '../schema';
import type { CommuneEntry } from '../geo/types';
import { fetchJson, DataFileError } from '../fetch-json';
import type { AtlasSearch } from './search-index';

/** The commune index and the search engine, fetched on first use so they do not weigh on the first paint. */
export interface SearchService {
  search: AtlasSearch;
  communes: Map<string, CommuneEntry>;
}

let communesPromise: Promise<Map<string, CommuneEntry>> | null = null;
let servicePromise: Promise<SearchService> | null = null;

export function loadCommunes(): Promise<Map<string, CommuneEntry>> {
  communesPromise ??= fetchJson(communesUrl, 'geo/communes.json')
    .then((raw) => {
      if (!Array.isArray(raw)) throw new DataFileError('geo/communes.json', 'Le fichier « geo/communes.json » est illisible.');
      return new Map((raw as CommuneEntry[]).map((c) => [c.insee, c]));
    })
    .catch((e) => {
      communesPromise = null; // a later attempt may succeed
      throw e;
    });
  return communesPromise;
}

export function loadSearch(dataset: Dataset): Promise<SearchService> {
  servicePromise ??= Promise.all([import('./search-index'), loadCommunes()])
    .then(([{ AtlasSearch }, communes]) => ({ search: new AtlasSearch(dataset, [...communes.values()]), communes }))
    .catch((e) => {
      servicePromise = null;
      throw e;
    });
  return servicePromise;
}
