// What the 120th reading's blind ten (hard chats 1971–1980) found, as kinds, in our own words,
// learned from after it measured the code: condolences sent again to a grieving customer who had
// just written "please don't send me another sorry, I just need to know honestly…"; and a reframe
// ending on "I can process." once the request it finished went.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a grieving customer who asks for no more sorry', () => {
  it('gets no condolences again, nor "you want this put right"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The video of our ceremony is missing the vows. How can that happen?'],
      ['a', 'I am so sorry. The camera card failed; it is with a recovery lab and we expect an answer on Friday.'],
      ['c', 'I should have said before. My mum died last month. That was the last video of her with us.'],
      ['c', 'Please do not send me another sorry. I just need to know honestly if there is any chance.'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('a reframe that drops a request for what was given already', () => {
  it('drops the "so I can …" that finished it, too', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'you took 200 tk twice from my balance. i sent the transaction ID already. please give back']],
        'This is 100% our system fault and I guarantee the 200 Tk is back within 1 hour. Please also send me the transaction ID again so I can process.',
      ) ?? '';
    expect(reframe).not.toMatch(/I can process|so I can\.?$/);
    expect(reframe).not.toMatch(/100%|guarantee/);
  });
});
