import { lazyComponent } from './lazy-component.svelte';

/**
 * The territory panel's code: fetched when the page has settled (to warm it up) or at the first panel
 * opened, whichever comes first. Nothing of it is needed to draw the map.
 */
const panel = lazyComponent(() => import('./TerritoryPanel.svelte'));
export const loadedTerritoryPanel = panel.loaded;
export const loadTerritoryPanel = panel.load;
