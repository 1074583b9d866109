// The ways a support customer shows frustration without hostility, as named cues with the words
// that carry them. Each cue is one input of the frustration model (its weight is learned, see
// docs/mood-model.md) and, when it fires, a reason a QA lead can read: "waiting: 'been on hold
// for 45 minutes and still…'".
//
// Cues are written for support text in general (Twitter, chat, e-mail), from the playbook's list
// of signals and the usual complaint vocabulary (outages, travel disruption, money lost, no news,
// "why …?"), not from the rated turns: the model learns how much each one counts, mostly through
// the weight all upset (or all calming) cues share. Matched on `cueText` (curly quotes straightened, @handles and links
// dropped), case-insensitively.

export interface FrustrationCue {
  /** Stable id: the model's feature name is `cue:<id>`. */
  id: string;
  /** What an agent or QA lead calls it ("waiting", "sarcasm"). */
  label: string;
  pattern: RegExp;
  /** It lowers frustration (thanks, resolved, …): counted apart from the upset cues. */
  calming?: true;
  /**
   * Every match of `pattern` holds one of these whole words (lower case), one word starting with
   * one of `prefixes`, or one of `chars`: a text with none of them is not tested (see
   * `cuesToTest`). Absent: always tested. tests/unit/mood.test.ts checks that the gate never
   * hides a match, over every text of the data sets (DATA_DIR, scripts/anger/data.ts).
   */
  words?: readonly string[];
  prefixes?: readonly string[];
  chars?: readonly string[];
}

const TIME_UNIT = String.raw`(?:mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)`;
const AMOUNT = String.raw`(?:\d+(?:\s*-\s*\d+)?|an?|one|two|three|four|five|six|several|few|many|couple(?: of)?)`;

