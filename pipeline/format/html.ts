/**
 * The editor's HTML page: one self-contained document (inline CSS and JS, nothing fetched,
 * enforced by a Content-Security-Policy) for one or many articles. Per article: the text
 * with every figure, percentage, quantity, timestamp, entity and source highlighted by kind,
 * duplicate paragraphs struck through, flags in a side panel (a click scrolls to the flagged
 * span and highlights it and its related spans), a sortable claims table and the removed
 * boilerplate. A legend with per-kind toggles, and a table of contents past one article.
 * A pure function of the reports.
 */
import { MENTION_KINDS, type Claim, type Flag, type MentionKind, type Mentions, type Report } from '../types.js';
import { CSS, SCRIPT } from './html-assets.js';
import { renderLayers, type Layer } from './layers.js';
import { positionFinder, type Position } from './position.js';
import { addCounts, contentSummary, countReport, emptyCounts, flagSummary, plural, type ReportCounts } from './summary.js';
import { sortFlags } from './text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Drawing order: earlier ranks are drawn outside later ones on the same range. */
const RANK = { claim: 0, flag: 1, related: 2, sources: 3, entities: 4, timestamps: 5, quantities: 6, percentages: 7, money: 8 } as const;
const LEGEND_ORDER: readonly MentionKind[] = ['money', 'percentages', 'quantities', 'timestamps', 'entities', 'sources'];
const FIGURE_REF = new RegExp(`^(${MENTION_KINDS.join('|')}):(\\d+)$`);

/** A CSS class token from report data (severity, rule), restricted to safe characters. */
const token = (s: string) => String(s).toLowerCase().replace(/[^a-z0-9-]/g, '') || 'unknown';

/** A message with its `quoted` parts as code. */
const messageHtml = (s: string) => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');

const num = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? NUMBER.format(n) : String(n));

/** The tooltip of a highlighted mention: what the extractor made of it. */
function describe(kind: MentionKind, item: Mentions[MentionKind][number]): string {
  const parts: string[] = [];
  const extra = item as unknown as Record<string, unknown>;
  const range = (v: number, high?: number) => (high === undefined ? num(v) : `${num(v)}–${num(high)}`);
  switch (kind) {
    case 'money': {
      const m = item as Mentions['money'][number];
      parts.push(`money: ${range(m.value, m.valueHigh)} ${m.currency}${m.per ? ` per ${m.per}` : ''}`);
      break;
    }
    case 'percentages': {
      const p = item as Mentions['percentages'][number];
      parts.push(`percentage: ${range(p.value, p.valueHigh)}%`);
      break;
    }
    case 'quantities': {
      const q = item as Mentions['quantities'][number];
      parts.push(`quantity: ${range(q.value, q.valueHigh)} ${q.unit}`);
      break;
    }
    case 'timestamps': {
      const t = item as Mentions['timestamps'][number];
      parts.push(`timestamp: ${t.value ?? 'unresolved'}${t.endValue ? ` to ${t.endValue}` : ''}${t.zone ? ` (${t.zone})` : ''}${t.relative ? ', relative' : ''}`);
      break;
    }
    case 'entities': {
      const e = item as Mentions['entities'][number];
      parts.push(`entity (${e.type}): ${e.canonical}${e.ticker ? ` [${e.ticker}]` : ''}`);
      break;
    }
    case 'sources': {
      const s = item as Mentions['sources'][number];
      parts.push(`${s.vague ? 'vague attribution' : 'source'} (${s.kind}): ${s.name}${s.cue ? `, cue “${s.cue}”` : ''}`);
      break;
    }
  }
  if (extra.approximate === true) parts.push('approximate');
  if (typeof extra.bound === 'string') parts.push(extra.bound === 'min' ? 'at least' : 'at most');
  if (typeof extra.direction === 'string') parts.push(extra.direction);
  if (typeof extra.ambiguous === 'string') parts.push(`ambiguous: ${extra.ambiguous}`);
  return parts.join('; ');
}

interface Block {
  start: number;
  end: number;
  /** Index into `report.paragraphs`, or null for text outside every paragraph. */
  paragraph: number | null;
}

