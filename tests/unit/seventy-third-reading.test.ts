// What the seventy-third reading (the reading set and hard chats 1461–1470, written blind) and the
// graded first reads before it found, as kinds, in our own words: a job named in passing ("I'm a
// paramedic") read as a health scare; a title the agent chose kept after the customer gave their
// own name; a bereaved customer offered "sorry for the trouble"; and, once the agent has answered,
// stock remedies and questions that mostly offer what was done or ask what was given.
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();
const cardsOf = (lines: Parameters<typeof play>[1], name?: string) => play(engine, lines, name).at(-1)!.suggestions;

describe('a job named in passing is no health scare', () => {
  it('"I work as a paramedic" gets no safety card', () => {
    const cards = cardsOf([
      ['c', 'My internet has been down since Friday and nobody has fixed it', 0],
      ['a', 'Sorry about that. The first engineer visit I have is Monday at 9am.', 40],
      ['c', "Monday is useless, I work as a paramedic and I'm on nights all week. Is that really the best you can do??", 60],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/safety|emergency/i);
    expect(cards.map((c) => c.kind)).not.toContain('escalate');
  });

  it('the paramedic who came is still one', () => {
    const cards = cardsOf([['c', 'The paramedic said my son reacted to the sauce in your meal kit, we are still shaking', 0]]);
    expect(cards.map((c) => c.text).join(' ')).toMatch(/safety/i);
  });
});

describe('their own name after the agent titled them', () => {
  it('"I\'m Wen." after "Dear Ms. Zhao" → the cards call her Wen', () => {
    const cards = cardsOf(
      [
        ['c', 'Hello, I am writing about my mother’s pension account. She moved into a care home last month and I now manage her post. Kind regards, Wen Zhao', 0],
        ['a', 'Dear Ms. Zhao, thank you for your message. Please send us a copy of your ID.', 40],
        ['c', "This is ridiculous, you haven't read a word I wrote. I'm Wen. My mother cannot come in and I have now sent the power of attorney twice this week, it is absolutely useless!!", 60],
      ],
      'Li Zhao',
    );
    const named = cards.map((c) => c.text).join(' ');
    expect(named).not.toMatch(/Ms\.? Zhao/);
    expect(named).toMatch(/\bWen\b/);
  });
});

describe('someone close has died', () => {
  const BEREAVED: Parameters<typeof play>[1] = [
    ['c', 'My husband passed away in October and I still cannot get his phone contract closed.', 0],
    ['a', 'To close a contract the account holder needs to call us from the registered number.', 40],
    ['c', 'He is DEAD. How is he supposed to call you?? This is the fourth time I have explained this!!', 60],
  ];

  it('the apology is condolences, not "sorry for the trouble"', () => {
    const apology = cardsOf(BEREAVED).find((c) => c.kind === 'apologize');
    expect(apology?.text).toMatch(/sorry for your loss/i);
    expect(apology?.text).not.toMatch(/trouble|frustrating|inconvenien/i);
  });

  it('once the agent has given condolences, they are not handed over again', () => {
    const cards = cardsOf([
      ...BEREAVED.slice(0, 1),
      ['a', "I'm so sorry for your loss. Let me see what we need to close it.", 40],
      ['c', 'I have been sent from shop to shop for weeks and nobody will close it, it is ridiculous', 60],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/sorry for your loss/i);
  });

  it('a phone that "died" is no loss', () => {
    const cards = cardsOf([['c', 'My phone died twice today after your update and I am furious, it is brand new!!', 0]]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/your loss/i);
  });
});

describe('once the agent has answered, no stock question', () => {
  it('no "what have you tried" after the agent asked and the customer answered', () => {
    const cards = cardsOf([
      ['c', 'The app keeps crashing every time I open my basket, this is ridiculous', 0],
      ['a', 'Sorry to hear that! Which phone are you using?', 40],
      ['c', "An iPhone 13. It's been like this for two days and I can't order anything!!", 60],
    ]);
    expect(cards.map((c) => c.kind)).not.toContain('clarify');
  });
});

describe('reframes that read the chat', () => {

  it('costs promised on a claim already made go on that claim, not a new one', () => {
    const reframe = reframeAfterChat(engine, 
      [
        ['c', 'I reported the burst pipe on Monday, claim ref HX-220981. The plumber wants paying before he starts. Will you cover it?'],
        ['a', 'Thanks, I can see the claim and the surveyor visit booked for Thursday.'],
      ],
      "Don't worry, we'll pay for the repairs in full, just send me the plumber's invoice.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/raise a claim/i);
    expect(reframe).toMatch(/to your claim/i);
  });

  it('with no claim yet, one is raised', () => {
    const reframe = reframeAfterChat(engine, [['c', 'Your engineer flooded my kitchen floor yesterday and left without a word!!']], "Don't worry, we'll pay for the repairs in full.");
    expect(reframe).toMatch(/raise a claim/i);
  });

  it('a voucher they turned down is not offered again; the name stays', () => {
    const reframe = reframeAfterChat(engine, 
      [
        ['c', 'You cancelled my flight and I want my money back to my card. I do not want a voucher.'],
        ['a', 'I understand. I can offer a travel voucher worth 120% of the fare.'],
        ['c', 'I said NO voucher. A refund. How many times do I have to say it??'],
      ],
      'Hannelore, as I explained, a voucher is what we offer under our terms and it is worth more than the fare. Refunds are not something I can process from chat.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/voucher/i);
    expect(reframe).toMatch(/^Hannelore, /);
    expect(reframe).toMatch(/isn't the answer you were hoping for/);
  });
});
