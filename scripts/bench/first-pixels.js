// Injected by scripts/bench.ts after in-page.js (plain JS, handed to the browser as is). Marks when
// each page first shows map pixels, the same way on both pages:
// - the app's first map pixels: once a canvas says it has drawn the 33 territories (index.html's
//   shell, or the app's first paint for a link with a view) or an SVG map has 33 territory paths in
//   the DOM, the next frame handed to the compositor (a task queued from its rAF callback) —
//   'bench:first-pixels-svg';
// - a MapLibre canvas: its first 'render' with the style and every tile loaded, the task after it —
//   'bench:first-pixels-canvas' (the baseline's only one);
// and sums the layout shifts of the load (window.__benchLayoutShift, what moved in __benchLayoutShifted).
// The first-paint browser test reads the same marks.
(() => {
  const TERRITORIES = 33;
  const afterFrame = (mark) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => performance.mark(mark);
      channel.port2.postMessage(null);
    });
  const afterTask = (mark) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark(mark);
    channel.port2.postMessage(null);
  };

  const drawn = () =>
    document.querySelectorAll('svg path[data-territory]').length >= TERRITORIES ||
    Number(document.querySelector('canvas[data-territories]')?.getAttribute('data-territories')) >= TERRITORIES;
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    afterFrame('bench:first-pixels-svg');
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-territories'] });

  window.__benchLayoutShift = 0;
  // What moved, for a failure to name it.
  window.__benchLayoutShifted = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__benchLayoutShift += e.value;
      for (const s of e.sources) window.__benchLayoutShifted.push(String(s.node?.outerHTML ?? s.node?.nodeName).slice(0, 120));
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // in-page.js owns the __atlasMap property: chain onto its setter.
  const owner = Object.getOwnPropertyDescriptor(window, '__atlasMap');
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: owner.get,
    set: (map) => {
      owner.set(map);
      const frame = () => {
        if (!map.isStyleLoaded() || !map.areTilesLoaded()) return;
        map.off('render', frame);
        afterTask('bench:first-pixels-canvas');
      };
      map.on('render', frame);
    },
  });
})();
