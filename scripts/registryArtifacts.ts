// What is written from the detector registry (src/engine/detectors), so that a category is
// declared in one file: the schema's lists (rules/schema.json, managed_schema.json), what rule
// loading, lint and the panel know of the detectors (src/engine/detectorCatalogue.ts) and
// README's tables of checks and categories. Lists follow the published vocabulary's order
// (src/engine/types.ts, docs/interfaces.md §3), then each detector's own order.
// scripts/generate-registry.ts writes them; tests/unit/registry.test.ts fails when one drifts.
import { CORE_SIGNALS } from '../src/engine/pipeline/foldTurn';
import { DETECTOR_BY_CATEGORY, DETECTORS } from '../src/engine/detectors';
import type { Detector } from '../src/engine/detectors/types';
import { FLAG_CATEGORIES, SUGGESTION_KINDS } from '../src/engine/types';

export const CATALOGUE_FILE = 'src/engine/detectorCatalogue.ts';
export const SCHEMA_FILE = 'rules/schema.json';
export const MANAGED_SCHEMA_FILE = 'managed_schema.json';
export const README_FILE = 'README.md';

/** The detectors in the vocabulary's order. */
function inVocabularyOrder(): Detector[] {
  return FLAG_CATEGORIES.flatMap((category) => {
    const detector = DETECTOR_BY_CATEGORY.get(category);
    return detector ? [detector] : [];
  });
}

/** Where the registry and the published vocabulary disagree (each must name what the other does). */
export function vocabularyProblems(): string[] {
  const problems: string[] = [];
  const categories = DETECTORS.map((d) => d.category);
  for (const c of FLAG_CATEGORIES) if (!categories.includes(c)) problems.push(`category ${c} has no detector (src/engine/detectors/index.ts)`);
  for (const c of categories) if (categories.indexOf(c) !== categories.lastIndexOf(c)) problems.push(`category ${c} has two detectors`);
  const shown = new Set(DETECTORS.flatMap((d) => d.shows ?? []));
  for (const k of SUGGESTION_KINDS) if (!shown.has(k)) problems.push(`suggestion kind ${k} is shown by no detector (\`shows\`)`);
  const checks = DETECTORS.flatMap((d) => Object.keys(d.checks ?? {}).map((name) => [d.category, name] as const));
  for (const [category, name] of checks) if (!name.startsWith(`${category}.`)) problems.push(`check ${name} of ${category} is not named ${category}.<something>`);
  return problems;
}

export function checkNames(): string[] {
  return inVocabularyOrder().flatMap((d) => Object.keys(d.checks ?? {}));
}

export function ruleKinds(): string[] {
  const shown = new Set(DETECTORS.flatMap((d) => d.shows ?? []));
  return SUGGESTION_KINDS.filter((k) => shown.has(k));
}

/** The signals the checks and folds cannot do without, each once. */
export function requiredSignals(): string[] {
  return [...new Set([...inVocabularyOrder().flatMap((d) => d.signals ?? []), ...CORE_SIGNALS])];
}

/** rules/schema.json with its lists of categories, kinds and checks from the registry. */
export function schemaText(current: string): string {
  const schema = JSON.parse(current);
  const defs = schema.$defs;
  defs.category.enum = inVocabularyOrder().map((d) => d.category);
  defs.kind.enum = ruleKinds();
  defs.rule.properties.check.enum = checkNames();
  return JSON.stringify(schema, null, 2);
}

