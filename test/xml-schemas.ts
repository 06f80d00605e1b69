/**
 * Validating feeds and sitemaps against their schemas (test/fixtures/schemas/,
 * see its README) with libxml2's xmllint compiled to WebAssembly
 * (xmllint-wasm): the sitemaps.org 0.9 XSD with a declaration of the
 * `xhtml:link` alternates, the same with the Google News extension, and
 * RFC 4287's RELAX NG grammar for Atom.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { REPO } from './helpers.js';

export const SCHEMAS = join(REPO, 'test', 'fixtures', 'schemas');

const schemaFile = (name: string): XMLFileInfo => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') });

/** What each kind of document is validated with: the main schema and the files it imports. */
const KINDS = {
  sitemap: { schema: 'sitemap-with-alternates.xsd', preload: ['sitemap.xsd', 'xhtml-link.xsd'], extension: 'schema' },
  news: { schema: 'news-sitemap.xsd', preload: ['sitemap.xsd', 'sitemap-news.xsd'], extension: 'schema' },
  atom: { schema: 'atom.rng', preload: [], extension: 'relaxng' },
} as const;

export type XmlKind = keyof typeof KINDS;

/**
 * Validates documents (`[name, text]`) of one kind in one xmllint run;
 * returns xmllint's error lines (`name:line: message`), empty when all are valid.
 */
export async function schemaErrors(kind: XmlKind, docs: ReadonlyArray<readonly [string, string]>): Promise<string[]> {
  const k = KINDS[kind];
  const result = await validateXML({
    xml: docs.map(([fileName, contents]) => ({ fileName: fileName.replace(/[^A-Za-z0-9._-]+/g, '_'), contents })),
    schema: schemaFile(k.schema),
    preload: k.preload.map(schemaFile),
    extension: k.extension,
    maxMemoryPages: 4096,
  });
  // xmllint ends with "x.xml validates" lines for valid files; anything else is an error.
  if (result.valid) return [];
  const errors = result.errors.map((e) => e.rawMessage.trim()).filter((m) => m !== '');
  return errors.length ? errors : [result.rawOutput.trim() || 'xmllint reported the documents invalid'];
}

/**
 * Validates documents (`[name, text]`) of one kind in one xmllint run and
 * returns each document's own lines of xmllint's output, by name. xmllint
 * reports the files one after another, each block ending `NAME validates` or
 * `NAME fails to validate` (a block may hold a line without the file's name,
 * such as RELAX NG's "Element content failed to validate attributes"), so a
 * line is the document's whose block it is in. Lines after the last block
 * come back under the name `''`.
 */
export async function schemaReports(kind: XmlKind, docs: ReadonlyArray<readonly [string, string]>): Promise<Map<string, { valid: boolean; lines: string[] }>> {
  const k = KINDS[kind];
  const names = docs.map(([fileName]) => fileName.replace(/[^A-Za-z0-9._-]+/g, '_'));
  assert.equal(new Set(names).size, names.length, 'one name per document');
  const result = await validateXML({
    xml: docs.map(([, contents], i) => ({ fileName: names[i]!, contents })),
    schema: schemaFile(k.schema),
    preload: k.preload.map(schemaFile),
    extension: k.extension,
    maxMemoryPages: 4096,
  });
  const out = new Map<string, { valid: boolean; lines: string[] }>();
  let block: string[] = [];
  for (const line of result.rawOutput.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const end = /^(\S+) (validates|fails to validate)$/.exec(line);
    if (end && names.includes(end[1]!)) {
      out.set(end[1]!, { valid: end[2] === 'validates', lines: [...block, line] });
      block = [];
    } else block.push(line);
  }
  if (block.length) out.set('', { valid: false, lines: block });
  return out;
}
