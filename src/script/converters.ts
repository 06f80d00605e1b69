/**
 * opencc-js converters, built once per process and per locale pair
 * (building one costs up to ~200 ms of dictionary loading).
 */
import * as OpenCC from 'opencc-js';
import type { OpenccLocale } from './variants.js';

export type Convert = (text: string) => string;

const identity: Convert = (text) => text;
const cache = new Map<string, Convert>();

/** The converter from one OpenCC locale to another; identity when they are the same. */
export function converter(from: OpenccLocale, to: OpenccLocale): Convert {
  if (from === to) return identity;
  const key = `${from}>${to}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const made: Convert = OpenCC.Converter({ from, to });
  cache.set(key, made);
  return made;
}

/** OpenCC configuration names (as in OpenCC's own test cases) that opencc-js can express. */
export const OPENCC_CONFIGS: Readonly<Record<string, readonly [OpenccLocale, OpenccLocale]>> = {
  s2t: ['cn', 't'],
  s2tw: ['cn', 'tw'],
  s2twp: ['cn', 'twp'],
  s2hk: ['cn', 'hk'],
  t2s: ['t', 'cn'],
  tw2s: ['tw', 'cn'],
  tw2sp: ['twp', 'cn'],
  hk2s: ['hk', 'cn'],
  t2tw: ['t', 'tw'],
  t2hk: ['t', 'hk'],
  tw2t: ['tw', 't'],
  hk2t: ['hk', 't'],
  t2jp: ['t', 'jp'],
  jp2t: ['jp', 't'],
};
