// The frustration model's inputs, in two stages. The message's own: what the general models read
// in its words (hostility, negativity), the frustration cues and a few shape cues. Then the
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
export const MESSAGE_INPUTS: readonly string[] = [
  'anger',
  'negativity',
  'sentiment:neg',
  'sentiment:pos',
  ...FRUSTRATION_CUES.map((cue) => `cue:${cue.id}`),
  'shape:question',
  'shape:questions',
  'shape:exclamation',
  'shape:shouting',
  'shape:ellipsis',
  'shape:negation',
  'shape:length',
];

/**
 * The conversation's inputs: the message's own reading (its log-odds under the message inputs)
 * and what came before it.
 */
export const CONVERSATION_INPUTS: readonly string[] = [
  'message',
  'context:has-previous',
  'context:previous',
  'context:peak',
  'context:follow-up',
  'context:repeated',
  'context:unanswered',
  'context:agent-redirected',
  'context:agent-apologised',
  'context:agent-refused',
];

const INPUT_INDEX = new Map(MESSAGE_INPUTS.map((name, i) => [name, i]));
const CUE_OFFSET = INPUT_INDEX.get(`cue:${FRUSTRATION_CUES[0]!.id}`)!;
const SHAPE_OFFSET = INPUT_INDEX.get('shape:question')!;

export interface FrustrationInputs {
  values: Float64Array;
  /** The text each cue matched (its index in `cueText`), for reasons; undefined where none. */
  cueHits: ({ index: number; length: number } | undefined)[];
  /** The text cues were matched on. */
  text: string;
}

// A log-odds reading is clipped so one extreme message cannot dominate a linear model.
const MAX_LOGIT = 6;

/**
 * `angerLogit` is the anger model's log-odds with the rules' cues (what `anger` reads),
 * `negativityLogit` the general negativity model's.
 */
export function messageInputs(text: AnalyzedText, angerLogit: number, negativityLogit: number): FrustrationInputs {
  const values = new Float64Array(MESSAGE_INPUTS.length);
  values[0] = clip(angerLogit);
  values[1] = clip(negativityLogit);
  values[2] = text.sentiment < 0 ? -text.sentiment : 0;
  values[3] = text.sentiment > 0 ? text.sentiment : 0;

  const matched = cueText(text.raw);
  const cueHits: FrustrationInputs['cueHits'] = [];
  for (let c = 0; c < FRUSTRATION_CUES.length; c++) {
    const hit = FRUSTRATION_CUES[c]!.pattern.exec(matched);
    cueHits.push(hit ? { index: hit.index, length: hit[0].length } : undefined);
    values[CUE_OFFSET + c] = hit ? 1 : 0;
  }

  let words = 0;
  for (const type of text.types) if (type === 'word') words++;
  const shape = SHAPE_OFFSET;
  values[shape] = text.questions > 0 ? 1 : 0;
  values[shape + 1] = text.questions >= 2 ? 1 : 0;
  values[shape + 2] = text.exclamations > 0 ? 1 : 0;
  values[shape + 3] = text.capsRatio >= 0.6 && words >= 3 ? 1 : 0;
  values[shape + 4] = matched.includes('...') || matched.includes('\u2026') ? 1 : 0;
  values[shape + 5] = text.negated.includes(true) ? 1 : 0;
  // Longer messages tell a longer story of what went wrong; saturates around 60 words.
  values[shape + 6] = Math.min(Math.log1p(words) / Math.log1p(60), 1);
  return { values, cueHits, text: matched };
}

/** The conversation inputs, given the message's own log-odds. */
export function conversationInputs(messageLogit: number, context: MoodContext): Float64Array {
  return Float64Array.of(
    clip(messageLogit),
    context.hasPrevious,
    context.previous,
    context.peak,
    context.followUp,
    context.repeated,
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
