// Each trap of issue 12 is a lint (or load) error naming file, line and field.
import { describe, expect, it } from 'vitest';
import { lintPacks } from '../../src/engine/rules/lintRules';
import { loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { RuleFileErrors } from '../../src/engine/rules/ruleFileError';
import { bundledPacks } from '../helpers/engine';

const SIGNALS = new Set(['insult', 'empathy', 'complaint']);

function lint(yaml: string): string[] {
  try {
    return lintPacks([loadRulePackYaml(yaml, 'team.yaml')], SIGNALS);
  } catch (e) {
    if (e instanceof RuleFileErrors) return e.errors.map((x) => x.message);
    throw e;
  }
}

const rule = (body: string) => `version: 2
rules:
  - id: team.rule
    category: agent-tone
${body}
    message: x
`;

describe('lint catches the traps', () => {
  it('a choice that is the same words as another once folded', () => {
    const problems = lint(rule(`    match:
      patterns: ["i am (cancelling | canceling) my order"]
    examples: { trigger: ["I am cancelling my order"], ignore: ["hello"] }`));
    expect(problems).toEqual([expect.stringMatching(/^team\.yaml:6: rules\[0\] \(team\.rule\)\.match\.patterns\[0\]: choices "cancelling" and "canceling" are the same words once folded/)]);
  });

  it('a symbol written inside a word, which can never match as written', () => {
    const problems = lint(rule(`    match:
      patterns: ["what the f*ck", "check the item(s)"]
    examples: { trigger: ["what the f off ck", "check the item s"], ignore: ["hello"] }`));
    expect(problems).toEqual([
      expect.stringMatching(/patterns\[0\]: "f\*ck" has a symbol inside a word, so it can never match as written/),
      expect.stringMatching(/patterns\[1\]: "item\(s\)" has a symbol inside a word/),
    ]);
  });

  it('a pattern that matches its own ignore example', () => {
    const problems = lint(rule(`    match:
      patterns: ["(my | a) (lawyer | attorney) (will | is)"]
    examples: { trigger: ["my lawyer will call"], ignore: ["My lawyer is my sister and she loves your shop"] }`));
    expect(problems).toEqual([expect.stringMatching(/^team\.yaml:7: rules\[0\] \(team\.rule\)\.examples\.ignore\[0\]: match\.patterns\[0\] .* matches this ignore example \(on "my lawyer is"\)/)]);
  });

  it('a word pattern or regex that no trigger example exercises', () => {
    const problems = lint(rule(`    match:
      patterns: ["whatever", "(as | like) i said"]
      regex: ["\\\\bcalm down\\\\b"]
    examples: { trigger: ["Whatever."], ignore: ["hello"] }`));
    expect(problems).toEqual([
      expect.stringMatching(/match\.patterns\[1\]: no trigger example of the rule exercises this word pattern/),
      expect.stringMatching(/match\.regex\[0\]: no trigger example of the rule exercises this regex/),
    ]);
  });

  it("a signal's word pattern without an example", () => {
    const problems = lint(`version: 2
signals:
  insult:
    patterns: ["(muppet | muppets)"]
`);
    expect(problems).toEqual([expect.stringMatching(/^team\.yaml:4: signals\.insult\.patterns\[0\]: no example of the signal/)]);
  });

  it('params: an unknown name, a wrong type, an unknown signal', () => {
    const check = (params: string) =>
      lint(`version: 2
rules:
  - id: escalation.team-insults
    category: escalation
    check: escalation.repeated-insults
    params: ${params}
    message: x
    examples: { trigger: ["x"], ignore: ["y"] }
`);
    expect(check('{ cuont: 1 }')).toEqual([expect.stringMatching(/^team\.yaml:6: rules\[0\] \(escalation\.team-insults\)\.params\.cuont: escalation\.repeated-insults has no param "cuont"; it takes signal, count$/)]);
    expect(check('{ count: "two" }')).toEqual([expect.stringMatching(/params\.count: must be a number/)]);
    expect(check('{ signal: insults }')).toEqual([expect.stringMatching(/params\.signal: no signal is called "insults"; signals are complaint, empathy, insult$/)]);
  });

  it('an unknown template slot, and a suggestion kind the category never shows', () => {
    const problems = lint(`version: 2
rules:
  - id: anger.team
    category: anger
    match: { patterns: ["third time"] }
    message: x
    suggest:
      - kind: apologize
        text: ["Sorry, {evil}."]
    examples: { trigger: ["third time!"], ignore: ["hi"] }
`);
    expect(problems).toEqual([
      expect.stringMatching(/^team\.yaml:8: rules\[0\] \(anger\.team\)\.suggest\[0\]\.kind: the anger detector never shows "apologize" suggestions \(it shows no suggestions\)/),
      expect.stringMatching(/^team\.yaml:9: rules\[0\] \(anger\.team\)\.suggest\[0\]\.text\[0\]: unknown slot \{evil\}/),
    ]);
  });

  it('the bundled rules have none of them', () => {
    const packs = bundledPacks();
    const signals = new Set(packs.flatMap((p) => Object.keys(p.spec.signals ?? {})));
    expect(lintPacks(packs, signals)).toEqual([]);
  });
});

describe('composure test on the bundled rules', () => {
  it('has a passing trigger example for every word pattern and regex of every rule and signal', async () => {
    const { createEngine } = await import('../../src/engine/engine');
    const { exercisedBy, runRuleExamples, runSignalExamples } = await import('../../src/engine/runExamples');
    const { parsePattern, hasChoices } = await import('../../src/engine/rules/patternSyntax');
    const packs = bundledPacks();
    const engine = createEngine(packs);
    const exercised = new Set<string>();
    for (const o of runRuleExamples(engine)) {
      if (o.passed && o.example.expect === 'trigger') for (const h of exercisedBy(o.rule, o.example.example)) exercised.add(`${o.rule.id} ${h.field} ${h.source}`);
    }
    for (const o of runSignalExamples(engine, packs)) if (o.passed && o.expect === 'trigger') for (const h of o.hits) exercised.add(`signals.${o.signal} ${h.field} ${h.source}`);
    const untested: string[] = [];
    let patterns = 0;
    for (const pack of packs) {
      const blocks: [string, { patterns?: string[]; regex?: string[] } | undefined][] = [
        ...(pack.spec.rules ?? []).map((r) => [r.id, r.match] as [string, typeof r.match]),
        ...Object.entries(pack.spec.signals ?? {}).map(([name, s]) => [`signals.${name}`, s] as [string, typeof s]),
      ];
      for (const [owner, block] of blocks) {
        for (const source of block?.patterns ?? []) {
          if (!hasChoices(parsePattern(source))) continue;
          patterns++;
          if (!exercised.has(`${owner} patterns ${source}`)) untested.push(`${owner} ${source}`);
        }
        for (const source of block?.regex ?? []) {
          patterns++;
          if (!exercised.has(`${owner} regex ${source}`)) untested.push(`${owner} ${source}`);
        }
      }
    }
    expect(patterns).toBeGreaterThan(50);
    expect(untested).toEqual([]);
  });
});
