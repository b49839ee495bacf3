// From the communes of 2008 to the intercommunalités of 1 January 2026, with the lists of the
// @etalab/decoupage-administratif package (INSEE communes with their former codes, DGCL EPCI list).
// Pure functions: the reading of the package is in epci-2026.ts.

/** A commune record of the package's communes.json (only the fields used). */
export interface DecoupageCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  /** Codes of the former communes merged into this one (communes actuelles only). */
  anciensCodes?: string[];
  /** The commune actuelle a commune déléguée or associée belongs to. */
  chefLieu?: string;
}

/** An EPCI of the package's epci.json (only the fields used). */
export interface DecoupageEpci {
  code: string;
  nom: string;
  type: string;
  populationTotale: number;
  membres: { code: string; nom: string }[];
}

export interface CommuneLink {
  /** 2008 INSEE code and name. */
  insee: string;
  name: string;
  /** Communes actuelles it leads to: exactly one when the crosswalk holds. */
  current: string[];
  /** EPCIs (SIREN) of those communes: exactly one when the crosswalk holds. */
  epci: string[];
}

interface History {
  actuelle: Set<string>;
  formerOf: Map<string, string[]>;
  chefLieuOf: Map<string, string[]>;
}

function historyOf(communes: readonly DecoupageCommune[]): History {
  const history: History = { actuelle: new Set(), formerOf: new Map(), chefLieuOf: new Map() };
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const c of communes) {
    if (c.type === 'commune-actuelle') {
      history.actuelle.add(c.code);
      for (const old of c.anciensCodes ?? []) add(history.formerOf, old, c.code);
    } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      add(history.chefLieuOf, c.code, c.chefLieu);
    }
  }
  return history;
}

/**
 * The communes actuelles a code of 2008 became part of. A code can be at once a commune actuelle
 * and a commune déléguée of itself (the seat of a commune nouvelle keeps its code, 16106 Confolens):
 * only the actuelle record counts then. Otherwise the code is followed through the communes that
 * list it among their former codes, and through the chef-lieu of its déléguée or associée record,
 * as many steps as the history has.
 */
function resolve(code: string, history: History, seen: Set<string>): string[] {
  if (history.actuelle.has(code)) return [code];
  if (seen.has(code)) return [];
  seen.add(code);
  const next = [...(history.formerOf.get(code) ?? []), ...(history.chefLieuOf.get(code) ?? [])];
  return [...new Set(next.flatMap((n) => resolve(n, history, seen)))].sort();
}

/** The links of every 2008 commune, computed on one index of the history. */
export function linkCommunes(
  communes2008: readonly { insee: string; name: string }[],
  communes: readonly DecoupageCommune[],
  epcis: readonly DecoupageEpci[],
): CommuneLink[] {
  const history = historyOf(communes);
  const epciOf = new Map<string, string[]>();
  for (const e of epcis) {
    for (const m of e.membres) epciOf.set(m.code, [...(epciOf.get(m.code) ?? []), e.code]);
  }
  return communes2008.map(({ insee, name }) => {
    const current = resolve(insee, history, new Set());
    const epci = [...new Set(current.flatMap((c) => epciOf.get(c) ?? []))].sort();
    return { insee, name, current, epci };
  });
}

/** Why the crosswalk does not hold: every 2008 commune that does not land in exactly one current commune and one EPCI. */
export function crosswalkProblems(links: readonly CommuneLink[]): string[] {
  const problems: string[] = [];
  for (const { insee, name, current, epci } of links) {
    const where = `2008 commune ${insee} (${name})`;
    if (current.length === 0) problems.push(`${where}: no current commune in the INSEE history`);
    else if (current.length > 1) problems.push(`${where}: split between current communes ${current.join(', ')}`);
    else if (epci.length === 0) problems.push(`${where}: current commune ${current[0]} is in no EPCI of 2026`);
    else if (epci.length > 1) problems.push(`${where}: current commune ${current[0]} is in several EPCIs of 2026: ${epci.join(', ')}`);
  }
  return problems;
}
