// What the 215th reading's blind twenty (hard chats 3551–3570, graded on e2d2b901) found, as kinds, in
// our own words: a fan's vow in the header ("BLUE TILL I DIE") greeted as a name, and the agent's own
// sign-off ("Thanks, Becky") taken for the customer's; a lone guest who barricaded her door told "sorry
// you've had to deal with this"; a branch named by its place to be told about its shelf, met with
// sympathy; a failed embryo transfer met with "sorry for the trouble" and "let me look into this"; and
// reframes that kept a colleague's "never sent … to the insurer" and "which judging by your old discs you
// do", and dropped the reason the extra work was done.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a fan\'s vow in the header is no name ("GREEN TILL I DIE", "Hoops 4 Life")', () => {
    for (const header of ['GREEN TILL I DIE ⚽', 'Hoops 4 Life 🍀', 'Magpie through and through']) expect(nameFrom(header, 'transcript')).toBeUndefined();
  });

  it('guard: "Till" opening a header is a given name', () => {
    expect(nameFrom('Till Brandt', 'transcript')?.first).toBe('Till');
  });

  it('the agent signing off with "Thanks, Priya" does not name the customer Priya', () => {
    const cards = cardsAfter(engine, [
      ['c', '@shop ordered a kit for my son 3 weeks ago and nothing has come'],
      ['a', "@kitfan Hi there, sorry to hear that! Please DM us your order number and we'll check it for you. Thanks, Priya"],
      ['c', "@shop it's in my first tweet Priya. 3 weeks and his birthday is on Friday. I want a manager"],
    ]);
    expect(cardTexts(cards)).not.toMatch(/Priya/);
  });
});

describe('moments', () => {
  it('a guest who has pushed furniture against the door, a man banging on it: the door kept shut, the police if in danger', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The lock on room 12 is broken and the night porter says nobody can fix it until morning.'],
        ['a', 'Hi Mara, thank you for letting us know. We have passed it to the duty manager.'],
        ['c', "A drunk man was banging on my door just now. I've dragged the desk in front of the door. What should I do?"],
      ],
      'Mara Quist',
    );
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
    expect(cardTexts(cards, 'apologize')).toMatch(/door shut.*police/);
    expect(cardTexts(cards)).not.toMatch(/pet|vet\b|deal with this|take this on myself/i);
  });

  it('thanks for the refund, and a branch named by its place to check its shelf: passed on, no sympathy', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The yoghurt I bought on Tuesday was three weeks out of date and I was charged twice.'],
        ['a', 'Thanks Dana, the second charge has been reversed and a refund for the yoghurt is on its way.'],
        ['c', 'Refund is there, cheers! Please tell Bondi Junction to check the dates in that fridge. Someone with a baby could get sick'],
      ],
      'Dana Kerr',
    );
    expect(cards.some((c) => c.kind === 'follow-up')).toBe(true);
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/sorry you've had to deal|look into this/i);
  });

  it('a failed transfer is mourned, and "is it normal to feel like it was my fault" gets an honest answer promised', () => {
    const first = cardsAfter(engine, [['c', 'The pregnancy test after our frozen transfer came back negative this morning. And now there is a bill for the storage.']], 'Ines Moreau');
    expect(cardTexts(first)).toMatch(/sorry for your loss/);
    expect(cardTexts(first)).not.toMatch(/trouble this has caused/);
    const later = cardsAfter(
      engine,
      [
        ['c', 'The pregnancy test after our frozen transfer came back negative this morning. And now there is a bill for the storage.'],
        ['a', "Ines, I'm so sorry to hear the news. Take all the time you need; I can see your file."],
        ['c', 'Do we have to decide about the storage this month? And is it normal to feel like it was my fault. I was so stressed at work that week'],
      ],
      'Ines Moreau',
    );
    expect(cardTexts(later)).toMatch(/honest answer/);
    expect(cardTexts(later)).not.toMatch(/look into this|sorry for your loss/);
  });
});

describe('reframes', () => {
  it('a named colleague who never sent the new figure through to the underwriter goes from a draft that concedes', () => {
    const reframe = reframeAfter(
      engine,
      'Are you telling me we are underinsured now because of your office? I sent the new figures in March.',
      "Hi Sam, totally understand. To be straight with you: this one's on us. Tomasz never sent your new $95,000 figure through to the underwriter, he's been all over the place lately. Don't worry though, I'll make sure the underwriter pays out the full $95,000 plus the $200 for the skip by the end of next week, and if they won't, our office will cover the difference. Please keep the receipts for the repairs.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/Tomasz|never sent/);
    expect(reframe).toMatch(/keep the receipts/);
  });

  it('"which going by your tyres you do" goes; the reason the work was done stays', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Why is the bill 200 more than the quote? And now the car pulls to the left.']],
      'Ms Okoro, the mechanic also replaced the track rod ends because they were worn through. Honestly, read the terms you signed next time. Some pull after new tyres is normal if you kerb the wheels, which going by your tyres you do. The old parts are here if you want to see them.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/going by your tyres|next time/);
    expect(reframe).toMatch(/replaced the track rod ends because they were worn through/);
  });
});

describe('hand-offs and remedies', () => {
  it("a complaint threatened to a country's central bank is a hand-off", () => {
    const cards = cardsAfter(engine, [
      ['c', 'My card has been frozen for three days and my rent is due. I did the verification twice.'],
      ['a', 'Hi Jonas, to unfreeze your card please complete verification in the app.'],
      ['c', 'I DID. Twice. If this is not fixed today I am writing a complaint to the Central Bank of Ireland. Ridiculous'],
    ]);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });

  it('damp and a leaking boiler in a rented flat get no replacement, return or photo of "the item"', () => {
    const cards = cardsAfter(engine, [['c', 'Fourth time I am reporting this. Damp all over the bedroom ceiling and the boiler is leaking again, the baby sleeps in there. Your text says the repair is done. Nobody came!']]);
    expect(cardTexts(cards)).not.toMatch(/replacement|return|the item/i);
  });

  it('a radiator not working gets no question about the device and browser', () => {
    const cards = cardsAfter(engine, [['c', 'the radiator in my room is not working for 5 days now. i reported it on your portal 3 times and nobody comes']]);
    expect(cardTexts(cards)).not.toMatch(/browser|app version|replacement/i);
  });

  it('guard: a home internet outage still gets the technical remedies', () => {
    const cards = cardsAfter(engine, [['c', 'Our home internet has been down since Sunday and the router in the flat shows a red LOS light. Account 5521 889.']]);
    expect(cardTexts(cards)).toMatch(/technical team|steps that often fix this/);
  });
});
