import { defaultView, mapParam, parseHash, serializeHash, type ViewState, type Vocabulary } from '../lib/url-state';
import { afterNextPaint } from '../lib/after-paint';

/**
 * The view, kept in the URL hash so that links can be shared and Back/Forward work.
 * Each user action pushes one history entry (actions within one frame, one entry between them);
 * MapLibre keeps `map=` up to date itself (replaceState).
 */
export class ViewController {
  view = $state<ViewState>(defaultView());
  /** True once the user has changed the view in this page (not just opened a link). */
  touched = $state(false);
  #vocab: Vocabulary;
  /** Cancels the URL write scheduled by the last change, null when the URL is up to date. */
  #pendingWrite: (() => void) | null = null;

  constructor(vocab: Vocabulary) {
    this.#vocab = vocab;
    this.view = parseHash(location.hash, vocab);
    window.addEventListener('popstate', this.#reread);
    window.addEventListener('hashchange', this.#reread);
  }

  #reread = () => {
    // Back, Forward or an edited address wins over a change the URL has not recorded yet.
    this.#pendingWrite?.();
    this.#pendingWrite = null;
    const next = parseHash(location.hash, this.#vocab);
    if (serializeHash(next) !== serializeHash(this.view)) this.view = next;
  };

  /**
   * Applies a change, and records it in the history once the frame showing it is drawn: pushState
   * waits on the browser process, and in that frame it delayed the panel a click opens (the README's
   * performance section has the figures).
   */
  update(patch: Partial<ViewState>) {
    this.view = { ...this.view, ...patch };
    this.touched = true;
    this.#pendingWrite ??= afterNextPaint(() => {
      this.#pendingWrite = null;
      const hash = serializeHash(this.view, mapParam(location.hash));
      if (hash !== location.hash) history.pushState(null, '', hash || location.pathname + location.search);
    });
  }

  destroy() {
    this.#pendingWrite?.();
    window.removeEventListener('popstate', this.#reread);
    window.removeEventListener('hashchange', this.#reread);
  }
}
