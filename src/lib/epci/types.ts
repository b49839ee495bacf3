// Shapes of the files written by scripts/geo/epci-2026.ts into geo/: the intercommunalités of
// 1 January 2026 and the crosswalk from the 2008 territories. The build, the app and the tests
// share these types.

/** Kind of EPCI à fiscalité propre, as in the DGCL list. */
export type EpciKind = 'CC' | 'CA' | 'CU' | 'METRO';

/** Properties of a feature of object `epci` in geo/epci-2026.topojson (feature id = SIREN). */
export interface EpciProperties {
  siren: string;
  name: string;
  kind: EpciKind;
  /** Member communes on 1 January 2026. */
  communes: number;
  /** Total population given by the DGCL list of 2026. */
  population: number;
  labelX: number;
  labelY: number;
}

/** Part of one whole (a territory, an EPCI) lying in another. Shares are fractions of 1. */
export interface CrosswalkShare {
  /** 2008 communes in common. */
  communes: number;
  communeShare: number;
  /** 2008 population in common (communes without a 2008 figure count for nothing). */
  population: number;
  populationShare: number;
}

/** A 2026 EPCI covering part of a 2008 territory. */
export interface TerritoryEpciShare extends CrosswalkShare {
  siren: string;
}

/** A 2008 territory (the visible one: an agglomération rather than its pays) in a 2026 EPCI; null = hors enquête. */
export interface EpciTerritoryShare extends CrosswalkShare {
  territory: string | null;
}

export interface CrosswalkTerritory {
  /** 2008 communes and their 2008 population (what the shares are fractions of). */
  communes: number;
  population: number;
  populationMissing: number;
  /** Sorted by population share, then commune share, largest first. */
  epci: TerritoryEpciShare[];
}

export interface CrosswalkEpci {
  siren: string;
  name: string;
  kind: EpciKind;
  /** Member communes on 1 January 2026 and the DGCL population. */
  communes: number;
  population: number;
  /** The 2008 communes now inside it, and their 2008 population. */
  communes2008: number;
  population2008: number;
  /**
   * 2008 territories its 2008 communes belonged to, each commune counted once in its visible
   * territory (an agglomération rather than the pays around it), so that shares sum to 1.
   * Sorted as the territory's list.
   */
  territories: EpciTerritoryShare[];
}

/**
 * One entry of geo/communes-2026.json (an array sorted by code): a commune of 1 January 2026 and
 * the 2008 communes (INSEE codes, as in geo/communes.json) it is made of.
 */
export interface CrosswalkCommune {
  code: string;
  name: string;
  /** SIREN of its EPCI on 1 January 2026. */
  epci: string;
  former: string[];
}

/** Counts the method page states. */
export interface CrosswalkFacts {
  /** Date of the EPCI list and of the commune list. */
  vintage: string;
  /** The npm package the build read, with its version. */
  source: string;
  communes2008: number;
  communes2026: number;
  epci: number;
  /** Communes of 2026 made of more than one 2008 commune, and the 2008 communes they gathered. */
  communesNouvelles: number;
  mergedCommunes2008: number;
}

/** geo/crosswalk-2026.json */
export interface Crosswalk {
  facts: CrosswalkFacts;
  /** Territory id → its 2026 EPCIs. */
  territories: Record<string, CrosswalkTerritory>;
  /** Sorted by name. */
  epci: CrosswalkEpci[];
}
