// PLAYBOOK steps 1 and 11: "your IT team's sync made the duplicates, so this was not an outage on
// our side" puts the cause on the customer to say it isn't ours. A reframe drops the denial and
// the clauses that name the customer's side as the cause; what the agent did stays.
import { joinClauses, splitClauses, endMark, withoutEndMark } from './clauses';
import { stillBlames } from './residualRisk';

const DENIES_OURS = new RegExp(
  [
    String.raw`(?:\bnot|n't|\bno)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?(?:outage|fault|problem|issue|error|bug|failure|mistake|glitch)\s+(?:on|at|from|with|by|in)\s+(?:our|my)\s+(?:side|end|part|platform|system|systems|service|servers?|software|app|network)\b`,
    String.raw`\b(?:the\s+)?(?:problem|issue|fault|error|cause)\s+(?:is|was|lies|lay|sits)\s+(?:on|at|with)\s+your\s+(?:side|end|team|bank|network|device|equipment|setup|system|systems)\b`,
    String.raw`\bnothing\s+(?:went\s+wrong|(?:is|was)\s+wrong)\s+(?:on|at|with)\s+our\s+(?:side|end|systems?)\b`,
    String.raw`\b(?:we(?:'re|\s+are|\s+were)|i(?:'m|\s+am))\s+not\s+(?:responsible|liable|to blame|at fault)\b`,
    // "the wardrobe was packed by you, not by our crew"
    String.raw`\bby\s+you(?:rself|rselves)?\s*,?\s+(?:and\s+)?not\s+(?:by\s+)?(?:us|me|our|the\s+(?:crew|driver|team|installer|courier|technician|engineer|fitters?|movers?))\b`,
  ].join('|'),
  'i',
);
// The customer's side named as the one that did it: "your IT team's sync created …", "your router reset".
const THEIR_SIDE_DID = /\byour\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?(?:\w+ed|did|made|ran|broke|sent|set|took|went|put|wrote|overwrote)\b/i;
// "…was packed by you", "not by our crew": each half of a passive that names who did it.
const DONE_BY_THEM = /\b(?:was|were|got|been)\s+(?:\w+ed|done|made|built|put|set|sent|taken|packed|wrapped)\s+by\s+you(?:rself|rselves)?\b|^(?:and\s+)?not\s+by\s+(?:us|me|our|the)\b/i;
const HANGS_ON = /^(?:which|who|whom|whose)\b/i;
// What the agent did or will do, or a figure: kept once the denial around it goes.
const AGENTS_OWN = /\b(?:i|we)(?:'ve|'ll|'m|'re|\s+have|\s+will|\s+am|\s+are|\s+can)\b|\blet me\b/i;

export function deniesOurPart(text: string): boolean {
  return DENIES_OURS.test(text);
}

/**
 * The sentence without a denial that blames the customer's side and the clauses it leans on
 * ('' when nothing of the agent's own is left), or `undefined` when it denies nothing.
 */
export function withoutDenial(sentence: string): string | undefined {
  if (!DENIES_OURS.test(sentence)) return undefined;
  const clauses = splitClauses(withoutEndMark(sentence));
  const blaming = clauses.map((c) => DENIES_OURS.test(c.text) || THEIR_SIDE_DID.test(c.text) || DONE_BY_THEM.test(c.text) || stillBlames(c.text));
  clauses.forEach((c, i) => (blaming[i] ||= i > 0 && blaming[i - 1]! && HANGS_ON.test(c.text)));
  const kept = clauses.filter((_, i) => !blaming[i]);
  if (kept.length === 0 || !blaming.some(Boolean)) return '';
  const rest = joinClauses([{ joiner: '', text: kept[0]!.text.replace(/^(?:and|but|so)\s+/i, '') }, ...kept.slice(1)]);
  return AGENTS_OWN.test(rest) ? rest + endMark(sentence) : '';
}
