/**
 * Folds French text for matching: lower case, no accents, ligatures spelled out, one kind of
 * apostrophe and quote, single spaces. Rules are written against folded text so that « Opah »,
 * « OPAH » and « opah » — or « réflexion » and « reflexion » — are the same keyword.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
