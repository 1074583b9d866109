// The frustration model's inputs, in two stages. The message's own: what the anger model reads in
// its words, wink's negative sentiment, and the frustration cues. Then the
// conversation's: that reading, how upset the customer's earlier messages read, and what the agent
// last did. Training (scripts/mood/) and the engine call this same function, so a weight is
// always learned for exactly the value the extension computes.
import type { AnalyzedText } from '../analyzeText';
import { FRUSTRATION_CUES, cuesToTest, cueText } from './cues';
import type { MoodContext } from './context';

/**
 * Names of the message's own inputs, in the order of `FrustrationInputs.values` and of the
 * stored weights: what the words say, whatever came before.
 */
// Measured by cross-validation on the rated dialogues (docs/mood-model.md): a general negativity
// model (GoEmotions sentiment, VADER ratings), wink's positive sentiment and shape cues (question
// marks, "!", caps, "…", negation, length) added nothing the cues and anger did not already say,
// and the fewer inputs generalise better; so they are not inputs.
// Next to each cue, how many upset and how many calming cues the message holds: every cue then
// shares in one common weight and its own input only learns how it differs (penalised harder, see
// `cueShrink` in scripts/mood/train.ts), which a cue seen in a handful of rated turns needs.
export const MESSAGE_INPUTS: readonly string[] = ['anger', 'sentiment:neg', 'cues:upset', 'cues:calming', ...FRUSTRATION_CUES.map((cue) => `cue:${cue.id}`)];

/** Where the cue counts sit in MESSAGE_INPUTS. */
export const UPSET_COUNT_INPUT = 2;
export const CALMING_COUNT_INPUT = 3;

/**
 * The conversation's inputs: the message's own reading (its log-odds under the message inputs)
 * and what came before it.
 */
export const CONVERSATION_INPUTS: readonly string[] = [
  'message',
  'context:previous',
  'context:peak',
  'context:follow-up',
  'context:unanswered',
  'context:agent-redirected',
  'context:agent-apologised',
  'context:agent-refused',
];

const INPUT_INDEX = new Map(MESSAGE_INPUTS.map((name, i) => [name, i]));
const CUE_OFFSET = INPUT_INDEX.get(`cue:${FRUSTRATION_CUES[0]!.id}`)!;

export interface FrustrationInputs {
  /**
   * One value per MESSAGE_INPUTS entry. Scoring is synchronous, so every call reuses one buffer:
   * a caller that keeps the values (the trainer) copies them.
   */
  values: Float64Array;
  /** The text cues were matched on (`cueText`): a reason re-finds its cue's words there. */
  text: string;
}

/** What the message inputs read of a text's analysis. */
export type MessageReading = Pick<AnalyzedText, 'raw' | 'sentiment' | 'tokens' | 'types'>;

const buffer = new Float64Array(MESSAGE_INPUTS.length);
const mayMatch = new Uint8Array(FRUSTRATION_CUES.length);

// A log-odds reading is clipped so one extreme message cannot dominate a linear model.
const MAX_LOGIT = 6;

/** `angerLogit` is the anger model's log-odds with the rules' cues (what `anger` reads). */
export function messageInputs(text: MessageReading, angerLogit: number): FrustrationInputs {
  const values = buffer;
  values[0] = clip(angerLogit);
  values[1] = text.sentiment < 0 ? -text.sentiment : 0;
  const matched = cueText(text.raw);
  // Only the cues whose words the text holds are tested; `test`, not `exec`: no match object
  // per cue (the few cues a reason quotes are found again).
  cuesToTest(text, matched, mayMatch);
  let upset = 0;
  let calming = 0;
  for (let c = 0; c < FRUSTRATION_CUES.length; c++) {
    const hit = mayMatch[c] === 1 && FRUSTRATION_CUES[c]!.pattern.test(matched);
    values[CUE_OFFSET + c] = hit ? 1 : 0;
    if (hit && FRUSTRATION_CUES[c]!.calming) calming++;
    else if (hit) upset++;
  }
  values[UPSET_COUNT_INPUT] = upset;
  values[CALMING_COUNT_INPUT] = calming;
  return { values, text: matched };
}

const conversationBuffer = new Float64Array(CONVERSATION_INPUTS.length);

/** The conversation inputs, given the message's own log-odds (one reused buffer, as above). */
export function conversationInputs(messageLogit: number, context: MoodContext): Float64Array {
  const values = conversationBuffer;
  values[0] = clip(messageLogit);
  values[1] = context.previous;
  values[2] = context.peak;
  values[3] = context.followUp;
  values[4] = context.unanswered;
  values[5] = context.agentRedirected;
  values[6] = context.agentApologised;
  values[7] = context.agentRefused;
  return values;
}

/** Where the cue inputs start, so a reason can find its cue. */
export function cueOfInput(index: number): number | undefined {
  const c = index - CUE_OFFSET;
  return c >= 0 && c < FRUSTRATION_CUES.length ? c : undefined;
}

function clip(logit: number): number {
  return Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, logit));
}
