import { mount } from 'svelte';
import App from './App.svelte';
import './styles/shared.css';
import { startMapWorker } from './map/prewarm';

startMapWorker();

mount(App, { target: document.getElementById('app')! });
