/**
 * `tongwen verify DEPLOYED_DIR [--manifest FILE]`: compares a deployed copy
 * of the site with the manifest its build wrote (`.tongwen/manifest.json`,
 * in the copy by default — better, a copy kept off the server) and lists
 * every file added, changed or missing: what a newsroom runs to find
 * injected spam pages or links. Symbolic links are never followed: a link
 * where the build wrote a file is a change, anywhere else an addition.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SiteError, compare } from '../core/errors.js';
import { MANIFEST_FILE, parseManifest, type ManifestDocument } from '../output/manifest-document.js';

export interface VerifyReport {
  manifest: string;
  tongwen: string;
  /** Files in the manifest that were compared. */
  checked: number;
  added: string[];
  changed: Array<{ path: string; why: string }>;
  missing: string[];
}

/** Every file below `dir` (dot files too) → whether it is a regular file; links are not followed. */
function walk(dir: string): Map<string, 'file' | 'link' | 'other'> {
  const out = new Map<string, 'file' | 'link' | 'other'>();
  const visit = (sub: string) => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) visit(rel);
      else out.set(rel, e.isFile() ? 'file' : e.isSymbolicLink() ? 'link' : 'other');
    }
  };
  visit('');
  return out;
}

/** Compares `deployed` with a manifest; throws a usage SiteError when either cannot be read. */
export function verifyDeployment(deployed: string, manifestFile?: string): VerifyReport {
  const dir = resolve(deployed);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new SiteError({ stage: 'usage', file: deployed, message: 'the deployed folder does not exist or is not a folder', hint: 'pass the folder that holds the deployed site (a copy downloaded from the server, or the server\'s document root)' });
  }
  const manifestPath = resolve(manifestFile ?? join(dir, ...MANIFEST_FILE.split('/')));
  if (!existsSync(manifestPath)) {
    throw new SiteError({ stage: 'usage', file: manifestFile ?? join(deployed, MANIFEST_FILE), message: 'no manifest here', hint: 'pass --manifest FILE: the .tongwen/manifest.json written by the build you deployed (keep a copy off the server)' });
  }
  const parsed = parseManifest(readFileSync(manifestPath, 'utf8'));
  if (typeof parsed === 'string') throw new SiteError({ stage: 'usage', file: manifestPath, message: `the manifest is unreadable: ${parsed}`, hint: 'pass the .tongwen/manifest.json a tongwen build wrote' });
  const manifest: ManifestDocument = parsed;

  const found = walk(dir);
  const expected = new Map(manifest.files.map((f) => [f.path, f]));
  const added: string[] = [];
  const changed: Array<{ path: string; why: string }> = [];
  const missing: string[] = [];
  for (const [path, kind] of found) {
    if (path === MANIFEST_FILE) continue;
    const want = expected.get(path);
    if (!want) added.push(kind === 'file' ? path : `${path} (${kind === 'link' ? 'a symbolic link' : 'not a regular file'})`);
    else if (kind !== 'file') changed.push({ path, why: kind === 'link' ? 'a symbolic link instead of the file' : 'not a regular file' });
    else {
      const bytes = readFileSync(join(dir, path));
      if (bytes.byteLength !== want.size) changed.push({ path, why: `size ${bytes.byteLength}, built ${want.size}` });
      else if (createHash('sha256').update(bytes).digest('hex') !== want.sha256) changed.push({ path, why: 'same size, different content' });
    }
  }
  for (const path of expected.keys()) if (!found.has(path)) missing.push(path);
  return { manifest: manifestPath, tongwen: manifest.tongwen, checked: manifest.files.length, added, changed, missing: missing.sort(compare) };
}

/** The report as printed: one line per difference, then the counts. */
export function formatVerify(r: VerifyReport, deployed: string): string[] {
  const lines = [
    ...r.added.map((p) => `added    ${p}`),
    ...r.changed.map((c) => `changed  ${c.path}  (${c.why})`),
    ...r.missing.map((p) => `missing  ${p}`),
  ];
  const differences = r.added.length + r.changed.length + r.missing.length;
  lines.push(
    differences === 0
      ? `${deployed} matches the manifest: ${r.checked} files, none added, changed or missing (tongwen ${r.tongwen})`
      : `${deployed} differs from the manifest: ${r.added.length} added, ${r.changed.length} changed, ${r.missing.length} missing of ${r.checked} files`,
  );
  return lines;
}
