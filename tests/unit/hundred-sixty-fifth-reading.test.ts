// What the 165th reading's blind twenty (hard chats 2551–2570, graded on 5dd233d before any of
// this) found, as kinds, in our own words: a header written family name first beside a flag
// ("Okello Brian 🇺🇬"), its own @handle putting the given name first; "pode me chamar de Nanda";
// a scared carer ("I can not sleep thinking about this") told how frustrating it must be; "I've
// already told him off" kept in a reframe once the colleague went; a lower-case handle beside an
// emoji ("hoopsfan_ph 🏀") read as a name once the emoji was taken off.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a flag is no word of the name', () => {
    expect(nameFrom('Wanjiru Kamau 🇰🇪', 'page')).toMatchObject({ first: 'Wanjiru', last: 'Kamau' });
  });

  it('"@MusaDaniel_" from the agent, under "Daniel Musa 🇳🇬", calls him Musa', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@ShopWaveHelp i paid 20,000 naira for data yesterday and nothing came. ref TX-55120'],
        ['a', '@MusaDaniel_ Hello, we regret the inconvenience. Kindly DM us your number.'],
        ['c', '@ShopWaveHelp the ref is RIGHT THERE in my tweet. and your DMs are closed. useless'],
      ],
      'Daniel Musa 🇳🇬',
    );
    expect(cardTexts(cards)).toMatch(/\bMusa\b/);
    expect(cardTexts(cards)).not.toMatch(/\bDaniel\b/);
  });

  it('"pode me chamar de Bia" is the name they asked for', () => {
    const conversation = engine.startConversation({ id: 'bia', customer: { name: 'Beatriz Souza' } });
    conversation.addTurn({ speaker: 'customer', text: 'my account was hacked and they took my savings. pode me chamar de Bia, everybody does. please help, it was my rent money' });
    expect(conversation.customerName()).toBe('Bia');
  });

  it('a lower-case handle beside an emoji is a screen name', () => {
    expect(nameFrom('gamerdude_uk 🎮', 'page')).toBeUndefined();
  });
});

describe('a carer who cannot sleep for worry', () => {
  it('is not told how frustrating it must be', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The transport for my mother to her chemotherapy did not come again today. She is 80.'],
      ['c', 'I work on Friday, I can not take her if the car fails again. please tell me it will come. I can not sleep thinking about this'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/frustrat/);
  });
});

describe('a reframe', () => {
  it('drops "I\'ve already told him off" with the colleague it reprimands', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The wardrobe arrived with a cracked door. Whose mistake is this?']],
      "This is completely our fault, our driver Pavel obviously dropped it, I've already told him off. I'll book a new door for you this week.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/told him off|Pavel/);
  });
});
