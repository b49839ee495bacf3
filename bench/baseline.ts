/**
 * The limit the app is measured against: MapLibre alone drawing what the app draws at opening — the
 * overview geometry's land, « hors enquête », territories, département borders and region, one plain
 * layer each — fitted to the same bounds in a container of the app's map size (?w=&h=).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import overviewUrl from '../geo/overview.topojson?url';
import { boundsOf } from '../src/lib/atlas-geometry';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || 1066}px`;
container.style.height = `${Number(params.get('h')) || 760}px`;

const collection = (topology: Topology, name: string) =>
  feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection;

/** The overview's objects in one collection, each feature tagged with its object's name. */
const merged = (topology: Topology): FeatureCollection => ({
  type: 'FeatureCollection',
  features: ['land', 'outside', 'territories', 'borders', 'region'].flatMap((part) =>
    collection(topology, part).features.map((f) => ({ ...f, properties: { ...f.properties, part } })),
  ),
});

async function main() {
  const topology = (await (await fetch(overviewUrl)).json()) as Topology;
  performance.mark('baseline:data-loaded');
  maplibregl.setWorkerUrl(workerUrl);
  const map = new maplibregl.Map({
    container,
    style: {
      version: 8,
      // One source and four layers, as the app: a source per object would tile five times over.
      sources: { atlas: { type: 'geojson', data: merged(topology) } },
      layers: [
        {
          id: 'fill',
          type: 'fill',
          source: 'atlas',
          filter: ['in', ['get', 'part'], ['literal', ['land', 'outside', 'territories']]],
          paint: { 'fill-color': ['match', ['get', 'part'], 'land', '#f4f1ea', 'outside', '#e8e4dc', '#7fa9c9'] },
        },
        { id: 'line', type: 'line', source: 'atlas', filter: ['==', ['get', 'part'], 'territories'], paint: { 'line-color': '#ffffff', 'line-width': 1 } },
        { id: 'borders', type: 'line', source: 'atlas', filter: ['==', ['get', 'part'], 'borders'], paint: { 'line-color': '#8a8478', 'line-width': 1 } },
        { id: 'region', type: 'line', source: 'atlas', filter: ['==', ['get', 'part'], 'region'], paint: { 'line-color': '#333333', 'line-width': 1.5 } },
      ],
    },
    // The app fits the region's outline with the same padding.
    bounds: boundsOf(collection(topology, 'region')),
    fitBoundsOptions: { padding: 24 },
  });
  // The bench times a click on a territory to a heading in an <aside>, as on the app: the same
  // protocol on a page with nothing else to do gives the floor the app's figure sits above.
  map.on('click', (e) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: ['fill'] }).find((f) => f.properties.part === 'territories');
    if (!hit) return;
    const aside = document.querySelector('aside') ?? document.body.appendChild(document.createElement('aside'));
    const heading = document.createElement('h2');
    heading.textContent = String(hit.properties.name);
    aside.replaceChildren(heading);
  });
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') document.querySelector('aside')?.remove();
  });
  // The same handle as the app's, so the bench measures both pages the same way.
  (window as unknown as { __atlasMap?: maplibregl.Map }).__atlasMap = map;
}
main();
