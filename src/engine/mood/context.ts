// What the conversation so far tells about a customer message's frustration: how upset their
// earlier messages read (raters' scores of one turn predict the next one's well: frustration
// persists), a customer who comes back after the agent replied, who repeats themselves, whose question the agent answered with a
// redirect ("please DM us"), or whom the agent just told "unfortunately we can't". The same
// memory is folded by the engine (live) and by the trainer (replaying rated dialogues), so the
// model learns from exactly the context it gets at run time.
import type { AnalyzedText } from '../analyzeText';
import { CONTENT_TYPES } from '../anger/features';

/** The conversation's side of a customer message, each in [0, 1]. */
export interface MoodContext {
  /** The customer wrote before and the agent replied since: they are coming back. */
  followUp: number;
  /** Share of this message's content words already in the customer's previous message. */
  repeated: number;
  /** The customer's previous message asked something and the agent's reply redirected or asked back. */
  unanswered: number;
  /** The agent's latest line sent them elsewhere: DM, a link, a phone number, "contact us". */
  agentRedirected: number;
  /** The agent's latest line apologised. */
  agentApologised: number;
  /** The agent's latest line said no: "unfortunately", "unable", "policy". */
  agentRefused: number;
  /** The customer wrote before in this conversation. */
  hasPrevious: number;
  /** How upset the customer's previous message read on its own (0 when none). */
  previous: number;
  /** The most upset any earlier message of theirs read on its own (0 when none). */
  peak: number;
}

export const NO_CONTEXT: MoodContext = Object.freeze({
  followUp: 0,
  repeated: 0,
  unanswered: 0,
  agentRedirected: 0,
  agentApologised: 0,
  agentRefused: 0,
  hasPrevious: 0,
  previous: 0,
  peak: 0,
});

const REDIRECT = /\b(?:dm|dms|direct message|private message|pm|inbox|send us|reach (?:out|us)|contact (?:us|our|the)|call (?:us|our)|give us a call|visit|click|link|follow us|fill (?:out|in)|form|team directly|number)\b|https?:\/\//i;
const APOLOGY = /\b(?:sorry|apolog\w*|regret)\b/i;
const REFUSAL = /\b(?:unfortunately|unable|can'?t|cannot|not able|policy|no longer|not possible|won'?t be able|we don'?t)\b/i;

/** Bounded memory of the last customer message and the agent's reply to it. */
export class MoodMemory {
  private customerWords: ReadonlySet<string> | undefined;
  private customerAsked = false;
  private previous = 0;
  private peak = 0;
  private agentLine: string | undefined;
  private agentAsked = false;

  /** The context of a new customer message, before it is remembered. */
  contextOf(text: AnalyzedText): MoodContext {
    if (this.customerWords === undefined && this.agentLine === undefined) return NO_CONTEXT;
    const line = this.agentLine ?? '';
    const redirected = line !== '' && REDIRECT.test(line) ? 1 : 0;
    return {
      followUp: this.customerWords !== undefined && this.agentLine !== undefined ? 1 : 0,
      repeated: this.customerWords === undefined ? 0 : overlap(contentWords(text), this.customerWords),
      unanswered: this.customerAsked && this.agentLine !== undefined && (redirected === 1 || this.agentAsked) ? 1 : 0,
      agentRedirected: redirected,
      agentApologised: line !== '' && APOLOGY.test(line) ? 1 : 0,
      agentRefused: line !== '' && REFUSAL.test(line) ? 1 : 0,
      hasPrevious: this.customerWords === undefined ? 0 : 1,
      previous: this.previous,
      peak: this.peak,
    };
  }

  /**
   * Remembers a customer message and how upset it read on its own (a burst of several: the
   * last one counts, their words add up).
   */
  rememberCustomer(text: AnalyzedText, messageFrustration: number): void {
    const words = contentWords(text);
    // Messages in one burst (no agent line between them) are one turn of the customer's.
    this.customerWords = this.agentLine === undefined && this.customerWords ? new Set([...this.customerWords, ...words]) : words;
    this.customerAsked = text.questions > 0;
    this.previous = messageFrustration;
    this.peak = Math.max(this.peak, messageFrustration);
    this.agentLine = undefined;
    this.agentAsked = false;
  }

  rememberAgent(text: AnalyzedText): void {
    this.agentLine = this.agentLine === undefined ? text.raw : `${this.agentLine}\n${text.raw}`;
    this.agentAsked ||= text.questions > 0;
  }
}

// Words too common to say the customer repeated themselves.
const FUNCTION_WORDS = new Set(
  'i me my you your we our us it its is are was were be been am the a an and or but to of in on at for with this that have has had do does did not no so just can will would please hi hello thanks thank'.split(' '),
);

function contentWords(text: AnalyzedText): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < text.tokens.length; i++) {
    const token = text.tokens[i]!;
    if (CONTENT_TYPES.has(text.types[i]!) && token.length > 2 && !FUNCTION_WORDS.has(token)) words.add(token);
  }
  return words;
}

function overlap(words: ReadonlySet<string>, before: ReadonlySet<string>): number {
  if (words.size === 0) return 0;
  let shared = 0;
  for (const word of words) if (before.has(word)) shared++;
  return shared / words.size;
}
