// Runs transcripts through the engine on every core: a pool of worker threads, each with one
// engine built once. Transcripts are independent, so any worker may take any of them; results
// come back tagged with their sequence number and are handed on strictly in input order.
// At most WINDOW_PER_WORKER transcripts per worker are in flight or waiting to be written, so
// memory stays constant however many transcripts there are. With one job the engine runs in
// the main thread (no worker to start, nothing to copy).
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RuleFileError, RuleFileErrors, TranscriptError } from '../engine';
import type { TranscriptTask } from './transcriptInput';
import { runTranscriptJob, type JobMode, type JobResult } from './transcriptJob';

/**
 * A worker costs about half a second to start (rule compilation, the NLP model) and ~190 MB;
 * the engine takes about that long for 2,000 turns. Below that, another worker does not pay.
 */
const MIN_TURNS_PER_WORKER = 2000;

/**
 * How many engines to run: --jobs when given (never more than there are transcripts), else
 * one per core, fewer for small inputs.
 */
export function jobsFor(requested: number | undefined, input: { transcripts: number; turns: number }): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, input.transcripts));
  return Math.max(1, Math.min(availableParallelism(), input.transcripts, Math.floor(input.turns / MIN_TURNS_PER_WORKER)));
}

/** Enough queued work that a worker never waits for the main thread, little enough to stay small. */
const WINDOW_PER_WORKER = 8;

export interface PoolOptions {
  jobs: number;
  rulesDir: string;
  mode: JobMode;
}

/** What a worker is started with (workerData). */
export interface WorkerSetup {
  rulesDir: string;
  mode: JobMode;
}

/** A problem the user must fix (bad rule file, bad transcript), carried across the thread boundary. */
export interface BadInput {
  kind: 'rules' | 'transcript';
  file: string;
  line?: number;
  reason: string;
}

export type WorkerRequest = { seq: number; task: TranscriptTask };
export type WorkerReply =
  | { ready: true }
  | { setupError: { message: string; badInput?: BadInput } }
  | { seq: number; result: JobResult }
  | { seq: number; error: { message: string; badInput?: BadInput } };

export interface TranscriptPool {
  /** Calls `onResult` once per task, in task order. */
  run(tasks: AsyncIterable<TranscriptTask>, onResult: (result: JobResult) => void): Promise<void>;
  close(): Promise<void>;
}

/** Builds the engines (in the workers, or here for one job); rule file errors surface here, before any output. */
export async function startPool(options: PoolOptions): Promise<TranscriptPool> {
  return options.jobs <= 1 ? startInline(options) : startWorkers(options);
}

async function startInline(options: PoolOptions): Promise<TranscriptPool> {
  const { createEngine } = await import('../engine');
  const { loadRulesDir } = await import('./loadRules');
  const { packs, remedies } = loadRulesDir(options.rulesDir);
  const engine = createEngine(packs, { remedies });
  return {
    async run(tasks, onResult) {
      for await (const task of tasks) {
        onResult(runTranscriptJob(engine, task, options.mode));
        await drained();
      }
    },
    close: async () => {},
  };
}

async function startWorkers(options: PoolOptions): Promise<TranscriptPool> {
  const setup: WorkerSetup = { rulesDir: options.rulesDir, mode: options.mode };
  const workers = Array.from({ length: options.jobs }, () => new Worker(new URL('./analyze-worker.mjs', import.meta.url), { workerData: setup }));
  const inFlight = workers.map(() => 0);
  const ready = new Map<number, JobResult>();
  let onResult: (result: JobResult) => void = () => {};
  let nextToHandOn = 0;
  let started = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    wake?.();
    wake = undefined;
  };
  const sleep = () => new Promise<void>((resolve) => (wake = resolve));

  workers.forEach((worker, w) => {
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) started++;
      else if ('setupError' in reply) failure ??= toError(reply.setupError);
      else {
        inFlight[w]!--;
        if ('error' in reply) failure ??= toError(reply.error);
        else {
          ready.set(reply.seq, reply.result);
          for (let r = ready.get(nextToHandOn); r !== undefined; r = ready.get(nextToHandOn)) {
            ready.delete(nextToHandOn++);
            onResult(r);
          }
        }
      }
      wakeUp();
    });
    worker.on('error', (e) => {
      failure ??= e;
      wakeUp();
    });
    worker.on('exit', (code) => {
      failure ??= new Error(`an analysis worker stopped (exit code ${code})`);
      wakeUp();
    });
  });
  const close = async () => {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  };

  while (failure === undefined && started < workers.length) await sleep();
  if (failure !== undefined) {
    await close();
    throw failure;
  }

  return {
    async run(tasks, handOn) {
      onResult = handOn;
      let seq = 0;
      for await (const task of tasks) {
        // Wait while the window is full: the oldest transcript may still be running somewhere.
        while (failure === undefined && seq - nextToHandOn >= WINDOW_PER_WORKER * workers.length) await sleep();
        if (failure !== undefined) throw failure;
        const w = inFlight.indexOf(Math.min(...inFlight));
        inFlight[w]!++;
        workers[w]!.postMessage({ seq: seq++, task } satisfies WorkerRequest);
        await drained();
      }
      while (failure === undefined && nextToHandOn < seq) await sleep();
      if (failure !== undefined) throw failure;
    },
    close,
  };
}

/** Runs every task through a pool and closes it, also on failure. */
export async function runTranscripts(pool: TranscriptPool, tasks: AsyncIterable<TranscriptTask>, onResult: (result: JobResult) => void): Promise<void> {
  try {
    await pool.run(tasks, onResult);
  } finally {
    await pool.close();
  }
}

export function toBadInput(e: unknown): BadInput | undefined {
  if (e instanceof TranscriptError) return { kind: 'transcript', file: e.file, line: e.line, reason: e.reason };
  if (e instanceof RuleFileError) return { kind: 'rules', file: e.file, line: e.line, reason: e.field ? `${e.field}: ${e.reason}` : e.reason };
  if (e instanceof RuleFileErrors && e.errors.length > 0) return toBadInput(e.errors[0]);
  return undefined;
}

function toError(error: { message: string; badInput?: BadInput }): Error {
  const bad = error.badInput;
  if (bad?.kind === 'transcript') return new TranscriptError(bad.file, bad.line, bad.reason);
  if (bad?.kind === 'rules') return new RuleFileError(bad.file, bad.line, undefined, bad.reason);
  return new Error(error.message);
}

/** Lets stdout catch up when it is a slow pipe, so output is not buffered without bound. */
async function drained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
}
