// How the 2026 intercommunalités are named on the map and in the lists.

import type { EpciKind } from './types';

/** The legal nature of an EPCI à fiscalité propre, in words. */
export const EPCI_KIND_LABEL: Record<EpciKind, string> = {
  CC: 'Communauté de communes',
  CA: "Communauté d'agglomération",
  CU: 'Communauté urbaine',
  METRO: 'Métropole',
};

/** What the overlay and its toggle are called. */
export const EPCI_OVERLAY_LABEL = 'Intercommunalités 2026';

/**
 * A name short enough for a map label: « CC de Parthenay-Gâtine » → « Parthenay-Gâtine »,
 * « CA "Saintes - Grandes Rives - L'Agglo" » → « Saintes - Grandes Rives - L'Agglo ». The full
 * name stays in the tooltip and the panel.
 */
export function epciMapLabel(name: string): string {
  const rest = name
    .replace(/^(CC|CA|CU|Métropole)\s+/, '')
    .replace(/^(du |de la |de l['’]|des |de |d['’])/, '')
    .replace(/^["«]\s*|\s*["»]$/g, '');
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : name;
}
