// The anger model: shipped weights, scoring, explanations, and the trainer's determinism.
// Realistic support-chat lines throughout; the calm and polite ones are the product's promise
// that an agent is not alarmed by a customer who is merely describing a problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { DEFAULT_ANGRY_THRESHOLD, scoreAnger, type AngerCueHit } from '../../src/engine/anger';
import { extractFeatures } from '../../src/engine/anger/features';
import type { AngerWeightsFile } from '../../src/engine/anger/model';
import { DATA_DIR, readJsonl, type LabeledText } from '../../scripts/anger/data';
import { DEFAULT_TRAIN_CONFIG, prepareExamples, trainAngerModel } from '../../scripts/anger/train';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WEIGHTS_PATH = path.join(ROOT, 'models', 'anger-weights.json');
const weightsFile = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as AngerWeightsFile;

const score = (text: string, cues: AngerCueHit[] = []) => scoreAnger(analyzeText(text), cues);

const CALM_AND_POLITE = [
  "Thanks so much, you've been great!",
  "My package hasn't arrived yet, can you check?",
  'Hi, I was charged twice for my last order. Could you look into it please?',
  'No worries, I can wait. Thanks for checking.',
  "I don't see the discount code applied at checkout, not sure what I'm doing wrong.",
  'The item arrived damaged, the box was crushed. What are my options?',
  'I never received the confirmation email. Can you resend it?',
  "It's not a big deal, but the invoice has the wrong company name.",
  'Hello, I am having trouble resetting my password.',
  'You have been really patient with me, thank you for sorting this out.',
];

const THIRD_TIME = "This is the THIRD time I'm contacting you and nobody has done anything!!!";

describe('shipped weights', () => {
  it('load, stay under the size budget and say where they come from', () => {
    expect(statSync(WEIGHTS_PATH).size).toBeLessThan(300 * 1024);
    expect(weightsFile.format).toBe('composure-anger-logreg/1');
    expect(weightsFile.features.length).toBe(weightsFile.weights.length);
    expect(weightsFile.features.length).toBeGreaterThan(1000);
    expect(weightsFile.weights.every(Number.isInteger)).toBe(true);
    expect(String(weightsFile.meta.data)).toMatch(/GoEmotions/);
    expect(String(weightsFile.meta.dataLicense)).toMatch(/Apache-2\.0/);
  });

  it('carry the default threshold, chosen on held-out train', () => {
    expect(DEFAULT_ANGRY_THRESHOLD).toBe(weightsFile.threshold);
    expect(DEFAULT_ANGRY_THRESHOLD).toBeGreaterThan(0.05);
    expect(DEFAULT_ANGRY_THRESHOLD).toBeLessThan(0.95);
  });

  it('score exactly what the training features and stored weights say (no train/run skew)', () => {
    const table = new Map(weightsFile.features.map((key, i) => [key, weightsFile.weights[i]! / weightsFile.scale]));
    for (const line of [THIRD_TIME, ...CALM_AND_POLITE, 'WTF is wrong with you people?! Not happy. Not happy at all.']) {
      let logit = weightsFile.bias / weightsFile.scale;
      for (const [key, value] of extractFeatures(analyzeText(line))) logit += (table.get(key) ?? 0) * value;
      expect(score(line).score).toBeCloseTo(1 / (1 + Math.exp(-logit)), 10);
    }
  });
});

