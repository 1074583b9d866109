// PLAYBOOK step 12: after an especially stressful chat, take a short break.
import { BREATHER_PHRASINGS } from '../suggestions';
import { defineDetector } from './types';

export default defineDetector({
  category: 'breather',
  playbook: 12,
  checks: {
    'breather.heated-chat-ended': (ctx, rule) => {
      const { anger } = ctx.state;
      const heated = anger.peak >= ctx.rules.settings.heatedLevel && anger.heatedTurns >= Number(rule.params.minHeatedTurns ?? 2);
      if (!heated) return null;
      return ctx.signal('chat-ended') ?? (ctx.speaker === 'agent' ? ctx.signal('closing') : null);
    },
  },
  suggest: (s) => {
    if (![...s.state.open.values()].some((f) => f.category === 'breather')) return [];
    const nudge = s.phrase('breather', BREATHER_PHRASINGS);
    return nudge ? [nudge] : [];
  },
});

