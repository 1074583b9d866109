// What the eighteenth reading (hard chats 191–200, written blind) found, as kinds, in our own
// words: the son typing for his mother who gives his name as "sorry its Tobias btw", and "shiv is
// fine :)" answering a greeting by the header's name; a promise of cover ("always covered on your
// plan") kept in a reframe; a citation removed that left "This is which your company agreed to",
// and blame kept ("it was your own team member who…", "we can't take responsibility for that").
import { describe, expect, it } from 'vitest';
import { bundledEngine, play, reframeAfter } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();

describe('the name the person chatting gives', () => {
  it('"sorry its Tomasz btw" from someone typing for the account holder', () => {
    const results = play(
      engine,
      [
        ['c', 'hi, her grandson here, gran does not use the chat'],
        ['a', 'Hi there, how can I help?'],
        ['c', 'her glasses order went to her old address again and she cant see to read'],
        ['c', 'sorry its Tomasz btw. order ref is GL-55012'],
      ],
      'Irena Nowak',
    );
    expect(results.at(-1)!.customerName).toBe('Tomasz');
    expect(results.at(-1)!.suggestions.map((s) => s.text).join(' ')).not.toMatch(/Irena/);
  });

  it('"bex is fine :)" answering "Hello Rebecca"', () => {
    const results = play(
      engine,
      [
        ['c', 'Hi'],
        ['a', 'Hello Rebecca, how can I help this evening?'],
        ['c', 'hiya, bex is fine :) so my bill has doubled and nobody has read the meter since March'],
      ],
      'Rebecca Hollis-Grant',
    );
    expect(results.at(-1)!.customerName).toBe('Bex');
  });

  it.each(['everything is fine now, thanks', 'that is fine, go ahead', 'balance is fine checked the app. card ending 4471'])('not a name: "%s"', (text) => {
    const results = play(engine, [['c', 'Hi'], ['a', 'Hello Rebecca, how can I help?'], ['c', text]], 'Rebecca Hollis-Grant');
    expect(results.at(-1)!.customerName).toBe('Rebecca Hollis-Grant');
  });
});

const reframeOf = (draft: string) => reframeAfter(engine, 'Is the claim going to be paid or not? I would like a clear answer please.', draft);

describe('a reframe', () => {
  it('does not keep a promise of cover', () => {
    const card = reframeOf('Hip replacements are always covered on your plan, so it will definitely be approved.');
    expect(card).toBeDefined();
    expect(card).not.toMatch(/always covered|definitely/i);
    expect(card).toMatch(/what your plan covers/);
  });

  it('drops a sentence that was only a citation, and the blame', () => {
    const card = reframeOf(
      "As I've already explained, old invoices are archived after 12 months. This is clearly stated in our terms, which your firm agreed to. It was your own accountant who archived them, so we can't take responsibility for that. There's nothing more I can do.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/This is which|This is\.|your own accountant|take responsibility/);
    expect(grammarProblems(card!)).toEqual([]);
  });
});
