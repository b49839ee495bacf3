/**
 * index.html's map shell: the overview's territories in their colours at first visit, drawn by the
 * page's own inline script before the app's script has run (scripts/map-shell.ts, page.ts, script.ts).
 * The app takes it off once its own first paint is on screen, or once it shows something else.
 */

import { MAP_SHELL_ID, MAP_SHELL_ON } from './script';

export function removeMapShell(): void {
  document.getElementById(MAP_SHELL_ID)?.remove();
  document.documentElement.classList.remove(MAP_SHELL_ON);
}
