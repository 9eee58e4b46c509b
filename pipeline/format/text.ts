/**
 * The editor's terminal view, in the manner of ESLint's "stylish": per article a header
 * (input, title, publisher, published), then its flags by position (line:col, severity,
 * message, rule id), each with the sentence it points at and the figure underlined when
 * that fits the width, and its related locations ("first copy"); then a summary line
 * ("2 errors, 14 warnings · 43 figures, 4 named sources, 7 duplicate paragraphs").
 * A pure function of the reports: whether to colour and how wide the terminal is are
 * options (see `useColor` in ./color.ts).
 */
import type { Flag, Report, Severity, Span } from '../types.js';
import { sortFlags } from '../check.js';
import { inSpan } from '../spans.js';
import { positionFinder, type Position } from './position.js';
import { addCounts, countReport, emptyCounts, summaryLine } from './summary.js';
import { displayChar, displayWidth, safeText, truncate } from './width.js';

export interface TextFormatOptions {
  /** Use ANSI colours (decide with `useColor`). Default false. */
  color?: boolean;
  /**
   * Terminal width in columns (`process.stdout.columns`), a positive integer; narrower than
   * 40 counts as 40. Sentences are shown (cut around the figure when longer) only when the
   * figure fits. Default 80.
   */
  width?: number;
  /**
   * Where a report's offsets are in its input, for `line:col`: given a report, an offset →
   * line and column function, or null to count lines of the cleaned text (the default).
   * `check` passes the input's own lines for text inputs (see `../source-map.ts`).
   */
  positions?: (report: Report) => ((offset: number) => Position) | null | undefined;
}

const ANSI = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Where snippets and related locations start: under the message, like a compiler's note. */
const INDENT = '    ';

export { sortFlags };

export function formatText(reports: readonly Report[], options: TextFormatOptions = {}): string {
  if (options.width !== undefined && !(Number.isInteger(options.width) && options.width > 0)) {
    throw new TypeError(`formatText: options.width must be a positive integer (terminal columns, e.g. 80), got ${String(options.width)}`);
  }
  const width = Math.max(options.width ?? 80, 40);
  const paint = (style: Style, s: string) => (options.color && s ? `\u001b[${ANSI[style][0]}m${s}\u001b[${ANSI[style][1]}m` : s);
  const out: string[] = [];
  let totals = emptyCounts();
  for (const report of reports) {
    const counts = countReport(report);
    totals = addCounts(totals, counts);
    for (const line of articleLines(report, { paint, width, position: options.positions?.(report) ?? positionFinder(report.text) })) out.push(line);
    if (reports.length > 1) out.push(paint('dim', `  ${summaryLine(counts)}`));
    out.push('');
  }
  const mark = totals.error ? paint('red', '✖') : totals.warning ? paint('yellow', '⚠') : paint('blue', '✔');
  const line = `${reports.length === 1 ? '' : `${reports.length} articles: `}${summaryLine(totals)}`;
  out.push(`${mark} ${totals.error || totals.warning ? paint('bold', line) : line}`);
  return `${out.join('\n')}\n`;
}

interface Context {
  paint: (style: Style, s: string) => string;
  width: number;
}

