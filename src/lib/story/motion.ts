/** How the map moves to a step's view: it flies there, or jumps when the user asks for less motion. */

/** The two camera moves of a MapLibre map, with the options the tour passes. */
export interface Camera<Options> {
  flyTo(options: Options): unknown;
  jumpTo(options: Options): unknown;
}

/** The user's « reduce motion » setting, read from the browser (false where it cannot be read). */
export function prefersReducedMotion(match: ((query: string) => { matches: boolean }) | undefined = globalThis.matchMedia): boolean {
  return typeof match === 'function' && match('(prefers-reduced-motion: reduce)').matches;
}

export const cameraMove = (reducedMotion: boolean): 'flyTo' | 'jumpTo' => (reducedMotion ? 'jumpTo' : 'flyTo');

/** Moves the camera to a step's view the way the user's setting allows. */
export function moveCamera<Options>(camera: Camera<Options>, options: Options, reducedMotion = prefersReducedMotion()): void {
  camera[cameraMove(reducedMotion)](options);
}
