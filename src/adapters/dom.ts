// DOM access for adapters that never throws and sees into open shadow roots.
// Helpdesks built from web components (Freshworks Crayons, Salesforce LWC) keep their chat
// inside shadow trees, and selectors come from admins' policy files, so a bad selector or an
// odd tree must give "nothing found", never an exception.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text a reader never wants: code, icons, templates. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'svg']);
/** Elements that start a new line when text is read the way an agent sees it. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);

export function matchesSafely(element: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** `element.closest(selector)`, null for a selector the engine rejects. */
export function closestSafely(element: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
}

function queryAllLight(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The parent in the composed tree: a shadow root's host stands in for the missing parent. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/**
 * The open shadow roots of a page, found once and then kept up to date from the mutations that
 * add elements, instead of walking the whole tree again on every query (which is what made a
 * long chat cost the page tens of milliseconds per read). Most desks have none at all, and then
 * every deep query is a plain querySelectorAll.
 */
export class ShadowRoots {
  private readonly roots = new Set<ShadowRoot>();

  /** Every open shadow root under `node` (and inside those), found with one walk. */
  static under(node: Node): ShadowRoots {
    const found = new ShadowRoots();
    found.scan(node);
    return found;
  }

  /** Adds the shadow roots under `node`, `node` included. */
  scan(node: Node): void {
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 /* DOCUMENT */ && node.nodeType !== 11 /* FRAGMENT */) return;
    try {
      walkShadowRoots(node, (shadow) => {
        if (this.roots.has(shadow)) return false;
        this.roots.add(shadow);
        return true;
      });
    } catch {
      // An exotic node: what was found so far stays.
    }
  }

  add(shadow: ShadowRoot): void {
    this.roots.add(shadow);
  }

  /** Whether any known shadow root sits under `root` (so a deep query must look into it). */
  anyUnder(root: ParentNode): boolean {
    if (!this.roots.size) return false;
    for (const shadow of this.roots) {
      if (!shadow.host.isConnected) {
        this.roots.delete(shadow);
        continue;
      }
      if (composedContains(root as Node, shadow.host)) return true;
    }
    return false;
  }
}

/** `inner` is `outer` or inside it, crossing shadow boundaries upwards. */
export function composedContains(outer: Node, inner: Node): boolean {
  const outerTree = outer.getRootNode();
  // Up from tree to tree (a shadow root to its host) until `outer`'s tree, then a native contains.
  for (let at: Node | null | undefined = inner; at; ) {
    const tree: Node = at.getRootNode();
    if (tree === outerTree) return outer.contains(at);
    at = (tree as Partial<ShadowRoot>).host;
  }
  return false;
}

/** The shadow roots of the elements under `root` (with `rootIncluded`, `root`'s own too), one walk. */
function forEachShadowRoot(
  root: Node | ParentNode,
  visit: (shadow: ShadowRoot, host: Element) => void,
  rootIncluded = false,
): void {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 1 /* SHOW_ELEMENT */);
  for (let node = rootIncluded ? walker.currentNode : walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow, node as Element);
  }
}

/**
 * Every open shadow root under `node` (`node`'s own included) and inside those, depth first.
 * `adopt` says whether a root is new; only a new one is walked into, so none is walked twice.
 */
export function walkShadowRoots(node: Node, adopt: (shadow: ShadowRoot) => boolean): void {
  forEachShadowRoot(
    node,
    (shadow) => {
      if (adopt(shadow)) walkShadowRoots(shadow, adopt);
    },
    true,
  );
}

/** No known shadow root under `root`: a light query sees everything. */
const lightOnly = (root: ParentNode, shadows: ShadowRoots | undefined) => shadows !== undefined && !shadows.anyUnder(root);

/**
 * Every element matching `selector` under `root`, including inside open shadow roots, in the
 * order an agent reads them (a shadow tree's content comes where its host is). With `shadows`
 * (the page's known shadow roots) a tree without any is one querySelectorAll.
 */
