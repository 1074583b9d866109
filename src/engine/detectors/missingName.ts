// PLAYBOOK step 3: use the customer's name, and get it right.
import { usesName, wrongNameUsed } from '../conversation/customerName';
import { defineDetector } from './types';

export default defineDetector({
  category: 'missing-name',
  playbook: 3,
  checks: {
    // Not on every message: after `afterAgentMessages` replies without the name (default 2).
    'missing-name.not-used': (ctx, rule) => {
      const name = ctx.state.name;
      if (!name || !ctx.text || usesName(ctx.text.raw, name)) return null;
      const cadence = Math.max(1, Number(rule.params.afterAgentMessages ?? 2));
      return (ctx.state.agent.messagesWithoutName + 1) % cadence === 0 ? `${name.first} not used` : null;
    },
    'missing-name.wrong-name': (ctx) => {
      const name = ctx.state.name;
      if (!name || !ctx.text) return null;
      return wrongNameUsed(ctx.text.raw, name, ctx.state.info.agent?.name) ?? null;
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent' && !!ctx.state.name && !!ctx.text && usesName(ctx.text.raw, ctx.state.name),
});
