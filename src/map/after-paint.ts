/**
 * Runs `fn` once the next frame has been drawn and the page is idle (within 100 ms at most), and
 * returns a function that cancels it. For map changes that follow a panel: the frame that shows the
 * panel must not also wait for a map repaint, which under software rendering costs a frame of its own.
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
