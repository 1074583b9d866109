// What the forty-eighth reading (hard chats 901–910) and the forty-ninth (twenty blind drafts
// 911–930) found, as kinds, after they were measured (the session's last, measure-only readings):
// "her name is Anneliese" read as the customer's own name; a wall removed up to the first dot of
// "31.03.2027"; "like I wrote in the notes" read as being asked again; praise ("you saved my
// friday… you deserve a raise") answered with sympathy; admissions, promises and brush-offs in new
// words ("missed the existing scratch", "this happens there a lot", "my colleagues make a mistake",
// "mistakes happen", "she'll be totally fine", "nothing will be lost", "not really something we
// control").
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { nameFromCustomerWords } from '../../src/engine/conversation/customerName';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { bundledEngine, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"her name is Anneliese" is someone else\'s name', () => {
    expect(nameFromCustomerWords(analyzeText("The engraving is wrong, her name is Anneliese with an E and it's her wedding on Saturday."))).toBeUndefined();
  });

  it('"Name is Priya" still introduces', () => {
    expect(nameFromCustomerWords(analyzeText('Name is Priya, order 55120, the parcel never came.'))?.first).toBe('Priya');
  });
});

describe('moments', () => {
  it('"like I wrote in the notes" is not being asked again', () => {
    expect(customerCuesOf(analyzeText('the courier left it downstairs, not at my door like I wrote in the notes'))).not.toContain('already-gave');
    expect(customerCuesOf(analyzeText('like I wrote, the order number is 5512'))).toContain('already-gave');
  });

  it('"you saved my friday… you deserve a raise" is praise', () => {
    expect(customerCuesOf(analyzeText('you have saved my friday. tell your manager you deserve a raise'))).toContain('praise');
  });
});

describe('reframes', () => {
  it('a wall goes whole, date and all', () => {
    expect(calmerSentence('Relocation is not covered, so unfortunately there is nothing I can do and the 31.03.2027 end date stands.')).not.toMatch(/03\.2027/);
  });

  it.each([
    ['liability-admission.fault', 'Our airport staff clearly missed the existing dent at check-out.'],
    ['liability-admission.fault', 'Honestly this happens there a lot.'],
    ['liability-admission.fault', 'We were short staffed and mistakes happen.'],
    ['overpromise.guarantee', "Don't worry, he'll be totally fine."],
    ['overpromise.guarantee', 'We are restoring it now and nothing will be lost.'],
    ['agent-tone.deflecting', "The courier is independent, so that's not really something we control."],
  ])('%s: "%s"', (rule, draft) => {
    expect(rulesOfAgentLine(engine, draft)).toContain(rule);
  });
});
