// What the 154th reading's blind twenty (hard chats 2331–2350: ten Twitter support threads, ten
// live chats) found, as kinds, in our own words, learned from after it was graded: handles with a
// mood or a persona ("glesga_grumpy", "bigtex_momma") taken for names; a reframe that kept a lesson
// to the victim ("the best way to avoid this is…, replying just encourages them") and turned "he
// will never be able to contact you again" into a call-back; "frustrating" for one who feels
// unsafe; "Will someone actually tell me whether it's approved?" answered with thanks for an ask
// made earlier; a reframe that kept a colleague's "should have told you" and lost the manager's
// call in the sentence after it.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, type ChatLine, draftAfterChat, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('handles with a mood or a persona', () => {
  it('are no names; a plain "first_last" still is', () => {
    expect(nameFrom('salty_sam', 'page')).toBeUndefined();
    expect(nameFrom('brum_mummy', 'page')).toBeUndefined();
    expect(nameFrom('amara_okafor', 'page')?.first).toBe('Amara');
  });
});

describe('a lesson to the victim, and a promise to keep someone away', () => {
  const chat: ChatLine[] = [
    ['c', 'Hello. 2 days ago I reported user "mark_77" for sending me rude photos. Nobody answered me.'],
    ['a', "Hi Lena, thank you for writing, and I'm really sorry you had to deal with that. Let me check where your report is."],
    ['c', 'Now he made new account and writes me again, same things.'],
    ['c', 'I use this app for practising German for my studies. I feel not safe, he know my city.'],
    ['a', "Thank you for telling me. The first account was suspended yesterday. I'm sending the new one to our safety team now."],
    ['c', 'ok. but what if he makes one more account'],
  ];
  const result = draftAfterChat(
    engine,
    chat,
    "Honestly Lena, the best way to avoid this is to block people straight away instead of replying, replying just encourages them. But don't worry, I guarantee he will never be able to contact you again.",
    'Lena',
  );

  it('the lesson goes, and "never contact you again" is not reworded as a call-back', () => {
    expect(cardTexts(result.suggestions, 'reframe')).not.toMatch(/best way to avoid|encourages|contact you as soon as possible/i);
  });

  it('one who feels unsafe is not told of "the trouble" or how frustrating it is', () => {
    expect(cardTexts(result.suggestions, 'apologize')).not.toMatch(/frustrating|trouble/i);
  });
});

describe('"will someone actually tell me whether…?"', () => {
  it('is answered: yes, they will be told; no thanks for an ask made before', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My flight was cancelled by you, not by me. I do not want a voucher, I want the 180 EUR back on my card.'],
        ['a', "I understand. I've passed your case to our refunds team with the cancellation notice. They usually decide within 10 working days."],
        ['c', 'Usually. Great. Will anyone actually let me know if it is approved, or do I refresh my banking app every day?'],
      ],
      'Ines Duarte',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/you're told as soon as it's decided/);
    expect(cardTexts(cards, 'solution')).not.toMatch(/being clear about what you need/);
  });
});

describe('a colleague who "should have told you"', () => {
  it('goes from the reframe; the manager\'s call after "That didn\'t happen" stays', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'You returned my cat with a cut on her paw and nobody said a word!']],
      "I've checked with the clinic: the nurse noted a small cut at 10:40 and should have told you at collection. That didn't happen, and our head nurse Maja will call you this afternoon about it.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/should have told you|didn't happen/);
    expect(reframe).toMatch(/Maja will call you this afternoon/);
  });
});
