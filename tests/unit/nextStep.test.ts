// The panel's next step: which open flag the playbook says to act on first, and the card that
// answers it — on hand-made flag sets and on the demo's heated chat played through the engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answeringCard, flagsByUrgency, nextStep, usesName } from '../../src/engine/nextStep';
import type { Flag, FlagCategory, Severity, Suggestion } from '../../src/engine/types';
import { bundledEngine } from '../helpers/engine';

function flag(rule: string, turn: number, extra: { severity?: Severity; draft?: boolean } = {}): Flag {
  return { rule, category: rule.split('.')[0] as FlagCategory, severity: extra.severity ?? 'warning', message: `${rule} at ${turn}`, turn, ...(extra.draft ? { draft: true } : {}) };
}

const card = (kind: Suggestion['kind'], rule: string, text: string): Suggestion => ({ kind, rule, text });

const CARDS: Suggestion[] = [
  card('escalate', 'escalation.legal-threat', "I'd like to bring in my manager, who can look at this with you."),
  card('reframe', 'agent-tone.dismissive', "I understand this is frustrating. I'm checking."),
  card('clarify', 'no-restatement.solution-before-restatement', 'Could you share the order number, Jordan, so I can look into it?'),
  card('restate', 'no-restatement.solution-before-restatement', "It sounds like you're upset because your present hasn't arrived. Is that right, Jordan?"),
  card('apologize', 'no-empathy.angry-without-empathy', "I'm sorry you were inconvenienced; let's see what we can do to find a solution."),
  card('solution', 'no-solution.remedy', 'I can look up where your order is right now.'),
  card('follow-up', 'no-follow-up.closing-without-follow-up', "I'll check back with you on Friday to make sure everything arrived."),
  card('breather', 'breather.heated-chat-ended', 'That was a tough conversation, and you handled it.'),
];

const rules = (flags: Flag[]) => flags.map((f) => `${f.rule}${f.draft ? '@draft' : `@${f.turn}`}`);

describe('flagsByUrgency', () => {
  it('puts the playbook’s most urgent step first, whatever the order and age of the flags', () => {
    const open = [
      flag('no-follow-up.closing-without-follow-up', 9, { severity: 'info' }),
      flag('no-solution.restated-without-solution', 8, { severity: 'info' }),
      flag('missing-name.not-used', 7, { severity: 'info' }),
      flag('no-restatement.solution-before-restatement', 6, { severity: 'info' }),
      flag('agent-tone.dismissive', 5),
      flag('anger.demand', 4),
      flag('no-empathy.angry-without-empathy', 3),
      flag('interruption.while-typing', 2),
      flag('liability-admission.fault', 10, { draft: true }),
      flag('escalation.legal-threat', 1, { severity: 'critical' }),
    ];
    expect(rules(flagsByUrgency(open))).toEqual([
      'escalation.legal-threat@1', // a line crossed, however long ago
      'liability-admission.fault@draft', // reword it before it is sent
      'interruption.while-typing@2', // let them finish
      'no-empathy.angry-without-empathy@3', // acknowledge and apologize
      'anger.demand@4',
      'agent-tone.dismissive@5', // already sent: mind the next message
      'no-restatement.solution-before-restatement@6',
      'missing-name.not-used@7',
      'no-solution.restated-without-solution@8',
      'no-follow-up.closing-without-follow-up@9',
    ]);
  });

  it('leads with the breather once a heated chat has ended', () => {
    const open = [flag('anger.insult', 7), flag('no-empathy.angry-without-empathy', 6), flag('breather.heated-chat-ended', 8, { severity: 'info' }), flag('escalation.abuse', 5)];
    expect(flagsByUrgency(open)[0]!.rule).toBe('breather.heated-chat-ended');
  });

  it('ranks a draft before a sent message, then newer before older, then graver before milder', () => {
    const open = [
      flag('anger.exclamations', 5, { severity: 'info' }),
      flag('anger.repeat-contact', 2),
      flag('anger.insult', 5),
      flag('no-empathy.angry-without-empathy', 1),
      flag('no-empathy.angry-without-empathy', 6, { draft: true }),
    ];
    expect(rules(flagsByUrgency(open))).toEqual([
      'no-empathy.angry-without-empathy@draft',
      'no-empathy.angry-without-empathy@1',
      'anger.insult@5',
      'anger.exclamations@5',
      'anger.repeat-contact@2',
    ]);
  });

  it('keeps the engine’s order between equals, and leaves its input alone', () => {
    const open = [flag('agent-tone.dismissive', 6, { draft: true }), flag('liability-admission.fault', 6, { draft: true })];
    const before = [...open];
    expect(rules(flagsByUrgency(open))).toEqual(['agent-tone.dismissive@draft', 'liability-admission.fault@draft']);
    expect(open).toEqual(before);
  });
});

