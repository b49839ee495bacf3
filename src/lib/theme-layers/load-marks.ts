/**
 * The pictograms and theme colours, fetched when a toggle or a legend first shows one: the first
 * paint does not need them, and the initial download has no room left for them.
 */
const load = () =>
  Promise.all([import('./pictograms'), import('./theme-colors')]).then(([pictograms, colors]) => ({ ...pictograms, ...colors }));

export type ThemeMarks = Awaited<ReturnType<typeof load>>;

let marks: ThemeMarks | null = null;
let pending: Promise<ThemeMarks> | null = null;

/** The marks if already loaded, else null. */
export const loadedMarks = (): ThemeMarks | null => marks;

export function loadMarks(): Promise<ThemeMarks> {
  pending ??= load().then((m) => (marks = m));
  return pending;
}
