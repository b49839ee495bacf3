import { readFileSync } from 'node:fs';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const layout = JSON.parse(readFileSync(new URL('./src/lib/phone-layout.json', import.meta.url), 'utf8'));

/** The media queries components write by name, as CSS custom media would have them. */
export const CUSTOM_MEDIA = {
  '--phone': `(max-width: ${layout.phoneMaxWidth}px)`,
  '--wide': `(min-width: ${layout.phoneMaxWidth + 1}px)`,
  // Wider than a phone, too narrow for the header's one row.
  '--two-row-header': `(min-width: ${layout.phoneMaxWidth + 1}px) and (max-width: ${layout.twoRowHeaderMaxWidth}px)`,
};

/** Expands `@media (--phone)` and `@media (--wide)` in components' styles: browsers do not know custom media yet. */
export const customMedia = {
  name: 'custom-media',
  style: ({ content }) => ({
    code: content.replace(/@media \((--[a-z-]+)\)/g, (whole, name) => {
      if (!(name in CUSTOM_MEDIA)) throw new Error(`Unknown custom media ${name} in ${whole}`);
      return `@media ${CUSTOM_MEDIA[name]}`;
    }),
  }),
};

export default { preprocess: [vitePreprocess(), customMedia] };
