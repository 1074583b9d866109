// The false-alarm budget (issue 12): on calm text — customer turns all raters scored 0, agent
// turns, neutral comments — no critical rule fires. Severities follow the playbook (threats,
// violence and abuse stay critical), so the rules themselves must be precise.
import { describe, expect, it } from 'vitest';
import { calmCorpus, calmCorpusAvailable } from '../../scripts/calmCorpus';
import { bundledEngine } from '../helpers/engine';

describe.skipIf(!calmCorpusAvailable())('bundled rules on calm text', () => {
  const corpus = calmCorpusAvailable() ? calmCorpus() : [];

  it('uses every calm source and never the held-out dialogues', () => {
    for (const source of ['twcs-customer', 'twcs-agent', 'goemotions-neutral']) expect(corpus.some((m) => m.source === source), source).toBe(true);
    const heldOut = corpus.filter((m) => m.source.startsWith('twcs') && Number(m.id.split('-')[1]) % 8 === 0);
    expect(heldOut).toEqual([]);
  });

  it('raises no critical flag on any of them', () => {
    const engine = bundledEngine();
    const critical: string[] = [];
    for (const message of corpus) {
      const conversation = engine.startConversation({ id: message.id });
      const result = conversation.addTurn({ speaker: message.speaker, text: message.text, at: Date.UTC(2026, 0, 6) });
      for (const flag of result.flags) if (flag.severity === 'critical') critical.push(`${flag.rule} on ${message.id}: ${JSON.stringify(message.text.slice(0, 80))}`);
    }
    expect(corpus.length).toBeGreaterThan(1_500);
    expect(critical).toEqual([]);
  });
});
