/** What a key does during the guided tour; null leaves the key to the page. */
export type TourAction = 'previous' | 'next' | 'close';

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  defaultPrevented?: boolean;
  /** The focused element: a text field or the map keep their own use of the arrows. */
  target?: EventTarget | FocusedLike | null;
}

interface FocusedLike {
  tagName?: string;
  isContentEditable?: boolean;
  classList?: { contains(name: string): boolean };
}

const KEEPS_ARROWS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function tourAction(event: KeyLike): TourAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'Escape') return 'close';
  const target = event.target as FocusedLike | null | undefined;
  if (target && (KEEPS_ARROWS.has(target.tagName ?? '') || target.isContentEditable || target.classList?.contains('maplibregl-canvas'))) {
    return null;
  }
  if (event.key === 'ArrowRight' || event.key === 'PageDown') return 'next';
  if (event.key === 'ArrowLeft' || event.key === 'PageUp') return 'previous';
  return null;
}