describe('scoreAnger', () => {
  it('keeps polite customers and calm problem descriptions under the threshold', () => {
    for (const line of CALM_AND_POLITE) expect(score(line).score, line).toBeLessThan(DEFAULT_ANGRY_THRESHOLD);
  });

  it('rates the third-contact line above every calm line, and angry once the rules see the repeat contact', () => {
    const calmest = Math.max(...CALM_AND_POLITE.map((line) => score(line).score));
    expect(score(THIRD_TIME).score).toBeGreaterThan(calmest);
    // The cue the rule pack reports for this line (rules/anger.yaml, anger.repeat-contact).
    const withRule = score(THIRD_TIME, [{ rule: 'anger.repeat-contact', weight: 2.5 }]);
    expect(withRule.score).toBeGreaterThanOrEqual(DEFAULT_ANGRY_THRESHOLD);
    expect(withRule.contributions[0]).toEqual({ feature: 'anger.repeat-contact', weight: 2.5 });
  });

  it('reads "not happy" as the opposite of "happy"', () => {
    const happy = score("I'm happy with the service.");
    const notHappy = score("I'm not happy with the service.");
    expect(notHappy.score).toBeGreaterThan(happy.score * 3);
    expect(happy.contributions.map((c) => c.feature)).toContain('word:happy');
    expect(notHappy.contributions.map((c) => c.feature)).not.toContain('word:happy');
  });

  it('marks words in a negation scope as their own features', () => {
    const features = extractFeatures(analyzeText("I'm not happy, nobody helped me."));
    expect(features.has('n:happy')).toBe(true);
    expect(features.has('w:happy')).toBe(false);
    expect(features.has('b:not happy')).toBe(true);
    expect(features.has('n:helped')).toBe(true);
  });

  it('learns generic cues itself: shouting and "!!!" on a negative turn raise the score', () => {
    const plain = score('Nobody has done anything about my order.');
    const shouted = score('NOBODY has done ANYTHING about my order!!!');
    expect(shouted.score).toBeGreaterThan(plain.score);
    expect(shouted.contributions.some((c) => c.feature.startsWith('cue:'))).toBe(true);
  });

  it('explains a score: at most six contributions, largest first, cue rules by id', () => {
    const { score: s, contributions } = score('You people are useless. What the hell is wrong with your company?!', [
      { rule: 'anger.insult', weight: 3 },
      { rule: 'anger.profanity', weight: 2 },
    ]);
    expect(s).toBeGreaterThan(0.9);
    expect(contributions.length).toBeGreaterThan(2);
    expect(contributions.length).toBeLessThanOrEqual(6);
    const sizes = contributions.map((c) => Math.abs(c.weight));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(contributions[0]!.feature).toBe('anger.insult');
    expect(contributions.map((c) => c.feature)).toContain('anger.profanity');
    for (const c of contributions) expect(c.feature).toMatch(/^(anger\.|word:|negated:|phrase:|stem:|negated-stem:|cue:|sentiment:)/);
  });

  it('adds each cue rule once, at its strongest hit, and lets calming cues lower the score', () => {
    const base = score(THIRD_TIME).score;
    const once = score(THIRD_TIME, [{ rule: 'anger.repeat-contact', weight: 1 }]).score;
    const twice = score(THIRD_TIME, [
      { rule: 'anger.repeat-contact', weight: 1 },
      { rule: 'anger.repeat-contact', weight: 0.5 },
    ]).score;
    expect(once).toBeGreaterThan(base);
    expect(twice).toBe(once);
    expect(score(THIRD_TIME, [{ rule: 'calm.thanks', weight: -1 }]).score).toBeLessThan(base);
  });

  it('always returns a score in [0, 1], also for empty, emoji-only and oversized turns', () => {
    for (const text of ['', '😡😡😡', 'ok', 'a'.repeat(20_000), '!!!???', 'NO. NO. NO.']) {
      const { score: s } = score(text, [{ rule: 'anger.bogus', weight: Number.NaN }]);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('training', () => {
  // A small slice keeps this quick; without the shared data (another checkout) it falls back
  // to the bench's hand-written support lines, labelled angry / calm.
  function slice(): LabeledText[] {
    if (existsSync(path.join(DATA_DIR, 'goemotions_train.jsonl'))) return readJsonl('goemotions_train.jsonl').slice(0, 1000);
    return readFileSync(path.join(ROOT, 'bench', 'support-lines.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        const { text, angry } = JSON.parse(line) as { text: string; angry: boolean };
        return { id: `support-${i}`, text, label: angry ? 'anger' : 'neutral', anger: angry ? 1 : 0, anger_broad: angry ? 1 : 0 };
      });
  }

  it('is deterministic: the same slice gives the same weights file, byte for byte', () => {
    const config = { ...DEFAULT_TRAIN_CONFIG, minCount: 2, maxIterations: 60, heldOutModulo: 4 };
    const first = trainAngerModel(prepareExamples(slice()), config);
    const second = trainAngerModel(prepareExamples(slice()), config);
    expect(JSON.stringify(second.weightsFile)).toBe(JSON.stringify(first.weightsFile));
    expect(first.weightsFile.features.length).toBeGreaterThan(10);
    expect(first.weightsFile.features).toEqual([...first.weightsFile.features].sort());
  });
});

describe('anger drivers for the panel', () => {
  it('name the strongest reasons in words, leaving out what calmed the score', async () => {
    const { angerDrivers } = await import('../../src/engine/anger');
    const drivers = angerDrivers([
      { feature: 'anger.repeat-contact', weight: 3 },
      { feature: 'word:useless', weight: 1.2 },
      { feature: 'word:thanks', weight: -0.4 },
      { feature: 'cue:caps-all', weight: 0.7 },
      { feature: 'cue:caps-words', weight: 0.5 },
    ]);
    expect(drivers).toEqual(['repeat contact', '“useless”', 'shouting']);
    expect(angerDrivers([{ feature: 'word:thanks', weight: -0.4 }])).toEqual([]);
  });
});