export const FRUSTRATION_CUES: readonly FrustrationCue[] = [
  {
    id: 'waiting',
    label: 'waiting',
    words: ['hold', 'waiting', 'waited', 'wait', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'since', 'night', 'morning', 'ages', 'forever', 'still', 'received', 'arrived', 'heard', 'got', 'gotten', 'delivered', 'shipped', 'responded', 'replied', 'come', 'came', 'yet'],
    pattern: new RegExp(
      String.raw`\b(?:(?:been |still |now |keep )?(?:on hold|waiting|waited|wait(?:ed)? (?:for|on|since))(?: (?:for|over|the|past|last|almost|nearly|about|more than|since|another))*(?: ${AMOUNT})?(?: ${TIME_UNIT})?|(?:for|over|past|last|after|almost|nearly) (?:the )?(?:past |last )?${AMOUNT}\+? ${TIME_UNIT}(?: now| later| ago)?|${AMOUNT} ${TIME_UNIT} (?:now|later|ago|and (?:still|counting|nothing))|since (?:yesterday|last \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this morning)|all (?:day|night|week|morning)|(?:for|in) (?:ages|forever|weeks|months|days|hours)|still (?:no|not|nothing|haven'?t|hasn'?t|waiting|on hold)|(?:not|haven'?t|hasn'?t|never|still not) (?:yet )?(?:received|arrived|heard back|got|gotten|delivered|shipped|responded|replied|come|came)|yet to (?:receive|hear|get|arrive))\b`,
      'i',
    ),
  },
  {
    id: 'repeat',
    label: 'repeat contact',
    words: ['time', 'times', 'again', 'once', 'already', 'keep', 'kept', 'every', 'over', 'repeatedly', 'said', 'mentioned', 'explained', 'told'],
    pattern: new RegExp(
      String.raw`\b(?:(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+(?:th|rd|nd)?) time|${AMOUNT} times|(?:again|once more)|already (?:contacted|called|tried|sent|told|dm'?e?d|emailed|e-mailed|reported|explained|done|spoke|spoken|asked|gave|given|reset|restarted)|(?:keep|kept) (?:getting|having|asking|telling|saying|trying|calling|sending|happening|dropping|crashing)|every (?:time|single time|day)|over and over|repeatedly|multiple times|numerous times|as i (?:said|mentioned|explained)|like i said|i (?:have |'ve )?(?:told|explained to) you)\b`,
      'i',
    ),
  },
  {
    id: 'still',
    label: 'still not fixed',
    words: ['still', 'anymore', 'any', 'longer', 'yet', 'even', 'despite'],
    pattern: /\b(?:still|anymore|any more|no longer|yet again|not yet|even after|despite)\b/i,
  },
  {
    id: 'failure',
    label: 'bad outcome',
    words: ['work', 'working', 'worked', 'works', 'load', 'loading', 'loads', 'connect', 'connecting', 'help', 'helping', 'helped', 'helpful', 'arrive', 'arrived', 'arrives', 'respond', 'responding', 'responded', 'answer', 'answering', 'answered', 'fix', 'fixed', 'resolve', 'resolved', 'resolves', 'get', 'crash', 'crashing', 'crashes', 'crashed', 'freezing', 'freezes', 'broken', 'broke', 'error', 'fail', 'failed', 'fails', 'failing', 'failure', 'response', 'reply', 'one', 'update', 'updates', 'information', 'info', 'explanation', 'communication', 'notice', 'notification', 'warning', 'told', 'informed', 'notified', 'called', 'emailed', 'contacted', 'idea', 'nobody', 'nothing', 'unable', 'missing', 'lost', 'wrong', 'declined', 'escalated', 'assurance', 'excuse', 'excuses', 'promise', 'promised', 'supposed', 'had', 'made', 'forced', 'have'],
    prefixes: ['cancel'],
    pattern:
      /\b(?:(?:does ?n[o']?t|did ?n[o']?t|do ?n[o']?t|won'?t|wont|can'?t|cant|cannot|could ?n'?t|not|never|is ?n'?t|was ?n'?t|are ?n'?t|stopped|keeps?) (?:work(?:ing|ed|s)?|load(?:ing|s)?|connect(?:ing)?|help(?:ing|ed|ful)?|arrive[ds]?|respond(?:ing|ed)?|answer(?:ing|ed)?|fix(?:ed)?|resolve[ds]?|get (?:through|a response|an answer|help)|crash(?:ing|es)?|freez(?:ing|es))|broken|broke|crash(?:ed|es|ing)|error|fail(?:ed|s|ing|ure)?|no (?:response|reply|answer|help|one|idea)|(?:no|without(?: any)?|zero) (?:updates?|information|info|explanation|communication|notice|notification|warning)|(?:never|nobody|no one) (?:told|informed|notified|called|emailed|contacted) (?:me|us)|nobody|no one|nothing|unable to|missing|lost|wrong|declined|cancel+ed|escalated|assurance|excuses?|promised?|supposed to|had to (?:pay|call|wait|cancel|buy|rebook|fight|chase|explain|repeat|contact|spend)|made (?:me|us) (?:wait|pay)|forced to|have to (?:chase|keep|call again|explain again|repeat))\b/i,
  },
  {
    id: 'exasperation',
    label: 'exasperation',
    words: ['ridiculous', 'unacceptable', 'absurd', 'pathetic', 'joke', 'worst', 'terrible', 'horrible', 'awful', 'appalling', 'useless', 'incompetent', 'rubbish', 'garbage', 'trash', 'fed', 'sick', 'tired', 'enough', 'smh', 'wtf', 'wth', 'ffs', 'omfg', 'seriously', 'unbelievable', 'lie', 'lies', 'lied', 'lying', 'liar', 'liars', 'rip', 'ripoff', 'shame', 'shameful', 'sad', 'upset', 'angry', 'mad', 'hate', 'hopeless', 'bleak', 'nightmare', 'mess', 'poor', 'shocking', 'suck', 'sucks', 'lousy', 'bs', 'crap', 'hell', 'damn', 'bloody', 'really', 'come', 'kidding', 'unhelpful', 'good', 'acceptable', 'ok', 'okay', 'fair', 'luck', 'avail', 'help', 'bummer', 'gutted', 'livid', 'furious', 'fuming', 'insane', 'sigh', 'service', 'waste', 'wasted'],
    prefixes: ['disappoint', 'frustrat', 'annoy', 'disgust', 'scam', 'ugh'],
    pattern:
      /\b(?:disappoint\w*|frustrat\w*|annoy\w*|ridiculous|unacceptable|absurd|pathetic|a joke|joke|worst|terrible|horrible|awful|appalling|disgust\w*|useless|incompetent|rubbish|garbage|trash|fed up|sick (?:of|and tired)|tired of|enough is enough|smh|wtf|wth|ffs|omfg|ugh+|seriously|unbelievable|lie|lies|lied|lying|liars?|scam\w*|rip ?off|shame(?:ful)?|sad|upset|angry|mad|hate|hopeless|bleak|nightmare|mess|poor|shocking|sucks?|lousy|bs|crap|hell|damn|bloody|really\??|come on|are you kidding|kidding me|unhelpful|not (?:good enough|acceptable|ok|okay|fair)|no luck|to no avail|(?:did ?n'?t|does ?n'?t|did not|does not) help|bummer|gutted|livid|furious|fuming|insane|sigh|(?:bad|terrible) service|waste of (?:my |our )?time|wasted (?:my |our )?(?:time|day|hours?))\b/i,
  },
  {
    id: 'leaving',
    label: 'threat to leave',
    words: ['switch', 'switching', 'cancel', 'canceling', 'cancelling', 'never', 'last', 'taking', 'elsewhere', 'review', 'report', 'reporting', 'complain', 'complaint', 'complaining', 'bbb', 'bureau', 'ombudsman', 'lawyer'],
    pattern:
      /\b(?:switch(?:ing)? (?:to|over|provider|carrier)|cancel(?:l?ing)? (?:my|the|our) (?:account|subscription|service|contract|order|membership|plan)|never (?:again|use|using|buy|buying|fly|flying|shop|shopping|order|ordering)|last time i|taking my (?:business|money)|go(?:ing)? elsewhere|(?:bad|negative|1[- ]star|one[- ]star) review|report(?:ing)? (?:you|this)|complain(?:t|ing)? to|better business bureau|bbb|ombudsman|lawyer)\b/i,
  },
  {
    id: 'sarcasm',
    label: 'sarcasm',
    words: ['thanks', 'much', 'yeah', 'yes', 'oh', 'nice', 'good', 'great', 'glad', 'lovely', 'love', 'way', 'job', 'done', 'bravo', 'real', 'really', 'helpful', 'clearly', 'apparently', 'obviously', 'course'],
    chars: ['"'],
    pattern:
      /(?:\b(?:thanks for nothing|so much for|yeah,? right|oh,? (?:great|good|wonderful|nice|joy|perfect)|(?:nice|good|great|glad|lovely) to (?:know|see|hear)|(?:gotta|got to|have to|you have to|i just|i) love (?:how|that|when|it when)|thanks a lot|way to go|good job|well done|bravo|great (?:job|service|work)|real(?:ly)? (?:great|helpful)|very helpful|so helpful|super helpful|clearly|apparently|obviously|of course)\b|"(?:great|best|fast|good|amazing|unlimited|free|fastest|reliable|customer service|support|help|service|premium|priority|express|guaranteed)")/i,
  },
  {
    id: 'rhetorical',
    label: 'rhetorical question',
    chars: ['?'],
    pattern:
      /\b(?:why (?:is|are|do|does|did|would|can'?t|cant|won'?t|should|the|on earth|is it|has|have|am|was)|how (?:come|is (?:it|this)|can (?:you|a|it|i|they|this)|hard is it|long (?:does|do|will|is|has|have|should|must)|many (?:more )?times|difficult)|what(?:'s| is) the point|what (?:the|is going on|happened to|kind of)|are you (?:serious|kidding|joking|even|actually|really)|is this (?:a joke|real|normal|acceptable|how)|is (?:it|that) (?:too much|so hard|really)|(?:just|all) a lie|who (?:does|do) (?:that|this)|does anyone|is anyone|anyone (?:there|home|listening)|why\b|(?:how|what) am i supposed to|how (?:is|was) (?:that|this) (?:ok|okay|fair|acceptable|possible))[^?.!]*\?|\?\s*[?!]|!\s*\?/i,
  },
  {
    id: 'demand',
    label: 'demand',
    words: ['need', 'should', 'must', 'better', 'have', 'want', 'demand', 'expect', 'give', 'please', 'fix', 'sort', 'attention', 'something', 'fixed', 'sorted', 'resolved', 'help', 'respond', 'answer'],
    pattern:
      /\b(?:you need to|you (?:should|must|better|have to)|i want (?:my|a|an|the|to know|answers?)|i (?:need|demand|expect) (?:a|an|my|the|to|you|someone|answers?)|give (?:me|us) (?:my|our|a|an|the)|please (?:make|fix|sort|stop|just|do something)|fix (?:this|it|my|your)|sort (?:this|it) out|pay attention|do something|get (?:this|it) (?:fixed|sorted|resolved)|need help|help me|respond to me|answer me)\b/i,
  },
  {
    id: 'blame',
    label: 'blame',
    words: ['you', "you're", "y'all", 'yall', 'your', 'u'],
    pattern:
      /\b(?:you(?:'re| are) (?:a|the|so|just|not|really|being|clearly|obviously)|you (?:guys |people |all )?(?:only|never|don'?t|didn'?t|couldn'?t|can'?t|won'?t|keep|lost|broke|ruined|charged|lied|messed|screwed|failed|refused|ignored)|y'?all|your (?:company|service|customer service|staff|employees?|drivers?|reps?|agents?|app|website|site|system|people|team|support)|u (?:treat|guys|people|never|don'?t|didn'?t))\b/i,
  },
  {
    id: 'hashtag-complaint',
    label: 'complaint hashtag',
    chars: ['#'],
    pattern: /#\w*(?:fail|woe|lie|lying|liar|theft|stole|steal|scam|fraud|worst|sucks|disappoint|frustrat|angry|annoy|boycott|shame|ripoff|broken|delay|lost|never|unhappy|poor|badservice|nothappy|help|fix|wtf|smh|ugh)\w*/i,
  },
  {
    id: 'upset-emoji',
    label: 'upset emoji',
    // Its emoticons hold ':' or '-_-'; its emoji sit behind these high surrogates.
    chars: [':', '-_-', '\uD83D', '\uD83E'],
    pattern: /(?:\u{1F621}|\u{1F624}|\u{1F620}|\u{1F92C}|\u{1F644}|\u{1F612}|\u{1F629}|\u{1F62B}|\u{1F62D}|\u{1F622}|\u{1F44E}|\u{1F4A9}|\u{1F611}|\u{1F61E}|\u{1F614}|\u{1F926}|\u{1F937}|\u{1F615}|\u{1F61F}|\u{1F623}|\u{1F625}|\u{1F630}|\u{1F627}|\u{1F616}|\u{1F494}|:\(|:-\(|>:\(|:\/|-_-|:\|)/u,
  },
  {
    id: 'outage',
    label: 'service outage',
    words: ['down', 'out', 'offline', 'working', 'outage', 'outages', 'internet', 'wifi', 'wi', 'wi-fi', 'service', 'signal', 'power', 'connection', 'dial', 'cable', 'tv', 'network', 'data'],
    pattern:
      /\b(?:(?:internet|wi-?fi|service|signal|power|app|site|website|network|servers?|phone|tv|cable|line|system|connection|email)s? (?:is |are |has been |have been |went |goes |keeps going |still |was |being )?(?:down|out|offline|not working)|no (?:internet|service|signal|power|wi-?fi|connection|dial tone|cable|tv|network|data)|outages?|(?:is|are) (?:\w+ )?down)\b/i,
  },
  {
    id: 'travel',
    label: 'travel disruption',
    words: ['delayed', 'cancelled', 'canceled', 'diverted', 'overbooked', 'oversold', 'late', 'delay', 'delays', 'missed', 'stuck', 'stranded', 'lost', 'missing', 'damaged', 'bumped'],
    pattern:
      /\b(?:(?:flights?|trains?|bus|plane|connection|departure)s? (?:was |were |is |are |got |has been |have been |been |keeps? getting )?(?:delayed|cancell?ed|diverted|overbooked|oversold|late)|delays?|missed (?:my|our|the) (?:connection|connecting|flight|train|bus)|stuck (?:at|on|in)|stranded|(?:lost|missing|damaged|delayed) (?:my |our )?(?:luggage|bags?|baggage|suitcase)|(?:luggage|bags?|baggage|suitcase) (?:is |was |are |were |got |has been )?(?:lost|missing|damaged|delayed)|bumped)\b/i,
  },
  {
    id: 'money',
    label: 'money',
    words: ['charged', 'double', 'refund', 'refunds', 'refunded', 'credited', 'money', 'credit', 'waste', 'wasted', 'fee', 'fees'],
    prefixes: ['overcharg', 'reimburs'],
    pattern:
      /\b(?:charged|overcharg\w*|refunds?|refunded|reimburs\w*|credited|where(?:'s| is) my (?:money|credit)|my money|waste of money|wasted (?:my |our )?money|hidden fees?)\b/i,
  },
  {
    id: 'thanks',
    calming: true,
    label: 'thanks',
    words: ['thank', 'thanks', 'thankyou', 'thankx', 'thanx', 'thnx', 'thks', 'tks', 'thx', 'ty', 'tysm', 'appreciate', 'appreciated', 'cheers', 'obliged', 'grateful'],
    pattern: /\b(?:thanks?|thank you|thankyou|thankx|thanx|thnx|thks|tks|thx|ty|tysm|appreciated?|appreciate it|cheers|much obliged|grateful)\b/i,
  },
  {
    id: 'resolved',
    calming: true,
    label: 'resolved',
    words: ['fixed', 'sorted', 'resolved', 'solved', 'working', 'works', 'good', 'worries', 'problem', 'perfect', 'great', 'awesome', 'brilliant', 'excellent', 'amazing', 'love', 'happy', 'glad', 'pleased', 'helpful', 'done'],
    pattern: /\b(?:(?:it'?s |that |all |now )?(?:fixed|sorted|resolved|solved|working (?:now|again|fine)|works (?:now|again|fine)|all good|no worries|no problem|perfect|great,? thanks?|awesome|brilliant|excellent|amazing|love (?:it|you|this)|happy|glad|pleased|helpful|well done)\b)/i,
  },
  {
    id: 'info-question',
    calming: true,
    label: 'asking how',
    pattern:
      /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b[,.!\s-]*)?(?:quick question[,:.!\s-]*)?(?:how (?:do|can|would|should|does) (?:i|we|one)|can (?:i|we|you)|could (?:i|we|you)|is (?:there|it possible)|do you (?:have|know|offer|sell|ship|deliver)|does (?:the|it|this|your|anyone)|what(?:'s| is| are) the|are (?:children|kids|pets|there|you open)|where (?:can|do) (?:i|we)|when (?:does|will|is|do)|which|would (?:this|it)|any (?:word|news|update|idea))\b/i,
  },
  {
    id: 'greeting',
    label: 'polite greeting',
    calming: true,
    words: ['hi', 'hello', 'hey', 'hiya', 'good', 'dear'],
    pattern: /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|dear)\b/i,
  },
  {
    id: 'joy',
    calming: true,
    label: 'joking or happy',
    words: ['hah', 'lol', 'lmao', 'excited', 'wait', 'time', 'happy'],
    prefixes: ['haha', 'yay', 'woo'],
    // The high surrogates of its emoji.
    chars: ['\uD83D', '\uD83E', '\uD83C'],
    pattern: /\b(?:ha(?:ha)+|hah|lol|lmao|yay+|woo+hoo+|excited|can'?t wait to|best time|happy (?:halloween|holidays|birthday|new year|thanksgiving|friday))\b|\uD83D\uDE02|\uD83E\uDD23|\uD83C\uDF83|\uD83D\uDC95|\uD83D\uDC96|\uD83E\uDD17|\uD83E\uDD73/i,
  },
  {
    id: 'happy-emoji',
    calming: true,
    label: 'happy emoji',
    chars: [':', ';)', '\u2764', '\uD83D', '\uD83E', '\uD83C'],
    pattern: /(?:\u{1F60A}|\u{1F600}|\u{1F642}|\u{1F60D}|\u{1F618}|\u2764|\u{1F44D}|\u{1F64F}|\u{1F601}|\u{1F603}|\u{1F604}|\u{1F970}|\u{1F499}|\u{1F49C}|\u{1F49B}|\u{1F49A}|\u{1F389}|\u{1F60E}|:\)|:-\)|:D|;\))/u,
  },
];

// Most chat lines have no curly quote, handle, link, sign-off, entity or run of spaces: they are
// matched as they are, without a chain of replacements.
const NEEDS_CLEANING = /[\u2018\u2019\u02bc\u201c\u201d@^&]|https?:|\s\s|[^\S ]/;

/** Curly quotes straightened, @handles, links and ^XY sign-offs dropped: what cues match. */
export function cueText(raw: string): string {
  if (!needsCleaning(raw)) return raw.trim();
  return raw
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/(?:^|\s)\.?@\w+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\^[A-Z]{1,3}\b/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `NEEDS_CLEANING.test(raw)`, by a char-code scan over printable ASCII and single spaces (most
 * lines are nothing else); the first other character leaves the answer to the regex.
 */
function needsCleaning(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      if (raw.charCodeAt(i + 1) === 32) return true;
    } else if (c < 33 || c > 126) return NEEDS_CLEANING.test(raw);
    // @ ^ & and links
    else if (c === 64 || c === 94 || c === 38 || (c === 104 && (raw.startsWith('http:', i) || raw.startsWith('https:', i)))) return true;
  }
  return false;
}

/** The words around a cue's match, for a reason: at most ~8 words, cut at sentence ends. */
export function quoteAround(text: string, index: number, length: number): string {
  let start = index;
  let end = index + length;
  // A short match ("still", "again") reads better with the words after it.
  let words = 0;
  while (end < text.length && end - index < 40 && words < 4 && !endsSentence(text.charCodeAt(end))) {
    if (text.charCodeAt(end) === 32) words++;
    end++;
  }
  if (end - start > 60) end = start + 60;
  // Cut at a word's end, never inside it.
  if (end < text.length && isWordCode(text.charCodeAt(end))) {
    const space = text.lastIndexOf(' ', end);
    if (space > index + length) end = space;
  }
  while (start > 0 && index - start < 12 && !endsSentence(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 32) start--;
  const quoted = text.slice(start, end).trim().replace(/[,;:\s]+$/, '');
  return end < text.length ? `${quoted}…` : quoted;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c > 127;
}

// . ! ? and a line break
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

// The gates read the words of the text as wink-nlp read them (`AnalyzedText.tokens`: lower case,
// contractions split, "thx" read as "thanks"), so gating costs one map lookup per word. A raw
// form the gate lists ("thx") and its reading ("thanks") are both listed where they differ; the
// test in tests/unit/mood.test.ts holds the gates to hiding no match over ~58,000 texts.
const WORDS_TO_CUES = new Map<string, number[]>();
// Keyed by a prefix's first two letters (as a number: no string is cut per word).
const PREFIXES_TO_CUES = new Map<number, { prefix: string; cue: number }[]>();
const ALWAYS_TESTED: number[] = [];
const CHARS_TO_CUES = new Map<string, number[]>();
// Gates are bits of one number: 31 cues at most.
if (FRUSTRATION_CUES.length > 31) throw new Error('mood cues: more than 31 cues do not fit the gate mask');
FRUSTRATION_CUES.forEach((cue, c) => {
  if (!cue.words && !cue.prefixes && !cue.chars) ALWAYS_TESTED.push(c);
  for (const word of cue.words ?? []) WORDS_TO_CUES.set(word, [...(WORDS_TO_CUES.get(word) ?? []), c]);
  for (const prefix of cue.prefixes ?? []) {
    const key = prefixKey(prefix);
    PREFIXES_TO_CUES.set(key, [...(PREFIXES_TO_CUES.get(key) ?? []), { prefix, cue: c }]);
  }
  for (const char of cue.chars ?? []) CHARS_TO_CUES.set(char, [...(CHARS_TO_CUES.get(char) ?? []), c]);
});
// The character gates by their first character, so one pass over the text finds them all: a
// one-character gate's cues by its code (ASCII in an array), the longer ones ("-_-", ";)") by
// their first character, checked where it occurs.
const ASCII_CHAR_MASKS = new Int32Array(128);
const OTHER_CHAR_MASKS = new Map<number, number>();
const LONGER_GATES_AT = new Map<number, { gate: string; mask: number }[]>();
const ASCII_OPENS_LONGER = new Uint8Array(128);
for (const [char, cues] of CHARS_TO_CUES) {
  const mask = cues.reduce((m, c) => m | (1 << c), 0);
  const first = char.charCodeAt(0);
  if (char.length > 1) {
    LONGER_GATES_AT.set(first, [...(LONGER_GATES_AT.get(first) ?? []), { gate: char, mask }]);
    if (first < 128) ASCII_OPENS_LONGER[first] = 1;
  } else if (first < 128) ASCII_CHAR_MASKS[first]! |= mask;
  else OTHER_CHAR_MASKS.set(first, (OTHER_CHAR_MASKS.get(first) ?? 0) | mask);
}

/** The cues of every character gate the text holds (as `text.includes(gate)` for each). */
function charGateMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      mask |= ASCII_CHAR_MASKS[c]!;
      if (ASCII_OPENS_LONGER[c] === 1) mask |= longerGatesAt(text, i, c);
    } else {
      mask |= OTHER_CHAR_MASKS.get(c) ?? 0;
      if (LONGER_GATES_AT.has(c)) mask |= longerGatesAt(text, i, c);
    }
  }
  return mask;
}

function longerGatesAt(text: string, i: number, first: number): number {
  let mask = 0;
  for (const { gate, mask: cues } of LONGER_GATES_AT.get(first)!) if (text.startsWith(gate, i)) mask |= cues;
  return mask;
}

/**
 * Marks (1) the cues whose pattern can match the message: those without a gate, and those whose
 * gate word, prefix or character the message holds. `words` are its wink tokens and their types
 * (every gate word is a word or a hashtag's word), `text` its `cueText`. One lookup per word
 * instead of a regex scan per cue: most messages hold the words of a few cues only.
 */
export function cuesToTest(words: { tokens: readonly string[]; types: readonly string[] }, text: string, out: Uint8Array): void {
  let mask = ALWAYS_MASK | charGateMask(text);
  const { tokens, types } = words;
  for (let i = 0; i < tokens.length; i++) {
    const type = types[i];
    if (type !== 'word' && type !== 'hashtag') continue;
    const token = tokens[i]!;
    let bits = tokenMasks.get(token);
    if (bits === undefined) {
      if (tokenMasks.size >= MAX_CACHED_TOKENS) tokenMasks.clear();
      tokenMasks.set(token, (bits = gateMaskOf(token, type === 'hashtag')));
    }
    mask |= bits;
  }
  for (let c = 0; c < out.length; c++) out[c] = (mask >>> c) & 1;
}

const ALWAYS_MASK = ALWAYS_TESTED.reduce((mask, c) => mask | (1 << c), 0);
// A chat repeats its words: each distinct token's gates are worked out once (bounded, as the
// anger model's word cache is).
const tokenMasks = new Map<string, number>();
const MAX_CACHED_TOKENS = 20_000;

/**
 * The cues a token opens. A hashtag's word ("#disappointed"), a contraction wink keeps whole
 * ("Y'all", "m'excuse") and its parts: looked up as the patterns see them.
 */
function gateMaskOf(token: string, hashtag: boolean): number {
  if (hashtag) return maskOfWord(token.slice(1).toLowerCase());
  if (!hasApostrophe(token)) return maskOfWord(token.toLowerCase());
  const lower = token.toLowerCase().replace(CURLY_APOSTROPHES, "'");
  let mask = maskOfWord(lower);
  for (const part of lower.split("'")) if (part !== '') mask |= maskOfWord(part);
  return mask;
}

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

function hasApostrophe(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc) return true;
  }
  return false;
}

function maskOfWord(word: string): number {
  let mask = 0;
  for (const c of WORDS_TO_CUES.get(word) ?? []) mask |= 1 << c;
  if (word.length < 3) return mask;
  for (const { prefix, cue } of PREFIXES_TO_CUES.get(prefixKey(word)) ?? []) if (word.startsWith(prefix)) mask |= 1 << cue;
  return mask;
}

function prefixKey(word: string): number {
  return word.charCodeAt(0) * 65_536 + word.charCodeAt(1);
}
