// After the customer says it is solved or thanks the agent, the cards close the chat: no
// restatement, remedy, fact question or apology (issue 14: "Ok thanks." got "It sounds like you're
// upset because…" and "What would feel fair to you?"; "All good, thank you!" got a remedy).
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();
const OPENING: ChatLine[] = [
  ['c', 'My package never arrived and nobody answers my emails!', 0],
  ['a', "I'm sorry Dana, I can see it's stuck at the depot. I've asked the courier to deliver it tomorrow.", 40],
];

const kindsAfter = (last: string) => play(engine, [...OPENING, ['c', last, 60]], 'Dana Whitfield').at(-1)!.suggestions;

describe('cards as the chat closes', () => {
  it.each(['My package just got here. All good, thank you!', 'Ok thanks.', 'Thank you. Will post results', 'That worked, thanks so much for the help'])(
    'after "%s": a closing line, nothing that reopens the chat',
    (last) => {
      const cards = kindsAfter(last);
      expect(cards.map((c) => c.kind)).toEqual(['follow-up']);
      expect(cards[0]!.text).toMatch(/Dana/);
    },
  );

  it('takes thanks at the end of a request as a courtesy, not a closing', () => {
    expect(kindsAfter("I've just sent you a message with the details of the second order. Thanks for your help").map((c) => c.kind)).not.toEqual(['follow-up']);
  });

  it('still helps when the thanks comes with a new problem', () => {
    const kinds = kindsAfter('Thanks for nothing, it still has not arrived and I want a refund.').map((c) => c.kind);
    expect(kinds).not.toEqual(['follow-up']);
    expect(kinds.some((k) => k === 'restate' || k === 'apologize' || k === 'solution')).toBe(true);
  });
});