/** The text's paragraphs, plus any non-blank text that lies outside them, in order. */
function blocksOf(report: Report): Block[] {
  const { text } = report;
  const clamp = (n: number) => Math.min(Math.max(0, Number.isFinite(n) ? n : 0), text.length);
  let paragraphs = report.paragraphs.map((p, i) => ({ start: clamp(p.start), end: clamp(Math.max(p.end, p.start)), paragraph: i as number | null }));
  if (!paragraphs.length) {
    paragraphs = [];
    let at = 0;
    for (const line of text.split('\n')) {
      paragraphs.push({ start: at, end: at + line.length, paragraph: null });
      at += line.length + 1;
    }
  }
  paragraphs.sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: Block[] = [];
  let at = 0;
  for (const p of paragraphs) {
    if (p.start > at && /\S/.test(text.slice(at, p.start))) blocks.push({ start: at, end: p.start, paragraph: null });
    blocks.push(p);
    at = Math.max(at, p.end);
  }
  if (at < text.length && /\S/.test(text.slice(at))) blocks.push({ start: at, end: text.length, paragraph: null });
  return blocks;
}

/** Gives each block the layers that meet it; a layer that meets no block's text becomes a marker at the nearest block edge. */
function distribute(blocks: readonly Block[], layers: readonly Layer[]): Layer[][] {
  const perBlock: Layer[][] = blocks.map(() => []);
  if (!blocks.length) return perBlock;
  const firstEndingAfter = (offset: number) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (const layer of layers) {
    let placed = false;
    if (layer.end > layer.start) {
      for (let b = firstEndingAfter(layer.start); b < blocks.length && blocks[b]!.start < layer.end; b++) {
        if (Math.min(blocks[b]!.end, layer.end) > Math.max(blocks[b]!.start, layer.start)) {
          perBlock[b]!.push(layer);
          placed = true;
        }
      }
    }
    if (placed) continue;
    let b = blocks.findIndex((block) => block.start <= layer.start && layer.start <= block.end);
    let at = layer.start;
    if (b < 0) {
      b = Math.max(0, firstEndingAfter(layer.start) - 1);
      at = Math.min(Math.max(at, blocks[b]!.start), blocks[b]!.end);
    }
    perBlock[b]!.push({ ...layer, start: at, end: at });
  }
  return perBlock;
}

/** Options of {@link reportFragment}: what the `check --format html` page does not need. */
export interface FragmentOptions {
  /** Offset → line and column shown in the page (default: lines of the cleaned text). */
  position?: (offset: number) => Position;
  /** A "Copy as text" button beside each flag (its text in `data-copy`; a page script copies it). Default false. */
  copyButtons?: boolean;
}

interface ArticleIds {
  article: string;
  flag: (i: number) => string;
  related: (i: number, k: number) => string;
  claim: (i: number) => string;
}

function layersOf(report: Report, flags: readonly Flag[], ids: ArticleIds): Layer[] {
  const length = report.text.length;
  const clamp = (n: number) => Math.min(Math.max(0, Number.isFinite(n) ? n : 0), length);
  const span = (s: { start: number; end: number }) => ({ start: clamp(s.start), end: Math.max(clamp(s.start), clamp(s.end)) });
  const layers: Layer[] = [];
  for (const kind of MENTION_KINDS) {
    (report[kind] ?? []).forEach((item, i) => {
      const vague = kind === 'sources' && (item as Mentions['sources'][number]).vague ? ' vague' : '';
      layers.push({
        ...span(item),
        open: `<mark class="m k-${kind}${vague}" data-m="${kind}:${i}" title="${escapeHtml(describe(kind, item))}">`,
        close: '</mark>',
        rank: RANK[kind],
      });
    });
  }
  report.claims.forEach((claim, i) => {
    layers.push({ ...span(claim), open: `<span class="claim k-claims" data-t="${ids.claim(i)}">`, close: '</span>', rank: RANK.claim });
  });
  flags.forEach((flag, i) => {
    const point = flag.end <= flag.start ? ' pt' : '';
    layers.push({ ...span(flag), open: `<span class="t${point}" data-t="${ids.flag(i)}">`, close: '</span>', rank: RANK.flag });
    (flag.related ?? []).forEach((related, k) => {
      const relatedPoint = related.end <= related.start ? ' pt' : '';
      layers.push({ ...span(related), open: `<span class="t${relatedPoint}" data-t="${ids.related(i, k)}">`, close: '</span>', rank: RANK.related });
    });
  });
  return layers;
}

