// Turns JSON Schema validator output into the few errors a person should read: the deepest
// one per field, in words, with the field path written the way the file reads.
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../../../rules/schema.json';
import schemaV1 from '../../../rules/schema-v1.json';

export interface SchemaProblem {
  /** Path segments into the document: ['rules', 2, 'match', 'regex', 0]. */
  path: (string | number)[];
  reason: string;
}

const validator = new Validator(schema as object, '2020-12', false);
const validatorV1 = new Validator(schemaV1 as object, '2020-12', false);

// Keywords that only say "something below me failed"; the useful error is deeper.
const CONTAINER_KEYWORDS = new Set(['properties', 'items', 'prefixItems', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', '$ref', 'additionalProperties', 'unevaluatedProperties']);

/** Problems by the schema of the pack's version (a pack without one is read as version 2). */
export function schemaProblems(value: unknown): SchemaProblem[] {
  const version = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { version?: unknown }).version : undefined;
  // Without a version the pack's language is unknown: that is the one problem worth naming.
  if (version === undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) return [{ path: [], reason: 'missing required field "version"' }];
  if (version !== undefined && version !== 1 && version !== 2) return [{ path: ['version'], reason: `must be 2 (or 1 for a file not yet migrated); got ${JSON.stringify(version)}` }];
  const result = (version === 1 ? validatorV1 : validator).validate(value);
  if (result.valid) return [];
  const byPath = new Map<string, SchemaProblem>();
  for (const error of result.errors) {
    if (CONTAINER_KEYWORDS.has(error.keyword)) continue;
    const path = pointerToPath(error.instanceLocation);
    const key = JSON.stringify(path);
    if (byPath.has(key)) continue;
    byPath.set(key, { path, reason: describe(error, value, path) });
  }
  const problems = [...byPath.values()];
  // An example that is neither a string nor a valid chat fails both branches of oneOf; report
  // the chat branch's deeper error rather than "must be a string".
  return problems.filter((p) => !problems.some((q) => q !== p && isPrefix(p.path, q.path)));
}

function isPrefix(short: (string | number)[], long: (string | number)[]): boolean {
  return short.length < long.length && short.every((seg, i) => seg === long[i]);
}

function pointerToPath(pointer: string): (string | number)[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(error: OutputUnit, root: unknown, path: (string | number)[]): string {
  const value = valueAt(root, path);
  // The validator's own message carries the allowed values as JSON: `… any of ["info","warning"].`
  const listed = /(\[.*\])\.?$/.exec(error.error)?.[1];
  const expected = /Expected "([^"]+)"/.exec(error.error)?.[1];
  switch (error.keyword) {
    case 'false':
      return `unknown field "${String(path[path.length - 1])}"`;
    case 'required': {
      const missing = /"([^"]+)"/.exec(error.error)?.[1];
      return missing ? `missing required field "${missing}"` : error.error;
    }
    case 'type':
      return expected ? `must be ${article(expected)}, not ${typeName(value)}` : error.error;
    case 'enum': {
      const allowed = listed ? (JSON.parse(listed) as unknown[]).map((v) => JSON.stringify(v)).join(', ') : '';
      return `must be one of ${allowed}; got ${JSON.stringify(value)}`;
    }
    case 'const':
      return `has the wrong value ${JSON.stringify(value)} (${error.error})`;
    case 'pattern':
      return `"${String(value)}" has the wrong form (expected e.g. "anger.repeat-contact")`;
    case 'minItems':
      return 'needs at least one item';
    case 'minLength':
      return 'must not be empty';
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      return `${JSON.stringify(value)} is out of range (${error.error})`;
    default:
      return error.error;
  }
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping', number: 'a number', integer: 'a whole number', boolean: 'true or false' };
  return names[type] ?? type;
}
