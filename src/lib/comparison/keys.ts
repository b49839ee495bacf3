import { MAX_COMPARED } from '../url-state';

/** One letter per compared territory, in the order they were added: the matrix's heads and the map share them. */
export const COLUMN_LETTERS = 'ABCDEF'.slice(0, MAX_COMPARED).split('');

/**
 * The letter of each compared territory. It follows the order of addition, never the column sort,
 * so that a territory keeps its letter on the map while the matrix is reordered.
 */
export function columnKeys(compared: readonly string[]): Map<string, string> {
  return new Map(compared.slice(0, COLUMN_LETTERS.length).map((id, i) => [id, COLUMN_LETTERS[i]]));
}
