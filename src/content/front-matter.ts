/**
 * Splitting an article into front matter and Markdown body with gray-matter,
 * parsing the front matter with `yaml` so that every field and every YAML
 * error has a position in the file (not in the front-matter block).
 */
import matter from 'gray-matter';
import type { Document } from 'yaml';
import { SiteError } from '../core/errors.js';
import { positionAt, yamlKeyPlace } from '../core/position.js';
import { parseYamlData, type YamlSource } from '../core/yaml-data.js';
import { simpleYamlMapping } from '../core/yaml-fast.js';

export interface FrontMatter {
  /** The fields, as YAML 1.2 core data (dates stay strings). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based file line on which the body starts (remark positions are relative to it). */
  bodyLine: number;
  /** File position of a field's value (or of its key when it has none); the file start when absent. */
  placeOf(field: string): { line: number; column: number };
}

const OPEN = /^---[ \t]*\n/;

/**
 * YAML forbids tabs in indentation; Hexo (hexo-front-matter's `escape`)
 * accepts them by turning hard tabs into soft ones, and sites migrating from
 * it have tab-indented lists under `tags:`. Each tab of a line's leading
 * whitespace becomes one space: one character for one, so every offset, and
 * with it every error position, stays that of the file. (Hexo writes two
 * spaces per tab; for indentation written with tabs alone the structure is
 * the same.) Tabs after the indentation are left to YAML.
 */
export function softTabs(source: string): string {
  return source.replace(/^[ \t]*\t[ \t]*/gm, (indent) => indent.replace(/\t/g, ' '));
}

/**
 * Splits and parses front matter. `text` must use `\n` line ends. Throws a
 * SiteError for unclosed front matter, YAML syntax errors and a front matter
 * that is not a mapping.
 */
export function parseFrontMatter(text: string, file: string): FrontMatter {
  if (!OPEN.test(text)) {
    return { data: {}, body: text, bodyLine: 1, placeOf: () => ({ line: 1, column: 1 }) };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new SiteError({
      stage: 'front matter',
      file,
      line: 1,
      column: 1,
      message: 'front matter opened with `---` is never closed',
      hint: 'end the front matter with a line holding only `---` before the article text',
    });
  }

  let doc: Document | undefined;
  let docOf: (() => Document) | undefined;
  let matterOffset = 3;
  const parsed = matter(text, {
    engines: {
      yaml: {
        parse(source: string): object {
          matterOffset = text.indexOf(source, 3);
          const yamlSource: YamlSource = {
            file,
            stage: 'front matter',
            fileText: text,
            offset: matterOffset,
            hint: 'check quotes, colons and indentation; quote values that contain `: ` or start with a special character',
          };
          // Simple `key: value` lines (most articles) are read without `yaml`; its document, for the places of
          // fields in messages, is made only when a message asks for one.
          const simple = simpleYamlMapping(source);
          if (simple) {
            docOf = () => parseYamlData(softTabs(source), yamlSource).doc;
            return simple;
          }
          const parsed = parseYamlData(softTabs(source), yamlSource);
          doc = parsed.doc;
          const data = parsed.data;
          if (data === null || data === undefined) return {};
          if (typeof data !== 'object' || Array.isArray(data)) {
            throw new SiteError({
              stage: 'front matter',
              file,
              ...positionAt(text, matterOffset),
              message: 'front matter must be a list of `field: value` lines',
              hint: 'write e.g. `title: 標題` and `date: 2024-06-26` between the `---` lines',
            });
          }
          return data;
        },
      },
    },
  } as never);

  const body = parsed.content;
  const bodyOffset = text.length - body.length;
  const bodyLine = positionAt(text, bodyOffset).line;
  let yamlDoc = doc;
  return {
    data: { ...(parsed.data as Record<string, unknown>) },
    body,
    bodyLine,
    placeOf(field: string) {
      if (!yamlDoc && docOf) yamlDoc = docOf();
      return (yamlDoc && yamlKeyPlace(yamlDoc, [field], text, { offset: matterOffset })) ?? { line: 1, column: 1 };
    },
  };
}
