// A trainer's reading of the cards, by the card-quality protocol (bench/README.md), with several
// graders: the reading set of the twcs dev half (dialogue_id % 8 == 0, never tuned on) and the
// hard chats written for the purpose (bench/hard-chats, bench/hard-chats-2), cards listed after each chat's last
// customer turn or agent draft.
//   npx tsx bench/cardReading.ts pack DIR [SOURCE…] writes DIR/pack.md (for graders) and DIR/key.json
//                                                  (SOURCE: e.g. 'hard chat, third set' — only those chats)
//   npx tsx bench/cardReading.ts restatements DIR  every restatement shown, after the message it answers
//   npx tsx bench/cardReading.ts learning DIR [EVERY] the learning dialogues (one in EVERY), to tune on
//   npx tsx bench/cardReading.ts score DIR G1 G2…  reads graders' JSON lines, writes bench/results/card-reading.json
// A grader's line: {"item": "twcs-8", "card": 1, "grade": "good" | "acceptable" | "bad", "why": "…"}.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript, Turn } from '../src/engine/types';
import { isReadingSet, readDialogues } from '../scripts/mood/dialogues';
import { bundledCardEngine } from './cards';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const CONTEXT_TURNS = 6;

type Grade = 'good' | 'acceptable' | 'bad';

interface ReadItem {
  item: string;
  /** Where the chat comes from: the twcs reading set or learning dialogues, or a set of hard chats ("hard chat, third set"). */
  source: 'twcs reading set' | 'twcs learning dialogues' | `hard chat${string}`;
  /** The turns before the cards, oldest first, as "speaker: text". */
  context: string[];
  cards: { card: number; kind: string; text: string }[];
  /** The chat needed help at that point: an upset customer or a draft that admits fault or promises. */
  needsHelp: boolean;
}

function text(turn: Turn): string {
  return 'text' in turn && typeof turn.text === 'string' ? turn.text : turn.speaker === 'customer' ? '(typing…)' : '';
}

function itemsOf(transcripts: readonly { transcript: Transcript; source: ReadItem['source']; frustratedAt: Set<number> }[]): ReadItem[] {
  const engine = bundledCardEngine();
  const items: ReadItem[] = [];
  for (const { transcript, source, frustratedAt } of transcripts) {
    const { turns: _, ...info } = transcript;
    const conversation = engine.startConversation(info);
    const results = transcript.turns.map((t) => conversation.addTurn(t));
    // The last customer message (or agent draft, which comes last) is where the cards are read.
    let at = transcript.turns.length - 1;
    while (at > 0 && !(transcript.turns[at]!.speaker === 'customer' && 'text' in transcript.turns[at]! && !('typing' in transcript.turns[at]! && transcript.turns[at]!.typing)) && !('draft' in transcript.turns[at]! && transcript.turns[at]!.draft)) at--;
    const result = results[at]!;
    const turn = transcript.turns[at]!;
    const isDraft = 'draft' in turn && Boolean(turn.draft);
    const needsHelp =
      frustratedAt.has(at) || result.mood !== 'calm' || (isDraft && result.flags.some((f) => f.category === 'liability-admission' || f.category === 'overpromise'));
    items.push({
      item: transcript.id ?? `chat-${items.length}`,
      source,
      context: transcript.turns.slice(Math.max(0, at - CONTEXT_TURNS + 1), at + 1).map((t) => `${'draft' in t && t.draft ? 'agent (draft, unsent)' : t.speaker}: ${text(t)}`),
      cards: result.suggestions.map((s, i) => ({ card: i + 1, kind: s.kind, text: s.text })),
      needsHelp,
    });
  }
  return items;
}

