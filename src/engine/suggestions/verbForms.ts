// Just enough English verb morphology to turn "you sent me …" into "… was sent" and "you should
// have read …" into "… read …": the verbs customers and agents use about orders, money and
// accounts. A verb not listed is treated as regular (-ed), which covers most of the rest.

// base → [past, past participle]
const IRREGULAR: Record<string, [string, string]> = {
  send: ['sent', 'sent'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  lose: ['lost', 'lost'],
  break: ['broke', 'broken'],
  tell: ['told', 'told'],
  sell: ['sold', 'sold'],
  forget: ['forgot', 'forgotten'],
  write: ['wrote', 'written'],
  read: ['read', 'read'],
  put: ['put', 'put'],
  leave: ['left', 'left'],
  get: ['got', 'got'],
  make: ['made', 'made'],
  pay: ['paid', 'paid'],
  buy: ['bought', 'bought'],
  bring: ['brought', 'brought'],
  steal: ['stole', 'stolen'],
  hang: ['hung', 'hung'],
  do: ['did', 'done'],
  see: ['saw', 'seen'],
  find: ['found', 'found'],
  keep: ['kept', 'kept'],
  ship: ['shipped', 'shipped'],
  cancel: ['cancelled', 'cancelled'],
  bill: ['billed', 'billed'],
  refund: ['refunded', 'refunded'],
  charge: ['charged', 'charged'],
  overcharge: ['overcharged', 'overcharged'],
};

// Regular verbs whose base ends in a silent e: "charged" must come back as charge, not charg.
const SILENT_E = new Set([
  'arrive', 'arrange', 'change', 'charge', 'close', 'create', 'damage', 'delete', 'file', 'handle',
  'ignore', 'include', 'invoice', 'issue', 'manage', 'move', 'note', 'notice', 'place', 'promise',
  'provide', 'purchase', 'receive', 'refuse', 'release', 'remove', 'replace', 'require', 'save',
  'serve', 'solve', 'state', 'subscribe', 'type', 'update', 'use', 'continue', 'overcharge',
  'exchange', 'waive', 'reissue', 'issue', 'rescue', 'argue', 'reimburse', 'cause',
]);

const BASE_OF_INFLECTED = new Map<string, string>([['canceled', 'cancel']]);
for (const [base, [past, participle]] of Object.entries(IRREGULAR)) {
  BASE_OF_INFLECTED.set(past, base);
  BASE_OF_INFLECTED.set(participle, base);
}

/** Base form of a past or past-participle form: "sent" → send, "ordered" → order, "tried" → try. */
export function baseForm(inflected: string): string {
  const word = inflected.toLowerCase();
  const known = BASE_OF_INFLECTED.get(word);
  if (known) return known;
  if (!word.endsWith('ed') || word.length < 5) return word;
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  const stem = word.slice(0, -2);
  if (SILENT_E.has(stem + 'e')) return stem + 'e';
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1); // stopped → stop
  return stem;
}

/** Past participle of a base, past or participle form: "send"/"sent" → sent, "cancel" → cancelled. */
export function pastParticiple(verb: string): string {
  const base = baseForm(verb);
  const irregular = IRREGULAR[base];
  if (irregular) return irregular[1];
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (/e$/.test(base)) return base + 'd';
  return base + 'ed';
}

/** Simple past of a base form: "send" → sent, "cancel" → cancelled, "refund" → refunded. */
export function pastTense(base: string): string {
  const irregular = IRREGULAR[base.toLowerCase()];
  return irregular ? irregular[0] : pastParticiple(base);
}

/** Third person singular present: "answer" → answers, "don't" → doesn't, "have" → has; other forms unchanged. */
export function thirdPersonVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = THIRD_PERSON[lower];
  if (irregular) return irregular;
  if (UNINFLECTED.has(lower) || /(?:s|ed|ing)$/.test(lower) || !/^[a-z]+$/.test(lower)) return verb;
  if (/(?:ch|sh|x|o)$/.test(lower)) return verb + 'es';
  if (/[^aeiou]y$/.test(lower)) return verb.slice(0, -1) + 'ies';
  return verb + 's';
}

const THIRD_PERSON: Record<string, string> = {
  "don't": "doesn't", do: 'does', have: 'has', "haven't": "hasn't", are: 'is', "aren't": "isn't",
  were: 'was', "weren't": "wasn't", go: 'goes',
};
// Modals, auxiliaries and adverbs that take no -s.
const UNINFLECTED = new Set([
  'can', "can't", 'cannot', 'could', "couldn't", 'will', "won't", 'would', "wouldn't", 'should', "shouldn't",
  'must', 'may', 'might', 'is', 'was', 'has', 'had', 'did', "didn't", 'never', 'not', 'to',
]);

/** True for a word that is a past or past-participle form ("sent", "ordered", "cancelled"). */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  return BASE_OF_INFLECTED.has(lower) || /[a-z]{2,}ed$/.test(lower);
}