function badges(counts: ReportCounts): string {
  const out: string[] = [];
  if (counts.error) out.push(`<span class="badge sev-error">${plural(counts.error, 'error')}</span>`);
  if (counts.warning) out.push(`<span class="badge sev-warning">${plural(counts.warning, 'warning')}</span>`);
  if (counts.info) out.push(`<span class="badge sev-info">${plural(counts.info, 'info', 'infos')}</span>`);
  if (!out.length) out.push('<span class="badge ok">no flags</span>');
  return out.join(' ');
}

function figureText(report: Report, ref: string): string {
  const match = FIGURE_REF.exec(ref);
  if (!match) return ref;
  const item = report[match[1] as MentionKind]?.[Number(match[2])];
  return item ? item.text : ref;
}

function claimsTable(report: Report, flags: readonly Flag[], ids: ArticleIds, position: (o: number) => { line: number; column: number }): string {
  const heading = `<h3 id="${ids.article}-claims">Claims <span class="muted">(${report.claims.length})</span></h3>`;
  if (!report.claims.length) return `<section class="claims" aria-labelledby="${ids.article}-claims">${heading}<p class="none">No claims.</p></section>`;
  const columns: [string, 'number' | 'text'][] = [
    ['at', 'number'],
    ['figure', 'text'],
    ['subject', 'text'],
    ['measure', 'text'],
    ['time', 'text'],
    ['sources', 'text'],
    ['flags', 'number'],
  ];
  const head = columns
    .map(([name, kind], i) => `<th scope="col"${i === 0 ? ' aria-sort="ascending"' : ''}><button type="button" data-sort="${kind}">${name}</button></th>`)
    .join('');
  const order = report.claims.map((claim, i) => ({ claim, i })).sort((a, b) => a.claim.start - b.claim.start || a.i - b.i);
  const rows = order.map(({ claim, i }) => claimRow(report, claim, i, flags, ids, position)).join('\n');
  return `<section class="claims" aria-labelledby="${ids.article}-claims">${heading}<div class="table-wrap"><table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div></section>`;
}

function claimRow(report: Report, claim: Claim, i: number, flags: readonly Flag[], ids: ArticleIds, position: (o: number) => { line: number; column: number }): string {
  const { line, column } = position(Math.min(Math.max(0, claim.start), report.text.length));
  const figures = claim.figures.map((ref) => figureText(report, ref)).join(', ') || '—';
  const named = claim.sources.length
    ? `${escapeHtml(claim.sources.join(', '))}${claim.sourceScope ? ` <span class="muted">(${escapeHtml(claim.sourceScope)})</span>` : ''}`
    : '<span class="unsourced">unsourced</span>';
  const vague = claim.vagueSources?.length ? ` <span class="vague-list">vague: ${escapeHtml(claim.vagueSources.join(', '))}</span>` : '';
  const touching = flags.filter((f) => (f.end > f.start ? f.start < claim.end && claim.start < f.end : f.start >= claim.start && f.start <= claim.end));
  const flagCell = touching.length
    ? touching.map((f) => `<span class="badge sev-${token(f.severity)}">${escapeHtml(f.rule)}</span>`).join(' ')
    : '<span class="muted">—</span>';
  const time = claim.time ? `${escapeHtml(claim.time)}${claim.timeScope ? ` <span class="muted">(${escapeHtml(claim.timeScope)})</span>` : ''}` : '<span class="muted">—</span>';
  return (
    `<tr><td data-v="${claim.start}"><button type="button" class="go" data-go="${ids.claim(i)}" aria-label="Show claim at line ${line}, column ${column}">${line}:${column}</button></td>` +
    `<td>${escapeHtml(figures)}</td><td>${claim.subject ? escapeHtml(claim.subject) : '<span class="muted">—</span>'}</td>` +
    `<td>${claim.measure ? escapeHtml(claim.measure) : '<span class="muted">—</span>'}</td><td>${time}</td><td>${named}${vague}</td>` +
    `<td data-v="${touching.length}">${flagCell}</td></tr>`
  );
}

/**
 * A flag as plain text for a CMS comment: where, severity, rule, the message, and the
 * sentence it points at.
 *
 *     line 5:1053 · error · timezone-mismatch
 *     `EST` is standard time, but US Eastern clocks were on daylight time on May 28, 2025: …
 *     “As of May 28, 2025, at 10:00 AM EST, Bitcoin (BTC) was trading at $67,500 …”
 */
