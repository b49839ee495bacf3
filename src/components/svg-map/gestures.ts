import type { Attachment } from 'svelte/attachments';

/** What the SVG map does with the user's pointer, wheel and keys. */
export interface GestureHandlers {
  /** Zoom and pan allowed. */
  movable: () => boolean;
  /** The content moved by (dx, dy) px. */
  pan: (dx: number, dy: number) => void;
  /** Zoom by `delta` levels around a container point. */
  zoom: (delta: number, around: [number, number]) => void;
  /** The territory under the pointer (null: none), container px. */
  hover: (id: string | null, at: { x: number; y: number }) => void;
  /** A territory clicked, or chosen with Enter or Space. */
  select: (id: string) => void;
}

/** A press that moves further than this, px, is a drag, not a click. */
const CLICK_SLOP = 4;
/** Wheel px per zoom level; one notch of a mouse wheel zooms by half a level. */
const WHEEL_PX_PER_LEVEL = 200;

const territoryOf = (e: Event) => (e.target as Element).closest?.('[data-territory]')?.getAttribute('data-territory') ?? null;

/** Drag to pan, wheel to zoom, hover, click and keyboard choice of the territories (`data-territory`). */
export function gestures(handlers: GestureHandlers): Attachment<SVGSVGElement> {
  return (svg) => {
    const local = (e: MouseEvent): [number, number] => {
      const box = svg.getBoundingClientRect();
      return [e.clientX - box.left, e.clientY - box.top];
    };
    let drag: { x: number; y: number; moved: boolean } | null = null;
    let hovered: string | null = null;

    const pointerdown = (e: PointerEvent) => {
      if (handlers.movable() && e.button === 0) drag = { x: e.clientX, y: e.clientY, moved: false };
    };
    const pointermove = (e: PointerEvent) => {
      if (drag && e.buttons & 1) {
        const dx = e.clientX - drag.x;
        const dy = e.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
        if (!drag.moved) svg.setPointerCapture(e.pointerId);
        drag = { x: e.clientX, y: e.clientY, moved: true };
        handlers.pan(dx, dy);
        return;
      }
      hovered = territoryOf(e);
      const [x, y] = local(e);
      handlers.hover(hovered, { x, y });
    };
    const pointerleave = () => {
      if (hovered !== null) handlers.hover((hovered = null), { x: 0, y: 0 });
    };
    const click = (e: MouseEvent) => {
      const dragged = drag?.moved;
      drag = null;
      const id = territoryOf(e);
      if (!dragged && id) handlers.select(id);
    };
    const keydown = (e: KeyboardEvent) => {
      const id = territoryOf(e);
      if (!id || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      handlers.select(id);
    };
    const wheel = (e: WheelEvent) => {
      if (!handlers.movable()) return;
      e.preventDefault();
      handlers.zoom(Math.max(-1, Math.min(1, -e.deltaY / WHEEL_PX_PER_LEVEL)), local(e));
    };
    const listeners = { pointerdown, pointermove, pointerleave, click, keydown } as const;
    for (const [type, listener] of Object.entries(listeners)) svg.addEventListener(type, listener as EventListener);
    svg.addEventListener('wheel', wheel, { passive: false });
    return () => {
      for (const [type, listener] of Object.entries(listeners)) svg.removeEventListener(type, listener as EventListener);
      svg.removeEventListener('wheel', wheel);
    };
  };
}
