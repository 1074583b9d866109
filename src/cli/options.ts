import { UsageError } from './errors';

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  /** Boolean switches that were given (`--json`). */
  switches: Set<string>;
}

/** `--name value` and `--name=value` options, `--switch` booleans; everything else is positional. */
export function parseArgs(args: string[], known: readonly string[], knownSwitches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (knownSwitches.includes(name) && inline === undefined) {
      switches.add(name);
      continue;
    }
    if (!known.includes(name)) {
      const all = [...known, ...knownSwitches].map((k) => `--${k}`).join(', ');
      throw new UsageError(`unknown option --${name} (known: ${all})`);
    }
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options, switches };
}

/** `--jobs N`: a whole number of at least 1; undefined when not given. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}
