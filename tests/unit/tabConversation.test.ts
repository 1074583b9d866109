// What one conversation may hold in the worker: a page that never stops adding messages cannot
// grow it without end. The oldest text goes first; the flags raised on it stay open, the page's
// numbering of turns carries on, and a re-run on new rules reads what is held.
import { describe, expect, it } from 'vitest';
import { HELD_CHARACTERS, HELD_TURNS, TabConversation } from '../../src/background/tabConversation';
import { bundledEngine, chatTurns } from '../helpers/engine';
import type { Turn } from '../../src/engine/types';

const engine = bundledEngine();
const THREAT = 'This is the third time I am contacting you. I will sue you and report you to the police!!';

function feed(tab: TabConversation, turns: Turn[], from: number) {
  return tab.applyTurns({ type: 'turns', conversationKey: 'acme-1', customerName: 'Dana Whitfield', from, turns, total: from + turns.length }, Date.now());
}

describe('a conversation held in the worker', () => {
  it('holds at most its bound of turns and text, oldest first, and keeps the flags raised on what it dropped', () => {
    const tab = new TabConversation(() => engine);
    const opening = chatTurns([['c', THREAT, 0]]);
    expect(feed(tab, opening, 0).kind).toBe('applied');
    expect(tab.live!.openFlags().map((f) => f.rule)).toContain('escalation.legal-threat');
    // The same chat, all of it held: what the bounded one must still flag.
    const reference = engine.startConversation({ id: 'acme-1', customer: { name: 'Dana Whitfield' } });
    opening.forEach((turn) => reference.addTurn(turn));

    // Long, calm messages, in pages of 50 as the content script sends them.
    const long = 'I have checked the tracking page again and it still says the parcel is at the depot. '.repeat(12);
    let from = 1;
    while (from < HELD_TURNS * 2) {
      const page = chatTurns(Array.from({ length: 50 }, (_, i) => [(from + i) % 2 ? 'a' : 'c', `${long} (${from + i})`, 5] as const));
      expect(feed(tab, page, from).kind).toBe('applied');
      page.forEach((turn) => reference.addTurn(turn));
      from += page.length;
    }
    expect(tab.turnCount).toBe(from);
    expect(tab.heldText).toBeLessThanOrEqual(HELD_CHARACTERS);
    // The first turn's text is gone; its flags are not.
    expect(tab.turnAt(0)).toBeUndefined();
    expect(tab.turnAt(from - 1)?.text).toContain(`(${from - 1})`);
    expect(tab.live!.openFlags()).toEqual(reference.openFlags());
    expect(tab.live!.openFlags().some((f) => f.turn === 0)).toBe(true);
    // The page's numbering carries on: the next turn is applied, an old resend is not applied twice.
    expect(feed(tab, chatTurns([['c', 'Hello?', 5]]), from).kind).toBe('applied');
    expect(feed(tab, opening, 0).kind).toBe('applied');
    expect(tab.turnCount).toBe(1);
  });

  it('re-runs on new rules from what it holds, numbering on from where the page is', () => {
    const tab = new TabConversation(() => engine);
    const text = 'x'.repeat(HELD_CHARACTERS / 4);
    const turns = chatTurns([
      ['c', `${text} one`, 0],
      ['a', `${text} two`, 5],
      ['c', `${text} three`, 5],
      ['a', `${text} four`, 5],
      ['c', `${text} five`, 5],
      ['c', 'You people are useless and I want a refund NOW!!', 5],
    ]);
    feed(tab, turns, 0);
    expect(tab.turnAt(0)).toBeUndefined();
    tab.rerun();
    expect(tab.turnCount).toBe(turns.length);
    const angry = tab.live!.openFlags().find((f) => f.category === 'anger');
    expect(angry).toBeDefined();
    expect(tab.turnAt(angry!.turn)?.text).toBe('You people are useless and I want a refund NOW!!');
    expect(feed(tab, chatTurns([['a', 'I am sorry, Dana.', 5]]), turns.length).kind).toBe('applied');
    expect(tab.turnCount).toBe(turns.length + 1);
  });
});
