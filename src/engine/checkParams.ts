// The types a behaviour check's params can have, as a rule file writes them. The detectors
// declare their checks' params in these and rule loading validates rule files against them: a
// module of its own, so that rules/ and the generated catalogue need nothing from detectors/.
export type ParamType = 'number' | 'signal' | 'text list';
