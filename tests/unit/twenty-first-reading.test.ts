// What the twenty-first reading (hard chats 271–290: twenty more chats ending on a flawed draft,
// written blind) found in the reframes, as kinds, in our own words: "which we should never do"
// kept, "that's not something I can deal with here", "aren't our problem", "I already said I'm
// sorry", "you'll also be fully compensated", "look into the other options" spliced beside the
// draft's own next step, and a lone "Sorry." or "Yes, but" left by what was taken out.
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfter, reframeAfter } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const COMPLAINT = 'This is the second time and I am really not happy about it.';

describe('a reframe removes', () => {
  it.each([
    ["Our packer sent the order without ice packs, which we should never do, so this one's on us. I can send a replacement box on Monday.", /should never do|on us/, /replacement box/],
    ["Chat support can't see invoices, so you'll have to email the accounts team yourself, that's not something I can deal with here.", /not something I can deal with/, /./],
    ["You'll definitely get the full €200 back by Friday, but your taxi fares aren't our problem. Your case is RF-1182.", /aren't our problem|definitely/, /RF-1182/],
    ["I already said I'm sorry. Yes, the installer didn't seal the joint, that's on us, but I can't give out staff names. The plumber can come tomorrow at 9.", /already said I'm sorry|^Yes|that's on us/, /tomorrow at 9/],
    ["I guarantee the engineer will be there Thursday and you'll also be fully compensated for the days without heating. Your job is EJ-2204.", /fully compensated|guarantee/, /EJ-2204/],
    ["The courier contract is our policy for every bulky item, so without it there's nothing I can do, sorry. The collection desk will call you the day before.", /^Sorry|\. Sorry\./, /call you the day before/],
  ])('%s', (draft, removed, kept) => expectReframeFixes(engine, COMPLAINT, draft, removed, kept));

  it('says no "other options" beside the draft\'s own next step', () => {
    const card = reframeAfter(engine, COMPLAINT, "As I already said, the workshop estimates next week, and obviously I can't give you a day yet. Dispatch will call you the day before to agree a slot.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/other options/);
    expect(card).toMatch(/Dispatch will call you/);
  });
});

describe('the twenty-second reading (hard chats 291–310), in our own words', () => {
  it.each([
    ["I'm sure the claims team will approve the full amount once they see the vet's letter.", 'overpromise.guarantee'],
    ["I'll make sure it arrives this week, so you'll have your laptop back by Monday.", 'overpromise.guarantee'],
    ['The app and the kiosk are two different things, which should be obvious by now.', 'agent-tone.dismissive'],
    ['Next time make sure you read the meter yourself, otherwise this is what happens.', 'agent-tone.dismissive'],
    ['The fitter cracked the tile when he lifted it, so this damage is down to him.', 'liability-admission.fault'],
  ])('flags: %s', (draft, rule) => {
    expect(draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.rule)).toContain(rule);
  });

  it('a wall\'s "from here" goes with it', () => {
    expectReframeFixes(engine, COMPLAINT, "Resale disputes aren't handled in chat, there's nothing I can do from here. The form is on the website.", /From here|from here/, /form is on the website/);
  });

  it('"Puan Aisyah" is her name with its honorific, not another name', () => {
    const conversation = engine.startConversation({ id: 'honorific', customer: { name: 'Aisyah Kamarudin' } });
    conversation.addTurn({ speaker: 'customer', text: 'My water bill has tripled this month.' });
    const result = conversation.addTurn({ speaker: 'agent', text: "Thank you, Puan Aisyah. I've requested a meter inspection." });
    expect(result.flags.map((f) => f.rule)).not.toContain('missing-name.wrong-name');
  });
});

describe('the safer wording fits the promise', () => {
  it('"the tax board will accept it" is no boarding', () => {
    expectReframeFixes(engine, COMPLAINT, "I'll help you file a corrected return today, and I promise the tax board will accept it without any penalty.", /get you in|without any penalty|promise/, /corrected return today/);
  });
});
