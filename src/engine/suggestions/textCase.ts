// Case and punctuation repair shared by the restatement and the draft rewording: both hand the
// agent text that started as someone's shouting, and both must read as calm sentence case.

// Upper-case words that are names of things, not shouting: kept as written when unshouting.
// Not "IT", "US", "AM": in a shouted sentence they are far more often "it", "us", "am".
const ACRONYMS = new Set([
  'ID', 'PIN', 'OTP', 'SMS', 'PDF', 'USB', 'PC', 'TV', 'VAT', 'UPS', 'DHL', 'USPS', 'FEDEX', 'TNT',
  'EU', 'UK', 'USA', 'ASAP', 'FAQ', 'URL', 'CEO', 'VPN', 'GPS', 'API', 'IBAN', 'SKU', 'QR',
  'SLA', 'SIM', 'ATM', 'ISP', 'IMEI', 'PAYG', 'BACS', 'CHAPS', 'ETA', 'RMA', 'NDA', 'KYC', 'POS', 'EPOS', 'MFA', 'SSO',
  'DVLA', 'NASA', 'ACAS', 'UCAS', 'OFCOM', 'OFGEM', 'OFWAT', 'AA', 'RAC', 'MOT', 'NHS', 'HMRC', 'GDPR', 'CCTV', 'HR', 'IP',
]);

// "IT" and "US" are names of things, not shouting, where a noun or "the" says so: "your IT team",
// "the US store".
const NAMED_BY_CONTEXT = /^(?:IT|US)$/;
const NAME_CONTEXT_AFTER = /^\s+(?:team|department|dept|support|desk|helpdesk|help desk|staff|admin|admins|administrator|administrators|people|guy|guys|manager|managers|services?|systems?|contractors?|provider|company|office|site|store|stores|branch|customers?|address|number|dollars?|version|account)\b/i;
const NAME_CONTEXT_BEFORE = /\b(?:the|your|our|their|his|her|an?)\s+$/i;

// An all-capitals word that is no English word as written: no vowel ("CCTV", "GDPR"), or an
// opening no English word has ("DVLA", "BBC"). Chat shorthand and grunts ("PLZ", "HMM") are no names.
const ACRONYM_SHAPED = /^(?:[B-DF-HJ-NP-TV-XZ]{2,}|(?!BL|BR|CH|CL|CR|DR|DW|FL|FR|GL|GN|GR|KN|PH|PL|PR|PS|RH|SC|SH|SK|SL|SM|SN|SP|ST|SW|TH|TR|TW|WH|WR)[B-DF-HJ-NP-TV-XZ]{2}[A-Z]*)$/;
const SHORTHAND = new Set('PLZ PLS THX THNX PPL MSG MSGS TXT HMM HMMM SHH GRR BRR PSST TSK PFFT MMM ZZZ NVM SRSLY RLY BTW TBH IDK JK'.split(' '));

// Short words that, in capitals, are shouting rather than a name ("NOT", "WHY", "YOU").
const SHOUTED_SHORT_WORDS = new Set(
  ('IT US AM OK NO ME MY WE SO DO GO BE IS TO OF IN ON AT BY OR IF UP AN AS HE WHY HOW NOT YOU AND THE BUT ALL NOW WAS ARE ' +
    'CAN GET GOT HAS HAD HER HIS ITS OUR OUT WHO WTF OMG LOL SMH FFS ANY DID FOR YES TOO WAY OFF YET BAD SAD MAD ONE TWO').split(' '),
);

const TWO_CAPITALS = /\p{Lu}{2}/u;
// Opening quotes before a word in capitals: a label quoted as written ("box 'KSIĘGOWOŚĆ 4/6'").
const QUOTE_MARKS = '"\'‘“«„';

/**
 * Lower-cases shouted words ("the THIRD time", or a whole SHOUTED sentence) and keeps "I",
 * acronyms and codes with digits ("AB123"): a restatement or a reworded draft must not shout back.
 * In a sentence that is not shouted as a whole, a short capitalised word is a name ("LTE", "HD").
 */
export function unshout(text: string): string {
  // Most messages hold no two capitals in a row: nothing to lower.
  if (!TWO_CAPITALS.test(text)) return text;
  const words = text.match(/\p{L}[\p{L}\d'’-]*/gu) ?? [];
  const shouted = words.filter((w) => w.length > 1 && w === w.toUpperCase()).length;
  const wholeSentence = shouted * 2 > words.length;
  return text.replace(/\p{L}[\p{L}\d'’-]*/gu, (word, at: number) => {
    // "THEY SAY I DON'T HAVE A RESERVATION": the article, shouted with the rest.
    if (word === 'A' && wholeSentence) return 'a';
    if (word.length < 2 || /\d/.test(word) || word !== word.toUpperCase()) return word;
    const bare = word.replace(/['’].*$/, '');
    if (ACRONYMS.has(bare) || (ACRONYM_SHAPED.test(bare) && !SHOUTED_SHORT_WORDS.has(bare) && !SHORTHAND.has(bare))) return word;
    // "→ SAML Settings", "the VAT Number field": beside a Title Case word, capitals name a thing.
    if (!wholeSentence && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + word.length))) return word;
    // "the 40 MAD delivery fee": a currency's code after its amount, whatever else it spells.
    // (Or before it, as a prefix: "US$150", "NZ$329".)
    if (!wholeSentence && ((word.length === 3 && /\d\s?$/.test(text.slice(0, at))) || /^[$€£¥]\s?\d/.test(text.slice(at + word.length)))) return word;
    if (!wholeSentence && NAMED_BY_CONTEXT.test(bare) && (NAME_CONTEXT_AFTER.test(text.slice(at + word.length)) || NAME_CONTEXT_BEFORE.test(text.slice(0, at)))) return word;
    // "box 'KSIĘGOWOŚĆ 4/6'": a label quoted as written on the thing, not shouted.
    // (Read from the two characters before the word: no copy of the text per word.)
    if (!wholeSentence && at > 0 && QUOTE_MARKS.includes(text[at - 1]!) && (at === 1 || /\s/.test(text[at - 2]!))) return word;
    if (SHORTHAND.has(bare)) return word.toLowerCase();
    if (/^I['’]/.test(word)) return 'I' + word.slice(1).toLowerCase();
    if (!wholeSentence && word.length <= 3 && !SHOUTED_SHORT_WORDS.has(word)) return word;
    return word.toLowerCase();
  });
}

export function capitalizeFirst(text: string): string {
  return text.replace(/^(\s*["'(]?)(\p{Ll})/u, (_, lead: string, ch: string) => lead + ch.toUpperCase());
}

/** Turns a run of "!!!", "?!?" or "..." at the end into one calm "." or "?"; a single mark stays. */
export function calmEnding(text: string): string {
  return text.replace(/\s*([.!?…]+)\s*$/u, (_, run: string) => (run.length === 1 && run !== '…' ? run : run.includes('?') ? '?' : '.'));
}

/** Collapses double spaces and spaces before punctuation left behind by removing words. */
export function tidySpacing(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .trim();
}

/** The first letter in lower case, to run on after a greeting or a name ("Jürgen, refunds…"); "I" stays. */
export function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
