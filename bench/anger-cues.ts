// Stand-ins for the anger cue rules that will live in `rules/` (written by the engine owner),
// so the bench can show how the model behaves once rules add their log-odds. Bench-only: the
// runtime `scoreAnger` holds no cue list. Phrases follow the anger signals of docs/playbook.md;
// weights are round guesses of the kind a QA lead would set, not fitted to any data.
import type { AngerCueHit } from '../src/engine/anger';

interface EmulatedCue {
  rule: string;
  weight: number;
  pattern: RegExp;
}

export const EMULATED_CUES: readonly EmulatedCue[] = [
  {
    rule: 'anger.repeat-contact',
    weight: 1.5,
    pattern: /\b(second|third|fourth|fifth|\d+(st|nd|rd|th)) time\b|\b(already|keep) (told|telling|asked|asking|called|calling|emailed|emailing|contacted|contacting)\b|\bevery (single )?time\b/,
  },
  {
    rule: 'anger.demand',
    weight: 1.0,
    pattern: /\bi (want|demand|need) (a |my )?(refund|manager|supervisor|money back)\b|\b(right now|immediately|asap)\b|\bor (else|i'm|i am|i will|i'll)\b/,
  },
  {
    rule: 'anger.threat',
    weight: 1.5,
    pattern: /\bcancel(l?ing)? (my|the) (account|subscription|order|membership)\b|\b(one|1)[- ]star\b|\b(bad|negative) review\b|\blawyer\b|\bsue\b|\bbetter business bureau\b|\breport you\b|\bnever (buy|order|shop)\w* .*\bagain\b/,
  },
  { rule: 'anger.insult', weight: 2.0, pattern: /\b(useless|incompetent|idiots?|stupid|pathetic|clowns?|morons?|a joke|scam(mers)?)\b/ },
  { rule: 'anger.profanity', weight: 1.0, pattern: /\b(wtf|the hell|damn|shit\w*|crap|fuck\w*|bullshit)\b/ },
  {
    rule: 'anger.sarcasm',
    weight: 1.5,
    pattern: /\b(great|excellent|wonderful|fantastic|amazing|awesome) (service|job|work|support)\b.*\b(really|still|again|not|no)\b|\bthanks for nothing\b/,
  },
  {
    rule: 'anger.rhetorical-question',
    weight: 1.5,
    pattern: /\bare you (even|actually|serious|kidding)\b|\bis (anyone|anybody) (even )?(there|listening|reading)\b|\bhow (hard|difficult) (is|can) it\b|\bwhy is it so hard\b|\bwhat is wrong with\b/,
  },
];

/** The cue hits the rules would report for a turn (on its lower-cased, normalised text). */
export function emulatedCueHits(normalized: string): AngerCueHit[] {
  return EMULATED_CUES.filter((cue) => cue.pattern.test(normalized)).map(({ rule, weight }) => ({ rule, weight }));
}
