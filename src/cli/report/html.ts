// The report as one self-contained HTML page: inline CSS and SVG, no script, no network (a
// Content-Security-Policy says so to the browser too). Every piece of transcript text goes
// through `escapeHtml`: chats are untrusted input and must show as text, never as markup.
import type { ConversationReport, HitDetail, ReportData, RuleReport, Score } from './reportData';

/** Long reports stay usable: the page lists this many; `--json` carries everything. */
const MAX_HITS_PER_RULE = 200;
const MAX_CONVERSATIONS = 500;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderReportHtml(data: ReportData, generatedAt: Date): string {
  const scored = data.totals.annotatedConversations > 0;
  const title = `Composure report — ${count(data.totals.conversations, 'conversation')}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Composure report</h1>
<p class="sub">${data.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')} · generated ${escapeHtml(generatedAt.toISOString().replace(/\.\d+Z$/, 'Z'))}</p>
</header>
<main>
${totalsCards(data)}
${categorySection(data, scored)}
${ruleSection(data, scored)}
${scored ? missedSection(data) : ''}
${conversationSection(data)}
</main>
</body>
</html>
`;
}

function totalsCards(data: ReportData): string {
  const t = data.totals;
  const cards: [string, string][] = [
    ['conversations', num(t.conversations)],
    ['turns', num(t.turns)],
    ['angry customer turns', `${num(t.angryTurns)} <small>of ${num(t.customerTurns)}</small>`],
    ['flags raised', num(t.flags)],
    ['conversations flagged', `${num(t.flaggedConversations)} <small>${pct(t.conversations ? t.flaggedConversations / t.conversations : null)}</small>`],
  ];
  if (t.annotatedConversations > 0) cards.push(['annotated conversations', `${num(t.annotatedConversations)} <small>with ${count(t.expectations, 'expected flag')}</small>`]);
  return `<section class="cards">${cards.map(([label, value]) => `<div class="card"><div class="value">${value}</div><div class="label">${label}</div></div>`).join('')}</section>`;
}

function categorySection(data: ReportData, scored: boolean): string {
  if (data.categories.length === 0) return `<section><h2>Flags by category</h2><p class="empty">No flags were raised.</p></section>`;
  const head = `<tr><th>category</th><th class="n">hits</th><th class="n">conversations</th>${scored ? '<th class="n">expected</th><th class="n">raised*</th><th class="n">matched</th><th class="n">precision</th><th class="n">recall</th>' : ''}</tr>`;
  const rows = data.categories
    .map((c) => `<tr><td>${chip(c.category)}</td><td class="n">${num(c.hits)}</td><td class="n">${num(c.conversations)}</td>${scored ? scoreCells(c.score!, true) : ''}</tr>`)
    .join('');
  return `<section id="categories"><h2>Flags by category</h2>
<table class="grid">${head}${rows}</table>
${scored ? `<p class="note">${MATCHING_NOTE}</p>` : ''}
</section>`;
}

const MATCHING_NOTE =
  'Precision and recall count only annotated conversations (those whose transcript has an <code>expect</code> list). ' +
  'An expected flag <code>{turn, category, rule?}</code> is matched by a flag of that category raised at that turn (turns count from 0) — and of that rule, when the expectation names one. ' +
  '*Raised: turns with at least one flag of the category (per rule: turns where the rule fired). ' +
  'Per rule, precision counts a turn as correct when it meets an expectation of the rule’s category that names this rule or none; recall counts only expectations that name the rule.';

function ruleSection(data: ReportData, scored: boolean): string {
  if (data.rules.length === 0) return '';
  const max = Math.max(1, ...data.rules.map((r) => r.hits));
  const head = `<div class="rule-head${scored ? ' scored' : ''}"><span></span><span>rule</span><span>category</span><span>severity</span><span></span><span class="n">hits</span><span class="n">convs</span>${scored ? '<span class="n">precision</span><span class="n">recall</span>' : ''}</div>`;
  return `<section id="rules"><h2>Flags by rule</h2>
<p class="hint">Open a rule to see the conversations and turns behind its flags.</p>
<div class="rules">${head}${data.rules.map((r) => ruleRow(r, max, scored)).join('\n')}</div>
</section>`;
}

