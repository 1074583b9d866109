// Runs transcripts through the engine on every core: a pool of worker threads, each with one
// engine built once. Transcripts are independent, so any worker may take any of them; results
// come back tagged with their sequence number and are handed on strictly in input order.
// At most WINDOW_PER_WORKER transcripts per worker are in flight or waiting to be written, so
// memory stays constant however many transcripts there are.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { createEngine } from '../engine/engine';
import { TranscriptError } from '../engine/transcript';
import { loadRulesDir } from './loadRules';
import type { TranscriptTask } from './transcriptInput';
import { runTranscriptJob, type JobMode, type JobResult } from './transcriptJob';

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

export type WorkerRequest = { seq: number; task: TranscriptTask };
export type WorkerReply =
  | { seq: number; result: JobResult }
  | { seq: number; error: { message: string; badInput?: { file: string; line?: number; reason: string } } };

/** Calls `onResult` once per task, in task order. */
export async function runTranscripts(tasks: AsyncIterable<TranscriptTask>, options: PoolOptions, onResult: (result: JobResult) => void): Promise<void> {
  if (options.jobs <= 1) return runInline(tasks, options, onResult);
  return runInWorkers(tasks, options, onResult);
}

async function runInline(tasks: AsyncIterable<TranscriptTask>, options: PoolOptions, onResult: (result: JobResult) => void): Promise<void> {
  const { packs, remedies } = loadRulesDir(options.rulesDir);
  const engine = createEngine(packs, { remedies });
  for await (const task of tasks) {
    onResult(runTranscriptJob(engine, task, options.mode));
    await drained();
  }
}

async function runInWorkers(tasks: AsyncIterable<TranscriptTask>, options: PoolOptions, onResult: (result: JobResult) => void): Promise<void> {
  const setup: WorkerSetup = { rulesDir: options.rulesDir, mode: options.mode };
  const workers = Array.from({ length: options.jobs }, () => new Worker(new URL('./analyze-worker.mjs', import.meta.url), { workerData: setup }));
  const inFlight = workers.map(() => 0);
  const ready = new Map<number, JobResult>();
  let nextToHandOn = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    wake?.();
    wake = undefined;
  };
  const sleep = () => new Promise<void>((resolve) => (wake = resolve));

  workers.forEach((worker, w) => {
    worker.on('message', (reply: WorkerReply) => {
      inFlight[w]!--;
      if ('error' in reply) failure ??= replyError(reply.error);
      else {
        ready.set(reply.seq, reply.result);
        for (let r = ready.get(nextToHandOn); r !== undefined; r = ready.get(nextToHandOn)) {
          ready.delete(nextToHandOn++);
          onResult(r);
        }
      }
      wakeUp();
    });
    worker.on('error', (e) => {
      failure ??= e;
      wakeUp();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`analysis worker exited with code ${code}`);
      wakeUp();
    });
  });

  let seq = 0;
  try {
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
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function replyError(error: Extract<WorkerReply, { error: unknown }>['error']): Error {
  if (error.badInput) return new TranscriptError(error.badInput.file, error.badInput.line, error.badInput.reason);
  return new Error(error.message);
}

/** Lets stdout catch up when it is a slow pipe, so output is not buffered without bound. */
async function drained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
}