function readingTranscripts() {
  const twcs = readDialogues()
    .filter((d) => isReadingSet(d.id))
    .map((d) => ({
      transcript: { id: `twcs-${d.id}`, turns: d.turns.map((t) => ({ speaker: t.speaker, text: t.text })) } as Transcript,
      source: 'twcs reading set' as const,
      frustratedAt: new Set(d.turns.flatMap((t, i) => ((t.score ?? 0) >= 2 ? [i] : []))),
    }));
  // The second set was written after the first reading, blind like the first.
  const hard = (
    [
      ['hard-chats', 'hard chat'],
      ['hard-chats-2', 'hard chat, second set'],
      ['hard-chats-3', 'hard chat, third set'],
      ['hard-chats-4', 'hard chat, fourth set'],
      ['hard-chats-5', 'hard chat, fifth set'],
      ['hard-chats-6', 'hard chat, sixth set'],
      ['hard-chats-7', 'hard chat, seventh set'],
      ['hard-chats-8', 'hard chat, eighth set'],
      ['hard-chats-9', 'hard chat, ninth set'],
      ['hard-chats-10', 'hard chat, tenth set'],
      ['hard-chats-11', 'hard chat, eleventh set'],
      ['hard-chats-12', 'hard chat, twelfth set'],
      ['hard-chats-13', 'hard chat, thirteenth set'],
      ['hard-chats-14', 'hard chat, fourteenth set'],
      ['hard-chats-15', 'hard chat, fifteenth set'],
      ['hard-chats-16', 'hard chat, sixteenth set'],
      ['hard-chats-17', 'hard chat, seventeenth set'],
      ['hard-chats-18', 'hard chat, eighteenth set (openings)'],
      ['hard-chats-19', 'hard chat, nineteenth set'],
      ['hard-chats-20', 'hard chat, twentieth set (openings)'],
      ['hard-chats-21', 'hard chat, twenty-first set (openings)'],
      ['hard-chats-22', 'hard chat, twenty-second set'],
      ['hard-chats-23', 'hard chat, twenty-third set (drafts)'],
      ['hard-chats-24', 'hard chat, twenty-fourth set (drafts)'],
      ['hard-chats-25', 'hard chat, twenty-fifth set (drafts)'],
      ['hard-chats-26', 'hard chat, twenty-sixth set'],
      ['hard-chats-27', 'hard chat, twenty-seventh set (openings)'],
      ['hard-chats-28', 'hard chat, twenty-eighth set'],
      ['hard-chats-29', 'hard chat, twenty-ninth set (mid-case)'],
      ['hard-chats-30', 'hard chat, thirtieth set (drafts)'],
      ['hard-chats-31', 'hard chat, thirty-first set (openings)'],
      ['hard-chats-32', 'hard chat, thirty-second set'],
      ['hard-chats-33', 'hard chat, thirty-third set (drafts)'],
      ['hard-chats-34', 'hard chat, thirty-fourth set (mid-case)'],
      ['hard-chats-35', 'hard chat, thirty-fifth set'],
      ['hard-chats-36', 'hard chat, thirty-sixth set (drafts)'],
      ['hard-chats-37', 'hard chat, thirty-seventh set'],
      ['hard-chats-38', 'hard chat, thirty-eighth set (drafts)'],
      ['hard-chats-39', 'hard chat, thirty-ninth set'],
      ['hard-chats-40', 'hard chat, fortieth set (drafts)'],
      ['hard-chats-41', 'hard chat, forty-first set'],
      ['hard-chats-42', 'hard chat, forty-second set (openings)'],
      ['hard-chats-43', 'hard chat, forty-third set'],
      ['hard-chats-44', 'hard chat, forty-fourth set (openings)'],
      ['hard-chats-45', 'hard chat, forty-fifth set'],
      ['hard-chats-46', 'hard chat, forty-sixth set (openings)'],
      ['hard-chats-47', 'hard chat, forty-seventh set'],
      ['hard-chats-48', 'hard chat, forty-eighth set (openings)'],
      ['hard-chats-49', 'hard chat, forty-ninth set (openings)'],
      ['hard-chats-50', 'hard chat, fiftieth set'],
      ['hard-chats-51', 'hard chat, fifty-first set'],
      ['hard-chats-52', 'hard chat, fifty-second set (openings)'],
      ['hard-chats-53', 'hard chat, fifty-third set (openings)'],
      ['hard-chats-54', 'hard chat, fifty-fourth set'],
      ['hard-chats-55', 'hard chat, fifty-fifth set'],
      ['hard-chats-56', 'hard chat, fifty-sixth set (openings)'],
      ['hard-chats-57', 'hard chat, fifty-seventh set (openings)'],
      ['hard-chats-58', 'hard chat, fifty-eighth set (drafts)'],
      ['hard-chats-59', 'hard chat, fifty-ninth set (drafts)'],
      ['hard-chats-60', 'hard chat, sixtieth set'],
      ['hard-chats-61', 'hard chat, sixty-first set (drafts)'],
      ['hard-chats-62', 'hard chat, sixty-second set (openings)'],
      ['hard-chats-63', 'hard chat, sixty-third set'],
      ['hard-chats-64', 'hard chat, sixty-fourth set (drafts)'],
      ['hard-chats-65', 'hard chat, sixty-fifth set (openings)'],
      ['hard-chats-66', 'hard chat, sixty-sixth set (drafts)'],
      ['hard-chats-67', 'hard chat, sixty-seventh set (drafts)'],
      ['hard-chats-68', 'hard chat, sixty-eighth set'],
      ['hard-chats-69', 'hard chat, sixty-ninth set (drafts)'],
      ['hard-chats-70', 'hard chat, seventieth set'],
      ['hard-chats-71', 'hard chat, seventy-first set (drafts)'],
      ['hard-chats-72', 'hard chat, seventy-second set'],
      ['hard-chats-73', 'hard chat, seventy-third set'],
      ['hard-chats-74', 'hard chat, seventy-fourth set (drafts)'],
      ['hard-chats-75', 'hard chat, seventy-fifth set'],
      ['hard-chats-76', 'hard chat, seventy-sixth set (drafts)'],
      ['hard-chats-77', 'hard chat, seventy-seventh set'],
      ['hard-chats-78', 'hard chat, seventy-eighth set (drafts)'],
      ['hard-chats-79', 'hard chat, seventy-ninth set'],
      ['hard-chats-80', 'hard chat, eightieth set'],
      ['hard-chats-81', 'hard chat, eighty-first set'],
      ['hard-chats-82', 'hard chat, eighty-second set (mid-case)'],
      ['hard-chats-83', 'hard chat, eighty-third set (mid-case)'],
      ['hard-chats-84', 'hard chat, eighty-fourth set'],
      ['hard-chats-85', 'hard chat, eighty-fifth set (mid-case)'],
      ['hard-chats-86', 'hard chat, eighty-sixth set (mid-case)'],
      ['hard-chats-87', 'hard chat, eighty-seventh set'],
      ['hard-chats-88', 'hard chat, eighty-eighth set (mid-case)'],
      ['hard-chats-89', 'hard chat, eighty-ninth set (mid-case)'],
      ['hard-chats-90', 'hard chat, ninetieth set'],
      ['hard-chats-91', 'hard chat, ninety-first set (mid-case)'],
      ['hard-chats-92', 'hard chat, ninety-second set (mid-case)'],
      ['hard-chats-93', 'hard chat, ninety-third set'],
      ['hard-chats-94', 'hard chat, ninety-fourth set (mid-case)'],
      ['hard-chats-95', 'hard chat, ninety-fifth set (mid-case)'],
      ['hard-chats-96', 'hard chat, ninety-sixth set'],
      ['hard-chats-97', 'hard chat, ninety-seventh set'],
      ['hard-chats-98', 'hard chat, ninety-eighth set (mid-case)'],
      ['hard-chats-99', 'hard chat, ninety-ninth set (mid-case)'],
      ['hard-chats-100', 'hard chat, hundredth set'],
      ['hard-chats-101', 'hard chat, hundred-first set'],
      ['hard-chats-102', 'hard chat, hundred-second set (drafts)'],
      ['hard-chats-103', 'hard chat, hundred-third set (drafts)'],
      ['hard-chats-104', 'hard chat, hundred-fourth set (drafts)'],
      ['hard-chats-105', 'hard chat, hundred-fifth set (drafts)'],
      ['hard-chats-106', 'hard chat, hundred-sixth set (drafts)'],
      ['hard-chats-107', 'hard chat, hundred-seventh set (drafts)'],
      ['hard-chats-108', 'hard chat, hundred-eighth set (drafts)'],
      ['hard-chats-109', 'hard chat, hundred-ninth set (drafts)'],
      ['hard-chats-110', 'hard chat, hundred-tenth set'],
      ['hard-chats-111', 'hard chat, hundred-eleventh set'],
      ['hard-chats-112', 'hard chat, hundred-twelfth set'],
      ['hard-chats-113', 'hard chat, hundred-thirteenth set'],
      ['hard-chats-114', 'hard chat, hundred-fourteenth set'],
      ['hard-chats-115', 'hard chat, hundred-fifteenth set (drafts)'],
      ['hard-chats-116', 'hard chat, hundred-sixteenth set'],
      ['hard-chats-117', 'hard chat, hundred-seventeenth set'],
      ['hard-chats-118', 'hard chat, hundred-eighteenth set'],
      ['hard-chats-119', 'hard chat, hundred-nineteenth set'],
      ['hard-chats-120', 'hard chat, hundred-twentieth set'],
      ['hard-chats-121', 'hard chat, hundred-twenty-first set'],
      ['hard-chats-122', 'hard chat, hundred-twenty-second set'],
      ['hard-chats-123', 'hard chat, hundred-twenty-third set'],
      ['hard-chats-124', 'hard chat, hundred-twenty-fourth set'],
      ['hard-chats-125', 'hard chat, hundred-twenty-fifth set'],
      ['hard-chats-126', 'hard chat, hundred-twenty-sixth set'],
      ['hard-chats-127', 'hard chat, hundred-twenty-seventh set'],
      ['hard-chats-128', 'hard chat, hundred-twenty-eighth set'],
      ['hard-chats-129', 'hard chat, hundred-twenty-ninth set'],
      ['hard-chats-130', 'hard chat, hundred-thirtieth set'],
      ['hard-chats-131', 'hard chat, hundred-thirty-first set'],
      ['hard-chats-132', 'hard chat, hundred-thirty-second set'],
      ['hard-chats-133', 'hard chat, hundred-thirty-third set'],
      ['hard-chats-134', 'hard chat, hundred-thirty-fourth set'],
      ['hard-chats-135', 'hard chat, hundred-thirty-fifth set'],
      ['hard-chats-136', 'hard chat, hundred-thirty-sixth set'],
      ['hard-chats-137', 'hard chat, hundred-thirty-seventh set'],
      ['hard-chats-138', 'hard chat, hundred-thirty-eighth set'],
      ['hard-chats-139', 'hard chat, hundred-thirty-ninth set'],
      ['hard-chats-140', 'hard chat, hundred-fortieth set'],
      ['hard-chats-141', 'hard chat, hundred-forty-first set'],
      ['hard-chats-142', 'hard chat, hundred-forty-second set'],
      ['hard-chats-143', 'hard chat, hundred-forty-third set'],
      ['hard-chats-144', 'hard chat, hundred-forty-fourth set'],
      ['hard-chats-145', 'hard chat, hundred-forty-fifth set'],
      ['hard-chats-146', 'hard chat, hundred-forty-sixth set'],
      ['hard-chats-147', 'hard chat, hundred-forty-seventh set'],
      ['hard-chats-148', 'hard chat, hundred-forty-eighth set'],
      ['hard-chats-149', 'hard chat, hundred-forty-ninth set'],
      ['hard-chats-150', 'hard chat, hundred-fiftieth set'],
      ['hard-chats-151', 'hard chat, hundred-fifty-first set'],
      ['hard-chats-152', 'hard chat, hundred-fifty-second set'],
      ['hard-chats-153', 'hard chat, hundred-fifty-third set'],
      ['hard-chats-154', 'hard chat, hundred-fifty-fourth set'],
      ['hard-chats-155', 'hard chat, hundred-fifty-fifth set'],
      ['hard-chats-156', 'hard chat, hundred-fifty-sixth set'],
      ['hard-chats-157', 'hard chat, hundred-fifty-seventh set'],
      ['hard-chats-158', 'hard chat, hundred-fifty-eighth set'],
      ['hard-chats-159', 'hard chat, hundred-fifty-ninth set'],
      ['hard-chats-160', 'hard chat, hundred-sixtieth set'],
      ['hard-chats-161', 'hard chat, hundred-sixty-first set'],
      ['hard-chats-162', 'hard chat, hundred-sixty-second set'],
      ['hard-chats-163', 'hard chat, hundred-sixty-third set'],
      ['hard-chats-164', 'hard chat, hundred-sixty-fourth set'],
      ['hard-chats-165', 'hard chat, hundred-sixty-fifth set'],
      ['hard-chats-166', 'hard chat, hundred-sixty-sixth set'],
      ['hard-chats-167', 'hard chat, hundred-sixty-seventh set'],
      ['hard-chats-168', 'hard chat, hundred-sixty-eighth set'],
      ['hard-chats-169', 'hard chat, hundred-sixty-ninth set'],
      ['hard-chats-170', 'hard chat, hundred-seventieth set'],
      ['hard-chats-171', 'hard chat, hundred-seventy-first set'],
      ['hard-chats-172', 'hard chat, hundred-seventy-second set'],
      ['hard-chats-173', 'hard chat, hundred-seventy-third set'],
      ['hard-chats-174', 'hard chat, hundred-seventy-fourth set'],
      ['hard-chats-175', 'hard chat, hundred-seventy-fifth set'],
      ['hard-chats-176', 'hard chat, hundred-seventy-sixth set'],
      ['hard-chats-177', 'hard chat, hundred-seventy-seventh set'],
      ['hard-chats-178', 'hard chat, hundred-seventy-eighth set'],
      ['hard-chats-179', 'hard chat, hundred-seventy-ninth set'],
      ['hard-chats-180', 'hard chat, hundred-eightieth set'],
      ['hard-chats-181', 'hard chat, hundred-eighty-first set'],
      ['hard-chats-182', 'hard chat, hundred-eighty-second set'],
      ['hard-chats-183', 'hard chat, hundred-eighty-third set'],
      ['hard-chats-184', 'hard chat, hundred-eighty-fourth set'],
      ['hard-chats-185', 'hard chat, hundred-eighty-fifth set'],
      ['hard-chats-186', 'hard chat, hundred-eighty-sixth set'],
      ['hard-chats-187', 'hard chat, hundred-eighty-seventh set'],
      ['hard-chats-188', 'hard chat, hundred-eighty-eighth set'],
      ['hard-chats-189', 'hard chat, hundred-eighty-ninth set'],
      ['hard-chats-190', 'hard chat, hundred-ninetieth set'],
      ['hard-chats-191', 'hard chat, hundred-ninety-first set'],
      ['hard-chats-192', 'hard chat, hundred-ninety-second set'],
      ['hard-chats-193', 'hard chat, hundred-ninety-third set'],
      ['hard-chats-194', 'hard chat, hundred-ninety-fourth set'],
      ['hard-chats-195', 'hard chat, hundred-ninety-fifth set'],
      ['hard-chats-196', 'hard chat, hundred-ninety-sixth set'],
      ['hard-chats-197', 'hard chat, hundred-ninety-seventh set'],
      ['hard-chats-198', 'hard chat, hundred-ninety-eighth set'],
      ['hard-chats-199', 'hard chat, hundred-ninety-ninth set'],
      ['hard-chats-200', 'hard chat, two-hundredth set'],
      ['hard-chats-201', 'hard chat, two-hundred-and-first set'],
      ['hard-chats-202', 'hard chat, two-hundred-and-second set'],
      ['hard-chats-203', 'hard chat, two-hundred-and-third set'],
      ['hard-chats-204', 'hard chat, two-hundred-and-fourth set'],
      ['hard-chats-205', 'hard chat, two-hundred-and-fifth set'],
      ['hard-chats-206', 'hard chat, two-hundred-and-sixth set'],
      ['hard-chats-207', 'hard chat, two-hundred-and-seventh set'],
      ['hard-chats-208', 'hard chat, two-hundred-and-eighth set'],
      ['hard-chats-209', 'hard chat, two-hundred-and-ninth set'],
      ['hard-chats-210', 'hard chat, two-hundred-and-tenth set'],
      ['hard-chats-211', 'hard chat, two-hundred-and-eleventh set'],
      ['hard-chats-212', 'hard chat, two-hundred-and-twelfth set'],
      ['hard-chats-213', 'hard chat, two-hundred-and-thirteenth set'],
      ['hard-chats-214', 'hard chat, two-hundred-and-fourteenth set'],
      ['hard-chats-215', 'hard chat, two-hundred-and-fifteenth set'],
      ['hard-chats-216', 'hard chat, two-hundred-and-sixteenth set'],
      ['hard-chats-217', 'hard chat, two-hundred-and-seventeenth set'],
      ['hard-chats-218', 'hard chat, two-hundred-and-eighteenth set'],
      ['hard-chats-219', 'hard chat, two-hundred-and-nineteenth set'],
      ['hard-chats-220', 'hard chat, two-hundred-and-twentieth set'],
      ['hard-chats-221', 'hard chat, two-hundred-and-twenty-first set'],
      ['hard-chats-222', 'hard chat, two-hundred-and-twenty-second set'],
      ['hard-chats-223', 'hard chat, two-hundred-and-twenty-third set'],
      ['hard-chats-224', 'hard chat, two-hundred-and-twenty-fourth set'],
      ['hard-chats-225', 'hard chat, two-hundred-and-twenty-fifth set'],
      ['hard-chats-226', 'hard chat, two-hundred-and-twenty-sixth set'],
      ['hard-chats-227', 'hard chat, two-hundred-and-twenty-seventh set'],
      ['hard-chats-228', 'hard chat, two-hundred-and-twenty-eighth set'],
      ['hard-chats-229', 'hard chat, two-hundred-and-twenty-ninth set'],
      ['hard-chats-230', 'hard chat, two-hundred-and-thirtieth set'],
      ['hard-chats-231', 'hard chat, two-hundred-and-thirty-first set'],
      ['hard-chats-232', 'hard chat, two-hundred-and-thirty-second set'],
      ['hard-chats-233', 'hard chat, two-hundred-and-thirty-third set'],
      ['hard-chats-234', 'hard chat, two-hundred-and-thirty-fourth set'],
      ['hard-chats-235', 'hard chat, two-hundred-and-thirty-fifth set'],
      ['hard-chats-236', 'hard chat, two-hundred-and-thirty-sixth set'],
      ['hard-chats-237', 'hard chat, two-hundred-and-thirty-seventh set'],
      ['hard-chats-238', 'hard chat, two-hundred-and-thirty-eighth set'],
      ['hard-chats-239', 'hard chat, two-hundred-and-thirty-ninth set'],
      ['hard-chats-240', 'hard chat, two-hundred-and-fortieth set'],
      ['hard-chats-241', 'hard chat, two-hundred-and-forty-first set'],
      ['hard-chats-242', 'hard chat, two-hundred-and-forty-second set'],
      ['hard-chats-243', 'hard chat, two-hundred-and-forty-third set'],
      ['hard-chats-244', 'hard chat, two-hundred-and-forty-fourth set'],
      ['hard-chats-245', 'hard chat, two-hundred-and-forty-fifth set'],
      ['hard-chats-246', 'hard chat, two-hundred-and-forty-sixth set'],
      ['hard-chats-247', 'hard chat, two-hundred-and-forty-seventh set'],
      ['hard-chats-248', 'hard chat, two-hundred-and-forty-eighth set'],
      ['hard-chats-249', 'hard chat, two-hundred-and-forty-ninth set'],
      ['hard-chats-250', 'hard chat, two-hundred-and-fiftieth set'],
      ['hard-chats-251', 'hard chat, two-hundred-and-fifty-first set'],
      ['hard-chats-252', 'hard chat, two-hundred-and-fifty-second set'],
      ['hard-chats-253', 'hard chat, two-hundred-and-fifty-third set'],
      ['hard-chats-254', 'hard chat, two-hundred-and-fifty-fourth set'],
      ['hard-chats-255', 'hard chat, two-hundred-and-fifty-fifth set'],
      ['hard-chats-256', 'hard chat, two-hundred-and-fifty-sixth set'],
      ['hard-chats-257', 'hard chat, two-hundred-and-fifty-seventh set'],
      ['hard-chats-258', 'hard chat, two-hundred-and-fifty-eighth set'],
      ['hard-chats-259', 'hard chat, two-hundred-and-fifty-ninth set'],
      ['hard-chats-260', 'hard chat, two-hundred-and-sixtieth set'],
      ['hard-chats-261', 'hard chat, two-hundred-and-sixty-first set'],
      ['hard-chats-262', 'hard chat, two-hundred-and-sixty-second set'],
      ['hard-chats-263', 'hard chat, two-hundred-and-sixty-third set'],
      ['hard-chats-264', 'hard chat, two-hundred-and-sixty-fourth set'],
      ['hard-chats-265', 'hard chat, two-hundred-and-sixty-fifth set'],
      ['hard-chats-266', 'hard chat, two-hundred-and-sixty-sixth set'],
      ['hard-chats-267', 'hard chat, two-hundred-and-sixty-seventh set'],
      ['hard-chats-268', 'hard chat, two-hundred-and-sixty-eighth set'],
      ['hard-chats-269', 'hard chat, two-hundred-and-sixty-ninth set'],
      ['hard-chats-270', 'hard chat, two-hundred-and-seventieth set'],
      ['hard-chats-271', 'hard chat, two-hundred-and-seventy-first set'],
      ['hard-chats-272', 'hard chat, two-hundred-and-seventy-second set'],
      ['hard-chats-273', 'hard chat, two-hundred-and-seventy-third set'],
      ['hard-chats-274', 'hard chat, two-hundred-and-seventy-fourth set'],
      ['hard-chats-275', 'hard chat, two-hundred-and-seventy-fifth set'],
      ['hard-chats-276', 'hard chat, two-hundred-and-seventy-sixth set'],
      ['hard-chats-277', 'hard chat, two-hundred-and-seventy-seventh set'],
      ['hard-chats-278', 'hard chat, two-hundred-and-seventy-eighth set'],
      ['hard-chats-279', 'hard chat, two-hundred-and-seventy-ninth set'],
      ['hard-chats-280', 'hard chat, two-hundred-and-eightieth set'],
      ['hard-chats-281', 'hard chat, two-hundred-and-eighty-first set'],
      ['hard-chats-282', 'hard chat, two-hundred-and-eighty-second set'],
      ['hard-chats-283', 'hard chat, two-hundred-and-eighty-third set'],
      ['hard-chats-284', 'hard chat, two-hundred-and-eighty-fourth set'],
      ['hard-chats-285', 'hard chat, two-hundred-and-eighty-fifth set'],
      ['hard-chats-286', 'hard chat, two-hundred-and-eighty-sixth set'],
      ['hard-chats-287', 'hard chat, two-hundred-and-eighty-seventh set'],
      ['hard-chats-288', 'hard chat, two-hundred-and-eighty-eighth set'],
      ['hard-chats-289', 'hard chat, two-hundred-and-eighty-ninth set'],
      ['hard-chats-290', 'hard chat, two-hundred-and-ninetieth set'],
      ['hard-chats-291', 'hard chat, two-hundred-and-ninety-first set'],
      ['hard-chats-292', 'hard chat, two-hundred-and-ninety-second set'],
      ['hard-chats-293', 'hard chat, two-hundred-and-ninety-third set'],
      ['hard-chats-294', 'hard chat, two-hundred-and-ninety-fourth set'],
      ['hard-chats-295', 'hard chat, two-hundred-and-ninety-fifth set'],
      ['hard-chats-296', 'hard chat, two-hundred-and-ninety-sixth set'],
      ['hard-chats-297', 'hard chat, two-hundred-and-ninety-seventh set'],
      ['hard-chats-298', 'hard chat, two-hundred-and-ninety-eighth set'],
      ['hard-chats-299', 'hard chat, two-hundred-and-ninety-ninth set'],
      ['hard-chats-300', 'hard chat, three-hundredth set'],
      ['hard-chats-301', 'hard chat, three-hundred-and-first set'],
      ['hard-chats-302', 'hard chat, three-hundred-and-second set'],
      ['hard-chats-303', 'hard chat, three-hundred-and-third set'],
      ['hard-chats-304', 'hard chat, three-hundred-and-fourth set'],
      ['hard-chats-305', 'hard chat, three-hundred-and-fifth set'],
      ['hard-chats-306', 'hard chat, three-hundred-and-sixth set'],
      ['hard-chats-307', 'hard chat, three-hundred-and-seventh set'],
      ['hard-chats-308', 'hard chat, three-hundred-and-eighth set'],
      ['hard-chats-309', 'hard chat, three-hundred-and-ninth set'],
      ['hard-chats-310', 'hard chat, three-hundred-and-tenth set'],
      ['hard-chats-311', 'hard chat, three-hundred-and-eleventh set'],
      ['hard-chats-312', 'hard chat, three-hundred-and-twelfth set'],
      ['hard-chats-313', 'hard chat, three-hundred-and-thirteenth set'],
      ['hard-chats-314', 'hard chat, three-hundred-and-fourteenth set'],
      ['hard-chats-315', 'hard chat, three-hundred-and-fifteenth set'],
      ['hard-chats-316', 'hard chat, three-hundred-and-sixteenth set'],
      ['hard-chats-317', 'hard chat, three-hundred-and-seventeenth set'],
      ['hard-chats-318', 'hard chat, three-hundred-and-eighteenth set'],
      ['hard-chats-319', 'hard chat, three-hundred-and-nineteenth set'],
      ['hard-chats-320', 'hard chat, three-hundred-and-twentieth set'],
      ['hard-chats-321', 'hard chat, three-hundred-and-twenty-first set'],
      ['hard-chats-322', 'hard chat, three-hundred-and-twenty-second set'],
      ['hard-chats-323', 'hard chat, three-hundred-and-twenty-third set'],
      ['hard-chats-324', 'hard chat, three-hundred-and-twenty-fourth set'],
      ['hard-chats-325', 'hard chat, three-hundred-and-twenty-fifth set'],
      ['hard-chats-326', 'hard chat, three-hundred-and-twenty-sixth set'],
      ['hard-chats-327', 'hard chat, three-hundred-and-twenty-seventh set'],
    ] as const
  ).flatMap(([folder, source]) => {
    const dir = path.join(BENCH_DIR, folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ transcript: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Transcript, source, frustratedAt: new Set<number>() }));
  });
  return [...twcs, ...hard];
}

