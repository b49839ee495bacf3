/** French wording of the survey's codes, shared by the panel, the legend and the comparison. */
import type { Page } from './url-state';

export const DEPARTEMENTS: Record<string, string> = {
  '16': 'Charente',
  '17': 'Charente-Maritime',
  '79': 'Deux-Sèvres',
  '86': 'Vienne',
};

/** What « n.c. » stands for, wherever a count shows it. */
export const NOT_COMMUNICATED = "non communiqué : l'enquête n'a pas d'information sur ce territoire";

/** The legend entry for the communes of no surveyed territory, on the map and in the PNG export. */
export const OUTSIDE_LABEL = 'Hors enquête';
export const OUTSIDE_NOTE = "communes d'aucun territoire enquêté";

export const KINDS: Record<string, string> = {
  pays: 'Pays',
  agglomeration: "Communauté d'agglomération",
};

export const STATUSES: { id: string; label: string }[] = [
  { id: 'en-place', label: 'En place' },
  { id: 'en-cours', label: 'En cours' },
  { id: 'en-projet', label: 'En projet' },
  { id: 'en-reflexion', label: 'En réflexion' },
];
export const STATUS_LABEL: Record<string, string> = Object.fromEntries(STATUSES.map((s) => [s.id, s.label]));

/** The pages of the app, in the header's order (url-state.ts lists them). */
export const PAGE_LABEL: Record<Page, string> = {
  carte: 'Carte',
  statistiques: 'Statistiques',
  methode: 'À propos / méthode',
  fiches: 'Fiches',
  fiche: 'Fiche',
};

/** The legend of the active theme layers: its title for each form of symbol, and what a count on a pictogram says. */
export const LAYER_LEGEND_TITLE = { pictogram: 'Symboles des thèmes', dot: 'Thèmes (un point de couleur chacun)' } as const;
export const LAYER_COUNT_NOTE = 'Un chiffre sur un symbole : le nombre de pratiques du thème, à partir de 2.';

export const COLUMNS: { id: 'rh' | 'moyens'; label: string }[] = [
  { id: 'rh', label: 'Ressources humaines' },
  { id: 'moyens', label: 'Moyens, outils, matériel' },
];

/** « 1 pratique », « 3 pratiques ». */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n > 1 ? many : one}`;
}

// One formatter and one collator for the whole app: toLocaleString and localeCompare with a locale
// build a new one at each call, which showed in the click → panel profile. Each is built at its
// first use, not when the script loads: built there, the formatter held back the map's start.
let numberFormat: Intl.NumberFormat | null = null;
let collator: Intl.Collator | null = null;
/** 37 875 → « 37 875 », with French digit grouping. */
export const formatNumber = (n: number): string => (numberFormat ??= new Intl.NumberFormat('fr-FR')).format(n);
/** Compares two names in French alphabetical order (accents after their letter). */
export const frenchOrder = (a: string, b: string): number => (collator ??= new Intl.Collator('fr')).compare(a, b);
