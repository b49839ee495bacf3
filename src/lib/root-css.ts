/**
 * The custom properties the components' CSS shares with the code (colours, the layout's sizes), from
 * their one definition, as a stylesheet: in place before any script runs, which index.html's map
 * shell needs, and with nothing for the app to set at start-up.
 */
import { HEADER_HEIGHT, LAYOUT_CSS_PROPERTIES, PHONE_MEDIA, TWO_ROW_HEADER_MEDIA } from './phone-layout';
import { SIDEBAR_WIDTH } from './comparison/layout';
import { PALETTE_CSS_PROPERTIES } from './palette';

const declarations = (properties: Record<string, string>) =>
  Object.entries(properties)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

export function rootCss(): string {
  const always = { ...PALETTE_CSS_PROPERTIES, ...LAYOUT_CSS_PROPERTIES, '--header-height': `${HEADER_HEIGHT.wide}px`, '--sidebar-width': `${SIDEBAR_WIDTH}px` };
  return [
    `:root { ${declarations(always)} }`,
    `@media ${TWO_ROW_HEADER_MEDIA} { :root { --header-height: ${HEADER_HEIGHT.twoRows}px; } }`,
    `@media ${PHONE_MEDIA} { :root { --header-height: ${HEADER_HEIGHT.phone}px; } }`,
  ].join('\n');
}