function articleLines(report: Report, { paint, width, position }: Context & { position: (offset: number) => Position }): string[] {
  const lines: string[] = [];
  const { article } = report;
  lines.push(paint('underline', safeText(report.input)));
  const facts = [article.publisher, article.published].filter((s): s is string => Boolean(s)).map(safeText);
  if (article.title) lines.push(`${paint('bold', safeText(article.title))}${facts.length ? paint('dim', ` (${facts.join(', ')})`) : ''}`);
  else if (facts.length) lines.push(paint('dim', facts.join(', ')));
  if (article.url && article.url !== report.input) lines.push(paint('dim', safeText(article.url)));
  const flags = sortFlags(report.flags);
  if (!flags.length) {
    lines.push(paint('dim', '  no flags'));
    return lines;
  }
  const at = flags.map((f) => position(clamp(f.start, report.text.length)));
  // Folds, not Math.max(...list): an article may have more flags than a call has arguments.
  const widest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);
  const lineWidth = widest(at.map((p) => String(p.line).length));
  const columnWidth = widest(at.map((p) => String(p.column).length));
  const severityWidth = widest(flags.map((f) => f.severity.length));
  const ruleWidth = widest(flags.map((f) => f.rule.length));
  const messages = flags.map((f) => safeText(f.message));
  // Rule ids line up in a column when the longest message leaves room for them; a message
  // too long for that column is followed by two spaces instead.
  const fixed = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
  const room = width - fixed - 2 - ruleWidth;
  const widths = messages.map(displayWidth);
  const messageWidth = Math.min(widest(widths), Math.max(0, room));
  flags.forEach((flag, i) => {
    const where = paint('dim', `${String(at[i]!.line).padStart(lineWidth)}:${String(at[i]!.column).padEnd(columnWidth)}`);
    const severity = paint(SEVERITY_STYLE[flag.severity] ?? 'dim', flag.severity.padEnd(severityWidth));
    const message = messages[i]!;
    const pad = ' '.repeat(Math.max(0, messageWidth - widths[i]!));
    lines.push(`  ${where}  ${severity}  ${message}${pad}  ${paint('dim', safeText(flag.rule))}`);
    for (const line of snippet(report, flag, { paint, width })) lines.push(line);
    for (const related of flag.related ?? []) lines.push(relatedLine(report, related, position, { paint, width }));
  });
  return lines;
}

function relatedLine(report: Report, related: Flag['related'][number], position: (offset: number) => Position, { paint, width }: Context): string {
  const { line, column } = position(clamp(related.start, report.text.length));
  const head = `${INDENT}↳ ${line}:${column}  ${safeText(related.message ?? '')}`;
  const quoted = report.text.slice(related.start, related.end).replace(/\s+/g, ' ').trim();
  const room = width - displayWidth(head) - 4;
  const quote = quoted && room >= 12 ? `  \`${truncate(quoted, room)}\`` : '';
  return paint('dim', `${head}${quote}`);
}

const clamp = (n: number, max: number) => Math.min(Math.max(0, Number.isFinite(n) ? n : 0), max);

/** Index of the span in `spans` (sorted, disjoint) that holds `offset`, or -1. */
function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end && !(offset === s.end && s.start === s.end)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding `offset` (or, without sentences, its line). */
function sentenceAt(report: Report, offset: number): Span {
  const i = spanAt(report.sentences, offset);
  if (i >= 0) return report.sentences[i]!;
  const { text } = report;
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  return { start, end: next < 0 ? text.length : next };
}

/**
 * What to underline for a flag: the flag's own span when it is part of one sentence, else
 * the figures inside the flag's span that share a sentence with the first of them (a flag
 * on a whole claim sentence underlines its figures). Empty when there is nothing short to
 * point at (a repeated paragraph).
 */
export function focusOf(report: Report, flag: Span): { sentence: Span; focus: Span[] } | null {
  const length = report.text.length;
  const start = clamp(flag.start, length);
  const end = clamp(flag.end, length);
  if (end < start) return null;
  const sentence = sentenceAt(report, start);
  const within = start >= sentence.start && end <= sentence.end;
  const whole = start <= sentence.start && end >= sentence.end;
  if (within && !whole) return { sentence, focus: [{ start, end }] };
  const figures = inSpan(figuresOf(report), { start, end });
  if (!figures.length) return null;
  const first = sentenceAt(report, figures[0]!.start);
  return { sentence: first, focus: figures.filter((m) => m.start >= first.start && m.end <= first.end).map(({ start: s, end: e }) => ({ start: s, end: e })) };
}

/** The report's non-empty figures in text order, sorted once per report. */
const FIGURES = new WeakMap<Report, Span[]>();
function figuresOf(report: Report): Span[] {
  let figures = FIGURES.get(report);
  if (!figures) {
    figures = [...report.money, ...report.percentages, ...report.quantities].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
    FIGURES.set(report, figures);
  }
  return figures;
}

