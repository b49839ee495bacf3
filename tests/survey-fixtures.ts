/** Shared loading for the survey tests: the real source, the committed dataset, and lookups. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset, Practice } from '../src/lib/schema';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const sourceText = readFileSync(`${root}data/source/panorama-mutualisation-2008.txt`, 'utf8');
export const committedJson = readFileSync(`${root}data/practices.json`, 'utf8');
export const dataset = JSON.parse(committedJson) as Dataset;
export const practices: Practice[] = dataset.territories.flatMap((t) => t.practices);

/** The one practice whose display text contains `fragment`; fails loudly if none or several. */
export function practiceWith(fragment: string): Practice {
  const found = practices.filter((p) => p.text.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} pratiques contiennent « ${fragment} »`);
  return found[0];
}
