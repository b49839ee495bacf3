import { hasNoInformation, type Territory } from './schema';
import { visiblePractices, type PracticeFilter } from './practice-filter';
import { intensityClasses, intensityClassIndex } from './intensity-scale';
import { dominantForm } from './dominant-form';
import { FORM_COLORS, NO_INFORMATION_COLOR, NO_INFORMATION_LABEL, NO_PRACTICE_COLOR, UNKNOWN_FORM_COLOR } from './palette';
import { themeMatchCount } from './theme-counts';
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
  filter: PracticeFilter,
): LegendItem[] {
  const dominant = new Map(
    territories.map((t) => [t.id, dominantForm(visiblePractices(t, filter), forms.map((f) => f.id))]),
  );
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
export const PAINT_FIELDS = ['mode', 'statuses', 'themes', 'iso', 'cmp'] as const;
export type PaintView = Pick<ViewState, (typeof PAINT_FIELDS)[number]>;

/** Equal for two views exactly when they colour the map alike. */
export function paintKey(view: PaintView): string {
  return JSON.stringify(PAINT_FIELDS.map((field) => view[field]));
}

/** Everything the map and legend show for a view: colours, emphasis, labels, legend. Pure. */
export function territoryPaint(
  territories: readonly Territory[],
  forms: readonly { id: string; label: string }[],
  view: PaintView,
): TerritoryPaintResult {
  const filter: PracticeFilter = { statuses: view.statuses };
  const counts = Object.fromEntries(territories.map((t) => [t.id, visiblePractices(t, filter).length]));
  const legend = view.mode === 'type' ? typeLegend(territories, forms, filter) : intensityLegend(territories, counts);
  const withoutInformation = territories.filter(hasNoInformation).map((t) => t.id);
  if (withoutInformation.length) legend.push({ ...NO_INFORMATION, ids: withoutInformation });

  const fill: Record<string, string> = {};
  for (const item of legend) for (const id of item.ids) fill[id] = item.color;

  const themesOn = view.themes.length > 0;
  const themeMatches = themesOn
    ? Object.fromEntries(territories.map((t) => [t.id, themeMatchCount(t, view.themes, filter)]))
    : {};
  let emphasised: Set<string> | null = null;
  if (themesOn) emphasised = new Set(territories.filter((t) => themeMatches[t.id] > 0).map((t) => t.id));
  const isolated = legend.find((item) => item.key === view.iso);
  if (isolated) {
    const inClass = new Set(isolated.ids);
    emphasised = new Set([...(emphasised ?? inClass)].filter((id) => inClass.has(id)));
  }

  const label: Record<string, string> = {};
  for (const t of territories) {
    const short = shortName(t.name, t.kind);
    const n = themeMatches[t.id];
    // Said in words on the map as well as by the grey: colour alone would not tell it.
    if (hasNoInformation(t)) label[t.id] = `${short}\npas d'information`;
    else label[t.id] = themesOn && n > 0 ? `${short}\n${plural(n, 'pratique')}` : short;
  }

  return { fill, emphasised, label, compared: view.cmp, legend, counts, themeMatches };
}
