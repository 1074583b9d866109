// The strings a regular expression's every match contains (requiredStrings.ts), and the one-pass
// gate built from them (literalGates.ts): a gate may let through a text the pattern does not
// match, never stop one it does.
import { describe, expect, it } from 'vitest';
import { LiteralGates } from '../../src/engine/rules/literalGates';
import { compileMatcher } from '../../src/engine/rules/matcher';
import { requiredStrings } from '../../src/engine/rules/requiredStrings';
import { analyzeText } from '../../src/engine/analyzeText';

const required = (source: string, unicode = false) => {
  const set = requiredStrings(source, unicode);
  return set && [...set].sort();
};

describe('requiredStrings', () => {
  it('takes the words of an alternation', () => {
    expect(required(String.raw`\b(?:twice|double|two times)\b`)).toEqual(['double', 'twice', 'two times']);
  });

  it('spells out short runs of known parts, optional ones included', () => {
    expect(required('a[bc]d?e')).toEqual(['abde', 'abe', 'acde', 'ace']);
  });

  it('picks the most telling part of a sequence', () => {
    expect(required(String.raw`\b(?:we|i)(?:'re| are)? (?:unable|not able) to`)).toEqual(['not able', 'unable']);
  });

  it('reads through lookarounds and anchors, which match no characters', () => {
    expect(required(String.raw`^(?<!no )(?:yes|ok)\b(?! thanks)$`)).toEqual(['ok', 'yes']);
  });

  it('needs every option of an alternation to need something', () => {
    expect(required(String.raw`\bfoo|\w+bar`)).toEqual(['bar', 'foo']);
    expect(required(String.raw`\bfoo|\w+`)).toBeUndefined();
    expect(required('(?:foo)?bar?')).toEqual(['ba', 'bar', 'fooba', 'foobar']);
  });

  it('reads through repeats of single characters to what every match spells ("f+u+c+k+" needs "fu")', () => {
    expect(required('f+u+c+k+')).toEqual(['fu']);
    expect(required(String.raw`\b(?:f+u+c+k+|sh[i1]+t)\b`)).toEqual(['fu', 'sh1', 'shi']);
    const gates = new LiteralGates([/f+u+c+k+/]);
    for (const text of ['fuck', 'ffffuuuuck', 'what the fuuuck']) expect(gates.mayMatch(text)).toBe(1);
    expect(gates.mayMatch('fine, thanks')).toBe(0);
  });

  it('keeps what a repeated part needs once', () => {
    expect(required('(?:x|y)+z*')).toEqual(['x', 'y']);
    expect(required('(?:ab){2,3}')).toEqual(['ab']);
  });

  it('lists a class of a few characters, not a range or a negated class', () => {
    expect(required('[,;]$')).toEqual([',', ';']);
    expect(required('[a-c]x')).toEqual(['x']);
    expect(required('[^a]')).toBeUndefined();
  });

  it('reads a character beyond the basic plane as one only with the u flag', () => {
    expect(required('[😂🤣]', true)).toEqual(['😂', '🤣']);
    expect(required('[😂]', false)).toEqual(['\ud83d', '\ude02']);
  });

  it('passes over a set larger than the caller can use for a smaller one every match also needs', () => {
    const source = String.raw`\b(?:put|share) (?:on|to) (?:twitter|facebook|tiktok|reddit|instagram|youtube)\b`;
    expect(required(source)).toEqual(['facebook', 'instagram', 'reddit', 'tiktok', 'twitter', 'youtube']);
    expect([...requiredStrings(source, false, 4)!].sort()).toEqual(['put', 'share']);
    expect(requiredStrings(String.raw`\b(?:a|b|c|d|e)(?:f|g|h|i|j)`, false, 4)).toBeUndefined();
  });

  it('gives nothing for syntax it does not read', () => {
    expect(required(String.raw`(a)\1`)).toBeUndefined();
    expect(required('(?<name>a)b')).toBeUndefined();
    expect(required('a{')).toBeUndefined();
  });
});

describe('LiteralGates', () => {
  const patterns = [/\b(?:twice|double)\b/, /\b(?:food|meal)s?\b/, /hello/i, /[😂🤣]/u, /\bnot (?:yet|now)\b/];
  const gates = new LiteralGates(patterns);

  it('sets the bit of each pattern one of whose strings the text contains', () => {
    expect(gates.mayMatch('charged twice for my meals')).toBe(0b00111);
    expect(gates.mayMatch('not yet')).toBe(0b10100);
  });

  it('always runs a case-insensitive pattern', () => {
    expect(gates.mayMatch('')).toBe(0b00100);
  });

  it('reads every character beyond ASCII alike: any such text may match a string that has one', () => {
    expect(gates.mayMatch('so funny 😂') & 0b01000).not.toBe(0);
    expect(gates.mayMatch('happy 😀') & 0b01000).not.toBe(0);
    expect(gates.mayMatch('happy :)') & 0b01000).toBe(0);
  });

  it('never stops a text a pattern matches', () => {
    const texts = ['double trouble', 'doubled', 'meal deal', 'food!', 'nothing', 'not now, thanks', 'knot yet', 'no meals twice', '🤣🤣', 'x'];
    for (const text of texts) {
      patterns.forEach((pattern, i) => {
        if (pattern.test(text)) expect(gates.mayMatch(text) & (1 << i), `${pattern} on ${text}`).not.toBe(0);
      });
    }
  });

  it('tells several groups in one pass, as a gate per group would', () => {
    const groups = [[/\btwice\b/, ['meal', 'food']], [/hello/i, /\bnot (?:yet|now)\b/], [['abcd'], ['bc'], ['cde']]];
    const together = new LiteralGates(groups[0]!, ...groups.slice(1));
    const apart = groups.map((group) => new LiteralGates(group));
    const bits = new Int32Array(groups.length);
    for (const text of ['charged twice for my meals', 'not yet', 'xabcde', 'abcx', '', 'food 😂 not now']) {
      together.mayMatchEach(text, bits);
      expect([...bits], text).toEqual(apart.map((gate) => gate.mayMatch(text)));
    }
  });

  it('finds strings that overlap or end inside one another', () => {
    const overlapping = new LiteralGates([/abcd/, /bc/, /cde/]);
    expect(overlapping.mayMatch('xabcde')).toBe(0b111);
    expect(overlapping.mayMatch('abcx')).toBe(0b010);
  });
});

describe('a rule regex anchored at the start of the text', () => {
  // Only a text opening with its words is run through RE2; the answer is RE2's either way.
  it('matches what RE2 matches, and nothing else', () => {
    const cases: [string, string, boolean][] = [
      [String.raw`^\s*no\s*[.!]+\s+i(?:'m| am)? ?(?:not|never|want)\b`, 'No. I want it refunded', true],
      [String.raw`^\s*no\s*[.!]+\s+i(?:'m| am)? ?(?:not|never|want)\b`, 'I said no. I want it refunded', false],
      [String.raw`^\s* no`, 'no', false],
      [String.raw`^\s*no`, 'No way', true],
      [String.raw`^no ?thanks`, 'nothanks', true],
      [String.raw`^ab{0,2}c`, 'ac', true],
      [String.raw`^ok|fine`, 'that is fine', true],
      [String.raw`^ok[]|]x`, '|x', false],
    ];
    for (const [source, text, matches] of cases) expect(compileMatcher({ regex: [source] }).test(analyzeText(text)) !== null, `${source} on ${text}`).toBe(matches);
  });
});
