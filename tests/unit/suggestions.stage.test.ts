// Cards follow the stage of the chat. After the customer says it is solved or thanks the agent, the cards close the chat: no
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

describe('"what would feel fair" answers an offer turned down', () => {
  const fair = /feel fair|doesn't work for you/;
  it('is not asked before anything was offered', () => {
    for (const complaint of ['My card was charged twice for the same order and I want it fixed.', 'I am really unhappy with how I was treated in your store yesterday.']) {
      const cards = play(engine, [['c', complaint, 0]], 'Dana Whitfield').at(-1)!.suggestions;
      expect(cards.some((c) => fair.test(c.text)), complaint).toBe(false);
    }
  });

  it('is asked once the customer turned the offer down', () => {
    const cards = play(
      engine,
      [
        ['c', 'My card was charged twice for the same order and I want it fixed.', 0],
        ['a', 'I can offer you a 10% voucher for your next order, Dana.', 30],
        ['c', "That's not good enough, I want my money back.", 30],
      ],
      'Dana Whitfield',
    ).at(-1)!.suggestions;
    expect(cards.some((c) => fair.test(c.text))).toBe(true);
  });
});

// A question for facts, or "tell me a bit more", only where it helps: a trainer's reading found
// stock questions after full accounts, questions and details (issue 14).
describe('questions that fit the moment', () => {
  const questionsAfter = (lines: ChatLine[]) => play(engine, lines, 'Dana Whitfield').at(-1)!.suggestions.filter((s) => s.kind === 'clarify').map((s) => s.text);

  it('invites the problem only while the customer has said too little to go on', () => {
    expect(questionsAfter([['c', 'Hi, I need some help.', 0]]).some((q) => /tell me a bit more|walk me through/.test(q))).toBe(true);
    expect(questionsAfter([['c', 'Is the cinema on Park Road showing the new film on Saturday, and can I book seats online?', 0]])).toEqual([]);
  });

  it('asks no stock question when the kind of problem is unclear', () => {
    expect(questionsAfter([['c', 'The staff at your Leeds branch were so rude to my mother this morning, she left in tears.', 0]])).toEqual([]);
  });

  it('asks for a missing fact right after the complaint, not after the details that follow', () => {
    expect(questionsAfter([['c', "My parcel still hasn't arrived and it was due on Monday!", 0]])).toEqual([expect.stringMatching(/order number/)]);
    const later = questionsAfter([
      ['c', "My parcel still hasn't arrived and it was due on Monday!", 0],
      ['a', "I'm sorry, Dana. Let me look into it.", 30],
      ['c', 'It was a birthday present for my dad.', 60],
    ]);
    expect(later).toEqual([]);
  });
});
