// What the 203rd reading's blind twenty (hard chats 3311–3330, graded on 2afc2a9) found, as kinds, in
// our own words: a death expected at home, with a do-not-resuscitate order, met with "Is everyone all
// right?" and the emergency number; a reframe that kept a free weekend "on us", and one that kept the
// vet's steps but lost who the vet was and what "it" was; a delighted customer's gripe, said not to be
// aimed at the agent, met with "how frustrating"; a job number asked for again; a replacement offered
// for a television cracked in a house move.
import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTextFully } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { promisesMakeGood } from '../../src/engine/suggestions/compensation';
import { factsGiven } from '../../src/engine/suggestions/clarify';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a death at home, expected', () => {
  it('"he\'s gone… no pulse" is a death told', () => {
    expect(customerCuesOf(analyzeText("I think dad's gone. no pulse that I can find and his lips are grey") as never)).toContain('bereaved');
    expect(customerCuesOf(analyzeText("the courier knocked twice and I think he's gone. no note left") as never)).not.toContain('bereaved'); // (guard)
  });

  it('with a do-not-resuscitate order, asking about the emergency number is no scare to send help to', () => {
    expect(rulesOfCustomerLine(engine, 'should I phone 111? the hospice put a DNR in his notes and he wanted to go at home')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'should I phone 999? he collapsed in the kitchen and is not responding')).toContain('escalation.safety'); // (guard)
  });

  it('the death told with "what do I do now" gets condolences and someone alongside, never safety first', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "it's about my dad Ray, your nurses visit him at home. his breathing has changed a lot tonight"],
        ['a', "I'm here, Nadia. The night nurse is on her way to you now."],
        ['c', "I think he's gone. no pulse at all. what do I do now. he had a DNR, do I still call an ambulance"],
      ],
      'Nadia Kowalski',
    );
    expect(cardTexts(cards)).toMatch(/sorry for your loss/);
    expect(cardTexts(cards)).toMatch(/don't have to do this alone/);
    expect(cardTexts(cards)).not.toMatch(/safety|emergency|Is everyone all right/);
  });
});

describe('reframes', () => {
  it('a free stay "on us" is a make-good, asked for rather than given', () => {
    expect(promisesMakeGood('and you can have a free night any time this winter on us')).toBe(true);
    expect(promisesMakeGood("you'll get three free lessons next term")).toBe(true);
    expect(promisesMakeGood('you can have a free cancellation up to 24 hours before')).toBe(false); // (guard)
  });

  it("the findings stay with who found them, and the charge taken off is named", () => {
    const card = reframeAfter(
      engine,
      "what happened to Pepper?? she's limping and nobody called me",
      "Sorry for the wait Ama. Here's what I've got: Tomas found the cut when he fed her at 7, he called Dr. Ruiz and she came at 8. No swelling in the joint, and she thinks it's a graze from the fence. She cleaned it and left cream for tonight. Honestly Tomas should have rung you straight away, that's on him. The $40 grooming charge was our mistake and I've removed it. Shall I ask Dr. Ruiz to ring you?",
    );
    expect(card).toMatch(/Tomas found the cut/);
    expect(card).toMatch(/No swelling in the joint/);
    expect(card).toMatch(/removed the \$40 grooming charge/);
    expect(card).not.toMatch(/that's on him|our mistake/);
  });
});

describe('moments', () => {
  it('a gripe said not to be aimed at the agent, beside thanks, is feedback passed on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'where is my cake order?? the party is at 3'],
        ['a', 'I am on it, Lina. I will bring it over myself by 2.'],
        ['c', 'It arrived and it is GORGEOUS, thank you so much for bringing it yourself'],
        ['c', 'One thing, not aimed at you: the website tracker was useless, I rang twice and got two different answers, a total joke. And the box was squashed. Maybe tell whoever does the boxes. Anyway shukran, photos to follow!'],
      ],
      'Lina Haddad',
    );
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/frustrating|deal with this|keep you updated/);
  });

  it('a complaint to the transport regulator is a regulator threat', () => {
    expect(rulesOfCustomerLine(engine, 'if this flight is cancelled again I am going to the Canadian Transportation Agency')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'whats the CTA on the website for booking seats? cant find it')).not.toContain('escalation.regulator'); // (guard)
  });

  it('"it\'s just me here now", asking whether the heating will be cut off, gets someone alongside', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my wife died in March and the gas is in her name. a letter says it is overdue'],
        ['a', "I'm so sorry for your loss, Ray. I've put a hold on the account."],
        ['c', "I can't find the papers, she did all of this. will the heating be cut off? it's just me here now."],
      ],
      'Ray Duggan',
    );
    expect(cardTexts(cards)).toMatch(/don't have to do this alone/);
  });

  it('a job number is the reference: it is not asked for again', () => {
    expect(factsGiven([analyzeTextFully('hi, job MV-4471 was meant to arrive at 9 and never came')])).toContain('order-number');
  });

  it('their own things damaged in a move get no replacement or return', () => {
    const cards = cardsAfter(engine, [['c', 'your removals crew dropped my glass cabinet while unloading, the door is shattered and it was fine this morning. it is useless. I want this sorted now']], 'Rua');
    expect(cardTexts(cards)).not.toMatch(/replacement to be sent|start a return|refund for the item/);
    const shop = cardsAfter(engine, [['c', 'the glass cabinet I ordered from you arrived today with the door shattered. it is useless. I want this sorted now']], 'Rua');
    expect(cardTexts(shop)).toMatch(/replacement|return|repair/); // (guard)
  });
});
