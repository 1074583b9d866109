// Everything the content script does on one helpdesk tab: read the page when it changes, turn
// reads into turns, keep the worker in sync (replaying after it restarts), send the agent's
// draft, insert suggestions, and report whether reading still works. The jobs live beside it
// (adapterChoice, transcriptLoss, turnSync, draftSync); this file wires them to the page.
import { editableText } from '../adapters/dom';
import type { ChatSnapshot, PageChanges } from '../adapters/types';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { answerRuntimeMessages } from '../platform/browser';
import { isTabReadingQuestion, type PageStatus, type TabReadingAnswer, type WorkerToPage } from '../platform/protocol';
import { AdapterChoice, type AdapterLookup } from './adapterChoice';
import { CaretMemory, insertIntoComposer } from './composerInsert';
import { ConversationTracker } from './conversationTracker';
import { DraftSync } from './draftSync';
import { HealthReport } from './healthReport';
import { scheduleReads } from './readScheduler';
import { TranscriptLoss } from './transcriptLoss';
import { TurnSync } from './turnSync';
import { WorkerLink } from './workerLink';

const EXCERPT_CHARS = 80;

export interface PageSessionOptions {
  doc: Document;
  /** `described`: the desks of the policy and the user (docs/interfaces.md §4), ahead of the built-in ones. */
  adapterFor: AdapterLookup;
  /** Wraps callbacks so nothing ever throws into the page. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

export function startPageSession({ doc, adapterFor, guard }: PageSessionOptions): void {
  let tracker = new ConversationTracker();
  let snapshot: ChatSnapshot | null = null;
  let status: PageStatus = 'no-chat';
  let lastReadAt = 0;
  const caret = new CaretMemory(doc);
  /** Which parts of the page the last read found (adapter health). */
  const health = new HealthReport();
  const choice = new AdapterChoice(doc, adapterFor, () => startOver());
  const loss = new TranscriptLoss(guard(() => scheduler.poke()));

  const link = new WorkerLink(
    guard((message: WorkerToPage) => onWorkerMessage(message)),
    guard(() => {
      // A fresh port: the worker may know nothing about us.
      workerStartsOver();
      sayHello();
      postHealth();
      turns.sync(tracker, choice.adapter?.id);
      draft.sync();
    }),
    guard(() => stopReading()),
  );
  const turns = new TurnSync(link);
  const draft = new DraftSync(link, () => ({ conversationKey: tracker.conversationKey, draft: snapshot?.draft ?? '' }), guard);

  /** The worker's copy of this conversation is gone or wrong: turns from 0, and the draft again. */
  function workerStartsOver(): void {
    turns.startOver();
    draft.startOver();
  }

  /** Another desk reads the page: nothing read so far counts. */
  function startOver(): void {
    tracker = new ConversationTracker();
    snapshot = null;
    workerStartsOver();
  }

  /** This copy is an orphan (the extension was updated under the page): the new copy reads from now on. */
  function stopReading(): void {
    scheduler.stop();
    draft.stop();
    loss.stop();
    listening.abort();
  }

  /** The agent typed: only the draft changed, so the transcript is not read again. */
  function readDraft(composer: HTMLElement): void {
    snapshot = { ...snapshot!, draft: editableText(composer) };
    draft.schedule(snapshot.draft);
  }

  /** `changes`: what the page's mutations since the last read were; undefined reads everything. */
  function read(draftOnly: boolean, changes?: PageChanges): void {
    if (!link.alive) return scheduler.stop();
    if (draftOnly && snapshot?.composer?.isConnected) return readDraft(snapshot.composer);
    const site = choice.current();
    const reader = choice.reader;
    const previousStatus = status;
    // The reader itself notices another conversation (another scope or transcript) and reads it whole.
    snapshot = site && reader ? reader.read(changes) : null;
    const lost = site !== undefined && loss.isLost(snapshot, previousStatus, tracker);
    if (!site) status = choice.describedKnown ? 'unrecognised' : 'no-chat';
    // Same address, the transcript read so far gone or emptied: the desk changed its markup under
    // us, unless it comes back within the grace period (a re-render).
    else if (lost) status = loss.stalled() ? 'stalled' : previousStatus;
    else status = snapshot ? 'reading' : 'no-chat';
    if (!lost) loss.notLost(snapshot !== null);

    if (snapshot && !lost) {
      lastReadAt = Date.now();
      const change = tracker.apply(snapshot, lastReadAt);
      if (change.kind === 'restart') workerStartsOver();
      if (change.kind !== 'none') turns.sync(tracker, site?.id);
      // A long transcript's first read comes in slices: the next one after the page has run.
      if (snapshot.moreToRead) scheduler.readMore();
      draft.schedule(snapshot.draft);
    }
    const healthChanged = health.note({ adapter: site !== undefined, snapshot, lost, stalled: status === 'stalled' });
    if (status !== previousStatus || healthChanged) postHealth();
  }

  function sayHello(): void {
    const adapter = choice.adapter;
    link.post({ type: 'hello', url: location.href, site: adapter?.id, siteName: adapter?.name, status });
  }

  function postHealth(): void {
    if (!link.ensure()) return;
    const last = tracker.lastMessage();
    const reading = health.tell();
    link.post({
      type: 'health',
      status,
      ...(reading ? { reading } : {}),
      lastRead: last && {
        speaker: last.speaker,
        excerpt: (last.text ?? '').slice(0, EXCERPT_CHARS),
        readAt: lastReadAt,
      },
    });
  }

  /** The worker's described desks: pick the adapter again, and tell the worker if it changed. */
  function useDescribedSites(descriptors: SiteDescriptor[]): void {
    if (!choice.useDescribed(descriptors)) return;
    const before = choice.adapter;
    read(false);
    if (choice.adapter !== before) sayHello();
  }

  function onWorkerMessage(message: WorkerToPage): void {
    if (message.type === 'sites') {
      useDescribedSites(message.descriptors);
    } else if (message.type === 'replay') {
      // The worker lost (part of) the conversation: resend from where it is.
      turns.replayFrom(message.from);
      turns.sync(tracker, choice.adapter?.id);
    } else if (message.type === 'insert') {
      // Catch up with the page first: the agent may have switched conversations a moment ago.
      scheduler.flush();
      const composer = snapshot?.composer?.isConnected ? snapshot.composer : (choice.current()?.read(doc)?.composer ?? null);
      const outcome = insertIntoComposer(composer, message.text, caret, { replace: message.replace === true });
      link.post({ type: 'inserted', requestId: message.requestId, ...outcome });
    }
  }

  const inDraft = (node: Node) => snapshot?.composer?.contains(node) ?? false;
  const listening = new AbortController();
  const scheduler = scheduleReads(doc, guard(read), inDraft);
  // Typing in a <textarea> changes no DOM; the draft still needs reading.
  doc.addEventListener('input', guard((event: Event) => scheduler.poke(event.composedPath()[0] as Node | undefined)), { capture: true, passive: true, signal: listening.signal });
  doc.addEventListener('selectionchange', guard(() => caret.remember(snapshot?.composer ?? null)), { passive: true, signal: listening.signal });
  guard(read)(false, undefined);
  // Say hello even when there is nothing to read, so the panel can explain why.
  link.ensure();
  // The options page asks every open desk tab how reading goes there.
  answerRuntimeMessages((message) => {
    if (!isTabReadingQuestion(message)) return undefined;
    const adapter = choice.adapter;
    const reading = health.current;
    const answer: TabReadingAnswer = { site: adapter?.id, siteName: adapter?.name, status, ...(reading ? { reading } : {}) };
    return Promise.resolve(answer);
  });
}
