import type { CommuneEntry } from './geo/types';

/** « du Pays Mellois », « de la Communauté d'agglomération de Niort »: the survey names take these articles. */
function withArticle(name: string): string {
  if (/^pays\b/i.test(name)) return `du ${name}`;
  if (/^communaut/i.test(name)) return `de la ${name}`;
  return `de ${name}`;
}

/** The answer to « which territory was my commune in? », as a French sentence. */
export function communeSentence(commune: CommuneEntry, nameOf: (id: string) => string | undefined): string {
  const epci = commune.epci ? ` (${commune.epci.name})` : ' (commune isolée)';
  const agglo = commune.agglo ? nameOf(commune.agglo) : undefined;
  const pays = commune.pays ? nameOf(commune.pays) : undefined;
  if (agglo && pays) return `En 2008, ${commune.name} faisait partie ${withArticle(agglo)}${epci}, elle-même comprise dans le ${pays}.`;
  if (agglo || pays) return `En 2008, ${commune.name} faisait partie ${withArticle((agglo ?? pays)!)}${epci}.`;
  return `En 2008, ${commune.name} ne faisait partie d'aucun territoire de l'enquête${epci} : elle est « hors enquête ».`;
}
