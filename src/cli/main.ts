// `composure` — the QA lead's command line (docs/interfaces.md §2): analyze, report, test, lint, explain, migrate.
import { fileURLToPath } from 'node:url';
import { UsageError, reportAndExit } from './errors';

const BUNDLED_RULES = fileURLToPath(new URL('../rules/', import.meta.url));

const HELP = `composure — de-escalation checks for support chats, on your machine

Usage:
  composure analyze FILE... [--rules DIR] [--format jsonl|table] [--jobs N]
  composure report FILE... --out report.html [--json] [--check] [--rules DIR] [--jobs N]
                            --check: list expectations not met; exit 1 if any
  composure test [DIR]      run the examples embedded in the rule files
  composure lint [DIR]      validate rule files against the schema
  composure explain [--rules DIR] [--agent] TEXT
                            why rules fired (or not) on one message
  composure migrate [FILE|DIR] [--check]
                            rewrite version 1 rule files as version 2

Rules default to the bundled rules/ directory; --jobs defaults to one per core
(fewer for small inputs). Exit codes: 0 ok, 1 failures, 2 bad input.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Loaded on demand: with worker threads, only the workers need the engine and its NLP model.
    case 'analyze':
      return (await import('./analyze')).analyzeCommand(rest, BUNDLED_RULES);
    case 'report':
      return (await import('./report/reportCommand')).reportCommand(rest, BUNDLED_RULES);
    case 'test':
      return (await import('./testRules')).testCommand(rest, BUNDLED_RULES);
    case 'lint':
      return (await import('./lint')).lintCommand(rest, BUNDLED_RULES);
    case 'explain':
      return (await import('./explain')).explainCommand(rest, BUNDLED_RULES);
    case 'migrate':
      return (await import('./migrate')).migrateCommand(rest, BUNDLED_RULES);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}" (try: analyze, report, test, lint, explain, migrate)`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => reportAndExit(error),
);
