// What the 153rd reading's blind twenty (hard chats 2311–2330: ten Twitter support threads, ten
// live chats) found, as kinds, in our own words, learned from after it was graded: a persona
// beside an emoji ("ZA Hustler 🔥") and initials signed ("-MC") taken for names; "DONT CALL ME X …
// Y." not read as a name put right; a pet that "didn't wake up" from surgery not read as a death;
// thanks with a word for the team answered with "I'll take this on myself"; "got them!!" not read
// as arrived; a dated follow-up for one who needs help tonight; a second stock sorry to one who
// mocked the apology and offer just sent; reframes that kept "the girl on the phone lied to you",
// lost the technician promised "…, guaranteed", and kept "you're welcome to post the video".
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, type ChatLine, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('names that are not names', () => {
  it('a persona beside an emoji is a screen name', () => {
    expect(nameFrom('UK Gamer 🎮', 'page')).toBeUndefined();
    expect(nameFrom('Drama Queen 👑', 'page')).toBeUndefined();
    expect(nameFrom('Hunter Reyes', 'page')?.first).toBe('Hunter');
  });

  it('initials signed are no name; the one the agent greeted stays', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'hi my prescription was sent to the wrong branch and I only have 3 days of tablets left'],
        ['a', 'Hi Mary-Jane, sorry for the worry. Which branch do you usually use?'],
        ['c', 'the one on Rue Principale. my doctor is away until next week, what can I do?? I really cannot run out\n-MJ'],
      ],
      'Mary-Jane K.',
    );
    expect(cardTexts(cards)).not.toMatch(/\bMj\b/);
  });

  it('"DONT CALL ME X … Y." puts the name right', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'WHERE IS MY PARCEL. IT HAS MY DAUGHTERS MEDICINE IN IT'],
        ['a', "Hi Aleksandar, I'm sorry, I can see it's at our depot. It will go out tomorrow."],
        ['c', 'AND DONT CALL ME ALEKSANDAR ONLY MY MOTHER DOES THAT. SASHA. I AM COMING TO THE DEPOT NOW, HAVE IT READY'],
      ],
      'ALEKSANDAR P',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/Aleksandar/);
    expect(texts).toMatch(/Sasha/);
  });
});

describe('a pet that did not wake up from surgery', () => {
  it('is a death: condolences, no sorry "for the trouble"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Hello, I am writing about my dog Rex, he had an operation at your clinic on the 3rd.'],
      ['a', 'Thank you, I have found his file.'],
      ['c', "Now I got the invoice with a red REMINDER on it. 980 euro for a surgery where he didn't wake up. Nobody called me about it and I keep getting these emails."],
    ]);
    const apology = cardTexts(cards, 'apologize');
    expect(apology).toMatch(/loss/);
    expect(apology).not.toMatch(/trouble|frustrating|inconvenien/i);
  });
});

describe('thanks, with a word for the team', () => {
  it('gets the word taken, not a promise to take the case on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The ferry sat in port for three hours and nobody said a thing. Ticket FR-2231.'],
        ['a', "I'm sorry. We've refunded 40% of your fare to your card and raised the lack of announcements with the crew."],
        ['c', 'Ok. Thanks for sorting the refund at least. Just please tell your crew to announce delays next time, people were just left guessing'],
      ],
      'Noa Levi',
    );
    expect(cardTexts(cards, 'solution')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/i);
  });
});

describe('what was sent, in hand', () => {
  it('"got them!!" closes with glad, not a check-back on a day', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my e-tickets never came and the concert is tonight'],
        ['a', "Sorry about that! We've resent them to your email, please check spam too."],
        ['c', 'got them!! they were in junk 😅 thank you so much'],
      ],
      'Ifeoma',
    );
    const followUp = cardTexts(cards, 'follow-up');
    expect(followUp).toMatch(/glad/i);
    expect(followUp).not.toMatch(/check back|follow up with you/i);
  });
});

describe('help needed tonight', () => {
  it('gets no dated follow-up for later in the week', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'hi the heating in my room is not working since last night. room 12, Kalda street house. it is -15 outside'],
        ['a', 'Hi! Sorry to hear that. Have you tried turning the thermostat to 5 and back?'],
        ['c', 'yes many times. also i bled the radiator like your video says, nothing. radiator is ice cold'],
        ['a', "Thank you, Aigerim. I've submitted a maintenance request for room 12. The team will be in touch."],
        ['c', 'in touch when?? i have an interview tomorrow 8am and i cant sleep in this cold, last night i slept in my coat'],
        ['c', 'sorry my english. i just need to know if someone comes today or if i can go somewhere warm tonight'],
      ],
      'Aigerim',
    );
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/check back|follow up with you/i);
  });
});

describe('the apology just sent, mocked', () => {
  it('gets no second stock sorry', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The course was cancelled and I want my fee back, I start a new job in September.'],
        ['a', "I'm really sorry for the disruption, Yusuf. Would you like to move to the spring intake instead?"],
        ['c', 'Wow. A transfer. What a brilliant new idea, so glad I told you about the job twice. Can anyone there say the word refund?'],
      ],
      'Yusuf',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/sorry for the trouble|so sorry you've had to deal|frustrating/i);
  });
});

describe('reframes', () => {
  const chat: ChatLine[] = [['c', 'Your fitter wired my boiler wrong and the flat smells of gas. The helpline told me it was fine.']];

  it('drop a colleague "who lied to you" and keep the visit promised with a tag', () => {
    const reframe = reframeAfterChat(
      engine,
      chat,
      "Hi Lena, I'm really sorry. I'll have an engineer there first thing tomorrow morning, guaranteed. And again, I'm sorry the lady on the phone lied to you.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/lied/);
    expect(reframe).toMatch(/engineer to you by tomorrow/);
  });

  it('drop "you\'re welcome to post the video" and a "have a nice day" after a no', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'Your car wash ripped off my aerial. Pay for it or I post the video everywhere.']],
      'As stated in our terms, customers must remove aerials before entering. We are not responsible for damage to aerials. You are welcome to post the video. Have a nice day.',
    );
    expect(reframe ?? '').not.toMatch(/post the video|nice day/i);
  });
});
