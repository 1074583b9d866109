// What the 191st and 192nd readings' blind twenties (hard chats 3071–3110, both graded on efba42f)
// found, as kinds, in our own words: promises kept in reframes ("that's a promise", a hotel paid "for
// as long as needed", a roof paid for "whole"); a
// missed visit "not really on our side"; sarcasm about the weather's calendar; a reframe that lost
// the technician's visit (and left "after that" pointing at nothing) and the address "Madame Roux,".
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('promises', () => {
  it('are read in these words', () => {
    for (const line of [
      "The boiler will be fixed on Monday, that's a promise.",
      'We will cover their hotel costs for as long as it takes.',
      "We'll pay for your whole new kitchen floor.",
    ]) expect(rulesOfAgentLine(engine, line), line).toContain('overpromise.guarantee');
    // (guard) a step of ours, no promise
    expect(rulesOfAgentLine(engine, "We'll pay the return postage, I've emailed you the label.")).not.toContain('overpromise.guarantee');
  });
});

describe('blame and sarcasm', () => {
  it('"not really on our side", "didn\'t check your calendar" and "a force of nature" are dismissive', () => {
    for (const line of [
      "The failed deliveries weren't really on our end, the gate was locked.",
      "Sorry the snow didn't check your group's travel calendar.",
      'Fog is a force of nature, not something we control.',
    ]) expect(rulesOfAgentLine(engine, line), line).toContain('agent-tone.dismissive');
  });
});

describe('reframes', () => {
  it('someone of ours going to them is a step, kept', () => {
    expect(isSendableClause('Our engineer Tomasz will be at the house on Friday between 8:00 and 10:00 to replace the valve.')).toBe(true);
    const reframe = reframeDraft(
      "Hi Pia, I've taken both missed cleans off your bill. Our engineer Tomasz will be at the house on Friday between 8:00 and 10:00 to replace the valve. To be fair though, the missed cleans weren't really on our side.",
      { overpromises: [], admissions: [] },
    );
    expect(reframe).toMatch(/Tomasz will be at the house/);
    expect(reframe).not.toMatch(/our side/);
  });

  it('keeps a French or Spanish address when the sentence it opened goes', () => {
    const reframe = reframeDraft("Madame Leclerc, to be honest this is entirely our fault, the fitter measured it wrong. The new door will be fitted on Tuesday.", { overpromises: [], admissions: ['entirely our fault'] });
    expect(reframe).toMatch(/^Madame Leclerc, /);
  });
});
