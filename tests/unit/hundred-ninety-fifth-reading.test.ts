// What the 195th reading's blind twenty (hard chats 3151–3170, graded on 8a9c476) found, as kinds, in
// our own words: a long quote of the agent's apology and "did a bot write that??" unread as mockery, so
// the same stock sorry came again; "one q -" after thanks unread as one more thing; a child's memory box
// not read as a loss; "SCI …" (a French property company) greeted; "if anyone had bothered to…" and
// "accepts no liability for" unread; a reframe that lost the trade's own next visit ("we'll mow…").
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('the agent\'s apology quoted at length, or called a bot\'s, gets no stock sorry again', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@SkyCinema app charged me R$90 and no tickets. film starts in 20 min. ticket nr shows error'],
        ['a', '@tomasz Hi Tomasz! We are so sorry for the inconvenience 😔 We deeply apologise for this situation and understand your frustration. Please send us a DM with your email. ^KL'],
        ['c', '@SkyCinema "we deeply apologise and understand your frustration 😔" lovely, did a bot write that?? the film started, we are standing outside like idiots and you have my money for nothing. you dont understand anything. worst app in the city'],
      ],
      'Tomasz',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/not another apology/);
  });

  it('"one q -" after thanks is one more thing, taken up, not met with a sorry', () => {
    expect([...customerCuesOf(analyzeText('thanks Ana. one q - can my brother collect it with the code?') as never)]).toContain('raises-more');
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the locker code never came and i waited an hour'],
        ['a', 'So sorry! I have resent the code just now, it should arrive in a minute.'],
        ['c', 'got it, thanks Ana. one q - can my brother collect the other parcel with the code?'],
      ],
      'Kasia',
    );
    expect(cardTexts(cards, 'apologize')).toBe('');
  });

  it("a child's memory box is a loss", () => {
    expect([...customerCuesOf(analyzeText("I'm writing about collecting Ellie's memory box from the ward") as never)]).toContain('bereaved');
  });
});

describe('names', () => {
  it('"SCI Les Tilleuls" is a company', () => {
    expect(nameFrom('SCI Les Tilleuls', 'page')).toBeUndefined();
    expect(nameFrom('SARL Martin Paysage', 'page')).toBeUndefined();
  });
});

describe('drafts', () => {
  it('"if anyone had bothered to…" and "accepts no liability for" are dismissive', () => {
    expect(rulesOfAgentLine(engine, 'If anyone had bothered to read the manual, the pump would still work.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, 'The school accepts no liability for lost phones.')).toContain('agent-tone.dismissive');
  });

  it("a trade's own next visit is a step a reframe keeps", () => {
    expect(isSendableClause("We'll trim the hedge and clear the beds on Monday morning.")).toBe(true);
  });
});