export function flagAsText(report: Report, flag: Flag, position: (offset: number) => Position = positionFinder(report.text)): string {
  const clampTo = (n: number) => Math.min(Math.max(0, Number.isFinite(n) ? n : 0), report.text.length);
  const { line, column } = position(clampTo(flag.start));
  const sentence = report.sentences.find((s) => s.start <= flag.start && flag.start < s.end);
  const quoted = (sentence ? report.text.slice(sentence.start, sentence.end) : report.text.slice(clampTo(flag.start), clampTo(flag.end))).replace(/\s+/g, ' ').trim();
  const short = quoted.length > 400 ? `${quoted.slice(0, 399)}…` : quoted;
  return [`line ${line}:${column} · ${flag.severity} · ${flag.rule}`, flag.message, ...(short ? [`“${short}”`] : [])].join('\n');
}

function flagPanel(report: Report, flags: readonly Flag[], ids: ArticleIds, position: (o: number) => { line: number; column: number }, copyButtons = false): string {
  const at = (offset: number) => {
    const { line, column } = position(Math.min(Math.max(0, offset), report.text.length));
    return `${line}:${column}`;
  };
  const items = flags.map((flag, i) => {
    const related = (flag.related ?? [])
      .map(
        (r, k) =>
          `<li><button type="button" class="go" data-go="${ids.related(i, k)}" data-rel="${ids.flag(i)}"><span class="pos">${at(r.start)}</span>${messageHtml(r.message ?? '')}</button></li>`,
      )
      .join('');
    const relatedKeys = (flag.related ?? []).map((_, k) => ids.related(i, k)).join(' ');
    return (
      `<li class="sev-${token(flag.severity)}"><button type="button" class="go flag-go" data-go="${ids.flag(i)}" data-rel="${relatedKeys}">` +
      `<span class="pos">${at(flag.start)}</span><span class="badge sev">${escapeHtml(flag.severity)}</span>` +
      `<span class="msg">${messageHtml(flag.message)}</span><span class="rule">${escapeHtml(flag.rule)}</span></button>` +
      (copyButtons ? `<button type="button" class="copy" data-copy="${escapeHtml(flagAsText(report, flag, position))}">Copy as text</button>` : '') +
      (related ? `<ul class="related" aria-label="Related locations">${related}</ul>` : '') +
      '</li>'
    );
  });
  const list = items.length ? `<ol class="flags">${items.join('\n')}</ol>` : '<p class="none">No flags.</p>';
  return `<aside class="panel" aria-labelledby="${ids.article}-flags"><h3 id="${ids.article}-flags">Flags <span class="muted">(${flags.length})</span></h3>${list}</aside>`;
}

/**
 * One article's report as an HTML fragment (`<article>…</article>`): text with highlights,
 * claims table, removed boilerplate and the flag panel. It needs {@link CSS} and, for its
 * behaviour, {@link SCRIPT} on the page; `index` keeps ids unique among several articles.
 */
export function reportFragment(report: Report, index = 0, options: FragmentOptions = {}): string {
  return articleHtml(report, index, countReport(report), options);
}

