import type { ThemeId } from '../schema';
import { PICTOGRAM_GRID } from './grid';

export { PICTOGRAM_GRID };

/**
 * One pictogram per theme, drawn for the atlas: filled shapes on a 24-unit grid, no text. The same
 * path data serves the map (rasterised on a canvas), the toggles and legend (inline SVG) and any SVG map
 * (`<symbol>` + `<use>`). Shapes never overlap, so the even-odd rule only opens the holes drawn on purpose.
 */

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;

export const PICTOGRAMS: Record<ThemeId, string> = {
  // Stacked map layers.
  sig: 'M12 2.5L22 7.5L12 12.5L2 7.5ZM2 11.5L4.6 10.2L12 13.9L19.4 10.2L22 11.5L12 16.5ZM2 15.5L4.6 14.2L12 17.9L19.4 14.2L22 15.5L12 20.5Z',
  // A house with its door.
  habitat: 'M12 2.5L22.5 12H19.5V21.5H14V15H10V21.5H4.5V12H1.5Z',
  // An open book.
  'lecture-publique': 'M2 5.5C5 4.2 8.8 4.3 11.2 6.3V20.5C8.8 18.8 5 18.6 2 19.8ZM22 5.5C19 4.2 15.2 4.3 12.8 6.3V20.5C15.2 18.8 19 18.6 22 19.8Z',
  // A shopping trolley.
  'commande-publique': `M1 3.5H5.2L6 6.5H22.5L20.2 14.5H8.4L8.9 16.2H20V18H7.5L4 5.5H1Z${circle(9.5, 20.8, 1.7)}${circle(18.5, 20.8, 1.7)}`,
  // A tower crane.
  urbanisme: 'M7.5 6.5H10V20H7.5ZM2.5 4.3H22V6.3H2.5ZM7.5 3.8L8.75 1.5L10 3.8ZM18.6 6.8H19.6V12H18.6ZM16.5 12.5H21.5V16H16.5ZM3 6.8H6.5V9.5H3ZM4 20.6H14V22.5H4Z',
  // A screen on its stand.
  numerique: 'M2 3.5H22V17H2ZM4 5.5V15H20V5.5ZM10 17.8H14V19.6H17V21.2H7V19.6H10Z',
  // Rising bars under a rising arrow.
  economie: 'M3 21V17H7V21ZM10 21V14H14V21ZM17 21V11H21V21ZM2.5 11L9 6L12 8.4L17.6 3.6L16 2.2L21.5 1.5L20.8 7L19.3 5.6L12 11.6L9 9.2L3.5 13.4Z',
  // A megaphone and its sound.
  'tourisme-communication': 'M3 9H7L16 4V20L7 15H3ZM4 16H7L7.5 20H4.5ZM18 8C20.5 10 20.5 14 18 16L17.3 15C19.2 13.5 19.2 10.5 17.3 9ZM20 5.5C24 9.5 24 14.5 20 18.5L19.2 17.6C22.5 14 22.5 10 19.2 6.4Z',
  // A classical front: pediment, columns, steps.
  'culture-patrimoine': 'M12 2L22 7H2ZM3 8H21V9.8H3ZM4 11H6.5V19H4ZM8.5 11H11V19H8.5ZM13 11H15.5V19H13ZM17.5 11H20V19H17.5ZM2 20H22V22H2Z',
  // A leaf on its stalk.
  environnement: 'M21 3C11 3 4.5 7.5 4.5 14.5C4.5 16 4.8 17.3 5.4 18.4L2.3 21.5L3.5 22.7L6.6 19.6C7.7 20.2 9 20.5 10.5 20.5C17.5 20.5 21 14 21 3Z',
  // A road cone.
  'voirie-technique': 'M10.3 2H13.7L15.1 6.8H8.9ZM8.2 9.2H15.8L18.6 18.5H5.4ZM3 19.5H21V22H3Z',
  // A file folder.
  administration: 'M2 5C2 4.4 2.4 4 3 4H9L11 6.5H21C21.6 6.5 22 6.9 22 7.5V19C22 19.6 21.6 20 21 20H3C2.4 20 2 19.6 2 19Z',
  // A gear wheel.
  ingenierie: `M10.4 4.2L10.6 1.6L13.4 1.6L13.6 4.2L16.4 5.3L18.4 3.7L20.3 5.6L18.7 7.6L19.8 10.4L22.4 10.6L22.4 13.4L19.8 13.6L18.7 16.4L20.3 18.4L18.4 20.3L16.4 18.7L13.6 19.8L13.4 22.4L10.6 22.4L10.4 19.8L7.6 18.7L5.6 20.3L3.7 18.4L5.3 16.4L4.2 13.6L1.6 13.4L1.6 10.6L4.2 10.4L5.3 7.6L3.7 5.6L5.6 3.7L7.6 5.3Z${circle(12, 12, 3.6)}`,
  // Three people side by side: a meeting.
  gouvernance: `${circle(12, 6.5, 3)}M7 19C7 13.5 9 11 12 11C15 11 17 13.5 17 19Z${circle(4.5, 9, 2.2)}M0.8 19C0.8 15 2.2 13 4.5 13C5.2 13 5.8 13.2 6.3 13.6C5.9 15 5.8 17 5.8 19Z${circle(19.5, 9, 2.2)}M23.2 19C23.2 15 21.8 13 19.5 13C18.8 13 18.2 13.2 17.7 13.6C18.1 15 18.2 17 18.2 19Z`,
  // A pram.
  'enfance-social': `M10 4A7 7 0 0 0 3 11H10ZM3 12.2H20C20 16 17 18 12 18H9C5.5 18 3 16 3 12.2ZM19 11L21.5 6H23V7.2H22.2L20.3 11Z${circle(7.5, 20.6, 1.9)}${circle(16.5, 20.6, 1.9)}`,
  // A mortarboard with its tassel.
  'formation-securite': 'M12 4L23 9L12 14L1 9ZM6 11.7L12 14.4L18 11.7V16C18 18.5 6 18.5 6 16ZM20.5 10.2H21.5V16.5H20.5Z',
  // A dumbbell.
  sport: 'M1 10H3V14H1ZM3.5 7H7V17H3.5ZM7 11H17V13H7ZM17 7H20.5V17H17ZM21 10H23V14H21Z',
};

