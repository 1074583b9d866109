// What the 186th reading's blind twenty (hard chats 2971–2990, graded on the code after the 185th's
// learning) found, as kinds, in our own words: "the family" of a household's header greeted as a
// name, while the agent had greeted the man by his own; a happy thank-you with praise met with an
// email follow-up; feedback for the warehouse and the queue met with "anything else?"; "let me know
// when it's there" answered "as soon as it's decided"; "sorry doesnt help" in a pet's poisoning met
// with another sorry, and the poisoning itself with none of the safety cards; a policy reframe that
// lost "Dear Mrs …"; a two-word given name the agent used, cut to its first word.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"Familjen …" is a household, and the name the agent greets them by after a handle is taken up', () => {
    expect(nameFrom('Familjen Berg 🌲', 'page')).toBeUndefined();
    const cards = cardsAfter(
      engine,
      [
        ['c', '@BoxHelp hi, how do I pause our delivery for week 30? /Lars'],
        ['a', "@berg_family Hej Lars! It's under 'My account' > 'Deliveries'."],
        ['c', '@BoxHelp found it thanks. One more question though. last pause we were still charged 299 kr and it took 3 emails to get it back. will this week be charged or not?'],
      ],
      'Familjen Berg 🌲',
    );
    expect(cardTexts(cards)).not.toMatch(/Familjen/);
    expect(cardTexts(cards)).toMatch(/Lars/);
  });

  it('(guard) "Hi Adventurer!" gives no name, and "Im Kiri" puts right the one the agent guessed', () => {
    const adventurer = cardsAfter(engine, [
      ['c', '@GameHelp my gems never arrived after I paid, 3 days now'],
      ['a', '@xx_fox Hi Adventurer! Please try restarting the game.'],
      ['c', '@GameHelp did that already, twice. still nothing'],
    ]);
    expect(cardTexts(adventurer)).not.toMatch(/Adventurer/);
    const kiri = cardsAfter(
      engine,
      [
        ['c', '@PetCover my dog Rua died last week and you still took this month. nobody answers'],
        ['a', '@kiri_rua Kia ora Rua, thanks for reaching out! Please DM us your policy number.'],
        ['c', '@PetCover Rua was my dog. Im Kiri. DMd you the number.'],
      ],
      'Kiri & Rua 🐾',
    );
    expect(cardTexts(kiri)).not.toMatch(/\bRua\b/);
  });

  it('a two-word given name the agent uses whole is said whole', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the night bus never picked us up at the hotel, we called 5 times, no answer'],
        ['a', 'Thank you Thu Trang. The driver had the wrong address, we apologize. We can offer a 20% voucher.'],
        ['c', 'No thank you. I will never ride with you again. I want a refund of the 2 tickets and the taxi.'],
      ],
      'Thu Trang Nguyen',
    );
    expect(cardTexts(cards)).toMatch(/Thu Trang/);
  });
});

describe('moments', () => {
  it('happy thanks with praise closes, with no follow-up promised', () => {
    const cards = cardsAfter(engine, [
      ['c', 'wrong food in the box and one bag split everywhere, order 5521'],
      ['a', 'So sorry! We have refunded the box in full (£24.99) and a replacement box goes out tomorrow.'],
      ['c', 'ah ta v much, thats brill 👍 tbh didnt expect it sorted that fast 😊'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/follow up with you by email/i);
    expect(cardTexts(cards, 'follow-up')).toMatch(/welcome/i);
  });

  it('thanks with a word for the warehouse and a shop is passed on, not "anything else?"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the blazer you sent is the wrong size, can I swap it in store?'],
      ['a', "Yes, just bring it with the order number, I've put a note on the order."],
      ['c', 'Ok great, thanks Amy, sorted. But tell the warehouse to check what they pack. And please do something about the queue at the Bridge St store, it was an hour.'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/anything else/i);
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/i);
  });

  it('"let me know when it is actually there?" is answered with the delivery', () => {
    const cards = cardsAfter(engine, [
      ['c', 'the flowers for my dad\'s funeral show Saturday but the service is Friday!'],
      ['a', "I'm so sorry for your loss. I've moved the delivery to Friday by 9am, to the funeral home."],
      ['c', "thank you. will someone let me know when they're actually there? I won't be able to check my phone much"],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/decided/);
    expect(cardTexts(cards, 'follow-up')).toMatch(/delivered/);
  });
});

describe('safety', () => {
  it("a dog that ate chocolate is a safety scare, and after \"sorry doesnt help\" the hand-off drops its sorry", () => {
    expect(rulesOfCustomerLine(engine, 'my dog ate chocolate, a whole bar, an hour ago. what do I do')).toContain('escalation.safety');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my dog ate chocolate, a whole bar, an hour ago. what do I do'],
        ['a', "I've passed this to the on-call vet who will ring you shortly. I'm sorry I can't tell you more."],
        ['c', 'sorry doesnt help. its been 10 min and no call'],
      ],
      'Sam',
    );
    expect(cardTexts(cards, 'escalate')).toMatch(/pet/);
    expect(cardTexts(cards)).not.toMatch(/\bsorry\b/i);
  });
});

describe('reframes', () => {
  it('a policy reframe keeps "Dear Ms …"', () => {
    const said =
      reframeAfterChat(
        engine,
        [['c', 'Your tuner broke a string and now you charge me for it? I teach on this piano from Monday.']],
        'Dear Ms Keller, according to our terms and conditions (§4.1), strings that break during tuning are normal wear and tear and are charged to the customer. The €40 covers the new string, which will be fitted at a second visit (call-out fee €30).',
      ) ?? '';
    expect(said).toMatch(/^Dear Ms Keller, /);
    expect(said).not.toMatch(/terms and conditions/);
  });
});
