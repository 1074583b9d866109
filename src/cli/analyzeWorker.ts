// Worker-thread entry of the transcript pool (built to dist-cli/analyze-worker.mjs): builds one
// engine from the rules directory, then analyses whatever transcripts the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { type ComposureEngine, createEngine } from '../engine';
import { loadRulesDir } from './loadRules';
import { runTranscriptJob } from './transcriptJob';
import { toBadInput, type WorkerReply, type WorkerRequest, type WorkerSetup } from './transcriptPool';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);
const describe = (e: unknown) => {
  const badInput = toBadInput(e);
  return { message: e instanceof Error ? (e.stack ?? e.message) : String(e), ...(badInput ? { badInput } : {}) };
};

let engine: ComposureEngine | undefined;
try {
  const { packs, remedies } = loadRulesDir(setup.rulesDir);
  engine = createEngine(packs, { remedies });
  reply({ ready: true });
} catch (e) {
  reply({ setupError: describe(e) });
}

port.on('message', ({ seq, task }: WorkerRequest) => {
  try {
    reply({ seq, result: runTranscriptJob(engine!, task, setup.mode) });
  } catch (e) {
    reply({ seq, error: describe(e) });
  }
});
