/**
 * The numbers and names the guided tour's sentences quote, computed from the dataset: a sentence
 * holds `{territoriesWithTheme:sig}`, never a typed figure.
 */
import { hasNoInformation, STATUS_IDS, type Dataset, type Territory } from '../schema';
import type { Composition } from '../geo/types';
import { formatNumber } from '../labels';
import { formatMean } from '../format';

export interface StoryData {
  dataset: Dataset;
  composition: Composition;
}

export class StoryError extends Error {}

const informed = (ts: readonly Territory[]) => ts.filter((t) => !hasNoInformation(t));
const names = (ts: readonly Territory[]) => ts.map((t) => t.name).join(' et ');

function known(kind: string, id: string, ids: readonly string[]): string {
  if (!ids.includes(id)) throw new StoryError(`Visite guidée : ${kind} inconnu « ${id} ».`);
  return id;
}

/** Each fact's wording, from its arguments (written after its name, separated by `:`). */
const FACTS: Record<string, (d: StoryData, args: string[]) => string> = {
  territories: ({ dataset }) => formatNumber(dataset.territories.length),
  practices: ({ dataset }) => formatNumber(dataset.territories.reduce((n, t) => n + t.practices.length, 0)),
  informed: ({ dataset }) => formatNumber(informed(dataset.territories).length),
  maxPractices: ({ dataset }) => formatNumber(Math.max(...dataset.territories.map((t) => t.practices.length))),
  mostActive: ({ dataset }) => {
    const max = Math.max(...dataset.territories.map((t) => t.practices.length));
    return names(dataset.territories.filter((t) => t.practices.length === max));
  },
  noInformation: ({ dataset }) => names(dataset.territories.filter(hasNoInformation)),
  noPractice: ({ dataset }) => names(dataset.territories.filter((t) => t.surveyStatus === 'no-practice')),
  theme: ({ dataset }, [id]) => dataset.themes.find((t) => t.id === known('thème', id, dataset.themes.map((x) => x.id)))!.label,
  form: ({ dataset }, [id]) => dataset.forms.find((f) => f.id === known('forme', id, dataset.forms.map((x) => x.id)))!.label,
  territoriesWithTheme: ({ dataset }, [id]) => {
    known('thème', id, dataset.themes.map((t) => t.id));
    return formatNumber(dataset.territories.filter((t) => t.practices.some((p) => (p.themes as string[]).includes(id))).length);
  },
  practicesWithTheme: ({ dataset }, [id]) => {
    known('thème', id, dataset.themes.map((t) => t.id));
    return formatNumber(dataset.territories.flatMap((t) => t.practices).filter((p) => (p.themes as string[]).includes(id)).length);
  },
  practicesWithForm: ({ dataset }, [id]) => {
    known('forme', id, dataset.forms.map((f) => f.id));
    return formatNumber(dataset.territories.flatMap((t) => t.practices).filter((p) => (p.forms as string[]).includes(id)).length);
  },
  practicesWithStatus: ({ dataset }, [id]) => {
    known('statut', id, STATUS_IDS);
    return formatNumber(dataset.territories.flatMap((t) => t.practices).filter((p) => p.status === id).length);
  },
  practicesOf: ({ dataset }, [id]) => {
    known('territoire', id, dataset.territories.map((t) => t.id));
    return formatNumber(dataset.territories.find((t) => t.id === id)!.practices.length);
  },
  territoriesOfKind: ({ dataset }, [kind]) => formatNumber(dataset.territories.filter((t) => t.kind === known('type', kind, ['pays', 'agglomeration'])).length),
  practicesOfKind: ({ dataset }, [kind]) =>
    formatNumber(dataset.territories.filter((t) => t.kind === known('type', kind, ['pays', 'agglomeration'])).reduce((n, t) => n + t.practices.length, 0)),
  /** Mean practices per territory of a kind, over the territories the survey informs on. */
  meanPracticesOfKind: ({ dataset }, [kind]) => {
    const ts = informed(dataset.territories.filter((t) => t.kind === known('type', kind, ['pays', 'agglomeration'])));
    return formatMean(ts.reduce((n, t) => n + t.practices.length, 0) / ts.length);
  },
  practicesOfKindWithForm: ({ dataset }, [kind, form]) => {
    known('forme', form, dataset.forms.map((f) => f.id));
    const ts = dataset.territories.filter((t) => t.kind === known('type', kind, ['pays', 'agglomeration']));
    return formatNumber(ts.flatMap((t) => t.practices).filter((p) => (p.forms as string[]).includes(form)).length);
  },
  /** Territories whose own size cell names another number of communes than their mapped 2008 perimeter. */
  declaredOtherCommunes: ({ dataset, composition }) =>
    formatNumber(dataset.territories.filter((t) => composition[t.id] && composition[t.id].communes !== t.declared.communes).length),
};

/** How many arguments a fact takes, when not none. */
const ARITY: Record<string, number> = {
  theme: 1, form: 1, territoriesWithTheme: 1, practicesWithTheme: 1, practicesWithForm: 1, practicesWithStatus: 1,
  practicesOf: 1, territoriesOfKind: 1, practicesOfKind: 1, meanPracticesOfKind: 1, practicesOfKindWithForm: 2,
};

/** The placeholders of a text, as written: `{name}` or `{name:arg}` or `{name:arg:arg}`. */
export const PLACEHOLDER = /\{([A-Za-z]+)((?::[a-z0-9-]+)*)\}/g;

/** The value of one placeholder; throws a StoryError naming it when it is unknown or malformed. */
export function fact(data: StoryData, name: string, args: string[]): string {
  const compute = Object.hasOwn(FACTS, name) ? FACTS[name] : undefined;
  if (!compute || args.length !== (ARITY[name] ?? 0)) {
    throw new StoryError(`Visite guidée : la valeur « {${[name, ...args].join(':')}} » est inconnue.`);
  }
  return compute(data, args);
}

/** A sentence with its placeholders replaced; a brace left over is an error, not text. */
export function fillSentence(data: StoryData, sentence: string): string {
  const filled = sentence.replace(PLACEHOLDER, (_, name: string, args: string) => fact(data, name, args ? args.slice(1).split(':') : []));
  if (/[{}]/.test(filled)) throw new StoryError(`Visite guidée : accolade mal formée dans « ${sentence} ».`);
  return filled;
}
