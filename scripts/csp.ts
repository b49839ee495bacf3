import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { MAP_SHELL_SCRIPT } from '../src/lib/map-shell/script.ts';

/** The texts of a page's inline scripts; data blocks (type="application/json") are never run, and the policy does not govern them. */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);

/** A CSP source allowing the one inline script with this text. */
export const scriptHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content Security Policy of the built site, as a `<meta>` in index.html so that it travels
 * with the files to whatever server (or public-sector CMS) hosts them.
 *
 * - script-src 'self' and one hash: Vite emits only external module scripts, no eval; the one inline
 *   script is the map shell's (src/lib/map-shell/script.ts), allowed by the hash of its text.
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
  `script-src 'self' ${scriptHash(MAP_SHELL_SCRIPT)}`,
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
        for (const text of inlineScripts(html)) {
          if (!policy.includes(scriptHash(text))) throw new Error('index.html has an inline script that the Content Security Policy would block');
        }
        // Right after the charset, before any stylesheet or script, so that it governs all of them.
        return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
