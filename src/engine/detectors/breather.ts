// PLAYBOOK step 12: after an especially stressful chat, take a short break.
import { latestCustomerIndex } from '../conversation/state';
import { BREATHER_PHRASINGS } from '../suggestions';
import { check, defineDetector } from './types';

export default defineDetector({
  category: 'breather',
  playbook: 12,
  urgency: 0,
  answeredBy: ['breather'],
  docs: 'A heated chat has ended: a nudge to take a short break.',
  signals: ['chat-ended', 'closing'],
  shows: ['breather'],
  checks: {
    'breather.heated-chat-ended': check({
      params: { minHeatedTurns: 'number' },
      docs: 'The chat ends (or the agent closes it) after at least `minHeatedTurns` (default 2) customer turns at the heated level.',
      run: (ctx, params) => {
        const { anger } = ctx.state;
        const heated = anger.peak >= ctx.rules.settings.heatedLevel && anger.heatedTurns >= (params.minHeatedTurns ?? 2);
        if (!heated) return null;
        return ctx.signal('chat-ended') ?? (ctx.speaker === 'agent' ? ctx.signal('closing') : null);
      },
    }),
  },
  // For after the chat: not while the customer is still typing or has written since the agent
  // closed (the chat goes on, and the card would read as walking away).
  suggest: (s) => {
    const flag = [...s.state.open.values()].find((f) => f.category === 'breather');
    if (!flag) return [];
    const { customer } = s.state;
    const lastCustomer = latestCustomerIndex(s.state) ?? -1;
    if (customer.typing || lastCustomer > flag.turn) return [];
    const nudge = s.phrase('breather', BREATHER_PHRASINGS);
    return nudge ? [nudge] : [];
  },
});

