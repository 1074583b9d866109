// The case as caseFit.ts reads it, from a chat's lines: what the customer's and the agent's
// messages say (caseCues.ts), what the agent refused, and the facts given.
import { analyzeText } from '../../src/engine/analyzeText';
import { agentCuesOf, customerCuesOf, refusedActions, type CaseReading } from '../../src/engine/suggestions';

export function caseReadingOfLines(customerLines: string[], agentLines: string[] = [], facts: CaseReading['facts'] = new Set()): CaseReading {
  return {
    customer: new Set(customerLines.flatMap((l) => [...customerCuesOf(analyzeText(l))])),
    agent: new Set(agentLines.flatMap((l) => [...agentCuesOf(analyzeText(l))])),
    refused: new Set(agentLines.flatMap((l) => [...refusedActions(analyzeText(l))])),
    facts,
  };
}
