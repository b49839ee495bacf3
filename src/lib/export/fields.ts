import type { Practice, Territory, ThemeId } from '../schema';
import { KINDS } from '../labels';
import { dominantForm } from '../dominant-form';
import type { EpciColumns } from '../epci/epci-export';

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
  /** The territory's 2026 EPCIs (main one and list), when the crosswalk is at hand. */
  epci?: EpciColumns | null;
}

export interface ExportField<Source = FieldSource> {
  name: string;
  type: FieldType;
  meaning: string;
  value: (source: Source) => string | number | null;
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
    ...EPCI_TERRITORY_FIELDS,
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

/** What the territories export says of the 2026 intercommunalités that carry each territory on. */
const EPCI_TERRITORY_FIELDS: ExportField[] = [
  {
    name: 'EPCI26',
    type: 'String',
    meaning: "Intercommunalité (EPCI à fiscalité propre) du 1er janvier 2026 qui réunit la plus grande part de la population 2008 du territoire",
    value: (s) => s.epci?.epci_2026 || null,
  },
  { name: 'SIREN26', type: 'String', meaning: 'Numéro SIREN de cette intercommunalité', value: (s) => s.epci?.epci_2026_siren || null },
  {
    name: 'EPCI26_LST',
    type: 'String',
    meaning: 'Toutes les intercommunalités de 2026 qui couvrent le territoire, avec SIREN et part de sa population 2008, séparées par « | »',
    value: (s) => s.epci?.epci_2026_liste || null,
  },
];

/** What a field of the 2026 EPCIs export is read from. */
export interface EpciFieldSource {
  siren: string;
  name: string;
  kind: string;
  communes: number;
  population: number;
  communes2008: number;
  population2008: number;
  /** « Pays de Gâtine (100 %) | … » */
  territories: string;
  practices: number;
  /** « Pays de Gâtine : 12 | … » */
  practicesByTerritory: string;
}

/** The fields of the 2026 EPCIs export, Shapefile-safe like the territories'. */
export const EPCI_FIELDS: readonly ExportField<EpciFieldSource>[] = [
  { name: 'SIREN', type: 'String', meaning: "Numéro SIREN de l'intercommunalité", value: (s) => s.siren },
  { name: 'NOM', type: 'String', meaning: 'Nom au 1er janvier 2026 (liste de la DGCL)', value: (s) => s.name },
  { name: 'NATURE', type: 'String', meaning: 'CC, CA, CU ou METRO', value: (s) => s.kind },
  { name: 'NB_COM26', type: 'Integer', meaning: 'Communes membres au 1er janvier 2026', value: (s) => s.communes },
  { name: 'POP26', type: 'Integer', meaning: 'Population totale que donne la liste de la DGCL de 2026', value: (s) => s.population },
  { name: 'NB_COM08', type: 'Integer', meaning: "Communes de 2008 qu'elle réunit aujourd'hui", value: (s) => s.communes2008 },
  { name: 'POP08', type: 'Integer', meaning: 'Population 2008 de ces communes (celles dont le chiffre est publié)', value: (s) => s.population2008 },
  {
    name: 'TERR08',
    type: 'String',
    meaning: 'Territoires enquêtés en 2008 auxquels ces communes appartenaient, avec leur part de cette population, séparés par « | »',
    value: (s) => s.territories,
  },
  {
    name: 'NB_PRAT08',
    type: 'Integer',
    meaning: "Pratiques relevées en 2008 par ces territoires que garde le filtre de statut (celles d'un territoire partagé comptent dans chacune de ses intercommunalités)",
    value: (s) => s.practices,
  },
  { name: 'PRAT08_TER', type: 'String', meaning: 'Ces pratiques par territoire, séparées par « | »', value: (s) => s.practicesByTerritory },
];
