/**
 * What a printed territory sheet says, built from the survey and the 2008 composition: the sheet
 * components only lay it out.
 */
import { hasNoInformation, type Dataset, type Declared, type SurveyStatus, type Territory } from '../schema';
import type { Composition } from '../geo/types';
import { tally } from '../tally';
import { COLUMNS, DEPARTEMENTS, KINDS, STATUS_LABEL, frenchOrder } from '../labels';

/** The regional figures every sheet compares against, computed once for the whole set. */
export interface RegionFigures {
  /** Territories the survey says something about (a territory with no practice counts, one with no information does not). */
  informed: number;
  /** Practices of each theme divided by the informed territories. */
  meanByTheme: Map<string, number>;
  /** The largest count any territory has in any theme, or mean: one scale for every sheet's bars. */
  scaleMax: number;
}

export interface ThemeFigure {
  id: string;
  label: string;
  /** This territory's practices carrying the theme. */
  count: number;
  /** The region's mean per informed territory. */
  regionMean: number;
}

export interface SheetPractice {
  id: string;
  text: string;
  status: string;
  statusLabel: string;
  themes: string[];
}

export interface SheetColumn {
  id: 'rh' | 'moyens';
  label: string;
  practices: SheetPractice[];
}

export interface SheetComposition {
  communes: number;
  population: number;
  /** Intercommunalities of 2008 (the CCs, or the agglomération itself), by name. */
  epci: { name: string; communes: number }[];
  /** Communes of the perimeter in no intercommunality. */
  isolated: number;
}

export interface SheetModel {
  id: string;
  title: string;
  kind: string;
  departement: string;
  departementCode: string;
  surveyStatus: SurveyStatus;
  practiceCount: number;
  /** What the survey itself claims (its size cell), printed beside the mapped composition. */
  declared: Declared;
  composition: SheetComposition | null;
  themes: ThemeFigure[];
  /** How the regional figure is defined, in words, for the bars' legend. */
  regionBasis: string;
  scaleMax: number;
  columns: SheetColumn[];
}

const themeCounts = (territories: readonly Territory[]) => tally(territories.flatMap((t) => t.practices.map((p) => p.themes)));

export function regionFigures(dataset: Dataset): RegionFigures {
  const informed = dataset.territories.filter((t) => !hasNoInformation(t)).length;
  const totals = themeCounts(dataset.territories);
  const meanByTheme = new Map(dataset.themes.map((th) => [th.id, (totals.get(th.id) ?? 0) / informed]));
  const highest = dataset.territories.flatMap((t) => [...themeCounts([t]).values()]);
  return { informed, meanByTheme, scaleMax: Math.max(1, ...highest, ...meanByTheme.values()) };
}

/** One page per territory, ordered by département, then name. */
export function sheetOrder(territories: readonly Territory[]): Territory[] {
  return [...territories].sort((a, b) => a.departement.localeCompare(b.departement) || frenchOrder(a.name, b.name));
}

export function buildSheet(
  dataset: Dataset,
  composition: Composition,
  id: string,
  region: RegionFigures = regionFigures(dataset),
): SheetModel | null {
  const territory = dataset.territories.find((t) => t.id === id);
  if (!territory) return null;
  const themeLabel = new Map(dataset.themes.map((th) => [th.id, th.label]));
  const own = themeCounts([territory]);
  const entry = composition[id];
  return {
    id,
    title: territory.name,
    kind: KINDS[territory.kind],
    departement: DEPARTEMENTS[territory.departement],
    departementCode: territory.departement,
    surveyStatus: territory.surveyStatus,
    practiceCount: territory.practices.length,
    declared: territory.declared,
    composition: entry
      ? {
          communes: entry.communes,
          population: entry.population,
          epci: entry.epci.map((e) => ({ name: e.name, communes: e.communes })),
          isolated: entry.isolated.length,
        }
      : null,
    themes: dataset.themes.map((th) => ({
      id: th.id,
      label: th.label,
      count: own.get(th.id) ?? 0,
      regionMean: region.meanByTheme.get(th.id) ?? 0,
    })),
    regionBasis: `moyenne des ${region.informed} territoires renseignés par l'enquête`,
    scaleMax: region.scaleMax,
    columns: COLUMNS.map((c) => ({
      id: c.id,
      label: c.label,
      practices: territory.practices
        .filter((p) => p.column === c.id)
        .map((p) => ({
          id: p.id,
          text: p.text,
          status: p.status,
          statusLabel: STATUS_LABEL[p.status],
          themes: p.themes.map((t) => themeLabel.get(t) ?? t),
        })),
    })),
  };
}

/** Every sheet, in print order. */
export function buildSheets(dataset: Dataset, composition: Composition): SheetModel[] {
  const region = regionFigures(dataset);
  return sheetOrder(dataset.territories).map((t) => buildSheet(dataset, composition, t.id, region)!);
}
