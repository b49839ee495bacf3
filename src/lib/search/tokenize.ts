import { foldText } from './fold';

/** Words too common in the survey to help a search. */
const STOP_WORDS = new Set(
  'a au aux avec ce ces d dans de des du en et il l la le les leur leurs ou par pas pour qui que sa se ses son sur un une'.split(' '),
);

/** Words of a text, folded: letters and digits, apostrophes and hyphens split words (« d'Aunis » → « aunis »). */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

/**
 * French plural and feminine endings folded away so « piscine » finds « piscines »
 * and « communale » finds « communal »: a light stemmer, enough for the survey's vocabulary.
 */
export function stem(word: string): string {
  if (/^\d+$/.test(word) || word.length <= 3) return word;
  return word.replace(/(aux)$/, 'al').replace(/(s|x)$/, '').replace(/(e)$/, '');
}

/**
 * Index tokens: the words, plus each pair of neighbouring words written together,
 * so « Liber Accès » is also found as « liberacces » (the survey spells it both ways).
 */
export function indexTokens(text: string): string[] {
  const ws = words(text);
  const joined = ws.slice(1).map((w, i) => ws[i] + w);
  return [...ws, ...joined];
}
