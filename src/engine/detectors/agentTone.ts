// PLAYBOOK steps 1 and 11: stay calm, no sarcasm, no shouting, no blame, positive framing.
import { shouts } from '../analyzeText';
import { inCustomerSpelling } from '../conversation/customerName';
import { defineDetector } from './types';

export default defineDetector({
  category: 'agent-tone',
  playbook: 11,
  checks: {
    'agent-tone.shouting': (ctx, rule) => {
      if (!ctx.text) return null;
      const caps = shouts(ctx.text, Number(rule.params.caps ?? 0.6));
      const bangs = ctx.text.exclamations >= Number(rule.params.exclamations ?? 3);
      return caps ? 'ALL CAPS' : bangs ? '!!!' : null;
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent',
  // One reframe card for the draft being typed (or the last message sent) that was flagged
  // for tone, liability or an overpromise: the draft fixed when the rewording can do it cleanly,
  // else (the whole draft was the problem) the flagged rule's own reframe wording. Either is
  // shown only if the engine reads it back without a tone, admission or promise flag.
  suggest: (s) => {
    const problem = s.state.draftToneProblem ?? s.state.lastToneProblem;
    if (!problem) return [];
    // The agent's own words, but the customer's name as they spell it ("Siobhan" → "Siobhán").
    if (problem.reworded) return [{ kind: 'reframe', text: inCustomerSpelling(problem.reworded, s.state.name), rule: problem.rule }];
    const flaggedRule = s.rules.rules.filter((r) => r.id === problem.rule);
    const reframe = s.phrase('reframe', [], {}, flaggedRule);
    return reframe && problem.readsClean(reframe.text) ? [reframe] : [];
  },
});
