import { mount, unmount } from 'svelte';
import type { Dataset } from '../../lib/schema';
import ComparisonMatrix from './ComparisonMatrix.svelte';

/**
 * Builds a comparison matrix once, off-screen, when the browser is idle, lays it out and throws it
 * away: the first « Comparer avec les voisins » then runs code the engine has already compiled (as
 * warm-up-panel.ts does for the panel). Returns a function that cancels it if it has not run yet.
 */
export function warmUpMatrix(dataset: Dataset, compared: string[]): () => void {
  const handle = requestIdleCallback(() => {
    const target = document.createElement('div');
    target.style.cssText = 'position:fixed;left:-10000px;top:0;width:420px;height:800px;visibility:hidden;contain:strict';
    target.inert = true;
    document.body.append(target);
    const none = () => {};
    const matrix = mount(ComparisonMatrix, {
      target,
      props: { dataset, compared, statuses: [], rows: 'themes', cols: 'ajout', onremove: none, onopen: none, onorder: none },
    });
    void target.firstElementChild?.scrollHeight;
    unmount(matrix);
    target.remove();
  });
  return () => cancelIdleCallback(handle);
}
