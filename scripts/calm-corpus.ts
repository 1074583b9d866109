// Writes the calm corpus (./calmCorpus.ts) as transcripts, one message each, for
// `composure report` to list each rule's hits on calm text:
//   npx tsx scripts/calm-corpus.ts > /tmp/calm.jsonl
//   npx composure report /tmp/calm.jsonl --out calm.html     # or --json
import { calmCorpus } from './calmCorpus';

for (const m of calmCorpus()) {
  process.stdout.write(`${JSON.stringify({ id: `${m.source}:${m.id}`, site: m.source, turns: [{ speaker: m.speaker, text: m.text }] })}\n`);
}
