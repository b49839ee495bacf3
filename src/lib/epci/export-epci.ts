// The export of the 2026 intercommunalités, reached through a dynamic import() from the export menu.

import type { Dataset, Territory } from '../schema';
import { download } from '../download';
import { visiblePractices } from '../practice-filter';
import { exportFileName, type ExportFilters } from '../export/filters';
import { epciGeoJson } from './epci-export';
import { loadCrosswalk, loadEpciOutlines } from './load-epci';

/** The 2026 intercommunalités with the practices of the 2008 territories they carry on, under the filters. */
export async function exportEpciGeoJson(dataset: Dataset, filter: ExportFilters): Promise<void> {
  const [outlines, crosswalk] = await Promise.all([loadEpciOutlines(), loadCrosswalk()]);
  const byId = new Map<string, Territory>(dataset.territories.map((t) => [t.id, t]));
  const practiceCount = (id: string) => {
    const t = byId.get(id);
    return t ? visiblePractices(t, filter).length : 0;
  };
  const collection = epciGeoJson(outlines, crosswalk, (id) => byId.get(id)?.name ?? id, practiceCount);
  download(JSON.stringify(collection), exportFileName('intercommunalites-2026', filter, new Date()), 'application/geo+json');
}
