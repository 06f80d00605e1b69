/**
 * `tongwen serve`: previews the output as a static host would — clean URLs
 * (`/zh-hant/` → `zh-hant/index.html`), the site under its base path, and the
 * 404 page (the variant's own, else the root one) with status 404.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { VARIANT_IDS, VARIANTS } from '../conversion/variants.js';

export interface ServeOptions {
  dir: string;
  basePath: string;
  port: number;
  host: string;
}

/** Starts the preview server; resolves once it listens. */
export function serve(opts: ServeOptions): Promise<Server> {
  const files = sirv(opts.dir, { dev: true, etag: true, extensions: ['html'], dotfiles: false });
  const notFound = (url: string): { body: Buffer | string; type: string } => {
    const rel = url.slice(opts.basePath.length);
    const variant = VARIANT_IDS.map((id) => VARIANTS[id]).find((v) => rel === v.path || rel.startsWith(`${v.path}/`));
    for (const candidate of [variant ? join(opts.dir, variant.path, '404.html') : '', join(opts.dir, '404.html')]) {
      if (candidate && existsSync(candidate)) return { body: readFileSync(candidate), type: 'text/html; charset=utf-8' };
    }
    return { body: 'Not found\n', type: 'text/plain; charset=utf-8' };
  };
  const server = createServer((req, res) => {
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
    req.url = '/' + (req.url ?? '/').slice(opts.basePath.length);
    files(req, res, send404);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve(server));
  });
}
