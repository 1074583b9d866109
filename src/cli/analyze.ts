// `composure analyze FILE...`: every transcript, turn by turn, exactly as the extension would
// see it live; one JSON line per turn. Files are streamed (JSON Lines line by line) and the
// transcripts shared out to --jobs worker threads; output order is always file, transcript, turn.
import { UsageError } from './errors';
import { parseArgs, parseJobs } from './options';
import { checkTranscriptFiles, transcriptTasks } from './transcriptInput';
import { TABLE_HEADER } from './transcriptJob';
import { jobsFor, runTranscripts, startPool } from './transcriptPool';

export async function analyzeCommand(args: string[], bundledRules: string): Promise<number> {
  const { positional, options } = parseArgs(args, ['rules', 'format', 'jobs']);
  const format = options.get('format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'table') throw new UsageError(`--format must be jsonl or table, not "${format}"`);
  const jobs = parseJobs(options.get('jobs'));
  if (positional.length === 0) throw new UsageError('analyze needs at least one transcript file');
  // Check every transcript of every file first: malformed input fails the run before any output.
  const files = await checkTranscriptFiles(positional);
  const input = { transcripts: files.reduce((n, f) => n + f.transcripts, 0), turns: files.reduce((n, f) => n + f.turns, 0) };
  const pool = await startPool({ jobs: jobsFor(jobs, input), rulesDir: options.get('rules') ?? bundledRules, mode: format });
  if (format === 'table') process.stdout.write(TABLE_HEADER);
  await runTranscripts(pool, transcriptTasks(files), (out) => process.stdout.write(out as string));
  return 0;
}
