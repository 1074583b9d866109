// Every detector, one file each. The order is the playbook's: it is also the order in which
// suggestions are offered (escalate first, breather last).
import type { Detector } from './types';
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

/** Every check name a rule may use, for the linter. */
export const KNOWN_CHECKS = new Set(DETECTORS.flatMap((d) => Object.keys(d.checks ?? {})));