interface Cell {
  index: number;
  shown: string;
  width: number;
}

/** The sentence (or the part of it around the figure) with the figure underlined. */
function snippet(report: Report, flag: Flag, { paint, width }: Context): string[] {
  const found = focusOf(report, flag);
  if (!found) return [];
  const { sentence, focus } = found;
  const gutter = `${INDENT}│ `;
  const room = width - gutter.length;
  const cells: Cell[] = [];
  for (let i = sentence.start; i < sentence.end; ) {
    const cp = report.text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    cells.push({ index: i, ...displayChar(ch) });
    i += ch.length;
  }
  // Zero-width flags point between characters: a caret under the next one.
  const inFocus = (c: Cell) => focus.some((f) => (f.end > f.start ? c.index >= f.start && c.index < f.end : c.index === f.start));
  let first = 0;
  let last = cells.length; // exclusive
  while (first < last && /\s/.test(cells[first]!.shown || 'x')) first++;
  while (last > first && /\s/.test(cells[last - 1]!.shown || 'x')) last--;
  const focusCells = cells.map((c, i) => (inFocus(c) ? i : -1)).filter((i) => i >= 0);
  const focused = new Set(focusCells);
  if (!focusCells.length) {
    if (!focus.some((f) => f.start === sentence.end)) return [];
    cells.push({ index: sentence.end, shown: ' ', width: 1 });
    focusCells.push(cells.length - 1);
    focused.add(cells.length - 1);
    last = cells.length;
  }
  const columns = (a: number, b: number) => cells.slice(a, b).reduce((w, c) => w + c.width, 0);
  let cutLeft = false;
  let cutRight = false;
  if (columns(first, last) > room) {
    const fa = Math.min(focusCells[0]!, last - 1);
    let fb = Math.max(focusCells[focusCells.length - 1]! + 1, fa + 1);
    if (columns(fa, fb) > room - 2) {
      // Too wide for all the figures: centre on the first.
      let k = focusCells[0]!;
      while (focused.has(k + 1)) k++;
      fb = Math.max(k + 1, fa + 1);
      if (columns(fa, fb) > room - 2) return [];
    }
    let a = fa;
    let b = fb;
    let used = columns(a, b) + 2; // both ellipses, released if a side reaches the sentence's edge
    let grew = true;
    while (grew) {
      grew = false;
      if (a > first && used + cells[a - 1]!.width <= room) {
        a--;
        used += cells[a]!.width;
        grew = true;
      }
      if (b < last && used + cells[b]!.width <= room) {
        used += cells[b]!.width;
        b++;
        grew = true;
      }
    }
    // Cut between words, not inside one.
    if (a > first) {
      let k = a;
      while (k < fa && cells[k - 1]!.shown !== ' ') k++;
      a = k;
    }
    if (b < last) {
      let k = b;
      while (k > fb && cells[k]!.shown !== ' ') k--;
      b = k;
    }
    cutLeft = a > first;
    cutRight = b < last;
    first = a;
    last = b;
  }
  let sentenceLine = cutLeft ? '…' : '';
  let caretLine = cutLeft ? ' ' : '';
  let run = '';
  const flush = () => {
    sentenceLine += paint('bold', paint('underline', run));
    run = '';
  };
  for (let i = first; i < last; i++) {
    const c = cells[i]!;
    if (focused.has(i)) {
      run += c.shown;
      caretLine += '^'.repeat(Math.max(1, c.width));
    } else {
      if (run) flush();
      sentenceLine += c.shown;
      caretLine += ' '.repeat(c.width);
    }
  }
  if (run) flush();
  if (cutRight) sentenceLine += '…';
  const style = SEVERITY_STYLE[flag.severity] ?? 'dim';
  return [`${paint('dim', gutter)}${sentenceLine.trimEnd()}`, `${paint('dim', gutter)}${paint(style, caretLine.trimEnd())}`];
}
