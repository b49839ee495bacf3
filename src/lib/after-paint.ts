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

/**
 * Runs `fn` in the task that follows the next frame, without waiting for the page to be idle, and
 * returns a function that cancels it: for work that must start as soon as a frame is on its way to
 * the screen (the map's creation after the first paint).
 */
export function afterFrame(fn: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    // A message posted from the frame callback is handled once that frame has been handed on.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) fn();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
