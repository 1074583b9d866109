// `composure migrate`: rewrites a version 1 rule file as version 2 in place of its text. Only
// what changes is touched — `version`, and each match block's `phrases`/`words`, which become
// one `patterns` list where the first of them stood — so the file's comments, order and
// quoting survive. The meaning is kept (./migrateV1 says which v1 readings are fixed).
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { patternOfV1Phrase, patternOfV1Words } from './migrateV1';
import { parseYamlWithLines } from './yamlSource';
import { schemaProblems } from './schemaErrors';
import { RuleFileError, RuleFileErrors } from './ruleFileError';
import { fieldName } from './yamlSource';

export interface MigratedText {
  text: string;
  /** False for a file already at version 2 (left as it was). */
  changed: boolean;
  /** Patterns written. */
  patterns: number;
}

export function migrateRuleFileYaml(text: string, file: string): MigratedText {
  // The file must be a valid v1 file first: migrating a broken file would only move the break.
  const { value, lineOf } = parseYamlWithLines(text, file);
  const version = (value as { version?: unknown } | null)?.version;
  if (version === 2) return { text, changed: false, patterns: 0 };
  const problems = schemaProblems(value);
  if (problems.length > 0) throw new RuleFileErrors(problems.map((p) => new RuleFileError(file, lineOf(p.path), fieldName(p.path, value), p.reason)));
  const doc = parseDocument(text);
  doc.set('version', 2);
  let patterns = 0;
  const migrateBlock = (block: unknown, at: (string | number)[]) => {
    if (!isMap(block)) return;
    try {
      patterns += rewriteBlock(doc, block);
    } catch (e) {
      const path = [...at, (e as { field?: string }).field ?? '', (e as { index?: number }).index ?? 0];
      throw new RuleFileError(file, lineOf(path), fieldName(path, value), (e as Error).message);
    }
  };
  const rules = doc.get('rules', true);
  if (isSeq(rules)) {
    rules.items.forEach((rule, i) => {
      if (!isMap(rule)) return;
      migrateBlock(rule.get('match', true), ['rules', i, 'match']);
      migrateBlock(rule.get('unless', true), ['rules', i, 'unless']);
    });
  }
  const signals = doc.get('signals', true);
  if (isMap(signals)) {
    for (const pair of signals.items) migrateBlock(pair.value, ['signals', String((pair.key as { value?: unknown }).value)]);
  }
  return { text: doc.toString({ lineWidth: 0 }), changed: true, patterns };
}

/** Replaces a block's phrases and words with patterns, where the first of them stood. */
function rewriteBlock(doc: Document, block: YAMLMap): number {
  const patterns: string[] = [];
  const phrases = block.get('phrases', true);
  const words = block.get('words', true);
  if (isSeq(phrases)) phrases.items.forEach((item, i) => patterns.push(patternOfV1Phrase(String((item as { value?: unknown }).value), i)));
  if (isSeq(words)) words.items.forEach((item, i) => patterns.push(patternOfV1Words(String((item as { value?: unknown }).value), i)));
  if (patterns.length === 0) return 0;
  const at = block.items.findIndex((pair) => ['phrases', 'words'].includes(String((pair.key as { value?: unknown }).value)));
  const pair = doc.createPair('patterns', patterns);
  block.delete('phrases');
  block.delete('words');
  block.items.splice(at, 0, pair as (typeof block.items)[number]);
  return patterns.length;
}
