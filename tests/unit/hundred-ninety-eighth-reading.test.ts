// What the 198th reading's blind twenty (hard chats 3211–3230, graded on 859e0d5) found, as kinds, in
// our own words: "Javiera. Not Javier." unread under "Javi Soto"; sympathy to calm questions ("is it
// problem at the gate?", a numbered question per item); "how frustrating" to one who can't do it on
// her own beside a dying father; condolences with "I'll take care of this with you" to one who asked
// for the owner, "not you", with a lawyer and every review site named; "next reply that's not an
// actual boat time goes on TripAdvisor" unread; "what are you going to DO" met with "let me look into
// this"; reframes that dropped a safety instruction, named costs no one spoke of, chased the money
// twice, and lost the name and the sum.
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { claimWordingFor } from '../../src/engine/suggestions/compensation';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"Javiera. Not Javier." after "Hola Javier" gives Javiera, under the short form in the header', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@SkyLinkHelp my flight to Lima was cancelled at the gate, no hotel, no food, rebooked for Monday!!'],
        ['a', '@javi_p Hola Javier, we are sorry. Please DM us your booking code. -Ana'],
        ['c', '@SkyLinkHelp Javiera. Not Javier. The code is in my first tweet. I need to be in Lima tomorrow!!'],
      ],
      'Javi Paredes 🌎',
    );
    expect(cardTexts(cards)).toMatch(/Javiera/);
  });
});

describe('calm questions', () => {
  it('whether something would be a problem, asked calmly, is no complaint', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@FestTix hi, how do I move one ticket to my sister? I go later from work'],
        ['a', '@mika Use "Transfer ticket" in My Tickets; she needs an account. ^R'],
        ['c', '@FestTix thank you, done! she only has a passport, no local ID, and the order is in my name. is it a problem at the entrance?'],
      ],
      'Mika',
    );
    expect(cardTexts(cards, 'apologize')).toBe('');
  });

  it('(guard) a question for each numbered item gets answers, not sympathy; a list of faults still gets it', () => {
    const questions = cardsAfter(
      engine,
      [
        ['c', 'Hello, I booked 10 Spanish lessons, the 7pm group.'],
        ['a', 'Great, you are in the Tuesday 7pm group from next week.'],
        ['c', 'Two question please.\n1) My office pays for the course. They need the invoice with the company tax number, not my name. Is possible?\n2) In July I must travel 3 weeks for work. The lessons in this time are lost, or I can use them after?'],
      ],
      'Ines',
    );
    expect(cardTexts(questions, 'apologize')).toBe('');
    const faults = cardsAfter(engine, [['c', '1. my top-up was taken, no data 2. no signal at home since Friday 3. your helpline just plays music. what is going on??']], 'Tendai');
    expect(cardTexts(faults, 'apologize')).not.toBe('');
  });
});

describe('moments', () => {
  it('"I can\'t do this on my own" is met by someone alongside them, never "how frustrating"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the carer was meant to come at 9 for my mum and nobody came. the number on the folder just rings'],
        ['a', "I'm so sorry, I'm looking for cover now and will tell you here as soon as I know."],
        ['c', "I can't do this on my own. my sister is in Leeds till tomorrow and I don't know whether to ring someone or just stay with her"],
      ],
      'Rhiannon',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/don't have to do this alone/);
    expect(cardTexts(cards)).not.toMatch(/frustrat/i);
  });

  it('grieving and asking for the owner, "not you": the hand-off, and the condolences alone', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Our wedding album was promised for March. It is June.'],
        ['a', "I'm sorry for the inconvenience, the album will be ready as soon as possible."],
        ['c', "My grandfather died in April. He is in those photos. 'As soon as possible' is not a date."],
        ['c', 'I want to speak to Matteo. Not you. If I have not heard from him by Friday, my next letter goes to my solicitor.'],
      ],
      'Ada',
    );
    expect(cardTexts(cards, 'escalate')).not.toBe('');
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
    expect(cardTexts(cards, 'apologize')).not.toMatch(/take care of this with you/);
  });

  it('threats named in other words: the next reply on TripAdvisor, "+ to the ombudsman", every review site, the next letter to a solicitor', () => {
    expect(rulesOfCustomerLine(engine, 'The next answer that is not a real arrival time goes on Tripadvisor.')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'Sort it by Monday or this goes on Facebook + to the energy ombudsman.')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'I will put this on every review site I can find.')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'If the deposit is not back on Monday, the next email goes to my lawyer.')).toContain('escalation.legal-threat');
  });

  it('"what are you going to DO" is owed an answer in this chat, not "let me look into this"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the florist van is not here and the ceremony is at 3. order FL-2291'],
        ['c', 'it is 2.05 and still no van. I paid $180 for flowers I can not even use. what are you going to DO'],
      ],
      'Greta',
    );
    expect(cardTexts(cards, 'solution')).toMatch(/before we finish this chat/);
    expect(cardTexts(cards, 'solution')).not.toMatch(/come back to you/);
  });
});

describe('drafts', () => {
  it('a reframe keeps "please don\'t let Glenys use it" and names no costs no one spoke of', () => {
    expect(isSendableClause("Please don't let your dad use the hoist until Gwyn has checked it.")).toBe(true);
    expect(claimWordingFor("we'll compensate you for all of this")).not.toMatch(/costs/);
    expect(claimWordingFor("we'll pay all your taxi costs")).toMatch(/costs/); // (guard)
  });

  it('the money back after a refund reworded to a request is not chased again; the charge keeps its sum; the name opening the draft stays', () => {
    const reframe = draftAfterChat(
      engine,
      [['c', 'Two of my five climbing sessions were cancelled and you charged me €30 for a harness I returned. I want my money back, no voucher.']],
      "Pieter you're totally right, this week is our mess, Bram booked the wall without checking. I'll refund you the full €150 today, it will be on your card by tomorrow, promise, and I'll cancel the €30 for the harness too.",
      'Pieter de Vries',
    ).suggestions.find((card) => card.kind === 'reframe')?.text;
    expect(reframe).toBeDefined();
    expect(reframe).toMatch(/^Pieter, /);
    expect(reframe).not.toMatch(/chase getting the money back/);
    expect(saferWordingFor("I'll cancel the €30 for the harness too")).toMatch(/€30 charge/);
  });
});
