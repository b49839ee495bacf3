import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../src/lib/atlas';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { DataFileError } from '../src/lib/fetch-json';
import { loadDetailGeometry } from '../src/lib/detail-geometry';

// Every way a data file can fail ends in a DataFileError naming the file, in French, which the app
// shows with its « Réessayer » button: never an unexplained blank page.

const files: Record<string, string> = {
  practices: readFileSync('data/practices.json', 'utf8'),
  overview: readFileSync('geo/overview.topojson', 'utf8'),
  territories: readFileSync('geo/territories.topojson', 'utf8'),
  composition: readFileSync('geo/composition.json', 'utf8'),
};

/** A fetch serving the committed files, with one of them replaced by `broken`. */
function fetchWith(which: string, broken: () => Promise<Response>): typeof fetch {
  return (async (url: string | URL) => {
    const name = Object.keys(files).find((f) => String(url).includes(f))!;
    return name === which ? broken() : new Response(files[name], { status: 200 });
  }) as typeof fetch;
}

async function failure(load: Promise<unknown>): Promise<DataFileError> {
  const error = await load.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataFileError);
  return error as DataFileError;
}

describe('data files that fail', () => {
  it('loads the committed files', async () => {
    const atlas = await loadAtlas(fetchWith('', async () => new Response('')));
    expect(atlas.territories).toHaveLength(33);
  });

  it('names the file and the cause: missing, unreachable, truncated, not ours, broken inside', async () => {
    const cases: [string, () => Promise<Response>, RegExp][] = [
      ['practices', async () => new Response('Not found', { status: 404 }), /« data\/practices\.json » est introuvable.*404/],
      ['composition', async () => Promise.reject(new TypeError('Failed to fetch')), /« geo\/composition\.json » n'a pas pu être téléchargé/],
      ['overview', async () => new Response(files.overview.slice(0, 5000)), /« geo\/overview\.topojson » est illisible/],
      ['practices', async () => new Response('{"territories": 3}'), /« data\/practices\.json » ne suit pas le format attendu/],
      ['overview', async () => new Response('{"type": "FeatureCollection"}'), /« geo\/overview\.topojson » n'est pas une géométrie TopoJSON valide/],
      ['overview', async () => new Response(JSON.stringify({ ...JSON.parse(files.overview), arcs: null })), /« geo\/overview\.topojson » est illisible/],
      ['composition', async () => new Response('null'), /« geo\/composition\.json » est illisible/],
    ];
    for (const [file, broken, message] of cases) {
      expect((await failure(loadAtlas(fetchWith(file, broken)))).message).toMatch(message);
    }
  });

  it('rejects a topology whose arcs are broken, or that draws nothing', () => {
    const topology = JSON.parse(files.territories);
    expect(() => atlasGeometry({ ...topology, arcs: [[[0, 0]], 'x'] }, 'geo/territories.topojson')).toThrow(DataFileError);
    const empty = { ...topology, objects: Object.fromEntries(Object.keys(topology.objects).map((k) => [k, { type: 'GeometryCollection', geometries: [] }])) };
    expect(() => atlasGeometry(empty, 'geo/territories.topojson')).toThrow(/illisible/);
  });

  it('names the detailed geometry when it fails, and downloads it again on the next zoom', async () => {
    const truncated = fetchWith('territories', async () => new Response(files.territories.slice(0, 5000)));
    expect((await failure(loadDetailGeometry(truncated))).message).toMatch(/« geo\/territories\.topojson » est illisible/);
    const detail = await loadDetailGeometry(fetchWith('', async () => new Response('')));
    expect(detail.territories.features).toHaveLength(33);
  });
});
