// Worker-thread entry of the transcript pool (built to dist-cli/analyze-worker.mjs): builds one
// engine from the rules directory, then analyses whatever transcripts the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../engine/engine';
import { TranscriptError } from '../engine/transcript';
import { loadRulesDir } from './loadRules';
import { runTranscriptJob } from './transcriptJob';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './transcriptPool';

const setup = workerData as WorkerSetup;
const { packs, remedies } = loadRulesDir(setup.rulesDir);
const engine = createEngine(packs, { remedies });

parentPort!.on('message', ({ seq, task }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq, result: runTranscriptJob(engine, task, setup.mode) };
  } catch (e) {
    const badInput = e instanceof TranscriptError ? { file: e.file, line: e.line, reason: e.reason } : undefined;
    reply = { seq, error: { message: e instanceof Error ? (e.stack ?? e.message) : String(e), ...(badInput ? { badInput } : {}) } };
  }
  parentPort!.postMessage(reply);
});
