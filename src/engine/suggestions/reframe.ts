// PLAYBOOK steps 1, 6, 8 and 11: the agent's own draft, fixed. Every sentence that admits fault,
// promises what the agent can't control or escalates is rewritten or loses the clause that does
// it; the rest of the agent's content stays as written. When the engine is at hand (`readBack`),
// it says which sentences carry a flag, and the result is read back through it: a reframe that
// would raise a tone, admission or promise flag again is no reframe.
import { admitsFault, isAdmissionLeadIn, withoutAdmission } from './admission';
import { calmerSentence } from './calmerTone';
import { endMark, joinClauses, signOffOf, splitClauses, splitSentences, withoutEndMark, type Clause } from './clauses';
import { isOverpromise, isVoucher, saferWordingFor } from './saferPromise';
import { calmEnding, capitalizeFirst, tidySpacing, unshout } from './textCase';

/**
 * What the rules flagged in the draft (each flag's evidence): a team's own rule can flag a
 * promise or an admission the rewrites below don't know ("refund within 24 hours"), and the
 * rewording must not hand it back to the agent.
 */
export interface FlaggedSpans {
  overpromises?: readonly string[];
  admissions?: readonly string[];
}

/** The flag categories a reframe answers. */
export type ReframeCategory = 'agent-tone' | 'liability-admission' | 'overpromise';

/** Which of those categories the engine flags when it reads `text` as the agent's next message. */
export type ReadBack = (text: string) => ReadonlySet<ReframeCategory>;

