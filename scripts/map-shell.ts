import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

/** The stylesheet the entry imports: the custom properties and the shell's place. */
export const ROOT_STYLESHEET = 'virtual:root.css';
const RESOLVED = `\0${ROOT_STYLESHEET}`;

type PageModule = typeof import('./map-shell-page.ts');

/**
 * The stylesheet (dev and build), and index.html's map shell (build only, as the Content Security
 * Policy: the dev server's styles arrive with its scripts, after the page is drawn).
 */
export function mapShell(): Plugin[] {
  let root = process.cwd();
  // The app's modules that make both, through Vite's module runner (TypeScript with the app's own
  // import style), started once for the two: each start is a module graph of its own.
  let page: Promise<PageModule> | undefined;
  const pageModule = () =>
    (page ??= runnerImport<PageModule>(fileURLToPath(new URL('./map-shell-page.ts', import.meta.url)), { configFile: false, logLevel: 'error' }).then((r) => r.module));
  return [
    {
      name: 'atlas-root-css',
      resolveId: (id) => (id === ROOT_STYLESHEET ? RESOLVED : undefined),
      load: async (id) => (id === RESOLVED ? (await pageModule()).rootStylesheet() : undefined),
    },
    {
      name: 'atlas-map-shell',
      apply: 'build',
      configResolved(config) {
        root = config.root;
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          if (!/<body>/.test(html)) throw new Error('index.html: no <body> to put the map shell in');
          const shell = (await pageModule()).mapShellHtml(root);
          return html.replace('<body>', `<body>\n    ${shell}`);
        },
      },
    },
  ];
}
