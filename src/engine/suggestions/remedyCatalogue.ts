// The remedy catalogue (`rules/remedies.yaml`): the team's pre-approved offers per problem type,
// plus keywords the team adds to the built-in vocabulary that recognises each type. An admin
// replaces it through policy with `{ problemType: [remedy texts] }`, so it is validated strictly
// at that edge and a mistake is reported by file, line and field, like every other rule file.
import { RuleFileError } from '../rules/ruleFileError';
import { fieldName, parseYamlWithLines, type LineOf, type Path } from '../rules/yamlSource';
import { isProblemType, PROBLEM_TYPES, type ProblemType } from './problemTypeNames';

export interface RemedyEntry {
  /** Words or phrases added to `DEFAULT_PROBLEM_KEYWORDS` for recognising this type. */
  keywords: string[];
  /** Offers the agent may make, worded so they promise nothing that can't be kept. */
  remedies: string[];
}

/** Problem type → its remedies and extra keywords; `{}` is an empty catalogue. */
export type RemedyCatalogue = Partial<Record<ProblemType, RemedyEntry>>;

// Slots a remedy may use; `{problem}` and `{remedy}` are filled around it, not inside it.
const REMEDY_SLOTS = new Set(['name', 'firstName', 'contact', 'day']);
const MAX_TEXT_LENGTH = 400;

type Problem = (path: Path, reason: string) => RuleFileError;

/** Reads a remedy catalogue from YAML, or throws an error naming file, line and field. */
export function parseRemedyCatalogue(yamlText: string, fileName: string): RemedyCatalogue {
  const { value, lineOf } = parseYamlWithLines(yamlText, fileName);
  return remedyCatalogueFromValue(value, fileName, lineOf);
}

/** Validates a catalogue given as data (enterprise policy JSON): same checks, no line numbers. */
export function remedyCatalogueFromValue(value: unknown, fileName: string, lineOf: LineOf = () => undefined): RemedyCatalogue {
  const problem: Problem = (path, reason) =>
    new RuleFileError(fileName, lineOf(path), path.length > 0 ? fieldName(path) : undefined, reason);
  if (!isPlainObject(value)) throw problem([], 'expected a mapping of problem types to remedies');

  const catalogue: RemedyCatalogue = {};
  for (const [type, entry] of Object.entries(value)) {
    if (!isProblemType(type)) throw problem([type], `unknown problem type; expected one of ${PROBLEM_TYPES.join(', ')}`);
    // The short form an admin writes in policy: the remedies alone.
    if (Array.isArray(entry)) {
      catalogue[type] = { keywords: [], remedies: texts(entry, [type], problem, 'remedy') };
      continue;
    }
    if (!isPlainObject(entry)) throw problem([type], 'expected a list of remedies or a mapping with "remedies" and "keywords"');
    for (const key of Object.keys(entry)) {
      if (key !== 'keywords' && key !== 'remedies') throw problem([type, key], 'unknown field; expected "remedies" or "keywords"');
    }
    const { remedies, keywords = [] } = entry;
    if (remedies === undefined) throw problem([type], 'missing field "remedies"');
    if (!Array.isArray(remedies)) throw problem([type, 'remedies'], 'expected a list of remedy texts');
    if (!Array.isArray(keywords)) throw problem([type, 'keywords'], 'expected a list of keywords');
    catalogue[type] = {
      remedies: texts(remedies, [type, 'remedies'], problem, 'remedy'),
      keywords: texts(keywords, [type, 'keywords'], problem, 'keyword').map((k) => k.toLowerCase()),
    };
  }
  return catalogue;
}

/** A policy catalogue over the default one: a type named in the override gets its remedies; keywords add up. */
export function mergeRemedyCatalogues(base: RemedyCatalogue, override: RemedyCatalogue): RemedyCatalogue {
  const merged: RemedyCatalogue = { ...base };
  for (const type of PROBLEM_TYPES) {
    const entry = override[type];
    if (!entry) continue;
    merged[type] = { remedies: entry.remedies, keywords: [...new Set([...(base[type]?.keywords ?? []), ...entry.keywords])] };
  }
  return merged;
}

function texts(list: unknown[], path: Path, problem: Problem, what: 'remedy' | 'keyword'): string[] {
  if (what === 'remedy' && list.length === 0) throw problem(path, 'expected at least one remedy');
  return list.map((item, index) => {
    const at = [...path, index];
    if (typeof item !== 'string' || item.trim() === '') throw problem(at, `expected a non-empty ${what} text`);
    if (item.length > MAX_TEXT_LENGTH) throw problem(at, `${what} is longer than ${MAX_TEXT_LENGTH} characters`);
    for (const slot of item.matchAll(/\{(\w*)\}/g)) {
      if (what === 'keyword' || !REMEDY_SLOTS.has(slot[1]!)) {
        throw problem(at, `unknown placeholder {${slot[1]}}; a remedy may use ${[...REMEDY_SLOTS].map((s) => `{${s}}`).join(', ')}`);
      }
    }
    return item.trim();
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

