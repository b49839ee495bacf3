/**
 * The atlas's colours and standing texts, each defined once: the map style, the legend, the
 * comparison, the statistics and the PNG export take them from here.
 */

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  purple: '#CC79A7',
  blue: '#0072B2',
};

/** Sequential, colour-blind-safe (ColorBrewer YlGnBu), light to dark: the classes of 1 practice and more. */
export const INTENSITY_COLORS = ['#c7e9b4', '#7fcdbb', '#2c7fb8', '#253494'];

/** A territory with no practice (or none kept by the filters): its own pale class, before the scale. */
export const NO_PRACTICE_COLOR = '#f2efe6';

/** The territories the survey has no information on. */
export const NO_INFORMATION_COLOR = '#bdbab3';

/** Territories that do not stand out turn to this neutral grey, whatever their class colour. */
export const FADED_COLOR = '#dedcd6';

/** The territory a printed sheet is about, on its locator map. */
export const SHEET_HIGHLIGHT = '#1f5a7a';

/** The page's header band (and the printed sheet's). */
export const HEADER_BACKGROUND = '#22313f';

/** Text, and text over the darkest classes. */
export const INK = '#1f1f1f';
export const INK_ON_DARK = '#fff';

/** The compared territories' outline, and the comparison's frame under the map. */
const COMPARED_RED = '#c0392b';

export const MAP_COLORS = {
  sea: '#cfe2ea',
  land: '#ebe8e1',
  outside: '#f1efe9',
  border: '#ffffff',
  departement: '#5c5a55',
  region: '#3a3935',
  selected: '#111111',
  compared: COMPARED_RED,
  /** Under the compared outline, so that it reads on any fill and apart from the black selection. */
  comparedCasing: '#ffffff',
  /** The commune looked up, drawn as a point. */
  commune: COMPARED_RED,
  noInformation: NO_INFORMATION_COLOR,
  /** The borders and names of the 2026 intercommunalités, over the 2008 colours. */
  epci2026: '#6a1b9a',
};

/** The dominant form of pooling (map in « type » mode, statistics). */
export const FORM_COLORS: Record<string, string> = {
  personnel: OKABE_ITO.orange,
  equipement: OKABE_ITO.skyBlue,
  'achat-groupe': OKABE_ITO.green,
  'service-commun': OKABE_ITO.purple,
  coordination: OKABE_ITO.blue,
};
/** A form the palette does not know (a taxonomy change): still drawn, in grey. */
export const UNKNOWN_FORM_COLOR = '#999999';

/** The statistics' bars by département: Okabe–Ito again, the four stay apart for colour-blind readers. */
export const DEPARTEMENT_COLORS: Record<string, string> = {
  '16': OKABE_ITO.orange,
  '17': OKABE_ITO.skyBlue,
  '79': OKABE_ITO.green,
  '86': OKABE_ITO.purple,
};

/** The statistics' bars by status: the two settled statuses in the map's blues. */
export const STATUS_COLORS: Record<string, string> = {
  'en-place': INTENSITY_COLORS[2],
  'en-cours': INTENSITY_COLORS[1],
  'en-projet': OKABE_ITO.orange,
  'en-reflexion': OKABE_ITO.purple,
};

/** The comparison matrix: its marks in the map's blues (en place the strongest), its grid and heads. */
export const MATRIX_COLORS = {
  mark: INTENSITY_COLORS[2],
  markLight: INTENSITY_COLORS[1],
  /** Hatching of a territory the survey says nothing about. */
  noInformation: '#8c877d',
  /** Bar of the reference column (the region). */
  reference: '#b9b3a7',
  grid: '#e0dcd3',
  ink: INK,
  muted: '#5b5852',
  paper: '#fbfaf7',
  head: '#f3f0ea',
} as const;

/** The app's name, in the header. */
export const APP_TITLE = 'Atlas des mutualisations';
/** What and when, beside the name on wide screens. */
export const APP_SUBTITLE = 'Poitou-Charentes · enquête IAAT 2008';
/** The name on its own (page title, loading and error screens, embedded frame). */
export const APP_FULL_TITLE = `${APP_TITLE} — Poitou-Charentes 2008`;
/** The title of the exported map. */
export const MAP_EXPORT_TITLE = 'Mutualisations des pays et agglomérations de Poitou-Charentes (2008)';
/** The sources, in full under the exported map. */
export const SOURCE_LINE =
  'Source : IAAT, panorama des pratiques de mutualisation, 23 septembre 2008. Contours : IGN GEOFLA, Admin Express ; DGCL 2008 (Licence Ouverte).';
/** The sources, short, in the map's attribution. */
export const MAP_CREDIT = 'Enquête IAAT 2008 · Contours IGN GEOFLA, Admin Express, listes DGCL 2008 (Licence Ouverte)';
/** The legend class of the territories the survey says nothing about. */
export const NO_INFORMATION_LABEL = "Pas d'information";

/** The colours the components' CSS shares with the code, as custom properties (root-css.ts). */
export const PALETTE_CSS_PROPERTIES: Record<string, string> = {
  '--ink': INK,
  '--header-background': HEADER_BACKGROUND,
  '--compared-color': MAP_COLORS.compared,
  '--commune-color': MAP_COLORS.commune,
};
