// Injected by scripts/bench.ts before any page script (plain JS: it is handed to the browser as is).
// It times interactions inside the page, from the input event's own timestamp to the frame that
// shows the result, so the driver's round trips never count.
(() => {
  // The app publishes its map only when asked (src/map/test-hooks.ts).
  window.__atlasTestHooks = true;
  let map = null;
  // Both pages publish their map as window.__atlasMap right after creating it: hooking the
  // assignment catches the first 'idle' however early it comes.
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: () => map,
    set: (m) => {
      map = m;
      performance.mark('bench:map-created');
      m.once('load', () => performance.mark('bench:map-load'));
      m.once('idle', () => {
        performance.mark('bench:map-idle');
        window.__benchMapIdle?.();
      });
    },
  });

  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        // A task queued from the frame callback runs once that frame has been handed to the compositor.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  const afterTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  // The first trusted input of the interaction: for a click on a <label>, the label's click,
  // not the synthetic one the browser forwards to the input.
  const firstInput = (types) => {
    let t0 = null;
    const record = (e) => {
      if (t0 === null && e.isTrusted) t0 = e.timeStamp;
    };
    for (const type of types) window.addEventListener(type, record, true);
    return {
      get: () => t0,
      stop: () => types.forEach((type) => window.removeEventListener(type, record, true)),
    };
  };

  const withTimeout = (promise, ms, what) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms))]);

  window.__bench = {
    pending: null,
    // For measurements armed from their own files (scripts/bench/*.ts).
    afterPaint,
    firstInput,

    /** Click → the panel's heading shows `name`. */
    armPanel(name) {
      const input = firstInput(['click']);
      const shown = () => {
        const h = document.querySelector('aside h2');
        return h !== null && h.textContent.trim() === name;
      };
      this.pending = withTimeout(
        new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (input.get() === null || !shown()) return;
            observer.disconnect();
            afterPaint().then((t1) => resolve(t1 - input.get()));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
        10_000,
        `panel "${name}"`,
      ).finally(() => input.stop());
    },

    /**
     * Input → the first map frame drawn with the new style. A data-driven paint change re-lays the
     * source's tiles out in the worker; until they come back MapLibre keeps drawing the old ones,
     * so the repaint is the first frame with every tile loaded again. 'idle' also waits for the
     * label fade-in, reported apart.
     */
    armRepaint() {
      const input = firstInput(['click', 'keydown']);
      this.pending = withTimeout(
        new Promise((resolve) => {
          let reloading = false;
          let firstFrame = null;
          let repaint = null;
          const onRender = () => {
            if (input.get() === null) return;
            if (firstFrame === null) afterTask().then((t) => (firstFrame ??= t));
            if (!map.areTilesLoaded()) reloading = true;
            else if (reloading && repaint === null) afterTask().then((t) => (repaint ??= t));
          };
          const onIdle = () => {
            if (input.get() === null) return;
            map.off('render', onRender);
            map.off('idle', onIdle);
            afterTask().then((tIdle) => {
              const t0 = input.get();
              // Without a relayout, the first frame after the input is the repaint.
              const t1 = repaint ?? firstFrame ?? tIdle;
              resolve({ repaint: t1 - t0, firstFrame: (firstFrame ?? tIdle) - t0, idle: tIdle - t0, relayout: reloading });
            });
          };
          map.on('render', onRender);
          map.on('idle', onIdle);
        }),
        15_000,
        'map repaint',
      ).finally(() => input.stop());
    },

    /**
     * Keystroke → the next frame once the input has been handled: the results it shows are those of
     * the new query, whether or not the keystroke changed them.
     */
    armSearch() {
      const input = firstInput(['keydown']);
      this.pending = withTimeout(
        new Promise((resolve) => {
          const onInput = () => {
            if (input.get() === null) return;
            window.removeEventListener('input', onInput, true);
            // Svelte updates the list in a microtask after this handler; the next frame shows it.
            afterPaint().then((t1) => resolve(t1 - input.get()));
          };
          window.addEventListener('input', onInput, true);
        }),
        5_000,
        'search results',
      ).finally(() => input.stop());
    },
  };
})();
