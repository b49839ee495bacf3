import { DEPARTEMENT_CODES } from './schema';

/**
 * The département filter after a click on one: unchecked boxes keep everything, so the first click
 * keeps that département alone; all four kept is no filter at all. Codes stay in code order, as the
 * permalink writes them.
 */
export function toggleDepartement(dep: readonly string[], code: string): string[] {
  const next = dep.includes(code) ? dep.filter((d) => d !== code) : [...dep, code];
  if (next.length === DEPARTEMENT_CODES.length) return [];
  return DEPARTEMENT_CODES.filter((d) => next.includes(d));
}

/** The territories a list shows under the département filter (all when none is chosen). */
export function inDepartements<T extends { departement: string }>(items: readonly T[], dep: readonly string[]): T[] {
  return dep.length ? items.filter((t) => dep.includes(t.departement)) : [...items];
}
