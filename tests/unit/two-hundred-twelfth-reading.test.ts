// What the 212th reading's blind twenty (hard chats 3491–3510, graded on 14c24c0) found, and two kinds
// the 210th left, as kinds, in our own words: a Dutch bakery's "Bakkerij" greeted as a name; a goodbye
// in the desk's language ("fijn weekend") after thanks read as upset; a kana header beside the agent's
// "Hi Yuki"; "that's fair" to feedback said with sadness; a stock sorry after "we regret the
// inconvenience" was quoted back, and after "any inconvenience… did a bot write that?" two messages
// before a chargeback threat; "dont bother giving me a sorry" and the care inspectors threatened, unread;
// "trouble… sorted out" to a patient afraid her embryos did not survive; post still sent to the one
// they lost; "one detail tho:" with "its Samantha not Samuel" left without a card; reframes that cut
// "the reminder went out in error", leaving "please disregard it" on the payment, and "he'll need
// access…"; and a draft blaming "Mikkel's fault… mistakes all week", promising "fixed in 10 minutes" and
// "your next service is free", that nothing flagged.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a Dutch or German shop word in the header is no name', () => {
    for (const header of ['Slagerij van Dam 🥩', 'Metzgerei Huber']) {
      const cards = cardsAfter(engine, [['c', 'Third order in a row with missing items and you charged me for all of it. Really fed up now.']], header);
      expect(cardTexts(cards)).not.toMatch(/\b(?:Slagerij|Metzgerei)\b/);
    }
  });

  it('a header in kana, and the agent greets them as "Hi Haruka": the cards say Haruka', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@PixelPetsHelp my pet disappeared after the update, I played 300 days 😢'],
        ['a', '@haruka_plays Hi Haruka! So sorry, pets cannot be restored, but we added 500 coins to your account! ^MT'],
        ['c', '@PixelPetsHelp Thank you. It is only a game, but I am a little sad. Maybe please tell the developers to save pets before updates. Thank you.'],
      ],
      'はるか🎮',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/\bHaruka\b/);
    expect(texts).not.toMatch(/はるか/);
  });
});