function articleHtml(report: Report, index: number, counts: ReportCounts, options: FragmentOptions = {}): string {
  const ids: ArticleIds = {
    article: `a${index}`,
    flag: (i) => `a${index}f${i}`,
    related: (i, k) => `a${index}f${i}r${k}`,
    claim: (i) => `a${index}c${i}`,
  };
  const position = options.position ?? positionFinder(report.text);
  const flags = sortFlags(report.flags);
  const blocks = blocksOf(report);
  const perBlock = distribute(blocks, layersOf(report, flags, ids));
  const paragraphs = blocks.map((block, b) => {
    const paragraph = block.paragraph === null ? null : report.paragraphs[block.paragraph];
    const duplicateOf = paragraph?.duplicateOf ?? null;
    const attrs = [
      block.paragraph === null ? 'class="extra"' : `id="${ids.article}-p${block.paragraph}"`,
      `data-line="${position(block.start).line}"`,
    ];
    let note = '';
    if (duplicateOf !== null) {
      attrs[0] += ' class="dup"';
      const similarity = paragraph?.similarity !== undefined && paragraph.similarity < 1 ? `, ${Math.round(paragraph.similarity * 100)}% alike` : '';
      note = `<span class="dup-note">repeats <a href="#${ids.article}-p${duplicateOf}">paragraph ${duplicateOf + 1}</a>${similarity}</span>`;
    }
    return `<p ${attrs.join(' ')}>${note}${renderLayers(report.text, block.start, block.end, perBlock[b]!, escapeHtml)}</p>`;
  });
  const { article } = report;
  const title = article.title || report.input;
  const url = article.url && /^https?:\/\//i.test(article.url) ? `<a href="${escapeHtml(article.url)}" rel="noreferrer noopener">${escapeHtml(article.url)}</a>` : article.url ? escapeHtml(article.url) : null;
  const meta = [
    article.publisher ? escapeHtml(article.publisher) : null,
    article.published ? `<time datetime="${escapeHtml(article.published)}">${escapeHtml(article.published)}</time>` : null,
    article.author ? `by ${escapeHtml(article.author)}` : null,
    url,
    `<code>${escapeHtml(report.input)}</code>`,
  ].filter(Boolean);
  const removed = report.removed?.length
    ? `<details class="removed"><summary>Removed boilerplate <span class="muted">(${report.removed.length})</span></summary><ul>${report.removed
        .map((r) => `<li><span class="reason">${escapeHtml(r.reason)}</span> ${escapeHtml(r.text)}</li>`)
        .join('')}</ul></details>`
    : '';
  return `<article class="article" id="${ids.article}" aria-labelledby="${ids.article}-h">
<header><h2 id="${ids.article}-h">${escapeHtml(title)}</h2>
<p class="meta">${meta.join(' · ')}</p>
<p class="stats">${badges(counts)} · ${escapeHtml(contentSummary(counts))}</p></header>
<div class="layout"><div class="body">
<div class="text">
${paragraphs.join('\n')}
</div>
${claimsTable(report, flags, ids, position)}
${removed}
</div>
${flagPanel(report, flags, ids, position, options.copyButtons)}
</div>
</article>`;
}

/** The highlight legend with its per-kind toggles, counting over `reports`. */
export function legend(reports: readonly Report[]): string {
  const count = (kind: MentionKind) => reports.reduce((n, r) => n + (r[kind]?.length ?? 0), 0);
  const claims = reports.reduce((n, r) => n + r.claims.length, 0);
  const kinds = LEGEND_ORDER.map(
    (kind) =>
      `<label><input type="checkbox" data-kind="${kind}" checked><span class="swatch k-${kind}">${kind}</span> <span class="muted">${count(kind)}</span></label>`,
  );
  kinds.push(`<label><input type="checkbox" data-kind="claims"><span class="swatch k-claims">claim sentences</span> <span class="muted">${claims}</span></label>`);
  return `<fieldset class="legend"><legend>Highlight</legend>${kinds.join('\n')}</fieldset>`;
}

function toc(reports: readonly Report[], counts: readonly ReportCounts[]): string {
  if (reports.length < 2) return '';
  const items = reports.map(
    (r, i) => `<li><a href="#a${i}">${escapeHtml(r.article.title || r.input)}</a> ${badges(counts[i]!)}</li>`,
  );
  return `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">Articles</h2><ol>
${items.join('\n')}
</ol></nav>`;
}

export function formatHtml(reports: readonly Report[]): string {
  const counts = reports.map(countReport);
  const totals = counts.reduce(addCounts, emptyCounts());
  const mark = totals.error ? '✖' : totals.warning ? '⚠' : '✔';
  const title = reports.length === 1 ? `claimscan: ${reports[0]!.article.title || reports[0]!.input}` : `claimscan report: ${plural(reports.length, 'article')}`;
  const articles = reports.map((r, i) => articleHtml(r, i, counts[i]!));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="claimscan">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body class="hide-claims">
<a class="skip" href="#main">Skip to the report</a>
<header class="top">
<h1>claimscan report</h1>
<p class="summary" data-summary><span aria-hidden="true">${mark}</span> ${reports.length === 1 ? '' : `${plural(reports.length, 'article')}: `}<strong>${escapeHtml(flagSummary(totals))}</strong> · ${escapeHtml(contentSummary(totals))}</p>
${legend(reports)}
<p class="keys">Click a flag to show it in the text. Keys: <kbd>j</kbd> next flag, <kbd>k</kbd> previous flag, <kbd>Esc</kbd> clear.</p>
</header>
${toc(reports, counts)}
<main id="main">
${articles.length ? articles.join('\n') : '<p class="none">No articles.</p>'}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
