// What the forty-sixth reading (hard chats 851–860), the forty-seventh (twenty blind drafts
// 861–880) and the seventeenth reading of restatements (openings 881–900) found, as kinds, in our
// own words, after they were measured: threats to a state department and "my brother-in-law is an
// attorney"; thanks for telling to one who cancelled on the way out; admissions and promises in new
// words ("the adjuster got this wrong", "that is probably why she's sick", "those delivery guys are
// careless", "you are covered", "will be waived", "you'll each get", "you have my word"); blame and
// brush-offs ("if you'd ticked 'emergency'", "before you blame the meter", "out of our hands",
// "wait please", "it's funny it managed to…"); "we cannot do more" turned into a no-and-yes; a bare
// list left after its promise went; "pay-as-you-go" turned into "pay-as-us-go"; restatements of a
// list of what is missing, a sum said as a jab, their own history, "you open again", "you haven't
// changed anything".
import { describe, expect, it } from 'vitest';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { toSecondPerson } from '../../src/engine/suggestions/secondPerson';
import { bundledEngine, play, reframeAfter, rulesOf, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('threats', () => {
  it.each([
    ['escalation.regulator', 'If nobody calls by Monday I am filing a complaint with the Texas Department of Insurance.'],
    ['escalation.legal-threat', "And my sister is a solicitor, so think carefully."],
  ])('%s: "%s"', (rule, text) => {
    expect(rulesOf(play(engine, [['c', text]]))).toContain(rule);
  });

  it('no thanks for telling to one who just cancelled on the way out', () => {
    const cards = play(engine, [
      ['c', 'My order never came and the app says delivered.'],
      ['a', 'I understand. I can add a small credit to your wallet as a goodwill gesture.'],
      ['c', 'a credit?? the order was 40. forget it. cancelled my premium membership. bye'],
    ]).at(-1)!.suggestions;
    expect(cards.map((s) => s.text).join(' | ')).not.toMatch(/[Tt]hank you for letting us know/);
  });
});

describe('flags', () => {
  it.each([
    ['liability-admission.fault', 'Honestly the assessor got this wrong.'],
    ['liability-admission.fault', 'He was given the wrong dose, so that is probably why he is unwell.'],
    ['liability-admission.fault', 'Between us, those couriers are careless.'],
    ['overpromise.guarantee', 'Your invoice shows a burst pipe, so you are covered.'],
    ['overpromise.guarantee', 'The whole $300 will be waived.'],
    ["overpromise.guarantee", "You'll each get the €400 compensation."],
    ['overpromise.guarantee', "It will be there by Friday, you have my word."],
    ['agent-tone.dismissive', "If you'd ticked 'urgent' on the form it would have been quicker."],
    ['agent-tone.dismissive', 'Check for leaks before you blame the meter.'],
    ['agent-tone.dismissive', 'Nothing to do before Monday, wait please.'],
    ['agent-tone.deflecting', 'After that it is out of our hands.'],
  ])('%s: "%s"', (rule, draft) => {
    expect(rulesOfAgentLine(engine, draft)).toContain(rule);
  });
});

describe('reframes', () => {
  it('"we cannot do more" goes, with no "not able to…, but what I can do"', () => {
    expect(calmerSentence('If it is not back after that you should contact your bank, we cannot do more.')).not.toMatch(/not able to do more/);
  });

  it('"…, and I can\'t do anything else" goes with its "and"; "you can do so" stays', () => {
    // (The end mark is put back where the reframe is assembled.)
    expect(calmerSentence("The timing is up to your bank, and I can't do anything else.")).toMatch(/^The timing is up to your bank\.?$/);
    expect(calmerSentence('If you want to make a complaint you can do so.')).toBe('If you want to make a complaint you can do so.');
  });

  it('a bare list left after its promise went goes too', () => {
    const card = reframeAfter(engine, 'Where are we supposed to sleep tonight?', 'Yes, this delay was completely our fault, so we will cover everything: hotel, meals, taxi. Just send us the receipts afterwards.');
    expect(card).toBeDefined();
    expect(card).not.toMatch(/Hotel, meals, taxi/i);
  });
});

describe('restatements', () => {
  it('"pay-as-you-go" stays a word', () => {
    expect(toSecondPerson('you charged me pay-as-you-go rates the whole time')).toMatch(/pay-as-you-go/);
  });

  it.each([
    ['a list of what is missing', "no heating, no hot water, and you've got a baby"],
    ['a sum said as a jab', "that's $80 for a pool you cannot even use"],
    ['their own history', 'you uninstalled the app in 2021 and have not opened it since'],
    ['what they tried, cut short', 'you open again'],
    ['their defence', "you haven't changed anything"],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });
});
