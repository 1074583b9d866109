// PLAYBOOK steps 1 and 11: stay calm, no sarcasm, no shouting, no blame, positive framing.
import { shouts } from '../analyzeText';
import { DEFAULT_DRAFT_RISK_THRESHOLD, riskiestSentence, wordsOf } from '../draftRisk';
import { reframeCard } from './reframeCard';
import { check, defineDetector } from './types';

export default defineDetector({
  category: 'agent-tone',
  playbook: 11,
  // Already sent: too late to reword, a lesson for the next message.
  urgency: 6,
  answeredBy: ['reframe'],
  docs: 'The agent shouts, blames or is sarcastic: a calmer rewording of the message.',
  shows: ['reframe'],
  rewords: true,
  checks: {
    'agent-tone.shouting': check({
      params: { caps: 'number', exclamations: 'number' },
      docs: 'The agent writes in capitals (share of upper-case letters at least `caps`, default 0.6) or with `exclamations` (default 3) or more "!".',
      run: (ctx, params) => {
        if (!ctx.text) return null;
        const caps = shouts(ctx.text, params.caps ?? 0.6);
        const bangs = ctx.text.exclamations >= (params.exclamations ?? 3);
        return caps ? 'ALL CAPS' : bangs ? '!!!' : null;
      },
    }),
    'agent-tone.risky-wording': check({
      params: { threshold: 'number' },
      docs: 'A sentence of the agent\'s unsent draft that the draft-risk model reads as one a trainer would stop (fault, blame, a promise, a jab, policy as the whole answer), with probability at least `threshold` (default the model\'s own, 0.85). Read only when no rule of agent-tone, liability-admission or overpromise flagged the draft.',
      backstop: true,
      run: (ctx, params) => {
        // A second look is cheap before sending; on a sent message a statistical "may read badly" is noise.
        if (!ctx.text || !ctx.draft) return null;
        const risk = riskiestSentence(ctx.text);
        return risk && risk.score >= (params.threshold ?? DEFAULT_DRAFT_RISK_THRESHOLD) ? wordsOf(ctx.text, risk.start, risk.end) || true : null;
      },
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent',
  suggest: (s) => reframeCard(s, 'agent-tone'),
});
