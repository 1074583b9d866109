// The one thing an agent should do next when several flags are open at once: the flag the
// playbook (docs/playbook.md) says to act on first, and the card that answers it. The side panel
// leads with it; the "insert top suggestion" shortcut inserts the same card.
import { NEXT_STEP } from './detectorCatalogue';
import type { Flag, Severity, Suggestion, SuggestionKind } from './types';

/**
 * How soon a flag wants acting on, most urgent first (each detector's `urgency`, as
 * ./detectorCatalogue.ts has it). A heated chat that has ended leaves only the breather to take:
 * whatever else is open was about a customer who has gone. Then a line crossed (escalate), a
 * draft to reword before it is sent, a customer still talking (wait), an upset customer nobody
 * has acknowledged (apologize), a sent message's tone (mind the next one), and the playbook's
 * remaining steps in their order.
 */
function urgency(flag: Flag): number {
  const { rewords, urgency } = NEXT_STEP[flag.category];
  return flag.draft && rewords ? DRAFT_TO_REWORD : urgency;
}

/** A draft that admits fault, overpromises or has a tone problem: reworded before it is sent. */
const DRAFT_TO_REWORD = 2;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Open flags, the one to act on first at the head: by the playbook's urgency, then drafts before
 * sent messages, newer turns before older, graver before milder; ties keep the engine's order.
 */
export function flagsByUrgency<F extends Flag>(flags: readonly F[]): F[] {
  return flags
    .map((flag, index) => ({ flag, index }))
    .sort(
      (a, b) =>
        urgency(a.flag) - urgency(b.flag) ||
        Number(!!b.flag.draft) - Number(!!a.flag.draft) ||
        b.flag.turn - a.flag.turn ||
        SEVERITY_RANK[a.flag.severity] - SEVERITY_RANK[b.flag.severity] ||
        a.index - b.index,
    )
    .map(({ flag }) => flag);
}

/**
 * The card that answers `flag`: one its own rule wrote (of the kind its category calls for
 * first, when the rule wrote several), else the first of the kinds its category calls for
 * (its detector's `answeredBy`); a missing name is answered by any card that uses the name.
 */
export function answeringCard(flag: Flag, suggestions: readonly Suggestion[], customerName?: string): Suggestion | undefined {
  const kinds = NEXT_STEP[flag.category].answeredBy;
  const own = suggestions.filter((s) => s.rule === flag.rule);
  const fromOwnRule = firstOfKinds(own, kinds) ?? own[0];
  if (fromOwnRule) return fromOwnRule;
  if (flag.category === 'missing-name') return suggestions.find((s) => usesName(s.text, customerName));
  return firstOfKinds(suggestions, kinds);
}

function firstOfKinds(cards: readonly Suggestion[], kinds: readonly SuggestionKind[]): Suggestion | undefined {
  for (const kind of kinds) {
    const card = cards.find((s) => s.kind === kind);
    if (card) return card;
  }
  return undefined;
}

/** True when `text` says the customer's name (any word of it, possessive or not). */
export function usesName(text: string, customerName: string | undefined): boolean {
  const nameWords = (customerName?.toLocaleLowerCase().match(WORD) ?? []).filter((word) => word.length >= 2);
  const words = new Set(text.toLocaleLowerCase().match(WORD));
  return nameWords.some((word) => words.has(word));
}

// Letters and marks, hyphens kept (Mary-Jane); an apostrophe ends a word (Jordan's).
const WORD = /[\p{L}\p{M}-]+/gu;

export interface NextStep<F extends Flag> {
  /** Open flags, the one to act on first at the head (`flagsByUrgency`). */
  flags: F[];
  /**
   * The card to offer first: the one answering the head flag, or with no flag open the engine's
   * first. Undefined when the head flag has no card (an interruption: the step is to wait).
   */
  card: Suggestion | undefined;
  /** Every other card, in the engine's order. */
  otherCards: Suggestion[];
}

export function nextStep<F extends Flag>(flags: readonly F[], suggestions: readonly Suggestion[], customerName?: string): NextStep<F> {
  const ordered = flagsByUrgency(flags);
  const head = ordered[0];
  const card = head ? answeringCard(head, suggestions, customerName) : suggestions[0];
  return { flags: ordered, card, otherCards: suggestions.filter((s) => s !== card) };
}
