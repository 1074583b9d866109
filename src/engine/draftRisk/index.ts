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
import { loadLogRegModel, type LogRegModel, type LogRegWeightsFile, type WeightEntry } from '../anger/model';
import { walkSentences, type SentenceSink } from './features';

export type DraftRiskWeightsFile = LogRegWeightsFile<'composure-draft-risk-logreg/1'>;

/** The draft-risk weights, read as the anger model's are (entries by kind, word pairs). */
export function loadDraftRiskModel(file: DraftRiskWeightsFile): LogRegModel {
  return loadLogRegModel(file, 'composure-draft-risk-logreg/1', 'models/draft-risk-weights.json');
}

const shipped = loadDraftRiskModel(weightsFile as DraftRiskWeightsFile);

/** The shipped cut: a rule's `threshold` param moves it. */
export const DEFAULT_DRAFT_RISK_THRESHOLD = shipped.threshold;

/** The riskiest sentence of a message: its probability and its words (token range of `text`). */
export interface DraftRisk {
  score: number;
  start: number;
  end: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

// Each sentence gets a fresh stamp: an entry already carrying it was counted in this sentence
// (a feature counts once per sentence, as in training). Scoring is synchronous: one sink serves.
let lastStamp = 0;
const scoring: SentenceSink & { model: LogRegModel; z: number; stamp: number; best: DraftRisk | undefined; tokens: readonly string[] } = {
  model: shipped,
  tokens: [],
  z: 0,
  stamp: 0,
  best: undefined,
  feature(kind, name, next) {
    const entry: WeightEntry | undefined = kind === 'b' ? this.model.pairs.get(name)?.get(next!) : this.model.byKind[kind].get(name);
    if (entry !== undefined && entry.stamp !== this.stamp) {
      entry.stamp = this.stamp;
      this.z += entry.weight;
    }
  },
  sentence(start, end) {
    const score = sigmoid(this.z);
    if ((!this.best || score > this.best.score) && !keepsThemSafe(this.tokens, start) && !offersAnOption(this.tokens, start, end)) this.best = { score, start, end };
    this.z = this.model.bias;
    this.stamp = ++lastStamp;
  },
};

// "Please don't use the Lacta 1 tins: the courier will collect them": an instruction that keeps
// them (or a child) safe reads to the model as a "don't" aimed at them; it is never the sentence to
// stop (the 109th reading's blind ten: a reframe dropped it for an allergic baby).
const SAFETY_VERBS = new Set(['use', 'eat', 'drink', 'give', 'feed', 'take', 'touch', 'open', 'plug', 'apply', 'wear', 'drive', 'charge', 'switch', 'turn']);
function keepsThemSafe(tokens: readonly string[], start: number): boolean {
  const at = tokens[start] === 'please' ? start + 1 : start;
  return tokens[at] === 'do' && tokens[at + 1] === 'not' && SAFETY_VERBS.has(tokens[at + 2] ?? '');
}

// "If your mother needs credit right now, you can do a fresh top-up…": an option offered for a
// need, not a condition that blames ("If you had read the terms, you can see…").
const BLAMING_IF = new Set(['had', 'would', 'did', 'were', 'should', 'hadn', "'d"]);
function offersAnOption(tokens: readonly string[], start: number, end: number): boolean {
  if (tokens[start] !== 'if' || BLAMING_IF.has(tokens[start + 2] ?? '')) return false;
  for (let i = start + 2; i < end - 1; i++) if (tokens[i] === 'you' && tokens[i + 1] === 'can') return true;
  return false;
}

/** Each sentence scored, the riskiest returned (undefined for a message without words). */
export function riskiestSentence(text: AnalyzedText, model: LogRegModel = shipped): DraftRisk | undefined {
  scoring.model = model;
  scoring.z = model.bias;
  scoring.stamp = ++lastStamp;
  scoring.best = undefined;
  scoring.tokens = text.tokens;
  walkSentences(text, scoring);
  return scoring.best;
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
