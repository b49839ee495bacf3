/**
 * A component whose code is fetched once, on demand (or ahead, when the page is idle), and then kept.
 * `loaded()` is reactive: a component that reads it shows the component as soon as its code is here,
 * and in the frame of a click once it is (where an `{#await import()}` would wait a task).
 */
export function lazyComponent<C>(load: () => Promise<{ default: C }>): { loaded: () => C | null; load: () => Promise<C> } {
  let loading: Promise<C> | null = null;
  let loaded = $state.raw<C | null>(null);
  return {
    loaded: () => loaded,
    load() {
      loading ??= load().then((m) => (loaded = m.default));
      // A failed download is forgotten, so that the next use tries again.
      loading.catch(() => (loading = null));
      return loading;
    },
  };
}
