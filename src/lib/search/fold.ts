/** Lower-case, accents and ligatures removed: « Œuvre Gâtine » → « oeuvre gatine ». */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}
