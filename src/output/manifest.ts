/**
 * The manifest of an output: path, size and SHA-256 of every file a sink
 * wrote. It is kept in memory only (`sink.manifest()`); writing it into the
 * output, for `verify` and incremental deploys, is a later step.
 */
import { createHash } from 'node:crypto';
import { compare } from '../core/errors.js';

export interface ManifestEntry {
  /** `/`-separated path relative to the output folder. */
  path: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

/** Manifest entries as they are added; sorted when read. */
export class Manifest {
  private readonly entries: ManifestEntry[] = [];

  /** Records a file's bytes. */
  add(path: string, bytes: Uint8Array): void {
    this.entries.push({ path, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });
  }

  /** Records a file whose size and hash are known (a file kept from the previous output). */
  addHashed(path: string, size: number, sha256: string): void {
    this.entries.push({ path, size, sha256 });
  }

  /** The entries, sorted by path (code-unit order). */
  list(): ManifestEntry[] {
    return [...this.entries].sort((a, b) => compare(a.path, b.path));
  }
}
