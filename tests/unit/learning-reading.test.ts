// What two graders marked bad on the learning dialogues (the twcs dev half outside the reading
// set, graded to tune on), as kinds, in our own words: "Let me look into this now" after a jibe
// that tells nothing to look into; remedies and sympathy after the customer said it is solved,
// when the story of it still has complaint words; a thank-you for the fix in text-speak.
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();
const last = (lines: ChatLine[]) => play(engine, lines, 'Dana Whitfield').at(-1)!;
const kinds = (lines: ChatLine[]) => last(lines).suggestions.map((s) => s.kind);
const texts = (lines: ChatLine[]) => last(lines).suggestions.map((s) => s.text).join(' | ');

describe('nothing to look into', () => {
  it.each([
    ["Y'all lie"],
    ['You lot are liars.'],
    ['Save me the BS, you are all crooks.'],
    ['Sounds like another generic scripted reply.'],
  ])('a jibe alone gets no "Let me look into this": %s', (jibe) => {
    const lines: ChatLine[] = [
      ['c', 'Sharing my library with my family has been a nightmare all week.'],
      ['a', 'Hello, can you DM us the details please?'],
      ['c', jibe],
    ];
    expect(texts(lines)).not.toMatch(/look into this/);
  });

  it('a complaint without a jibe still gets it', () => {
    const lines: ChatLine[] = [
      ['c', 'Sharing my library with my family has been a nightmare all week.'],
      ['a', 'Hello, can you DM us the details please?'],
      ['c', 'I did, twice, and the invite still bounces every time.'],
    ];
    expect(texts(lines)).toMatch(/look into this|take this on myself|technical team|workaround/);
  });
});

describe('solved, said outright', () => {
  it('closes though the story has complaint words', () => {
    const lines: ChatLine[] = [
      ['c', 'Our office internet has been down all morning, this outage is costing us money.'],
      ['a', "I'm sorry, I've raised it with the network team."],
      ['c', 'Had to chase it twice but an engineer finally called back. Outage issue solved now.'],
    ];
    expect(kinds(lines)).toEqual(['follow-up']);
  });

  it('closes after "no problem, it was delivered just fine"', () => {
    const lines: ChatLine[] = [
      ['c', 'Why is your driver parked outside and not bringing my shopping in?'],
      ['a', 'Sorry about the wait, can you confirm if it arrived?'],
      ['c', 'Hey no problem, it was delivered just fine, a few minutes late, I was only curious 😊'],
    ];
    expect(kinds(lines)).toEqual(['follow-up']);
  });

  it('not when the fix is still missing', () => {
    const lines: ChatLine[] = [
      ['c', 'Our office internet has been down all morning.'],
      ['a', "I'm sorry, I've raised it with the network team."],
      ['c', 'They said the issue is solved but it is still down.'],
    ];
    expect(kinds(lines)).not.toEqual(['follow-up']);
  });
});

describe('thanks in text-speak', () => {
  it('a thank-you for the fix closes', () => {
    const lines: ChatLine[] = [
      ['c', 'My card has been blocked for a week and nobody can tell me why.'],
      ['a', "I've unblocked it now, you can use it again."],
      ['c', 'big thks 2 the team 4 ur quick resolution'],
    ];
    expect(kinds(lines)).toEqual(['follow-up']);
  });
});

describe('a workaround offered only where one can exist', () => {
  it.each([
    ['an area outage', 'Internet down again in our whole area, 5th outage this month.'],
    ['a speed complaint', 'I pay for 500 Mbps and get 40, you throttle everyone.'],
    ['a frozen account', 'My account has been frozen for a week and nobody can tell me why.'],
  ])('none for %s', (_, text) => {
    expect(texts([['c', text]])).not.toMatch(/workaround/);
  });

  it('one for someone whose work depends on the line', () => {
    const lines: ChatLine[] = [['c', 'My broadband has been down since Friday, I work from home and have a client call at 11.']];
    expect(texts(lines)).toMatch(/workaround/);
  });
});

describe('a message that stops at the first word of a new sentence', () => {
  it('is still being told: no sympathy card yet', () => {
    const lines: ChatLine[] = [
      ['c', 'My phone keeps replacing the letter I with a symbol since the update!'],
      ['a', 'Sorry about that, does it happen in every app?'],
      ['c', 'Yes, and it happens in Messages as well. It'],
    ];
    expect(kinds(lines)).not.toContain('apologize');
  });
});

describe('remedies for what was never sent or happened in a shop', () => {
  it('no order number, replacement, return or photo for an empty shelf', () => {
    const t = texts([['c', 'Went to your Leeds store for the oat milk and the shelf was empty again, the cashier said the fridges were broken. Not good enough.']]);
    expect(t).not.toMatch(/order number|replacement|return|photo/i);
  });

  it('no tracking or courier for a pre-order that has not shipped', () => {
    const t = texts([['c', 'My preorder of the game still has not been dispatched, where is my order?']]);
    expect(t).not.toMatch(/tracking|courier/i);
  });

  it('no tracking for something sent untracked', () => {
    const t = texts([['c', "The seller sent my order untracked and it never arrived. What do I do?"]]);
    expect(t).not.toMatch(/tracking/i);
  });
});

describe('more of the learning reading', () => {
  it('no parcel remedies for pre-orders written "pre orders"', () => {
    const t = texts([['c', 'can anyone tell me when our pre orders are going to be shipped? need to know so I have the money ready']]);
    expect(t).not.toMatch(/tracking|courier|doesn't turn up|if it's lost/i);
  });

  it('no courier investigation for a parcel that was not tracked', () => {
    const lines: ChatLine[] = [
      ['c', "I ordered a lamp on 3 May and it still hasn't arrived."],
      ['a', 'Sorry about that, what does the tracking show?'],
      ['c', "Wasn't tracked, the seller sent it by normal post. I've emailed them."],
    ];
    expect(texts(lines)).not.toMatch(/courier/i);
  });

  it('banter is a joke: "Awww"', () => {
    const lines: ChatLine[] = [
      ['c', 'My order came with a little drawing of a cat on the box'],
      ['a', 'That was our packer Sam, glad it made you smile!'],
      ['c', 'See what they did there? Awww'],
    ];
    expect(kinds(lines)).not.toContain('solution');
  });
});
