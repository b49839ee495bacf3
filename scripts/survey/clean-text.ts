/**
 * Display text of a survey fragment: the export's markup and artefacts removed, its unambiguous
 * typos fixed. The raw fragment is kept next to it in the dataset, so every fix stays visible.
 * The result is plain text, to be shown as text: any tag-looking content that is not the survey's
 * own structure stays literal.
 */

/** Typos fixed for display, each unambiguous in its context. Exact, case-sensitive matches. */
export const TYPO_FIXES: readonly { from: string; to: string; why: string }[] = [
  { from: 'loCAux', to: 'locaux', why: "le « ca » du mot a été pris pour l'abréviation CA à l'export" },
  { from: 'enCADre', to: 'encadre', why: "le « cad » du mot a été mis en capitales à l'export" },
  { from: 'mise disposition', to: 'mise à disposition', why: 'préposition manquante' },
  { from: 'réunis pas les', to: 'réunis par les', why: 'coquille « pas » pour « par »' },
  { from: 'émanent de', to: 'émanant de', why: 'participe présent mal orthographié' },
  { from: 'festivités commune.', to: 'festivités communes.', why: "accord de l'adjectif" },
];

// « 20^{aines} », « 10^{aine} »: the export's notation of superscript « aine(s) ».
const APPROXIMATE: Record<string, string> = {
  '8': 'huitaine',
  '10': 'dizaine',
  '12': 'douzaine',
  '15': 'quinzaine',
  '20': 'vingtaine',
  '30': 'trentaine',
  '40': 'quarantaine',
  '50': 'cinquantaine',
  '100': 'centaine',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function superscripts(text: string): string {
  return (
    text
      // « des 20^{aines} bibliothèques » reads « d'une vingtaine de bibliothèques ».
      .replace(/\bdes (\d+)\^\{aines\}\s+/g, (whole, n: string) =>
        APPROXIMATE[n] ? `d'une ${APPROXIMATE[n]} de ` : whole,
      )
      .replace(/(\d+)\^\{aine(s?)\}/g, (whole, n: string, s: string) =>
        APPROXIMATE[n] ? `${APPROXIMATE[n]}${s}` : whole,
      )
      .replace(/\^\{([^{}]*)\}/g, '$1')
  );
}

/** The display text of one raw fragment. */
export function cleanText(raw: string): string {
  let text = raw
    .replace(/<sup\b[^<>]*>([^<>]*)<\/sup>/gi, '^{$1}')
    .replace(/<\/?(?:ul|ol|li|p|br)\b[^<>]*>/gi, ' ');
  text = superscripts(decodeEntities(text));
  for (const fix of TYPO_FIXES) text = text.split(fix.from).join(fix.to);
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim()
    .replace(/^[-•]\s+/, '');
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}
