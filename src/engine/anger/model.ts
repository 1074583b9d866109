// The shipped anger weights: their file format and the scorer built from them. The file is
// produced by `npm run train:anger` and imported statically by `index.ts`, so bundlers inline
// it and the extension never fetches anything at run time.
import type { AnalyzedText } from '../analyzeText';
import { visitFeatures, type FeatureKind } from './features';

export interface AngerWeightsFile {
  format: 'composure-anger-logreg/1';
  /** Provenance: data source and license, training settings, held-out metrics. */
  meta: Record<string, unknown>;
  /** Weights are stored as integers; log-odds = stored / scale. */
  scale: number;
  bias: number;
  /** Default "angry" cut on the score, chosen on held-out train rows. */
  threshold: number;
  features: string[];
  weights: number[];
}

export interface AngerModel {
  bias: number;
  /** Weights by feature kind, then name (`w` → `useless` → 1.2); word pairs by first word. */
  weights: ReadonlyMap<string, ReadonlyMap<string, number>>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  threshold: number;
}

export function loadAngerModel(file: AngerWeightsFile): AngerModel {
  if (file.format !== 'composure-anger-logreg/1' || file.features.length !== file.weights.length || !(file.scale > 0)) {
    throw new Error('models/anger-weights.json: unknown format or inconsistent lengths');
  }
  const weights = new Map<string, Map<string, number>>();
  const pairs = new Map<string, Map<string, number>>();
  const into = (table: Map<string, Map<string, number>>, outer: string, inner: string, weight: number): void => {
    let row = table.get(outer);
    if (!row) table.set(outer, (row = new Map()));
    row.set(inner, weight);
  };
  for (let i = 0; i < file.features.length; i++) {
    const key = file.features[i]!;
    const weight = file.weights[i]! / file.scale;
    const kind = key.slice(0, 1);
    const name = key.slice(2);
    if (kind === 'b') {
      const space = name.indexOf(' ');
      into(pairs, name.slice(0, space), name.slice(space + 1), weight);
    } else into(weights, kind, name, weight);
  }
  return { bias: file.bias / file.scale, weights, pairs, threshold: file.threshold };
}

/** One feature of the turn that the model has a weight for. */
export interface ModelHit {
  kind: FeatureKind;
  name: string;
  next?: string;
  /** Weight times the feature's value: its share of the log-odds. */
  weight: number;
}

export interface ModelReading {
  /** Bias plus the weights of the turn's features: the model's log-odds of anger. */
  logit: number;
  hits: ModelHit[];
}

/** The model's log-odds for a turn and each present feature's share of it. */
export function readWithModel(model: AngerModel, text: AnalyzedText): ModelReading {
  const reading: ModelReading = { logit: model.bias, hits: [] };
  // Presence features count once per turn however often the word occurs. Seen names are kept
  // per weight row (cheap identity look-up, and wink's token strings hash once): no key strings
  // are built while scoring.
  const seen = new Map<ReadonlyMap<string, number>, Set<string>>();
  visitFeatures(text, (kind, name, value, next) => {
    const row = next === undefined ? model.weights.get(kind) : model.pairs.get(name);
    const entry = next === undefined ? name : next;
    const weight = row?.get(entry);
    if (weight === undefined) return;
    let names = seen.get(row!);
    if (!names) seen.set(row!, (names = new Set()));
    if (names.has(entry)) return;
    names.add(entry);
    reading.logit += weight * value;
    reading.hits.push(next === undefined ? { kind, name, weight: weight * value } : { kind, name, next, weight: weight * value });
  });
  return reading;
}