// PLAYBOOK step 6: apologize for the inconvenience without admitting fault.
const APOLOGY_WITHOUT_FAULT = "I'm sorry for the trouble this has caused.";
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/i;
// "I'm so sorry." left alone once its admission is gone: sorry for what, said without blame.
const BARE_APOLOGY = /^((?:i'm|i am)\s+(?:so\s+|really\s+|very\s+|truly\s+|terribly\s+)?sorry|sorry)([.!])$/i;
// Marks, among the sentences of a reframe, where an admission was dropped (never shown).
const APOLOGY_SLOT = '\u0000apology';
const DANGLING_LEAD = /^(?:and|but|so|also|plus|honestly|to be honest|frankly)\b[,\s]*/i;

/** The draft with its problems fixed, or `undefined` when there is nothing to change or no clean way to. */
export function reframeDraft(agentDraft: string, flagged: FlaggedSpans = {}, readBack?: ReadBack): string | undefined {
  const original = tidySpacing(agentDraft);
  if (!original) return undefined;
  const reading = new Reading(flagged, readBack);
  // The agent's sign-off ("^AJ", "- Chloe") is theirs: kept as written, after the reframe.
  const signOff = signOffOf(original);
  const sentences = calmedExclamations(splitSentences(unshout(original.slice(0, original.length - signOff.length))));
  const out: string[] = [];
  let previousChanged = false;
  for (const sentence of sentences) {
    const parts = reading
      .fixSentence(sentence)
      .map((s, i) => (s === APOLOGY_SLOT ? s : finish(i === 0 && previousChanged ? s.replace(DANGLING_LEAD, '') : s)))
      .filter((s) => s === APOLOGY_SLOT || hasWords(s));
    out.push(...parts);
    previousChanged = parts.join(' ') !== sentence;
  }
  const first = out.findIndex((s) => s !== APOLOGY_SLOT);
  if (first !== -1) out[first] = finish(out[first]!.replace(DANGLING_LEAD, ''));
  const body = dedupeSentences(withApology(out)).join(' ');
  const reworded = body && body + signOff;
  if (!reworded || reworded === original) return undefined;
  return reading.flagsOf(reworded).size === 0 ? reworded : undefined;
}

/** Where an admission was dropped, an apology without fault, once, unless the draft has one. */
function withApology(sentences: string[]): string[] {
  const at = sentences.indexOf(APOLOGY_SLOT);
  const rest = sentences.filter((s) => s !== APOLOGY_SLOT);
  if (at === -1) return rest;
  if (rest.some((s) => APOLOGY.test(s))) return rest.map((s) => s.replace(BARE_APOLOGY, '$1 for the trouble this has caused$2'));
  const before = sentences.slice(0, at).filter((s) => s !== APOLOGY_SLOT).length;
  return [...rest.slice(0, before), APOLOGY_WITHOUT_FAULT, ...rest.slice(before)];
}

function finish(sentence: string): string {
  const text = capitalizeFirst(calmEnding(tidySpacing(sentence)));
  return !text || /[.!?]$/.test(text) ? text : `${text}.`;
}

const hasWords = (s: string) => /\p{L}/u.test(s);

// Three "!" read as shouting even one per sentence: the first single one stays, the others become
// full stops (a run of them is calmed with its sentence's ending).
function calmedExclamations(sentences: string[]): string[] {
  const SINGLE = /(?<!!)!(?!!)/g;
  const marks = sentences.join(' ').match(SINGLE)?.length ?? 0;
  if (marks < 3) return sentences;
  let kept = false;
  return sentences.map((s) => s.replace(SINGLE, () => (kept ? '.' : ((kept = true), '!'))));
}

/** The reframe of one draft: what each part says, asked of the built-in lists and of the engine. */
class Reading {
  private readonly asked = new Map<string, ReadonlySet<ReframeCategory>>();

  constructor(
    private readonly flagged: FlaggedSpans,
    private readonly readBack: ReadBack | undefined,
  ) {}

  /** The engine's reading of a text, once per text (none without the engine). */
  flagsOf(text: string): ReadonlySet<ReframeCategory> {
    if (!this.readBack) return NONE;
    let flags = this.asked.get(text);
    if (!flags) this.asked.set(text, (flags = this.readBack(text)));
    return flags;
  }

  private admits(text: string, engineSays: boolean): boolean {
    return admitsFault(text) || containsAny(text, this.flagged.admissions) || (engineSays && this.flagsOf(text).has('liability-admission'));
  }

  private promises(text: string, engineSays: boolean): boolean {
    return isOverpromise(text) || containsAny(text, this.flagged.overpromises) || (engineSays && this.flagsOf(text).has('overpromise'));
  }

  /** The sentence fixed: none, one or several sentences, and `APOLOGY_SLOT` where an admission went. */
  fixSentence(sentence: string): string[] {
    const flags = this.flagsOf(sentence);
    const parts = this.admits(sentence, flags.has('liability-admission')) || this.promises(sentence, flags.has('overpromise')) ? this.fixClauses(sentence, flags) : [sentence];
    const calmed = parts.flatMap((part) => (part === APOLOGY_SLOT ? [part] : splitSentences(tidySpacing(calmerSentence(part)))));
    // A sentence the engine still flags after every rewrite goes: the rest of the draft can stand.
    return this.readBack ? calmed.filter((s) => s === APOLOGY_SLOT || this.flagsOf(finish(s)).size === 0) : calmed;
  }

  /** The sentence with each admitting clause dropped (or told without blame) and each promise made safe. */
  private fixClauses(sentence: string, flags: ReadonlySet<ReframeCategory>): string[] {
    const clauses = splitClauses(withoutEndMark(sentence));
    const mark = endMark(sentence);
    const engineAdmission = flags.has('liability-admission');
    const hasPromise = this.promises(sentence, flags.has('overpromise'));
    const out: string[] = [];
    let current: Clause[] = [];
    let gapJoiner: string | undefined;
    let dropped: 'admission' | 'other' | undefined;
    // The apology goes after the sentence that lost an admission, or in its place.
    let apologyDue = false;
    const flush = () => {
      if (current.length > 0) out.push(joinClauses(current) + mark);
      if (apologyDue) out.push(APOLOGY_SLOT);
      current = [];
      gapJoiner = undefined;
      apologyDue = false;
    };
    const keep = (text: string, joiner: string) => {
      if (current.length === 0) current.push({ joiner: '', text: text.replace(DANGLING_LEAD, '') });
      else current.push({ joiner: gapJoiner ?? joiner, text });
      gapJoiner = undefined;
      dropped = undefined;
    };
    const drop = (joiner: string, what: 'admission' | 'other') => {
      gapJoiner ??= joiner;
      dropped = what;
      if (what === 'admission' && current.length === 0) flush();
    };
    clauses.forEach((clause, i) => {
      const next = clauses[i + 1]?.text ?? '';
      if (this.admits(clause.text, engineAdmission)) {
        apologyDue = true;
        const told = withoutAdmission(clause.text);
        // "Yes, that's our fault": the lead-in goes with the admission it leads into.
        if (current.length > 0 && isAdmissionLeadIn(current.at(-1)!.text)) current.pop();
        return told && !this.admits(told, true) ? keep(told, clause.joiner) : drop(clause.joiner, 'admission');
      }
      // "Yes, …", "…, I admit it": words that only lead into (or out of) an admission go with it.
      if (isAdmissionLeadIn(clause.text) && (dropped === 'admission' || this.admits(next, engineAdmission))) return drop(clause.joiner, 'admission');
      // "…, which is why the mug broke": a relative clause goes with the clause it hangs on.
      if (dropped && /^(?:which|who|whom|whose)\b/i.test(clause.text)) return drop(clause.joiner, dropped);
      if (hasPromise && isVoucher(clause.text)) return drop(clause.joiner, 'other');
      if (this.promises(clause.text, flags.has('overpromise'))) {
        flush();
        const timed = saferWordingFor(clause.text);
        out.push(this.flagsOf(timed).size === 0 ? timed : saferWordingFor(clause.text, { keepTime: false }));
        dropped = undefined;
        return;
      }
      keep(clause.text, clause.joiner);
    });
    flush();
    return out;
  }
}

const NONE: ReadonlySet<ReframeCategory> = new Set();

function containsAny(text: string, spans: readonly string[] | undefined): boolean {
  if (!spans?.length) return false;
  const lower = text.toLowerCase();
  return spans.some((span) => span.length > 0 && lower.includes(span.toLowerCase()));
}

// Several rules can produce the same sentence ("Let me see who can help with this.") in one draft.
function dedupeSentences(sentences: string[]): string[] {
  const seen = new Set<string>();
  return sentences
    .flatMap((s) => splitSentences(s))
    .filter((s) => {
      const key = s.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
