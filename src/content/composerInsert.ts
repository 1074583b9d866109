// Puts suggestion text into the desk's reply box at the agent's caret, the way typing would:
// editors built on React, ProseMirror, Slate or Draft only keep text they were told about
// through input events, and the agent expects Ctrl+Z to take it back out. A reframe replaces the
// whole draft the same way: the reply box's contents selected, then typed over, so one Ctrl+Z
// brings the draft back.

import { withoutControlCharacters } from '../text/controlCharacters';

export type InsertOutcome = { ok: true } | { ok: false; reason: string };

const isTextField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** Remembers where the caret was inside the composer, since clicking the side panel moves focus. */
export class CaretMemory {
  private range: Range | undefined;

  constructor(private readonly doc: Document) {}

  /** Called on `selectionchange`: cheap, only clones a range inside the composer. */
  remember(composer: HTMLElement | null): void {
    if (!composer || isTextField(composer)) return; // text fields keep selectionStart themselves
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (composer.contains(range.commonAncestorContainer)) this.range = range.cloneRange();
  }

  rangeIn(composer: HTMLElement): Range | undefined {
    return this.range && composer.contains(this.range.commonAncestorContainer) ? this.range : undefined;
  }
}

/** Inserted right after a word or sentence, the suggestion needs a space to stand apart. */
function spaced(text: string, charBefore: string | undefined): string {
  return charBefore && !/\s/.test(charBefore) ? ` ${text}` : text;
}

// The agent's initials closing a social reply ("… ^AJ"): the card leaves them out as debris, the
// reply they sign still needs them.
const INITIALS_AT_END = /(?:^|\s)(\^[A-Za-z]{1,3})\s*$/;

/** The reframe with the draft's own initials sign-off put back, when the draft ended on one and the reframe has none. */
export function withDraftSignOff(reframe: string, draft: string): string {
  const initials = INITIALS_AT_END.exec(draft)?.[1];
  return initials && !INITIALS_AT_END.test(reframe) ? `${reframe.trimEnd()} ${initials}` : reframe;
}

/** `replace`: the suggestion takes the place of everything in the reply box (a reframe of the draft). */
export function insertIntoComposer(composer: HTMLElement | null, suggestion: string, caret: CaretMemory, options: { replace?: boolean } = {}): InsertOutcome {
  if (!composer || !composer.isConnected) return { ok: false, reason: 'No reply box found on the page.' };
  const replace = options.replace === true;
  // A restatement quotes the customer: their NUL or bidi overrides must not reach the reply.
  const clean = withoutControlCharacters(suggestion);
  const text = replace ? withDraftSignOff(clean, isTextField(composer) ? composer.value : (composer.innerText ?? composer.textContent ?? '')) : clean;
  if (isTextField(composer)) return insertIntoTextField(composer, text, replace);
  if (composer.isContentEditable) return insertIntoEditable(composer, text, replace ? allOf(composer) : caret.rangeIn(composer), replace);
  return { ok: false, reason: 'The reply box is not editable right now.' };
}

function insertIntoTextField(field: HTMLTextAreaElement | HTMLInputElement, suggestion: string, replace: boolean): InsertOutcome {
  if (field.disabled || field.readOnly) return { ok: false, reason: 'The reply box is read-only.' };
  const before = field.value;
  const start = replace ? 0 : (field.selectionStart ?? before.length);
  const end = replace ? before.length : (field.selectionEnd ?? before.length);
  const text = replace ? suggestion : spaced(suggestion, before[start - 1]);
  field.focus();
  field.setSelectionRange(start, end);
  // execCommand keeps the browser's undo stack; setRangeText is the fallback where it is refused.
  const viaCommand = field.ownerDocument.execCommand('insertText', false, text) && field.value !== before;
  if (!viaCommand) {
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return landed(field.value, suggestion, replace) ? { ok: true } : { ok: false, reason: 'The reply box rejected the text.' };
}

/** The suggestion is in the reply box; replacing, it is all the reply box holds. */
function landed(content: string, suggestion: string, replace: boolean): boolean {
  return replace ? content.replace(/\s+/g, ' ').trim() === suggestion.replace(/\s+/g, ' ').trim() : content.includes(suggestion);
}

function insertIntoEditable(editor: HTMLElement, suggestion: string, remembered: Range | undefined, replace: boolean): InsertOutcome {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'The page has no selection to insert at.' };
  editor.focus();
  const range = replace && remembered ? remembered : insideTextBlock(editor, remembered?.cloneRange() ?? endOf(editor));
  selection.removeAllRanges();
  selection.addRange(range);
  const text = replace ? suggestion : spaced(suggestion, textBefore(editor, range).slice(-1));

  const before = editor.textContent ?? '';
  // Goes through the editor's own beforeinput handling (ProseMirror, Slate, Lexical, Draft) and
  // lands on the native undo stack.
  if (doc.execCommand('insertText', false, text) && editor.textContent !== before) return outcome(editor, suggestion, replace);

  // execCommand refused (some editors block it): offer the editor a cancelable beforeinput, and
  // insert ourselves only if nobody handled it.
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const beforeInput = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    inputType: replace ? 'insertReplacementText' : 'insertText',
    data: text,
    dataTransfer: data,
  });
  if (editor.dispatchEvent(beforeInput)) {
    range.deleteContents();
    const node = doc.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return outcome(editor, suggestion, replace);
}

function outcome(editor: HTMLElement, suggestion: string, replace: boolean): InsertOutcome {
  return landed(editor.textContent ?? '', suggestion, replace) ? { ok: true } : { ok: false, reason: 'The editor did not accept the text.' };
}

function textBefore(editor: HTMLElement, caret: Range): string {
  const before = editor.ownerDocument.createRange();
  before.selectNodeContents(editor);
  before.setEnd(caret.startContainer, caret.startOffset);
  return before.toString();
}

/**
 * Moves a caret that sits between the editor's blocks (`<div contenteditable><p></p>|</div>`)
 * into the block beside it. Chromium does this itself when text is inserted; Firefox inserts the
 * text as a loose node after the paragraph, and CKEditor 5 (Zendesk's reply box) then wraps it in
 * a paragraph of its own below the empty one(s): the card landed after blank lines. A click on an
 * empty editor in Firefox also leaves the caret there, as does the end of the editor (`endOf`).
 */
function insideTextBlock(editor: HTMLElement, range: Range): Range {
  if (!range.collapsed || range.startContainer !== editor) return range;
  const before = editor.childNodes[range.startOffset - 1];
  const after = editor.childNodes[range.startOffset];
  const block = [before, after].find((node): node is HTMLElement => node instanceof HTMLElement && node.isContentEditable && !isVoid(node));
  if (!block) return range;
  const inside = editor.ownerDocument.createRange();
  // Into the deepest last (or first) element, so `<p><span></span></p>` also takes the text inline.
  let target: Element = block;
  const next = (el: Element) => (block === before ? el.lastElementChild : el.firstElementChild);
  for (let child = next(target); child && !isVoid(child); child = next(target)) target = child;
  inside.selectNodeContents(target);
  inside.collapse(block !== before);
  return inside;
}

/** Elements that hold no text (a caret inside them is no place to type). */
const isVoid = (el: Element) => /^(BR|IMG|HR|INPUT|WBR)$/.test(el.tagName);

/** Everything in the editor, selected as Ctrl+A would. */
function allOf(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  return range;
}

function endOf(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}
