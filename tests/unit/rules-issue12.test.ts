// Issue 12's phrasings, read by the bundled rules as their authors meant them.
import { describe, expect, it } from 'vitest';
import { explainMessage } from '../../src/engine/explainMessage';
import { bundledEngine } from '../helpers/engine';

function fired(message: string) {
  return explainMessage(bundledEngine(), message).flags;
}

function cuesOf(message: string): string[] {
  // Every rule whose match counted towards the score (fired or held back by the anger gate).
  return explainMessage(bundledEngine(), message)
    .rules.filter((r) => r.rule.weight !== undefined && r.status !== 'excepted')
    .map((r) => r.rule.id);
}

describe("issue 12's phrasings", () => {
  it.each(["I'm calling my lawyer", "I'll be speaking to my attorney", 'I am contacting my solicitor'])('%j is a critical legal threat', (message) => {
    expect(fired(message)).toContainEqual(expect.objectContaining({ rule: 'escalation.legal-threat', severity: 'critical' }));
  });

  it.each(['My lawyer is my sister and she loves your shop', 'A lawyer has recommended your product', 'My lawyer will be pleased, the documents arrived'])('%j raises nothing critical and no cue', (message) => {
    expect(fired(message).filter((f) => f.severity === 'critical')).toEqual([]);
    expect(cuesOf(message)).toEqual([]);
  });

  it('"The reviews on your site said delivery takes two days." is no threat to leave and no anger cue', () => {
    const message = 'The reviews on your site said delivery takes two days.';
    expect(fired(message)).toEqual([]);
    expect(cuesOf(message)).toEqual([]);
    expect(explainMessage(bundledEngine(), message).angry).toBe(false);
  });

  it.each([
    ["I'm telling everyone about this!", 'anger.threat-to-leave'],
    ['I will never order from you again', 'anger.threat-to-leave'],
    ['Nobody replies to me.', 'anger.repeat-contact'],
  ])('%j hits %s', (message, rule) => {
    expect(cuesOf(message)).toContain(rule);
  });
});
