// Whether a sentence of the agent's message is one a support trainer would stop before it is
// sent: fault admitted, blame put on someone, a promise nobody can keep, a jab, policy quoted as
// the whole answer. The rule lists read the wordings they were written for; blind drafts kept
// finding new ones (session 12: lists tuned on two draft sets caught 8 of 15 flawed drafts in a
// third, the same 8 as before the tuning). This model reads the words themselves, learned from
// drafts three readers judged, the rule examples and real agents' messages
// (`scripts/train-draft-risk.ts`, `docs/detectors.md`). The weights ship in the bundle: nothing
// is fetched at run time.
import type { AnalyzedText } from '../analyzeText';
import weightsFile from '../../../models/draft-risk-weights.json';
import { CONTENT_TYPES, stemOf } from '../anger/features';
import { SENTENCE_END } from './features';

export interface DraftRiskWeightsFile {
  format: 'composure-draft-risk-logreg/1';
  /** Provenance: data, settings, held-out measurements. */
  meta: Record<string, unknown>;
  /** Weights are stored as integers: log-odds = stored / scale. */
  scale: number;
  bias: number;
  /** Default cut on a sentence's probability. */
  threshold: number;
  features: string[];
  weights: number[];
}

// A weight with the sentence that last counted it: a feature counts once per sentence, as in training.
interface Entry {
  readonly weight: number;
  stamp: number;
}

type Row = Map<string, Entry>;

interface DraftRiskModel {
  bias: number;
  threshold: number;
  /** Entries by feature kind (`w` → word → entry), and word pairs by first then second word. */
  byKind: Record<'w' | 'n' | 't' | 'm', Row>;
  pairs: Map<string, Row>;
}

export function loadDraftRiskModel(file: DraftRiskWeightsFile): DraftRiskModel {
  if (file.format !== 'composure-draft-risk-logreg/1' || file.features.length !== file.weights.length) throw new Error('models/draft-risk-weights.json: not a draft-risk weights file');
  const byKind: DraftRiskModel['byKind'] = { w: new Map(), n: new Map(), t: new Map(), m: new Map() };
  const pairs = new Map<string, Row>();
  file.features.forEach((key, i) => {
    const entry: Entry = { weight: file.weights[i]! / file.scale, stamp: -1 };
    const kind = key.slice(0, 1);
    const name = key.slice(2);
    if (kind === 'b') {
      const space = name.indexOf(' ');
      const first = name.slice(0, space);
      let row = pairs.get(first);
      if (!row) pairs.set(first, (row = new Map()));
      row.set(name.slice(space + 1), entry);
    } else if (kind === 'w' || kind === 'n' || kind === 't' || kind === 'm') byKind[kind].set(name, entry);
  });
  return { bias: file.bias / file.scale, threshold: file.threshold, byKind, pairs };
}

const model = loadDraftRiskModel(weightsFile as DraftRiskWeightsFile);

/** The shipped cut: a rule's `threshold` param moves it. */
export const DEFAULT_DRAFT_RISK_THRESHOLD = model.threshold;

/** The riskiest sentence of a message: its probability and its words (token range of `text`). */
export interface DraftRisk {
  score: number;
  start: number;
  end: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

// Stems of the words seen, kept between messages (an agent's vocabulary repeats); cleared when full.
const stems = new Map<string, string>();
const MAX_STEMS = 4096;
function stemOfCached(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, (stem = stemOf(word)));
  }
  return stem;
}

let sentenceStamp = 0;

/**
 * Each sentence scored, the riskiest returned (undefined for a message without words). The walk is
 * `sentenceFeatures` (what training reads) without building its keys: tests hold the two equal.
 */
export function riskiestSentence(text: AnalyzedText): DraftRisk | undefined {
  const { tokens, types, negated } = text;
  const { byKind, pairs } = model;
  let best: DraftRisk | undefined;
  let z = model.bias;
  let words = 0;
  let start = 0;
  let previous: string | undefined;
  let stamp = ++sentenceStamp;
  const count = (entry: Entry | undefined) => {
    if (entry !== undefined && entry.stamp !== stamp) {
      entry.stamp = stamp;
      z += entry.weight;
    }
  };
  const close = (end: number) => {
    if (words > 0) {
      const score = sigmoid(z);
      if (!best || score > best.score) best = { score, start, end };
    }
    z = model.bias;
    words = 0;
    start = end;
    previous = undefined;
    stamp = ++sentenceStamp;
  };
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i]!;
    const token = tokens[i]!;
    if (!CONTENT_TYPES.has(type)) {
      previous = undefined;
      if (type === 'punctuation' && SENTENCE_END.has(token)) close(i + 1);
      continue;
    }
    words++;
    const inNegation = negated[i]!;
    count((inNegation ? byKind.n : byKind.w).get(token));
    if (type === 'word') {
      const stem = stemOfCached(token);
      if (stem !== token) count((inNegation ? byKind.m : byKind.t).get(stem));
      if (previous !== undefined) count(pairs.get(previous)?.get(token));
      previous = token;
    } else previous = undefined;
  }
  close(tokens.length);
  return best;
}

/** The words of a token range as written, for the flag's evidence. */
export function wordsOf(text: AnalyzedText, start: number, end: number): string {
  const raw = text.rawTokens ?? text.tokens;
  return raw
    .slice(start, end)
    .join(' ')
    .replace(/\s+([.,!?;:…)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/\s+(n't|'[a-z]{1,2})\b/gi, '$1')
    .trim();
}
