import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The web server configurations in deploy/ send the Content Security Policy as a header, which can
 * say what a `<meta>` cannot: frame-ancestors. Its other directives are scripts/csp.ts's policy,
 * copied in by `npm run deploy-config` (`tests/deploy-config.test.ts` fails when a copy is stale).
 */
export const DEPLOY_CONFIGS = ['deploy/nginx.conf', 'deploy/Caddyfile'] as const;

/** The header line: `Content-Security-Policy "<policy>; frame-ancestors <the host's list>"`. */
const HEADER = /(Content-Security-Policy ")([^"]*?)(; frame-ancestors [^"]+")/g;

/** The configuration with its header's policy replaced by `policy`, frame-ancestors kept. */
export function withPolicy(config: string, policy = CONTENT_SECURITY_POLICY): string {
  const found = config.match(HEADER)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`expected one Content-Security-Policy header ending in frame-ancestors, found ${found}`);
  }
  return config.replace(HEADER, (_m, start: string, _old: string, end: string) => `${start}${policy}${end}`);
}

/** The policy a configuration sends, without its frame-ancestors. */
export function headerPolicy(config: string): string {
  return [...config.matchAll(HEADER)].map((m) => m[2]).join();
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of DEPLOY_CONFIGS) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = withPolicy(before);
    if (after !== before) writeFileSync(path, after);
    console.log(`${file}: ${after === before ? 'already up to date' : 'policy updated'}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
