// `composure explain`: why a rule fired on one message, or why not.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMessage } from '../../src/engine/explainMessage';
import { bundledEngine } from '../helpers/engine';

const ROOT = join(import.meta.dirname, '../..');

describe('explaining one message', () => {
  it('names the rule, the pattern and the words that matched, and what drove the anger score', () => {
    const e = explainMessage(bundledEngine(), "I'm calling my lawyer");
    const legal = e.rules.find((r) => r.rule.id === 'escalation.legal-threat');
    expect(legal?.status).toBe('fired');
    expect(legal?.hits[0]).toMatchObject({ field: 'patterns', evidence: 'calling my lawyer' });
    expect(e.contributions.map((c) => c.feature)).toContain('escalation.legal-threat');
    expect(e.tokens).toEqual(['i', 'am', 'calling', 'my', 'lawyer']);
  });

  it('shows the nearest pattern that did not match, with how much of it did', () => {
    const e = explainMessage(bundledEngine(), 'My lawyer is my sister and she loves your shop');
    expect(e.rules.filter((r) => r.status === 'fired')).toEqual([]);
    // Safety patterns opening "my <anyone> …" come near too; the legal threat is among the nearest listed.
    expect(e.nearMisses).toContainEqual(expect.objectContaining({ rule: 'escalation.legal-threat', got: 3, words: 'my lawyer is' }));
  });

  it('says when a cue matched but the message was not angry enough to flag it', () => {
    const e = explainMessage(bundledEngine(), "Thanks so much!!! You're a star!!!");
    const held = e.rules.find((r) => r.rule.id === 'anger.exclamations');
    expect(held?.status).toBe('held back');
    expect(held?.reason).toMatch(/only on an angry message/);
  });

  it('reads an agent message with --agent, and prints through the CLI', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/composure.mjs'), 'explain', '--agent', 'As I said, we will not refund that'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^agent message: /);
    expect(r.stdout).toMatch(/agent-tone\.negative-framing .*\n\s+match\.patterns\[\d+\] "we won't" on "we will not"/);
    expect(r.stdout).toMatch(/nearest patterns that did not match:\n\s+agent-tone\.dismissive patterns\[\d+\] "as i said before": 3 of 4 words/);
    const none = spawnSync(process.execPath, [join(ROOT, 'bin/composure.mjs'), 'explain'], { cwd: ROOT, encoding: 'utf8' });
    expect(none.status).toBe(2);
  });
});
