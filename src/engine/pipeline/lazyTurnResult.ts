// A turn's result whose suggestions and explanation are composed when first read (then kept): a
// replay of hundreds of turns reads few of them. Own, enumerable accessor properties, so a result
// still spreads, serialises and compares like a plain object; assigning one replaces its value.
import type { Suggestion, TurnResult } from '../types';

type Head = Pick<TurnResult, 'turn' | 'speaker' | 'anger' | 'angry' | 'frustration' | 'mood' | 'flags'>;
type Explanation = TurnResult['explain'] | undefined;

/** A base whose constructor returns its argument: `new` then stamps a subclass's fields on it. */
class Returning {
  constructor(target: object) {
    return target;
  }
}

/**
 * What a result's accessors compose, in private fields stamped on the result itself: invisible to
 * keys, JSON, spread and equality, and the result stays a plain object. One pair of accessors
 * serves every result, where accessors written in an object literal are new functions per result
 * and cost several times the rest of the object (about a microsecond a turn).
 */
class LazyFields extends Returning {
  #compose: (() => Suggestion[]) | undefined;
  #suggestions: Suggestion[] | undefined;
  #explain: (() => Explanation) | undefined;
  #explanation: Explanation;

  constructor(target: object, compose: () => Suggestion[], explain: (() => Explanation) | undefined) {
    super(target);
    this.#compose = compose;
    this.#explain = explain;
  }

  static suggestions(result: LazyFields): Suggestion[] {
    // Let go of `compose` (and what it closes over, a turn's snapshot) once it has run.
    if (result.#compose) {
      result.#suggestions = result.#compose();
      result.#compose = undefined;
    }
    return result.#suggestions ?? [];
  }

  static setSuggestions(result: LazyFields, value: Suggestion[]): void {
    result.#compose = undefined;
    result.#suggestions = value;
  }

  static explain(result: LazyFields): Explanation {
    if (result.#explain) {
      result.#explanation = result.#explain();
      result.#explain = undefined;
    }
    return result.#explanation;
  }

  static setExplain(result: LazyFields, value: Explanation): void {
    result.#explain = undefined;
    result.#explanation = value;
  }
}

const SUGGESTIONS: PropertyDescriptor = {
  get(this: LazyFields) {
    return LazyFields.suggestions(this);
  },
  set(this: LazyFields, value: Suggestion[]) {
    LazyFields.setSuggestions(this, value);
  },
  enumerable: true,
  configurable: true,
};

// A turn with nothing to explain has no `explain` (and serialises without the field).
const EXPLAIN: PropertyDescriptor = {
  get(this: LazyFields) {
    return LazyFields.explain(this);
  },
  set(this: LazyFields, value: Explanation) {
    LazyFields.setExplain(this, value);
  },
  enumerable: true,
  configurable: true,
};

/** The result, its keys in the order results always listed them (the suggestions after the flags). */
export function lazyTurnResult(
  head: Head,
  compose: () => Suggestion[],
  conversation: TurnResult['conversation'],
  customerName: string | undefined,
  explain: (() => Explanation) | undefined,
): TurnResult {
  const result = {
    turn: head.turn,
    speaker: head.speaker,
    anger: head.anger,
    angry: head.angry,
    frustration: head.frustration,
    mood: head.mood,
    flags: head.flags,
  } as TurnResult;
  Object.defineProperty(result, 'suggestions', SUGGESTIONS);
  result.conversation = conversation;
  result.customerName = customerName;
  if (explain) Object.defineProperty(result, 'explain', EXPLAIN);
  new LazyFields(result, compose, explain);
  return result;
}
