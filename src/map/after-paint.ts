/**
 * Runs `fn` once the next frame has been handed to the compositor, and returns a function that
 * cancels it. For map changes that follow a panel: the frame that shows the panel must not also wait
 * for a map repaint, which under software rendering costs a frame of its own.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
