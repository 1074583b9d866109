// What `composure lint` finds beyond loading: the traps a rule file can hold while every field
// is valid. Each problem names file, line and field.
//  - a symbol inside a word ("f*ck", "item(s)"), or a word the tokeniser reads differently
//    inside a message: either can never match as written;
//  - two choices, or two patterns of one list, that are the same words once folded;
//  - a rule's pattern that matches its own `ignore` example (anger cues excepted: their ignore
//    examples may show the anger gate at work, which the pattern alone cannot);
//  - a word pattern (one with choices, optional parts or wildcards) or regex that no trigger
//    example exercises, in rules and in signals (a plain phrase needs examples per rule only);
//  - a check's `signal:` naming no signal.
import { analyzeText } from '../analyzeText';
import { compileMatcher } from './matcher';
import { parsePattern, hasChoices, type PatternNode } from './patternSyntax';
import { tokenizeLiteral, tokenizeMessage } from './ruleTokens';
import { matchOf, type LoadedPack } from './loadRulePack';
import { CHECK_PARAMS } from '../detectorCatalogue';
import type { MatchSpec, RuleExample, RuleSpec } from './types';

type Path = (string | number)[];

export function lintPacks(packs: readonly LoadedPack[], knownSignals: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const pack of packs) {
    const report = (path: Path, reason: string) => {
      const { line, field } = pack.locate(path);
      problems.push(`${pack.file}${line ? `:${line}` : ''}: ${field}: ${reason}`);
    };
    lintPack(pack, knownSignals, report);
  }
  return problems;
}

function lintPack(pack: LoadedPack, knownSignals: ReadonlySet<string>, report: (path: Path, reason: string) => void): void {
  (pack.spec.rules ?? []).forEach((rule, i) => {
    for (const block of ['match', 'unless'] as const) {
      if (rule[block]) patternProblems(rule[block], ['rules', i, block], report);
    }
    if (rule.match) {
      const texts = exampleTexts(rule, 'trigger');
      coverageProblems(rule.match, texts, ['rules', i, 'match'], 'trigger example of the rule', report);
      if (rule.category !== 'anger') ownIgnoreProblems(rule, ['rules', i], report);
    }
    for (const [name, type] of Object.entries(CHECK_PARAMS[rule.check ?? ''] ?? {})) {
      const value = rule.params?.[name];
      if (type === 'signal' && typeof value === 'string' && !knownSignals.has(value)) {
        report(['rules', i, 'params', name], `no signal is called "${value}"; signals are ${[...knownSignals].sort().join(', ')}`);
      }
    }
  });
  for (const [name, signal] of Object.entries(pack.spec.signals ?? {})) {
    const match = matchOf(signal);
    patternProblems(match, ['signals', name], report);
    coverageProblems(match, signal.examples?.trigger ?? [], ['signals', name], 'example of the signal (signals.<name>.examples.trigger)', report);
    const matcher = compileMatcher(match);
    (signal.examples?.ignore ?? []).forEach((text, j) => {
      for (const hit of matcher.hits!(analyzeText(text))) report(['signals', name, 'examples', 'ignore', j], `${hit.field}[${hit.index}] ${JSON.stringify(hit.source)} matches this ignore example (on "${hit.evidence}")`);
    });
    (signal.examples?.trigger ?? []).forEach((text, j) => {
      if (matcher.test(analyzeText(text)) === null) report(['signals', name, 'examples', 'trigger', j], 'the signal does not catch this trigger example');
    });
  }
}

/** Words the tokeniser reads differently in a message, and choices or patterns that repeat. */
function patternProblems(block: MatchSpec, at: Path, report: (path: Path, reason: string) => void): void {
  const seen = new Map<string, number>();
  (block.patterns ?? []).forEach((source, i) => {
    const path = [...at, 'patterns', i];
    const node = parsePattern(source);
    const key = canonical(node);
    const earlier = seen.get(key);
    if (earlier !== undefined) report(path, `the same words as patterns[${earlier}] once folded; remove one`);
    else seen.set(key, i);
    for (const [glued] of source.matchAll(GLUED_SYMBOL)) {
      report(path, `"${glued}" has a symbol inside a word, so it can never match as written: ( ) [ ] | * are pattern symbols ("f*ck" reads as f, any word, ck); put spaces around symbols, and use a regex for a literal * ( ) [ ] |`);
    }
    for (const run of literalRuns(source)) {
      const alone = tokenizeLiteral(run).texts;
      const inMessage = tokenizeMessage(`so ${run} then`).texts;
      if (!containsRun(inMessage, alone)) {
        report(path, `"${run}" can never match: in a message the tokeniser reads it as "${inMessage.slice(1, -1).join(' ')}", not "${alone.join(' ')}"`);
      }
    }
    forEachChoice(node, (choice) => {
      const keys = choice.options.map(canonical);
      keys.forEach((k, j) => {
        const first = keys.indexOf(k);
        if (first < j) report(path, `choices "${choice.sources[first]}" and "${choice.sources[j]}" are the same words once folded (contractions and spellings are folded: "I'm" is "i am", "cancelling" is "canceling"); the second can never add a match`);
      });
    });
  });
}

