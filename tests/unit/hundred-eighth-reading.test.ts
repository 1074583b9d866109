// What the 108th reading's blind ten (hard chats 1851–1860) found, as kinds, in our own words,
// learned from after it measured the code: "how frustrating" to someone stranded by a busy road
// after dark; the emergency-number card after the customer said the illness was not dangerous;
// a refund in progress ("I'm refunding both items") dropped from a reframe; "just because you
// have a deadline" kept in one; "I'll check what I can do" to a cancellation asked for again
// after a retention offer; a check-back date after the delivery had arrived.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('someone stranded where it is dangerous', () => {
  const stranded: Parameters<typeof cardsAfter>[1] = [
    ['c', 'My van broke down on the A9 two hours ago and still no recovery truck. Where is it?'],
    ['a', "I'm sorry about the wait, Ingrid. The truck assigned to you was diverted; a new one is being arranged."],
    ['c', "It's getting dark, my children are in the van with me and lorries are flying past right next to us."],
  ];

  it('is told their safety comes first, not how frustrating it must be', () => {
    const cards = cardsAfter(engine, stranded, 'Ingrid Olsen');
    const apology = cardTexts(cards, 'apologize');
    expect(apology).toMatch(/safety comes first/);
    expect(apology).not.toMatch(/frustrat|trouble|inconvenien/);
  });

  it('and asked for a real time, is promised a straight answer as well', () => {
    const cards = cardsAfter(engine, [...stranded, ['c', 'Just give me a time. A real time, not "being arranged".']], 'Ingrid Olsen');
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
    expect(cardTexts(cards, 'apologize')).toMatch(/safety comes first/);
  });

  it('but a dark evening at home with no breakdown is no roadside danger', () => {
    const cards = cardsAfter(engine, [['c', "It's getting dark and my router still shows a red light after your engineer left. Useless!!"]]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/safety comes first/);
  });
});

describe('a health scare said to be not serious', () => {
  const scare: Parameters<typeof cardsAfter>[1] = [
    ['c', 'I ordered gluten-free bread and you sent the normal one. My daughter is coeliac and ate two slices before I noticed.'],
    ['a', "I'm so sorry, Petra. How is she doing?"],
    ['c', "She got sick from the bread, nothing serious, but she's miserable and missed her swimming lesson. I want my money back."],
  ];

  it('gets a wish she feels better, not the emergency number', () => {
    const cards = cardsAfter(engine, scare, 'Petra Novak');
    const all = cards.map((c) => c.text).join(' ');
    expect(all).not.toMatch(/emergency/);
    expect(cardTexts(cards, 'apologize')).toMatch(/feels better soon/);
  });

  it('while a scare told without that still gets it', () => {
    const cards = cardsAfter(engine, [['c', 'Your bread was labelled gluten-free and my coeliac daughter is now vomiting and shaking.']], 'Petra Novak');
    expect(cards.map((c) => c.text).join(' ')).toMatch(/emergency/);
  });
});

describe('a reframe', () => {
  it('keeps a refund the agent is making now, and names the doctor costs it looks into', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', "You swapped my son's lactose-free yoghurt for normal ones and now he has stomach cramps. Not dangerous, but I want the money back."]],
        "It was our driver's mistake, he clearly didn't check. I promise it will never happen again. I'm refunding both yoghurts, and of course we'll pay any doctor's bills.",
      ) ?? '';
    expect(reframe).toMatch(/I'm refunding both yoghurts/);
    expect(reframe).toMatch(/what we can do about the medical costs/);
    expect(reframe).not.toMatch(/trouble this has caused/);
  });

  it('drops "just because you have a deadline" and keeps the limit', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'My visa appointment is on the 12th and you still have not sent my certificate. WHEN??']],
        "As I already told you, certificates take 20 working days and I can't rush yours just because you have an appointment. Posting online won't make it faster either.",
      ) ?? '';
    expect(reframe).toMatch(/can't rush yours/);
    expect(reframe).not.toMatch(/just because/);
  });
});

describe('a cancellation asked for again after a retention offer', () => {
  it('is taken up, not met with "I\'ll check what I can do"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your gym has had no hot water for a month and nobody fixes it. I want out of my contract.'],
      ['a', 'Sorry to see you go, Ona. Before we proceed, I can offer you 40% off for the next six months.'],
      ['c', 'No thanks.'],
      ['a', 'Would a free personal training session help you stay?'],
      ['c', 'I said no. Please just process the cancellation. Is there an exit fee?'],
    ], 'Ona Petrauskienė');
    const solution = cardTexts(cards, 'solution');
    expect(solution).toMatch(/no more offers/);
    expect(solution).not.toMatch(/check what I can do/);
  });
});

describe('thanks after the delivery arrived', () => {
  it('is answered without a check-back date, also when a second thank-you follows', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my dads oxygen tubing order didnt come yesterday, order MX-5521'],
      ['a', 'Hi Kavya, the courier will bring it today between 10 and 12 and will call first.'],
      ['c', 'ok'],
      ['c', 'it arrived!! 11.05, all there. thank you so much'],
      ['c', 'dad says thanks too 🙏'],
    ]);
    const followUp = cardTexts(cards, 'follow-up');
    expect(followUp).not.toMatch(/check back/);
    expect(followUp).toMatch(/glad/i);
  });
});

describe('"No thanks." to an offer', () => {
  it('is the offer turned down, not a thank-you to close on', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My broadband has dropped out every evening for two weeks. I want out of my contract.'],
      ['a', 'Sorry about that, Rhys. Would a free speed upgrade help you stay with us?'],
      ['c', 'No thanks.'],
    ], 'Rhys Morgan');
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/You're welcome/);
    expect(cardTexts(cards, 'solution')).toMatch(/no more offers/);
  });
});
