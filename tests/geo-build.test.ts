// npm run geo: reproducible byte for byte, and stopping on inconsistent inputs. Both need the raw
// geography, which lives beside the clone (../shared/geo) and is never copied into the repository.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGeo } from '../scripts/geo/build.ts';
import { buildEpci2026 } from '../scripts/geo/epci-2026.ts';
import { GeoInputError, readGeoInputs } from '../scripts/geo/inputs.ts';
import { hasSharedGeo, noteSkipIfNoSharedGeo, projectRoot, readText, sharedGeoDir } from './geo-support.ts';

noteSkipIfNoSharedGeo('geo-build (rebuild and input checks)');

describe.skipIf(!hasSharedGeo)('npm run geo', () => {
  it('rebuilds the committed files byte for byte', async () => {
    const { files } = await buildGeo(sharedGeoDir, projectRoot);
    expect(Object.keys(files).sort()).toEqual(['geo/communes.json', 'geo/composition.json', 'geo/overview.topojson', 'geo/territories.topojson']);
    for (const [path, content] of Object.entries(files)) {
      // toBe on whole files would print megabytes on failure; compare and name the file instead.
      expect(content === readText(path), `${path} differs from a rebuild: run npm run geo`).toBe(true);
    }
  });

  it('rebuilds the 2026 EPCI files byte for byte', async () => {
    const grid = JSON.parse(readText('geo/territories.topojson')).transform;
    const files = await buildEpci2026(readGeoInputs(sharedGeoDir, projectRoot), grid);
    expect(Object.keys(files).sort()).toEqual(['geo/communes-2026.json', 'geo/crosswalk-2026.json', 'geo/epci-2026.topojson']);
    for (const [path, content] of Object.entries(files)) {
      expect(content === readText(path), `${path} differs from a rebuild: run npm run geo`).toBe(true);
    }
  });

  describe('stops with a clear message when the inputs disagree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-inputs-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** A copy of the raw geography with composition-2008.tsv edited line by line. */
    function brokenCopy(name: string, edit: (line: string) => string): string {
      const target = join(dir, name);
      cpSync(sharedGeoDir, target, { recursive: true });
      for (const f of readdirSync(target)) chmodSync(join(target, f), 0o644);
      const path = join(target, 'composition-2008.tsv');
      writeFileSync(path, readFileSync(path, 'utf8').split('\n').map(edit).join('\n'));
      return target;
    }

    function problemsOf(sourceDir: string): string[] {
      try {
        readGeoInputs(sourceDir, projectRoot);
      } catch (error) {
        if (error instanceof GeoInputError) return error.problems;
        throw error;
      }
      return [];
    }

    it('a 2008 commune without polygon', () => {
      const src = brokenCopy('no-polygon', (l) => l.replace(/^16001\tAbzac\t16001\t/, '16001\tAbzac\t16999\t'));
      expect(problemsOf(src)).toContain('composition-2008.tsv 16001 (Abzac): 2008 commune without a polygon (no 2016 commune 16999)');
    });

    it('a 2016 polygon claimed by two territories', () => {
      // Agris (Horte et Tardoire) pointed at the polygon of Aignes-et-Puypéroux (Sud Charente).
      const src = brokenCopy('two-claims', (l) => l.replace(/^16003\tAgris\t16003\t/, '16003\tAgris\t16004\t'));
      expect(problemsOf(src)).toContain(
        '2016 polygon 16004 claimed by two territories: pays-horte-et-tardoire (16003) vs pays-sud-charente (16004)',
      );
    });

    it('an unknown territory id', () => {
      const src = brokenCopy('unknown-id', (l) => l.replace(/^(16001\tAbzac\t.*?)\tpays-charente-limousine\t/, '$1\tpays-charente\t'));
      expect(problemsOf(src)).toContain('composition-2008.tsv 16001 (Abzac): unknown territory id pays-charente');
    });
  });
});
