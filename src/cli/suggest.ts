/**
 * Friendlier argument errors than Node's parser prints: which option is
 * unknown, a did-you-mean suggestion, and the list of valid options.
 */

/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `candidates` to `word` (a prefix of one, or at most a third of its letters off), or undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const prefixed = candidates.filter((c) => w.length >= 2 && c.startsWith(w));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = editDistance(w, c);
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * The message for an error of `util.parseArgs`: an unknown option (with a
 * suggestion and the valid ones), an option missing its value, or the
 * parser's own message.
 */
export function argumentMessage(error: Error & { code?: string }, options: Record<string, { type: 'string' | 'boolean'; short?: string }>): string {
  const names = Object.keys(options);
  const valid = names.map((n) => `--${n}`).join(', ');
  const quoted = /'(-{1,2}[^'\s]*)[^']*'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
    const bare = quoted.replace(/^-+/, '').replace(/=.*$/, '');
    const guess = didYouMean(bare, names);
    return `unknown option ${quoted}${guess ? `; did you mean --${guess}?` : ''}\nvalid options: ${valid}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const name = quoted;
    const option = options[name.replace(/^-+/, '')];
    return option?.type === 'boolean' ? `${name} takes no value` : `${name} needs a value, e.g. ${name} ${name === '--out' || name === '--root' ? 'DIR' : 'VALUE'}`;
  }
  return error.message;
}
