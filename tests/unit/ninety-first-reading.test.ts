// What the 91st reading's blind ten (hard chats 1681–1690) found, as kinds, in our own words: a
// lesson given as a "could" ("something you could have asked about before you signed") not
// flagged, and the reframe then dropping the agent's own booking ("we can take the car in on
// Thursday"); the fact a dropped "so perhaps next time…" was drawn from kept as a jab of its own;
// and a restatement that says back "any of it" with nothing for "it" to stand for.
import { describe, expect, it } from 'vitest';
import { notCleanBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, reframeAfter, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a lesson as a "could"', () => {
  it('is flagged', () => {
    expect(rulesOfAgentLine(engine, 'Worn brake pads on a van that old are something you could have checked before you bought it.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, "You could have been hurt, I'm glad you pulled over safely.")).not.toContain('agent-tone.dismissive');
  });

  it('and the reframe keeps the booking the agent offered', () => {
    const reframe = reframeAfter(
      engine,
      'The van I bought from you last week is grinding when I brake. I paid 9,000 for it.',
      'We can take the van into our workshop on Monday at 9:00 for a brake inspection, and we will lend you a car for the day. To be fair, worn pads on a van that old are something you could have checked before you bought it.',
    );
    expect(reframe).toMatch(/take the van into our workshop on Monday at 9:00/);
    expect(reframe).not.toMatch(/could have checked/);
  });

  it('"we can take £20 off" is still not kept as a step', () => {
    const reframe = reframeAfter(engine, 'The van is grinding when I brake.', "Honestly our mechanic messed up. We can take £200 off your next service.");
    expect(reframe ?? '').not.toMatch(/take £200 off/);
  });
});

describe('the ground of a dropped lesson', () => {
  it('goes with it', () => {
    const reframe = reframeAfter(
      engine,
      'THE FERRY LEFT EARLY AND WE MISSED IT. Is there another boat before noon, yes or no?',
      'Timetable changes are posted in our app, so perhaps next time it would be worth checking there. The next sailing is 18:00.',
    );
    expect(reframe).toMatch(/18:00/);
    expect(reframe).not.toMatch(/posted in our app|next time/);
  });
});

describe('restatements', () => {
  it('never say back "any of it"', () => {
    expect(notCleanBecause('the form has no field for any of it and no upload')).toBe('a pronoun that points at nothing said back');
    expect(notCleanBecause('none of them arrived on the day you were promised')).toBeDefined();
    expect(notCleanBecause('your parcel never arrived and the tracking stopped updating')).toBeUndefined();
  });
});
