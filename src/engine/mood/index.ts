// A customer message's mood: `frustration` (how upset, whatever form it takes) next to `anger`
// (hostility), and the `mood` the panel shows. See docs/mood-model.md.
//
//   message     = bias + Σ weight · (input − center)   over MESSAGE_INPUTS (anger, negative words, cues)
//   frustration = sigmoid(bias + Σ weight · (input − center))   over CONVERSATION_INPUTS
//                 (the message's log-odds, how upset earlier messages read, what the agent did)
//   mood = angry       when anger ≥ the angry threshold (hostility: insults, threats, shouting)
//          frustrated  when frustration ≥ DEFAULT_FRUSTRATED_THRESHOLD
//          calm        otherwise (and always for agent and system turns)
import type { AnalyzedText } from '../analyzeText';
import type { Mood, MoodContribution } from '../types';
import weightsFile from '../../../models/mood-weights.json';
import type { MoodContext } from './context';
import { FRUSTRATION_CUES, quoteAround } from './cues';
import { CALMING_COUNT_INPUT, conversationInputs, cueOfInput, CONVERSATION_INPUTS, MESSAGE_INPUTS, messageInputs, UPSET_COUNT_INPUT, type FrustrationInputs, type MessageReading } from './features';
import { loadMoodModel, stageLogit, type FrustrationModel, type MoodWeightsFile } from './model';

export { MoodMemory, NO_CONTEXT, type MoodContext } from './context';

// Loaded on first use: the trainer imports the engine (for anger) before the file it writes fits.
let loaded: FrustrationModel | undefined;
const theModel = (): FrustrationModel => (loaded ??= loadMoodModel(weightsFile as MoodWeightsFile));

/** Frustration at or above which a customer message reads `frustrated`. */
export const DEFAULT_FRUSTRATED_THRESHOLD: number = (weightsFile as MoodWeightsFile).frustratedThreshold;

const PREVIOUS_INPUT = CONVERSATION_INPUTS.indexOf('context:previous');
const PEAK_INPUT = CONVERSATION_INPUTS.indexOf('context:peak');

/** How many of frustration's drivers a turn's `explain` carries. */
const TOP_DRIVERS = 4;
// Contributions smaller than this (log-odds) do not explain anything an agent would notice.
const MIN_DRIVER = 0.1;

export interface FrustrationScore {
  score: number;
  /**
   * How upset the message reads in its own words: its frustration as if the customer had not
   * been upset before (the memory of earlier messages taken out, the rest of the context kept), so
   * "Last Monday." after a complaint is no new complaint.
   */
  message: number;
  /** What raised frustration most, strongest first, each with a reason. */
  /** What drove the score, strongest first: worked out only when asked (an `explain` read). */
  contributions: () => MoodContribution[];
}

/** Frustration of one customer message; `angerScore` is its anger with the rules' cues. */
export function scoreFrustration(text: AnalyzedText, angerScore: number, context: MoodContext): FrustrationScore {
  const model = theModel();
  const angerLogit = logit(angerScore);
  const own = messageInputs(text, angerLogit);
  const messageLogit = stageLogit(model.message, own.values);
  const around = conversationInputs(messageLogit, context);
  const logitInContext = stageLogit(model.conversation, around);
  const { weights } = model.conversation;
  return {
    score: sigmoid(logitInContext),
    message: sigmoid(logitInContext - weights[PREVIOUS_INPUT]! * context.previous - weights[PEAK_INPUT]! * context.peak),
    // The inputs live in buffers the next message overwrites: an explanation, read after a later
    // turn or never, reads them again from this message and its context (neither changes), rather
    // than every message keeping a copy. What they read of the message only, not its whole
    // analysis (with wink's document), which a kept result would otherwise hold on to.
    contributions: explainLater(model, { raw: text.raw, sentiment: text.sentiment, tokens: text.tokens, types: text.types }, angerLogit, context),
  };
}

function explainLater(model: FrustrationModel, text: MessageReading, angerLogit: number, context: MoodContext): () => MoodContribution[] {
  return () => {
    const own = messageInputs(text, angerLogit);
    return topDrivers(model, own, conversationInputs(stageLogit(model.message, own.values), context));
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
function topDrivers(model: FrustrationModel, own: FrustrationInputs, around: Float64Array): MoodContribution[] {
  // Shares first, reasons (quotes, word lists) only for the few kept: most turns keep none or two.
  const shares: { input: number; share: number }[] = [];
  const { message, conversation } = model;
  const through = conversation.weights[0]!;
  const values = own.values;
  // The cue counts are no reason of their own: each count's share is split evenly among the cues
  // it counted, so "waiting: '…'" carries both what waiting shares with every upset cue and its own.
  const countShare = (input: number, count: number) => (count === 0 ? 0 : (through * message.weights[input]! * (count - message.centers[input]!)) / count);
  const perUpset = countShare(UPSET_COUNT_INPUT, values[UPSET_COUNT_INPUT]!);
  const perCalming = countShare(CALMING_COUNT_INPUT, values[CALMING_COUNT_INPUT]!);
  // An absent cue "contributes" only by being below its mean: not a reason.
  for (let i = 0; i < message.weights.length; i++) {
    if (i === UPSET_COUNT_INPUT || i === CALMING_COUNT_INPUT || values[i] === 0) continue;
    const cue = cueOfInput(i);
    const counted = cue === undefined ? 0 : FRUSTRATION_CUES[cue]!.calming ? perCalming : perUpset;
    const share = through * message.weights[i]! * (values[i]! - message.centers[i]!) + counted;
    if (share >= MIN_DRIVER) shares.push({ input: i, share });
  }
  for (let j = 1; j < conversation.weights.length; j++) {
    const share = conversation.weights[j]! * (around[j]! - conversation.centers[j]!);
    if (share >= MIN_DRIVER && around[j] !== 0) shares.push({ input: MESSAGE_INPUTS.length + j, share });
  }
  if (shares.length === 0) return [];
  shares.sort((a, b) => b.share - a.share);
  const drivers: MoodContribution[] = [];
  for (const { input, share } of shares) {
    const isMessage = input < MESSAGE_INPUTS.length;
    const name = isMessage ? MESSAGE_INPUTS[input]! : CONVERSATION_INPUTS[input - MESSAGE_INPUTS.length]!;
    const reason = isMessage ? messageReason(input, own) : INPUT_REASONS[name];
    if (reason) drivers.push({ feature: `frustration:${name}`, weight: Math.round(share * 1000) / 1000, reading: 'frustration', reason });
    if (drivers.length === TOP_DRIVERS) break;
  }
  return drivers;
}

const INPUT_REASONS: Record<string, string> = {
  anger: 'angry tone',
  'sentiment:neg': 'negative wording',
  'context:previous': 'already upset in their last message',
  'context:peak': 'upset earlier in the chat',
  'context:follow-up': 'came back after a reply',
  'context:unanswered': 'question answered with a redirect or another question',
  'context:agent-redirected': "the agent's last line sent them elsewhere",
  'context:agent-apologised': "after the agent's apology",
  'context:agent-refused': "the agent's last line said no",
};

function messageReason(i: number, inputs: FrustrationInputs): string | undefined {
  const cue = cueOfInput(i);
  if (cue === undefined) return INPUT_REASONS[MESSAGE_INPUTS[i]!];
  const hit = FRUSTRATION_CUES[cue]!.pattern.exec(inputs.text);
  return hit ? `${FRUSTRATION_CUES[cue]!.label}: '${quoteAround(inputs.text, hit.index, hit[0].length)}'` : undefined;
}

function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