/**
 * Every restatement the card bench shows, each after the customer message it answers (none is
 * shown at the moments `pack` reads): the twcs dev half (learning and reading set) and every hard
 * chat. Graded on its own, by the same protocol.
 */
function packRestatements(dir: string): void {
  const learning = readDialogues()
    .filter((d) => !isReadingSet(d.id))
    .map((d) => ({ transcript: { id: `twcs-${d.id}`, turns: d.turns.map((t) => ({ speaker: t.speaker, text: t.text })) } as Transcript, source: 'twcs learning dialogues' }));
  const chats = [...learning, ...readingTranscripts()];
  const engine = bundledCardEngine();
  const items: ReadItem[] = [];
  for (const { transcript, source } of chats) {
    const { turns: _, ...info } = transcript;
    const conversation = engine.startConversation(info);
    transcript.turns.forEach((turn, at) => {
      const restatements = conversation.addTurn(turn).suggestions.filter((s) => s.kind === 'restate');
      if (restatements.length === 0) return;
      items.push({
        item: `${transcript.id}@${at}`,
        source: source as ReadItem['source'],
        context: transcript.turns.slice(Math.max(0, at - CONTEXT_TURNS + 1), at + 1).map((t) => `${'draft' in t && t.draft ? 'agent (draft, unsent)' : t.speaker}: ${text(t)}`),
        cards: restatements.map((s, i) => ({ card: i + 1, kind: s.kind, text: s.text })),
        needsHelp: true,
      });
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'key.json'), `${JSON.stringify(items, null, 2)}\n`);
  let md = '# Cards to grade: restatements shown after a customer message\n\nEach item: the chat so far, oldest first (the last line is the moment the card is read), then the card.\n\n';
  for (const item of items) md += `## ${item.item}\n\n${item.context.map((line) => `> ${line.replace(/\n/g, ' ')}`).join('\n>\n')}\n\n${item.cards.map((c) => `${c.card}. [${c.kind}] ${c.text}`).join('\n')}\n\n`;
  writeFileSync(path.join(dir, 'pack.md'), md);
  console.log(`${items.length} items, ${items.reduce((n, i) => n + i.cards.length, 0)} restatements → ${dir}/pack.md`);
}

/**
 * The learning half of the twcs dev dialogues (not the reading set), packed like `pack`: a reading
 * to tune on, so the reading set stays unread. `every`: one dialogue in that many, by id.
 */
function packLearning(dir: string, every: number): void {
  const learning = readDialogues()
    .filter((d) => !isReadingSet(d.id) && d.id % every === 0)
    .map((d) => ({
      transcript: { id: `twcs-${d.id}`, turns: d.turns.map((t) => ({ speaker: t.speaker, text: t.text })) } as Transcript,
      source: 'twcs learning dialogues' as const,
      frustratedAt: new Set(d.turns.flatMap((t, i) => ((t.score ?? 0) >= 2 ? [i] : []))),
    }));
  writePack(dir, itemsOf(learning));
}

/** `sources`: only the chats of these sources (e.g. a set written after the last reading). */
function pack(dir: string, sources?: readonly string[]): void {
  writePack(dir, itemsOf(readingTranscripts().filter((t) => !sources || sources.includes(t.source))));
}

function writePack(dir: string, items: ReadItem[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'key.json'), `${JSON.stringify(items, null, 2)}\n`);
  let md = '# Cards to grade\n\nFor each item: the chat so far (the last turns), then the cards the side panel shows at that moment.\n\n';
  for (const item of items) {
    md += `## ${item.item}\n\n${item.context.map((line) => `> ${line.replace(/\n/g, ' ')}`).join('\n>\n')}\n\n`;
    md += item.cards.length === 0 ? '(no cards)\n\n' : `${item.cards.map((c) => `${c.card}. [${c.kind}] ${c.text}`).join('\n')}\n\n`;
  }
  writeFileSync(path.join(dir, 'pack.md'), md);
  console.log(`${items.length} items, ${items.reduce((n, i) => n + i.cards.length, 0)} cards → ${dir}/pack.md`);
}

