// Everything the content script does on one helpdesk tab: read the page when it changes, turn
// reads into turns, keep the worker in sync (replaying after it restarts), send the agent's
// draft, insert suggestions, and report whether reading still works.
import { editableText } from '../adapters/dom';
import type { ChatReader, ChatSnapshot, PageChanges, SiteAdapter } from '../adapters/types';
import type { SiteDescriptor } from '../engine/types';
import { answerRuntimeMessages } from '../platform/browser';
import { isTabReadingQuestion, type PageStatus, type PageToWorker, type TabReadingAnswer, type WorkerToPage } from '../platform/protocol';
import { CaretMemory, insertIntoComposer } from './composerInsert';
import { ConversationTracker } from './conversationTracker';
import { HealthReport } from './healthReport';
import { scheduleReads } from './readScheduler';
import { WorkerLink } from './workerLink';

// The agent is mid-word most of the time: analyse the draft once typing pauses.
const DRAFT_PAUSE_MS = 250;
const EXCERPT_CHARS = 80;
// A desk re-rendering its transcript takes it away for a moment; gone longer than this, reading stalled.
const STALL_GRACE_MS = 1_500;

export interface PageSessionOptions {
  doc: Document;
  /** `described`: the desks of the policy and the user (CONTRACTS §4), ahead of the built-in ones. */
  adapterFor(url: string, described: readonly SiteDescriptor[]): SiteAdapter | undefined;
  /** Wraps callbacks so nothing ever throws into the page. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

export function startPageSession({ doc, adapterFor, guard }: PageSessionOptions): void {
  let tracker = new ConversationTracker();
  /** The described desks, once the worker sent them; until then a page no built-in desk knows waits. */
  let described: SiteDescriptor[] | undefined;
  const caret = new CaretMemory(doc);
  let adapter: SiteAdapter | undefined;
  /** The adapter's reader for this page: it remembers the transcript between reads. */
  let reader: ChatReader | undefined;
  let adapterUrl = '';
  let snapshot: ChatSnapshot | null = null;
  let status: PageStatus = 'no-chat';
  let lastReadAt = 0;
  let readUrl = '';
  let sentTurns = 0;
  /** The worker must start this conversation over from turn 0 (new session, edit, fresh worker). */
  let restart = true;
  let draftSent: string | undefined;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** Since when the transcript being read is gone or empty (same address, same conversation). */
  let lostSince: number | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Which parts of the page the last read found (adapter health). */
  const health = new HealthReport();

  const link = new WorkerLink(
    guard((message: WorkerToPage) => onWorkerMessage(message)),
    guard(() => {
      // A fresh port: the worker may know nothing about us.
      sentTurns = 0;
      restart = true;
      draftSent = undefined;
      link.post({ type: 'hello', url: location.href, site: adapter?.id, siteName: adapter?.name, status });
      postHealth();
      syncTurns();
      syncDraft();
    }),
    guard(() => stopReading()),
  );

  /** This copy is an orphan (the extension was updated under the page): the new copy reads from now on. */
  function stopReading(): void {
    scheduler.stop();
    clearTimeout(draftTimer);
    clearTimeout(graceTimer);
    listening.abort();
  }

  function currentAdapter(): SiteAdapter | undefined {
    if (location.href !== adapterUrl) {
      adapterUrl = location.href;
      const next = adapterFor(adapterUrl, described ?? []);
      if (next !== adapter) {
        reader = next?.reader(doc);
        // Another desk's reader keys messages its own way: read the chat afresh, not as a diff.
        if (adapter) startOver();
      }
      adapter = next;
    }
    return adapter;
  }

  /** The agent typed: only the draft changed, so the transcript is not read again. */
  function readDraft(composer: HTMLElement): void {
    snapshot = { ...snapshot!, draft: editableText(composer) };
    scheduleDraft(snapshot.draft);
  }

