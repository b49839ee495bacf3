// npm run geo: rebuilds geo/ from the raw geography in ../shared/geo (or $GEO_SOURCE_DIR, relative
// to the project root).
// The raw files stay outside the repository; only what is derived from them is written here.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGeo } from './geo/build.ts';
import { buildEpci2026 } from './geo/epci-2026.ts';
import { GeoInputError } from './geo/inputs.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(projectRoot, process.env.GEO_SOURCE_DIR ?? '../shared/geo');

try {
  const { files, territories, inputs } = await buildGeo(sourceDir, projectRoot);
  Object.assign(files, await buildEpci2026(inputs, JSON.parse(files['geo/territories.topojson']).transform));
  for (const [path, content] of Object.entries(files)) {
    const target = resolve(projectRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${path}: ${kb(Buffer.byteLength(content))} (gzip ${kb(gzipSync(content, { level: 9 }).length)})`);
  }
  const differing = territories.filter((t) => t.properties.communesDiff !== 0);
  console.log(`${territories.length} territories; mapped ≠ declared communes for ${differing.length}:`);
  for (const { id, properties: p } of differing) {
    console.log(`  ${id}: ${p.communes} mapped, ${p.declaredCommunes ?? '?'} declared`);
  }
} catch (error) {
  if (error instanceof GeoInputError) {
    console.error(`npm run geo: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
