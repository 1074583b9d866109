// Composure's engine: pure TypeScript, no browser or Node API. The same code runs in the
// extension, in the `composure` CLI and in tests.
export type { Conversation, ConversationInfo, Engine } from './api';
export type * from './types';
export { FLAG_CATEGORIES, SUGGESTION_KINDS } from './types';
export { createEngine, type ComposureEngine, type EngineOptions } from './engine';
export { loadRulePackYaml, loadRulePackValue, type LoadedPack } from './rules/loadRulePack';
export { RuleFileError, RuleFileErrors } from './rules/ruleFileError';
export { buildRuleSet } from './rules/ruleSet';
export { runRuleExamples, type ExampleOutcome } from './rules/runExamples';
export { readTranscripts, TranscriptError } from './transcript';
