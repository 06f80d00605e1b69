/**
 * `tongwen serve`: previews the output as a static host would — clean URLs
 * (`/zh-hant/` → `zh-hant/index.html`), the site under its base path, and the
 * 404 page (the variant's own, else the root one) with status 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { VARIANT_IDS, VARIANTS } from '../conversion/variants.js';

export interface ServeOptions {
  dir: string;
  basePath: string;
  port: number;
  host: string;
}

export interface HandlerOptions {
  dir: string;
  basePath: string;
  /** Changes every HTML page served (the dev server adds its reload script). */
  transformHtml?: (html: string) => string;
}

/** The file an HTML request maps to (clean URLs: `/a/` → `a/index.html`, `/a` → `a.html` or `a/index.html`), if it exists. */
function htmlFile(dir: string, rel: string): string | undefined {
  const clean = rel.replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : clean.endsWith('.html') ? [clean] : /\.[a-z0-9]+$/i.test(clean) ? [] : [`${clean}.html`, `${clean}/index.html`];
  for (const c of candidates) {
    if (c.split('/').some((p) => p === '..' || p.startsWith('.'))) return undefined;
    const path = join(dir, ...c.split('/'));
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Starts the preview server; resolves once it listens. */
export function serve(opts: ServeOptions): Promise<Server> {
  return listen(createServer(previewHandler(opts)), opts.port, opts.host);
}

/** Listens on `port` and `host`; rejects with the listen error (EADDRINUSE…). */
export function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** The preview's request handler: the output as a static host serves it. */
export function previewHandler(opts: HandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const files = sirv(opts.dir, { dev: true, etag: true, extensions: ['html'], dotfiles: false });
  const notFound = (url: string): { body: Buffer | string; type: string } => {
    const rel = url.slice(opts.basePath.length);
    const variant = VARIANT_IDS.map((id) => VARIANTS[id]).find((v) => rel === v.path || rel.startsWith(`${v.path}/`));
    for (const candidate of [variant ? join(opts.dir, variant.path, '404.html') : '', join(opts.dir, '404.html')]) {
      if (candidate && existsSync(candidate)) {
        const body = readFileSync(candidate);
        return { body: opts.transformHtml ? opts.transformHtml(body.toString('utf8')) : body, type: 'text/html; charset=utf-8' };
      }
    }
    return { body: 'Not found\n', type: 'text/plain; charset=utf-8' };
  };
  return (req, res) => {
    let url: string;
    try {
      url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    } catch {
      // A malformed escape (`/%E0%A4%A`) must not bring the preview down.
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request: malformed URL\n');
      return;
    }
    const send404 = () => {
      const { body, type } = notFound(url);
      res.writeHead(404, { 'content-type': type });
      res.end(body);
    };
    if (!url.startsWith(opts.basePath)) {
      if (url === '/' && opts.basePath !== '/') {
        res.writeHead(302, { location: opts.basePath });
        res.end();
        return;
      }
      send404();
      return;
    }
    if (opts.transformHtml) {
      const file = htmlFile(opts.dir, url.slice(opts.basePath.length));
      if (file) {
        let html: string;
        try {
          html = readFileSync(file, 'utf8');
        } catch {
          send404();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(opts.transformHtml(html));
        return;
      }
    }
    req.url = '/' + (req.url ?? '/').slice(opts.basePath.length);
    files(req, res, send404);
  };
}
