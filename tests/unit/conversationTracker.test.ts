// The content script's snapshot → turns diffing, without a browser: desks re-render, load
// history above, edit messages and show typing; the engine must see each turn exactly once.
// (Pure logic; lives with the e2e tests because src/content/ is the browser part.)
import { describe, expect, it } from 'vitest';
import { ConversationTracker, type ReadConversation, type ReadMessage } from '../../src/content/conversationTracker';

const T0 = Date.parse('2026-11-24T10:00:00Z');
const dana = (key: string, text: string): ReadMessage => ({ key, speaker: 'customer', text, author: 'Dana Whitfield' });
const sam = (key: string, text: string): ReadMessage => ({ key, speaker: 'agent', text, author: 'Sam' });

function read(messages: ReadMessage[], customerTyping = false, conversationKey = 'zendesk:1042'): ReadConversation {
  return { conversationKey, customerName: 'Dana Whitfield', messages, customerTyping };
}

const history = [dana('m1', 'My order never came.'), sam('m2', 'Hi Dana, let me check.')];

describe('ConversationTracker', () => {
  it('starts a conversation from the history on the page, with the page’s own times', () => {
    const tracker = new ConversationTracker();
    const withTime = [{ ...history[0]!, at: T0 }, history[1]!];
    expect(tracker.apply(read(withTime), T0 + 60_000)).toEqual({ kind: 'restart', newConversation: true });
    expect(tracker.turns()).toEqual([
      { speaker: 'customer', text: 'My order never came.', at: T0, author: 'Dana Whitfield' },
      { speaker: 'agent', text: 'Hi Dana, let me check.', author: 'Sam' },
    ]);
  });

  it('appends live messages stamped when seen, and ignores unchanged reads', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    expect(tracker.apply(read(history), T0 + 1)).toEqual({ kind: 'none' });
    expect(tracker.apply(read([...history, dana('m3', 'Third time!!')]), T0 + 2)).toEqual({ kind: 'append', from: 2 });
    expect(tracker.turns()[2]).toMatchObject({ text: 'Third time!!', at: T0 + 2 });
  });

  it('does not duplicate messages a virtualised list dropped and drew again', () => {
    const tracker = new ConversationTracker();
    const all = [...history, dana('m3', 'Third time!!')];
    tracker.apply(read(all), T0);
    expect(tracker.apply(read(all.slice(-1)), T0 + 1)).toEqual({ kind: 'none' });
    expect(tracker.apply(read(all), T0 + 2)).toEqual({ kind: 'none' });
    expect(tracker.turns()).toHaveLength(3);
  });

  it('restarts when an edit changes a message’s text (same key)', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    const edited = [history[0]!, sam('m2', 'Hi Dana, let me check that right away.')];
    expect(tracker.apply(read(edited), T0 + 1)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns().map((t) => t.text)).toEqual(['My order never came.', 'Hi Dana, let me check that right away.']);
  });

  it('treats a new key in the place of a vanished message of the same speaker as an edit', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    expect(tracker.apply(read([history[0]!, sam('m2-edited', 'Hi Dana, one moment.')]), T0 + 1)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns()).toHaveLength(2);
  });

  it('inserts older history loaded above without treating it as new', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    const older = dana('m0', 'Hello?');
    expect(tracker.apply(read([older, ...history]), T0 + 1)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns().map((t) => t.text)).toEqual(['Hello?', 'My order never came.', 'Hi Dana, let me check.']);
  });

  it('adds a typing event when the indicator comes on, once, before an agent reply seen with it', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    expect(tracker.apply(read(history, true), T0 + 1)).toEqual({ kind: 'append', from: 2 });
    expect(tracker.apply(read(history, true), T0 + 2)).toEqual({ kind: 'none' });
    tracker.apply(read([...history, dana('m3', 'It was a gift')]), T0 + 3);
    // Typing and the agent's reply land in the same read: typing came first.
    tracker.apply(read([...history, dana('m3', 'It was a gift'), sam('m4', 'Refunded.')], true), T0 + 4);
    expect(tracker.turns().slice(2).map((t) => (t.typing ? 'typing' : t.text))).toEqual(['typing', 'It was a gift', 'typing', 'Refunded.']);
  });

  it('starts over for another conversation', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    const other = read([dana('p1', 'Can I change the size?')], false, 'zendesk:1038');
    expect(tracker.apply(other, T0 + 1)).toEqual({ kind: 'restart', newConversation: true });
    expect(tracker.conversationKey).toBe('zendesk:1038');
    expect(tracker.turns()).toHaveLength(1);
  });
});
