import { INTENSITY_COLORS as STEPS, NO_PRACTICE_COLOR } from './palette';

/** One class of the intensity legend. */
export interface IntensityClass {
  /** Smallest count in the class. */
  min: number;
  /** Largest count in the class. */
  max: number;
  /** Legend text, e.g. « 3 à 5 ». */
  label: string;
  color: string;
}


function rangeLabel(min: number, max: number): string {
  if (min === max) return `${min}`;
  return `${min} à ${max}`;
}

/**
 * Classes for counts of practices: zero alone, then up to four classes of equal width over 1…max,
 * with whole-number bounds a reader can check by counting.
 */
export function intensityClasses(counts: readonly number[]): IntensityClass[] {
  const max = Math.max(0, ...counts);
  const classes: IntensityClass[] = [{ min: 0, max: 0, label: 'Aucune', color: NO_PRACTICE_COLOR }];
  if (max === 0) return classes;
  const width = Math.max(1, Math.ceil(max / STEPS.length));
  for (let i = 0, lo = 1; lo <= max; i++, lo += width) {
    const hi = Math.min(max, lo + width - 1);
    classes.push({ min: lo, max: hi, label: rangeLabel(lo, hi), color: STEPS[i] });
  }
  return classes;
}

/**
 * The index of each count's class: the last class whose minimum it reaches. Kept free of d3-scale,
 * whose shared module would pull d3's colour and number formatting into the first download.
 */
export function intensityClassIndex(classes: readonly IntensityClass[]) {
  const mins = classes.map((c) => c.min);
  return (count: number) => {
    let i = 0;
    while (i + 1 < mins.length && count >= mins[i + 1]) i++;
    return i;
  };
}
