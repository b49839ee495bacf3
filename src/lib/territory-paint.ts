import { hasNoInformation, type Practice, type Territory } from './schema';
import { layerPractices, visiblePractices, type PracticeFilter } from './practice-filter';
import { intensityClasses, intensityClassIndex } from './intensity-scale';
import { dominantForm } from './dominant-form';
import { FORM_COLORS, NO_INFORMATION_COLOR, NO_INFORMATION_LABEL, NO_PRACTICE_COLOR, UNKNOWN_FORM_COLOR } from './palette';
import { countsPerLayer, showsWithLayers, type LayerCounts } from './theme-layers/layer-counts';
import { shortName } from './short-name';
import { plural } from './labels';
import type { ViewState } from './url-state';

/** A legend entry; clicking it isolates `ids`. */
export interface LegendItem {
  /** Stable key, used in the URL (`iso=`). */
  key: string;
  label: string;
  color: string;
  /** The class of territories the survey has no information on. */
  noInformation?: boolean;
  /** Territories in this class. */
  ids: string[];
}

export interface TerritoryPaintResult {
  fill: Record<string, string>;
  emphasised: ReadonlySet<string> | null;
  label: Record<string, string>;
  compared: readonly string[];
  legend: LegendItem[];
  /** Practices counted per territory under the current filter (for tooltips and the list). */
  counts: Record<string, number>;
  /** Per territory, kept practices matching the active themes (only when themes are on). */
  themeMatches: Record<string, number>;
  /** Per territory, kept practices of each active theme (only when themes are on): tooltip, list, symbols. */
  perTheme: Record<string, LayerCounts>;
}

export const NO_INFORMATION: Omit<LegendItem, 'ids'> = {
  key: 'sans-information',
  label: NO_INFORMATION_LABEL,
  color: NO_INFORMATION_COLOR,
  noInformation: true,
};

function intensityLegend(territories: readonly Territory[], counts: Record<string, number>): LegendItem[] {
  const surveyed = territories.filter((t) => !hasNoInformation(t));
  const classes = intensityClasses(surveyed.map((t) => counts[t.id]));
  const classOf = intensityClassIndex(classes);
  return classes.map((c, i) => ({
    key: String(i),
    label: c.label,
    color: c.color,
    ids: surveyed.filter((t) => classOf(counts[t.id]) === i).map((t) => t.id),
  }));
}

function typeLegend(
  territories: readonly Territory[],
  forms: readonly { id: string; label: string }[],
  practicesOf: (t: Territory) => readonly Practice[],
): LegendItem[] {
  const dominant = new Map(territories.map((t) => [t.id, dominantForm(practicesOf(t), forms.map((f) => f.id))]));
  const items: LegendItem[] = forms.map((f) => ({
    key: f.id,
    label: f.label,
    color: FORM_COLORS[f.id] ?? UNKNOWN_FORM_COLOR,
    ids: territories.filter((t) => dominant.get(t.id) === f.id).map((t) => t.id),
  }));
  items.push({
    key: 'aucune',
    label: 'Aucune pratique',
    color: NO_PRACTICE_COLOR,
    ids: territories.filter((t) => !hasNoInformation(t) && dominant.get(t.id) === null).map((t) => t.id),
  });
  return items;
}

/** The fields of the view the colouring depends on; the others (open territory, page…) leave it as it is. */
export const PAINT_FIELDS = ['mode', 'statuses', 'themes', 'themeMatch', 'iso', 'cmp', 'dep'] as const;
export type PaintView = Pick<ViewState, (typeof PAINT_FIELDS)[number]>;

/** Equal for two views exactly when they colour the map alike. */
export function paintKey(view: PaintView): string {
  return JSON.stringify(PAINT_FIELDS.map((field) => view[field]));
}

/**
 * Practices counted per territory for the colours: the kept ones, and with themes active only those
 * touching an active theme.
 */
const practiceCounts = (
  territories: readonly Territory[],
  filter: PracticeFilter,
  themes: readonly string[] = [],
): Record<string, number> =>
  Object.fromEntries(
    territories.map((t) => [t.id, (themes.length ? layerPractices(t, themes, filter) : visiblePractices(t, filter)).length]),
  );

