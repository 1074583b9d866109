// Sentences and clauses of an agent's draft, for rewording one part and keeping the rest: a
// reframe drops "that's our fault" from "I'm so sorry, that's our fault." and keeps the apology.

/** A sentence ends at . ! or ? followed by a space, so "$49.99" and "v2.1" stay whole. */
export function splitSentences(text: string): string[] {
  return text
    // "Dr. Huang will call you" is one sentence: a title's full stop ends nothing ("Dra. Elena Cárdenas"
    // either: the 171st reading's blind twenty cut it at "Dra.").
    // Nor does a street's ("pick them up at our Av. Chapultepec shop": the 166th reading's blind twenty),
    // nor a currency's before the sentence goes on ("refund the 1.450 kr. and add 500 kr. on top": the 168th's).
    // An emoji before a capital ends a sentence too ("…eat the food 🙂 Anyway I will…").
    // Nor does a date written "23.11." before the rest of its sentence ("on Monday 23.11. between 13:00 and 17:00"),
    // nor "no." before a reference ("complaint no. CMP2611-774205"), nor "e.g." or "i.e." before what they introduce.
    // Nor "a.m." or "p.m." before the rest of the time ("at 2:10 a.m. on Saturday", "10:00 a.m. or Friday": the 204th
    // reading's blind twenty was cut there).
    .split(/(?<=[.!?])(?<!\b(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|St|Sr|Sra|Srta|Jr|Lic|Ing|Mme|Mlle|Hr)\.)(?<!\b(?:Av|Ave|Avda|Blvd|Apt|Bldg|Nr|approx)\.(?=\s+[\p{Lu}\d]))(?<!\b(?:kr|Kr|Rs|Tk|Ksh|Dhs|incl|excl|approx|etc|pcs|nos)\.(?=\s+\p{Ll}))(?<!\b(?:[Ee]\.g|[Ii]\.e|[Ee]g|[Ii]e|[Vv]s)\.)(?<!\b[Nn]o\.(?=\s+\d|\s+[A-Z]{2,}[\w-]*\d))(?<!\b\d{1,2}\.\d{1,2}\.(?=\s+\p{Ll}))(?<!\b[ap]\.m\.(?=\s+(?:on|or|and|to|until|till|at|in|tomorrow|today|tonight|this|next|every|each|sharp|latest|\d)\b))\s+|(?<=\p{Extended_Pictographic}\uFE0F?)\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface Clause {
  /** What joined it to the clause before (", ", " and ", ": "); empty for the first. */
  joiner: string;
  text: string;
}

// Clauses meet at a comma, semicolon, colon or dash, or at "and"/"but"/"so" when a new subject
// follows ("I've checked with the courier and it will arrive tomorrow"): "you and me" stays whole.
// So does "and" before paying for what the harm cost ("refund your order and pay the full clinic
// bill"): the second promise can go while the first stays.
const CLAUSE_BREAK =
  /(\s*[,;:]\s+|\s+[–—-]\s+|\s+(?:and|but|so)\s+(?=(?:i|i'm|i've|i'll|we|we're|we've|we'll|you|you'll|you're|it|it's|it'll|this|that|that's|there|there's|the|our|your|they|he|she)\b)|\s+and\s+(?=(?:also\s+)?(?:pay|cover|reimburse|foot)\s+(?:for\s+)?(?:the|your|any|all)\s+(?:full\s+|whole\s+)?(?:cost|clinic|vet|vet's|hospital|medical|doctor's|dental|treatment|repair|garage|hotel|taxi|legal)\b))/i;

/** A sentence cut into clauses; its final punctuation stays with the last clause. */
export function splitClauses(sentence: string): Clause[] {
  const parts = sentence.split(new RegExp(CLAUSE_BREAK.source, 'gi'));
  const clauses: Clause[] = [{ joiner: '', text: parts[0] ?? '' }];
  for (let i = 1; i < parts.length; i += 2) {
    const joiner = parts[i]!;
    const text = parts[i + 1] ?? '';
    const before = clauses[clauses.length - 1]!;
    // "Sister Mokoena's team and the laundry searched this morning": two subjects of one verb, not two
    // clauses (cut there, the first was dropped and "the laundry … haven't" left; the 209th reading's
    // blind twenty).
    if (/^\s+and\s+$/i.test(joiner) && subjectOnly(before.text)) before.text += joiner + text;
    else clauses.push({ joiner, text });
  }
  return clauses.filter((c) => c.text.trim().length > 0);
}

const PROMISE_THAT = /^(?:i|we)\s+(?:can\s+)?(?:promise|guarantee|assure)(?:\s+you)?(?:\s+that)?\s+(?=the\b|your\b|our\b)/i;
// A few words naming who, with no verb: "Sister Mokoena's team", "My wife", "the driver".
const VERB_WORD = /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|get|got|gets|need|needs|let|let's|please|it's|that's|there's|here's|what's|he's|she's|who's|i|we|you|they|it)$|(?:n't|'ll|'ve|'re|'m|'d|ed)$/i;
function subjectOnly(text: string): boolean {
  // ("I promise the 6 new frames and the 2 kg of wax sheets will be with you…": what is promised, two
  // things, one clause; cut, the promise named nothing and its safer wording said only "help".)
  const words = text.trim().replace(PROMISE_THAT, '').split(/\s+/);
  if (words.length > 4) return false;
  // (A possessive names whose: "Mokoena's team"; a word ending in "'s" last is "is": "the bus's".)
  if (/['’]s$/i.test(words.at(-1)!)) return false;
  if (!words.every((word) => /^[\p{L}\d'’-]+$/u.test(word) && !VERB_WORD.test(word.replace(/’/g, "'")))) return false;
  // Whose or which: a determiner, a possessive, or a name past the first word ("Sorry and…" is none).
  return /^(?:the|our|your|my|his|her|their|this|that|these|those)$/i.test(words[0]!) || words.some((word) => /['’]s$/i.test(word)) || words.slice(1).some((word) => /^\p{Lu}/u.test(word));
}

/** Clauses back into a sentence; a clause that lost the one before it loses its joiner. */
export function joinClauses(clauses: readonly Clause[]): string {
  return clauses.map((c, i) => (i === 0 ? c.text : c.joiner + c.text)).join('');
}

/** The sentence's final . ! or ? (a full stop when it has none). */
export function endMark(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence.slice(-1) : '.';
}

export function withoutEndMark(text: string): string {
  return text.replace(/\s*[.!?…]+$/u, '');
}

// A support agent's sign-off after the message: "^AJ", "/GS", "*HKC", "- Chloe", "Kind regards, Marco",
// or the closing word alone ("Regards."); the name may carry the team or shop after a dash ("Kind
// regards Jana – Hörwelt Akustik Hamburg-Altona").
const SIGN_OFF = /\s+(?:[-–—~^*/]\s?[A-Z][A-Za-z]{0,3}|[-–—]\s?[A-Z][a-z]+|(?:(?:[Kk]ind|[Bb]est|[Ww]arm|[Mm]any)\s+regards|[Rr]egards|[Bb]est wishes|[Aa]ll the best|[Yy]ours sincerely|[Ss]incerely|[Cc]heers)\s*,?\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?(?:\s*[–—]\s*\p{Lu}[\p{L}&'-]*(?:\s+[\p{L}&'-]+){0,4})?|(?:(?:[Kk]ind|[Bb]est|[Ww]arm)\s+regards|[Rr]egards|[Yy]ours sincerely|[Ss]incerely)[.!]?)$/u;

/** The sign-off at the end of a message, with the space before it, or ''. */
export function signOffOf(text: string): string {
  return SIGN_OFF.exec(text)?.[0] ?? '';
}
