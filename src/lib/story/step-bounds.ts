/** Where the map goes for a step of the guided tour: what the step is about, framed. */
import type { FeatureCollection } from 'geojson';
import { boundsOf } from '../atlas-geometry';
import type { ViewState } from '../url-state';

type Bounds = [number, number, number, number];

/** The compared territories, or else the open one, or else the whole region. */
export function stepBounds(view: Pick<ViewState, 't' | 'cmp'>, territories: FeatureCollection, region: Bounds): Bounds {
  const ids = new Set(view.cmp.length ? view.cmp : view.t ? [view.t] : []);
  const features = territories.features.filter((f) => ids.has(String(f.id)));
  return features.length ? boundsOf({ type: 'FeatureCollection', features }) : region;
}
