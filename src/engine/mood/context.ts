// What the conversation so far tells about a customer message's frustration: how upset their
// earlier messages read in their conversation (raters' scores of one turn predict the next one's
// well: frustration persists, so a short "iOS 11.1" after a complaint is still read upset), whether they are coming back after the agent replied, and how the agent's last line
// landed: a redirect ("please DM us"), an apology, a no ("unfortunately we can't"), a question
// back when they had asked one. The same memory is folded by the engine (live) and by the trainer
// (replaying rated dialogues), so the model learns from exactly the context it gets at run time.
//
// Repeat contact is read from the customer's words (cue `repeat`: "again", "third time",
// "already contacted"), not from word overlap with their previous message: in the rated
// dialogues overlap mostly meant customers giving the same order details again, not frustration.
import type { AnalyzedText } from '../analyzeText';

/** The conversation's side of a customer message, each in [0, 1]. */
export interface MoodContext {
  /** The customer wrote before and the agent replied since: they are coming back. */
  followUp: number;
  /** The customer's previous message asked something and the agent's reply redirected or asked back. */
  unanswered: number;
  /** The agent's latest line sent them elsewhere: DM, a link, a phone number, "contact us". */
  agentRedirected: number;
  /** The agent's latest line apologised. */
  agentApologised: number;
  /** The agent's latest line said no: "unfortunately", "unable", "policy". */
  agentRefused: number;
  /** How upset the customer's previous message read, its own context included (0 when none). */
  previous: number;
  /** The most upset any earlier message of theirs read, context included (0 when none). */
  peak: number;
}

export const NO_CONTEXT: MoodContext = Object.freeze({
  followUp: 0,
  unanswered: 0,
  agentRedirected: 0,
  agentApologised: 0,
  agentRefused: 0,
  previous: 0,
  peak: 0,
});

// Read from the agent line's tokens (wink normals), one set lookup per word: agent lines are half
// of every chat, and a regex per line per check costs more than the rest of the mood model.
const REDIRECT = 1;
const APOLOGY = 2;
const REFUSAL = 3;
const AGENT_WORDS = new Map<string, number>([
  ...['dm', 'dms', 'pm', 'inbox', 'direct', 'private', 'link', 'visit', 'click', 'form', 'contact', 'reach', 'call', 'phone', 'website', 'online', 'chat', 'team', 'department', 'store'].map((w) => [w, REDIRECT] as const),
  ...['sorry', 'apologies', 'apology', 'apologize', 'apologise', 'apologizing', 'apologising', 'regret', 'regrets'].map((w) => [w, APOLOGY] as const),
  ...['unfortunately', 'unable', 'cannot', 'policy', 'impossible', 'afraid', 'sadly'].map((w) => [w, REFUSAL] as const),
]);

interface AgentLines {
  redirected: number;
  apologised: number;
  refused: number;
  asked: boolean;
}

/** Bounded memory of the customer's earlier messages and the agent's reply to the last one. */
export class MoodMemory {
  private customerWrote = false;
  private customerAsked = false;
  private previous = 0;
  private peak = 0;
  /** What the agent's lines since the customer's last message did. */
  private agent: AgentLines | undefined;

  /** The context of a new customer message, before it is remembered. */
  contextOf(): MoodContext {
    const agent = this.agent;
    if (!this.customerWrote && agent === undefined) return NO_CONTEXT;
    return {
      followUp: this.customerWrote && agent !== undefined ? 1 : 0,
      unanswered: this.customerAsked && agent !== undefined && (agent.redirected === 1 || agent.asked) ? 1 : 0,
      agentRedirected: agent?.redirected ?? 0,
      agentApologised: agent?.apologised ?? 0,
      agentRefused: agent?.refused ?? 0,
      previous: this.previous,
      peak: this.peak,
    };
  }

  /** Remembers a customer message and how upset it read (its frustration, context included). */
  rememberCustomer(text: AnalyzedText, frustration: number): void {
    this.customerWrote = true;
    // A burst (no agent line between): any question in it is still waiting for an answer.
    this.customerAsked = text.questions > 0 || (this.agent === undefined && this.customerAsked);
    this.previous = frustration;
    this.peak = Math.max(this.peak, frustration);
    this.agent = undefined;
  }

  rememberAgent(text: AnalyzedText): void {
    const lines = (this.agent ??= { redirected: 0, apologised: 0, refused: 0, asked: false });
    const { tokens, types } = text;
    for (let i = 0; i < tokens.length; i++) {
      const kind = AGENT_WORDS.get(tokens[i]!);
      if (kind === REDIRECT || types[i] === 'url' || types[i] === 'email') lines.redirected = 1;
      else if (kind === APOLOGY) lines.apologised = 1;
      else if (kind === REFUSAL) lines.refused = 1;
    }
    if (text.questions > 0) lines.asked = true;
  }
}