interface GradeLine {
  item: string;
  card: number;
  grade: Grade;
  why?: string;
}

function score(dir: string, graderFiles: string[]): void {
  const items = JSON.parse(readFileSync(path.join(dir, 'key.json'), 'utf8')) as ReadItem[];
  const graders = graderFiles.map((f) =>
    new Map(
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as GradeLine)
        .map((g) => [`${g.item}#${g.card}`, g] as const),
    ),
  );
  const rank: Record<Grade, number> = { good: 2, acceptable: 1, bad: 0 };
  const rows = items.flatMap((item) =>
    item.cards.map((card) => {
      const grades = graders.map((g) => g.get(`${item.item}#${card.card}`)?.grade);
      if (grades.some((g) => g === undefined)) throw new Error(`${item.item} card ${card.card} is not graded by every grader`);
      const sorted = (grades as Grade[]).map((g) => rank[g]).sort();
      // The median grade of the graders (of three: the one in the middle).
      const median = (['bad', 'acceptable', 'good'] as Grade[])[sorted[Math.floor(sorted.length / 2)]!]!;
      return { item: item.item, source: item.source, kind: card.kind, text: card.text, grades: grades as Grade[], grade: median, why: graders.map((g) => g.get(`${item.item}#${card.card}`)?.why).filter(Boolean), context: item.context.at(-1) };
    }),
  );
  const count = (of: typeof rows) => ({ cards: of.length, good: of.filter((r) => r.grade === 'good').length, acceptable: of.filter((r) => r.grade === 'acceptable').length, bad: of.filter((r) => r.grade === 'bad').length });
  const byKind: Record<string, ReturnType<typeof count>> = {};
  for (const kind of new Set(rows.map((r) => r.kind))) byKind[kind] = count(rows.filter((r) => r.kind === kind));
  const bySource: Record<string, ReturnType<typeof count>> = {};
  for (const source of new Set(rows.map((r) => r.source))) bySource[source] = count(rows.filter((r) => r.source === source));
  const unanimous = rows.filter((r) => new Set(r.grades).size === 1).length;
  const disagreements = rows.filter((r) => new Set(r.grades).size > 1);
  const needHelpNoCard = items.filter((i) => i.needsHelp && i.cards.length === 0).map((i) => i.item);
  const answering = new Set(['restate', 'apologize', 'reframe', 'escalate']);
  const needHelpNoAnswer = items.filter((i) => i.needsHelp && !i.cards.some((c) => answering.has(c.kind))).map((i) => i.item);
  const result = {
    graders: graderFiles.length,
    items: items.length,
    all: count(rows),
    bySource,
    byKind,
    agreement: { unanimous, of: rows.length, disagreements: disagreements.map((r) => ({ item: r.item, kind: r.kind, text: r.text, grades: r.grades, why: r.why })) },
    worst: rows.filter((r) => r.grade === 'bad').slice(0, 10).map((r) => ({ item: r.item, after: r.context, kind: r.kind, text: r.text, why: r.why })),
    needHelpNoCard,
    needHelpNoAnswer,
  };
  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results', 'card-reading.json'), `${JSON.stringify(result, null, 2)}\n`);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  const a = result.all;
  console.log(`${a.cards} cards over ${items.length} chats, ${graderFiles.length} graders: good ${a.good}, acceptable ${a.acceptable}, bad ${a.bad} → good or acceptable ${pct(a.good + a.acceptable, a.cards)}, bad ${pct(a.bad, a.cards)}`);
  for (const [kind, k] of Object.entries(byKind)) console.log(`  ${kind.padEnd(10)} ${k.cards} cards: ${k.good} good, ${k.acceptable} acceptable, ${k.bad} bad`);
  for (const [source, k] of Object.entries(bySource)) console.log(`  ${source}: ${k.cards} cards: ${k.good} good, ${k.acceptable} acceptable, ${k.bad} bad`);
  console.log(`graders unanimous on ${unanimous}/${rows.length} cards; chats that needed help and got no card: ${needHelpNoCard.length} (${needHelpNoCard.join(', ')}); no answering card: ${needHelpNoAnswer.length}`);
}

