// The kinds of problem a customer can have, by name: what the remedy catalogue is keyed by and
// what problemType.ts reads a complaint as. Apart from the reading, so the catalogue's parser
// needs only the names.

/**
 * Most specific first: when two types are mentioned equally often the earlier one is the best
 * guess ("I was charged twice and want a refund": billing), read with no confidence.
 */
export const PROBLEM_TYPES = [
  'wrong-item',
  'defect',
  'billing',
  'account-access',
  'technical',
  'cancellation',
  'refund',
  'delivery',
  'other',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export function isProblemType(value: string): value is ProblemType {
  return (PROBLEM_TYPES as readonly string[]).includes(value);
}
