import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/static-server';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app once and serves dist/ for every browser test file. */
export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    project.provide('baseUrl', '');
    return;
  }
  await build({ logLevel: 'warn' });
  const server = await serveDirectory('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
