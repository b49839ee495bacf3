import { scaleSqrt } from 'd3-scale';
import { MATRIX_COLORS } from '../palette';
import { STATUS_LABEL } from '../labels';

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