function ruleRow(r: RuleReport, max: number, scored: boolean): string {
  const s = r.score;
  const shown = r.details.slice(0, MAX_HITS_PER_RULE);
  const more = r.details.length - shown.length;
  const verdictColumn = scored && r.details.some((d) => d.verdict);
  const body =
    r.details.length === 0
      ? '<p class="empty">Expected in the annotations, but never raised.</p>'
      : `<table class="hits"><tr><th>conversation</th><th class="n">turn</th><th>speaker</th><th>message text</th><th>why</th>${verdictColumn ? '<th>annotation</th>' : ''}</tr>${shown.map((d) => hitRow(d, verdictColumn)).join('')}</table>${more > 0 ? `<p class="more">… and ${count(more, 'more hit')} (all of them are in <code>--json</code>).</p>` : ''}`;
  return `<details class="rule" data-rule="${escapeHtml(r.rule)}"><summary class="${scored ? 'scored' : ''}"><span class="caret" aria-hidden="true">▸</span><code class="rule-id">${escapeHtml(r.rule)}</code>${chip(r.category)}<span class="sev sev-${r.severity}">${r.severity}</span><span class="bar"><i style="width:${((r.hits / max) * 100).toFixed(1)}%"></i></span><span class="n">${num(r.hits)}</span><span class="n">${num(r.conversations)}</span>${scored && s ? `<span class="n">${pctCell(s.precision, s.correct, s.raised)}</span><span class="n">${pctCell(s.recall, s.met, s.expected)}</span>` : ''}</summary>
<div class="detail">${body}</div></details>`;
}

function hitRow(d: HitDetail, verdictColumn: boolean): string {
  const verdict = d.verdict === 'expected' ? '<span class="ok">✓ expected</span>' : d.verdict === 'unexpected' ? '<span class="bad">✗ not expected</span>' : '<span class="muted">not annotated</span>';
  return `<tr><td class="conv">${escapeHtml(d.conversation)}</td><td class="n">${d.turn}</td><td><span class="who who-${d.speaker}">${d.speaker}</span></td><td class="text">${escapeHtml(d.text) || '<span class="muted">(no text)</span>'}</td><td class="why">${escapeHtml(d.message)}${d.evidence ? ` <span class="evidence">“${escapeHtml(d.evidence)}”</span>` : ''}</td>${verdictColumn ? `<td>${verdict}</td>` : ''}</tr>`;
}

function missedSection(data: ReportData): string {
  if (data.missed.length === 0) return `<section id="missed"><h2>Missed expectations</h2><p class="empty">Every expected flag was raised.</p></section>`;
  const rows = data.missed
    .slice(0, MAX_HITS_PER_RULE)
    .map((m) => `<tr><td class="conv">${escapeHtml(m.conversation)}</td><td class="n">${m.turn}</td><td>${chip(m.category)}</td><td>${m.rule ? `<code>${escapeHtml(m.rule)}</code>` : '<span class="muted">any rule</span>'}</td><td><span class="who who-${m.speaker}">${m.speaker}</span></td><td class="text">${escapeHtml(m.text) || '<span class="muted">(no text)</span>'}</td></tr>`)
    .join('');
  return `<section id="missed"><h2>Missed expectations</h2>
<details class="plain"><summary>${count(data.missed.length, 'expected flag')} not raised — show them</summary>
<table class="hits"><tr><th>conversation</th><th class="n">turn</th><th>category</th><th>rule</th><th>speaker</th><th>message text</th></tr>${rows}</table></details>
</section>`;
}

function conversationSection(data: ReportData): string {
  // Angriest first; ties keep input order (the sort is stable).
  const sorted = [...data.conversations].sort((a, b) => b.peak - a.peak || b.flags - a.flags);
  const shown = sorted.slice(0, MAX_CONVERSATIONS);
  const note = sorted.length > shown.length ? `<p class="more">Showing the ${num(shown.length)} angriest of ${num(sorted.length)} conversations (all of them are in <code>--json</code>).</p>` : '';
  return `<section id="conversations"><h2>Anger over time</h2>
<p class="hint legend"><svg width="22" height="10" aria-hidden="true"><line x1="1" y1="5" x2="21" y2="5" class="lvl"/></svg> conversation anger level
<svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="3" class="dot"/></svg> customer turn score
<svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="3" class="dot angry"/></svg> angry turn
<svg width="10" height="10" aria-hidden="true"><rect x="3.5" y="1" width="3" height="8" class="flag"/></svg> turn with a flag · scale 0–1 (dashed: 0.5), angriest first</p>
<table class="grid convs"><tr><th>conversation</th><th class="n">turns</th><th class="n">peak anger</th><th class="n">angry turns</th><th class="n">flags</th><th>anger, turn by turn</th></tr>
${shown.map(conversationRow).join('\n')}</table>${note}
</section>`;
}