/**
 * The learning dialogues cut after an earlier customer message (by default the last one an agent
 * answered; `back` 2 the one before it): more moments of real chats to tune on, the reading set
 * still unread.
 */
function packLearningEarlier(dir: string, every: number, back = 1): void {
  const cut = readDialogues()
    .filter((d) => !isReadingSet(d.id) && d.id % every === 0)
    .flatMap((d) => {
      const customerAt = d.turns.flatMap((t, i) => (t.speaker === 'customer' && d.turns[i + 1]?.speaker === 'agent' ? [i] : []));
      // `back`: which of them, counted from the last (1 the last, 2 the one before it).
      const at = customerAt.at(-back);
      if (at === undefined || at === d.turns.length - 1) return [];
      const turns = d.turns.slice(0, at + 1);
      return [
        {
          transcript: { id: `twcs-${d.id}@${at}`, turns: turns.map((t) => ({ speaker: t.speaker, text: t.text })) } as Transcript,
          source: 'twcs learning dialogues' as const,
          frustratedAt: new Set(turns.flatMap((t, i) => ((t.score ?? 0) >= 2 ? [i] : []))),
        },
      ];
    });
  writePack(dir, itemsOf(cut));
}

const [command, dir, ...rest] = process.argv.slice(2);
if (command === 'pack' && dir) pack(dir, rest.length > 0 ? rest : undefined);
else if (command === 'restatements' && dir) packRestatements(dir);
else if (command === 'learning' && dir) packLearning(dir, Number(rest[0] ?? 3));
else if (command === 'earlier' && dir) packLearningEarlier(dir, Number(rest[0] ?? 1), Number(rest[1] ?? 1));
else if (command === 'score' && dir && rest.length > 0) score(dir, rest);
else console.error('usage: cardReading.ts pack DIR | score DIR GRADER.jsonl…');
