import { untrack } from 'svelte';
import { afterNextPaint } from './after-paint';

/**
 * A value that follows `get` a frame late: for what can be drawn after the frame that answers a click
 * (the map's repaint, the letters on its names, the list's marks), so that this frame does not wait
 * for it. `key` says when two values are the same; until it changes nothing is redone. Call it while a
 * component initialises.
 */
export function lagged<T>(get: () => T, key: (value: T) => string): { readonly current: T } {
  let value = $state.raw(untrack(get));
  $effect(() => {
    const next = get();
    if (key(next) === key(untrack(() => value))) return;
    return afterNextPaint(() => (value = next));
  });
  return {
    get current() {
      return value;
    },
  };
}
