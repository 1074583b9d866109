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

  it('treats a new key at the top, in the place of a vanished first message, as an edit (a DOM-fuzz finding)', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read(history), T0);
    expect(tracker.apply(read([dana('m1-edited', 'My order never came. (edited)'), history[1]!]), T0 + 1)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns().map((t) => t.text)).toEqual(['My order never came. (edited)', 'Hi Dana, let me check.']);
    // Edited back: still the same first turn.
    tracker.apply(read(history), T0 + 2);
    expect(tracker.turns().map((t) => t.text)).toEqual(['My order never came.', 'Hi Dana, let me check.']);
  });

  it('treats a lone message replaced by a new key of the same speaker as an edit', () => {
    const tracker = new ConversationTracker();
    tracker.apply(read([history[0]!]), T0);
    expect(tracker.apply(read([dana('m1-edited', 'My order never came. (edited)')]), T0 + 1)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns().map((t) => t.text)).toEqual(['My order never came. (edited)']);
    // A new message of the other side in its place is no edit.
    expect(tracker.apply(read([sam('m2', 'Hi Dana.')]), T0 + 2)).toEqual({ kind: 'append', from: 1 });
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

describe('ConversationTracker, a first read in slices', () => {
  const line = (i: number) => (i % 2 ? sam(`h${i}`, `Agent line ${i}`) : { ...dana(`h${i}`, `Customer line ${i}`), at: T0 + i * 1000 });
  const page = Array.from({ length: 9 }, (_, i) => line(i));
  const sliced = (messages: ReadMessage[], customerTyping = false): ReadConversation => ({ ...read(messages, customerTyping), moreToRead: true });

  it('keeps every message found until the last slice as history, each once, in page order', () => {
    const tracker = new ConversationTracker();
    expect(tracker.apply(sliced(page.slice(0, 3)), T0 + 60_000)).toEqual({ kind: 'restart', newConversation: true });
    expect(tracker.apply(sliced(page.slice(0, 6)), T0 + 60_001)).toEqual({ kind: 'append', from: 3 });
    // A message sent meanwhile lands at the end of the page and is read in the last slice.
    const meanwhile = dana('live1', 'Are you still there??');
    expect(tracker.apply(read([...page, meanwhile]), T0 + 60_002)).toEqual({ kind: 'append', from: 6 });
    expect(tracker.turns().map((t) => t.text)).toEqual([...page.map((m) => m.text), meanwhile.text]);
    // History keeps the page's own time (or none); nothing is stamped "seen now" before the end.
    expect(tracker.turns().slice(0, 9).map((t) => t.at)).toEqual(page.map((m) => m.at));
    expect(tracker.turns()[9]!.at).toBeUndefined();
    // After the first read, new messages are live again.
    tracker.apply(read([...page, meanwhile, sam('live2', 'Yes, Dana.')]), T0 + 70_000);
    expect(tracker.turns()[10]).toMatchObject({ text: 'Yes, Dana.', at: T0 + 70_000 });
  });

  it('adds typing shown during the first read once, after the whole history', () => {
    const tracker = new ConversationTracker();
    tracker.apply(sliced(page.slice(0, 4), true), T0);
    tracker.apply(sliced(page.slice(0, 7), true), T0 + 1);
    expect(tracker.turns().some((t) => t.typing)).toBe(false);
    expect(tracker.apply(read(page, true), T0 + 2)).toEqual({ kind: 'append', from: 7 });
    expect(tracker.turns().filter((t) => t.typing)).toHaveLength(1);
    expect(tracker.turns().at(-1)).toEqual({ speaker: 'customer', typing: true, at: T0 + 2 });
    expect(tracker.apply(read(page, true), T0 + 3)).toEqual({ kind: 'none' });
  });

  it('starts over when another conversation opens before the first read ends', () => {
    const tracker = new ConversationTracker();
    tracker.apply(sliced(page.slice(0, 4)), T0);
    const other = [dana('o1', 'Different ticket.')];
    expect(tracker.apply(read(other, false, 'zendesk:1038'), T0 + 1)).toEqual({ kind: 'restart', newConversation: true });
    expect(tracker.turns().map((t) => t.text)).toEqual(['Different ticket.']);
    // Live again at once: this read was whole.
    tracker.apply(read([...other, dana('o2', 'Hello?')], false, 'zendesk:1038'), T0 + 5);
    expect(tracker.turns()[1]!.at).toBe(T0 + 5);
  });
  // A reader hands back the same message objects read after read (descriptorReader keeps them):
  // the tracker skips what the last read already held, and must still see what is new in it.
  it('reads a long chat that the reader hands back with the same message objects', () => {
    const tracker = new ConversationTracker();
    const page: ReadMessage[] = Array.from({ length: 2000 }, (_, i) => (i % 2 ? sam : dana)(`k${i}`, `Message ${i}`));
    tracker.apply(read(page.slice()), T0);
    // One more, the rest the very same objects.
    page.push(dana('k2000', 'Still waiting!!'));
    expect(tracker.apply(read(page.slice()), T0 + 1)).toEqual({ kind: 'append', from: 2000 });
    expect(tracker.apply(read(page.slice()), T0 + 2)).toEqual({ kind: 'none' });
    // An edit is a new object under the same key: the history changed.
    page[1500] = sam('k1500', 'Message 1500, edited');
    expect(tracker.apply(read(page.slice()), T0 + 3)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns()[1500]!.text).toBe('Message 1500, edited');
    // Older messages loaded above: history, in place, before the shared objects.
    const older = [dana('old1', 'Earlier question.'), sam('old2', 'Earlier answer.')];
    expect(tracker.apply(read([...older, ...page]), T0 + 4)).toEqual({ kind: 'restart', newConversation: false });
    expect(tracker.turns().slice(0, 3).map((t) => t.text)).toEqual(['Earlier question.', 'Earlier answer.', 'Message 0']);
    // New after that, with the shared objects again: appended once, stamped now.
    expect(tracker.apply(read([...older, ...page, sam('k2001', 'Looking now.')]), T0 + 5)).toEqual({ kind: 'append', from: 2003 });
    expect(tracker.turns()).toHaveLength(2004);
    expect(tracker.turns().at(-1)).toMatchObject({ text: 'Looking now.', at: T0 + 5 });
  });
});
