/**
 * The page layout's sizes (and the header's colour) as CSS custom properties, from their one definition (phone-layout.json,
 * comparison/layout.ts). A stylesheet, not a script's inline styles: index.html's map shell is laid
 * out with them before any script has run.
 */
import { HEADER_HEIGHT, PHONE_MEDIA, TWO_ROW_HEADER_MEDIA } from './phone-layout';
import { SIDEBAR_WIDTH } from './comparison/layout';
import { HEADER_BACKGROUND } from './palette';

export function layoutCss(): string {
  return [
    `:root { --header-height: ${HEADER_HEIGHT.wide}px; --header-background: ${HEADER_BACKGROUND}; --sidebar-width: ${SIDEBAR_WIDTH}px; }`,
    `@media ${TWO_ROW_HEADER_MEDIA} { :root { --header-height: ${HEADER_HEIGHT.twoRows}px; } }`,
    `@media ${PHONE_MEDIA} { :root { --header-height: ${HEADER_HEIGHT.phone}px; } }`,
  ].join('\n');
}
