// Shapes of the files written by scripts/build-geo.ts into geo/. The app imports these types;
// the build and the tests rely on them so that a change of shape breaks type-checking first.

export type DepartementCode = '16' | '17' | '79' | '86';

export type TerritoryKind = 'pays' | 'agglomeration';

/** Properties of a feature of object `territories` in geo/territories.topojson and geo/overview.topojson (feature id = territory id). */
export interface TerritoryProperties {
  name: string;
  kind: TerritoryKind;
  departement: DepartementCode;
  /** 2008 communes inside the mapped 2008 perimeter. */
  communes: number;
  /** Communes declared by the survey; null if the survey gives no figure. */
  declaredCommunes: number | null;
  /** communes − declaredCommunes: the survey is wrong in places, and the app shows it. */
  communesDiff: number | null;
  /** 2008 total population summed over the communes that have a figure in the 2008 EPCI list. */
  population: number;
  /** Communes with no population figure (communes in no intercommunality are not in that list). */
  populationMissing: number;
  /** The pays that contains this agglomération, if any. */
  parent: string | null;
  /** Agglomérations nested in this pays (drawn above it). */
  children: string[];
  /** Territories sharing a border (an arc of the topology), parent/children excluded; sorted. */
  neighbours: string[];
  /** A point well inside the largest visible polygon (for a pays, outside its children). */
  labelX: number;
  labelY: number;
}

/** Properties of object `outside`: one feature per département, the parts in no surveyed territory. */
export interface OutsideProperties {
  name: 'hors enquête';
  departement: DepartementCode;
  communes: number;
}

/** Properties of object `departements`: the four of Poitou-Charentes, then neighbours as context. */
export interface DepartementProperties {
  code: string;
  nom: string;
  /** true for the neighbouring départements (coarser source, clipped, drawn as background). */
  context: boolean;
}

/** Properties of object `region`. */
export interface RegionProperties {
  code: '54';
  nom: 'Poitou-Charentes';
}

/** One entry of geo/communes.json (an array sorted by insee). */
export interface CommuneEntry {
  /** INSEE code on 1 January 2008. */
  insee: string;
  name: string;
  /** The commune of 2018 it is part of (communes merged since then share one). */
  insee2018: string;
  name2018: string;
  /** Territory ids; a commune of the CA du Pays Rochefortais has both. */
  pays: string | null;
  agglo: string | null;
  /** Its intercommunality on 1 January 2008, null when isolated. */
  epci: { name: string; siren: string } | null;
  /** 2008 total population from the EPCI list; null for isolated communes. */
  population: number | null;
  /** How sure the 2008 placement is (composition table): low for a few isolated communes. */
  confidence: 'high' | 'medium' | 'low';
  /**
   * [lon, lat] inside its polygon. Only 2016 polygons exist: communes merged between 2008 and 2016
   * share the same point.
   */
  point: [number, number];
}

/** geo/composition.json: territory id → composition in 2008. */
export interface CompositionEntry {
  epci: { name: string; siren: string; communes: number }[];
  isolated: { insee: string; name: string }[];
  communes: number;
  population: number;
}

export type Composition = Record<string, CompositionEntry>;
