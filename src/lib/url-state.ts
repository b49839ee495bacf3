/**
 * The view as it lives in the URL hash:
 * `#t=<id>&mode=intensite|type&themes=sig,habitat&tm=tous&cmp=<id>,<id>&statuts=en-place&dep=16,79&iso=<class>&c=<insee>&v=<page>&lignes=freq|diff&cols=total&tour=<step>&e26=1&epci=<siren>&map=<z>/<lat>/<lng>`.
 * The `map` key belongs to MapLibre (`hash: 'map'`); it is carried through untouched.
 */

import { DEPARTEMENT_CODES } from './schema';

export type Mode = 'intensite' | 'type';
/** Which page of the app is shown over the map. */
export type Page = 'carte' | 'statistiques' | 'methode' | 'fiches' | 'fiche';
/** `fiches`: every territory's printable sheet; `fiche`: the open territory's. */
export const PAGES: readonly Page[] = ['carte', 'statistiques', 'methode', 'fiches', 'fiche'];
/** The header's pages: one territory's sheet opens from its panel instead. */
export const HEADER_PAGES: readonly Page[] = PAGES.filter((p) => p !== 'fiche');
/** With several themes: keep the territories having at least one of them (`any`), or every one (`all`, `tm=tous`). */
export type ThemeMatch = 'any' | 'all';
/** Row order of the comparison matrix: taxonomy, frequency among the compared, differences first. */
export type RowOrder = 'themes' | 'freq' | 'diff';
export const ROW_ORDERS: readonly RowOrder[] = ['themes', 'freq', 'diff'];
/** Column order of the comparison matrix: order of addition, or total. */
export type ColumnOrder = 'ajout' | 'total';
export const COLUMN_ORDERS: readonly ColumnOrder[] = ['ajout', 'total'];

export interface ViewState {
  /** Territory whose panel is open. */
  t: string | null;
  /** Colouring mode. */
  mode: Mode;
  /** Active theme layers, in taxonomy order. */
  themes: string[];
  /** How several active themes combine. */
  themeMatch: ThemeMatch;
  /** Territories in the comparison, in the order they were added. */
  cmp: string[];
  /** Statuses kept by the status filter; empty means all. */
  statuses: string[];
  /** Départements kept by the département filter (INSEE codes, in code order); empty means all. */
  dep: string[];
  /** Isolated legend class (index as text), or null. */
  iso: string | null;
  /** 2008 commune (INSEE code) looked up, shown as a point. */
  c: string | null;
  /** Page shown. */
  v: Page;
  /** Row order of the comparison matrix (`lignes=`). */
  rows: RowOrder;
  /** Column order of the comparison matrix (`cols=`). */
  cols: ColumnOrder;
  /** Step of the guided tour shown (from 1), or null when no tour runs. */
  tour: number | null;
  /** The 2026 intercommunalités drawn over the map (`e26=1`). */
  e26: boolean;
  /** 2026 EPCI (SIREN) whose panel is open, or null. */
  epci: string | null;
}

/** What the hash may refer to: anything else is dropped. */
export interface Vocabulary {
  territories: readonly string[];
  themes: readonly string[];
  statuses: readonly string[];
}

export const MAX_COMPARED = 6;
/** A shared link is never this long; anything longer is cut before parsing so a hostile URL costs nothing. */
export const MAX_HASH_LENGTH = 2000;
const MAX_LIST_ITEMS = 40;

export const defaultView = (): ViewState => ({
  t: null,
  mode: 'intensite',
  themes: [],
  themeMatch: 'any',
  cmp: [],
  statuses: [],
  dep: [],
  iso: null,
  c: null,
  v: 'carte',
  rows: 'themes',
  cols: 'ajout',
  tour: null,
  e26: false,
  epci: null,
});

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

function readPairs(hash: string): Map<string, string> {
  const pairs = new Map<string, string>();
  const body = hash.slice(0, MAX_HASH_LENGTH).replace(/^#/, '');
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = safeDecode(part.slice(0, eq));
    if (!pairs.has(key)) pairs.set(key, safeDecode(part.slice(eq + 1)));
  }
  return pairs;
}

function knownList(value: string | undefined, known: readonly string[], limit: number): string[] {
  if (!value) return [];
  const wanted = new Set(value.split(',').slice(0, MAX_LIST_ITEMS));
  return known.filter((id) => wanted.has(id)).slice(0, limit);
}

