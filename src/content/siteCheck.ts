// Answers the options page's "check this desk against an open tab": reads the page once with a
// descriptor the user is writing (docs/interfaces.md §4) and says what it found, so a wrong selector is
// seen before the desk is saved. Reads only; adds nothing to the page and never throws into it.
import { adapterFromDescriptor, descriptorProblems } from '../adapters/registry';
import { queryFirstDeep } from '../adapters/dom';
import type { Speaker } from '../engine';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { answerRuntimeMessages } from '../platform/browser';
import { isSiteCheckRequest, type SiteCheckAnswer } from '../platform/protocol';

const SAMPLE_SIZE = 3;
const EXCERPT_CHARS = 80;

/** Reads `doc` once with `descriptor`. Synchronous and bounded by one read of the page. */
export function checkSite(doc: Document, descriptor: unknown): SiteCheckAnswer {
  try {
    const problems = descriptorProblems(descriptor);
    if (problems.length > 0) return { ok: false, problem: problems.join('; ') };
    const desk = descriptor as SiteDescriptor;
    const snapshot = adapterFromDescriptor(desk).read(doc);
    if (!snapshot) return { ok: false, problem: missingTranscript(doc, desk) };
    const speakers: Record<Speaker, number> = { customer: 0, agent: 0, system: 0 };
    for (const message of snapshot.messages) speakers[message.speaker]++;
    const sample = snapshot.messages.slice(0, SAMPLE_SIZE).map((m) => ({ speaker: m.speaker, excerpt: excerpt(m.text) }));
    return { ok: true, messages: snapshot.messages.length, speakers, ...(snapshot.customerName ? { customerName: snapshot.customerName } : {}), sample };
  } catch (error) {
    return { ok: false, problem: `reading the page failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Registers the answer on the content script's message channel. */
export function answerSiteChecks(doc: Document): void {
  answerRuntimeMessages((message) => (isSiteCheckRequest(message) ? Promise.resolve(checkSite(doc, message.descriptor)) : undefined));
}

function missingTranscript(doc: Document, desk: SiteDescriptor): string {
  const found = queryFirstDeep(doc, desk.transcript);
  return found
    ? `transcript: found, but the page's chat could not be read with message "${desk.message}"`
    : `transcript: no element on this page matches "${desk.transcript}"`;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line;
}
