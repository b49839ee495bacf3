// Apart from rank.ts: the search box loads this with the page, and the ranking's word handling comes later with the index.
/** Result groups in the order of their best-ranked result; groups without results keep their place after. */
export function groupsByRank<G extends { kind: string }>(groups: readonly G[], results: readonly { kind: string }[]): G[] {
  const first = (g: G) => {
    const i = results.findIndex((r) => r.kind === g.kind);
    return i < 0 ? results.length : i;
  };
  return [...groups].sort((a, b) => first(a) - first(b));
}
