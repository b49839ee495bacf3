// Types of svelte.config.js, which Node loads as it is, for the test of its custom media.
import type { PreprocessorGroup } from 'svelte/compiler';

export const CUSTOM_MEDIA: Record<string, string>;
export const customMedia: PreprocessorGroup & { style: (options: { content: string }) => { code: string } };
declare const config: { preprocess: PreprocessorGroup[] };
export default config;
