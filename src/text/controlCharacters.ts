// Characters that change how text is shown or handled rather than what it says: C0/C1 controls
// (NUL, ESC sequences that drive a terminal), and the bidirectional embeddings, overrides and
// isolates that make text read differently from how it is stored ("Trojan Source"). Chat text
// may carry them; nothing Composure writes for a person to read passes them on.

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides (U+202A–202E) and isolates (U+2066–2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const SHOWN_ESCAPED = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without controls or bidi overrides (line breaks and tabs stay): for a reply box. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
}

/** `text` with every control, line break and bidi override written as `\u{…}`: for one line of a terminal. */
export function escapedForTerminal(text: string): string {
  return text.replace(SHOWN_ESCAPED, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