export function queryAllDeep(root: ParentNode, selector: string | undefined, shadows?: ShadowRoots): Element[] {
  if (!selector) return [];
  if (lightOnly(root, shadows)) return queryAllLight(root, selector);
  const found: Element[] = [];
  const collect = (tree: ParentNode) => {
    const here = new Set(queryAllLight(tree, selector));
    const doc = (tree as Node).ownerDocument ?? (tree as Document);
    const walker = doc.createTreeWalker(tree as Node, 1 /* SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (here.has(element)) found.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  try {
    collect(root);
  } catch {
    return found;
  }
  return found;
}

/**
 * Splits a selector list at its top-level commas (not those inside :is(), [attr="a,b"] or
 * strings), so a list can be read as a fallback chain: newest markup first.
 */
export function selectorAlternatives(selector: string | undefined): string[] {
  if (!selector) return [];
  let parts = splitSelectors.get(selector);
  if (!parts) {
    parts = splitAtTopLevelCommas(selector);
    // Descriptors are few and long-lived; a read asks for the same few selectors per message.
    if (splitSelectors.size > 500) splitSelectors.clear();
    splitSelectors.set(selector, parts);
  }
  return parts;
}

const splitSelectors = new Map<string, string[]>();

function splitAtTopLevelCommas(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

function queryFirstOneAlternative(root: ParentNode, selector: string, shadows?: ShadowRoots): Element | null {
  const light = queryFirstLight(root, selector);
  if (light || lightOnly(root, shadows)) return light;
  let found: Element | null = null;
  try {
    forEachShadowRoot(root, (shadow) => {
      found ??= queryFirstOneAlternative(shadow, selector, shadows);
    });
  } catch {
    return found;
  }
  return found;
}

function queryFirstLight(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * The element a one-element field names. A selector list is a fallback chain: the first
 * alternative that finds anything wins, light DOM first (cheap), then open shadow roots.
 */
export function queryFirstDeep(root: ParentNode, selector: string | undefined, shadows?: ShadowRoots): Element | null {
  for (const alternative of selectorAlternatives(selector)) {
    const found = queryFirstOneAlternative(root, alternative, shadows);
    if (found) return found;
  }
  return null;
}

/**
 * Like queryFirstDeep, but an element the agent can see wins over a hidden one: desks keep
 * cached copies of panes (tawk.to keeps several scrollers, Zendesk every open ticket).
 */
export function queryShownDeep(root: ParentNode, selector: string | undefined, shadows?: ShadowRoots): Element | null {
  let hiddenFallback: Element | null = null;
  for (const alternative of selectorAlternatives(selector)) {
    const light = queryAllLight(root, alternative);
    const candidates = light.length ? light : queryAllDeep(root, alternative, shadows);
    const shown = candidates.find(isShown);
    if (shown) return shown;
    hiddenFallback ??= candidates[0] ?? null;
  }
  return hiddenFallback;
}

/** Drops matches nested inside other matches, so a group and its parts are not read twice. */
export function outermostOnly(elements: Element[]): Element[] {
  const chosen = new Set(elements);
  return elements.filter((element) => {
    for (let up = composedParent(element); up; up = composedParent(up)) {
      if (chosen.has(up)) return false;
    }
    return true;
  });
}

/** `element` or its nearest ancestor matching `selector`, looking no higher than `boundary`. */
export function closestWithin(element: Element, selector: string | undefined, boundary: Element): Element | null {
  if (!selector) return null;
  for (let at: Element | null = element; at && at !== boundary; at = composedParent(at)) {
    if (matchesSafely(at, selector)) return at;
  }
  return null;
}

export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  if (element.closest('[hidden]')) return false;
  // checkVisibility follows display/visibility through shadow hosts; absent in old engines.
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

/**
 * Text as the agent reads it: line breaks at blocks, collapsed spaces, shadow trees and slots
 * followed, icons and hidden decorations left out.
 */
export function readableText(element: Element, skip?: (element: Element) => boolean): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (SILENT_TAGS.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || skip?.(el)) return;
    if (el.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) parts.push('\n');
    visitChildren(el);
    if (block) parts.push('\n');
  };
  // Children as rendered: a shadow tree replaces light children; a slot shows what is assigned.
  const visitChildren = (el: Element) => {
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length) {
        assigned.forEach(visit);
        return;
      }
    }
    const from: Node = el.shadowRoot ?? el;
    for (let child = from.firstChild; child; child = child.nextSibling) visit(child);
  };
  try {
    visitChildren(element);
  } catch {
    // An exotic node mid-walk: keep what was read so far.
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** What a form control or editor currently holds. */
export function editableText(element: Element | null): string {
  if (!element) return '';
  if ('value' in element && typeof (element as HTMLTextAreaElement).value === 'string') {
    return (element as HTMLTextAreaElement).value.trim();
  }
  return readableText(element);
}

/** A label's text (an author, a name), else its tooltip: some desks only put the name in `title`. */
export function labelText(element: Element | null): string | undefined {
  if (!element) return undefined;
  return (editableText(element) || element.getAttribute('title')?.trim()) || undefined;
}

/** From the top of the composed tree down to `node`, shadow roots included. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as Partial<ShadowRoot>).host ?? null) path.push(at);
  return path.reverse();
}

/**
 * Negative when `a` comes before `b` in the order queryAllDeep lists elements (document order,
 * a shadow tree's content where its host is, before the host's light children).
 */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
  const pathA = composedPath(a);
  const pathB = composedPath(b);
  let i = 0;
  while (i < pathA.length && i < pathB.length && pathA[i] === pathB[i]) i++;
  if (i === pathA.length) return -1; // a holds b
  if (i === pathB.length) return 1;
  const [x, y] = [pathA[i]!, pathB[i]!];
  if (x.nodeType === 11 /* shadow root */) return -1;
  if (y.nodeType === 11) return 1;
  return x.compareDocumentPosition(y) & 4 ? -1 : 1;
}
