import { mount, unmount } from 'svelte';
import type { Atlas } from '../lib/atlas';
import { loadTerritoryPanel } from './load-panel';

/**
 * Builds a territory's panel once when the browser is idle, lays it out, and throws it away, all in
 * one task: the first click on the map then runs code the engine has already compiled, templates
 * Svelte has already parsed and fonts the browser has already shaped text with: in a fresh page the
 * first panel costs several times the script and layout of the next ones. Nothing is ever painted, and no other script, test or assistive technology can see the panel meanwhile.
 * Returns a function that cancels it if it has not run yet.
 */
export function warmUpPanel(atlas: Atlas): () => void {
  const territory = atlas.territories.reduce((a, b) => (b.practices.length > a.practices.length ? b : a));
  let cancelled = false;
  let handle = 0;
  // Its code first, then the build in an idle period of its own.
  loadTerritoryPanel()
    .then((TerritoryPanel) => {
      if (!cancelled) handle = requestIdleCallback(() => build(TerritoryPanel));
    })
    .catch(() => {});
  const build = (TerritoryPanel: Awaited<ReturnType<typeof loadTerritoryPanel>>) => {
    const target = document.createElement('div');
    target.style.cssText = 'position:fixed;left:-10000px;top:0;width:400px;height:800px;visibility:hidden;contain:strict';
    target.inert = true;
    document.body.append(target);
    const panel = mount(TerritoryPanel, {
      target,
      props: {
        atlas,
        territory,
        filter: { statuses: [] },
        activeThemes: [],
        compared: [],
        movefocus: false,
        onclose: () => {},
        onselect: () => {},
        oncompareneighbours: () => {},
        ontogglecompare: () => {},
      },
    });
    void target.firstElementChild?.scrollHeight; // style and layout of the whole panel, now
    unmount(panel);
    target.remove();
  };
  return () => {
    cancelled = true;
    cancelIdleCallback(handle);
  };
}
