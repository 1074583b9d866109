// Hostile and broken input (property-based): a clear error or a sane result, never a crash or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRulePackValue, loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { RuleFileError, RuleFileErrors } from '../../src/engine/rules/ruleFileError';
import { readTranscripts, TranscriptError } from '../../src/engine/transcript';
import type { Turn } from '../../src/engine/types';
import { bundledEngine } from '../helpers/engine';

const engine = bundledEngine();

// Text a chat widget can deliver: RTL, emoji with joiners, zero-width and combining marks, NULs.
const oddText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('', ' ', '\u200b\u200c\u200d', 'مرحبا، طلبي لم يصل!!!', '👩‍👩‍👧‍👦🔥🔥🔥', 'e\u0301\u0301\u0301', '\u0000\u0001', 'A'.repeat(6000), '!?'.repeat(3000), 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗'),
);

const turnArb: fc.Arbitrary<Turn> = fc.record(
  {
    speaker: fc.constantFrom('customer', 'agent', 'system'),
    text: oddText,
    at: fc.oneof(fc.integer({ min: 0, max: 4e12 }), fc.constantFrom('2026-11-22T10:00:05Z', 'not a date', '')),
    typing: fc.boolean(),
  },
  { requiredKeys: ['speaker'] },
) as fc.Arbitrary<Turn>;

function isCleanError(e: unknown): boolean {
  return e instanceof RuleFileError || e instanceof RuleFileErrors || e instanceof TranscriptError;
}

describe('robustness', () => {
  it('any sequence of odd turns gives sane results', () => {
    fc.assert(
      fc.property(fc.array(turnArb, { maxLength: 12 }), fc.option(fc.string({ maxLength: 40 })), (turns, name) => {
        const conversation = engine.startConversation({ customer: name === null ? undefined : { name } });
        turns.forEach((turn, i) => {
          const r = conversation.addTurn(turn);
          expect(r.turn).toBe(i);
          expect(r.anger).toBeGreaterThanOrEqual(0);
          expect(r.anger).toBeLessThanOrEqual(1);
          expect(Number.isFinite(r.conversation.level)).toBe(true);
          for (const s of r.suggestions) expect(s.text).not.toMatch(/\{(name|problem|remedy|contact|day)\}/);
        });
        conversation.previewDraft('Calm down!!!');
      }),
      { numRuns: 150 },
    );
  });

  it('a header name of a letter and a stray period ("a .", found by the property above) starts a chat', () => {
    for (const name of ['a .', 'b . .', ' . ', '.']) {
      const conversation = engine.startConversation({ customer: { name } });
      expect(conversation.addTurn({ speaker: 'customer', text: 'Where is my parcel?' }).turn).toBe(0);
    }
  });

  it('random bytes as a transcript file: parsed or a TranscriptError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ turns: v }))), (text) => {
        try {
          const transcripts = readTranscripts(text, 'fuzz.json');
          for (const t of transcripts) expect(Array.isArray(t.turns)).toBe(true);
        } catch (e) {
          expect(isCleanError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random YAML and JSON as a rule pack: loaded or a RuleFileError naming the file', () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom('version: 1\nrules: [', 'a: &a [*a]', 'version: 1\nrules:\n  - id: x.y\n    category: anger\n    match: {regex: ["(?<=a)b"]}\n    message: m\n    examples: {trigger: [a], ignore: [b]}', '- - - -', 'version: 1\nrules: {}', '\t\tversion: 1'),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          loadRulePackYaml(text, 'rules/fuzz.yaml');
        } catch (e) {
          expect(isCleanError(e), String(e)).toBe(true);
          expect((e as Error).message).toMatch(/^rules\/fuzz\.yaml/);
        }
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          loadRulePackValue(value, 'policy');
        } catch (e) {
          expect(isCleanError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a YAML alias bomb is refused, not expanded', () => {
    const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nversion: 1\n`;
    expect(() => loadRulePackYaml(bomb, 'rules/bomb.yaml')).toThrow(RuleFileError);
    expect(() => loadRulePackYaml(bomb, 'rules/bomb.yaml')).toThrow(/^rules\/bomb\.yaml: YAML: .*alias/i);
  });
});
