import { foldText } from './fold';

/** A piece of text, marked when it matched the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits a text into plain and matched pieces for the words of a query, accent- and case-insensitively;
 * the text is never interpreted as markup.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const folded = foldText(text);
  // Folding keeps one character per character for French text, so positions carry over.
  if (folded.length !== text.length) return [{ text, hit: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (term.length < 2) continue;
    const needle = foldText(term);
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      // Extend to the end of the word so « piscine » marks the whole « piscines ».
      let end = at + needle.length;
      while (end < folded.length && /[a-z0-9]/.test(folded[end])) end++;
      marks.fill(true, at, end);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.hit === marks[i]) last.text += text[i];
    else segments.push({ text: text[i], hit: marks[i] });
  }
  return segments;
}
