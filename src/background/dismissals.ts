// Flags the agent dismissed, per conversation, kept for the browser session: a restarted worker
// still knows them.
import { fnv1a } from '../text/hash';
import { readSession, writeSession } from '../platform/browser';

const DISMISSED_KEY = 'dismissedFlags';

export class Dismissals {
  /** Flag ids the agent dismissed, per conversation. Ids are rule@turn: no chat text. */
  private byConversation: Record<string, string[]> = {};

  /** Adds what the session stored before this worker started; `loaded` once it is in. */
  load(loaded: () => void): void {
    void readSession<Record<string, string[]>>(DISMISSED_KEY, {}).then((stored) => {
      this.byConversation = { ...stored, ...this.byConversation };
      loaded();
    });
  }

  /** False when there is no conversation to dismiss the flag in. */
  dismiss(conversationKey: string | undefined, flagId: string): boolean {
    const key = dismissalKey(conversationKey);
    if (!key) return false;
    this.byConversation[key] = [...(this.byConversation[key] ?? []), flagId];
    void writeSession(DISMISSED_KEY, this.byConversation);
    return true;
  }

  of(conversationKey: string | undefined): Set<string> {
    const key = dismissalKey(conversationKey);
    return new Set(key ? this.byConversation[key] : []);
  }
}

// Conversation keys can hold the customer's name; storage gets only a hash of them.
function dismissalKey(conversationKey: string | undefined): string | undefined {
  return conversationKey === undefined ? undefined : fnv1a(conversationKey).toString(36);
}
