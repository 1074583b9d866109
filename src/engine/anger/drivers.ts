// What drove an anger score, in words an agent reads at a glance: "repeat contact", "“useless”",
// "shouting". Only what raised the score counts; the strongest come first.
import type { AngerContribution, MoodContribution } from '../types';

const CUES: Record<string, string> = {
  '!!': '“!!”',
  '!!+neg': '“!!”',
  '?!': '“?!”',
  '??': 'repeated questions',
  '?you': 'a question aimed at you',
  '?you+neg': 'a question aimed at you',
  'caps-all': 'shouting',
  'caps-words': 'shouting',
  'caps-word': 'a shouted word',
  'caps+neg': 'shouting',
  elongated: 'stretched words',
};

/** Up to `max` distinct reasons, strongest first. */
export function angerDrivers(contributions: readonly AngerContribution[], max = 3): string[] {
  const reasons: string[] = [];
  for (const c of [...contributions].sort((a, b) => b.weight - a.weight)) {
    if (c.weight <= 0.15) break;
    const reason = describe(c.feature);
    if (reason && !reasons.includes(reason)) reasons.push(reason);
    if (reasons.length === max) break;
  }
  return reasons;
}

function describe(feature: string): string | undefined {
  const colon = feature.indexOf(':');
  if (colon === -1) {
    // A rule id: `anger.repeat-contact` → "repeat contact".
    return feature.slice(feature.indexOf('.') + 1).replace(/-/g, ' ');
  }
  const kind = feature.slice(0, colon);
  const value = feature.slice(colon + 1);
  switch (kind) {
    case 'word':
    case 'phrase':
      return `“${value}”`;
    case 'stem':
      return `“${value}…”`;
    case 'negated':
    case 'negated-stem':
      return `“not … ${value}”`;
    case 'cue':
      return CUES[value];
    case 'sentiment':
      return value === 'neg' ? 'negative wording' : undefined;
    default:
      return undefined;
  }
}

/** The anger model's contributions as `explain` entries: each with its reading and a reason. */
export function explainAnger(contributions: readonly AngerContribution[]): MoodContribution[] {
  return contributions.map(({ feature, weight }) => ({
    feature,
    weight,
    reading: 'anger',
    // What lowered anger gets a reason too, so a QA lead sees why a score stayed low.
    reason: weight > 0 ? reasonOf(feature) : `calming: ${reasonOf(feature)}`,
  }));
}

// A chat repeats its words: a feature's reason is worded once (bounded like the model's word cache).
const reasons = new Map<string, string>();

function reasonOf(feature: string): string {
  let reason = reasons.get(feature);
  if (reason === undefined) {
    if (reasons.size >= 20_000) reasons.clear();
    reasons.set(feature, (reason = describe(feature) ?? (feature === 'sentiment:pos' ? 'positive wording' : feature)));
  }
  return reason;
}

/**
 * What drove a turn's mood, for the meter: the anger reasons when the turn is angry, else the
 * frustration reasons first (their quoted words), then anger's.
 */
export function moodDrivers(explain: readonly MoodContribution[], max = 3): string[] {
  const frustration = explain.filter((e) => e.reading === 'frustration' && e.weight > 0).map((e) => e.reason);
  const anger = angerDrivers(explain.filter((e) => e.reading === 'anger'), max);
  const reasons: string[] = [];
  for (const reason of [...frustration, ...anger]) {
    if (!reasons.includes(reason)) reasons.push(reason);
    if (reasons.length === max) break;
  }
  return reasons;
}