/**
 * The legend of a view: its classes with their territories, « Pas d'information » last when any.
 * With themes active, Intensité counts the practices of those themes (classes for that distribution)
 * and Type takes their dominant form.
 */
export function paintLegend(
  territories: readonly Territory[],
  forms: readonly { id: string; label: string }[],
  view: Pick<PaintView, 'mode' | 'statuses' | 'themes'>,
  counts: Record<string, number> = practiceCounts(territories, { statuses: view.statuses }, view.themes),
): LegendItem[] {
  const filter: PracticeFilter = { statuses: view.statuses };
  const practicesOf = view.themes.length
    ? (t: Territory) => layerPractices(t, view.themes, filter)
    : (t: Territory) => visiblePractices(t, filter);
  const legend = view.mode === 'type' ? typeLegend(territories, forms, practicesOf) : intensityLegend(territories, counts);
  const withoutInformation = territories.filter(hasNoInformation).map((t) => t.id);
  if (withoutInformation.length) legend.push({ ...NO_INFORMATION, ids: withoutInformation });
  return legend;
}

/**
 * The territories inside the view's filters: with a kept practice of an active theme (of each one,
 * for « Tous les thèmes choisis »), in the isolated legend class, in a chosen département. Null when
 * the filters keep every territory. The map greys the others, and the exports leave them out.
 */
export function territoriesInFilter(
  territories: readonly Territory[],
  legend: readonly LegendItem[],
  view: Pick<PaintView, 'statuses' | 'themes' | 'iso' | 'dep'> & Partial<Pick<PaintView, 'themeMatch'>>,
): Set<string> | null {
  const filter: PracticeFilter = { statuses: view.statuses };
  const isolated = legend.find((item) => item.key === view.iso);
  const tests: ((t: Territory) => boolean)[] = [];
  if (view.themes.length) {
    const perTheme = countsPerLayer(territories, view.themes, filter);
    tests.push((t) => showsWithLayers(perTheme[t.id], view.themes, view.themeMatch ?? 'any'));
  }
  if (isolated) tests.push((t) => isolated.ids.includes(t.id));
  if (view.dep.length) tests.push((t) => view.dep.includes(t.departement));
  return tests.length ? new Set(territories.filter((t) => tests.every((test) => test(t))).map((t) => t.id)) : null;
}

/**
 * Everything the map and legend show for a view: colours, emphasis, labels, legend. Pure.
 * With themes active, the colours follow the practices of those themes (see paintLegend);
 * territories the layers leave out are faded, and while a comparison is open all but the compared ones.
 */
export function territoryPaint(
  territories: readonly Territory[],
  forms: readonly { id: string; label: string }[],
  view: PaintView,
): TerritoryPaintResult {
  const filter: PracticeFilter = { statuses: view.statuses };
  const counts = practiceCounts(territories, filter);
  const themesOn = view.themes.length > 0;
  const themeMatches = themesOn ? practiceCounts(territories, filter, view.themes) : {};
  const perTheme = themesOn ? countsPerLayer(territories, view.themes, filter) : {};
  const legend = paintLegend(territories, forms, view, themesOn ? themeMatches : counts);

  const fill: Record<string, string> = {};
  for (const item of legend) for (const id of item.ids) fill[id] = item.color;

  // While a comparison is open the compared territories stand out, the others fade as filters fade them.
  const emphasised = view.cmp.length ? new Set(view.cmp) : territoriesInFilter(territories, legend, view);
  // The territories the layers keep, which say their count on their label.
  const layered = themesOn
    ? new Set(territories.filter((t) => showsWithLayers(perTheme[t.id], view.themes, view.themeMatch)).map((t) => t.id))
    : null;

  const label: Record<string, string> = {};
  for (const t of territories) {
    const short = shortName(t.name, t.kind);
    const n = themeMatches[t.id];
    // Said in words on the map as well as by the grey: colour alone would not tell it.
    if (hasNoInformation(t)) label[t.id] = `${short}\npas d'information`;
    else label[t.id] = layered?.has(t.id) ? `${short}\n${plural(n, 'pratique')}` : short;
  }

  return { fill, emphasised, label, compared: view.cmp, legend, counts, themeMatches, perTheme };
}
