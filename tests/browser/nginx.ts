import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx, or the one named by NGINX_PATH; null when neither exists. */
export function nginxPath(): string | null {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Whether the deployment test runs here; says so in one line when it cannot, and refuses to skip in CI. */
export function nginxTestsEnabled(): boolean {
  if (nginxPath()) return true;
  if (process.env.CI) throw new Error('The deployment test must run in CI, but no nginx was found at /usr/sbin/nginx or $NGINX_PATH.');
  console.warn('Deployment test skipped: no nginx at /usr/sbin/nginx or $NGINX_PATH (apt-get install -y nginx).');
  return false;
}

/** Replaces the one line of deploy/nginx.conf that a host adapts, and fails loudly if it moved. */
function replaceLine(config: string, line: RegExp, by: string): string {
  const found = config.match(new RegExp(line.source, 'gm'))?.length ?? 0;
  if (found !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${line}, found ${found}`);
  return config.replace(new RegExp(line.source, 'm'), by);
}

/**
 * deploy/nginx.conf as a host would adapt it, following its `# HOST:` comments: this port on the
 * loopback, this root, these embedding hosts. Everything else is served as written.
 */
export function adaptSiteConfig(config: string, site: { port: number; root: string; frameAncestors: string }): string {
  let adapted = replaceLine(config, /^ *listen 80;$/, `    listen 127.0.0.1:${site.port};`);
  adapted = replaceLine(adapted, /^ *root \/var\/www\/atlas\/dist;$/, `    root ${site.root};`);
  return replaceLine(adapted, /^ *set \$atlas_frame_ancestors "[^"]*";$/, `    set $atlas_frame_ancestors "${site.frameAncestors}";`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these request headers, the body left as sent (no decompression). */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

export interface NginxSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` with deploy/nginx.conf, wrapped in the few lines a whole nginx.conf needs, from a
 * temporary prefix that holds the pid, the logs and the temp files, so nothing outside it is touched.
 */
export async function serveWithNginx(root: string, frameAncestors: string): Promise<NginxSite> {
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  const site = adaptSiteConfig(readFileSync('deploy/nginx.conf', 'utf8'), { port, root: resolve(root), frameAncestors });
  writeFileSync(join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(prefix, t)};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // Run as root (as CI is), nginx's workers would otherwise drop to a user that may not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')};`,
      'events { worker_connections 64; }',
      'http {',
      `    access_log ${join(prefix, 'access.log')};`,
      ...temp,
      `    include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(nginxPath()!, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr!.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<number | null>((ok) => nginx.once('exit', (code) => ok(code)));
  const url = `http://127.0.0.1:${port}/`;
  const close = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await untilAnswering(url, nginx, exited);
  } catch (e) {
    const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
    await close();
    throw new Error(`nginx did not serve ${url}: ${(e as Error).message}\n${stderr}${log}`);
  }
  return { url, close };
}

async function untilAnswering(url: string, nginx: ChildProcess, exited: Promise<number | null>) {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (gone) throw new Error(`nginx exited with code ${nginx.exitCode}`);
    try {
      await get(url);
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  throw new Error('no answer');
}
