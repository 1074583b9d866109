// The breather nudge after a heated chat, per tab (PLAYBOOK 12).
import type { EndedChat } from './tabConversation';

// The nudge stays for a while after a heated chat, then goes away by itself.
const BREATHER_MS = 15 * 60_000;

export class Breathers {
  private ended = new Map<number, EndedChat>();

  /** A heated chat just ended on `tabId`. */
  note(tabId: number, ended: EndedChat): void {
    this.ended.set(tabId, ended);
  }

  /** The agent dismissed it, or the tab is gone. */
  forget(tabId: number): void {
    this.ended.delete(tabId);
  }

  shown(tabId: number, now: number): EndedChat | undefined {
    const ended = this.ended.get(tabId);
    return ended && now - ended.endedAt < BREATHER_MS ? ended : undefined;
  }
}
