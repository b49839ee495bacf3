import type { Plugin } from 'vite';

/**
 * The Content Security Policy of the built site, as a `<meta>` in index.html so that it travels
 * with the files to whatever server (or public-sector CMS) hosts them.
 *
 * - script-src 'self': Vite emits only external module scripts; no inline script, no eval.
 * - worker-src 'self' blob:: MapLibre's worker is a same-origin file (setWorkerUrl); MapLibre wraps
 *   it in a blob: module instead when the assets are served from another origin than the page.
 * - child-src 'self' blob:: where worker-src is unknown, workers fall back to child-src, and a
 *   child-src of blob: alone would also forbid same-origin frames (frame-src falls back to it).
 * - style-src 'self', nothing inline: stylesheets are files, and Svelte's `style:` directives and
 *   MapLibre write element styles through the CSSOM, which CSP does not govern. A literal
 *   `style="…"` in markup would be blocked: use a `style:` directive instead.
 * - img-src data: blob:: MapLibre's control icons are data: SVGs in its stylesheet, and it decodes
 *   images through blob: URLs.
 * - frame-ancestors cannot be set from a `<meta>`: the configurations in deploy/ send this policy as a
 *   header with the host's list of embedding sites (`npm run deploy-config` copies it there).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to index.html in `vite build` only: the dev server needs inline scripts for HMR. */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html: no <meta charset="utf-8"> to put the CSP after');
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
          throw new Error('index.html has an inline script, which the Content Security Policy would block');
        }
        // Right after the charset, before any stylesheet or script, so that it governs all of them.
        return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
