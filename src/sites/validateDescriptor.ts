// Checks a docs/interfaces.md §4 descriptor at the edge (policy `siteAdapters`, a user's own desk), so
// the options page can say what is wrong instead of a desk that silently reads nothing.
import { matchPatternProblem } from './matchPattern';

const REQUIRED = ['id', 'name', 'transcript', 'message', 'agentWhen', 'customerWhen', 'composer'] as const;
const OPTIONAL = ['text', 'systemWhen', 'author', 'time', 'customerName', 'typing'] as const;

/** Whether the browser accepts `selector`; without a DOM (Node, the CLI) every string passes. */
function selectorProblem(selector: string): string | undefined {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return undefined;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return undefined;
  } catch {
    return `is not a valid CSS selector: ${selector}`;
  }
}

/** Every problem with `value` as a descriptor, one line each, naming the field; [] when it is usable. */
export function descriptorProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['a site adapter must be an object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of REQUIRED) {
    if (typeof record[field] !== 'string' || !(record[field] as string).trim()) problems.push(`${field}: ${field === 'id' || field === 'name' ? 'required text' : 'required CSS selector'}`);
  }
  for (const field of OPTIONAL) {
    if (record[field] !== undefined && typeof record[field] !== 'string') problems.push(`${field}: must be text`);
  }
  if (!Array.isArray(record.matches) || !record.matches.length || record.matches.some((m) => typeof m !== 'string')) {
    problems.push('matches: required list of match patterns');
  } else {
    // Chrome refuses a whole permission request or script registration with one bad pattern.
    for (const [index, pattern] of (record.matches as string[]).entries()) {
      const problem = matchPatternProblem(pattern);
      if (problem) problems.push(`matches[${index}]: ${problem}`);
    }
  }
  for (const field of [...REQUIRED.slice(2), ...OPTIONAL]) {
    const selector = record[field];
    if (typeof selector !== 'string' || !selector.trim()) continue;
    const problem = selectorProblem(selector);
    if (problem) problems.push(`${field}: ${problem}`);
  }
  return problems;
}
