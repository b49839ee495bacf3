import { defaultView, mapParam, parseHash, serializeHash, type ViewState, type Vocabulary } from '../lib/url-state';

/**
 * The view, kept in the URL hash so that links can be shared and Back/Forward work.
 * Each user action pushes one history entry; MapLibre keeps `map=` up to date itself (replaceState).
 */
export class ViewController {
  view = $state<ViewState>(defaultView());
  /** True once the user has changed the view in this page (not just opened a link). */
  touched = $state(false);
  #vocab: Vocabulary;

  constructor(vocab: Vocabulary) {
    this.#vocab = vocab;
    this.view = parseHash(location.hash, vocab);
    window.addEventListener('popstate', this.#reread);
    window.addEventListener('hashchange', this.#reread);
  }

  #reread = () => {
    const next = parseHash(location.hash, this.#vocab);
    if (serializeHash(next) !== serializeHash(this.view)) this.view = next;
  };

  /** Applies a change and records it in the history. */
  update(patch: Partial<ViewState>) {
    const next = { ...this.view, ...patch };
    this.touched = true;
    const hash = serializeHash(next, mapParam(location.hash));
    this.view = next;
    if (hash !== location.hash) history.pushState(null, '', hash || location.pathname + location.search);
  }

  destroy() {
    window.removeEventListener('popstate', this.#reread);
    window.removeEventListener('hashchange', this.#reread);
  }
}
