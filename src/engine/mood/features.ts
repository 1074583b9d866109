// The frustration model's inputs, in two stages. The message's own: what the anger model reads in
// its words, wink's negative sentiment, and the frustration cues. Then the
// conversation's: that reading, how upset the customer's earlier messages read, and what the agent
// last did. Training (scripts/mood/) and the engine call this same function, so a weight is
// always learned for exactly the value the extension computes.
import type { AnalyzedText } from '../analyzeText';
import { FRUSTRATION_CUES, cueText } from './cues';
import type { MoodContext } from './context';

/**
 * Names of the message's own inputs, in the order of `FrustrationInputs.values` and of the
 * stored weights: what the words say, whatever came before.
 */
// Measured by cross-validation on the rated dialogues (docs/mood-model.md): a general negativity
// model (GoEmotions sentiment, VADER ratings), wink's positive sentiment and shape cues (question
// marks, "!", caps, "…", negation, length) added nothing the cues and anger did not already say,
// and the fewer inputs generalise better; so they are not inputs.
export const MESSAGE_INPUTS: readonly string[] = ['anger', 'sentiment:neg', ...FRUSTRATION_CUES.map((cue) => `cue:${cue.id}`)];

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
  values: Float64Array;
  /** The text each cue matched (its index in `cueText`), for reasons; undefined where none. */
  cueHits: ({ index: number; length: number } | undefined)[];
  /** The text cues were matched on. */
  text: string;
}

// A log-odds reading is clipped so one extreme message cannot dominate a linear model.
const MAX_LOGIT = 6;

/** `angerLogit` is the anger model's log-odds with the rules' cues (what `anger` reads). */
export function messageInputs(text: AnalyzedText, angerLogit: number): FrustrationInputs {
  const values = new Float64Array(MESSAGE_INPUTS.length);
  values[0] = clip(angerLogit);
  values[1] = text.sentiment < 0 ? -text.sentiment : 0;

  const matched = cueText(text.raw);
  const cueHits: FrustrationInputs['cueHits'] = [];
  for (let c = 0; c < FRUSTRATION_CUES.length; c++) {
    const hit = FRUSTRATION_CUES[c]!.pattern.exec(matched);
    cueHits.push(hit ? { index: hit.index, length: hit[0].length } : undefined);
    values[CUE_OFFSET + c] = hit ? 1 : 0;
  }

  return { values, cueHits, text: matched };
}

/** The conversation inputs, given the message's own log-odds. */
export function conversationInputs(messageLogit: number, context: MoodContext): Float64Array {
  return Float64Array.of(
    clip(messageLogit),
    context.previous,
    context.peak,
    context.followUp,
    context.unanswered,
    context.agentRedirected,
    context.agentApologised,
    context.agentRefused,
  );
}

/** Where the cue inputs start, so a reason can find its cue. */
export function cueOfInput(index: number): number | undefined {
  const c = index - CUE_OFFSET;
  return c >= 0 && c < FRUSTRATION_CUES.length ? c : undefined;
}

function clip(logit: number): number {
  return Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, logit));
}
