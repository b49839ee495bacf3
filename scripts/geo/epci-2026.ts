// geo/epci-2026.topojson, geo/crosswalk-2026.json and geo/communes-2026.json: the
// intercommunalités of 1 January 2026 that carry on the 2008 territories, from
// @etalab/decoupage-administratif (INSEE communes and their history, DGCL list of EPCI à fiscalité
// propre). Shapes: src/lib/epci/types.ts. The communes of 2026 are a file of their own because only
// the search needs them, and they weigh four times the rest of the crosswalk.
//
// The outlines are the 2016 commune polygons dissolved by current EPCI, simplified as the
// territories are and quantized on the territories' very grid: where an EPCI border follows a
// territory border, both files hold the same points, and the two lines drawn one over the other
// coincide.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geometry } from 'geojson';
import type { Topology, Transform } from 'topojson-specification';
import { quantize } from 'topojson-client';
import {
  compareFr,
  featureCollection,
  geometriesOf,
  geometriesOfObject,
  LABEL_PRECISION,
  run,
  SIMPLIFY,
  withProperties,
} from './build.ts';
import { DEPARTEMENTS, GeoInputError, type Commune2008, type GeoInputs } from './inputs.ts';
import { crosswalkProblems, linkCommunes, type CommuneLink, type DecoupageCommune, type DecoupageEpci } from './crosswalk-2026.ts';
import { geometryLabel, round } from './label.ts';
import type {
  Crosswalk,
  CrosswalkCommune,
  CrosswalkEpci,
  CrosswalkShare,
  CrosswalkTerritory,
  EpciKind,
  EpciProperties,
} from '../../src/lib/epci/types.ts';

const PACKAGE = '@etalab/decoupage-administratif';
/** The package version holds one vintage of both lists. */
const VINTAGE = '2026-01-01';
const SHARE_DECIMALS = 4;

interface Decoupage {
  version: string;
  communes: DecoupageCommune[];
  epci: (DecoupageEpci & { type: EpciKind })[];
}

function readDecoupage(): Decoupage {
  const require = createRequire(import.meta.url);
  const read = <T>(file: string) => JSON.parse(readFileSync(require.resolve(`${PACKAGE}/${file}`), 'utf8')) as T;
  return {
    version: read<{ version: string }>('package.json').version,
    communes: read('data/communes.json'),
    epci: read('data/epci.json'),
  };
}

const inRegion = (code: string) => DEPARTEMENTS.some((d) => code.startsWith(d.code));

/** Parts of a whole, sorted largest first by population, then communes, then key. */
function shares<K extends string | null>(
  members: readonly Commune2008[],
  keyOf: (c: Commune2008) => K,
  total: { communes: number; population: number },
): (CrosswalkShare & { key: K })[] {
  const parts = new Map<K, { communes: number; population: number }>();
  for (const c of members) {
    const key = keyOf(c);
    const part = parts.get(key) ?? { communes: 0, population: 0 };
    part.communes += 1;
    part.population += c.population ?? 0;
    parts.set(key, part);
  }
  return [...parts]
    .map(([key, p]) => ({
      key,
      communes: p.communes,
      communeShare: round(p.communes / total.communes, SHARE_DECIMALS),
      population: p.population,
      populationShare: total.population === 0 ? 0 : round(p.population / total.population, SHARE_DECIMALS),
    }))
    .sort((a, b) => b.populationShare - a.populationShare || b.communes - a.communes || compareFr(String(a.key), String(b.key)));
}

type Epci = Decoupage['epci'][number];

interface Membership {
  /** The EPCIs of the four départements, sorted by name. */
  epcis: Epci[];
  links: CommuneLink[];
  /** 2008 INSEE code → SIREN. */
  epciOf2008: Map<string, string>;
  /** 2016 polygon code → SIREN. */
  epciOfPolygon: Map<string, string>;
}

/** Where each 2008 commune and each 2016 polygon lies in 2026; throws, listing every problem, when that is not one EPCI. */
function membership(inputs: GeoInputs, decoupage: Decoupage): Membership {
  const epcis = decoupage.epci
    .filter((e) => e.membres.some((m) => inRegion(m.code)))
    .sort((a, b) => compareFr(a.nom, b.nom) || compareFr(a.code, b.code));
  const links = linkCommunes(inputs.communes, decoupage.communes, epcis);
  const problems = crosswalkProblems(links);
  for (const e of epcis) {
    const outside = e.membres.filter((m) => !inRegion(m.code));
    if (outside.length) problems.push(`EPCI ${e.code} (${e.nom}) reaches beyond the four départements: ${outside.map((m) => m.code).join(', ')}`);
  }
  const reached = new Set(links.flatMap((l) => l.current));
  for (const e of epcis) {
    for (const m of e.membres) {
      if (!reached.has(m.code)) problems.push(`EPCI ${e.code} (${e.nom}): member ${m.code} (${m.nom}) is no 2008 commune's successor`);
    }
  }
  const epciOf2008 = new Map(links.flatMap((l) => (l.epci.length === 1 ? [[l.insee, l.epci[0]] as const] : [])));
  const polygonEpcis = new Map<string, Set<string>>();
  for (const c of inputs.communes) {
    const siren = epciOf2008.get(c.insee);
    if (siren === undefined) continue; // reported above
    polygonEpcis.set(c.insee2016, new Set([...(polygonEpcis.get(c.insee2016) ?? []), siren]));
  }
  for (const [code, set] of polygonEpcis) {
    if (set.size > 1) problems.push(`2016 polygon ${code} lies in several EPCIs of 2026: ${[...set].join(', ')}`);
  }
  if (problems.length > 0) throw new GeoInputError(problems);
  const epciOfPolygon = new Map([...polygonEpcis].map(([code, set]) => [code, [...set][0]]));
  return { epcis, links, epciOf2008, epciOfPolygon };
}

