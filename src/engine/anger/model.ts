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

/** One weighted feature of the model. */
export interface WeightEntry {
  /** The stored key (`w:useless`), for explanations. */
  readonly key: string;
  /** Log-odds per unit of the feature. */
  readonly weight: number;
  /** The reading that last counted it: a presence feature counts once per turn. */
  stamp: number;
}

type Row = ReadonlyMap<string, WeightEntry>;

export interface AngerModel {
  bias: number;
  /** Entries by feature kind, then name (`w` → `useless`). Word pairs are in `pairs`. */
  byKind: Readonly<Record<FeatureKind, Row>>;
  /** Word pairs by first word, then second word. */
  pairs: ReadonlyMap<string, Row>;
  threshold: number;
}

const KINDS: readonly FeatureKind[] = ['w', 'n', 't', 'm', 'b', 'c', 's'];

export function loadAngerModel(file: AngerWeightsFile): AngerModel {
  if (file.format !== 'composure-anger-logreg/1' || file.features.length !== file.weights.length || !(file.scale > 0)) {
    throw new Error('models/anger-weights.json: unknown format or inconsistent lengths');
  }
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, WeightEntry>()])) as Record<FeatureKind, Map<string, WeightEntry>>;
  const pairs = new Map<string, Map<string, WeightEntry>>();
  for (let i = 0; i < file.features.length; i++) {
    const key = file.features[i]!;
    const entry: WeightEntry = { key, weight: file.weights[i]! / file.scale, stamp: 0 };
    const kind = key.slice(0, 1) as FeatureKind;
    const name = key.slice(2);
    if (kind === 'b') {
      const space = name.indexOf(' ');
      const first = name.slice(0, space);
      let row = pairs.get(first);
      if (!row) pairs.set(first, (row = new Map()));
      row.set(name.slice(space + 1), entry);
    } else if (byKind[kind]) byKind[kind].set(name, entry);
  }
  return { bias: file.bias / file.scale, byKind, pairs, threshold: file.threshold };
}

export interface ModelReading {
  /** Bias plus the weights of the turn's features: the model's log-odds of anger. */
  logit: number;
  /** The turn's weighted features, in text order, and each one's share of the log-odds. */
  entries: WeightEntry[];
  contributions: number[];
}

// Each reading gets a fresh stamp; an entry already carrying it was counted in this turn.
// Scoring is synchronous, so one counter serves every model in the process.
let lastStamp = 0;

/** The model's log-odds for a turn and each present feature's share of it. */
export function readWithModel(model: AngerModel, text: AnalyzedText): ModelReading {
  const stamp = ++lastStamp;
  const reading: ModelReading = { logit: model.bias, entries: [], contributions: [] };
  const { byKind, pairs } = model;
  visitFeatures(text, (kind, name, value, next) => {
    const entry = next === undefined ? byKind[kind].get(name) : pairs.get(name)?.get(next);
    if (entry === undefined || entry.stamp === stamp) return;
    entry.stamp = stamp;
    reading.logit += entry.weight * value;
    reading.entries.push(entry);
    reading.contributions.push(entry.weight * value);
  });
  return reading;
}
