/**
 * Build progress as the CLI shows it. On a terminal: one line rewritten in
 * place (`articles 1200/4000`, then `render 3100/9832`…), at most ten times
 * a second, erased when the build ends. Without a terminal (CI logs): one
 * plain line per stage, no counters. Only for builds of `threshold` or more
 * articles: a small site builds before anyone could read it.
 */
import type { BuildProgress } from '../build.js';

export interface ProgressPrinter {
  update(p: BuildProgress): void;
  /** Erases the progress line (terminal); call before printing the summary or errors. */
  end(): void;
}

export interface ProgressOptions {
  /** Whether the stream is a terminal (`process.stderr.isTTY`). */
  tty: boolean;
  /** Writes raw text (no newline added). */
  write: (text: string) => void;
  /** Builds with fewer articles show nothing. */
  threshold?: number;
  /** The clock, in ms (tests pass their own). */
  now?: () => number;
}

const label = (p: BuildProgress) => (p.total > 0 ? `${p.stage} ${p.done}/${p.total}` : p.stage);

export function progressPrinter(opts: ProgressOptions): ProgressPrinter {
  const now = opts.now ?? (() => performance.now());
  const threshold = opts.threshold ?? 200;
  let active: boolean | undefined;
  let stage = '';
  let last = -Infinity;
  let shown = '';
  return {
    update(p) {
      if (active === undefined) active = p.stage === 'articles' && p.total >= threshold;
      if (!active) return;
      const newStage = p.stage !== stage;
      stage = p.stage;
      if (!opts.tty) {
        if (newStage) opts.write(`${p.stage}${p.total > 0 ? ` (${p.total})` : ''}…\n`);
        return;
      }
      const t = now();
      if (!newStage && t - last < 100 && p.done !== p.total) return;
      last = t;
      const text = `tongwen: ${label(p)}`;
      opts.write(`\r${text.padEnd(shown.length)}`);
      shown = text;
    },
    end() {
      if (opts.tty && shown) opts.write(`\r${' '.repeat(shown.length)}\r`);
      shown = '';
    },
  };
}
