/**
 * Cuts one survey cell into the verbatim fragments that each describe one practice.
 *
 * The export mixes three writings: HTML fragments (`<ul>` with « - » bullets, `<p>` paragraphs),
 * bare « - » bullets, and prose. A bullet or a paragraph is one practice; prose is cut into
 * sentences, then a sentence that only continues the previous one is glued back to it.
 *
 * Only the block tags `ul`, `ol`, `li`, `p`, `br` are structure. Any other tag-looking text
 * (`<script>`, `<img …>`) is data: it stays in the fragment, literally, and is never interpreted.
 * `<sup>` is inline and is left to clean-text.
 */

const BLOCK_TAG = /<\/?(?:ul|ol|li|p|br)\b[^<>]*>/gi;
// A bullet is a dash starting the block or following a space, and starting a new capitalised item:
// « 2-3 mois », « pré-accueil » or « pays- Thouars » are not bullets.
const BULLET_AT_START = /^[-•]\s+/;
const BULLET_INSIDE = /\s[-•]\s+(?=[\p{Lu}«"“])/gu;
// End of a sentence: final punctuation, or a closing parenthesis the author forgot to follow with
// a full stop (« … (tous les 1-2 mois) Une convention … »), then a capitalised word.
const SENTENCE_END = /(?:[.!?…]+|\))\s+(?=[\p{Lu}«"“])/gu;
const ABBREVIATIONS = new Set(['ex', 'cf', 'm', 'mme', 'mm', 'st', 'ste', 'n°']);
// An example illustrates the sentence before it; it is never a practice of its own.
const EXAMPLE = /^(?:ex|exemples?)\s*[:.]/i;

export interface SplitOptions {
  /** True when a prose sentence only continues the one before it (reviewed list, see prose-joins). */
  continues?: (sentence: string) => boolean;
}

interface Span {
  start: number;
  end: number;
}

function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function blocks(cell: string): { spans: Span[]; tagged: boolean } {
  const spans: Span[] = [];
  let last = 0;
  let tagged = false;
  for (const m of cell.matchAll(BLOCK_TAG)) {
    tagged = true;
    spans.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  spans.push({ start: last, end: cell.length });
  return { spans: spans.map((s) => trimSpan(cell, s)).filter((s) => s.end > s.start), tagged };
}

function bullets(cell: string, block: Span): Span[] {
  const text = cell.slice(block.start, block.end);
  const first = BULLET_AT_START.exec(text)!;
  const items: Span[] = [];
  let itemStart = first[0].length;
  for (const m of text.matchAll(BULLET_INSIDE)) {
    items.push({ start: block.start + itemStart, end: block.start + m.index });
    itemStart = m.index + m[0].length;
  }
  items.push({ start: block.start + itemStart, end: block.end });
  return items.map((s) => trimSpan(cell, s)).filter((s) => s.end > s.start);
}

function sentences(cell: string, block: Span): Span[] {
  const text = cell.slice(block.start, block.end);
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const before = /([\p{L}°]+)\.$/u.exec(text.slice(0, m.index + 1));
    if (m[0].startsWith('.') && before && ABBREVIATIONS.has(before[1].toLowerCase())) continue;
    const end = m.index + m[0].trimEnd().length;
    spans.push({ start: block.start + start, end: block.start + end });
    start = m.index + m[0].length;
  }
  spans.push({ start: block.start + start, end: block.end });
  return spans.map((s) => trimSpan(cell, s)).filter((s) => s.end > s.start);
}

function glue(cell: string, spans: Span[], continues: (sentence: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const sentence = cell.slice(span.start, span.end);
    const previous = out.at(-1);
    if (previous && (EXAMPLE.test(sentence) || continues(sentence))) previous.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** The verbatim fragments of a cell, one per practice, in reading order; [] for an empty cell. */
export function splitCell(cell: string, options: SplitOptions = {}): string[] {
  const continues = options.continues ?? (() => false);
  const { spans, tagged } = blocks(cell);
  const pieces: Span[] = [];
  for (const block of spans) {
    const text = cell.slice(block.start, block.end);
    if (BULLET_AT_START.test(text)) pieces.push(...bullets(cell, block));
    else if (tagged) pieces.push(block);
    else pieces.push(...glue(cell, sentences(cell, block), continues));
  }
  return pieces.map((s) => cell.slice(s.start, s.end));
}
