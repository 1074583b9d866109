// Every detector, one file each: a new category is its file plus its line here, once its name is
// in the published vocabulary (docs/detectors.md). The order is the playbook's: it is also the order in which rules flag a
// turn and suggestions are offered (escalate first, breather last).
import type { Detector, TurnContext } from './types';
import escalation from './escalation';
import anger from './anger';
import interruption from './interruption';
import agentTone from './agentTone';
import liabilityAdmission from './liabilityAdmission';
import overpromise from './overpromise';
import missingName from './missingName';
import noRestatement from './noRestatement';
import noEmpathy from './noEmpathy';
import noSolution from './noSolution';
import noFollowUp from './noFollowUp';
import breather from './breather';

export const DETECTORS: readonly Detector[] = [
  escalation,
  anger,
  interruption,
  agentTone,
  liabilityAdmission,
  overpromise,
  missingName,
  noRestatement,
  noEmpathy,
  noSolution,
  noFollowUp,
  breather,
];

export const DETECTOR_BY_CATEGORY = new Map(DETECTORS.map((d) => [d.category, d]));

/** How each detector that keeps its own state folds a committed turn into it. */
export const FOLDS: readonly { slot: number; fold: (own: object, ctx: TurnContext) => object }[] = DETECTORS.flatMap((d) => (d.state ? [{ slot: d.slot, fold: d.state.fold }] : []));

/** The categories whose flags on an agent message call for a reframe of it. */
export const REWORDING: ReadonlySet<Detector['category']> = new Set(DETECTORS.filter((d) => d.rewords).map((d) => d.category));
