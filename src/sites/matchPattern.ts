// Chrome match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
// so the registry picks the same desk for a URL as the manifest's content_scripts.matches do.
// Patterns come from admins and users (policy, the options page) and are matched on the desk's
// own page: they are parsed once by hand and their path glob is matched in linear time, never
// turned into a backtracking regular expression (`*a*a*a*a*a*a*a*a*b` would stall the page).

/** The schemes a desk can be served on; `*` is http or https, as in Chrome. */
const DESK_SCHEMES = new Set(['http', 'https', '*']);

export interface MatchPattern {
  scheme: string;
  /** `*`, `*.` + a domain, or a host name; lower case. */
  host: string;
  /** The port the pattern names, if any (`*` = any). */
  port?: string;
  /** Glob over path and query, `*` = any run of characters. */
  path: string;
}

export type ParsedPattern = { pattern: MatchPattern; problem?: undefined } | { pattern?: undefined; problem: string };

const EXAMPLE = 'like https://desk.acme.example/*';

/**
 * A pattern as Chrome reads it for a content script or host permission on a desk: `<all_urls>`, or
 * scheme (http, https or *) `://` host `/` path, where `*` may stand alone as the host or start it
 * (`*.acme.example`), a port may follow the host, and the path may hold `*` anywhere.
 */
export function parseMatchPattern(text: string): ParsedPattern {
  if (text === '<all_urls>') return { pattern: { scheme: '*', host: '*', path: '/*' } };
  const schemeEnd = text.indexOf('://');
  if (schemeEnd <= 0) return { problem: `"${text}" is not a match pattern ${EXAMPLE}` };
  const scheme = text.slice(0, schemeEnd).toLowerCase();
  if (!DESK_SCHEMES.has(scheme)) return { problem: `"${text}" is not a match pattern ${EXAMPLE}: the scheme must be http, https or *` };
  const rest = text.slice(schemeEnd + 3);
  const pathStart = rest.indexOf('/');
  if (pathStart < 0) return { problem: `"${text}" is not a match pattern ${EXAMPLE}: it needs a path, at least /*` };
  const authority = rest.slice(0, pathStart).toLowerCase();
  const path = rest.slice(pathStart);
  const portAt = authority.lastIndexOf(':');
  const host = portAt >= 0 ? authority.slice(0, portAt) : authority;
  const port = portAt >= 0 ? authority.slice(portAt + 1) : undefined;
  if (host === '') return { problem: `"${text}" is not a match pattern ${EXAMPLE}: it needs a host` };
  const named = host.startsWith('*.') ? host.slice(2) : host;
  if (host !== '*' && (named === '' || named.includes('*') || !/^[a-z0-9.-]+$/.test(named))) {
    return { problem: `"${host}" is not a host; * may only start it, as in *.acme.example` };
  }
  if (port !== undefined && port !== '*' && !/^\d{1,5}$/.test(port)) return { problem: `"${text}" has no valid port after the host` };
  return { pattern: { scheme, host, path, ...(port === undefined ? {} : { port }) } };
}

/**
 * Why `text` cannot name a desk's pages, or undefined: not a pattern Chrome accepts, or not https
 * (Composure asks for host access on demand as https://*\/* only, so nothing else can be granted).
 */
export function matchPatternProblem(text: string): string | undefined {
  const parsed = parseMatchPattern(text);
  if (parsed.problem !== undefined) return parsed.problem;
  if (text === '<all_urls>' || parsed.pattern.scheme !== 'https') return `"${text}": Composure reads desks over https only, as in https://desk.acme.example/*`;
  return undefined;
}

/**
 * Whether `text` matches `glob`, where `*` is any run of characters and everything else is
 * literal. Between two stars the leftmost place a piece fits is always as good as any later
 * one, so no choice is ever undone: one pass over the text.
 */
export function globMatches(glob: string, text: string): boolean {
  const pieces = glob.split('*');
  if (pieces.length === 1) return glob === text;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

function hostMatches(wanted: string, hostname: string): boolean {
  if (wanted === '*') return true;
  if (wanted.startsWith('*.')) {
    const domain = wanted.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return hostname === wanted;
}

/** True when `url` is covered by `pattern`; a malformed pattern or URL covers nothing. */
export function urlMatchesPattern(url: string, pattern: string | MatchPattern): boolean {
  const parsed = typeof pattern === 'string' ? parseMatchPattern(pattern).pattern : pattern;
  if (!parsed) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const scheme = target.protocol.slice(0, -1);
  if (parsed.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== parsed.scheme) return false;
  if (!hostMatches(parsed.host, target.hostname.toLowerCase())) return false;
  if (parsed.port !== undefined && parsed.port !== '*' && parsed.port !== (target.port || (scheme === 'https' ? '443' : '80'))) return false;
  return globMatches(parsed.path, target.pathname + target.search);
}

export function urlMatchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => urlMatchesPattern(url, pattern));
}
