import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

/** The stylesheet the entry imports: the layout's sizes and the shell's place. */
export const LAYOUT_STYLESHEET = 'virtual:layout.css';
const RESOLVED = `\0${LAYOUT_STYLESHEET}`;

type PageModule = typeof import('./map-shell-page.ts');

/** The app's modules that make the shell, through Vite's module runner: TypeScript with the app's own import style. */
async function pageModule(): Promise<PageModule> {
  const { module } = await runnerImport<PageModule>(fileURLToPath(new URL('./map-shell-page.ts', import.meta.url)), { configFile: false, logLevel: 'error' });
  return module;
}

/**
 * The layout's stylesheet (dev and build), and index.html's map shell (build only, as the Content
 * Security Policy: the dev server's styles arrive with its scripts, after the page is drawn).
 */
export function mapShell(): Plugin[] {
  let root = process.cwd();
  return [
    {
      name: 'atlas-layout-css',
      resolveId: (id) => (id === LAYOUT_STYLESHEET ? RESOLVED : undefined),
      load: async (id) => (id === RESOLVED ? (await pageModule()).layoutStylesheet() : undefined),
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