/** Ordered variant, for lists where the user's order matters (the comparison). */
function knownOrderedList(value: string | undefined, known: readonly string[], limit: number): string[] {
  if (!value) return [];
  const knownSet = new Set(known);
  const out: string[] = [];
  for (const id of value.split(',').slice(0, MAX_LIST_ITEMS)) {
    if (knownSet.has(id) && !out.includes(id)) out.push(id);
  }
  return out.slice(0, limit);
}

/** Reads a hash; never throws; unknown ids and malformed values fall back to defaults. */
export function parseHash(hash: string, vocab: Vocabulary): ViewState {
  const pairs = readPairs(typeof hash === 'string' ? hash : '');
  const view = defaultView();
  const t = pairs.get('t');
  if (t && vocab.territories.includes(t)) view.t = t;
  if (pairs.get('mode') === 'type') view.mode = 'type';
  view.themes = knownList(pairs.get('themes'), vocab.themes, vocab.themes.length);
  if (pairs.get('tm') === 'tous') view.themeMatch = 'all';
  view.cmp = knownOrderedList(pairs.get('cmp'), vocab.territories, MAX_COMPARED);
  view.statuses = knownList(pairs.get('statuts'), vocab.statuses, vocab.statuses.length);
  if (view.statuses.length === vocab.statuses.length) view.statuses = [];
  view.dep = knownList(pairs.get('dep'), DEPARTEMENT_CODES, DEPARTEMENT_CODES.length);
  if (view.dep.length === DEPARTEMENT_CODES.length) view.dep = [];
  const iso = pairs.get('iso');
  if (iso && /^\d{1,2}$|^[a-z-]{1,30}$/.test(iso)) view.iso = iso;
  const c = pairs.get('c');
  // Commune codes are checked against the commune index once it is loaded; here only their shape.
  if (c && /^\d[\dAB]\d{3}$/.test(c)) view.c = c;
  const page = pairs.get('v');
  if (page && (PAGES as readonly string[]).includes(page)) view.v = page as Page;
  const rows = pairs.get('lignes');
  if (rows && (ROW_ORDERS as readonly string[]).includes(rows)) view.rows = rows as RowOrder;
  const cols = pairs.get('cols');
  if (cols && (COLUMN_ORDERS as readonly string[]).includes(cols)) view.cols = cols as ColumnOrder;
  // The story's length is not known here: the tour clamps a step past its end.
  const tour = pairs.get('tour');
  if (tour && /^[1-9]\d?$/.test(tour)) view.tour = Number(tour);
  if (pairs.get('e26') === '1') view.e26 = true;
  // A SIREN is checked against the crosswalk once it is loaded; here only its shape.
  const epci = pairs.get('epci');
  if (epci && /^\d{9}$/.test(epci)) view.epci = epci;
  return view;
}

/** The MapLibre-owned `map=` value of a hash, if any and well formed. */
export function mapParam(hash: string): string | null {
  const value = readPairs(hash).get('map');
  return value && /^-?[\d.]+\/-?[\d.]+\/-?[\d.]+(\/-?[\d.]+){0,2}$/.test(value) ? value : null;
}

/** Writes the view as a hash; defaults are left out so links stay short. `map` comes last, as MapLibre writes it. */
export function serializeHash(view: ViewState, map: string | null = null): string {
  const parts: string[] = [];
  if (view.t) parts.push(`t=${encodeURIComponent(view.t)}`);
  if (view.mode !== 'intensite') parts.push(`mode=${view.mode}`);
  if (view.themes.length) parts.push(`themes=${view.themes.map(encodeURIComponent).join(',')}`);
  if (view.themeMatch === 'all') parts.push('tm=tous');
  if (view.cmp.length) parts.push(`cmp=${view.cmp.map(encodeURIComponent).join(',')}`);
  if (view.statuses.length) parts.push(`statuts=${view.statuses.map(encodeURIComponent).join(',')}`);
  if (view.dep.length) parts.push(`dep=${view.dep.join(',')}`);
  if (view.iso !== null) parts.push(`iso=${encodeURIComponent(view.iso)}`);
  if (view.c) parts.push(`c=${encodeURIComponent(view.c)}`);
  if (view.v !== 'carte') parts.push(`v=${view.v}`);
  if (view.rows !== 'themes') parts.push(`lignes=${view.rows}`);
  if (view.cols !== 'ajout') parts.push(`cols=${view.cols}`);
  if (view.tour !== null) parts.push(`tour=${view.tour}`);
  if (view.e26) parts.push('e26=1');
  if (view.epci) parts.push(`epci=${encodeURIComponent(view.epci)}`);
  if (map) parts.push(`map=${map}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
