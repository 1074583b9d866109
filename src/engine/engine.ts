// Builds an engine from rule packs: compile once, then start any number of conversations.
import type { Engine } from './api';
import { analyzeText } from './analyzeText';
import { scoreAnger } from './anger';
import { createConversation, indexRules, matchingCues } from './pipeline/conversation';
import type { LoadedPack } from './rules/loadRulePack';
import { buildRuleSet } from './rules/ruleSet';
import type { RuleSet } from './rules/types';
import type { SuggestionCatalogue } from './suggestionCatalogue';
import type { RemedyCatalogue } from './suggestions';
import type { AngerScore, Severity, TurnResult } from './types';

export interface EngineOptions {
  /** Rule ids switched off (user settings, policy `disabledRules`). */
  disabledRules?: Iterable<string>;
  /** Problem type → keywords and remedies (rules/remedies.yaml, merged with policy `remedies`). */
  remedies?: RemedyCatalogue;
  escalationContact?: string;
  /** Rule id → severity, overriding the rule file's (the options page's severity choice). */
  severities?: Readonly<Record<string, Severity>>;
}

export interface ComposureEngine extends Engine {
  readonly rules: RuleSet;
  /** Anger score of one customer message with this engine's cue rules, outside any conversation. */
  scoreAnger(text: string): AngerScore;
}

export function createEngine(packs: LoadedPack[], options: EngineOptions = {}): ComposureEngine {
  const rules = buildRuleSet(packs, options.disabledRules, options.severities);
  const index = indexRules(rules);
  const catalogue: SuggestionCatalogue = { remedies: options.remedies ?? {}, escalationContact: options.escalationContact };
  const engine: ComposureEngine = {
    rules,
    scoreAnger: (text) => {
      const analyzed = analyzeText(text);
      return scoreAnger(analyzed, matchingCues(analyzed, index));
    },
    startConversation: (info) => createConversation(rules, index, catalogue, info),
    analyzeTranscript(transcript) {
      const conversation = engine.startConversation(transcript);
      const results: TurnResult[] = [];
      for (const turn of transcript.turns) results.push(conversation.addTurn(turn));
      return results;
    },
  };
  return engine;
}
