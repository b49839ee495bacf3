// What the panels say about the 2026 intercommunalités: the panel of a 2026 EPCI, and the
// « Aujourd'hui (2026) » section of a 2008 territory's panel. Text only, never HTML.

import { formatNumber, plural } from '../labels';
import type { Crosswalk, CrosswalkEpci } from './types';

/** What the 2008 communes outside every surveyed territory are called. */
export const OUTSIDE_SURVEY = 'hors enquête';

/** 0.4611 → « 46 % »; a part too small to show as a whole percent is « < 1 % », never « 0 % ». */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '< 1\u00a0%';
  return `${Math.round(share * 100)}\u00a0%`;
}

export function epciBySiren(crosswalk: Crosswalk, siren: string): CrosswalkEpci | null {
  return crosswalk.epci.find((e) => e.siren === siren) ?? null;
}

/** A 2008 territory in a 2026 EPCI: null for the communes outside the survey. */
export interface EpciOrigin {
  territory: string | null;
  name: string;
  /** Share of the EPCI's 2008 population. */
  share: number;
}

export interface EpciPanel {
  siren: string;
  name: string;
  /** « Aujourd'hui : CC de Parthenay-Gâtine (38 communes, 38 041 habitants). » */
  today: string;
  /** « En 2008, ses communes appartenaient à : Pays de Gâtine (100 %). » */
  before: string;
  origins: EpciOrigin[];
  /** The surveyed territories among the origins, in the same order: whose practices to list. */
  territories: string[];
}

/** The panel of a 2026 EPCI; `territoryName` names a 2008 territory by id. */
export function epciPanel(epci: CrosswalkEpci, territoryName: (id: string) => string): EpciPanel {
  const origins = epci.territories.map((t) => ({
    territory: t.territory,
    name: t.territory === null ? OUTSIDE_SURVEY : territoryName(t.territory),
    share: t.populationShare,
  }));
  return {
    siren: epci.siren,
    name: epci.name,
    today: `Aujourd'hui : ${epci.name} (${plural(epci.communes, 'commune')}, ${formatNumber(epci.population)} habitants).`,
    before: `En 2008, ses communes appartenaient à : ${origins.map((o) => `${o.name} (${formatShare(o.share)})`).join(', ')}.`,
    origins,
    territories: origins.flatMap((o) => (o.territory === null ? [] : [o.territory])),
  };
}

/** One line of the « Aujourd'hui (2026) » section: a clickable EPCI and its share of the territory. */
export interface TerritoryToday {
  siren: string;
  name: string;
  /** Share of the territory's 2008 population (communes without a 2008 figure count for nothing). */
  share: number;
  /** « CC de Parthenay-Gâtine (46 %) » */
  label: string;
}

/** The 2026 EPCIs covering a 2008 territory, largest share first; empty for an unknown id. */
export function territoryToday(crosswalk: Crosswalk, territoryId: string): TerritoryToday[] {
  const entry = crosswalk.territories[territoryId];
  if (!entry) return [];
  return entry.epci.map((part) => {
    const name = epciBySiren(crosswalk, part.siren)?.name ?? part.siren;
    return { siren: part.siren, name, share: part.populationShare, label: `${name} (${formatShare(part.populationShare)})` };
  });
}
