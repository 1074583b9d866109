// The draft-risk model (src/engine/draftRisk): a backstop for the wordings the rule lists have not
// met. Its flag is raised only when no rule of agent-tone, liability-admission or overpromise
// flagged the message, and it judges the reframe only of a message nothing else flagged.
import { describe, expect, it } from 'vitest';
import weights from '../../models/draft-risk-weights.json';
import { analyzeText } from '../../src/engine/analyzeText';
import { loadDraftRiskModel, riskiestSentence, wordsOf, type DraftRiskWeightsFile } from '../../src/engine/draftRisk';
import { sentenceFeatures } from '../../src/engine/draftRisk/features';
import { bundledEngine, draftAfter } from '../helpers/engine';

const engine = bundledEngine();
const COMPLAINT = 'This has gone on for a week now and nobody is helping me.';
const rulesOf = (draft: string) => draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.rule);

describe('the shipped weights', () => {
  it('load, and say how they were measured', () => {
    const file = weights as DraftRiskWeightsFile;
    expect(() => loadDraftRiskModel(file)).not.toThrow();
    expect(file.features.length).toBe(file.weights.length);
    expect(file.meta.heldOut).toBeDefined();
    expect(file.meta.twcsMeasuringHalf).toBeDefined();
  });

  it('refuse a file of another format', () => {
    expect(() => loadDraftRiskModel({ ...(weights as DraftRiskWeightsFile), format: 'x' as never })).toThrow(/draft-risk/);
  });
});

describe('sentences', () => {
  it('are split where the message puts its stops, and the riskiest one is told in its own words', () => {
    const text = analyzeText("Thanks for waiting. Honestly the warehouse lads are clueless, they send stuff to the wrong town every other week. I've reordered it.");
    expect(sentenceFeatures(text)).toHaveLength(3);
    const risk = riskiestSentence(text)!;
    expect(wordsOf(text, risk.start, risk.end)).toMatch(/^Honestly the warehouse lads are clueless/);
  });
});

// The riskiest sentence's probability from the keys training reads, each key once per sentence.
function scoreOfKeys(draft: string): number {
  const file = weights as DraftRiskWeightsFile;
  const byKey = new Map(file.features.map((key, i) => [key, file.weights[i]! / file.scale]));
  let best = 0;
  for (const sentence of sentenceFeatures(analyzeText(draft))) {
    const z = sentence.keys.reduce((sum, key) => sum + (byKey.get(key) ?? 0), file.bias / file.scale);
    best = Math.max(best, 1 / (1 + Math.exp(-z)));
  }
  return best;
}

describe('the scorer', () => {
  it('reads each sentence as training read it (the keys of sentenceFeatures, each counted once)', () => {
    for (const draft of [
      "Honestly the warehouse lads are clueless, they send stuff to the wrong town every other week. I've reordered it.",
      "As per our policy I can't refund it, sorry not sorry 🙂 Next time check the size guide!!",
      'Thanks Dana. Thanks Dana. The engineer is booked for Thursday.',
      '',
    ]) {
      const risk = riskiestSentence(analyzeText(draft));
      expect(risk?.score ?? 0, draft).toBeCloseTo(scoreOfKeys(draft), 10);
    }
  });
});

describe('the agent-tone.risky-wording flag', () => {
  it('catches a wording no rule lists', () => {
    expect(rulesOf('Honestly the warehouse lads are clueless, they send stuff to the wrong town every other week.')).toContain('agent-tone.risky-wording');
    expect(rulesOf('Maybe read the confirmation email properly before you book next time 😉')).toContain('agent-tone.risky-wording');
  });

  it('stays quiet on what the agent controls, facts and hedges', () => {
    for (const draft of [
      "I've booked the engineer for Thursday between 8am and 1pm and I'll message you the evening before.",
      "Thanks for waiting, I've refunded the £12 delivery fee and it usually shows in 3-5 working days.",
      'Could you send me a photo of the label so I can raise it with the depot?',
    ])
      expect(rulesOf(draft), draft).not.toContain('agent-tone.risky-wording');
  });

  it('is a backstop: a message a rule flagged gets no second flag from the model', () => {
    const rules = rulesOf("That's totally our fault, honestly the warehouse lads are clueless.");
    expect(rules).toContain('liability-admission.fault');
    expect(rules).not.toContain('agent-tone.risky-wording');
  });

  it("judges the reframe only of a message nothing but the model flagged: a rule's own rewrites stand", () => {
    const result = draftAfter(engine, 'my son had a reaction after the order', "This is entirely our fault. We will refund your order and pay the full clinic bill of $310.");
    const card = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(card).toMatch(/refund your order/i);
    expect(card).not.toMatch(/clinic bill|our fault/i);
  });
});
