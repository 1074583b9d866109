// Chrome match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
// so the registry picks the same desk for a URL as the manifest's content_scripts.matches do.

const PATTERN = /^(\*|https?|file|ftp|wss?):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** True when `url` is covered by `pattern`; a malformed pattern or URL covers nothing. */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp|wss?):/.test(url);
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host = '', path = '/'] = parts;
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : urlScheme !== scheme) return false;
  const hostname = parsed.hostname.toLowerCase();
  if (host !== '*') {
    const wanted = host.toLowerCase();
    if (wanted.startsWith('*.')) {
      const domain = wanted.slice(2);
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (hostname !== wanted) {
      return false;
    }
  }
  return globToRegExp(path).test(parsed.pathname + parsed.search);
}

export function urlMatchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => urlMatchesPattern(url, pattern));
}
