// A page that mounts the printable sheets alone, for the print test: the app's own view of them
// is tested with the app.
import { mount } from 'svelte';
import '../../src/styles/shared.css';
import { loadAtlas } from '../../src/lib/atlas';
import { buildSheet, buildSheets } from '../../src/lib/sheet/model';
import { outlines } from '../../src/lib/sheet/outline-svg';
import SheetSet from '../../src/components/sheet/SheetSet.svelte';
import TerritorySheet from '../../src/components/sheet/TerritorySheet.svelte';

const credit = 'Source : enquête IAAT 2008.';
const atlas = await loadAtlas();
const drawn = outlines(atlas.geometry.territories, 200);
const id = new URLSearchParams(location.search).get('t');
const target = document.getElementById('app')!;
const printedOn = new Date(2026, 0, 15);
if (id) {
  const sheet = buildSheet(atlas.dataset, atlas.composition, id)!;
  mount(TerritorySheet, { target, props: { sheet, credit, printedOn, outlines: drawn } });
} else {
  mount(SheetSet, { target, props: { sheets: buildSheets(atlas.dataset, atlas.composition), credit, printedOn, outlines: drawn } });
}
document.body.dataset.ready = '';
