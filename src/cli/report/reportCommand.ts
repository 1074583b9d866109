// `composure report FILE... --out report.html [--json] [--check]`: what the engine flags across
// many transcripts, for a QA lead — hits per rule and category with the turns behind them, anger
// over time per conversation, and precision/recall where transcripts carry expected flags.
// `--check` turns the expectations into a test: each one not met is a line, and exit 1.
// Transcripts are read and analysed like `analyze` (streamed, on --jobs worker threads).
import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors';
import { parseArgs, parseJobs } from '../options';
import { checkTranscriptFiles, fileError, transcriptTasks } from '../transcriptInput';
import type { ConversationSummary } from '../transcriptJob';
import { jobsFor, runTranscripts, startPool } from '../transcriptPool';
import { describeUnmet } from './expectationCheck';
import { checkExpectations } from './expectations';
import { renderReportHtml } from './html';
import { ReportCollector, type ReportData } from './reportData';

export async function reportCommand(args: string[], bundledRules: string): Promise<number> {
  const { positional, options, switches } = parseArgs(args, ['out', 'rules', 'jobs'], ['json', 'check']);
  const out = options.get('out');
  const json = switches.has('json');
  const check = switches.has('check');
  if (positional.length === 0) throw new UsageError('report needs at least one transcript file');
  if (!out && !json && !check) throw new UsageError('report needs --out FILE.html (the page), --json (a summary on stdout) and/or --check (expectations not met; exit 1 if any)');
  const jobs = parseJobs(options.get('jobs'));
  const files = await checkTranscriptFiles(positional, checkExpectations);
  const input = { transcripts: files.reduce((n, f) => n + f.transcripts, 0), turns: files.reduce((n, f) => n + f.turns, 0) };
  const pool = await startPool({ jobs: jobsFor(jobs, input), rulesDir: options.get('rules') ?? bundledRules, mode: 'summary' });
  const collector = new ReportCollector(files.map((f) => f.name));
  const unmet: string[] = [];
  let checked = 0;
  await runTranscripts(pool, transcriptTasks(files), (result) => {
    const summary = result as ConversationSummary;
    collector.add(summary);
    if (summary.unmet) checked++;
    for (const u of summary.unmet ?? []) unmet.push(`${summary.file}${summary.line ? `:${summary.line}` : ''} ${summary.name} ${describeUnmet(u)}`);
  });
  const data = collector.finish();
  if (out) {
    try {
      writeFileSync(out, renderReportHtml(data, new Date()));
    } catch (e) {
      throw fileError(out, e);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify({ ...reportSummary(data), ...(check ? { unmet } : {}) }, null, 2)}\n`);
  else {
    if (out) process.stdout.write(`${out}: ${data.totals.conversations} conversations, ${data.totals.flags} flags\n`);
    if (check) process.stdout.write(`${unmet.map((line) => `${line}\n`).join('')}${checked} transcripts with expectations, ${unmet.length} expectations not met\n`);
  }
  return check && unmet.length > 0 ? 1 : 0;
}

/** The machine-readable report: totals, per category and per rule (with every hit), per conversation. */
export function reportSummary(data: ReportData) {
  return {
    files: data.files,
    totals: data.totals,
    matching:
      data.totals.annotatedConversations > 0
        ? 'An expected flag {turn, category, rule?} is matched by a flag of that category raised at that turn (turns count from 0), and of that rule when it names one. Only transcripts with an "expect" list count.'
        : undefined,
    categories: data.categories,
    rules: data.rules.map(({ details, ...r }) => ({ ...r, turns: details.map((d) => ({ transcript: d.conversation, turn: d.turn, ...(d.verdict ? { verdict: d.verdict } : {}) })) })),
    missed: data.missed.map(({ text: _text, ...m }) => m),
    conversations: data.conversations.map((c) => ({
      transcript: c.name,
      file: c.file,
      ...(c.line ? { line: c.line } : {}),
      turns: c.turns,
      peakAnger: round(c.peak),
      angryTurns: c.angry.filter(Boolean).length,
      flags: c.flags,
      annotated: c.annotated,
      anger: c.anger.map(round),
      level: c.level.map(round),
    })),
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
