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
import { describeFeature } from './features';
import { loadAngerModel, readWithModel, type AngerWeightsFile, type ModelReading, type WeightEntry } from './model';

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
  const { score, contributions } = scoreAngerLazily(text, cues);
  return { score, contributions: contributions() };
}

/**
 * The same, its contributions worked out when asked (from the reading, kept): a conversation
 * reads them only for a turn's `explain`, which a replay reads for few turns.
 */
export function scoreAngerLazily(text: AnalyzedText, cues: AngerCueHit[]): { score: number; contributions: () => AngerContribution[] } {
  const reading = readWithModel(model, text);
  let logit = reading.logit;
  // Most turns hit no cue rule: no map is made for them.
  const byRule = cues.length > 0 ? strongestHitPerRule(cues) : undefined;
  if (byRule) for (const weight of byRule.values()) logit += weight;
  return { score: sigmoid(logit), contributions: contributionsLater(reading, byRule) };
}

// Made by a function, not written in the literal: a closure named after its property is named
// again at run time each time it is made (as tsx runs the engine).
function contributionsLater(reading: ModelReading, byRule: Map<string, number> | undefined): () => AngerContribution[] {
  return () => topContributions(reading, byRule);
}

/** The model's features, then the cue rules, strongest first (the first offered wins a tie). */
function topContributions(reading: ModelReading, byRule: Map<string, number> | undefined): AngerContribution[] {
  const top = new TopContributions(TOP_CONTRIBUTIONS);
  for (let i = 0; i < reading.entries.length; i++) top.offer(reading.contributions[i]!, reading.entries[i]!);
  if (byRule) for (const [rule, weight] of byRule) top.offer(weight, rule);
  return top.list();
}

/**
 * The k contributions with the largest |weight|, kept by insertion into a short list: a turn
 * has dozens of features and the panel shows six, so nothing else is sorted, and model features
 * get their display name (`word:useless`) only once kept. Ties keep the first offered (model
 * features in text order, then rules), so the list is deterministic.
 */
class TopContributions {
  private readonly kept: { size: number; weight: number; source: WeightEntry | string }[] = [];
  constructor(private readonly k: number) {}

  offer(weight: number, source: WeightEntry | string): void {
    const size = Math.abs(weight);
    const kept = this.kept;
    if (size === 0 || (kept.length === this.k && size <= kept[kept.length - 1]!.size)) return;
    let at = kept.length;
    while (at > 0 && size > kept[at - 1]!.size) at--;
    kept.splice(at, 0, { size, weight, source });
    if (kept.length > this.k) kept.pop();
  }

  list(): AngerContribution[] {
    return this.kept.map(({ weight, source }) => ({
      feature: typeof source === 'string' ? source : (source.display ??= describeFeature(source.key)),
      weight: Math.round(weight * 1000) / 1000,
    }));
  }
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
export { angerDrivers, explainAnger, moodDrivers } from './drivers';
