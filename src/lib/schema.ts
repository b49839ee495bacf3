/**
 * The format of data/practices.json, as a valibot schema, and the types the app uses, inferred
 * from it so that the two can never drift apart.
 */
import * as v from 'valibot';

export const TERRITORY_IDS = [
  'ca-grand-angouleme',
  'pays-charente-limousine',
  'pays-entre-touvre-et-charente',
  'pays-horte-et-tardoire',
  'pays-ouest-charente-cognac',
  'pays-ruffecois',
  'pays-sud-charente',
  'ca-pays-rochefortais',
  'ca-la-rochelle',
  'ca-pays-royannais',
  'pays-aunis',
  'pays-haute-saintonge',
  'pays-ile-de-re',
  'pays-marennes-oleron',
  'pays-rochefortais',
  'pays-saintonge-romane',
  'pays-vals-de-saintonge',
  'ca-niort',
  'pays-bocage-bressuirais',
  'pays-gatine',
  'pays-haut-val-de-sevre',
  'pays-mellois',
  'pays-thouarsais',
  'ca-poitiers',
  'ca-pays-chatelleraudais',
  'pays-chauvinois',
  'pays-civraisien',
  'pays-haut-poitou-et-clain',
  'pays-loudunais',
  'pays-montmorillonnais',
  'pays-six-vallees',
  'pays-vals-de-gartempe-et-creuse',
  'pays-vienne-et-mouliere',
] as const;

/** Theme ids, in legend order: the three layers the atlas leads with come first. */
export const THEME_IDS = [
  'sig',
  'habitat',
  'lecture-publique',
  'commande-publique',
  'urbanisme',
  'numerique',
  'economie',
  'tourisme-communication',
  'culture-patrimoine',
  'environnement',
  'voirie-technique',
  'administration',
  'ingenierie',
  'gouvernance',
  'enfance-social',
  'formation-securite',
  'sport',
] as const;

export const FORM_IDS = ['personnel', 'equipement', 'achat-groupe', 'service-commun', 'coordination'] as const;
export const STATUS_IDS = ['en-place', 'en-cours', 'en-projet', 'en-reflexion'] as const;
export const COLUMN_IDS = ['rh', 'moyens'] as const;
export const SURVEY_STATUS_IDS = ['ok', 'no-information', 'no-practice'] as const;
export const DEPARTEMENT_CODES = ['16', '17', '79', '86'] as const;
export const TERRITORY_KINDS = ['pays', 'agglomeration'] as const;

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;
const sameKeys = (record: Record<string, unknown>, ids: readonly string[]) =>
  Object.keys(record).length === ids.length && ids.every((id) => id in record);

export const TerritoryIdSchema = v.picklist(TERRITORY_IDS);
export const ThemeIdSchema = v.picklist(THEME_IDS);
export const FormIdSchema = v.picklist(FORM_IDS);
export const StatusSchema = v.picklist(STATUS_IDS);
export const ColumnSchema = v.picklist(COLUMN_IDS);
export const SurveyStatusSchema = v.picklist(SURVEY_STATUS_IDS);

export const SourceSchema = v.strictObject({
  title: text,
  publisher: text,
  date: v.pipe(v.string(), v.isoDate()),
  file: text,
});

export const ThemeSchema = v.strictObject({ id: ThemeIdSchema, label: text, description: text });
export const FormSchema = v.strictObject({ id: FormIdSchema, label: text, description: text });

/** Why a practice got its themes, forms and status: one short French sentence per decision. */
export const WhySchema = v.strictObject({
  themes: v.record(ThemeIdSchema, text),
  forms: v.record(FormIdSchema, text),
  status: text,
});

export const PracticeSchema = v.pipe(
  v.strictObject({
    id: v.pipe(slug, v.regex(/-(?:rh|moyens)-\d+$/)),
    column: ColumnSchema,
    /** Display text: plain text, never HTML. */
    text,
    /** The fragment exactly as in the survey export. */
    rawText: text,
    status: StatusSchema,
    themes: v.pipe(v.array(ThemeIdSchema), v.minLength(1), v.check(unique, 'thème répété')),
    forms: v.pipe(v.array(FormIdSchema), v.minLength(1), v.check(unique, 'forme répétée')),
    why: WhySchema,
  }),
  v.check((p) => new RegExp(`-${p.column}-\\d+$`).test(p.id), 'id sans sa colonne'),
  v.check((p) => sameKeys(p.why.themes, p.themes), 'why.themes ne couvre pas exactement les thèmes'),
  v.check((p) => sameKeys(p.why.forms, p.forms), 'why.forms ne couvre pas exactement les formes'),
);

export const DeclaredSchema = v.strictObject({ cc: count, ca: count, communes: v.pipe(count, v.minValue(1)) });

export const TerritorySchema = v.pipe(
  v.strictObject({
    id: TerritoryIdSchema,
    /** The name as written in the survey, without its size. */
    name: text,
    /** The survey's name cell, verbatim, when it differs from `name`. */
    rawName: v.optional(text),
    kind: v.picklist(TERRITORY_KINDS),
    departement: v.picklist(DEPARTEMENT_CODES),
    /** The survey's own claim about the territory's size. */
    declared: DeclaredSchema,
    surveyStatus: SurveyStatusSchema,
    practices: v.array(PracticeSchema),
  }),
  v.check((t) => t.practices.every((p) => p.id.startsWith(`${t.id}-`)), 'pratique rattachée au mauvais territoire'),
  v.check((t) => (t.surveyStatus === 'ok') === t.practices.length > 0, 'surveyStatus incohérent avec les pratiques'),
);

export const DatasetSchema = v.pipe(
  v.strictObject({
    source: SourceSchema,
    themes: v.array(ThemeSchema),
    forms: v.array(FormSchema),
    territories: v.array(TerritorySchema),
  }),
  v.check((d) => d.themes.map((t) => t.id).join() === THEME_IDS.join(), 'liste des thèmes incomplète ou désordonnée'),
  v.check((d) => d.forms.map((f) => f.id).join() === FORM_IDS.join(), 'liste des formes incomplète ou désordonnée'),
  v.check((d) => unique(d.territories.map((t) => t.id)), 'territoire répété'),
  v.check((d) => unique(d.territories.flatMap((t) => t.practices.map((p) => p.id))), 'id de pratique répété'),
);

export type TerritoryId = v.InferOutput<typeof TerritoryIdSchema>;
export type ThemeId = v.InferOutput<typeof ThemeIdSchema>;
export type FormId = v.InferOutput<typeof FormIdSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type Column = v.InferOutput<typeof ColumnSchema>;
export type SurveyStatus = v.InferOutput<typeof SurveyStatusSchema>;

/** A territory the survey says nothing about: grey on the map, « n.c. » in the list, last in rankings. */
export const hasNoInformation = (t: { surveyStatus: SurveyStatus }): boolean => t.surveyStatus === 'no-information';
export type DepartementCode = (typeof DEPARTEMENT_CODES)[number];
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Form = v.InferOutput<typeof FormSchema>;
export type Why = v.InferOutput<typeof WhySchema>;
export type Practice = v.InferOutput<typeof PracticeSchema>;
export type Declared = v.InferOutput<typeof DeclaredSchema>;
export type Territory = v.InferOutput<typeof TerritorySchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
