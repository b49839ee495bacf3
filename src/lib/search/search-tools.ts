/** What the search box needs once it is used: the index's loader and the suggestions list's helpers. */
export { highlight } from './highlight';
export { groupsByRank } from './group-order';
export { loadSearch } from './load-search';
