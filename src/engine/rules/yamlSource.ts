// YAML with line numbers: every file a person edits by hand (rule packs, the remedy catalogue)
// is parsed here, so every error can name the line of the field it is about.
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { RuleFileError, RuleFileErrors } from './ruleFileError';

export type Path = (string | number)[];
export type LineOf = (path: Path) => number | undefined;

export interface YamlSource {
  value: unknown;
  /** Line of the field at `path`, or of its nearest existing parent (a missing field). */
  lineOf: LineOf;
}

export function parseYamlWithLines(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new RuleFileErrors(
      doc.errors.slice(0, 5).map((e) => new RuleFileError(file, lineCounter.linePos(e.pos[0]).line, undefined, `YAML syntax: ${e.message.split('\n')[0]}`)),
    );
  }
  let value: unknown;
  try {
    // Alias bombs ("billion laughs") stop at a small expansion count.
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    throw new RuleFileError(file, undefined, undefined, `YAML: ${(e as Error).message}`);
  }
  return { value, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}

/** The field's path as a person finds it in the file; a rule is named by its id too. */
// `rules[3] (anger.insult).match.regex[0]`, `delivery.remedies[2]`.
export function fieldName(path: Path, root?: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const seg of path) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (path[0] === 'rules' && typeof seg === 'number' && out === `rules[${seg}]`) {
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') out += ` (${id})`;
    }
  }
  return out || '(top level)';
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    if (offset !== undefined) {
      // For a mapping value, the key's line reads better than the first child's line.
      const keyLine = depth > 0 ? keyLineOf(doc, lineCounter, path.slice(0, depth)) : undefined;
      return keyLine ?? lineCounter.linePos(offset).line;
    }
  }
  return undefined;
}

function keyLineOf(doc: Document, lineCounter: LineCounter, path: Path): number | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
  const offset = (pair?.key as { range?: [number, number, number] } | null | undefined)?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
