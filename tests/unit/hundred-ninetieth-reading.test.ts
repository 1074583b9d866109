// What the 190th reading's blind twenty (hard chats 3051–3070, graded on 5d57079) found, as kinds, in
// our own words: a boat's name in the header greeted; a care home's wall of policy and blame kept in
// the reframe, with a section number left dangling; "frustrating" to a widower who never said the word
// "died", and his name correction restated as his problem; "You're welcome" to thanks that followed
// feedback.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a yacht in the header is no one to greet', () => {
    expect(nameFrom('M/Y Seabird', 'page')).toBeUndefined();
    expect(nameFrom('S/V Kestrel II', 'page')).toBeUndefined();
    // (guard) a skipper's own name still is one
    expect(nameFrom('Marta Seabird', 'page')?.first).toBe('Marta');
  });
});

describe('walls and blame', () => {
  it('the care-home walls read as dismissive', () => {
    for (const line of [
      'There is only so much the team can do if residents refuse help.',
      'Dentures are the family\'s responsibility to mark.',
      'The £20 laundry charge stands.',
      "I'm sure you understand we can't phone every relative about every bruise.",
      'You can always take it to the regulator if you are unhappy.',
      'She has been reminded numerous times to ring for help.',
    ]) expect(rulesOfAgentLine(engine, line), line).toContain('agent-tone.dismissive');
    // (guard) a duty of our own, said plainly, is no wall
    expect(rulesOfAgentLine(engine, 'Ringing the family after a fall is our responsibility, and we did not do it.')).not.toContain('agent-tone.dismissive');
  });

  it('the reframe of such a draft keeps none of the walls, nor a section number cut from its policy', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'My mum fell on Tuesday night and nobody called me. I found out from the cleaner.'],
        ['a', "I'm so sorry, Aisha. I have her file open now."],
        ['c', 'Why was I not called? And her glasses are missing too.'],
      ],
      "Hi Aisha. Under our Resident Care Policy (s.3.1) families are informed of falls within a reasonable time. Glasses are the family's responsibility to label. With 80 residents I'm sure you understand we can't call every family about every fall. You can always take it to the inspectorate.",
      'Aisha Khan',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/s\.3\.1|responsibility|can't call every|can always take/i);
  });
});

describe('moments', () => {
  it('a widower who never says "died" gets no "how frustrating", and his name correction is not his problem', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "I had a letter saying my physio will stop if I miss another session. I missed Thursday. I just couldn't get out of bed. Ana and I would have been married 40 years that day."],
        ['a', "Hello Tomás, I'm so sorry about Ana, and I'm glad you wrote to us."],
        ['c', 'Tom is fine. Nobody calls me Tomás except my doctor.'],
        ['c', "I suppose I'm asking if I've lost my place. Those sessions are the only time I talk to anyone all week. Sorry, I know that's not your job."],
      ],
      'T. Ruiz',
    );
    expect(cardTexts(cards)).not.toMatch(/frustrat/i);
    expect(cardTexts(cards, 'restate')).not.toMatch(/calls you|Tomás/);
  });

  it('(guard) "nobody calls me back" is still the problem, and restated', () => {
    const cards = cardsAfter(engine, [['c', 'My claim has been open six weeks, the ceiling is still dripping. Nobody calls me back.']], 'Piotr Zając');
    expect(cardTexts(cards, 'restate')).toMatch(/calls you back/);
  });

  it('thanks after feedback in the same burst get the feedback taken, not a bare "You\'re welcome"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Got the bike back today, rides like new, thank you!'],
        ['c', "Some feedback though: you said 3 days and it took 9, and nobody answered my two emails. Not a big deal, it's sorted."],
        ['c', 'Anyway, will be back for the spring service. Cheers'],
      ],
      'Declan Byrne',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });
});
