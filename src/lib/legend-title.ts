import type { ViewState } from './url-state';

/** What the map's colours say, as the legend's title (and the exported map's). */
export function legendTitle(view: Pick<ViewState, 'mode' | 'statuses'>): string {
  if (view.mode === 'type') return 'Forme de mutualisation dominante';
  return view.statuses.length ? 'Nombre de pratiques (filtre de statut actif)' : 'Nombre de pratiques relevées';
}
