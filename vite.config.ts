import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { preloadData } from './scripts/preload-data.ts';
import { preloadMap } from './scripts/preload-map.ts';
import { mapShell } from './scripts/map-shell.ts';

export default defineConfig({
  plugins: [svelte(), mapShell(), contentSecurityPolicy(), preloadData(), preloadMap()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre in a script of its own: Chromium parses the two scripts on two threads at once, where
    // the one script of before was parsed on one, and the app's code ran later (the trace's
    // v8.parseOnBackground; see the README's performance section). The small modules that the first
    // paint and lazy chunks share in one script rather than six, each with its own imports and exports.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'core', test: /src[\\/]lib[\\/](labels|practice-filter|tally|schema|fetch-json|palette)\.ts|node_modules[\\/](topojson-client|valibot)/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and SwiftShader renders on the CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
