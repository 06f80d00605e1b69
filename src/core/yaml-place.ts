/**
 * Where to show a YAML syntax error. The `yaml` library places an unclosed
 * quote at the end of the text it swallowed (often lines later); editors
 * should jump to the opening quote instead.
 */
import { visit, type Document, type YAMLError } from 'yaml';

/** Offset in the YAML source at which to report `error`. */
export function yamlErrorOffset(doc: Document, error: YAMLError): number {
  const at = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    let start: number | undefined;
    visit(doc, {
      Scalar(_key, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] === at) {
          start = node.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (start !== undefined) return start;
  }
  return at;
}
