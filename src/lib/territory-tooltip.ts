import type { Atlas } from './atlas';
import type { TerritoryPaintResult } from './territory-paint';
import type { ViewState } from './url-state';
import { hasNoInformation } from './schema';
import { plural } from './labels';
import { mainTheme } from './theme-counts';
import { layerTooltipLines } from './theme-layers/layer-counts';

/** The tooltip's lines for a territory, on the WebGL map and on the SVG one: its name first. */
export function tooltipLines(atlas: Atlas, painted: TerritoryPaintResult, view: ViewState, id: string): string[] {
  const t = atlas.byId.get(id);
  if (!t) return [];
  if (hasNoInformation(t)) return [t.name, "Pas d'information dans l'enquête"];
  const lines = [t.name, plural(painted.counts[id] ?? 0, 'pratique')];
  if (view.themes.length) {
    lines.push(`${plural(painted.themeMatches[id] ?? 0, 'pratique')} des thèmes choisis`);
    lines.push(...layerTooltipLines(painted.perTheme[id] ?? {}, view.themes, atlas.themeLabel));
  }
  const main = mainTheme(t, atlas.vocab.themes, { statuses: view.statuses });
  if (main) lines.push(`Thème principal : ${atlas.themeLabel[main]}`);
  return lines;
}
