// The draft-risk model's fit and its measurements, separate from the CLI so tests can call it.
// Each training text is read with the engine's own `analyzeText` and `sentenceFeatures` (the
// runtime features); an L2 logistic regression is fitted with the anger model's L-BFGS; weights
// are quantised and the small ones pruned. Deterministic: the same rows give the same file.
import { analyzeText } from '../../src/engine/analyzeText';
import { sentenceFeatures } from '../../src/engine/draftRisk/features';
import { loadDraftRiskModel, riskiestSentence, type DraftRiskWeightsFile } from '../../src/engine/draftRisk';
import type { LogRegModel } from '../../src/engine/anger/model';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import type { ComposureEngine } from '../../src/engine';
import { fitLogisticRegression, type SparseRow } from '../anger/logisticRegression';
import { isTwcsMeasuringDialogue, readerDrafts, rulesFlag, trainingRows, twcsAgentLines, type RiskRow } from './data';

export interface RiskConfig {
  l2: number;
  /** A feature must occur in at least this many rows to get a weight. */
  minCount: number;
  scale: number;
  /** Stored weights below this (after scaling) are dropped. */
  minStored: number;
  threshold: number;
}

export const DEFAULT_RISK_CONFIG: RiskConfig = { l2: 1e-3, minCount: 2, scale: 100, minStored: 2, threshold: 0.85 };

/** A text's features as one set: a training text is one sentence (or a short example of two). */
function keysOf(text: string): string[] {
  return [...new Set(sentenceFeatures(analyzeText(text)).flatMap((s) => s.keys))];
}

export function fitRiskModel(rows: readonly RiskRow[], config: RiskConfig, meta: Record<string, unknown>): DraftRiskWeightsFile {
  const keys = rows.map((r) => keysOf(r.text));
  const counts = new Map<string, number>();
  for (const k of keys) for (const key of k) counts.set(key, (counts.get(key) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= config.minCount).map(([k]) => k).sort();
  const index = new Map(vocabulary.map((k, i) => [k, i]));
  const toRow = (k: readonly string[]): SparseRow => {
    const indices = k.map((key) => index.get(key)).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
    return { indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) };
  };
  const fitted = fitLogisticRegression(
    { rows: keys.map(toRow), targets: Float64Array.from(rows.map((r) => r.y)), weights: Float64Array.from(rows.map((r) => r.weight)), featureCount: vocabulary.length },
    { l2: config.l2, maxIterations: 300, tolerance: 1e-7 },
  );
  const features: string[] = [];
  const weights: number[] = [];
  vocabulary.forEach((key, i) => {
    const stored = Math.round(fitted.weights[i]! * config.scale);
    if (Math.abs(stored) >= config.minStored) {
      features.push(key);
      weights.push(stored);
    }
  });
  return { format: 'composure-draft-risk-logreg/1', meta, scale: config.scale, bias: Math.round(fitted.bias * config.scale), threshold: config.threshold, features, weights };
}

/** The probability of a text's riskiest sentence under a loaded model: the runtime's own reading. */
export function riskOf(model: LogRegModel, text: string): number {
  return riskiestSentence(analyzeText(text), model)?.score ?? 0;
}

export interface HeldOutReading {
  set: number;
  /** Drafts the readers would stop: caught by the model, by the rules, by either. */
  needs: number;
  model: number;
  rules: number;
  either: number;
  /** Drafts fine as written that the model flags. */
  fine: number;
  fineFlagged: number;
}

/** Leave one reader set out, fit on the rest, read the set left out at the threshold. */
export function heldOutReading(root: string, engine: ComposureEngine, set: number, config: RiskConfig): HeldOutReading {
  const model = loadDraftRiskModel(fitRiskModel(trainingRows(root, engine, { holdSets: [set] }), config, {}));
  const drafts = readerDrafts(root).filter((d) => d.set === set);
  const out: HeldOutReading = { set, needs: 0, model: 0, rules: 0, either: 0, fine: 0, fineFlagged: 0 };
  for (const d of drafts) {
    const byModel = riskOf(model, d.text) >= config.threshold;
    const byRules = splitSentences(d.text).some((s) => rulesFlag(engine, s));
    if (d.needs) {
      out.needs++;
      if (byModel) out.model++;
      if (byRules) out.rules++;
      if (byModel || byRules) out.either++;
    } else {
      out.fine++;
      if (byModel) out.fineFlagged++;
    }
  }
  return out;
}

/** Real agents' lines (the twcs half kept out of training) the model flags. */
export function twcsFlagged(file: DraftRiskWeightsFile): { lines: number; flagged: number } {
  const model = loadDraftRiskModel(file);
  const lines = twcsAgentLines(isTwcsMeasuringDialogue);
  return { lines: lines.length, flagged: lines.filter((text) => riskOf(model, text) >= file.threshold).length };
}
