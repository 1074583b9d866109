// The engine's public surface: what the content script, the side panel, the CLI and tests use.
// Everything here is pure TypeScript: no browser API, no Node API.
import type { AngerLevel, Flag, Suggestion, Transcript, Turn, TurnResult } from './types';

export interface ConversationInfo {
  id?: string;
  site?: string;
  customer?: { name?: string };
  agent?: { name?: string };
}

/** One live conversation. Cost of a turn depends on that turn only (running state, no re-analysis). */
export interface Conversation {
  /** Adds a committed turn (message, typing event or system line) and returns what it raised. */
  addTurn(turn: Turn): TurnResult;
  /**
   * Analyses an unsent agent draft against the conversation so far. The history is unchanged; the
   * draft's flags stay among `openFlags()` (marked `draft`) until the next preview or message.
   */
  previewDraft(text: string, at?: number): TurnResult;
  /** Updates the customer's name when the page learns it (header, contact panel). */
  setCustomerName(name: string | undefined): void;
  /** Flags that are still open (not superseded by a later turn), newest first. */
  openFlags(): Flag[];
  suggestions(): Suggestion[];
  level(): AngerLevel;
  customerName(): string | undefined;
  turnCount(): number;
}

export interface Engine {
  startConversation(info?: ConversationInfo): Conversation;
  /** Runs a whole transcript turn by turn, exactly as live. */
  analyzeTranscript(transcript: Transcript): TurnResult[];
}
