import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { WordAutomaton, type StepCounter } from '../../src/engine/rules/automaton';
import { compileMatcher, PatternIndex } from '../../src/engine/rules/matcher';
import { loadRulePackValue, loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { parsePattern } from '../../src/engine/rules/patternSyntax';
import { RuleFileErrors } from '../../src/engine/rules/ruleFileError';
import { tokenizeMessage } from '../../src/engine/rules/ruleTokens';
import { importRulePack } from '../../src/options/rulePackImport';
import { readPolicy } from '../../src/policy/readPolicy';

function matches(pattern: string, message: string): string | null {
  return compileMatcher({ patterns: [pattern] }).test(analyzeText(message));
}

function packWith(match: Record<string, unknown>, version = 2) {
  return {
    version,
    pack: 'team',
    rules: [{ id: 'team.rule', category: 'agent-tone', match, message: 'x', examples: { trigger: ['x'], ignore: ['y'] } }],
  };
}

function loadErrors(value: unknown): string[] {
  try {
    loadRulePackValue(value, 'team.json');
    return [];
  } catch (e) {
    if (e instanceof RuleFileErrors) return e.errors.map((x) => x.message);
    throw e;
  }
}

describe('one tokeniser for patterns and messages', () => {
  it('folds contractions and spellings on both sides', () => {
    expect(matches('i am cancelling my order', "I'm canceling my order")).not.toBeNull();
    expect(matches("I'm cancelling my order", 'I am canceling my order now')).not.toBeNull();
    expect(matches('will not pay', "I won't pay for this")).not.toBeNull();
    expect(matches("(i'll | i will) sue", 'I will sue')).not.toBeNull();
    expect(matches("'ll sue", "We'll sue you")).not.toBeNull();
    expect(matches('the colour', 'I hate the color')).not.toBeNull();
    expect(matches("you're useless", 'you are useless')).not.toBeNull();
    expect(matches("can't log in", 'I cannot log in')).not.toBeNull();
    expect(matches("can't log in", 'I can log in')).toBeNull();
  });

  it('reads chat shorthand without apostrophes as the words it stands for', () => {
    expect(matches("i'm so angry", 'im so angry rn')).not.toBeNull();
    expect(matches('i will come down there', 'unban me or ill come down there')).not.toBeNull();
    expect(matches("that's not good enough", 'thats not good enough')).not.toBeNull();
    expect(matches('you call this', 'u call this service?')).not.toBeNull();
    // "ill" is "I'll" only before what one would do.
    expect(matches('i will', 'I have been ill for a week')).toBeNull();
    expect(matches('i will', 'ill health means I cannot travel')).toBeNull();
    // Words that are names of object properties are words like any other.
    expect(tokenizeMessage('the constructor of toString').texts).toEqual(['the', 'constructor', 'of', 'tostring']);
  });

  it('reads the same token stream whether a word sits in a pattern or in a message', () => {
    const message = tokenizeMessage("I'm cancelling, I won't wait and I'll call");
    expect(message.texts).toEqual(['i', 'am', 'canceling', ',', 'i', 'will', 'not', 'wait', 'and', 'i', 'will', 'call']);
  });
});

describe('pattern syntax', () => {
  it('groups choices explicitly: a choice runs to its brackets or bars', () => {
    const legal = '(call | calling | speak to | speaking to | contact | contacting) my (lawyer | attorney | solicitor)';
    expect(matches(legal, "I'm calling my lawyer")).toBe('calling my lawyer');
    expect(matches(legal, "I'll be speaking to my attorney")).toBe('speaking to my attorney');
    expect(matches(legal, 'I am contacting my solicitor')).toBe('contacting my solicitor');
    expect(matches(legal, 'My lawyer is my sister')).toBeNull();
    expect(matches(legal, 'speak my lawyer')).toBeNull();
  });

  it('reads [ ] as optional, * as any one word, and a top-level | as whole alternatives', () => {
    expect(matches('i [really | truly] want a refund', 'I want a refund')).not.toBeNull();
    expect(matches('i [really | truly] want a refund', 'I truly want a refund')).not.toBeNull();
    expect(matches('i [really | truly] want a refund', 'I badly want a refund')).toBeNull();
    expect(matches('* times already', 'I called four times already')).toBe('four times already');
    expect(matches('take you to court | see you in court', 'see you in court then')).not.toBeNull();
    expect(matches('take you to court | see you in court', 'take you in court')).toBeNull();
  });

  it('matches punctuation the pattern writes; skips other punctuation, but not a sentence end', () => {
    expect(matches('seriously ?', 'Seriously? Again?')).not.toBeNull();
    expect(matches('seriously ?', 'Seriously, again')).toBeNull();
    expect(matches('one star review', 'a one-star review')).not.toBeNull();
    expect(matches('sue you', 'I will sue, you know')).not.toBeNull();
    expect(matches('sue you', 'I will sue. You know I will')).toBeNull();
    expect(matches('(sue | suing) you', 'Suing? You?')).toBeNull();
  });

  it('names the mistake in a malformed pattern', () => {
    expect(() => parsePattern('(call | speak to my lawyer')).toThrow(/never closed/);
    expect(() => parsePattern('call | | speak')).toThrow(/empty choice/);
    expect(() => parsePattern('[my] [lawyer]')).toThrow(/every part is optional/);
    expect(() => parsePattern('* *')).toThrow(/not \*/);
    expect(() => parsePattern('call) my lawyer')).toThrow(/closes nothing/);
  });
});

describe("the README's five worked examples", () => {
  const legal = '(call | calling | speaking to | contacting) my (lawyer | attorney | solicitor)';
  const never = 'never (order | buy) [anything] (from | with) (you | your company) again';
  const court = 'see you in court | (take | taking) you to court';
  it.each([
    [legal, "I'm calling my lawyer", 'calling my lawyer'],
    [legal, "I'll be speaking to my attorney", 'speaking to my attorney'],
    [legal, 'I am contacting my solicitor', 'contacting my solicitor'],
    [legal, 'My lawyer is my sister', null],
    [legal, 'I will speak to my lawyer', null],
    ['i [really | truly] want a refund', 'I want a refund', 'i want a refund'],
    ['i [really | truly] want a refund', 'I really want a refund', 'i really want a refund'],
    ['i [really | truly] want a refund', 'I badly want a refund', null],
    [never, 'I will never order from you again', 'never order from you again'],
    [never, 'never buy anything from your company again', 'never buy anything from your company again'],
    ['* times already', "I've called four times already", 'four times already'],
    [court, 'see you in court', 'see you in court'],
    [court, "I'm taking you to court", 'taking you to court'],
  ])('%s on %j', (pattern, message, evidence) => {
    expect(matches(pattern, message)).toBe(evidence);
  });
});

describe('matching time is linear in the message for any pattern', () => {
  const optionalSlots = (n: number) => `${Array.from({ length: n }, () => '[na]').join(' ')} batman`;

  // A message where the optional words are everywhere: every optional place stays live.
  const message = (words: number) => tokenizeMessage(Array.from({ length: words }, (_, i) => (i % 3 ? 'na' : 'the')).join(' '));

  /** Steps of a fresh automaton (its DFA cache empty) on the message, by `find` or the state-set walk. */
  function stepsOf(pattern: string, words: number, walk: 'find' | 'locate' = 'find'): number {
    const automaton = new WordAutomaton(parsePattern(pattern));
    const counter: StepCounter = { steps: 0 };
    expect(automaton[walk](message(words), counter)).toBeNull();
    return counter.steps;
  }

  it("runs the issue's 26 optional 'na' slots on 40 words in a bounded number of steps", () => {
    const pattern = optionalSlots(26);
    const states = new WordAutomaton(parsePattern(pattern)).size;
    // The state-set walk visits each state at most twice per word; the DFA builds at most one
    // transition (one pass over the states) per word and then reads one per word.
    expect(stepsOf(pattern, 40, 'locate')).toBeLessThanOrEqual(40 * states * 2);
    expect(stepsOf(pattern, 40)).toBeLessThanOrEqual(40 * (states + 1));
  });

  it('does at most twice the work on a message twice as long, for a 100-slot optional pattern', () => {
    const pattern = optionalSlots(100);
    for (const walk of ['find', 'locate'] as const) {
      const short = stepsOf(pattern, 1_000, walk);
      const long = stepsOf(pattern, 2_000, walk);
      expect(long / short, walk).toBeLessThanOrEqual(2.05);
      expect(long, walk).toBeGreaterThan(short);
    }
  });

  it('costs a 100-slot optional pattern at most 3× a one-slot pattern on the same 5,000 words', () => {
    expect(stepsOf(optionalSlots(100), 5_000) / stepsOf(optionalSlots(1), 5_000)).toBeLessThanOrEqual(3);
  });

  it('the same pattern written in a v1 file loads and runs without backtracking', () => {
    const v1 = loadRulePackYaml(
      `version: 1
rules:
  - id: team.batman
    category: agent-tone
    match:
      words: ["${Array.from({ length: 26 }, () => 'na?').join(' ')} batman"]
    message: x
    examples: { trigger: ["na na batman"], ignore: ["hello"] }
`,
      'team.yaml',
    );
    const text = analyzeText(Array.from({ length: 40 }, () => 'na').join(' '));
    const started = Date.now();
    expect(v1.rules[0]!.match!.test(text)).toBeNull();
    // Not a timing test (that is the step count above): only proof the call returns at all.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('pack size limits, the same for files, policy and the options import', () => {
  const bigRegexes = { regex: Array.from({ length: 5 }, () => '(x|xx|xxx){1,1000}[yz]') };

  it('rejects a regex whose program is too large, naming file, line and field', () => {
    const yaml = `version: 2
rules:
  - id: team.rule
    category: agent-tone
    match:
      regex:
        - "(x|xx|xxx){1,1000}[yz]"
    message: x
    examples: { trigger: ["x"], ignore: ["y"] }
`;
    expect(() => loadRulePackYaml(yaml, 'rules/team.yaml')).toThrow(/^rules\/team\.yaml:7: rules\[0\] \(team\.rule\)\.match\.regex\[0\]: regex compiles to \d+ instructions; the limit is \d+/);
    const imported = importRulePack(yaml, 'team.yaml');
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.errors[0]).toMatch(/^team\.yaml:7: .*match\.regex\[0\]: regex compiles to/);
  });

  it('rejects the same pack in policy, naming the entry and field', () => {
    const policy = readPolicy({ rulePacks: [packWith(bigRegexes)] });
    expect(policy.values.rulePacks).toEqual([]);
    expect(policy.rejected[0]!.message).toMatch(/^rulePacks\[0\] \(team\): rules\[0\] \(team\.rule\)\.match\.regex\[0\]: regex compiles to/);
  });

  it('admits a 100-slot optional pattern and rejects one of 300 word positions', () => {
    const hundred = `${Array.from({ length: 100 }, () => '[na]').join(' ')} batman`;
    expect(loadErrors(packWith({ patterns: [hundred] }))).toEqual([]);
    const huge = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    expect(loadErrors(packWith({ patterns: [huge] }))).toEqual([expect.stringMatching(/^team\.json: rules\[0\] \(team\.rule\)\.match\.patterns\[0\]: pattern has 300 word positions/)]);
  });

  it('names a v1 entry by the field it is written in', () => {
    const errors = loadErrors(packWith({ phrases: ['fine'], words: ['ok (broken'] }, 1));
    expect(errors).toEqual([expect.stringMatching(/^team\.json: rules\[0\] \(team\.rule\)\.match\.words\[0\]: word "\(broken" contains one of/)]);
  });
});

describe('the DFA and the state-set walk agree', () => {
  // Random patterns over a few words (choices, optional parts, wildcards) on random messages
  // with punctuation: the DFA's yes/no is the state-set walk's, and a located match is a match.
  const WORDS = ['a', 'b', 'c', 'the', 'sue'];
  const MARKS = [',', '.', '!', '-'];
  const word = fc.constantFrom(...WORDS);
  const pattern: fc.Arbitrary<string> = fc.letrec<{ item: string; seq: string }>((tie) => ({
    item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, word, fc.constant('*'), fc.array(tie('seq'), { minLength: 2, maxLength: 3 }).map((options) => `(${options.join(' | ')})`), tie('seq').map((inner) => `[${inner}]`)),
    seq: fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((items) => items.join(' ')),
  })).seq;
  const message = fc.array(fc.oneof(word, fc.constantFrom(...MARKS), fc.constant('other')), { maxLength: 12 }).map((tokens) => tokens.join(' '));

  it('on 300 random patterns and messages', () => {
    fc.assert(
      fc.property(pattern, message, (source, text) => {
        let node;
        try {
          node = parsePattern(`${source} sue`);
        } catch {
          return true; // e.g. every part optional: refused at load, nothing to compare
        }
        const tokens = tokenizeMessage(text);
        const dfaEnd = new WordAutomaton(node).firstMatchEnd(tokens);
        const located = new WordAutomaton(node).locate(tokens);
        expect(dfaEnd >= 0, `${source} sue / ${text}`).toBe(located !== null);
        // The DFA stops at the first end; the located (leftmost, longest) match ends there or later.
        if (located) expect(located.end).toBeGreaterThanOrEqual(dfaEnd);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('pattern gates', () => {
  // A word many patterns write is not thereby in many messages: "report" in 45 escalation patterns
  // still keeps a message without it from running them (it once opened every gate, and those
  // patterns' automata ran on every message). Stop words written that often ("you", "to") do not gate.
  it('a word written by many patterns still gates them unless it is a stop word', () => {
    const index = new PatternIndex();
    const sources = Array.from({ length: 45 }, () => '(report | reporting) (you | them) to the (ombudsman | regulator)');
    for (const source of sources) compileMatcher({ patterns: [source] }, index);
    const without = analyzeText('you can go to the shop and talk to them');
    const withIt = analyzeText('I am reporting you to the ombudsman today');
    expect(sources.some((_, gate) => index.opens(without, gate))).toBe(false);
    expect(index.opens(withIt, 7)).toBe(true);
    expect(compileMatcher({ patterns: [sources[7]!] }, index).test(withIt)).toBe('reporting you to the ombudsman');
  });
});