/** managed_schema.json with its descriptions of categories and kinds from the registry. */
export function managedSchemaText(current: string): string {
  const schema = JSON.parse(current);
  const lists: Record<string, string[]> = { category: inVocabularyOrder().map((d) => d.category), kind: ruleKinds() };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const list = lists[key];
      if (list && value && typeof value === 'object' && typeof (value as { description?: unknown }).description === 'string' && (value as { description: string }).description.startsWith('One of: ')) {
        (value as { description: string }).description = `One of: ${list.join(', ')}.`;
      }
      visit(value);
    }
  };
  visit(schema);
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Lint's knowledge of the checks, the kinds each category shows and the signals required. */
export function catalogueText(): string {
  const detectors = inVocabularyOrder();
  const params = detectors.flatMap((d) => Object.entries(d.checks ?? {}).map(([name, c]) => `  ${quoted(name)}: ${objectLiteral(c.params)},`));
  const kinds = detectors.map((d) => `  ${key(d.category)}: [${(d.shows ?? []).map(quoted).join(', ')}],`);
  return [
    '// Generated from the detector registry (src/engine/detectors) by `npx tsx scripts/generate-registry.ts`:',
    '// do not edit. Rule loading, lint and the side panel read it here rather than from the detectors,',
    "// so that they don't load the engine (the options page, policy and the panel work without it).",
    "import type { ParamType } from './checkParams';",
    "import type { FlagCategory, SuggestionKind } from './types';",
    '',
    '/** The params each built-in check reads, and their types. */',
    'export const CHECK_PARAMS: Readonly<Record<string, Readonly<Record<string, ParamType>>>> = {',
    ...params,
    '};',
    '',
    '/** The suggestion kinds each category shows from its rules\' templates (`suggest:`). */',
    'export const KINDS_SHOWN: Readonly<Record<FlagCategory, readonly SuggestionKind[]>> = {',
    ...kinds,
    '};',
    '',
    '/** The signals the checks cannot do without: a rule set lacking one is a lint problem. */',
    `export const REQUIRED_SIGNALS: readonly string[] = [${requiredSignals().map(quoted).join(', ')}];`,
    '',
    '/** For ./nextStep.ts: how soon a flag wants acting on, the cards that answer it, whether a draft is reworded first. */',
    'export const NEXT_STEP: Readonly<Record<FlagCategory, { urgency: number; answeredBy: readonly SuggestionKind[]; rewords: boolean }>> = {',
    ...detectors.map((d) => `  ${key(d.category)}: { urgency: ${d.urgency}, answeredBy: [${d.answeredBy.map(quoted).join(', ')}], rewords: ${!!d.rewords} },`),
    '};',
    '',
  ].join('\n');
}

function quoted(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

function key(name: string): string {
  return /^[a-z]\w*$/i.test(name) ? name : quoted(name);
}

function objectLiteral(record: Readonly<Record<string, string>>): string {
  const entries = Object.entries(record).map(([k, v]) => `${key(k)}: ${quoted(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

const CHECKS_START = '<!-- checks: generated by scripts/generate-registry.ts from src/engine/detectors; do not edit -->';
const CHECKS_END = '<!-- /checks -->';
const CATEGORIES_START = '<!-- categories: generated by scripts/generate-registry.ts from src/engine/detectors; do not edit -->';
const CATEGORIES_END = '<!-- /categories -->';

/** README with its tables of checks and of categories written from the registry, between their markers. */
export function readmeText(current: string): string {
  return between(between(current, CHECKS_START, CHECKS_END, checksTable()), CATEGORIES_START, CATEGORIES_END, categoriesTable());
}

function checksTable(): string {
  const rows = inVocabularyOrder().flatMap((d) =>
    Object.entries(d.checks ?? {}).map(([name, c]) => {
      const params = Object.entries(c.params).map(([p, type]) => `\`${p}\` (${type})`);
      return `| \`${name}\` | ${params.length ? params.join(', ') : '—'} | ${cell(c.docs)} |`;
    }),
  );
  return ['| Check | Params | Flags |', '| --- | --- | --- |', ...rows].join('\n');
}

function categoriesTable(): string {
  const rows = inVocabularyOrder().map((d) => `| \`${d.category}\` | ${d.playbook} | ${cell(d.docs)} | ${(d.shows ?? []).join(', ') || '—'} |`);
  return ['| Category | Playbook step | What it is about | `suggest:` kinds |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function between(text: string, start: string, end: string, body: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${README_FILE}: markers ${start} … ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}
