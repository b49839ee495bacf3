import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { DatasetSchema } from '../src/lib/schema';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { territoryPaint } from '../src/lib/territory-paint';
import { defaultView } from '../src/lib/url-state';
import { territoryFills } from '../src/map/style';
import { rootCss } from '../src/lib/root-css';
import { mapShellCss, mapShellData, mapShellDataBlock } from '../src/lib/map-shell/page';
import { MAP_SHELL_SCRIPT } from '../src/lib/map-shell/script';

// What scripts/map-shell.ts puts in the page, made with the app's own modules (loaded through Vite's
// module runner there, so that the config itself imports none of them).

/** The shell's data and the script that draws it: the overview at the opening view, from the survey and geometry files under `root`. */
export function mapShellHtml(root: string): string {
  const dataset = v.parse(DatasetSchema, JSON.parse(readFileSync(join(root, 'data/practices.json'), 'utf8')));
  const geometry = atlasGeometry(JSON.parse(readFileSync(join(root, 'geo/overview.topojson'), 'utf8')), 'geo/overview.topojson');
  const fills = territoryFills(territoryPaint(dataset.territories, dataset.forms, defaultView()));
  return `${mapShellDataBlock(mapShellData(geometry, fills))}<script>${MAP_SHELL_SCRIPT}</script>`;
}

/** The custom properties (colours, the layout's sizes) and the shell's place. */
export const rootStylesheet = (): string => `${rootCss()}\n${mapShellCss()}\n`;
