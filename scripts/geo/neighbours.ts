// Adjacency from a TopoJSON topology: two features are neighbours when they share an arc, i.e. a
// stretch of common border. Touching at a single point (a quadripoint) or across water (an island)
// does not count, which is what "sharing a border" means on the map.

import type { Topology, GeometryObject } from 'topojson-specification';

function collectArcs<P extends object | null>(geometry: GeometryObject<P>, into: Set<number>): void {
  const add = (index: number) => into.add(index < 0 ? ~index : index);
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of geometry.arcs) ring.forEach(add);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.arcs) for (const ring of polygon) ring.forEach(add);
      break;
    case 'LineString':
      geometry.arcs.forEach(add);
      break;
    case 'GeometryCollection':
      for (const g of geometry.geometries) collectArcs(g, into);
      break;
    default:
      break;
  }
}

/** Arc indices used by each feature of `objectName`, by feature id. */
export function arcsById(topology: Topology, objectName: string): Map<string, Set<number>> {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`topology has no GeometryCollection "${objectName}"`);
  }
  const result = new Map<string, Set<number>>();
  for (const geometry of object.geometries) {
    if (geometry.id === undefined) throw new Error(`a feature of "${objectName}" has no id`);
    const arcs = result.get(String(geometry.id)) ?? new Set<number>();
    collectArcs(geometry, arcs);
    result.set(String(geometry.id), arcs);
  }
  return result;
}

/**
 * Neighbours of every feature of `objectName` (sorted ids). `ignore(a, b)` drops pairs that share
 * arcs for another reason, e.g. an agglomération nested in its pays.
 */
export function neighboursFromTopology(
  topology: Topology,
  objectName: string,
  ignore: (a: string, b: string) => boolean = () => false,
): Map<string, string[]> {
  const arcs = arcsById(topology, objectName);
  const owners = new Map<number, string[]>();
  for (const [id, set] of arcs) {
    for (const arc of set) {
      const list = owners.get(arc);
      if (list) list.push(id);
      else owners.set(arc, [id]);
    }
  }
  const neighbours = new Map<string, Set<string>>();
  for (const id of arcs.keys()) neighbours.set(id, new Set());
  for (const ids of owners.values()) {
    for (const a of ids) {
      for (const b of ids) {
        if (a !== b && !ignore(a, b)) neighbours.get(a)!.add(b);
      }
    }
  }
  const result = new Map<string, string[]>();
  for (const [id, set] of neighbours) result.set(id, [...set].sort());
  return result;
}
