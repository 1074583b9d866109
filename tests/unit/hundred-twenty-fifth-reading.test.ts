// What the 125th reading's blind ten (hard chats 2021–2030) found, as kinds, in our own words,
// learned from after it measured the code: sympathy again to "I don't want a phone call to be told
// sorry again", with "the Gazette gets the whole story" unread; a reframe keeping "Well, it's
// Mongolia."; the header's first name when the agent greeted by the given one ("Hello Batbayar"
// under "Ganbold Batbayar"); "sorry for asking again" to "I told you already" after an offer, and
// "someone there who can actually decide" unread; a third of a Burmese name; "you're upset because
// Friday is not possible" to one arranging a day.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('"I don\'t want a call to be told sorry again"', () => {
  it('refuses sympathy, and a newspaper getting the story is a public threat', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Your driver left my 8 year old at the wrong stop in the rain. A stranger walked him home.'],
      ['a', "I'm so sorry, that must have been frightening. Our operations manager will phone you tonight."],
      ['c', "I don't want a call to be told sorry again. I want that driver off the route. If I don't hear in writing by tomorrow the local paper gets the whole story."],
    ]);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b|really hard|frustrat/i);
    expect(rulesOfCustomerLine(engine, "If I don't hear in writing by tomorrow the local paper gets the whole story.")).toContain('escalation.public-shaming');
  });
});

describe('"Well, it\'s Mongolia."', () => {
  it('is dismissive, and a reframe drops it', () => {
    expect(rulesOfAgentLine(engine, "Well, it's Finland. Snow in January was fairly predictable.")).toContain('agent-tone.dismissive');
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'The heat pump stops every night at -25. Why do you sell it here if it cannot work in winter?']],
        "Well, it's Finland. The manual says it runs down to -20°C, so this is outside its range. You can add the backup heater kit for 390 euros.",
      ) ?? '';
    expect(reframe).toMatch(/runs down to -20°C/);
    expect(reframe).not.toMatch(/it's Finland|Finland,/);
  });
});

describe('names', () => {
  it('the given name the agent greets by, under a header that puts another first, is the cards\' name', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My battery stopped charging every morning since December. Error E-17.'],
        ['a', 'Hello Aigerim, thanks for the details. Where is the battery installed?'],
        ['c', 'In the shed. Your installer put it there and nobody told me about the cold. It is -30 here, why do you sell it?'],
      ],
      'Seitkali Aigerim',
    );
    expect(cardTexts(cards)).toMatch(/Aigerim/);
    expect(cardTexts(cards)).not.toMatch(/Seitkali/);
  });

  it('a header word that is no name, greeted back, throws nothing', () => {
    expect(() => cardsAfter(engine, [['c', 'My parcel never came.'], ['a', 'Hello (x+, let me check.'], ['c', 'It has been two weeks!!']], 'Ann (x+')).not.toThrow();
  });

  it('a Burmese name is said whole', () => {
    const cards = cardsAfter(engine, [['c', 'My order never came and nobody answers the phone. This is the third time I write.']], 'Khin Myo Aye');
    const texts = cardTexts(cards);
    expect(texts).toMatch(/Khin Myo Aye/);
  });
});

describe('"I told you already" after an offer', () => {
  it('is no complaint of being asked again, and "someone there who can actually decide" asks for someone senior', () => {
    const cards = cardsAfter(engine, [
      ['c', 'You gave the plot we paid for in 2019 to another family. My mother wanted to lie next to my father.'],
      ['a', "I'm deeply sorry. Would you consider plot 14-09? It's the closest one available and I can hold it today."],
      ['c', 'No. I told you already. My cousin will come to your office tomorrow at 10. I want someone there who can actually decide something.'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/asking again|already given/);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });
});

describe('a day that does not suit', () => {
  it('is not said back as what upsets them', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Hello I want to return the sofa, it is too firm for my back. I have it 40 nights only so still inside the 100 nights. Order SF-22107'],
      ['a', 'Hello, and thank you for the order number! I am sorry the sofa has not worked out for your back. Good news: the return is free. I can book a collection for Friday 11 December between 9:00 and 13:00. Shall I confirm it?'],
      ['c', 'Friday is not possible, it is weekend here and we are at my mother house in Sohar all day. Saturday also same.'],
      ['c', 'I am Salim by the way. Any day Sunday to Thursday after 4 pm is ok. Please dont send the driver Friday anyway, last time a delivery company came Friday without asking, nobody home, and they charged me 5 rial for failed delivery.'],
    ]);
    expect(cardTexts(cards, 'restate')).not.toMatch(/Friday is not possible/);
  });
});
