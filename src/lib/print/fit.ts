/** Scaling a view down so that it prints on one page. */

/** CSS pixels per millimetre (96 per inch), the unit print layout uses. */
export const PX_PER_MM = 96 / 25.4;
/** The printable box of an A4 landscape page with the margins of print-landscape.css. */
export const A4_LANDSCAPE_BOX_MM = { width: 297 - 20, height: 210 - 20 } as const;

/**
 * The largest zoom (at most 1) at which content laid out `page.width / zoom` wide is no taller than
 * `page.height / zoom`: a narrower layout wraps more and grows taller, so the zoom is searched by
 * bisection. `heightAt` lays the content out at a width and returns its height.
 */
export function fitScale(heightAt: (width: number) => number, page: { width: number; height: number }, minScale = 0.25): number {
  const fits = (scale: number) => heightAt(page.width / scale) * scale <= page.height;
  if (fits(1)) return 1;
  let [low, high] = [minScale, 1];
  for (let i = 0; i < 8; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * While the page prints, zooms `element` so that it fills the width of the box (in mm) and fits its
 * height; returns the function that stops listening.
 */
export function fitOnPrint(element: HTMLElement, boxMm: { width: number; height: number } = A4_LANDSCAPE_BOX_MM): () => void {
  const page = { width: boxMm.width * PX_PER_MM, height: boxMm.height * PX_PER_MM };
  const layOut = (width: number) => {
    element.style.width = `${width}px`;
    return element.scrollHeight;
  };
  const before = () => {
    element.classList.add('print-fitting');
    // A little short of the page: print fonts and screen fonts do not wrap quite alike.
    const scale = fitScale(layOut, page) * 0.97;
    layOut(page.width / scale);
    element.style.zoom = String(scale);
  };
  const after = () => {
    element.classList.remove('print-fitting');
    element.style.width = '';
    element.style.zoom = '';
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    after();
  };
}
