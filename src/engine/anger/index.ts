// Anger of one customer turn, in [0, 1], with what drove it.
//
// How rule cues and the statistical model combine (docs/anger-model.md):
//   logit = model bias + Σ weights of the turn's model features + Σ cue-rule weights
//   score = sigmoid(logit)
// A cue rule's weight is log-odds *on top of* what the model already reads in the words, so a
// QA lead can read "+1.5" as "this cue multiplies the odds of anger by e^1.5 ≈ 4.5". Each rule
// counts once per turn however often it matches (its strongest hit), so a customer repeating
// "third time" does not stack the same cue. Negative weights (calming cues) are allowed.
import type { AnalyzedText } from '../analyzeText';
import type { AngerContribution, AngerScore } from '../types';
import weightsFile from '../../../models/anger-weights.json';
import { extractFeatures } from './features';
import { loadAngerModel, modelContributions, type AngerWeightsFile } from './model';

/** A rule file's cue that matched the turn: a phrase or regex with a log-odds weight. */
export interface AngerCueHit {
  rule: string;
  weight: number;
}

const model = loadAngerModel(weightsFile as AngerWeightsFile);

/** Score at or above which a customer turn counts as angry (moved per team in the rules). */
export const DEFAULT_ANGRY_THRESHOLD: number = model.threshold;

/** How many contributions a score carries for the panel and `composure explain`. */
const TOP_CONTRIBUTIONS = 6;

export function scoreAnger(text: AnalyzedText, cues: AngerCueHit[]): AngerScore {
  const contributions = modelContributions(model, extractFeatures(text));
  for (const [rule, weight] of strongestHitPerRule(cues)) contributions.push({ feature: rule, weight });
  let logit = model.bias;
  for (const c of contributions) logit += c.weight;
  contributions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1));
  return { score: sigmoid(logit), contributions: contributions.slice(0, TOP_CONTRIBUTIONS).map(roundWeight) };
}

function strongestHitPerRule(cues: readonly AngerCueHit[]): Map<string, number> {
  const byRule = new Map<string, number>();
  for (const { rule, weight } of cues) {
    if (!Number.isFinite(weight)) continue;
    const seen = byRule.get(rule);
    if (seen === undefined || Math.abs(weight) > Math.abs(seen)) byRule.set(rule, weight);
  }
  return byRule;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function roundWeight(c: AngerContribution): AngerContribution {
  return { feature: c.feature, weight: Math.round(c.weight * 1000) / 1000 };
}
