/**
 * The whole pipeline from the survey text to the dataset, without any file access: parse the
 * tables, cut the cells into practices, clean their text, classify them. Any inconsistency of the
 * source or of the reviewed tables stops the build with every problem listed.
 */
import {
  FORM_IDS,
  TERRITORY_IDS,
  THEME_IDS,
  type Column,
  type Dataset,
  type Practice,
  type SurveyStatus,
  type Territory,
  type TerritoryId,
} from '../../src/lib/schema';
import { applyOverride, classify } from './classify';
import { cleanText } from './clean-text';
import { splitNameAndSize } from './declared-size';
import { fold } from './fold';
import { OVERRIDES } from './overrides';
import { parseTables, type SurveyRow } from './parse-tables';
import { PROSE_JOINS } from './prose-joins';
import { FORMS, SURVEY_STATUS_MARKERS, THEMES } from './rules';
import { splitCell } from './split-cell';
import { TERRITORY_ID_BY_NAME } from './territory-names';

export const SOURCE_FILE = 'data/source/panorama-mutualisation-2008.txt';
export const SOURCE_TITLE =
  "Panorama de pratiques de mutualisation des pays et communautés d'agglomération de Poitou-Charentes";
export const SOURCE_PUBLISHER = "IAAT (Institut atlantique d'aménagement des territoires)";
export const EXPECTED_TERRITORIES = TERRITORY_IDS.length;

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problème(s) dans l'enquête ou les tables de classement :\n- ${problems.join('\n- ')}`);
  }
}

const COLUMNS: { column: Column; cell: (row: SurveyRow) => string }[] = [
  { column: 'rh', cell: (row) => row.rhCell },
  { column: 'moyens', cell: (row) => row.moyensCell },
];

function kindOf(name: string): Territory['kind'] | null {
  const f = fold(name);
  if (f.startsWith("communaute d'agglomeration")) return 'agglomeration';
  if (f.startsWith('pays')) return 'pays';
  return null;
}

export function buildDataset(source: string): Dataset {
  const problems: string[] = [];
  const tables = parseTables(source);
  if (fold(tables.title) !== fold(SOURCE_TITLE)) {
    problems.push(`titre inattendu : « ${tables.title} »`);
  }

  const usedJoins = new Set<number>();
  const usedOverrides = new Set<string>();
  const overrides = new Map(OVERRIDES.map((o) => [o.id, o]));
  if (overrides.size !== OVERRIDES.length) problems.push('deux corrections manuelles pour la même pratique');

  const territories: Territory[] = [];
  for (const row of tables.rows) {
    const nameText = row.nameCell.replace(/<\/?p\b[^<>]*>/gi, ' ');
    let parsed: ReturnType<typeof splitNameAndSize>;
    try {
      parsed = splitNameAndSize(nameText);
    } catch (e) {
      problems.push(`ligne ${row.line} : ${(e as Error).message}`);
      continue;
    }
    const { name, declared } = parsed;
    const id: TerritoryId | undefined = TERRITORY_ID_BY_NAME[name];
    if (!id) {
      problems.push(`ligne ${row.line} : territoire inconnu « ${name} » (absent de territory-names.ts)`);
      continue;
    }
    const kind = kindOf(name);
    if (!kind) problems.push(`ligne ${row.line} : « ${name} » n'est ni un pays ni une communauté d'agglomération`);
    else if ((kind === 'agglomeration') !== id.startsWith('ca-')) {
      problems.push(`ligne ${row.line} : « ${name} » est un(e) ${kind} mais son id est ${id}`);
    }

    const markers = new Set<SurveyStatus>();
    const practices: Practice[] = [];
    for (const { column, cell } of COLUMNS) {
      const joins = PROSE_JOINS.map((j, i) => ({ ...j, i })).filter((j) => j.territory === id && j.column === column);
      const continues = (sentence: string) => {
        const join = joins.find((j) => sentence.startsWith(j.startsWith));
        if (join) usedJoins.add(join.i);
        return Boolean(join);
      };
      let n = 0;
      for (const rawText of splitCell(cell(row), { continues })) {
        const text = cleanText(rawText);
        const marker = SURVEY_STATUS_MARKERS.find((m) => new RegExp(m.pattern).test(fold(text)));
        if (marker) {
          markers.add(marker.status);
          continue;
        }
        const practiceId = `${id}-${column}-${++n}`;
        let c = classify(text, column);
        const override = overrides.get(practiceId);
        if (override) {
          usedOverrides.add(practiceId);
          try {
            c = applyOverride(c, override);
          } catch (e) {
            problems.push((e as Error).message);
          }
        }
        if (c.themes.length === 0) problems.push(`${practiceId} : aucun thème (« ${text} »)`);
        practices.push({
          id: practiceId,
          column,
          text,
          rawText,
          status: c.status,
          themes: c.themes,
          forms: c.forms,
          why: {
            themes: Object.fromEntries(THEME_IDS.filter((t) => t in c.why.themes).map((t) => [t, c.why.themes[t]!])),
            forms: Object.fromEntries(FORM_IDS.filter((f) => f in c.why.forms).map((f) => [f, c.why.forms[f]!])),
            status: c.why.status,
          },
        });
      }
    }

    let surveyStatus: SurveyStatus = 'ok';
    if (markers.size > 1) problems.push(`${id} : mentions contradictoires ${[...markers].join(', ')}`);
    else if (markers.size === 1) {
      surveyStatus = [...markers][0];
      if (practices.length > 0) problems.push(`${id} : « ${surveyStatus} » mais ${practices.length} pratique(s)`);
    } else if (practices.length === 0) {
      problems.push(`${id} : aucune pratique et aucune mention « information non disponible » ou « pas de pratique »`);
    }

    const rawName = row.nameCell.trim();
    territories.push({
      id,
      name,
      ...(rawName !== name ? { rawName } : {}),
      kind: kind ?? 'pays',
      departement: row.departement,
      declared,
      surveyStatus,
      practices,
    });
  }

  const ids = territories.map((t) => t.id);
  if (territories.length !== EXPECTED_TERRITORIES) {
    problems.push(`${territories.length} territoires lus au lieu de ${EXPECTED_TERRITORIES}`);
  }
  for (const id of new Set(ids.filter((x, i) => ids.indexOf(x) !== i))) problems.push(`territoire répété : ${id}`);
  for (const id of TERRITORY_IDS.filter((x) => !ids.includes(x))) problems.push(`territoire absent de l'enquête : ${id}`);
  PROSE_JOINS.forEach((j, i) => {
    if (!usedJoins.has(i)) problems.push(`raccord de phrase inutilisé : ${j.territory} ${j.column} « ${j.startsWith} »`);
  });
  for (const o of OVERRIDES) {
    if (!usedOverrides.has(o.id)) problems.push(`correction manuelle pour une pratique inconnue : ${o.id}`);
  }
  if (problems.length) throw new DatasetError(problems);

  return {
    source: { title: SOURCE_TITLE, publisher: SOURCE_PUBLISHER, date: tables.date, file: SOURCE_FILE },
    themes: THEMES,
    forms: FORMS,
    territories,
  };
}

/** The dataset as written to data/practices.json: 2-space JSON, trailing newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
