// Suggestion builders: pure functions from analysed customer and agent text to what the side
// panel can offer the agent (PLAYBOOK steps 4–12). No browser or Node API.
export { carriesTheCaseOn } from './sendableClause';
export { actStem, agentCuesOf, customerCuesOf, ONLY_PLACE_TO_BE_WITH, refusedActions, type AgentCue, type CustomerCue } from './caseCues';
export { factIsMoot, remedyIsMoot, type CaseReading } from './caseFit';
export { cleanComplaint } from './cleanComplaint';
export { answersWithIdentifier, asksForOrderNumber, givesOnlyAnotherReference, clarifyingQuestions, FACTS, factsGiven, factsStillMissing, factsToldByAgent, missingFacts, type Fact } from './clarify';
export { echoesEmpathy, withoutEchoes } from './empathyEcho';
export { namesNoFeeling } from './feelings';
export { filledTemplate, fillTemplate, type TemplateSlots } from './fillTemplate';
export {
  ACKNOWLEDGE_ASK_PHRASINGS,
  FIX_NOT_CHECKING_PHRASINGS,
  RETENTION_DECLINED_PHRASINGS,
  CANCEL_AFTER_REMEDY_PHRASINGS,
  CANCEL_AS_ASKED_PHRASINGS,
  APOLOGY_PHRASINGS,
  ASK_WHAT_IS_FAIR_PHRASINGS,
  BREATHER_PHRASINGS,
  ESCALATION_PHRASINGS,
  CLOSING_PHRASINGS,
  FOLLOW_UP_PHRASINGS,
  TOLD_OUTCOME_PHRASINGS,
  TOLD_ON_ARRIVAL_PHRASINGS,
  WHEN_TO_EXPECT_PHRASINGS,
  saysWhenToExpect,
  HANDED_OVER_PHRASINGS,
  pickVariant,
  pushesAFix,
  speaksOfLoss,
  speaksOfHarm,
  speaksOfSafety,
  wishesRecovery,
  speaksOfHardship,
  speaksOfWorry,
  speaksToAMoment,
  thanksForTelling,
  withoutApology,
  SAFETY_APOLOGY_PHRASINGS,
  speaksOfFire,
  speaksOfSupply,
  speaksOfCold,
  speaksOfPowerAtRisk,
  speaksOfComingIn,
  speaksOfTheDoor,
  speaksOfHarassment,
  speaksOfGas,
  speaksOfUnplugging,
  speaksOfPets,
  speaksOfAskingAgain,
  rotatedVariant,
  ALONGSIDE_THE_BEREAVED_PHRASINGS,
  CONDOLENCES_ALONGSIDE_PHRASINGS,
  GRIEF_SHARED_PHRASINGS,
  HONEST_ANSWER_PHRASINGS,
  CREDIT_REFUSED_PHRASINGS,
  HONEST_ANSWER_WITH_CONDOLENCES_PHRASINGS,
  MAIL_TO_THE_LOST_PHRASINGS,
  MAIL_TO_THE_LOST_WITH_CONDOLENCES_PHRASINGS,
  WAITING_FOR_NEWS_PHRASINGS,
  CALL_BACK_PHRASINGS,
  CANNOT_HELP_HERE_PHRASINGS,
  SORRY_NOT_ENOUGH_PHRASINGS,
  WHAT_WE_WILL_DO_PHRASINGS,
  CONDOLENCES_BESIDE_HANDOFF_PHRASINGS,
  ASKED_AGAIN_WITHOUT_SORRY_PHRASINGS,
  UNCLEAR_APOLOGY_PHRASINGS,
  RECHECK_PHRASINGS,
  STRAIGHT_ANSWER_NO_MORE_CHECKING_PHRASINGS,
  STRAIGHT_ANSWER_PHRASINGS,
} from './phrasings';
export {
  confidentProblemType,
  CONFIDENT_PROBLEM_TYPE,
  DEFAULT_PROBLEM_KEYWORDS,
  detectProblemType,
  isProblemType,
  PROBLEM_TYPES,
  problemTypeAfter,
  problemTypeReading,
  problemTypeVotes,
  readProblemType,
  remediesFor,
  type ProblemType,
  type ProblemTypeReading,
  type ProblemTypeVotes,
  type ProblemVocabulary,
} from './problemType';
export { reframeDraft, type FlaggedSpans, type ReadBack, type ReframeCategory, type ReframeContext } from './reframe';
export {
  mergeRemedyCatalogues,
  parseRemedyCatalogue,
  remedyCatalogueFromValue,
  type RemedyCatalogue,
  type RemedyEntry,
} from './remedyCatalogue';
export { complaintCandidates, isAWish, pickComplaint, restatableProblem, restatedProblem, restatePhrasings, restateProblem } from './restate';
export { isOverpromise, saferPromise } from './saferPromise';
export { toSecondPerson } from './secondPerson';