/** How a pictogram sits on its disc: white, dark outline, the drawing in the dark ink, legible on every fill. */
export const PICTOGRAM_DISC = {
  fill: '#ffffff',
  ink: '#1f1f1f',
  /** Outline width, in grid units. */
  outline: 1.4,
  /** Share of the disc's diameter the drawing spans. */
  drawing: 0.68,
};

/** The disc's radius, and the transform placing the drawing on it, in grid units: shared by every SVG use. */
export const PICTOGRAM_DISC_RADIUS = PICTOGRAM_GRID / 2 - PICTOGRAM_DISC.outline / 2;
const shift = (PICTOGRAM_GRID / 2) * (1 - PICTOGRAM_DISC.drawing);
export const PICTOGRAM_TRANSFORM = `translate(${shift} ${shift}) scale(${PICTOGRAM_DISC.drawing})`;

/** The pictogram of a theme on its disc, as an SVG `<symbol>` for a map or a page to `<use>`. */
export function pictogramSymbol(theme: ThemeId, id = `pictogram-${theme}`): string {
  const half = PICTOGRAM_GRID / 2;
  return (
    `<symbol id="${id}" viewBox="0 0 ${PICTOGRAM_GRID} ${PICTOGRAM_GRID}">` +
    `<circle cx="${half}" cy="${half}" r="${PICTOGRAM_DISC_RADIUS}" fill="${PICTOGRAM_DISC.fill}" stroke="${PICTOGRAM_DISC.ink}" stroke-width="${PICTOGRAM_DISC.outline}"/>` +
    `<path transform="${PICTOGRAM_TRANSFORM}" fill="${PICTOGRAM_DISC.ink}" fill-rule="evenodd" d="${PICTOGRAMS[theme]}"/>` +
    `</symbol>`
  );
}
