// The shipped anger weights: their file format and the scorer built from them. The file is
// produced by `npm run train:anger` and imported statically by `index.ts`, so bundlers inline
// it and the extension never fetches anything at run time.
import type { AnalyzedText } from '../analyzeText';
import { CONTENT_TYPES, stemOf, visitTurnFeatures, type FeatureKind } from './features';

/** A logistic regression's weights file (the anger model's, the draft-risk model's). */
export interface LogRegWeightsFile<Format extends string = string> {
  format: Format;
  /** Provenance: data source and license, training settings, held-out metrics. */
  meta: Record<string, unknown>;
  /** Weights are stored as integers; log-odds = stored / scale. */
  scale: number;
  bias: number;
  /** Default cut on the score, chosen on held-out rows. */
  threshold: number;
  features: string[];
  weights: number[];
}

export type AngerWeightsFile = LogRegWeightsFile<'composure-anger-logreg/1'>;

/** One weighted feature of the model. */
export interface WeightEntry {
  /** The stored key (`w:useless`), for explanations. */
  readonly key: string;
  /** Log-odds per unit of the feature. */
  readonly weight: number;
  /** The reading that last counted it: a presence feature counts once per turn. */
  stamp: number;
  /** Its display name (`word:useless`), made the first time the panel shows it. */
  display: string | undefined;
}

type Row = ReadonlyMap<string, WeightEntry>;

/** A loaded weights file: the anger model's, and the draft-risk model's (which reads only `bias`, `byKind`, `pairs`, `threshold`). */
export type LogRegModel = AngerModel;

export interface AngerModel {
  bias: number;
  /** Entries by feature kind, then name (`w` → `useless`). Word pairs are in `pairs`. */
  byKind: Readonly<Record<FeatureKind, Row>>;
  /** Word pairs by first word, then second word. */
  pairs: ReadonlyMap<string, Row>;
  threshold: number;
  /** A word's weighted entries, looked up once per distinct word (see `weightsOfWord`). */
  words: Map<string, WordWeights>;
}

/** The entries a word can hit, whatever its turn: as itself, negated, by stem, as a pair's first. */
interface WordWeights {
  plain: WeightEntry | undefined;
  negated: WeightEntry | undefined;
  /** Undefined when the word is its own stem (no stem feature then). */
  stemPlain: WeightEntry | undefined;
  stemNegated: WeightEntry | undefined;
  stemDiffers: boolean;
  pairsFrom: Row | undefined;
}

// Chats repeat their words; a bound like wink's own token cache keeps a long session's memory flat.
const MAX_CACHED_WORDS = 20_000;

const KINDS: readonly FeatureKind[] = ['w', 'n', 't', 'm', 'b', 'c', 's'];

export function loadAngerModel(file: AngerWeightsFile): AngerModel {
  return loadLogRegModel(file, 'composure-anger-logreg/1', 'models/anger-weights.json');
}

/** A weights file of `format` read into entries by kind and word pairs; `name` says which file in the error. */
export function loadLogRegModel(file: LogRegWeightsFile, format: string, name: string): LogRegModel {
  if (file.format !== format || file.features.length !== file.weights.length || !(file.scale > 0)) {
    throw new Error(`${name}: unknown format or inconsistent lengths`);
  }
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, WeightEntry>()])) as Record<FeatureKind, Map<string, WeightEntry>>;
  const pairs = new Map<string, Map<string, WeightEntry>>();
  for (let i = 0; i < file.features.length; i++) {
    const key = file.features[i]!;
    const entry: WeightEntry = { key, weight: file.weights[i]! / file.scale, stamp: 0, display: undefined };
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
  return { bias: file.bias / file.scale, byKind, pairs, threshold: file.threshold, words: new Map() };
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
  const { tokens, types, negated } = text;
  // The same walk as `visitFeatures` (its order decides ties in the panel's top six), with each
  // word's four lookups and stem taken from the per-word cache.
  let words = 0;
  let previous: WordWeights | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i]!;
    if (!CONTENT_TYPES.has(type)) {
      previous = undefined;
      continue;
    }
    const token = tokens[i]!;
    const weights = weightsOfWord(model, token);
    words++;
    const isNegated = negated[i];
    count(reading, stamp, isNegated ? weights.negated : weights.plain, 1);
    if (type === 'word') {
      if (weights.stemDiffers) count(reading, stamp, isNegated ? weights.stemNegated : weights.stemPlain, 1);
      if (previous !== undefined) count(reading, stamp, previous.pairsFrom?.get(token), 1);
      previous = weights;
    } else previous = undefined;
  }
  turnFeatures.model = model;
  turnFeatures.reading = reading;
  turnFeatures.stamp = stamp;
  visitTurnFeatures(text, words, countTurnFeature);
  turnFeatures.reading = undefined;
  return reading;
}

/** Adds a present feature's weight, once per reading. */
function count(reading: ModelReading, stamp: number, entry: WeightEntry | undefined, value: number): void {
  if (entry === undefined || entry.stamp === stamp) return;
  entry.stamp = stamp;
  reading.logit += entry.weight * value;
  reading.entries.push(entry);
  reading.contributions.push(entry.weight * value);
}

// The reading the turn-level features go to: a module-level sink, not a closure per turn.
const turnFeatures: { model: AngerModel | undefined; reading: ModelReading | undefined; stamp: number } = { model: undefined, reading: undefined, stamp: 0 };

function countTurnFeature(kind: FeatureKind, name: string, value: number): void {
  count(turnFeatures.reading!, turnFeatures.stamp, turnFeatures.model!.byKind[kind].get(name), value);
}

function weightsOfWord(model: AngerModel, token: string): WordWeights {
  let weights = model.words.get(token);
  if (weights !== undefined) return weights;
  const { byKind } = model;
  const stem = stemOf(token);
  const stemDiffers = stem !== token;
  weights = {
    plain: byKind.w.get(token),
    negated: byKind.n.get(token),
    stemPlain: stemDiffers ? byKind.t.get(stem) : undefined,
    stemNegated: stemDiffers ? byKind.m.get(stem) : undefined,
    stemDiffers,
    pairsFrom: model.pairs.get(token),
  };
  if (model.words.size >= MAX_CACHED_WORDS) model.words.clear();
  model.words.set(token, weights);
  return weights;
}
