// Reading and cross-checking the raw geography (see ../shared/geo/README.md). Every check that
// fails is collected, so one run lists all the disagreements instead of the first one only.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DepartementCode, TerritoryKind } from '../../src/lib/geo/types.ts';

export const DEPARTEMENTS: { code: DepartementCode; nom: string }[] = [
  { code: '16', nom: 'Charente' },
  { code: '17', nom: 'Charente-Maritime' },
  { code: '79', nom: 'Deux-Sèvres' },
  { code: '86', nom: 'Vienne' },
];

export class GeoInputError extends Error {
  constructor(public readonly problems: string[]) {
    const shown = problems.slice(0, 40);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`the geography inputs disagree (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  - ${shown.join('\n  - ')}${more}`);
    this.name = 'GeoInputError';
  }
}

export interface Territory {
  id: string;
  name: string;
  kind: TerritoryKind;
  departement: DepartementCode;
  parent: string | null;
  /** From data/practices.json when present, else from territories.tsv. */
  declaredCommunes: number | null;
  declaredSource: 'data/practices.json' | 'territories.tsv';
}

export interface Commune2008 {
  insee: string;
  name: string;
  insee2016: string;
  insee2018: string;
  name2018: string;
  departement: DepartementCode;
  pays: string | null;
  agglo: string | null;
  epci: { name: string; siren: string } | null;
  population: number | null;
  /** How sure the research is of the commune's territory (high / medium / low). */
  confidence: 'high' | 'medium' | 'low';
}

export type CommunePolygon = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

export interface GeoInputs {
  territories: Territory[];
  /** Sorted by 2008 INSEE code. */
  communes: Commune2008[];
  /** 2016 commune polygons of the four départements, sorted by code. */
  polygons: CommunePolygon[];
  /** All départements of France (coarse), for context. */
  departementsFrance: FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }>;
}

function readTable(path: string, separator: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const header = lines[0].split(separator);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(separator);
    if (cells.length !== header.length) {
      throw new GeoInputError([`${path.split('/').pop()} line ${i + 2}: ${cells.length} fields, expected ${header.length}`]);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j].trim()]));
  });
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * communes-2008.tsv gives 2018 names without their article ("Adjots" for Les Adjots: INSEE keeps
 * the article in a separate column). When the 2018 commune already existed in 2008 under the same
 * code and its 2008 name is exactly article + 2018 name, that is the lost article, not a renaming:
 * put it back. Real renamings (Aunac → Aunac-sur-Charente) and new communes are left as they are.
 */
