/**
 * A label short enough for the map: « Communauté d'agglomération du Grand Angoulême » → « CA Grand Angoulême »,
 * « Pays de Gâtine » → « Gâtine ». The full name stays in the panel and the tooltip.
 */
export function shortName(name: string, kind: string): string {
  const article = /^(du |de la |de l['’]|des |de |d['’])/;
  if (kind === 'agglomeration') {
    const rest = name.replace(/^communaut[ée] d['’]agglom[ée]ration\s*/i, '').replace(article, '');
    return `CA ${rest}`.trim();
  }
  const rest = name.replace(/^pays\s+/i, '').replace(article, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
