import { hasNoInformation, type Dataset, type Territory } from './schema';
import { visiblePractices, type PracticeFilter } from './practice-filter';
import { tally } from './tally';
import { frenchOrder } from './labels';

/** One bar: a key to link to the map, a label, and its parts (stacked). */
export interface Bar {
  key: string;
  label: string;
  parts: { key: string; value: number }[];
  total: number;
}

const bar = (key: string, label: string, parts: { key: string; value: number }[]): Bar => ({
  key,
  label,
  parts,
  total: parts.reduce((n, p) => n + p.value, 0),
});

const byDepartement = (territories: readonly Territory[], code: string) => territories.filter((t) => t.departement === code);

/** Practices per theme, split by département; themes in taxonomy order. */
export function themesByDepartement(dataset: Dataset, filter: PracticeFilter, departements: readonly string[]): Bar[] {
  const perDept = departements.map((code) =>
    tally(byDepartement(dataset.territories, code).flatMap((t) => visiblePractices(t, filter).map((p) => p.themes))),
  );
  return dataset.themes.map((theme) =>
    bar(
      theme.id,
      theme.label,
      departements.map((code, i) => ({ key: code, value: perDept[i].get(theme.id) ?? 0 })),
    ),
  );
}

/** Practices per form, or per status. */
export function practicesBy(
  dataset: Dataset,
  filter: PracticeFilter,
  field: 'forms' | 'status',
  categories: readonly { id: string; label: string }[],
): Bar[] {
  const counts = tally(dataset.territories.flatMap((t) => visiblePractices(t, filter).map((p) => (field === 'forms' ? p.forms : [p.status]))));
  return categories.map((c) => bar(c.id, c.label, [{ key: c.id, value: counts.get(c.id) ?? 0 }]));
}

/** Territories ranked by number of practices (ties: by name), split by status; no-information territories last. */
export function intensityRanking(dataset: Dataset, filter: PracticeFilter, statuses: readonly string[]): Bar[] {
  return dataset.territories
    .map((t) => {
      const counts = tally(visiblePractices(t, filter).map((p) => [p.status]));
      return { t, b: bar(t.id, t.name, statuses.map((s) => ({ key: s, value: counts.get(s) ?? 0 }))) };
    })
    .sort(
      (a, b) =>
        Number(hasNoInformation(a.t)) - Number(hasNoInformation(b.t)) ||
        b.b.total - a.b.total ||
        frenchOrder(a.t.name, b.t.name),
    )
    .map(({ b }) => b);
}
