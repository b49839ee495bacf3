/**
 * Embed mode, `?embed=1` in the query (not the hash, which holds the view): the map and the panel
 * without the app's chrome, for a partner's page. Other query parameters are left as they are.
 */
const PARAM = 'embed';

/** Whether a page with this query string is embedded. */
export const isEmbedded = (search: string): boolean => new URLSearchParams(search).get(PARAM) === '1';

/** The address to put in an iframe: the same view, embedded. */
export function embedHref(href: string): string {
  const url = new URL(href);
  url.searchParams.set(PARAM, '1');
  return url.toString();
}

/**
 * The address of the whole atlas from an embedded view: the same view, every other parameter kept,
 * but not the frame's camera (`map=`): the whole atlas, larger, frames the view itself.
 */
export function leaveEmbedHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(PARAM);
  const hash = url.hash.replace(/^#/, '').split('&').filter((part) => part && !part.startsWith('map=')).join('&');
  url.hash = hash;
  return url.toString();
}

/**
 * A partner may start the guided tour from the query (`?embed=1&tour=2`), the view's own keys living
 * in the hash: the hash with that step added, or null when the query names none or the hash has one.
 */
export function hashWithQueryTour(search: string, hash: string): string | null {
  const tour = new URLSearchParams(search).get('tour');
  if (!tour || !/^[1-9]\d?$/.test(tour) || /(^#|&)tour=/.test(hash)) return null;
  return hash.length > 1 ? `${hash}&tour=${tour}` : `#tour=${tour}`;
}
