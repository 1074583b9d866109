// Version 1's matching, kept only as the reference the migration is tested against: `phrases`
// matched runs of the normalised text's units, `words` matched wink tokens slot by slot (`|`
// at one word position, `?` optional), punctuation skipped. Backtracking, so short texts only.
import type { AnalyzedText } from '../../src/engine/analyzeText';

const UNIT = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

export function v1PhraseMatches(phrase: string, text: AnalyzedText): boolean {
  const want = [...phrase.trim().toLowerCase().matchAll(UNIT)].map((m) => m[0]);
  const units = [...text.normalized.matchAll(UNIT)].map((m) => m[0]);
  for (let i = 0; i + want.length <= units.length; i++) if (want.every((w, j) => units[i + j] === w)) return true;
  return false;
}

export function v1WordsMatches(pattern: string, text: AnalyzedText): boolean {
  const slots = pattern
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith('?') && part.length > 1;
      const body = optional ? part.slice(0, -1) : part;
      return { words: body === '*' ? ('any' as const) : new Set(body.split('|').filter(Boolean)), optional };
    });
  const words = text.tokens.filter((_, i) => text.types[i] !== 'punctuation');
  const at = (s: number, pos: number): boolean => {
    if (s === slots.length) return true;
    const slot = slots[s]!;
    if (pos < words.length && (slot.words === 'any' || slot.words.has(words[pos]!)) && at(s + 1, pos + 1)) return true;
    return slot.optional && at(s + 1, pos);
  };
  for (let start = 0; start < words.length; start++) if (at(0, start)) return true;
  return false;
}
