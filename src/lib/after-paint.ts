/**
 * Runs `fn` once the next frame has been drawn and the page is idle (or after a short wait), and
 * returns a function that cancels it. For work that can follow a panel by a frame (the rest of its
 * lists, focus, the map's outline and pan): the frame that shows the panel must not wait for it, and a
 * map repaint under software rendering costs a frame of its own.
 */
export function afterNextPaint(fn: () => void): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(fn, { timeout: 100 });
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdleCallback(idle);
  };
}
