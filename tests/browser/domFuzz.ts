// Seeded random DOM churn on a fixture desk page, from the page's side, the way real desks churn:
// nodes added and dropped in and around the transcript, classes and data-* attributes toggled on
// messages, labels rewritten, message text edited, the address changed (history.pushState within
// the same conversation), and the whole transcript container — or the whole body — swapped for a
// clone or an empty one (a framework re-mounting it). Ops are drawn in Node from a seed, so a
// failure replays.

/** mulberry32: a tiny seeded PRNG; the same seed gives the same ops. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MUTATIONS = [
  'insert-inside',
  'insert-around',
  'remove-inserted',
  'remove-message',
  'toggle-class',
  'set-data',
  'relabel',
  'replace-with-clone',
  'replace-with-empty',
  'edit-text',
  'change-url',
  'replace-body',
] as const;

export type Mutation = (typeof MUTATIONS)[number];

export interface FuzzOp {
  kind: Mutation;
  /** Random picks in [0, 1) the page turns into a child, a position, a word. */
  picks: [number, number, number];
}

/**
 * Where the transcript container is: selectors from the document down, each further one looked
 * up inside the previous element's open shadow root (Freshchat draws its chat in one).
 */
export type ContainerPath = string[];

/** Weights: mostly small churn, now and then a swap of the whole container. */
const WEIGHTS: Record<Mutation, number> = {
  'insert-inside': 4,
  'insert-around': 3,
  'remove-inserted': 3,
  'remove-message': 1,
  'toggle-class': 4,
  'set-data': 4,
  relabel: 3,
  'replace-with-clone': 1,
  'replace-with-empty': 1,
  'edit-text': 3,
  'change-url': 1,
  'replace-body': 1,
};

export function drawOp(random: () => number): FuzzOp {
  const total = MUTATIONS.reduce((sum, m) => sum + WEIGHTS[m], 0);
  let pick = random() * total;
  const kind = MUTATIONS.find((m) => (pick -= WEIGHTS[m]) < 0) ?? 'set-data';
  return { kind, picks: [random(), random(), random()] };
}

/**
 * Runs in the page (passed to page.evaluate; self-contained). Fuzz-made nodes are remembered in
 * `window.__fuzz` so they can be removed again and so cleanup finds them.
 */
export function applyOpInPage({ path, op }: { path: ContainerPath; op: FuzzOp }): string {
  const state = ((window as unknown as { __fuzz?: { made: Element[] } }).__fuzz ??= { made: [] });
  let scope: Document | ShadowRoot = document;
  let list: Element | null = null;
  for (const selector of path) {
    list = scope.querySelector(selector);
    if (!list) return `no ${selector}`;
    if (list.shadowRoot && selector !== path[path.length - 1]) scope = list.shadowRoot;
  }
  const container = list!;
  const [a, b, c] = op.picks;
  const WORDS = ['Billing', 'Open', 'Pending', 'Solved', 'now', '2 min ago', 'Priority', 'VIP', 'Order', 'Tags', 'Macro', 'Seen'];
  const word = (p: number) => WORDS[Math.floor(p * WORDS.length)]!;
  const at = <T>(items: ArrayLike<T>, p: number): T | undefined => items[Math.floor(p * items.length)];
  const messages = container.children;
  const make = () => {
    const tag = at(['div', 'span', 'p', 'section', 'em'], a)!;
    const el = document.createElement(tag);
    el.className = `fz-${Math.floor(b * 1000)}`;
    el.textContent = `${word(c)} ${word(b)}`;
    state.made.push(el);
    return el;
  };
  switch (op.kind) {
    case 'insert-inside': {
      container.insertBefore(make(), at(messages, b) ?? null);
      return op.kind;
    }
    case 'insert-around': {
      const parent = container.parentNode;
      if (!parent) return 'no parent';
      if (c < 0.5) parent.insertBefore(make(), container);
      else parent.insertBefore(make(), container.nextSibling);
      return op.kind;
    }
    case 'remove-inserted': {
      const el = at(state.made, a);
      el?.remove();
      return el ? op.kind : 'nothing to remove';
    }
    case 'remove-message': {
      const el = at(messages, a);
      if (!el || el.className.startsWith('fz-')) return 'no message';
      el.remove();
      return op.kind;
    }
    case 'toggle-class': {
      const el = at(messages, a);
      el?.classList.toggle(at(['is-hovered', 'is-highlighted', 'fz-flash', 'animate-in'], b)!);
      return el ? op.kind : 'no message';
    }
    case 'set-data': {
      const el = at(messages, a);
      const target = el && (at(el.querySelectorAll('*'), b) ?? el);
      target?.setAttribute(`data-fz-${Math.floor(c * 5)}`, word(b));
      return target ? op.kind : 'no message';
    }
    case 'relabel': {
      // Text that is no message's text: a fuzz-made node, or a time label ("3 min ago").
      const label = c < 0.5 ? at(state.made, a) : at(container.querySelectorAll('time'), a);
      if (label) label.textContent = word(b);
      return label ? op.kind : 'nothing to relabel';
    }
    case 'edit-text': {
      // The desk edits a message in place: its body (the longest text in it; not the author's
      // name or the time, which a desk does not edit) gets new words.
      const el = at(messages, a);
      if (!el || el.className.startsWith('fz-')) return 'no message';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text: Text | undefined;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.length > (text?.textContent!.length ?? 3)) text = n as Text;
      if (!text) return 'no text';
      text.textContent = `${text.textContent} (edited: ${word(c)})`;
      return op.kind;
    }
    case 'change-url': {
      // A single-page desk updates its address without leaving the conversation (a filter, a tab).
      const url = new URL(location.href);
      url.searchParams.set('fz', String(Math.floor(a * 1000)));
      history.pushState(null, '', url);
      return op.kind;
    }
    case 'replace-body': {
      // A framework re-mounting the whole app. Shadow roots do not survive cloning: not there.
      if (path.length > 1) return 'no body swap in shadow DOM';
      document.body.replaceWith(document.body.cloneNode(true));
      return op.kind;
    }
    case 'replace-with-clone':
    case 'replace-with-empty': {
      container.replaceWith(container.cloneNode(op.kind === 'replace-with-clone'));
      return op.kind;
    }
  }
}

/**
 * Runs in the page after the fuzz: drops what the fuzz added and has the desk draw its
 * conversation afresh into the container now on the page, so the page shows exactly the chat.
 */
export function restoreInPage(path: ContainerPath): number {
  const state = (window as unknown as { __fuzz?: { made: Element[] } }).__fuzz;
  state?.made.forEach((el) => el.remove());
  let scope: Document | ShadowRoot = document;
  let list: Element | null = null;
  for (const selector of path) {
    list = scope.querySelector(selector);
    if (list?.shadowRoot && selector !== path[path.length - 1]) scope = list.shadowRoot;
  }
  list?.replaceChildren();
  window.__chat.rerender();
  return window.__chat.script().length;
}
