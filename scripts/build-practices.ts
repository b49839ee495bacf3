/**
 * `npm run data`: rebuilds data/practices.json from the survey text. Exits non-zero, saying why,
 * when the source or the classification tables are inconsistent or the result breaks the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { DatasetSchema } from '../src/lib/schema';
import { buildDataset, serializeDataset, SOURCE_FILE } from './survey/build-dataset';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = 'data/practices.json';

function main(): number {
  let dataset;
  try {
    dataset = buildDataset(readFileSync(join(root, SOURCE_FILE), 'utf8'));
  } catch (e) {
    console.error(`build-practices: ${(e as Error).message}`);
    return 1;
  }
  const checked = v.safeParse(DatasetSchema, dataset);
  if (!checked.success) {
    const lines = checked.issues.map((i) => `- ${v.getDotPath(i) ?? '(racine)'} : ${i.message}`);
    console.error(`build-practices: le résultat ne suit pas le schéma :\n${lines.join('\n')}`);
    return 1;
  }
  writeFileSync(join(root, OUTPUT), serializeDataset(dataset));
  const practices = dataset.territories.reduce((n, t) => n + t.practices.length, 0);
  console.log(`${OUTPUT} : ${dataset.territories.length} territoires, ${practices} pratiques`);
  return 0;
}

process.exitCode = main();
