/**
 * The `yaml` library, loaded on first use: most builds read no YAML in the
 * main thread (a site without tongwen.config.yaml and glossary.yaml, or a
 * warm build that finds nothing changed), and loading its 70 modules is a
 * large part of a warm build's start. `yaml` is a CommonJS package (its
 * `node` export), so `require` gives the very module an `import` would, and
 * synchronously, as the config and front-matter readers need.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/** The `yaml` module (loaded at the first call). */
export function yamlLib(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
