/**
 * What was drawn against what is wanted. Each change sent to MapLibre (a feature state, a source's
 * data) repaints the whole map, and right after load nothing has changed yet: the map components
 * remember what they drew and send only what differs.
 */

/** The entries of `wanted` whose value differs from the one drawn, in `wanted`'s order. */
export function changedEntries<V>(drawn: Readonly<Record<string, V>>, wanted: Readonly<Record<string, V>>): [string, V][] {
  const changed: [string, V][] = [];
  for (const key in wanted) if (wanted[key] !== drawn[key]) changed.push([key, wanted[key]]);
  return changed;
}

/** An outline: the territories it surrounds, and the shapes it was (or is to be) drawn from. */
export interface Outline {
  ids: readonly string[];
  /** Replaced as a whole when the map swaps geometries (the detailed one once zoomed in). */
  shapes: unknown;
}

/**
 * Whether the wanted outline must be drawn again: other territories, or new shapes under an outline
 * that draws something (an empty outline looks the same from any shapes).
 */
export function outlineChanged(drawn: Outline, wanted: Outline): boolean {
  const sameIds = drawn.ids.length === wanted.ids.length && drawn.ids.every((id, i) => id === wanted.ids[i]);
  return !sameIds || (wanted.ids.length > 0 && drawn.shapes !== wanted.shapes);
}
