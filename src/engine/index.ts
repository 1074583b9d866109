// Composure's engine: pure TypeScript, no browser or Node API. The same code runs in the
// extension, in the `composure` CLI and in tests. This file is the one way in: everything
// outside src/engine/ imports from here (tests/unit/import-boundary.test.ts holds to it).
export type { Conversation, ConversationInfo, Engine } from './api';
export type * from './types';
export { FLAG_CATEGORIES, MOODS, NO_ANGER, SEVERITIES, SPEAKERS, SUGGESTION_KINDS } from './types';
export { createEngine, type ComposureEngine, type EngineOptions } from './engine';

// Rule files: loading, checking, explaining.
export { loadRulePackYaml, loadRulePackValue, type LoadedPack } from './rules/loadRulePack';
export { isRemediesFile, loadRuleFolder, remediesIn, REMEDIES_FILE, rulePacksIn, type RuleFileTexts, type RuleFolder } from './ruleFolder';
export { RuleFileError, RuleFileErrors } from './rules/ruleFileError';
export { buildRuleSet } from './rules/ruleSet';
export { lintPacks } from './rules/lintRules';
// The signals the behaviour checks need (generated from the detectors).
export { REQUIRED_SIGNALS } from './detectorCatalogue';
export { migrateRuleFileYaml, type MigratedText } from './rules/migrateYaml';
export { exercisedBy, runRuleExamples, runSignalExamples, type ExampleOutcome, type SignalExampleOutcome } from './runExamples';
export { explainMessage, type MessageExplanation, type NearMiss, type RuleExplanation } from './explainMessage';
export type { CompiledExample, PatternHit, RuleExample, RulePackSpec, RulePackSpecV1, RuleSpec } from './rules/types';

// The remedy catalogue and the problem types it is keyed by.
export { isProblemType, PROBLEM_TYPES, type ProblemType } from './suggestions/problemTypeNames';
export { mergeRemedyCatalogues, parseRemedyCatalogue, remedyCatalogueFromValue, type RemedyCatalogue, type RemedyEntry } from './suggestions/remedyCatalogue';

// Transcripts in, readings out.
export { readChatLines, readTranscripts, TranscriptError } from './transcript';
export { nextStep, type NextStep } from './nextStep';
export { moodDrivers } from './anger/drivers';
