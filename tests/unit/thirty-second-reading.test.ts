// What the thirty-second and thirty-third readings (hard chats 491–520, written blind) found, as
// kinds, in our own words: "Take care!" to a customer leaving in the middle of a complaint, or to
// one who has "to go to my GP"; a check-back beside a request or after "that's all, good night";
// "Bob Haldane" signing under "Robert Haldane"; a header "kwame.asante.mensah"; remedies beside a
// draft that already looked the order up ("I can see VP-77315 was dispatched"); reframes keeping
// "they were careless", "our courier left it in a hot van", "our lab entered the wrong value",
// "claims take as long as they take", "can't be held responsible", "you really should send
// readings", and one that ran two clauses together once "obviously" went.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, draftAfter, play, type ChatLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const last = (lines: ChatLine[], header?: string) => play(engine, lines, header).at(-1)!;
const texts = (lines: ChatLine[], header?: string) => last(lines, header).suggestions.map((s) => s.text).join(' | ');

describe('the moment', () => {
  it('leaving in the middle of a long complaint is no closing', () => {
    const cards = texts([['c', 'my bus is coming so i must go, i cannot miss it. today i see on my card you take 31,20 euro for a ride of 2 hours, this is not correct, i was on the bus at this time']]);
    expect(cards).not.toMatch(/Take care/);
  });

  it('"whether i have to go to my GP" is no leaving', () => {
    const cards = texts([['c', 'I HAVE 1 TABLET LEFT. i need to know where it is or whether i have to go to my GP and start all over again. order MD-1234']]);
    expect(cards).not.toMatch(/Take care/);
  });

  it('a short goodbye still closes', () => {
    expect(texts([['c', 'my card works again'], ['a', 'Great news!'], ['c', 'ok gotta go, bye!!']])).toMatch(/Take care/);
  });

  it('no check-back beside a request, nor after "that\'s all I needed, good night"', () => {
    const agreed: ChatLine[] = [
      ['c', 'My mattress sags 4 cm after two years.'],
      ['a', "I've logged a warranty claim under WC-1102."],
    ];
    expect(texts([...agreed, ['c', 'I would like it replaced under the warranty, please.']])).not.toMatch(/follow up with you|check back/);
    expect(texts([...agreed, ['c', "thanks Sofie, that's all I needed, have a good night"]])).not.toMatch(/check back/);
  });
});

describe('names', () => {
  it('"Bob Haldane" signs a message under "Robert Haldane"', () => {
    expect(last([['c', 'I HAVE 1 TABLET LEFT. i need to know where the order is. order number is MD-2207-5519 before you ask. Bob Haldane']], 'Robert Haldane').customerName).toBe('Bob');
  });

  it.each([
    ['kwame.asante.mensah', 'Kwame'],
    ['john_smith', 'John'],
  ])('header "%s" → %s', (header, first) => {
    expect(nameFrom(header, 'transcript')?.first).toBe(first);
  });

  it('"its_just_dave" stays a handle', () => {
    expect(nameFrom('its_just_dave', 'transcript')).toBeUndefined();
  });
});

describe('beside a draft that looked the order up, no look-up remedies', () => {
  it('"I can see VP-77315 was dispatched yesterday…"', () => {
    const conversation = engine.startConversation({ id: 'dispatched' });
    conversation.addTurn({ speaker: 'customer', text: "My mum's insulin order still hasn't come and she has one pen left!!" });
    const kinds = conversation.previewDraft('I can see VP-77315 was dispatched yesterday with tracking JP5519023.').suggestions.map((s) => s.kind);
    expect(kinds).not.toContain('solution');
  });
});

describe('reframes', () => {
  it.each([
    ["I'm really sorry. The drivers should never have dragged it, they were careless. I'll open a damage claim now.", /careless|should never/i, /I'll open a damage claim now/],
    ["Our courier left it in a hot van too long. I've ordered a replacement on RX-2204.", /hot van/i, /ordered a replacement on RX-2204/],
    ['Looking at OPT-602, our lab entered the wrong value for the right eye. I have started a free remake.', /wrong value|Looking at/i, /started a free remake/],
    ['Claims take as long as they take. The handler is still waiting for the police reference you were asked for.', /as long as they take/i, /still waiting for the police reference/],
    ["The parcel was left at your address. We can't be held responsible for what happens after that.", /held responsible/i, /left at your address/],
    ['The bill is an estimate. You really should send readings every month. If you send a photo today I will rebill it.', /really should/i, /send a photo today/],
  ])('"%s"', (draft, removed, kept) => {
    expectReframeFixes(engine, 'This is not good enough.', draft, removed, kept);
  });

  it('"…flagged it, obviously I can\'t…" keeps its comma', () => {
    const card = draftAfter(engine, 'Why was my card blocked?', "As I already said, the fraud system flagged it, obviously I can't control what it decides. I've removed the block now.").suggestions.find((s) => s.kind === 'reframe')?.text;
    // What the fraud system did is an aside of no action: it goes with "obviously"; the agent's own words stay.
    expect(card).toMatch(/^I can't control what it decides\. I've removed the block now\.$/);
  });
});

describe('what the thirty-fourth and thirty-fifth readings (521–550) found', () => {
  it.each([
    ["If you send us a photo of the meter we'll re-bill you. It's not complicated.", /not complicated/i, /send us a photo of the meter/],
    ["We made them to the prescription you uploaded. I'm not sure what else you expect me to say. Send the new one and we'll look at it.", /expect me to say/i, /Send the new one/],
    ['If you had kept the original receipt, the claim would have been paid. You can appeal through the claims team.', /if you had kept/i, /appeal through the claims team/],
    ["Like I've already explained, the tickets went to the address you entered. I've re-sent them now.", /already explained/i, /re-sent them now/],
    ["I've re-sent it on a tracked next-day service, so Biscuit won't miss a single dose.", /miss a single dose/i, /tracked next-day service/],
    ["Yes sorry! The presser obviously left the iron on it too long. We'll pay for the jacket, just send the receipt.", /left the iron|pay for the jacket/i, /raise a claim/],
  ])('"%s"', (draft, removed, kept) => {
    expectReframeFixes(engine, 'This is the third time I have asked.', draft, removed, kept);
  });

  it('no remedy beside a draft that says what cannot be done', () => {
    const conversation = engine.startConversation({ id: 'refusing' });
    conversation.addTurn({ speaker: 'customer', text: 'I am moving to Perth, please cancel my gym membership, it is not fair to keep charging me!' });
    const kinds = conversation.previewDraft("The contract is 12 months, there's nothing I can do about cancelling early. You could freeze it for 3 months.").suggestions.map((s) => s.kind);
    expect(kinds).not.toContain('solution');
  });

  it('"i don\'t ask for this" is never said back as written', () => {
    const cards = texts([['c', 'you take two times 39,90 from my account in november. i dont ask for this. i need the money back']]);
    expect(cards).not.toMatch(/you don't ask for this/);
  });

  it('"I\'m not even sure this is the right place" is never said back', () => {
    const cards = texts([['c', "Hello, so I'm not even sure this is the right place but the phone line just plays music at me for 40 mins and then cuts off"]]);
    expect(cards).not.toMatch(/right place/);
  });
});

