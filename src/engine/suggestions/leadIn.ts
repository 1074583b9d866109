// A softening lead-in ("I'm afraid", "Unfortunately") belongs to the clause after it: when a
// rewrite drops that clause and puts a sentence of its own there ("I'm afraid Let me see …"), or
// nothing at all, the lead-in is left hanging and goes too.

// Case-sensitive on purpose: what follows is told by its capital letter, so the lead-in's own
// capital is spelled out.
const LEAD_IN = String.raw`(?:[Ii]'m afraid|[Ii] am afraid|[Uu]nfortunately|[Ss]adly|[Tt]o be honest)`;

// A lead-in opening a sentence, followed by a new sentence: a capital that is neither the word
// "I" ("Unfortunately, I can't") nor a name addressed ("Sadly, Dana, …"), or the acknowledgement
// a rewrite puts in ("I understand …"); or by nothing at all ("Sadly.").
const BEFORE_A_NEW_SENTENCE = new RegExp(String.raw`(^|[.!?]\s+)${LEAD_IN}\s*[,:;.!?-]*\s*(?=\p{Lu}(?![\s'’])(?![\p{L}'’-]*,)|I understand\b|$)`, 'gu');

// A citation's opening left at the end with nothing to cite: "We can't refund it, as per."
const CITATION_AT_THE_END = /,?\s*\b[Aa]s per\s*[.!?]*$/u;
// …or before the sentence a rewrite put in ("As per I understand…"); "As per RBI guidelines the
// turnaround is T+1" cites a name with a capital and stays.
const CITATION_BEFORE_A_NEW_SENTENCE = /(^|[.!?]\s+)[Aa]s per\s*[,:;.!?-]*\s*(?=I\b|I'm\b|I'll\b|I can\b|I understand\b|Let me\b|What I\b|We\b|$)/gu;

/** The text without a lead-in left before a new sentence or with nothing after it. */
export function withoutDanglingLeadIn(text: string): string {
  return text.replace(BEFORE_A_NEW_SENTENCE, '$1').replace(CITATION_BEFORE_A_NEW_SENTENCE, '$1').replace(CITATION_AT_THE_END, '');
}
