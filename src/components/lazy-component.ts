/**
 * A component whose code is fetched once, on demand (or ahead, when the page is idle), and then kept:
 * once here, a click shows it in the frame of that click rather than a task later, as an
 * `{#await import()}` would.
 */
export function lazyComponent<C>(load: () => Promise<{ default: C }>): { loaded: () => C | null; load: () => Promise<C> } {
  let loading: Promise<C> | null = null;
  let loaded: C | null = null;
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