  /** `changes`: what the page's mutations since the last read were; undefined reads everything. */
  function read(draftOnly: boolean, changes?: PageChanges): void {
    if (!link.alive) return scheduler.stop();
    if (draftOnly && snapshot?.composer?.isConnected) return readDraft(snapshot.composer);
    const site = currentAdapter();
    const previousStatus = status;
    // The reader itself notices another conversation (another scope or transcript) and reads it whole.
    snapshot = site && reader ? reader.read(changes) : null;
    const lost = site !== undefined && transcriptLost(snapshot, previousStatus);
    if (!site) status = described === undefined ? 'no-chat' : 'unrecognised';
    // Same address, the transcript read so far gone or emptied: the desk changed its markup under
    // us, unless it comes back within the grace period (a re-render).
    else if (lost) status = lostFor() >= STALL_GRACE_MS ? 'stalled' : previousStatus;
    else status = snapshot ? 'reading' : 'no-chat';
    if (!lost) {
      lostSince = undefined;
      clearTimeout(graceTimer);
      graceTimer = undefined;
    }

    if (snapshot && !lost) {
      lastReadAt = Date.now();
      readUrl = location.href;
      const change = tracker.apply(snapshot, lastReadAt);
      if (change.kind === 'restart') {
        sentTurns = 0;
        restart = true;
        draftSent = undefined;
      }
      if (change.kind !== 'none') syncTurns();
      // A long transcript's first read comes in slices: the next one after the page has run.
      if (snapshot.moreToRead) scheduler.readMore();
      scheduleDraft(snapshot.draft);
    }
    const healthChanged = health.note({ adapter: site !== undefined, snapshot, lost, stalled: status === 'stalled' });
    if (status !== previousStatus || healthChanged) postHealth();
  }

  /**
   * The transcript this page was reading (same address, same conversation) is gone, or there but
   * without a single message where the tracker holds some: not a conversation that ended.
   */
  function transcriptLost(read: ChatSnapshot | null, previousStatus: PageStatus): boolean {
    if (previousStatus !== 'reading' && previousStatus !== 'stalled') return false;
    if (readUrl !== location.href) return false;
    if (!read) return true;
    return read.messages.length === 0 && read.conversationKey === tracker.conversationKey && tracker.lastMessage() !== undefined;
  }

  /** How long the transcript has been lost; the first time, a read after the grace period is booked. */
  function lostFor(): number {
    const now = Date.now();
    if (lostSince === undefined) {
      lostSince = now;
      // Nothing may change on the page meanwhile: look again once the grace period is over.
      graceTimer = setTimeout(guard(() => {
        graceTimer = undefined;
        scheduler.poke();
      }), STALL_GRACE_MS);
    }
    return now - lostSince;
  }

  function syncTurns(): void {
    const key = tracker.conversationKey;
    // ensure() first: opening a fresh port replays everything by itself.
    if (key === undefined || !link.ensure()) return;
    const total = tracker.turnCount;
    if (!restart && sentTurns >= total) return;
    const message: PageToWorker = {
      type: 'turns',
      conversationKey: key,
      site: adapter?.id,
      customerName: tracker.customerName,
      from: sentTurns,
      // Only what the worker lacks: a long chat is not copied on every message.
      turns: tracker.turnsFrom(sentTurns),
      total,
    };
    sentTurns = total;
    restart = false;
    link.post(message);
  }

  function scheduleDraft(draft: string): void {
    if (draft === draftSent) return;
    clearTimeout(draftTimer);
    draftTimer = setTimeout(guard(syncDraft), DRAFT_PAUSE_MS);
  }

  function syncDraft(): void {
    const key = tracker.conversationKey;
    const draft = snapshot?.draft ?? '';
    if (key === undefined || !link.ensure() || draft === draftSent) return;
    draftSent = draft;
    link.post({ type: 'draft', conversationKey: key, text: draft });
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

  function startOver(): void {
    tracker = new ConversationTracker();
    snapshot = null;
    sentTurns = 0;
    restart = true;
    draftSent = undefined;
  }

  /** The worker's described desks: pick the adapter again, and tell the worker if it changed. */
  function useDescribedSites(descriptors: SiteDescriptor[]): void {
    if (described && JSON.stringify(descriptors) === JSON.stringify(described)) return;
    described = descriptors;
    const before = adapter;
    adapterUrl = '';
    read(false);
    if (adapter !== before) link.post({ type: 'hello', url: location.href, site: adapter?.id, siteName: adapter?.name, status });
  }

  function onWorkerMessage(message: WorkerToPage): void {
    if (message.type === 'sites') {
      useDescribedSites(message.descriptors);
    } else if (message.type === 'replay') {
      // The worker lost (part of) the conversation: resend from where it is.
      sentTurns = Math.min(sentTurns, message.from);
      restart ||= sentTurns === 0;
      syncTurns();
    } else if (message.type === 'insert') {
      // Catch up with the page first: the agent may have switched conversations a moment ago.
      scheduler.flush();
      const composer = snapshot?.composer?.isConnected ? snapshot.composer : (currentAdapter()?.read(doc)?.composer ?? null);
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
    const reading = health.current;
    const answer: TabReadingAnswer = { site: adapter?.id, siteName: adapter?.name, status, ...(reading ? { reading } : {}) };
    return Promise.resolve(answer);
  });
}
