/**
 * `tongwen serve`: the dev server. It listens first (a busy port is reported
 * before anything is built), builds through a long-lived Builder and the
 * cache, serves the output as the preview does (commands/serve.ts), and
 * watches content/, templates/, static/, glossary.yaml and the config with
 * Node's recursive fs.watch: every change rebuilds incrementally, and open
 * pages reload through server-sent events. A failed build keeps the last
 * good output, prints its errors and shows them in every open page as an
 * overlay; the next good build removes it and reloads. Nothing a watched
 * file does — deleted, renamed, half-written — stops the server.
 */
import { createServer, type ServerResponse } from 'node:http';
import { watch, type FSWatcher } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Builder, type BuildOptions, type BuildReport } from '../build.js';
import { SiteError, asSiteErrors } from '../core/errors.js';
import { listen, previewHandler } from './serve.js';

/** Where the dev server's own files live (outside any site path). */
const PREFIX = '/__tongwen/';

/** The script every served page loads: reload on `reload`, an overlay on `failed`. No inline code (a page's CSP may forbid it). */
const CLIENT = `(() => {
  const source = new EventSource(${JSON.stringify(`${PREFIX}events`)});
  let overlay;
  const show = (lines) => {
    overlay ??= document.createElement('div');
    overlay.id = 'tongwen-error-overlay';
    Object.assign(overlay.style, { position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', margin: '0', padding: '2em', background: 'rgba(20,0,0,.92)', color: '#fff', font: '14px/1.5 ui-monospace, monospace', whiteSpace: 'pre-wrap' });
    overlay.textContent = 'tongwen: the build failed (the page shows the last good build)\\n\\n' + lines.join('\\n');
    document.body.append(overlay);
  };
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('failed', (e) => show(JSON.parse(e.data)));
})();
`;

export interface DevServerOptions {
  /** Build options: root, out, drafts, workers, cache (baseUrl is set from the port unless given). */
  build: BuildOptions;
  /** The site's base path (`/news/`), from its config. */
  basePath: string;
  port: number;
  host: string;
  /** After each successful build. */
  onBuild: (report: BuildReport, ms: number) => void;
  /** After each failed build: its errors. */
  onError: (errors: SiteError[]) => void;
  /** Formats errors for the overlay (the CLI's formatter, with source lines). */
  format: (errors: SiteError[]) => string[];
  /** Milliseconds to wait for more changes before rebuilding. */
  debounceMs?: number;
}

export interface DevServer {
  /** The port listened on (the actual one when 0 was asked for). */
  port: number;
  /** Resolves after the first build (successful or not). */
  ready: Promise<void>;
  /** Resolves after the next build that starts after now. */
  nextBuild(): Promise<void>;
  close(): Promise<void>;
}

/** The top-level entries of a site folder whose changes rebuild it. */
const WATCHED = new Set(['content', 'templates', 'static', 'glossary.yaml', 'tongwen.config.yaml']);

/** Starts the dev server; rejects with the listen error (EADDRINUSE…) before building anything. */
export async function devServer(opts: DevServerOptions): Promise<DevServer> {
  const root = resolve(opts.build.root);
  const outDir = resolve(opts.build.out ?? join(root, 'dist'));
  const clients = new Set<ServerResponse>();
  let failed: string[] | undefined;

  const send = (event: string, data: unknown) => {
    for (const res of clients) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const tag = `<script src="${PREFIX}client.js"></script>`;
  const inject = (html: string) => (html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag);
  const preview = previewHandler({ dir: outDir, basePath: opts.basePath, transformHtml: inject });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === `${PREFIX}client.js`) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(CLIENT);
      return;
    }
    if (path === `${PREFIX}events`) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': tongwen\n\n');
      clients.add(res);
      if (failed) res.write(`event: failed\ndata: ${JSON.stringify(failed)}\n\n`);
      req.on('close', () => clients.delete(res));
      return;
    }
    preview(req, res);
  });
  await listen(server, opts.port, opts.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;

  // Links and feeds point at this server unless a base URL was given (the site's base path is kept).
  const baseUrl = opts.build.baseUrl ?? `http://localhost:${port}${opts.basePath}`;
  // keepLive: a first build that finds the output up to date still builds the model, so the first edit is fast too.
  const builder = new Builder({ ...opts.build, out: outDir, baseUrl, keepLive: true });
  let building: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const waiters: Array<() => void> = [];

  // What the watcher saw since the last build started: files changed in place, or `undefined` once anything else happened.
  let seen: Set<string> | undefined = new Set();
  const runBuild = async (): Promise<void> => {
    const started = performance.now();
    const hint = seen && seen.size ? { changed: [...seen] } : {};
    seen = new Set();
    try {
      const report = await builder.build(hint);
      const wasFailed = failed !== undefined;
      failed = undefined;
      opts.onBuild(report, performance.now() - started);
      if (wasFailed || !report.cache?.unchanged) send('reload', {});
    } catch (error) {
      let errors: SiteError[];
      try {
        errors = asSiteErrors(error);
      } catch {
        // Not a site problem (a file vanished mid-read, a bug): shown the same way; the server goes on.
        errors = [new SiteError({ stage: 'read', message: error instanceof Error ? error.message : String(error) })];
      }
      failed = opts.format(errors);
      opts.onError(errors);
      send('failed', failed);
    }
  };
  /** Builds now, or once more after the running build (changes during a build are never lost). */
  const rebuild = (): Promise<void> => {
    if (building) {
      again = true;
      return building;
    }
    building = (async () => {
      do {
        again = false;
        const mine = waiters.splice(0);
        await runBuild();
        for (const w of mine) w();
      } while (again && !closed);
      building = undefined;
    })();
    return building;
  };

  const ready = rebuild();

  let timer: NodeJS.Timeout | undefined;
  const changed = (event: string, name: string | null) => {
    if (closed) return;
    if (name !== null) {
      const rel = name.split(sep).join('/');
      const top = rel.split('/')[0]!;
      const full = resolve(root, name);
      if (!WATCHED.has(top) || full === outDir || full.startsWith(outDir + sep)) return;
      if (rel.split('/').some((p) => p.startsWith('.') || p.endsWith('~'))) return;
      // A file changed in place is named to the builder (it reads that file alone); an added, removed or renamed one is not.
      if (event === 'change') seen?.add(rel);
      else seen = undefined;
    } else seen = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), opts.debounceMs ?? 25);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(root, { recursive: true }, (event, name) => changed(event, typeof name === 'string' ? name : null));
    watcher.on('error', () => {
      // A watched folder removed or renamed: the watch on the site folder goes on.
    });
  } catch {
    watcher = undefined;
  }

  return {
    port,
    ready,
    nextBuild: () => new Promise<void>((go) => waiters.push(go)),
    async close() {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
      for (const res of clients) res.end();
      clients.clear();
      await building;
      await builder.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