describe('answeringCard', () => {
  it('answers each category with the kind the playbook calls for', () => {
    const answer = (rule: string) => answeringCard(flag(rule, 3), CARDS, 'Jordan Alvarez')?.kind;
    expect(answer('escalation.violence')).toBe('escalate');
    expect(answer('liability-admission.fault')).toBe('reframe');
    expect(answer('overpromise.guarantee')).toBe('reframe');
    expect(answer('agent-tone.shouting')).toBe('reframe');
    expect(answer('no-empathy.angry-without-empathy')).toBe('apologize');
    expect(answer('anger.repeat-contact')).toBe('apologize');
    expect(answer('no-solution.offer-rejected')).toBe('solution');
    expect(answer('no-follow-up.closing-without-follow-up')).toBe('follow-up');
    expect(answer('breather.heated-chat-ended')).toBe('breather');
  });

  it('restates before it asks, though its rule wrote both cards and the question came first', () => {
    expect(answeringCard(flag('no-restatement.solution-before-restatement', 3), CARDS)?.kind).toBe('restate');
    expect(answeringCard(flag('no-restatement.solution-before-restatement', 3), CARDS.filter((c) => c.kind !== 'restate'))?.kind).toBe('clarify');
  });

  it('prefers the card the flag’s own rule wrote', () => {
    const opener = card('clarify', 'interruption.premature-fix', "Let's go over what happened, Jordan — can you tell me a bit more?");
    expect(answeringCard(flag('interruption.premature-fix', 2), [...CARDS, opener])).toBe(opener);
    const ownReframe = card('reframe', 'overpromise.guarantee', "I'll do everything I can to get it to you as soon as possible.");
    expect(answeringCard(flag('overpromise.guarantee', 4), [...CARDS, ownReframe])).toBe(ownReframe);
  });

  it('offers no card while the customer is still talking: the step is to wait', () => {
    expect(answeringCard(flag('interruption.while-typing', 4), CARDS)).toBeUndefined();
    expect(answeringCard(flag('interruption.mid-burst', 4), CARDS)).toBeUndefined();
  });

  it('answers a missing name with a card that uses it', () => {
    expect(answeringCard(flag('missing-name.not-used', 4, { severity: 'info' }), CARDS, 'Jordan Alvarez')?.kind).toBe('clarify');
    expect(answeringCard(flag('missing-name.not-used', 4), CARDS, 'Priya Natarajan')).toBeUndefined();
    expect(answeringCard(flag('missing-name.not-used', 4), CARDS, undefined)).toBeUndefined();
  });

  it('finds none when the kind it needs is not offered', () => {
    expect(answeringCard(flag('escalation.abuse', 4), CARDS.filter((c) => c.kind !== 'escalate'))).toBeUndefined();
  });
});

describe('usesName', () => {
  it('matches any word of the name as a whole word, in any case, possessive included', () => {
    expect(usesName("Thanks for waiting, jordan's order is on its way.", 'Jordan Alvarez')).toBe(true);
    expect(usesName('I will ask Ms Alvarez’s team.', 'Jordan Alvarez')).toBe(true);
    expect(usesName('Jordanian customs held the parcel.', 'Jordan Alvarez')).toBe(false);
    expect(usesName('Anything else?', undefined)).toBe(false);
  });
});

describe('nextStep', () => {
  it('with no flag open, offers the engine’s first card and keeps the rest in order', () => {
    const step = nextStep([], CARDS);
    expect(step.card).toBe(CARDS[0]);
    expect(step.otherCards).toEqual(CARDS.slice(1));
  });

  it('with nothing at all, offers nothing', () => {
    expect(nextStep([], [])).toEqual({ flags: [], card: undefined, otherCards: [] });
  });

  it('leaves every card but the answering one in the engine’s order', () => {
    const step = nextStep([flag('anger.insult', 3), flag('interruption.while-typing', 4)], CARDS);
    expect(step.flags[0]!.rule).toBe('interruption.while-typing');
    expect(step.card).toBeUndefined();
    expect(step.otherCards).toEqual(CARDS);
  });
});

describe('the demo’s heated chat (scripts/demo/heated-chat.json)', () => {
  type Step = { customer?: string; agent?: string; system?: string; typing?: boolean; draft?: string };
  const chat = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scripts/demo/heated-chat.json'), 'utf8')) as { conversation: { id: string; customerName: string }; steps: Step[] };

  /** The next step after each step of the chat, as `flag → card kind`. */
  function stepsOfTheChat(): string[] {
    const conversation = bundledEngine().startConversation({ id: chat.conversation.id, customer: { name: chat.conversation.customerName } });
    let at = Date.UTC(2026, 10, 24, 14, 0, 0);
    const out: string[] = [];
    for (const step of chat.steps) {
      at += 20_000;
      if (step.customer) conversation.addTurn({ speaker: 'customer', text: step.customer, at });
      else if (step.agent) conversation.addTurn({ speaker: 'agent', text: step.agent, at });
      else if (step.system) conversation.addTurn({ speaker: 'system', text: step.system, at });
      else if (step.typing) conversation.addTurn({ speaker: 'customer', typing: true, at });
      else if (step.draft) conversation.previewDraft(step.draft, at);
      else continue;
      const next = nextStep(conversation.openFlags(), conversation.suggestions(), conversation.customerName());
      out.push(`${next.flags[0]?.category ?? 'none'}${next.flags[0]?.draft ? '@draft' : ''} → ${next.card?.kind ?? 'wait'}`);
    }
    return out;
  }

  it('leads, at each moment, with what the playbook says to do first', () => {
    expect(stepsOfTheChat()).toEqual([
      'none → restate', // the complaint, before any reply: the engine's first card
      'no-empathy → apologize', // "Can I have your order number?" to an upset customer
      'no-empathy → apologize', // "THIRD time…"
      'no-empathy → wait', // the customer starts typing: no card to send them until they finish
      'interruption → wait', // "Please calm down" while they type
      'no-empathy → apologize', // the insults and the demand
      'agent-tone@draft → reframe', // the blaming draft, before it is sent
      'no-empathy → apologize', // "I guarantee it will arrive tomorrow" sent
      'no-empathy → apologize', // "Worst service ever."
      'breather → breather', // the chat has ended
    ]);
  });
});