describe('moments', () => {
  it('thanks with a goodbye in the desk\'s language and a grumble left over close the chat, with no sorry', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@FreshBox half my order missing again, no flour no butter'],
        ['a', "@kees_bakt Sorry Kees! I've refunded the flour and butter (€9,80) and added a €5 credit. ^Lotte"],
        ['c', '@FreshBox top, thx Lotte 👍 still no croissants today but hey. fijne dag'],
      ],
      'Kees Jansen',
    );
    expect(cardTexts(cards)).not.toMatch(/sorry|frustrating/i);
    expect(cards.some((c) => c.kind === 'follow-up')).toBe(true);
  });

  it('feedback said with sadness is heard, not met with "that\'s fair"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My reading streak reset to 0 after the app crashed at midnight.'],
        ['a', "Hi Ines, sorry! We can't restore streaks, but we've added 2 streak shields to your account."],
        ['c', 'I see. It is only a number, but it was my motivation, so I am a little sad. Maybe tell the developers about the midnight crash. Thank you.'],
      ],
      'Ines Duarte',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/pass it on/);
    expect(texts).not.toMatch(/that's fair/);
  });

  it('"we regret the inconvenience" quoted back and scorned gets no second stock sorry', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@NetLinkCare why is a ringtone service active on my number?? never asked for it. 150 gone from my balance'],
        ['a', '@amir_k Dear customer, we regret the inconvenience caused. To unsubscribe send STOP to 4455. Thank you!'],
        ['c', "@NetLinkCare 'we regret the inconvenience'... you regret it every month and take my money every month. Refund or I'm leaving for another network tomorrow"],
      ],
      'Amir K',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b/i);
  });

  it('a stock apology mocked earlier in the chat is not offered again when a chargeback is threatened', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The cabin we rented had no heating for three of our five nights.'],
        ['a', 'We sincerely apologise for any inconvenience caused. As a gesture of goodwill we can offer a 10% refund.'],
        ['c', '"Any inconvenience." Did a bot write that? 10% is an insult.'],
        ['a', 'I understand you are upset. Unfortunately 10% is our standard amount.'],
        ['c', 'Standard. So this happens all the time then. I want half back or I am raising a chargeback with my bank today.'],
      ],
      'Helen Price',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b/i);
  });

  it('"dont bother giving me a sorry" refuses one, and the care inspectors threatened are a hand-off', () => {
    expect(rulesOfCustomerLine(engine, 'nobody came for my dad AGAIN this morning. im reporting you to the CQC today so dont bother giving me a sorry')).toContain('escalation.regulator');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'nobody came to get dad up this morning, second time this week, hes 91'],
        ['c', 'im ringing the council and the CQC today so dont bother giving me a sorry'],
      ],
      'Owen Price',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/\bsorry\b|frustrating/i);
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });

  it('a patient afraid her embryos did not survive is met with the wait owned, not "the trouble"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My transfer on Friday was cancelled by a portal message with no reason. Are my embryos ok??'],
        ['a', "I'm sorry the message was so short. I can't see the lab notes myself, but I've asked the embryology team to call you today."],
        ['c', 'Nobody called yet. I read online that clinics cancel like this when the embryos did not survive the thawing. Please, is that true?'],
      ],
      'Lucia Romero',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/how hard this wait is/);
    expect(texts).not.toMatch(/trouble|sorted out/);
  });

  it('post still sent to the one they lost is owned: sorry it reached them, and no more of it', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hi, our cat Pepper died last week, please cancel her food subscription.'],
        ['a', "I'm so sorry for your loss. That's cancelled for you now."],
        ['c', "A parcel came today with her name on the label and I was charged again. I thought this was cancelled?"],
      ],
      'Nora Quinn',
    );
    const texts = cardTexts(cards, 'apologize');
    expect(texts).toMatch(/that reached you/);
    expect(texts).toMatch(/nothing more is sent/);
  });

  it('"one detail tho:" with the name we wrote put right is taken up, with a sorry for the name', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hi! My March invoice has the wrong VAT number, could you reissue it?'],
        ['a', 'Hi Alex, of course, the new invoice is in your inbox!'],
        ['c', "got it, thanks. one detail tho: it still says 'Alexander Berg' at the top, it should be the company name. And btw its Alexandra not Alexander 🙂"],
      ],
      'Alex Berg',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/sorry for getting your name wrong/);
    expect(texts).toMatch(/look into that/);
  });
});

describe('reframes', () => {
  it('a notice "sent in error" is said to no longer apply, and what the visit needs is kept', () => {
    const card = reframeAfter(
      engine,
      'Water is coming through the ceiling again and now you sent me an overdue notice for a bill I paid!',
      "I've booked our roofer to come tomorrow at 8am; he'll need access to the loft through the side gate. Your payment of £2,300 is matched and the overdue notice went out in error, so please ignore it. Honestly our lads botched the seal last time, so we'll pay for the ceiling too.",
    );
    expect(card).toBeDefined();
    expect(card).toMatch(/the overdue notice no longer applies, so please ignore it/);
    expect(card).toMatch(/he'll need access to the loft/);
    expect(card).not.toMatch(/botched|in error/);
  });

  it('"this is Tomas\'s fault… mistakes all week", "fixed in 10 minutes" and "your next service is free" are flagged and reframed', () => {
    const card = reframeAfterChat(
      engine,
      [
        ['c', 'My brakes are rubbing since the service and you charged me twice.'],
        ['a', "I'm sorry, Lars. Did you try opening and closing the wheel?"],
        ['c', 'yes of course. I need the bike for work. and I want my money back for the double payment'],
      ],
      "Hi Lars, I'm really sorry, this is Tomas's fault, he did your brakes and he has made mistakes all week. We will refund the extra 900 kr today, 100%. Bring the bike in tomorrow and it will be fixed in 10 minutes, and your next service is free for the trouble.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/Tomas|mistakes|10 minutes|free|100%/);
    expect(card).toMatch(/refund of the extra 900 kr/);
  });
});
