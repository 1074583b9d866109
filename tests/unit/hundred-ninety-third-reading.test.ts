// What the 193rd reading's blind twenty (hard chats 3111–3130, graded on fddc8ec) found, as kinds, in
// our own words: "I'm just really scared" unread as fear, so a frightened patient got a stock line; a
// pet's urn not read as a loss, so grief got "sorry for the trouble… let's get it sorted out"; thanks
// with a favour to pass on ("would ye ask the lads to knock first?") answered "anything else?".
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { bundledEngine, cardsAfter, cardTexts } from '../helpers/engine';

const engine = bundledEngine();
const cues = (text: string) => customerCuesOf(analyzeText(text) as never);

describe('moments', () => {
  it('fear said with two words before it is fear', () => {
    expect([...cues("I'm honestly really scared the baby is not ok")]).toContain('worried');
  });

  it("a pet's urn is a loss: no 'sorry for the trouble'", () => {
    expect([...cues("I collected Pepper's urn yesterday and the name is spelled wrong")]).toContain('bereaved');
    const cards = cardsAfter(
      engine,
      [
        ['c', "I collected Pepper's urn yesterday and the name is spelled wrong. And the fur clipping we paid for wasn't in the box."],
        ['a', "I'm so sorry for the loss of Pepper. Let me check the order now."],
        ['c', 'Sorry, I know it is only a name plate. She was 16. I keep wondering if it is even her in there.'],
      ],
      'Ruth Klein',
    );
    expect(cardTexts(cards)).not.toMatch(/trouble|sorted out|frustrat/i);
    // (guard) a coffee urn is no loss
    expect([...cues('the hotel coffee urn was empty all morning')]).not.toContain('bereaved');
  });

  it('thanks with a favour to pass on gets it passed on, not "anything else?"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the gutter guys came back and it is all fixed, thanks so much'],
        ['c', 'one small thing, could you ask the team to text before they arrive? I was still in my dressing gown 😅 anyway thanks again'],
      ],
      'Orla Byrne',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/anything else/i);
  });
});
