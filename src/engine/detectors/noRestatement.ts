// PLAYBOOK steps 4–5: restate the problem (and ask about the facts) before solving it.
import { caseReadingOf, problemTypeToAct } from '../conversation/caseReading';
import { latestCustomerIndex } from '../conversation/state';
import { clarifyingQuestions, factIsMoot, factsStillMissing, restatableProblem } from '../suggestions';
import type { Suggestion } from '../types';
import { defineDetector } from './types';

export default defineDetector({
  category: 'no-restatement',
  playbook: 4,
  checks: {
    'no-restatement.solution-before-restatement': (ctx) => {
      const { agent, customer } = ctx.state;
      if (customer.lastComplaintTurn === undefined || agent.restatedSinceComplaint || agent.askedQuestion) return null;
      if (ctx.signal('restatement') !== null) return null;
      return ctx.signal('solution-offer');
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('restatement') !== null,
  suggest: (s) => {
    const { customer, agent } = s.state;
    if (customer.lastComplaintTurn === undefined || agent.restatedSinceComplaint) return [];
    const out: Suggestion[] = [];
    // Said back right after the complaint; once the customer has moved on (details, thanks) a
    // restatement of what they said before answers nothing they just wrote.
    const fresh = latestCustomerIndex(s.state) === customer.lastComplaintTurn;
    const problem = fresh && s.state.complaintSentences ? restatableProblem(s.state.complaintSentences) : undefined;
    const restate = problem ? s.phrase('restate', RESTATE, { problem }) : undefined;
    if (restate) out.push(restate);
    // PLAYBOOK step 5: ask about the facts the customer has not given yet.
    // Asked right after the complaint, like the restatement: a question for facts after the
    // customer has moved on to details reads as not having read them.
    if (fresh && !agent.askedQuestion) {
      // Not a fact the chat made moot: the device of someone who rebooted and reinstalled, the
      // email of an account the agent has open.
      const reading = caseReadingOf(s.state);
      const problemType = problemTypeToAct(s.state);
      const facts = factsStillMissing(customer.facts, problemType).filter((fact) => !factIsMoot(fact, reading));
      const question = clarifyingQuestions(facts.slice(0, 1), problemType, s.state.name?.first)[0];
      if (question) out.push({ kind: 'clarify', text: question, rule: s.categoryRules[0]?.id ?? 'no-restatement.clarify' });
    }
    return out;
  },
});

const RESTATE = [
  "It sounds like you're upset because {problem}. Is that right, {name}?",
  'As I understand it, {name}, {problem} — is that right?',
  'Just to make sure I have this right: {problem}?',
];
