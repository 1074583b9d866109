// The options page's view of reading in every open desk tab: it asks each tab's content script
// (PageSession answers `reading-health`); tabs where none of ours runs do not answer and are left out.
import { askTab, visibleTabs } from '../platform/browser';
import type { TabReadingAnswer, TabReadingQuestion } from '../platform/protocol';
import { answerWithin } from './answerWithin';

// The content script answers from what it holds; this only bounds a hung tab.
const ANSWER_TIMEOUT_MS = 1000;

export interface TabReading extends TabReadingAnswer {
  tabId: number;
  title: string;
  url: string;
}

export async function readingInOpenTabs(): Promise<TabReading[]> {
  const question: TabReadingQuestion = { type: 'reading-health' };
  const tabs = await visibleTabs();
  const answers = await Promise.all(
    tabs.map(async (tab) => {
      try {
        const answer = (await answerWithin(askTab(tab.id, question), ANSWER_TIMEOUT_MS)) as TabReadingAnswer | undefined;
        return answer && typeof answer.status === 'string' ? [{ ...answer, tabId: tab.id, title: tab.title, url: tab.url }] : [];
      } catch {
        return []; // no content script of ours there: not a desk tab
      }
    }),
  );
  return answers.flat();
}
