// What the 95th reading's blind ten (hard chats 1721–1730) found, as kinds, in our own words: "I
// need a real answer today" met with "I'll take this on myself"; "let me look into this… come back
// to you" to a grieving daughter asking to stop everything, and "keep you updated" to a man asking
// for a permanent self-exclusion and no more messages (told "how frustrating"); an apology to
// "thank you so much… sorry I was so angry yesterday"; and a stock offer to "just confirm the date
// and the amount of the refund?".
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter } from '../helpers/engine';

const engine = bundledEngine();
const texts = (cards: { text: string }[]) => cards.map((c) => c.text).join(' | ');

describe('the moment', () => {
  it('"I need a real answer today" gets no stock offer', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My passport has been with your visa office for three weeks and I fly on Friday.'],
      ['a', "I'm sorry for the wait. It's still in processing."],
      ['c', "Please, not 'in processing' again. I need a real answer today."],
    ]);
    expect(texts(cards)).not.toMatch(/take this on myself|look into this now/);
  });

  it('no "come back to you" to a grieving family asking to stop everything', () => {
    const cards = cardsAfter(engine, [
      ['c', 'My husband passed away in March and your clinic just texted him to book his annual check-up.'],
      ['c', "I don't want another message asking him to come in. Can you please just stop everything"],
    ]);
    expect(texts(cards)).not.toMatch(/come back to you|keep you updated/);
  });

  it('a self-exclusion and no more messages: no updates promised, no "how frustrating"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'i lost a lot of money this month on your site. i dont want free spins'],
      ['c', 'i want the self exclusion, permanent. and stop the emails and the sms, they come every night'],
    ]);
    expect(texts(cards)).not.toMatch(/keep you updated|frustrating/);
  });

  it('thanks with "sorry I was so angry yesterday" gets a warm goodbye, no apology', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The hem on my dress is still wrong and the wedding is Saturday!'],
      ['a', "I've had it redone today, it's ready for you on Saturday at 2pm, no extra charge."],
      ['c', 'ok perfect!! thank you so much, really. sorry I was so angry yesterday 😅 see you saturday'],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('apologize');
    expect(texts(cards)).toMatch(/No worries at all/);
  });

  it('"can you just confirm the date and the amount?" gets its ask acknowledged, not a stock ownership line', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I want to cancel my language course, not pause it.'],
      ['a', 'I could pause it for three months instead, would that help?'],
      ['c', 'No. Third time I say it: cancel. Can you please just confirm the cancellation date and the amount of the refund?'],
    ]);
    expect(texts(cards)).not.toMatch(/take this on myself/);
  });
});