/** The EPCI outlines: the 2016 commune polygons dissolved by EPCI, with their properties, on the territories' grid. */
async function outlines(inputs: GeoInputs, { epcis, epciOfPolygon }: Membership, grid: Transform): Promise<Topology> {
  const out = await run(
    [
      '-i communes.json',
      '-dissolve epci gap-width=0 + name=epci target=communes',
      '-drop target=communes',
      `-simplify ${SIMPLIFY} target=epci`,
      '-o format=geojson target=epci epci-geo.json',
      '-o format=topojson no-quantization target=epci epci.json',
    ],
    {
      'communes.json': featureCollection(
        inputs.polygons.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: { epci: epciOfPolygon.get(p.properties.code)! } })),
      ),
    },
  );
  const simplified = new Map<string, Geometry>(geometriesOf(out['epci-geo.json']).map(({ geometry, properties }) => [String(properties.epci), geometry]));
  const topology = quantize(JSON.parse(out['epci.json']), grid) as Topology;
  const bySiren = new Map(geometriesOfObject(topology, 'epci').map((g) => [String((g.properties as { epci: string }).epci), g]));
  const geometries = epcis.map((e) => {
    const label = geometryLabel(simplified.get(e.code), LABEL_PRECISION);
    if (!label) throw new Error(`no outline for EPCI ${e.code}`);
    const properties: EpciProperties = {
      siren: e.code,
      name: e.nom,
      kind: e.type,
      communes: e.membres.length,
      population: e.populationTotale,
      labelX: round(label[0], 5),
      labelY: round(label[1], 5),
    };
    return withProperties(bySiren.get(e.code)!, e.code, properties);
  });
  return {
    type: 'Topology',
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    transform: topology.transform,
    objects: { epci: { type: 'GeometryCollection', geometries } },
    arcs: topology.arcs,
  };
}

const totalOf = (members: readonly Commune2008[]) => ({
  communes: members.length,
  population: members.reduce((sum, c) => sum + (c.population ?? 0), 0),
});

/** Each territory's shares in the EPCIs, each EPCI's shares in the territories. */
function crosswalkOf(inputs: GeoInputs, { epcis, epciOf2008 }: Membership): Omit<Crosswalk, 'facts'> {
  const epciOf = (c: Commune2008) => epciOf2008.get(c.insee)!;
  const territories: Record<string, CrosswalkTerritory> = {};
  for (const t of inputs.territories) {
    const members = inputs.communes.filter((c) => c.pays === t.id || c.agglo === t.id);
    const total = totalOf(members);
    territories[t.id] = {
      ...total,
      populationMissing: members.filter((c) => c.population === null).length,
      epci: shares(members, epciOf, total).map(({ key, ...share }) => ({ siren: key, ...share })),
    };
  }
  const epci: CrosswalkEpci[] = epcis.map((e) => {
    const members = inputs.communes.filter((c) => epciOf(c) === e.code);
    const total = totalOf(members);
    return {
      siren: e.code,
      name: e.nom,
      kind: e.type,
      communes: e.membres.length,
      population: e.populationTotale,
      communes2008: total.communes,
      population2008: total.population,
      territories: shares(members, (c) => c.agglo ?? c.pays, total).map(({ key, ...share }) => ({ territory: key, ...share })),
    };
  });
  return { territories, epci };
}

/** The communes of 2026 reached from 2008, sorted by code, each with its 2008 communes. */
function communes2026(decoupage: Decoupage, { links, epciOf2008 }: Membership): CrosswalkCommune[] {
  const nameOf = new Map(decoupage.communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.nom]));
  const formerOf = new Map<string, string[]>();
  for (const l of links) formerOf.set(l.current[0], [...(formerOf.get(l.current[0]) ?? []), l.insee]);
  return [...formerOf]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, former]) => ({ code, name: nameOf.get(code)!, epci: epciOf2008.get(former[0])!, former: former.sort() }));
}

/** `grid`: the transform of geo/territories.topojson. */
export async function buildEpci2026(inputs: GeoInputs, grid: Transform): Promise<Record<string, string>> {
  const decoupage = readDecoupage();
  const members = membership(inputs, decoupage);
  const communes = communes2026(decoupage, members);
  const nouvelles = communes.filter((c) => c.former.length > 1);
  const crosswalk: Crosswalk = {
    facts: {
      vintage: VINTAGE,
      source: `${PACKAGE} ${decoupage.version}`,
      communes2008: members.links.length,
      communes2026: communes.length,
      epci: members.epcis.length,
      communesNouvelles: nouvelles.length,
      mergedCommunes2008: nouvelles.reduce((sum, c) => sum + c.former.length, 0),
    },
    ...crosswalkOf(inputs, members),
  };
  return {
    'geo/epci-2026.topojson': JSON.stringify(await outlines(inputs, members, grid)) + '\n',
    'geo/crosswalk-2026.json': crosswalkJson(crosswalk),
    'geo/communes-2026.json': '[\n' + communes.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n',
  };
}

/** One territory, EPCI or commune per line: readable diffs, small file. */
function crosswalkJson(crosswalk: Crosswalk): string {
  const lines = (entries: [string, unknown][]) => entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  const list = (items: unknown[]) => items.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
  return [
    '{',
    `  "facts": ${JSON.stringify(crosswalk.facts)},`,
    `  "territories": {\n${lines(Object.entries(crosswalk.territories))}\n  },`,
    `  "epci": [\n${list(crosswalk.epci)}\n  ]`,
    '}',
    '',
  ].join('\n');
}
