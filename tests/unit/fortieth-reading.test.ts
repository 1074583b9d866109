// What the fortieth reading (hard chats 691–700) and the thirteenth reading of restatements
// (openings 711–730, written blind) found, as kinds, in our own words: a reframe that kept the name
// the customer asked not to be called by, "our pharmacist's mistake" kept as if no admission, a
// delivery "at your door first thing tomorrow" kept as if no promise, a draft blaming how the
// customer filled something in with no reframe at all; restatements of a missing status update,
// of "nothing else has changed", of their own choice in the story, of a long message typed with
// no stop, and "not picking your calls".
import { describe, expect, it } from 'vitest';
import { addressedByNameInUse, type CustomerName } from '../../src/engine/conversation/customerName';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, play, rulesOf } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();

describe('reframes', () => {
  it('"our pharmacist\'s mistake" is an admission and goes', () => {
    expectReframeFixes(
      engine,
      'The box says 20 mg but my prescription is 10 mg. Who checks these?',
      "I'm so sorry, this was our pharmacist's mistake. I've ordered the right strength for you.",
      /pharmacist's mistake/,
      /ordered the right strength/,
    );
  });

  it('"will be at your door first thing tomorrow" is a promise and goes', () => {
    expectReframeFixes(
      engine,
      'I only have one day of tablets left. What happens now?',
      "I've ordered the right strength for you. A new box will be at your door first thing tomorrow morning.",
      /at your door first thing/,
      /ordered the right strength/,
    );
  });

  it('blame for how the customer filled something in goes, the offer stays', () => {
    expectReframeFixes(
      engine,
      'So what are you going to DO about my cold dinner?',
      "Well, if your delivery note was written properly the driver wouldn't have missed the gate, but I can give you a £5 credit.",
      /written properly|wouldn't have/,
      /I can give you a £5 credit/,
    );
  });

  it('no day left alone once the promise after its dash went', () => {
    expectReframeFixes(
      engine,
      'Will someone actually come this time? I have a client call at 9.',
      'Friday morning — the technician will be with you before 8 and the line will be fixed well ahead of your call, you have my word on that.',
      /^Friday morning\./,
      /technician/,
    );
  });

  it('addresses the customer by the name in use, not the header part they turned down', () => {
    const name: CustomerName = { full: 'Min-seo', first: 'Min-seo', source: 'introduction', preferred: true };
    expect(addressedByNameInUse("I'm so sorry Choi. I've ordered a new box.", name, 'Choi Min-seo')).toBe("I'm so sorry Min-seo. I've ordered a new box.");
    // Said of someone, not to them: left alone.
    expect(addressedByNameInUse("I've put Choi's order through.", name, 'Choi Min-seo')).toBe("I've put Choi's order through.");
  });
});

describe('escalation', () => {
  it('a sector\'s ombudsman is a regulator threat', () => {
    expect(rulesOf(play(engine, [['c', 'my transfer is stuck 3 days. if not fixed today i will go to banking ombudsman']]))).toContain('escalation.regulator');
  });
});

describe('restatements', () => {
  it.each([
    ['a missing status update', 'no service status update'],
    ['what has not changed', 'nothing else has changed'],
    ['their own choice in the story', "you just paid for it yourself because you didn't want the fuss"],
    ['"picking" for answering', 'the courier is not picking your calls'],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('a long message typed without a stop gets no restatement', () => {
    const message =
      'my account got locked it says suspicious activity but i never did anything i only use it on my phone i have had it for six years and all my photos are on there and now i cant get in at all the email says permanent i didnt do anything wrong';
    const cards = play(engine, [['c', message]]).at(-1)!.suggestions;
    expect(cards.filter((s) => s.kind === 'restate')).toEqual([]);
  });
});
