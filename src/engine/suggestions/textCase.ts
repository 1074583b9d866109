// Case and punctuation repair shared by the restatement and the draft rewording: both hand the
// agent text that started as someone's shouting, and both must read as calm sentence case.

// Upper-case words that are names of things, not shouting: kept as written when unshouting.
const ACRONYMS = new Set([
  'ID', 'PIN', 'OTP', 'SMS', 'PDF', 'USB', 'PC', 'TV', 'VAT', 'UPS', 'DHL', 'USPS', 'FEDEX', 'TNT',
  'EU', 'UK', 'US', 'USA', 'ASAP', 'FAQ', 'URL', 'IT', 'CEO', 'VPN', 'OK', 'PM', 'AM', 'GPS', 'API',
]);

// Share of upper-case letters in a sentence above which it reads as shouted as a whole.
const SHOUTING_RATIO = 0.6;

export function upperCaseRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((ch) => ch !== ch.toLowerCase()).length / letters.length;
}

/** True when a sentence is written mostly in capitals (and is long enough to be more than an acronym). */
export function isShouting(text: string): boolean {
  return (text.match(/\p{L}/gu) ?? []).length >= 4 && upperCaseRatio(text) > SHOUTING_RATIO;
}

/**
 * Lower-cases shouted words ("the THIRD time", or a whole SHOUTED sentence) and keeps "I",
 * acronyms and codes with digits ("AB123"): a restatement or a reworded draft must not shout back.
 */
export function unshout(text: string): string {
  return text.replace(/\p{L}[\p{L}\d'’-]*/gu, (word) => {
    if (word.length < 2 || /\d/.test(word) || word !== word.toUpperCase()) return word;
    if (ACRONYMS.has(word.replace(/['’].*$/, ''))) return word;
    if (/^I['’]/.test(word)) return 'I' + word.slice(1).toLowerCase();
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

/** Removes final punctuation so a sentence can be embedded in a longer one. */
export function withoutFinalPunctuation(text: string): string {
  return text.replace(/[\s.!?…,;:]+$/u, '');
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
