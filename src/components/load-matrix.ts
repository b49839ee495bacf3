import { lazyComponent } from './lazy-component.svelte';

/** The comparison matrix's code: fetched once a panel has opened and the page is idle, or at the first comparison. */
const matrix = lazyComponent(() => import('./comparison/ComparisonMatrix.svelte'));
export const loadedComparisonMatrix = matrix.loaded;
export const loadComparisonMatrix = matrix.load;
