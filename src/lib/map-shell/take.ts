/**
 * index.html's map shell, taken over by the app: its canvas, drawn before the app's script ran, is
 * the opening view's map, which the app's first paint would draw again.
 */

import { MAP_SHELL_ID, MAP_SHELL_ON } from './script';
import { removeMapShell } from './remove';

/** Whether the shell is on screen: the opening view's map is there before the app has drawn anything. */
export const mapShellShown = (): boolean => document.documentElement.classList.contains(MAP_SHELL_ON);

/**
 * The shell's canvas, taken off the page with the rest of the shell, when it was drawn for a box of
 * `width` × `height` CSS px at `pixelRatio`; null otherwise (no shell, or the window resized since),
 * the shell then left where it is.
 */
export function takeMapShellCanvas(width: number, height: number, pixelRatio: number): HTMLCanvasElement | null {
  const canvas = document.querySelector<HTMLCanvasElement>(`#${MAP_SHELL_ID} canvas`);
  if (!canvas || canvas.width !== Math.round(width * pixelRatio) || canvas.height !== Math.round(height * pixelRatio)) return null;
  // Off the page with its box; the caller's append moves it into its own.
  removeMapShell();
  return canvas;
}
