// What the 202nd reading's blind twenty (hard chats 3291–3310, graded on 025db55) found, as kinds, in
// our own words: a reframe that dropped the workshop's answer to "can it be fixed?" and the method,
// keeping "I'll also request the refund now" with nothing named; a reframe cut mid-sentence ("Esi, say
// no design changes…") once the terms citing it went, and a condition left hanging once the brush-off
// after it went; a stock sorry to one who had just called "we apologise for the inconvenience" rubbish.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { withoutDeflection } from '../../src/engine/suggestions/deflection';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('reframes keep the answer', () => {
  it('what can be put right, what the fix spares them, and how the fitter would do it, are kept', () => {
    expect(isSendableClause('The cracked tile can be replaced from the inside')).toBe(true);
    expect(isSendableClause("the bath won't need to come out")).toBe(true);
    expect(isSendableClause("She'd lift the old grout, re-seal the edge and polish it back")).toBe(true);
    expect(isSendableClause('The building consent we already hold covers the new layout')).toBe(true);
    expect(isSendableClause("so there's no further form to fill in")).toBe(true);
  });

  it('(guard) a promise is not an answer kept whatever its wording', () => {
    expect(isSendableClause("He'll fix it tomorrow for sure")).toBe(false);
    expect(isSendableClause("He'll re-cut it and it'll look perfect, guaranteed")).toBe(false);
  });

  it('a long draft with a guarantee keeps its answer, and names the refund and the work aimed at', () => {
    const card = reframeAfter(
      engine,
      'Can the shower screen be sorted or does the whole tray have to come up? My daughter is home on the 3rd.',
      "Hi Moira. I've spoken to Callum. The screen can be re-hung on the same brackets, the tray won't need to come up. He'd reset the seal along the bottom and re-fit the door so it closes flush. Callum can call round on Tuesday to check the brackets. I promise it'll be finished well before the 3rd, and we'll refund the full £95 call-out fee too. Does Tuesday morning work for you?",
    );
    expect(card).toMatch(/can be re-hung on the same brackets/);
    expect(card).toMatch(/reset the seal/);
    expect(card).toMatch(/get this finished before the 3rd/);
    expect(card).toMatch(/a refund of the £95 call-out fee/);
    expect(card).not.toMatch(/I promise|request the refund now/);
  });

  it('the refund is of what the promise named', () => {
    expect(saferWordingFor("we'll refund the full €75 booking fee")).toMatch(/request a refund of the €75 booking fee/);
    expect(saferWordingFor("I'll refund the $60 today, guaranteed")).toMatch(/request a refund of the \$60/);
    expect(saferWordingFor("you'll get a refund for sure")).toMatch(/request the refund now/); // (guard)
  });
});

describe('reframes stay whole sentences', () => {
  it('the verb of the terms is not read as an instruction once the terms went', () => {
    const kept = sendablePartOf('With respect, our rules, which you accepted, say no refunds once the class has started.');
    expect(kept ?? '').not.toMatch(/^say\b/i);
    expect(sendablePartOf('The photos, which I have now, show the crack clearly, so send the invoice when you can.')).toMatch(/send the invoice when you can/i); // (guard)
  });

  it('a condition goes with the brush-off it led to, whoever it names', () => {
    const left = withoutDeflection('Tomasz cannot approve discounts, so if he promised you one, that is between you and him.');
    expect(left).toBe('Tomasz cannot approve discounts.');
  });

  it('a colleague named after the dropped opening keeps the capital of the name', () => {
    const card = reframeAfter(
      engine,
      'Your manager said I could swap the date and now you say no. Which is it?',
      'Kwame, with respect, our terms, which you signed, say no date changes within 7 days. Adwoa is not able to agree changes, so if she told you that, that is between you and her.',
    );
    expect(card ?? '').not.toMatch(/\badwoa\b/);
    expect(card ?? '').not.toMatch(/\bsay no date changes|so if she told you that\./);
  });
});

describe('no more sorry', () => {
  it('the stock apology quoted back as rubbish refuses apologies', () => {
    expect(customerCuesOf(analyzeText('spare me the "sorry for any inconvenience caused" nonsense, just fix it') as never)).toContain('refuses-sorry');
    expect(customerCuesOf(analyzeText("don't send me your 'we apologise for the delay' line again") as never)).toContain('refuses-sorry');
    const cards = cardsAfter(engine, [['c', 'my son missed his exam because of your mistake'], ['c', 'dont give me the "we are sorry for the inconvenience" speech. fix it by monday or I go to the ombudsman']], 'Wen');
    expect(cardTexts(cards, 'apologize')).not.toMatch(/sorry for the trouble/i);
  });

  it('(guard) a quoted sorry that was welcome refuses nothing', () => {
    expect(customerCuesOf(analyzeText('she said "sorry for the wait" and sorted it in two minutes, lovely') as never)).not.toContain('refuses-sorry');
  });
});
