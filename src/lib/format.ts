/** Number and date wording beyond plain counts (those are labels.ts's formatNumber). */

let meanFormat: Intl.NumberFormat | null = null;
let dayFormat: Intl.DateTimeFormat | null = null;

/** 0.40625 → « 0,4 »: a mean, to one decimal. */
export const formatMean = (n: number): string =>
  (meanFormat ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })).format(n);

/** « 6 décembre 2026 ». */
export const formatDay = (date: Date): string =>
  (dayFormat ??= new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })).format(date);
