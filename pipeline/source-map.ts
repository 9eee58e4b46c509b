/**
 * Positions in the input's own lines for text inputs (`.txt`, `.md`, standard input).
 *
 * Report offsets index the cleaned text (one paragraph a line, white space collapsed,
 * wrapped lines joined, boilerplate out), so its line 2 may be the file's line 5. The load
 * stage remembers, for each text record, the content it was read from ({@link rememberSource});
 * once the report exists, {@link sourcePositions} finds each cleaned paragraph in that
 * content (the same characters, white space free to differ) and maps any report offset to
 * the file's 1-based line and column. Nothing is added to the record or the report: the
 * source travels beside the record in a WeakMap, so JSON output and hashes stay the same.
 */
import type { Position } from './format/position.js';
import type { ArticleRecord, Paragraph } from './types.js';

/** What a text record was read from. */
export interface TextSource {
  /** The input as read: a file's content, standard input, a pasted text. */
  content: string;
  /** The text the cleaned paragraphs are searched in (the content itself, or Markdown made plain). */
  text: string;
  /** Offset in `content` of each UTF-16 index of `text`; absent when `text` is `content`. */
  offsets?: ArrayLike<number>;
  /** Where in `text` the body starts (after a title line). */
  from: number;
}

const SOURCES = new WeakMap<object, TextSource>();

/** Remembers where `record` was read from; returns the record. */
export function rememberSource<R extends ArticleRecord>(record: R, source: TextSource): R {
  SOURCES.set(record, source);
  return record;
}

/** The source remembered for `record`, if any. */
export const sourceOf = (record: ArticleRecord): TextSource | undefined => SOURCES.get(record);

/**
 * The source of a plain-text file read as a record whose title is its first non-empty line
 * (see `recordFromPlainText`): the body starts after that line. With `titled` false (a
 * pasted text with its title given apart) the body is the whole content.
 */
export function plainTextSource(content: string, titled = true): TextSource {
  if (!titled) return { content, text: content, from: 0 };
  const first = /[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n|$)/.exec(content);
  return { content, text: content, from: first ? first.index + first[0].length : content.length };
}

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/;
const SPACE = /[\s\u00A0]/;

/**
 * Where `para` (a cleaned paragraph) stands in `text` when it starts at `at`: the text index
 * of each of its characters, or null when it does not stand there. A space of the paragraph
 * stands for any run of white space (line breaks of a wrapped paragraph included).
 */
function matchAt(text: string, at: number, para: string): { map: Int32Array; end: number } | null {
  const map = new Int32Array(para.length);
  let j = at;
  for (let i = 0; i < para.length; i++) {
    while (j < text.length && ZERO_WIDTH.test(text[j]!)) j++;
    const c = para[i]!;
    if (c === ' ') {
      map[i] = j;
      while (j < text.length && (SPACE.test(text[j]!) || ZERO_WIDTH.test(text[j]!))) j++;
      continue;
    }
    if (text[j] !== c) return null;
    map[i] = j++;
  }
  return { map, end: j };
}

interface Placed {
  start: number;
  end: number;
  /** Text index of each character, or null when the paragraph was not found (then `guess`). */
  map: Int32Array | null;
  guess: number;
}

/** Starts of the lines of `s` (after `\n`, `\r\n` or `\r`). */
function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Index of the last element of sorted `xs` that is ≤ `x` (0 when none). */
function floorIndex(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Finds every report paragraph in the source text, in order. */
function place(source: TextSource, cleaned: string, paragraphs: readonly Paragraph[]): Placed[] {
  const { text } = source;
  const starts = lineStarts(text);
  const placed: Placed[] = [];
  let pos = source.from;
  const firstNonBlank = (from: number) => {
    let k = from;
    while (k < text.length && (SPACE.test(text[k]!) || ZERO_WIDTH.test(text[k]!))) k++;
    return k;
  };
  for (const p of paragraphs) {
    const para = cleaned.slice(p.start, p.end);
    if (!para) {
      placed.push({ start: p.start, end: p.end, map: null, guess: pos });
      continue;
    }
    let found: ReturnType<typeof matchAt> = null;
    // A paragraph starts a line of the source; failing that (a cleaning step that cut the
    // start of a line), anywhere after the previous paragraph.
    for (let l = floorIndex(starts, pos); l < starts.length && !found; l++) {
      if (starts[l]! < pos) continue;
      found = matchAt(text, firstNonBlank(starts[l]!), para);
    }
    for (let k = text.indexOf(para[0]!, pos); k >= 0 && !found; k = text.indexOf(para[0]!, k + 1)) found = matchAt(text, k, para);
    if (found) {
      placed.push({ start: p.start, end: p.end, map: found.map, guess: found.map[0]! });
      pos = found.end;
    } else {
      placed.push({ start: p.start, end: p.end, map: null, guess: firstNonBlank(pos) });
    }
  }
  return placed;
}

/**
 * Maps report offsets to offsets in `source.content`.
 * @param cleaned the report's `text`; `paragraphs` its paragraphs.
 */
export function sourceOffsets(source: TextSource, cleaned: string, paragraphs: readonly Paragraph[]): (offset: number) => number {
  const placed = place(source, cleaned, paragraphs);
  const starts = placed.map((p) => p.start);
  const toContent = (t: number): number => {
    if (!source.offsets) return Math.min(Math.max(0, t), source.content.length);
    if (t >= source.offsets.length) return source.offsets.length ? source.offsets[source.offsets.length - 1]! + 1 : source.content.length;
    return source.offsets[Math.max(0, t)]!;
  };
  const inText = (p: Placed, offset: number): number => {
    const k = Math.min(Math.max(offset - p.start, 0), p.end - p.start);
    if (!p.map) return Math.min(p.guess + k, source.text.length);
    if (k < p.map.length) return p.map[k]!;
    return p.map.length ? p.map[p.map.length - 1]! + 1 : p.guess;
  };
  return (offset: number) => {
    if (!placed.length) return toContent(source.from);
    const p = placed[floorIndex(starts, offset)]!;
    if (offset < p.start) return toContent(p.map ? p.map[0]! : p.guess);
    if (offset <= p.end) {
      // The end of a span is one past its last character.
      if (offset > p.start && offset === p.end) return toContent(inText(p, offset - 1)) + 1;
      return toContent(inText(p, offset));
    }
    // Between paragraphs (the line break after one): just after its end.
    return toContent(inText(p, p.end - 1)) + 1;
  };
}

/** Offset → 1-based line and column in `content` (lines end at `\n`, `\r\n` or `\r`; columns count UTF-16 code units). */
export function contentPositions(content: string): (offset: number) => Position {
  const starts = lineStarts(content);
  return (offset: number) => {
    const line = floorIndex(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

/**
 * For a report of a text record with a remembered source: report offset → line and column
 * in the input as read. Null for other records (HTML, JSON), whose positions stay those of
 * the cleaned text.
 */
export function sourcePositions(record: ArticleRecord, report: { text: string; paragraphs: readonly Paragraph[] }): ((offset: number) => Position) | null {
  const source = sourceOf(record);
  if (!source) return null;
  const offsets = sourceOffsets(source, report.text, report.paragraphs);
  const position = contentPositions(source.content);
  return (offset: number) => position(offsets(offset));
}
