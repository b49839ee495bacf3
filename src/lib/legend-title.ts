import type { ViewState } from './url-state';

/** The legend's title: what the colours count or show, and of which practices. */
export function legendTitle(
  view: Pick<ViewState, 'mode' | 'statuses' | 'themes' | 'themeMatch'>,
  themeLabel: Readonly<Record<string, string>>,
): string {
  const which =
    view.themes.length === 1
      ? ` « ${themeLabel[view.themes[0]] ?? view.themes[0]} »`
      : view.themes.length > 1
        ? ` des ${view.themes.length} thèmes choisis`
        : '';
  const where = view.themes.length > 1 && view.themeMatch === 'all' ? ', territoires ayant chacun d’eux' : '';
  const status = view.statuses.length ? ' (filtre de statut actif)' : '';
  if (view.mode === 'type') return which ? `Forme dominante des pratiques${which}${where}` : 'Forme de mutualisation dominante';
  if (!which) return view.statuses.length ? `Nombre de pratiques${status}` : 'Nombre de pratiques relevées';
  return `Nombre de pratiques${which}${where}${status}`;
}
