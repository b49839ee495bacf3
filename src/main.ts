import { mount } from 'svelte';
import App from './App.svelte';
import './styles/shared.css';
import { loadMapView } from './map/load-map-view';
import { PALETTE_CSS_PROPERTIES } from './lib/palette';
import { LAYOUT_CSS_PROPERTIES } from './lib/phone-layout';

// MapLibre's script and worker load while the data downloads and the SVG map is drawn; the entry
// script does not wait for them.
import('./map/prewarm').then((m) => m.startMapWorker());
loadMapView();

for (const [name, value] of Object.entries({ ...PALETTE_CSS_PROPERTIES, ...LAYOUT_CSS_PROPERTIES })) {
  document.documentElement.style.setProperty(name, value);
}

mount(App, { target: document.getElementById('app')! });
