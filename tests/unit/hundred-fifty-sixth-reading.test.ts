// What the 156th reading's blind twenty (hard chats 2371–2390) found, as kinds, in our own words,
// learned from after it was graded: words in lower case beside an emoji ("mountain goat 🏔") taken
// for a name; a reframe that kept "Sitter notes are private between the sitter and the company" to
// one grieving who asked to see them. (Left: a sorry beside a good draft two messages after the
// agent's own, graded bad; see docs/cards.md.)
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, reframeAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('words in lower case beside an emoji', () => {
  it('are a screen name; a name and an initial are not', () => {
    expect(nameFrom('sleepy panda 🐼', 'page')).toBeUndefined();
    expect(nameFrom('desert rose 🌹', 'page')).toBeUndefined();
    expect(nameFrom('mbali k 🌻', 'page')?.first).toBe('Mbali');
  });
});

describe('what they asked to see, shut away', () => {
  it('goes from the reframe; the plain no stays', () => {
    const reframe = reframeAfterChat(
      engine,
      [
        ['c', 'My cat died while your sitter was looking after her. I want to know what happened.'],
        ['c', 'Please send me the visit notes.'],
      ],
      'Under clause 4 of our terms, we are not liable for illness of a pet. As the booking was completed, the fee is non-refundable. Visit notes are private between the sitter and the company.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/private between/);
    expect(reframe).toMatch(/I'm not able to refund the fee/);
  });
});
