import type TerritoryPanelComponent from './TerritoryPanel.svelte';

let loading: Promise<typeof TerritoryPanelComponent> | null = null;
let loaded: typeof TerritoryPanelComponent | null = null;

/** The panel's component if its code is already here, so that a click shows it in its own frame. */
export const loadedTerritoryPanel = () => loaded;

/**
 * The territory panel's code, fetched once: when the page has settled (to warm it up) or at the first
 * panel opened, whichever comes first. Nothing of it is needed to draw the map.
 */
export function loadTerritoryPanel(): Promise<typeof TerritoryPanelComponent> {
  loading ??= import('./TerritoryPanel.svelte').then((m) => (loaded = m.default));
  // A failed download is forgotten, so that the next panel opened tries again.
  loading.catch(() => (loading = null));
  return loading;
}
