import type { Practice, Territory, ThemeId } from '../schema';
import { KINDS } from '../labels';
import { dominantForm } from '../dominant-form';

/**
 * The fields of the territories export, as a GIS reads them: names of at most 10 ASCII capitals,
 * digits and underscores, in the style of IGN Admin Express, so that a Shapefile keeps them as they
 * are. One list gives each field's name, type, meaning and value; the method page's data dictionary
 * is made from it.
 */

export type FieldType = 'String' | 'Integer';

/** What a field's value is read from. */
export interface FieldSource {
  territory: Territory;
  /** Properties of the territory's 2008 perimeter (geo/territories.topojson). */
  perimeter: Record<string, unknown>;
  /** Practices the status filter keeps. */
  kept: Practice[];
  /** Kept practices of the active themes (all kept ones when no theme is active). */
  themeMatches: number;
  formIds: readonly string[];
}

export interface ExportField {
  name: string;
  type: FieldType;
  meaning: string;
  value: (source: FieldSource) => string | number | null;
}

/** One short code per theme: `NB_` and at most seven letters of its name. */
export const THEME_FIELD: Record<ThemeId, string> = {
  sig: 'NB_SIG',
  habitat: 'NB_HABITAT',
  'lecture-publique': 'NB_LECTURE',
  'commande-publique': 'NB_COMMPUB',
  urbanisme: 'NB_URBA',
  numerique: 'NB_NUMERIQ',
  economie: 'NB_ECO',
  'tourisme-communication': 'NB_TOURCOM',
  'culture-patrimoine': 'NB_CULTPAT',
  environnement: 'NB_ENVIR',
  'voirie-technique': 'NB_VOIRIE',
  administration: 'NB_ADMIN',
  ingenierie: 'NB_INGENIE',
  gouvernance: 'NB_GOUV',
  'enfance-social': 'NB_ENFSOC',
  'formation-securite': 'NB_FORMSEC',
  sport: 'NB_SPORT',
};

const integer = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/** The fields of one territory, themes last in taxonomy order. */
export function territoryFields(themes: readonly { id: string; label: string }[]): ExportField[] {
  return [
    { name: 'ID', type: 'String', meaning: "Identifiant du territoire dans l'atlas", value: (s) => s.territory.id },
    { name: 'NOM', type: 'String', meaning: "Nom du territoire, comme l'écrit l'enquête", value: (s) => s.territory.name },
    { name: 'NATURE', type: 'String', meaning: "Pays ou Communauté d'agglomération", value: (s) => KINDS[s.territory.kind] },
    { name: 'INSEE_DEP', type: 'String', meaning: 'Code INSEE du département', value: (s) => s.territory.departement },
    {
      name: 'ENQUETE',
      type: 'String',
      meaning: "Réponse à l'enquête : ok, no-information (« information non disponible »), no-practice (« pas de pratique spécifique »)",
      value: (s) => s.territory.surveyStatus,
    },
    {
      name: 'ID_PAYS',
      type: 'String',
      meaning: "Pour une agglomération située dans un pays enquêté, l'identifiant de ce pays ; vide sinon",
      value: (s) => (typeof s.perimeter.parent === 'string' ? s.perimeter.parent : null),
    },
    { name: 'NB_COM', type: 'Integer', meaning: 'Communes du périmètre au 1er janvier 2008', value: (s) => integer(s.perimeter.communes) },
    {
      name: 'NB_COM_DEC',
      type: 'Integer',
      meaning: "Communes déclarées par l'enquête ; vide si elle n'en donne pas",
      value: (s) => integer(s.perimeter.declaredCommunes),
    },
    {
      name: 'POPULATION',
      type: 'Integer',
      meaning: 'Population totale 2008 des communes du périmètre dont le chiffre est publié',
      value: (s) => integer(s.perimeter.population),
    },
    { name: 'NB_PRAT', type: 'Integer', meaning: 'Pratiques relevées que garde le filtre de statut', value: (s) => s.kept.length },
    {
      name: 'NB_PRAT_TH',
      type: 'Integer',
      meaning: "Parmi elles, pratiques des thèmes choisis (toutes quand aucun thème n'est choisi)",
      value: (s) => s.themeMatches,
    },
    {
      name: 'FORME_DOM',
      type: 'String',
      meaning: 'Forme de mutualisation dominante parmi elles (identifiant) ; vide sans pratique',
      value: (s) => dominantForm(s.kept, s.formIds),
    },
    ...themes.map(
      (theme): ExportField => ({
        name: THEME_FIELD[theme.id as ThemeId],
        type: 'Integer',
        meaning: `Pratiques du thème « ${theme.label} » que garde le filtre de statut`,
        value: (s) => s.kept.filter((p) => (p.themes as readonly string[]).includes(theme.id)).length,
      }),
    ),
  ];
}
