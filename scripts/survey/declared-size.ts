/** What a survey row claims about its territory's size, e.g. « 1 CA, 1 CC, 26 communes ». */
export interface DeclaredSize {
  cc: number;
  ca: number;
  communes: number;
}

// The size always closes the name cell: optional « n CC, » / « n CA, » parts, then « n communes ».
const SIZE_AT_END = /\s+((?:\d+\s+(?:CC|CA)\s*,\s*)*\d+\s+communes?)\s*$/i;

/** Parses « 5 CC, 78 communes », « 1 CA, 1 CC, 26 communes » or « 29 communes ». */
export function parseDeclaredSize(size: string): DeclaredSize {
  const declared: DeclaredSize = { cc: 0, ca: 0, communes: 0 };
  const seen = new Set<string>();
  for (const part of size.split(',')) {
    const m = /^\s*(\d+)\s+(CC|CA|communes?)\s*$/i.exec(part);
    if (!m) throw new Error(`taille illisible : « ${size} »`);
    const unit = m[2].toLowerCase().startsWith('commune') ? 'communes' : (m[2].toLowerCase() as 'cc' | 'ca');
    if (seen.has(unit)) throw new Error(`taille ambiguë (${unit} répété) : « ${size} »`);
    seen.add(unit);
    declared[unit] = Number(m[1]);
  }
  if (!seen.has('communes')) throw new Error(`taille sans nombre de communes : « ${size} »`);
  return declared;
}

/** Splits a name cell text (tags already removed) into the territory name and its declared size. */
export function splitNameAndSize(cell: string): { name: string; declared: DeclaredSize } {
  const text = cell.replace(/\s+/g, ' ').trim();
  const m = SIZE_AT_END.exec(text);
  if (!m) throw new Error(`cellule de territoire sans taille déclarée : « ${text} »`);
  return { name: text.slice(0, m.index).trim(), declared: parseDeclaredSize(m[1]) };
}
