// Rule patterns, version 2: words in the order they must appear, with four symbols that each
// mean one thing everywhere —
//   ( a | b c )  one of the choices; a choice runs from bracket (or bar) to bar (or bracket)
//   [ a | b c ]  optional: the same, or nothing
//   *            any one word
//   a | b        at the top level: the whole pattern is one of the choices
// Everything else is words (and punctuation, matched as written), read by the same tokeniser
// as the message: "I'm" is "i am", "cancelling" is "canceling".
import { tokenizeLiteral } from './ruleTokens';

export type PatternNode =
  | { type: 'word'; id: number; text: string }
  | { type: 'any' }
  | { type: 'sequence'; items: PatternNode[] }
  | { type: 'choice'; options: PatternNode[]; sources: string[] }
  | { type: 'optional'; node: PatternNode };

export class PatternSyntaxError extends Error {}

// A pattern deeper than this is unreadable and would only serve to exhaust the parser's stack.
const MAX_NESTING = 8;

const SYMBOLS = new Set(['(', ')', '[', ']', '|', '*']);

interface Cursor {
  source: string;
  at: number;
  depth: number;
}

// A pack is checked (limits, lint) and compiled from the same patterns: each is read once.
const parsed = new Map<string, PatternNode>();

export function parsePattern(source: string): PatternNode {
  let node = parsed.get(source);
  if (!node) parsed.set(source, (node = parseUncached(source)));
  return node;
}

function parseUncached(source: string): PatternNode {
  const cursor: Cursor = { source, at: 0, depth: 0 };
  const node = parseChoice(cursor, undefined);
  if (cursor.at < source.length) throw new PatternSyntaxError(`"${source[cursor.at]}" at character ${cursor.at + 1} closes nothing`);
  if (canBeEmpty(node)) throw new PatternSyntaxError('every part is optional, so it would match any message; make at least one word required');
  if (!hasWord(node)) throw new PatternSyntaxError('needs at least one word that is not * (a pattern of wildcards matches any message)');
  return node;
}

/** Choices separated by `|` up to `close` (or the end of the pattern). */
function parseChoice(cursor: Cursor, close: ')' | ']' | undefined): PatternNode {
  const options: PatternNode[] = [];
  const sources: string[] = [];
  for (;;) {
    const from = cursor.at;
    const sequence = parseSequence(cursor);
    const text = cursor.source.slice(from, cursor.at).trim();
    if (sequence.items.length === 0) {
      throw new PatternSyntaxError(text === '' ? `empty choice at character ${from + 1} (two "|" in a row, or "|" next to a bracket)` : `"${text}" has no words the tokeniser keeps`);
    }
    options.push(sequence.items.length === 1 ? sequence.items[0]! : sequence);
    sources.push(text);
    const next = cursor.source[cursor.at];
    if (next === '|') {
      cursor.at++;
      continue;
    }
    if (next === undefined && close) throw new PatternSyntaxError(`"${close === ')' ? '(' : '['}" is never closed`);
    if ((next === ')' || next === ']') && next !== close) {
      throw new PatternSyntaxError(close ? `"${next}" at character ${cursor.at + 1} does not close the "${close === ')' ? '(' : '['}" before it` : `"${next}" at character ${cursor.at + 1} closes nothing`);
    }
    break;
  }
  return options.length === 1 ? options[0]! : { type: 'choice', options, sources };
}

function parseSequence(cursor: Cursor): { type: 'sequence'; items: PatternNode[] } {
  const items: PatternNode[] = [];
  const { source } = cursor;
  while (cursor.at < source.length) {
    const c = source[cursor.at]!;
    if (c === '|' || c === ')' || c === ']') break;
    if (c === '(' || c === '[') {
      if (++cursor.depth > MAX_NESTING) throw new PatternSyntaxError(`brackets nest more than ${MAX_NESTING} deep`);
      cursor.at++;
      const close = c === '(' ? ')' : ']';
      const inner = parseChoice(cursor, close);
      cursor.at++; // the closing bracket
      cursor.depth--;
      items.push(c === '(' ? inner : { type: 'optional', node: inner });
      continue;
    }
    if (c === '*') {
      cursor.at++;
      items.push({ type: 'any' });
      continue;
    }
    let end = cursor.at;
    while (end < source.length && !SYMBOLS.has(source[end]!)) end++;
    const literal = source.slice(cursor.at, end);
    cursor.at = end;
    if (literal.trim() === '') continue;
    const tokens = tokenizeLiteral(literal);
    tokens.texts.forEach((text, i) => items.push({ type: 'word', id: tokens.ids[i]!, text }));
  }
  return { type: 'sequence', items };
}

export function canBeEmpty(node: PatternNode): boolean {
  switch (node.type) {
    case 'word':
    case 'any':
      return false;
    case 'optional':
      return true;
    case 'sequence':
      return node.items.every(canBeEmpty);
    case 'choice':
      return node.options.some(canBeEmpty);
  }
}

function hasWord(node: PatternNode): boolean {
  switch (node.type) {
    case 'word':
      return true;
    case 'any':
      return false;
    case 'optional':
      return hasWord(node.node);
    case 'sequence':
      return node.items.some(hasWord);
    case 'choice':
      return node.options.some(hasWord);
  }
}

/** Word positions (words and wildcards) written in the pattern: its size, for the limits. */
export function patternSize(node: PatternNode): number {
  switch (node.type) {
    case 'word':
    case 'any':
      return 1;
    case 'optional':
      return patternSize(node.node);
    case 'sequence':
      return node.items.reduce((n, item) => n + patternSize(item), 0);
    case 'choice':
      return node.options.reduce((n, option) => n + patternSize(option), 0);
  }
}

/** Does the pattern use choices, optional parts or wildcards (a "word pattern", not a plain phrase)? */
export function hasChoices(node: PatternNode): boolean {
  switch (node.type) {
    case 'word':
      return false;
    case 'any':
    case 'optional':
    case 'choice':
      return true;
    case 'sequence':
      return node.items.some(hasChoices);
  }
}
