// How long one read of the page may take before it lets the page run.
import type { ReadBudget } from '../types';

/**
 * How long one read may spend reading messages before it hands back the oldest part of the
 * transcript (`moreToRead`) and lets the page run: a page that opens with 2,000 messages would
 * otherwise be one task of ~100 ms. Well under the 50 ms of a long task, with room for the rest
 * of the read (collecting elements, the tracker, posting turns).
 */
export const READ_SLICE_MS = 8;

/** The content script's budget, on the page's clock. */
export const PAGE_READ_BUDGET: ReadBudget = { sliceMs: READ_SLICE_MS, now: () => performance.now() };
/** No budget: everything in one read. */
export const WHOLE_READ: ReadBudget = { sliceMs: Infinity, now: () => 0 };
