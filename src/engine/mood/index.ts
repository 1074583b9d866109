// A customer message's mood: `frustration` (how upset, whatever form it takes) next to `anger`
// (hostility), and the `mood` the panel shows. See docs/mood-model.md.
//
//   message     = bias + Σ weight · (input − center)   over MESSAGE_INPUTS (its words and shape)
//   frustration = sigmoid(bias + Σ weight · (input − center))   over CONVERSATION_INPUTS
//                 (the message's log-odds, how upset earlier messages read, what the agent did)
//   mood = angry       when anger ≥ the angry threshold (hostility: insults, threats, shouting)
//          frustrated  when frustration ≥ DEFAULT_FRUSTRATED_THRESHOLD
//          calm        otherwise (and always for agent and system turns)
import type { AnalyzedText } from '../analyzeText';
import { readWithModel } from '../anger/model';
import { describeFeature } from '../anger/features';
import type { Mood, MoodContribution } from '../types';
import weightsFile from '../../../models/mood-weights.json';
import type { MoodContext } from './context';
import { FRUSTRATION_CUES, quoteAround } from './cues';
import { conversationInputs, cueOfInput, CONVERSATION_INPUTS, MESSAGE_INPUTS, messageInputs, type FrustrationInputs } from './features';
import { loadMoodModel, stageLogit, type FrustrationModel, type MoodWeightsFile } from './model';

export { MoodMemory, NO_CONTEXT, type MoodContext } from './context';

// Loaded on first use: the trainer imports the engine (for anger) before the file it writes fits.
let loaded: FrustrationModel | undefined;
const theModel = (): FrustrationModel => (loaded ??= loadMoodModel(weightsFile as MoodWeightsFile));

/** Frustration at or above which a customer message reads `frustrated`. */
export const DEFAULT_FRUSTRATED_THRESHOLD: number = (weightsFile as MoodWeightsFile).frustratedThreshold;

/** How many of frustration's drivers a turn's `explain` carries. */
const TOP_DRIVERS = 4;
// Contributions smaller than this (log-odds) do not explain anything an agent would notice.
const MIN_DRIVER = 0.1;

export interface FrustrationScore {
  score: number;
  /** How upset the message reads on its own, without the conversation (remembered as context). */
  message: number;
  /** What raised frustration most, strongest first, each with a reason. */
  contributions: MoodContribution[];
}

/** Frustration of one customer message; `angerScore` is its anger with the rules' cues. */
export function scoreFrustration(text: AnalyzedText, angerScore: number, context: MoodContext): FrustrationScore {
  const model = theModel();
  const negativity = readWithModel(model.negativity, text);
  const own = messageInputs(text, logit(angerScore), negativity.logit);
  const messageLogit = stageLogit(model.message, own.values);
  const around = conversationInputs(messageLogit, context);
  return {
    score: sigmoid(stageLogit(model.conversation, around)),
    message: sigmoid(messageLogit),
    contributions: topDrivers(model, own, around, negativity.entries, negativity.contributions),
  };
}

/** The mood a score pair reads as (`angry` is the anger threshold's verdict). */
export function moodOf(angry: boolean, frustration: number, threshold = DEFAULT_FRUSTRATED_THRESHOLD): Mood {
  if (angry) return 'angry';
  return frustration >= threshold ? 'frustrated' : 'calm';
}

/**
 * Each input's share of the final log-odds, relative to its mean: a message input's share passes
 * through the conversation stage's weight on the message reading.
 */
function topDrivers(model: FrustrationModel, own: FrustrationInputs, around: Float64Array, negativeWords: readonly { key: string }[], negativeShares: readonly number[]): MoodContribution[] {
  const drivers: MoodContribution[] = [];
  const offer = (name: string, share: number, present: boolean, reason: () => string | undefined) => {
    // An absent cue "contributes" only by being below its mean: not a reason.
    if (share < MIN_DRIVER || !present) return;
    const text = reason();
    if (text) drivers.push({ feature: `frustration:${name}`, weight: Math.round(share * 1000) / 1000, reading: 'frustration', reason: text });
  };
  const { message, conversation } = model;
  const through = conversation.weights[0]!;
  for (let i = 0; i < message.weights.length; i++) {
    const share = through * message.weights[i]! * (own.values[i]! - message.centers[i]!);
    offer(MESSAGE_INPUTS[i]!, share, i < 4 || own.values[i] !== 0, () => messageReason(i, own, negativeWords, negativeShares));
  }
  for (let j = 1; j < conversation.weights.length; j++) {
    const share = conversation.weights[j]! * (around[j]! - conversation.centers[j]!);
    offer(CONVERSATION_INPUTS[j]!, share, around[j] !== 0, () => INPUT_REASONS[CONVERSATION_INPUTS[j]!]);
  }
  return drivers.sort((a, b) => b.weight - a.weight).slice(0, TOP_DRIVERS);
}

const INPUT_REASONS: Record<string, string> = {
  anger: 'hostile wording',
  'sentiment:neg': 'negative wording',
  'shape:question': 'a question',
  'shape:questions': 'several questions',
  'shape:exclamation': 'exclamation',
  'shape:shouting': 'shouting',
  'shape:ellipsis': 'trailing off…',
  'shape:negation': 'negation',
  'shape:length': 'a long account of the problem',
  'context:has-previous': 'wrote before',
  'context:previous': 'already upset in their last message',
  'context:peak': 'upset earlier in the chat',
  'context:follow-up': 'came back after a reply',
  'context:repeated': 'repeating themselves',
  'context:unanswered': 'question answered with a redirect or another question',
  'context:agent-redirected': "the agent's last line sent them elsewhere",
  'context:agent-apologised': "after the agent's apology",
  'context:agent-refused': "the agent's last line said no",
};

function messageReason(i: number, inputs: FrustrationInputs, negativeWords: readonly { key: string }[], negativeShares: readonly number[]): string | undefined {
  const cue = cueOfInput(i);
  if (cue !== undefined) {
    const hit = inputs.cueHits[cue];
    return hit ? `${FRUSTRATION_CUES[cue]!.label}: '${quoteAround(inputs.text, hit.index, hit.length)}'` : undefined;
  }
  const name = MESSAGE_INPUTS[i]!;
  if (name === 'negativity') {
    const words = strongestWords(negativeWords, negativeShares, 3);
    return words.length ? `negative wording: ${words.map((w) => `'${w}'`).join(', ')}` : 'negative wording';
  }
  return INPUT_REASONS[name];
}

/** The words that raised the negativity reading most, as the text wrote them ("not … happy"). */
function strongestWords(entries: readonly { key: string }[], shares: readonly number[], max: number): string[] {
  const order = shares.map((_, i) => i).filter((i) => shares[i]! > 0.2 && /^[wnbtm]:/.test(entries[i]!.key));
  order.sort((a, b) => shares[b]! - shares[a]!);
  const words: string[] = [];
  for (const i of order) {
    const key = entries[i]!.key;
    const shown = describeFeature(key).replace(/^(word|phrase|stem):/, '').replace(/^negated(-stem)?:/, 'not … ');
    if (!words.includes(shown)) words.push(shown);
    if (words.length === max) break;
  }
  return words;
}

function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
