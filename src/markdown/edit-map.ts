/**
 * A linear `EditMap.consume` for micromark (micromark-util-edit-map 1.0.0,
 * pinned in package.json).
 *
 * micromark's document tokenizer applies an edit map every time a container
 * (list item, block quote) closes after a lazy or continued line. The
 * published `consume` rebuilds the whole event list for each such edit —
 * every event before the first edit is copied out and pushed back — so
 * parsing grows with the square of the document: a 2.3-million-character
 * document with lists spent 11 of its 15 parsing seconds there, and the
 * build's 5 MB article most of its time.
 *
 * This `consume` applies the same edits in the same order but leaves the
 * events before the first edit where they are: the same array, the same
 * elements, the same result, in time proportional to what follows the first
 * edit (which micromark's edits place near the end). It is installed on the
 * prototype micromark itself imports (one deduplicated copy of the package,
 * checked by test/edit-map.test.ts, which also parses CommonMark's spec
 * examples, the sample articles and generated documents with and without it
 * and requires identical trees).
 *
 * Remove this module when micromark-util-edit-map's own `consume` keeps the
 * unchanged prefix.
 */
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

type Change = [at: number, remove: number, add: Event[]];

/** The published implementation, kept for the differential test. */
export const originalConsume: (this: EditMap, events: Event[]) => undefined = EditMap.prototype.consume;

/** `EditMap.prototype.consume`, without copying the unchanged prefix. */
export function consume(this: EditMap, events: Event[]): undefined {
  const self = this as unknown as { map: Change[]; index: Map<number, Change> };
  const map = self.map;
  if (map.length === 0) return undefined;
  map.sort((a, b) => a[0] - b[0]);
  // From the last edit to the first: what follows each edit, then what it adds; the events are cut at each edit.
  const pieces: Event[][] = [];
  for (let k = map.length - 1; k >= 0; k--) {
    const [at, remove, add] = map[k]!;
    pieces.push(events.slice(at + remove), add);
    events.length = at;
  }
  // `events` now holds what precedes the first edit; append the rest in document order.
  for (let k = pieces.length - 1; k >= 0; k--) for (const e of pieces[k]!) events.push(e);
  map.length = 0;
  self.index.clear();
  return undefined;
}

EditMap.prototype.consume = consume;
