// Regexes read on a message's raw words, each run only when the lower-cased message holds one of
// its lower-cased strings (caselessGates.ts): a gate may let through a message the regex does not
// match, never stop one it does, whatever the case it is written in.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { CaselessGates, caselessStrings } from '../../src/engine/rules/caselessGates';

describe('caselessStrings', () => {
  it('lower-cases the strings of a case-insensitive regex', () => {
    expect(caselessStrings(/\b(?:Thanks|[Cc]heers)\b/i)?.sort()).toEqual(['cheers', 'cheers', 'thanks']);
  });

  it('keeps the longest ASCII run of a string beyond ASCII, and gives none for a string with no ASCII', () => {
    expect(caselessStrings(/\b(?:cuídate|au revoir)\b/i)?.sort()).toEqual(['au revoir', 'date']);
    expect(caselessStrings(/[😀🙂]/u)).toBeUndefined();
  });

  it('gives none for a regex that keeps state or folds case the Unicode way', () => {
    expect(caselessStrings(/thanks/gi)).toBeUndefined();
    expect(caselessStrings(/thanks/iu)).toBeUndefined();
  });
});

describe('CaselessGates', () => {
  const THANKS = /\bthank you\b/i;
  const BYE = /\bbye\b/;
  const ANY = /\w+$/i;
  const SCRIPTED = /\bscript(?:ed)?\b/i;
  const gates = new CaselessGates([THANKS, BYE, ANY, { pattern: SCRIPTED, strings: ['script'] }]);

  it('runs a case-insensitive regex on a message holding its strings in any case', () => {
    expect(gates.test(THANKS, analyzeText('THANK YOU so much'))).toBe(true);
    expect(gates.test(THANKS, analyzeText('Thank You'))).toBe(true);
    expect(gates.test(SCRIPTED, analyzeText('Not a SCRIPTED answer please'))).toBe(true);
  });

  it('answers as the regex does on the raw words', () => {
    for (const raw of ['thank you', 'THANKYOU', 'bye', 'Bye', 'BYE now', 'ok', 'Stop reading the Script']) {
      const text = analyzeText(raw);
      for (const pattern of [THANKS, BYE, ANY, SCRIPTED]) expect(gates.test(pattern, text)).toBe(pattern.test(raw));
    }
  });

  it('does not run a regex on a message without its strings', () => {
    const text = analyzeText('where is my parcel');
    const seen: string[] = [];
    const spy = (pattern: RegExp) => {
      const test = pattern.test.bind(pattern);
      pattern.test = (s: string) => (seen.push(pattern.source), test(s));
    };
    const thanks = /\bthank you\b/i;
    const own = new CaselessGates([thanks]);
    spy(thanks);
    expect(own.test(thanks, text)).toBe(false);
    expect(seen).toEqual([]);
    expect(own.test(thanks, analyzeText('Thank you!'))).toBe(true);
    expect(seen).toEqual([thanks.source]);
  });

  it('refuses a regex it was not given', () => {
    expect(() => gates.test(/other/, analyzeText('other'))).toThrow(RangeError);
  });
});
