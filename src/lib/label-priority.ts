/**
 * Which label wins a collision on the map (lower first): the territories the filters keep before the
 * faded ones, so a coloured territory never loses its name to a grey neighbour; among equals,
 * agglomérations, smaller and inside their pays, before pays.
 */
export function labelPriority(kind: string, kept: boolean): number {
  return (kept ? 0 : 2) + (kind === 'agglomeration' ? 0 : 1);
}