function restoreArticle(name2018: string, name2008OfSameCode: string | undefined): string {
  const m = name2008OfSameCode?.match(/^(Le |La |Les |L')(.*)$/);
  return m && m[2] === name2018 ? name2008OfSameCode! : name2018;
}

const isDepartement = (code: string): code is DepartementCode => DEPARTEMENTS.some((d) => d.code === code);

/**
 * The survey's declared commune counts, from the parsed survey. Its exact schema belongs to the
 * survey pipeline; only `territories[].id` and `territories[].declared.communes` are relied on.
 */
function readDeclaredFromPractices(path: string, problems: string[]): Map<string, number | null> | null {
  if (!existsSync(path)) return null;
  const json = readJson<unknown>(path);
  const list = Array.isArray(json) ? json : (json as { territories?: unknown }).territories;
  if (!Array.isArray(list)) {
    problems.push('data/practices.json has no "territories" array');
    return null;
  }
  const declared = new Map<string, number | null>();
  for (const t of list as { id?: unknown; declared?: { communes?: unknown } }[]) {
    if (typeof t.id !== 'string') {
      problems.push('data/practices.json: a territory without a string id');
      continue;
    }
    const n = t.declared?.communes;
    if (n !== null && n !== undefined && typeof n !== 'number') {
      problems.push(`data/practices.json: ${t.id}.declared.communes is not a number`);
      continue;
    }
    declared.set(t.id, typeof n === 'number' ? n : null);
  }
  return declared;
}

export function readGeoInputs(sourceDir: string, projectRoot: string): GeoInputs {
  if (!existsSync(sourceDir)) {
    throw new GeoInputError([`raw geography not found at ${sourceDir} (set GEO_SOURCE_DIR)`]);
  }
  const problems: string[] = [];
  const src = (name: string) => join(sourceDir, name);

  // Territories
  const territoryRows = readTable(src('territories.tsv'), '\t');
  const practicesDeclared = readDeclaredFromPractices(join(projectRoot, 'data/practices.json'), problems);
  const territories: Territory[] = [];
  const territoryById = new Map<string, Territory>();
  for (const row of territoryRows) {
    if (territoryById.has(row.id)) problems.push(`territories.tsv: duplicate id ${row.id}`);
    if (row.kind !== 'pays' && row.kind !== 'agglomeration') problems.push(`territories.tsv: ${row.id} has unknown kind "${row.kind}"`);
    if (!isDepartement(row.departement)) problems.push(`territories.tsv: ${row.id} has département "${row.departement}" outside Poitou-Charentes`);
    const tsvDeclared = row.declared_communes === '' ? null : Number(row.declared_communes);
    let declaredCommunes = tsvDeclared;
    let declaredSource: Territory['declaredSource'] = 'territories.tsv';
    if (practicesDeclared) {
      if (!practicesDeclared.has(row.id)) problems.push(`data/practices.json has no territory ${row.id}`);
      else {
        declaredCommunes = practicesDeclared.get(row.id)!;
        declaredSource = 'data/practices.json';
      }
    }
    const t: Territory = {
      id: row.id,
      name: row.name,
      kind: row.kind as TerritoryKind,
      departement: row.departement as DepartementCode,
      parent: row.parent === '' ? null : row.parent,
      declaredCommunes,
      declaredSource,
    };
    territories.push(t);
    territoryById.set(t.id, t);
  }
  if (practicesDeclared) {
    for (const id of practicesDeclared.keys()) {
      if (!territoryById.has(id)) problems.push(`data/practices.json: unknown territory id ${id}`);
    }
  }
  for (const t of territories) {
    if (t.parent === null) continue;
    const p = territoryById.get(t.parent);
    if (!p) problems.push(`territories.tsv: ${t.id} has unknown parent ${t.parent}`);
    else if (p.kind !== 'pays' || t.kind !== 'agglomeration') problems.push(`territories.tsv: only an agglomération can nest in a pays (${t.id} in ${t.parent})`);
  }

  // Commune polygons (2016)
  const polygonFiles = readdirSync(sourceDir).filter((f) => /^communes-2016-\d\d-.*\.geojson$/.test(f)).sort();
  const filesDeps = polygonFiles.map((f) => f.slice(14, 16));
  for (const d of DEPARTEMENTS) {
    if (!filesDeps.includes(d.code)) problems.push(`no communes-2016-${d.code}-*.geojson in ${sourceDir}`);
  }
  const polygonByCode = new Map<string, CommunePolygon>();
  for (const file of polygonFiles) {
    const fc = readJson<FeatureCollection>(src(file));
    for (const f of fc.features) {
      const code = String(f.properties?.code ?? '');
      if (!code.startsWith(file.slice(14, 16))) problems.push(`${file}: commune ${code} is not in département ${file.slice(14, 16)}`);
      if (polygonByCode.has(code)) problems.push(`${file}: commune polygon ${code} appears twice`);
      if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
        problems.push(`${file}: commune ${code} has no polygon geometry`);
        continue;
      }
      polygonByCode.set(code, f as CommunePolygon);
    }
  }

  // Communes 2008: composition, 2018 correspondence, EPCI list
  const compositionRows = readTable(src('composition-2008.tsv'), '\t');
  const history = new Map(readTable(src('communes-2008.tsv'), '\t').map((r) => [r.insee_2008, r]));
  const epciRows = readTable(src('epci-2008-poitou-charentes.csv'), ';');
  const epciByCommune = new Map<string, Record<string, string>>();
  const epciMembers = new Map<string, number>();
  for (const r of epciRows) {
    if (epciByCommune.has(r.insee)) problems.push(`epci-2008-poitou-charentes.csv: commune ${r.insee} in two intercommunalities`);
    epciByCommune.set(r.insee, r);
    epciMembers.set(r.siren, (epciMembers.get(r.siren) ?? 0) + 1);
  }
  for (const r of epciRows) {
    if (Number(r.nb_com) !== epciMembers.get(r.siren)) {
      problems.push(`epci-2008-poitou-charentes.csv: ${r.nom} declares ${r.nb_com} communes but lists ${epciMembers.get(r.siren)}`);
      epciMembers.set(r.siren, Number(r.nb_com)); // report once per EPCI
    }
  }

  const communes: Commune2008[] = [];
  const seen = new Set<string>();
  // Who claims each 2016 polygon and each EPCI: territory assignment → 2008 communes.
  const claimsByPolygon = new Map<string, Map<string, string[]>>();
  const claimsByEpci = new Map<string, Map<string, string[]>>();
  const claim = (claims: Map<string, Map<string, string[]>>, what: string, key: string, insee: string) => {
    const byKey = claims.get(what) ?? new Map<string, string[]>();
    byKey.set(key, [...(byKey.get(key) ?? []), insee]);
    claims.set(what, byKey);
  };
  const describeClaims = (byKey: Map<string, string[]>) =>
    [...byKey].map(([key, list]) => `${key} (${list.length > 3 ? `${list.length} communes` : list.join(', ')})`).join(' vs ');
  const describe = (pays: string | null, agglo: string | null) =>
    [pays, agglo].filter(Boolean).join(' + ') || 'no territory';
  for (const row of compositionRows) {
    const insee = row.insee_2008;
    const where = `composition-2008.tsv ${insee} (${row.nom_2008})`;
    if (seen.has(insee)) problems.push(`${where}: listed twice`);
    seen.add(insee);
    const departement = insee.slice(0, 2);
    if (!isDepartement(departement)) {
      problems.push(`${where}: not in Poitou-Charentes`);
      continue;
    }
    const pays = row.pays_id === '' ? null : row.pays_id;
    const agglo = row.agglo_id === '' ? null : row.agglo_id;
    for (const [id, kind] of [[pays, 'pays'], [agglo, 'agglomeration']] as const) {
      if (id === null) continue;
      const t = territoryById.get(id);
      if (!t) problems.push(`${where}: unknown territory id ${id}`);
      else {
        if (t.kind !== kind) problems.push(`${where}: ${id} is not a ${kind}`);
        if (t.departement !== departement) problems.push(`${where}: in ${id} of département ${t.departement}`);
      }
    }
    if (agglo !== null && territoryById.has(agglo)) {
      const expectedPays = territoryById.get(agglo)!.parent;
      if (pays !== expectedPays) {
        problems.push(`${where}: in ${agglo} whose pays is ${expectedPays ?? 'none'}, but its pays is ${pays ?? 'none'}`);
      }
    }
    if (!polygonByCode.has(row.insee_2016)) {
      problems.push(`${where}: 2008 commune without a polygon (no 2016 commune ${row.insee_2016})`);
    }
    const key = describe(pays, agglo);
    claim(claimsByPolygon, row.insee_2016, key, insee);

    const h = history.get(insee);
    if (!h) problems.push(`${where}: missing from communes-2008.tsv`);
    else if (h.nom_2008 !== row.nom_2008) problems.push(`${where}: named "${h.nom_2008}" in communes-2008.tsv`);
    else if (!/^\d[\dAB]\d{3}$/.test(h.insee_2018) || h.nom_2018 === '') problems.push(`${where}: no 2018 commune in communes-2008.tsv`);

    const e = epciByCommune.get(insee);
    let epci: Commune2008['epci'] = null;
    let population: number | null = null;
    if (row.epci_2008_siren === '') {
      if (e) problems.push(`${where}: isolated in the composition but member of ${e.nom} in the EPCI list`);
      if (row.population_2008 !== '') population = Number(row.population_2008);
    } else if (!e) {
      problems.push(`${where}: member of ${row.epci_2008_nom} in the composition but absent from the EPCI list`);
    } else {
      if (e.siren !== row.epci_2008_siren || e.nom !== row.epci_2008_nom) {
        problems.push(`${where}: EPCI ${row.epci_2008_siren} ${row.epci_2008_nom} in the composition, ${e.siren} ${e.nom} in the EPCI list`);
      }
      epci = { name: e.nom, siren: e.siren };
      population = Number(e.ptot_com);
      if (row.population_2008 !== '' && Number(row.population_2008) !== population) {
        problems.push(`${where}: population ${row.population_2008} in the composition, ${e.ptot_com} in the EPCI list`);
      }
      claim(claimsByEpci, `${e.nom} (${e.siren})`, key, insee);
    }
    if (population !== null && !(Number.isInteger(population) && population >= 0)) {
      problems.push(`${where}: population "${population}" is not a count`);
    }
    communes.push({
      insee,
      name: row.nom_2008,
      insee2016: row.insee_2016,
      insee2018: h?.insee_2018 ?? '',
      name2018: h ? restoreArticle(h.nom_2018, history.get(h.insee_2018)?.nom_2008) : '',
      departement,
      pays,
      agglo,
      epci,
      population,
      confidence: row.confidence as Commune2008['confidence'],
    });
    if (!['high', 'medium', 'low'].includes(row.confidence)) problems.push(`${where}: confidence "${row.confidence}" is not high, medium or low`);
  }
  for (const insee of history.keys()) {
    if (!seen.has(insee)) problems.push(`communes-2008.tsv: ${insee} missing from composition-2008.tsv`);
  }
  for (const insee of epciByCommune.keys()) {
    if (!seen.has(insee)) problems.push(`epci-2008-poitou-charentes.csv: ${insee} missing from composition-2008.tsv`);
  }
  for (const [code, byKey] of claimsByPolygon) {
    if (byKey.size > 1) problems.push(`2016 polygon ${code} claimed by two territories: ${describeClaims(byKey)}`);
  }
  // The README promises that no intercommunality is split between two territories.
  for (const [epci, byKey] of claimsByEpci) {
    if (byKey.size > 1) problems.push(`${epci} split between territories: ${describeClaims(byKey)}`);
  }
  for (const code of polygonByCode.keys()) {
    // A polygon no 2008 commune falls in would leave a hole in the region.
    if (!claimsByPolygon.has(code)) problems.push(`2016 polygon ${code} (${polygonByCode.get(code)!.properties.nom}) contains no 2008 commune`);
  }
  for (const t of territories) {
    const n = communes.filter((c) => c.pays === t.id || c.agglo === t.id).length;
    if (n === 0) problems.push(`territory ${t.id} has no commune in composition-2008.tsv`);
    const row = territoryRows.find((r) => r.id === t.id)!;
    if (row.mapped_communes !== '' && Number(row.mapped_communes) !== n) {
      problems.push(`territories.tsv: ${t.id} says ${row.mapped_communes} mapped communes, composition-2008.tsv has ${n}`);
    }
  }

  const departementsFrance = readJson<GeoInputs['departementsFrance']>(src('departements-france-simplifie.geojson'));
  if (!Array.isArray(departementsFrance.features)) problems.push('departements-france-simplifie.geojson is not a FeatureCollection');

  if (problems.length > 0) throw new GeoInputError(problems);

  communes.sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));
  const polygons = [...polygonByCode.values()].sort((a, b) =>
    a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0,
  );
  return { territories, communes, polygons, departementsFrance };
}