function coverageProblems(block: MatchSpec, texts: string[], at: Path, what: string, report: (path: Path, reason: string) => void): void {
  const matcher = compileMatcher(block);
  const exercised = new Set<string>();
  for (const text of texts) for (const hit of matcher.hits!(analyzeText(text))) exercised.add(`${hit.field}:${hit.index}`);
  (block.patterns ?? []).forEach((source, i) => {
    if (hasChoices(parsePattern(source)) && !exercised.has(`patterns:${i}`)) report([...at, 'patterns', i], `no ${what} exercises this word pattern; add one it matches`);
  });
  (block.regex ?? []).forEach((_, i) => {
    if (!exercised.has(`regex:${i}`)) report([...at, 'regex', i], `no ${what} exercises this regex; add one it matches`);
  });
}

function ownIgnoreProblems(rule: RuleSpec, at: Path, report: (path: Path, reason: string) => void): void {
  const match = compileMatcher(rule.match!);
  const unless = rule.unless && compileMatcher(rule.unless);
  rule.examples.ignore.forEach((example, j) => {
    const text = judgedText(rule, example);
    if (text === undefined) return;
    const analyzed = analyzeText(text);
    if (unless && unless.test(analyzed) !== null) return;
    for (const hit of match.hits!(analyzed)) {
      if (hit.field === 'caps' || hit.field === 'exclamations') continue;
      report([...at, 'examples', 'ignore', j], `match.${hit.field}[${hit.index}] ${JSON.stringify(hit.source)} matches this ignore example (on "${hit.evidence}"); narrow the pattern or add an unless`);
    }
  });
}

/** The texts a rule's examples of one kind judge: a message, or a chat's last turn by the rule's speaker. */
export function exampleTexts(rule: RuleSpec, kind: 'trigger' | 'ignore'): string[] {
  return rule.examples[kind].map((e) => judgedText(rule, e)).filter((t): t is string => t !== undefined);
}

function judgedText(rule: RuleSpec, example: RuleExample): string | undefined {
  if (typeof example === 'string') return example;
  const last = example.turns[example.turns.length - 1];
  if (!last) return undefined;
  const speaker = rule.speaker ?? (rule.category === 'anger' || rule.category === 'escalation' ? 'customer' : 'agent');
  if (speaker !== 'agent' && last.customer !== undefined) return last.customer;
  if (speaker !== 'customer') return last.agent ?? last.draft;
  return undefined;
}

const SYMBOLS = /[()[\]|*]/;
// A symbol with a letter or digit on both sides, or an opening bracket right after a word.
const GLUED_SYMBOL = /[\p{L}\p{N}']+(?:[*|][\p{L}\p{N}']+|[([][\p{L}\p{N}']*[)\]]?)[\p{L}\p{N}']*/gu;

function literalRuns(source: string): string[] {
  return source
    .split(SYMBOLS)
    .map((run) => run.trim())
    .filter((run) => run !== '');
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((t, j) => haystack[i + j] === t)) return true;
  return false;
}

function canonical(node: PatternNode): string {
  switch (node.type) {
    case 'word':
      return node.text;
    case 'any':
      return '*';
    case 'optional':
      return `[${canonical(node.node)}]`;
    case 'sequence':
      return node.items.map(canonical).join(' ');
    case 'choice':
      return `(${node.options.map(canonical).join('|')})`;
  }
}

function forEachChoice(node: PatternNode, visit: (choice: Extract<PatternNode, { type: 'choice' }>) => void): void {
  if (node.type === 'choice') {
    visit(node);
    node.options.forEach((o) => forEachChoice(o, visit));
  } else if (node.type === 'sequence') node.items.forEach((i) => forEachChoice(i, visit));
  else if (node.type === 'optional') forEachChoice(node.node, visit);
}
