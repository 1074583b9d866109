// PLAYBOOK steps 1 and 11: stay calm, no sarcasm, no shouting, no blame, positive framing.
import { shouts } from '../analyzeText';
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
  },
  resolves: (ctx) => ctx.speaker === 'agent',
  suggest: (s) => reframeCard(s, 'agent-tone'),
});