function conversationRow(c: ConversationReport): string {
  const where = `${c.file}${c.line ? `:${c.line}` : ''}`;
  return `<tr><td class="conv">${escapeHtml(c.name)}<div class="where">${escapeHtml(where)}</div></td><td class="n">${c.turns}</td><td class="n"><span class="peak" style="--p:${c.peak.toFixed(2)}">${c.peak.toFixed(2)}</span></td><td class="n">${c.angry.filter(Boolean).length}</td><td class="n">${c.flags}</td><td>${sparkline(c)}</td></tr>`;
}

const CHART = { width: 300, height: 56, pad: 4 };

/** Anger over the conversation: the smoothed level as a line, each customer turn as a dot. */
export function sparkline(c: ConversationReport): string {
  const { width, height, pad } = CHART;
  const n = c.turns;
  const x = (i: number) => pad + (n <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => pad + (1 - Math.min(1, Math.max(0, v))) * (height - 2 * pad - 6);
  const line = c.level.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const dots = c.speakers
    .map((sp, i) => (sp === 'customer' ? `<circle cx="${x(i).toFixed(1)}" cy="${y(c.anger[i] ?? 0).toFixed(1)}" r="2.4" class="dot${c.angry[i] ? ' angry' : ''}"><title>turn ${i}: ${(c.anger[i] ?? 0).toFixed(2)}</title></circle>` : ''))
    .join('');
  const flags = c.flaggedTurns.map((i) => `<rect x="${(x(i) - 1.25).toFixed(1)}" y="${height - 6}" width="2.5" height="5" class="flag"/>`).join('');
  const label = `anger over ${n} turns, peak ${c.peak.toFixed(2)}`;
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title><line x1="${pad}" y1="${y(0.5).toFixed(1)}" x2="${width - pad}" y2="${y(0.5).toFixed(1)}" class="mid"/><polyline points="${line}" class="lvl"/>${dots}${flags}</svg>`;
}

function scoreCells(s: Score, withCounts: boolean): string {
  return `${withCounts ? `<td class="n">${num(s.expected)}</td><td class="n">${num(s.raised)}</td><td class="n">${num(s.met)}</td>` : ''}<td class="n">${pctCell(s.precision, s.correct, s.raised)}</td><td class="n">${pctCell(s.recall, s.met, s.expected)}</td>`;
}

function pctCell(value: number | null, part: number, whole: number): string {
  if (value === null) return '<span class="muted" title="nothing to measure">—</span>';
  const tone = value >= 0.8 ? 'good' : value >= 0.5 ? 'fair' : 'poor';
  return `<span class="pct ${tone}" title="${part} of ${whole}">${pct(value)}</span> <small>${part}/${whole}</small>`;
}

function chip(category: string): string {
  return `<span class="chip chip-${escapeHtml(category)}">${escapeHtml(category)}</span>`;
}

const num = (n: number) => n.toLocaleString('en-US');
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const count = (n: number, noun: string) => `${num(n)} ${noun}${n === 1 ? '' : 's'}`;

const STYLE = `
:root{--ink:#1f2430;--muted:#6b7385;--line:#e3e6ee;--bg:#f6f7fb;--card:#fff;--accent:#4f5bd5;--warm:#e07a1f;--hot:#d64545;--ok:#1f8a4c;}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{padding:22px 32px 14px;background:#fff;border-bottom:1px solid var(--line)}
h1{margin:0;font-size:22px;letter-spacing:-.01em}
.sub{margin:4px 0 0;color:var(--muted)}
main{padding:18px 32px 48px;max-width:1280px}
h2{font-size:16px;margin:28px 0 8px}
code{font:12.5px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
small{color:var(--muted);font-size:11.5px;font-weight:400}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px}
.card .value{font-size:22px;font-weight:600}
.card .label{color:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%;background:var(--card)}
table.grid{border:1px solid var(--line);border-radius:8px}
th{font-weight:600;text-align:left;color:var(--muted);font-size:12px;padding:7px 10px;border-bottom:1px solid var(--line);background:#fafbfd}
td{padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.note,.hint,.more,.empty{color:var(--muted);font-size:12.5px;max-width:980px}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#eef0f6;color:#3d4456;white-space:nowrap}
.chip-anger{background:#fde8e8;color:#a12a2a}.chip-escalation{background:#fbe3f1;color:#8c1d5b}
.chip-interruption{background:#fff1dc;color:#8a4b00}.chip-no-empathy,.chip-no-restatement{background:#e8f0fe;color:#1f4d9a}
.chip-agent-tone{background:#f0e8fd;color:#5a2ea6}.chip-missing-name{background:#e5f6ef;color:#17603d}
.rules{background:var(--card);border:1px solid var(--line);border-radius:8px}
.rule-head,details.rule>summary{display:grid;grid-template-columns:16px minmax(200px,1.5fr) 150px 80px minmax(80px,1fr) 64px 64px;gap:10px;align-items:center;padding:7px 12px}
.rule-head.scored,details.rule>summary.scored{grid-template-columns:16px minmax(200px,1.5fr) 150px 80px minmax(80px,1fr) 64px 64px 96px 96px}
.rule-head{font-weight:600;color:var(--muted);font-size:12px;border-bottom:1px solid var(--line);background:#fafbfd;border-radius:8px 8px 0 0}
details.rule{border-bottom:1px solid var(--line)}
details.rule:last-child{border-bottom:0}
details.rule>summary{cursor:pointer;list-style:none}
details.rule>summary::-webkit-details-marker{display:none}
details.rule>summary:hover{background:#f8f9fc}
.caret{color:var(--muted);transition:transform .1s}
details[open]>summary .caret{transform:rotate(90deg)}
.rule-id{font-weight:600;overflow-wrap:anywhere}
summary .chip{justify-self:start}
.sev{font-size:12px;color:var(--muted)}.sev-critical{color:var(--hot);font-weight:600}.sev-warning{color:#9a5b00}
.bar{height:8px;background:#eef0f6;border-radius:4px;overflow:hidden}
.bar i{display:block;height:100%;background:var(--accent);border-radius:4px}
.detail{padding:4px 12px 14px 38px;background:#fbfbfd}
table.hits{border:1px solid var(--line);font-size:13px}
.text{max-width:520px;white-space:pre-wrap;overflow-wrap:anywhere}
.why{color:#3d4456;max-width:340px}
.evidence{color:var(--muted);font-style:italic}
.conv{font-weight:500;overflow-wrap:anywhere;max-width:240px}
.where{color:var(--muted);font-size:11.5px;font-weight:400}
.who{font-size:12px;color:var(--muted)}.who-customer{color:#a12a2a}.who-agent{color:#1f4d9a}
.muted{color:var(--muted)}
.ok{color:var(--ok);white-space:nowrap}.bad{color:var(--hot);white-space:nowrap}
.pct{font-weight:600}.pct.good{color:var(--ok)}.pct.fair{color:#9a5b00}.pct.poor{color:var(--hot)}
details.plain>summary{cursor:pointer;color:var(--accent);margin:4px 0 8px}
.peak{display:inline-block;min-width:44px;padding:1px 6px;border-radius:4px;background:rgba(214,69,69,calc(var(--p) * .35))}
table.convs td{vertical-align:middle}
.spark{display:block;background:#fbfbfd;border:1px solid var(--line);border-radius:4px}
.spark .lvl,.legend .lvl{fill:none;stroke:var(--warm);stroke-width:1.8}
.spark .mid{stroke:#dfe2ea;stroke-dasharray:3 3}
.dot{fill:#8a94a6}.dot.angry{fill:var(--hot)}
.flag{fill:var(--accent)}
.legend svg{vertical-align:middle;margin-left:8px}
`;
