import { mount } from 'svelte';
import App from './App.svelte';
import 'virtual:layout.css';
import './styles/shared.css';
import { PALETTE_CSS_PROPERTIES } from './lib/palette';
import { LAYOUT_CSS_PROPERTIES } from './lib/phone-layout';

for (const [name, value] of Object.entries({ ...PALETTE_CSS_PROPERTIES, ...LAYOUT_CSS_PROPERTIES })) {
  document.documentElement.style.setProperty(name, value);
}

mount(App, { target: document.getElementById('app')! });
