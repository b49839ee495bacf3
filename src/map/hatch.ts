/** Diagonal hatching for « pas d'information », drawn in code so the map needs no sprite file. */
export function hatchPattern(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size > 1) continue;
      const i = (y * size + x) * 4;
      data.set([70, 68, 64, 200], i);
    }
  }
  return { width: size, height: size, data };
}

/** Sparse dots for « hors enquête », so it never reads as a faded or uninformed territory. */
export function dotPattern(size = 6): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  data.set([120, 116, 108, 170], 0);
  return { width: size, height: size, data };
}
