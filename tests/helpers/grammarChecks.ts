// Grammar sanity checks for text the engine writes for the agent to send (reframes first): the
// mistakes a support trainer found in rewordings, each as a check a program can make. A floor,
// not a grade: passing them doesn't make a sentence good, failing one makes it unsendable.
import { nlp } from '../../src/engine/nlp';
import { signOffOf } from '../../src/engine/suggestions/clauses';
import { phrasesOf } from '../../src/engine/suggestions/coherence';

const SENTENCE_END = /(?<=[.!?])\s+/;
// Words that leave a sentence hanging when they start it or end it: "And"/"But"/"Or" lean on a
// sentence before them (often one a rewording removed), with or without a comma.
const DANGLING_START = /^(?:(?:and|but|or)\b|(?:so|honestly|frankly)\b(?!,))/i;
const DANGLING_END = /\b(?:and|but|or|so|honestly|because|the|a|to)\s*[.!?]$/i;
// Doubled words that English does use.
const FINE_TWICE = new Set(['that', 'had', 'very', 'really', 'no', 'bye']);

/** Each problem found, as a short description; none for text that passes. */
export function grammarProblems(text: string): string[] {
  const problems: string[] = [];
  // The agent's own sign-off ("^AJ", "- Chloe") is no sentence.
  const body = text.trim().slice(0, text.trim().length - signOffOf(text.trim()).length);
  const sentences = body.split(SENTENCE_END).filter((s) => s.length > 0);
  if (sentences.length === 0) problems.push('empty text');
  for (const sentence of sentences) {
    if (!/^["'(]?[\p{Lu}\d]/u.test(sentence)) problems.push(`sentence starts in lower case: "${sentence}"`);
    if (!/[.!?]["')]?$/.test(sentence)) problems.push(`sentence has no end punctuation: "${sentence}"`);
    if (!/\p{L}/u.test(sentence)) problems.push(`sentence has no words: "${sentence}"`);
    if (DANGLING_START.test(sentence)) problems.push(`sentence starts dangling: "${sentence}"`);
    if (DANGLING_END.test(sentence)) problems.push(`sentence ends dangling: "${sentence}"`);
    if (/[,;:]\s*[.!?]$|^[,;:]|[,;:]\s*[,;:]/.test(sentence)) problems.push(`stray punctuation: "${sentence}"`);
    const doubled = /\b(\p{L}+)\s+\1\b/iu.exec(sentence);
    if (doubled && !FINE_TWICE.has(doubled[1]!.toLowerCase())) problems.push(`doubled word "${doubled[0]}"`);
    problems.push(...ableToProblems(sentence));
  }
  problems.push(...repeatedPhrases(sentences), ...contradictions(sentences));
  return problems;
}

// The same three words in a row in two sentences reads as a rewording stitched together ("I'm
// sorry for the trouble this has caused. I've refunded the fee this has caused you.").
function repeatedPhrases(sentences: readonly string[]): string[] {
  const seenIn = new Map<string, number>();
  const problems: string[] = [];
  sentences.forEach((sentence, at) => {
    for (const phrase of phrasesOf(sentence)) {
      const earlier = seenIn.get(phrase);
      if (earlier === undefined) seenIn.set(phrase, at);
      else problems.push(`phrase "${phrase}" repeated in sentences ${earlier + 1} and ${at + 1}`);
    }
  });
  return problems;
}

// "Let me see what I can do" beside a refusal promises to try what the next sentence rules out.
const WILL_TRY = /\blet me (?:see|find out|check) what (?:i|we) can do\b/i;
const REFUSES = /\b(?:(?:i|we)(?:'m| am| are|'re) not able to|(?:i|we) (?:can(?:'|no)t|can not|won't|will not|don't|do not) (?:refund|replace|exchange|accept|offer|give|do|allow|issue|send|change|cancel|waive)|isn't something (?:i'm|i am|we're|we are) able to|non-?refundable|(?:isn't|is not|aren't|are not) (?:possible|refundable|accepted|eligible)|there(?:'s| is) nothing (?:more )?(?:i|we) can do)\b/i;

function contradictions(sentences: readonly string[]): string[] {
  const tries = sentences.find((s) => WILL_TRY.test(s));
  const refusal = sentences.find((s) => REFUSES.test(s));
  return tries && refusal ? [`"${tries}" contradicts the refusal "${refusal}"`] : [];
}

/** "able to" (and "not able to") takes a verb's base form: "able to refunds take" is not English. */
function ableToProblems(sentence: string): string[] {
  if (!/\bable to\b/i.test(sentence)) return [];
  const doc = nlp().readDoc(sentence);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp().its.pos) as string[];
  // wink's typings give `its.lemma` a signature `out` rejects; it works at run time.
  const lemmas = doc.tokens().out(nlp().its.lemma as unknown as ReturnType<typeof nlp>['its']['normal']) as string[];
  const problems: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i]!.toLowerCase() !== 'able' || words[i + 1]!.toLowerCase() !== 'to') continue;
    const next = words[i + 2]!;
    const baseVerb = (tags[i + 2] === 'VERB' || tags[i + 2] === 'AUX') && lemmas[i + 2]!.toLowerCase() === next.toLowerCase();
    if (!baseVerb) problems.push(`"able to ${next}" needs a verb's base form after "to" (${next}: ${tags[i + 2]}, ${lemmas[i + 2]})`);
  }
  return problems;
}
