import { scaleSqrt } from 'd3-scale';
import { intensityClasses } from '../intensity-scale';
import { STATUS_LABEL } from '../labels';

// The map's sequential colours, read from the intensity classes so the matrix speaks the map's language.
const [lightest, light, strong] = intensityClasses([4])
  .slice(1)
  .map((c) => c.color);

/** Every colour of the comparison matrix, in one place. */
export const MATRIX_COLORS = {
  mark: strong,
  markLight: light,
  markPale: lightest,
  /** Hatching of a territory the survey says nothing about. */
  noInformation: '#8c877d',
  /** Bar of the reference column (the region). */
  reference: '#b9b3a7',
  grid: '#e0dcd3',
  ink: '#1f1f1f',
  muted: '#5b5852',
  paper: '#fbfaf7',
  head: '#f3f0ea',
} as const;

/** How a status is drawn: en place solid, en cours lighter, the projects outlined. */
export interface MarkStyle {
  fill: string;
  stroke: string;
}

const SOLID: MarkStyle = { fill: MATRIX_COLORS.mark, stroke: MATRIX_COLORS.mark };
const LIGHTER: MarkStyle = { fill: MATRIX_COLORS.markLight, stroke: MATRIX_COLORS.mark };
const OUTLINED: MarkStyle = { fill: 'transparent', stroke: MATRIX_COLORS.mark };

export function markStyle(status: string | null): MarkStyle {
  if (status === 'en-place') return SOLID;
  if (status === 'en-cours') return LIGHTER;
  return OUTLINED;
}

/** The key under the matrix: one entry per way a mark is drawn. */
export const STATUS_KEY: { label: string; style: MarkStyle }[] = [
  { label: STATUS_LABEL['en-place'], style: SOLID },
  { label: STATUS_LABEL['en-cours'], style: LIGHTER },
  { label: `${STATUS_LABEL['en-projet']}, ${STATUS_LABEL['en-reflexion'].toLowerCase()}`, style: OUTLINED },
];

/** Side of a cell's square mark, so that its area grows with the count. */
export function markSide(maxCount: number, maxSide: number): (count: number) => number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, maxSide]);
  return (count) => (count > 0 ? Math.max(4, scale(count)) : 0);
}
