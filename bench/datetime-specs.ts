/**
 * Peer checks for the timestamps extractor, shared by bench/datetime-peers.ts and
 * test/peers/recognizers-datetime.test.ts:
 *
 * - Microsoft Recognizers-Text English DateTime specs (`DateTime/English/DateTimeModel.json`):
 *   which cases are in scope for a finance-news extractor (the rest, with the reason, in
 *   {@link OUT_OF_SCOPE}), and whether our output passes a case.
 * - NIST IE-ER 1999 newswire: DATE and TIME gold spans (DURATION is not a timestamp here).
 *
 * Both read ../shared/corpora at run time; nothing from them is copied into the repository.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../pipeline/extract.js';
import { segment } from '../pipeline/segment.js';
import type { ArticleMeta, Mentions, Timestamp } from '../pipeline/types.js';

/** Runs every registered extractor over plain paragraphs (no cleaning, so offsets stay put). */
export function mentionsOf(paragraphs: string[], published: string | null): Mentions {
  const article = segment(paragraphs);
  const meta: ArticleMeta = { id: null, url: null, title: null, published, publisher: null, author: null };
  return extract(article, meta);
}

// ---------------------------------------------------------------------------------------
// Recognizers-Text

export interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  TypeName: string;
  Resolution?: { values?: { timex?: string; type?: string; value?: string; start?: string; end?: string }[] };
}

export interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: SpecResult[];
}

/**
 * Categories of the DateTime model's expectations that a finance-news timestamp extractor
 * does not aim at, each with the reason. A case is out of scope when any expected span
 * falls in one (first match wins).
 */
export const OUT_OF_SCOPE: { id: string; reason: string; test: (r: SpecResult) => boolean }[] = [
  {
    id: 'type',
    reason: 'durations, sets ("every Monday") and clock-time ranges are not points or periods of the calendar that a claim refers to',
    test: (r) => /\.(?:duration|set|timerange|datetimerange)$/.test(r.TypeName),
  },
  {
    id: 'vague-time',
    reason: 'day parts and colloquial times ("noonish", "tonight around 7", "end of day", "now") name no checkable time',
    test: (r) =>
      /ish\b|noon|mid ?night|tonight|morning|afternoon|evening|\beod\b|end of (?:the )?(?:day|today|tomorrow)|end of (?:this |the )?\w+day|\bnow\b|present|at the moment|at this time/i.test(r.Text),
  },
  {
    id: 'spelled-numbers',
    reason: 'days and clock times spelled out ("may twenty nine", "half past seven", "two thousand and twenty"): news style writes them in digits',
    test: (r) =>
      /\b(?:twenty|thirty|forty|fifty|nineteen|thousand|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|past (?:eight|nine|seven)|o'?clock|oclock)\b/i.test(r.Text) ||
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:days?|weeks?|months?|years?|quarters?)\b)/i.test(r.Text) ||
      /\bsecond of\b|\b\d+ past\b/i.test(r.Text),
  },
  {
    id: 'holiday',
    reason: 'holidays ("christmas eve", "black friday") need a holiday calendar; rare in market copy',
    test: (r) => /christmas|independence|black friday|thanksgiving|easter|new year/i.test(r.Text),
  },
  {
    id: 'season',
    reason: 'seasons ("this summer", "winter") have no month boundaries the article states',
    test: (r) => /summer|winter|spring|\bfall\b|autumn/i.test(r.Text),
  },
  {
    id: 'numeric-without-year',
    reason: 'numeric day/month without a year ("22/04", "5.12", "oct/2", "mar3") reads as a fraction, price or ratio in finance text (3/4, 24/7, 6.45); only dated forms are taken',
    test: (r) =>
      (/(?:^|\s)\d{1,2}[/.-]\d{1,2}(?:\s|$|\()/.test(r.Text) && !/\d{4}|\/\d{2}\b(?![/.-])/.test(r.Text.replace(/^\S+\s/, ''))) ||
      /[a-z]{3}\/\d|\d[a-z]{3}\b|\bmar\d|\/\d+\(|^\d{1,2}(?:st|nd|rd|th)$|^the \d{1,2}(?:st|nd|rd|th)$/i.test(r.Text) ||
      /(?:^|\s)\d{1,2}[/.-]\d{1,2}(?:\s*(?:-|to)\s*\d{1,2}[/.-]\d{1,2})?$/.test(r.Text),
  },
  {
    id: 'unusual-order',
    reason: 'digit-run and year-in-the-middle orders ("20161016", "2016 10 16", "2020/23/sep", "23-2020-september") do not occur in news copy',
    test: (r) => /^\d{8}$|^\d{4} \d{1,2} \d{1,2}$|\d{4}\/\d{1,2}\/[a-z]|\d{1,2}-\d{4}-[a-z]|[a-z]-\d{4}-\d{1,2}$/i.test(r.Text),
  },
  {
    id: 'reference-offsets',
    reason: 'future offsets and durations counted from the reference ("next 3 days", "in 5 minutes", "3 days from today", "the day after"): the article states no date',
    test: (r) =>
      /\b(?:next|following|coming|remaining)\s+(?:\d+|couple|two|three|seven|eleven)\b|\bfrom (?:today|now)\b|\bafter today\b|\bin \d+ min|\d+ min(?:utes)? later|\bday (?:before|after)\b|\bremaining\b/i.test(r.Text),
  },
  {
    id: 'calendar-assistant',
    reason: 'scheduling idioms ("week 31", "w/c feb 4", "this week monday", "tuesday of next week", "the 15th day of next month", "the week", "the month") are a calendar assistant\'s, not a news article\'s',
    test: (r) =>
      /\bweek \d|w\/c|week (?:beginning|starting|commencing)|(?:this|next|previous|last) week\s*-?\s*\w+day|\w+day of (?:next|last|the following) week|(?:first|last) week of|^(?:the )?(?:week|month|year|day)$|\bday of\b|\w+day the \d|\btues\b|following week|earlier previous|\w+day \d+[/.-]\d+|\bthis \d|\bnext \d/i.test(
        r.Text,
      ),
  },
  {
    id: 'bare-clock',
    reason: 'clock times without a colon-minute or am/pm ("at 4", "at 6.45", "2.30"): in finance text these are prices and levels',
    test: (r) =>
      /\.(?:time|datetime)$/.test(r.TypeName) && !/\d:\d\d|\d\s*(?:a|p)\b|\d\s*(?:a\.?|p\.?)\s*m\b|\d(?:am|pm)/i.test(r.Text),
  },
  {
    id: 'invalid-date',
    reason: 'impossible dates ("feb 30", "2/29/2019") are dropped on purpose, Recognizers keeps them',
    test: (r) => /feb\w* 30|feb\w* 29\w*,? 2019|2\/29\/2019|\(2019-02-29|30 2019/i.test(r.Text) || /2019-02-29|-02-30/.test(JSON.stringify(r.Resolution ?? {})),
  },
  {
    id: 'open-range-to-now',
    reason: 'ranges ending "now"/"today" ("from 2019-aug-01 to today", "between jan 22 and now"): two timestamps here, one period there',
    test: (r) => /\b(?:to|and) (?:today|now)\b|between now/i.test(r.Text),
  },
];

/** The file of the DateTime model specs, under the corpus folder. */
export function loadDateTimeModel(corpusDir: string): SpecCase[] {
  const raw = readFileSync(path.join(corpusDir, 'DateTime', 'English', 'DateTimeModel.json'), 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(raw) as SpecCase[];
}

/** Cases the JavaScript port of Recognizers-Text itself supports. */
export const supportedInJavaScript = (c: SpecCase): boolean =>
  !/javascript/i.test(`${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`);

/** The out-of-scope category of a case, or null when it is in scope. */
export function outOfScope(c: SpecCase): string | null {
  for (const r of c.Results) for (const category of OUT_OF_SCOPE) if (category.test(r)) return category.id;
  return null;
}

/** Day `YYYY-MM-DD` → day number. */
const day = (s: string): number => Math.round(Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** [first day, last day + 1) of one of our values (with endValue). */
function interval(value: string, endValue?: string): [number, number] {
  const end = endValue ?? value;
  const startDay = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value.slice(0, 10);
  let stop: number;
  if (end.length === 4) stop = day(`${Number(end) + 1}-01-01`);
  else if (end.length === 7) {
    const [y, m] = end.split('-').map(Number) as [number, number];
    stop = day(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
  } else stop = day(end) + 1;
  return [day(startDay), stop];
}

/** ISO week `2018-W22` of a Monday-to-Sunday interval, or null. */
function isoWeek(a: number, b: number): string | null {
  if (b - a !== 7) return null;
  const monday = new Date(a * 86_400_000);
  if (monday.getUTCDay() !== 1) return null;
  const thursday = new Date((a + 3) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((a + 3 - day(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Whether one of our timestamps carries the value a Recognizers result expects: the same
 * day, date-time (zone ignored) or clock time; for a period the same first and last day
 * (Recognizers ends day ranges on the last day and month ranges on the next month's first
 * day: both are accepted), or our value equal to its timex (`2018`, `2018-05`, `2018-W22`).
 */
export function valueMatches(t: Timestamp, r: SpecResult): boolean {
  if (!t.value) return false;
  const [a, b] = interval(t.value, t.endValue);
  for (const v of r.Resolution?.values ?? []) {
    const timex: string | undefined = v.timex?.replace(/^XXXX/, t.value.slice(0, 4));
    if (timex && (timex === t.value || timex === isoWeek(a, b))) return true;
    // open ranges ("since August", "starting January 7th", "before 2018"): the one bound given
    if (v.type === 'daterange' && Boolean(v.start) !== Boolean(v.end) && (v.start ?? v.end)!.startsWith(t.value)) return true;
    if (v.type === 'date' && v.value && t.value === v.value) return true;
    if (v.type === 'datetime' && v.value) {
      const want = v.value.replace(' ', 'T').replace(/:00$/, '');
      if (t.value.startsWith(want)) return true;
    }
    if (v.type === 'time' && v.value) {
      const want = `T${v.value.replace(/:00$/, '')}`;
      if (t.value.includes(want)) return true;
    }
    if (v.type === 'daterange' && v.start && v.end && a === day(v.start) && (b === day(v.end) || b - 1 === day(v.end))) return true;
  }
  return false;
}

export interface CaseOutcome {
  pass: boolean;
  got: Timestamp[];
  why?: string;
}

/**
 * Runs a case: passes when every expected span is overlapped by exactly one timestamp of
 * ours with the expected value, and we report nothing else (an empty expectation: nothing).
 */
export function runCase(c: SpecCase): CaseOutcome {
  const published = c.Context?.ReferenceDateTime ?? null;
  const got = mentionsOf([c.Input], published).timestamps;
  if (got.length !== c.Results.length) return { pass: false, got, why: `expected ${c.Results.length} timestamp(s), got ${got.length}` };
  for (const r of c.Results) {
    const hit = got.find((t) => t.start <= r.End && r.Start < t.end);
    if (!hit) return { pass: false, got, why: `nothing at ${JSON.stringify(r.Text)}` };
    if (!valueMatches(hit, r)) return { pass: false, got, why: `value ${hit.value ?? '(none)'}${hit.endValue ? `..${hit.endValue}` : ''} for ${JSON.stringify(r.Text)}` };
  }
  return { pass: true, got };
}

// ---------------------------------------------------------------------------------------
// IEER

export interface IeerDoc {
  docno: string;
  /** Wire date, ISO `YYYY-MM-DD`. */
  published: string | null;
  /** Paragraphs of the story body, tags removed, line breaks inside a paragraph made spaces. */
  paragraphs: string[];
  /** Gold spans into `paragraphs.join('\n')`. */
  gold: { start: number; end: number; type: string; kind: 'timex' | 'enamex' | 'numex'; text: string }[];
}

const TAG = /<b_(timex|enamex|numex) type="([A-Z]+)"[^>]*>|<e_(timex|enamex|numex)>/g;

/** The documents of the IEER files under a corpus folder. */
export function loadIeer(corpusDir: string): IeerDoc[] {
  const docs: IeerDoc[] = [];
  for (const file of readdirSync(corpusDir).sort()) {
    if (!/^(?:APW|NYT)_\d+$/.test(file)) continue;
    const raw = readFileSync(path.join(corpusDir, file), 'latin1');
    for (const block of raw.split('<DOC>').slice(1)) {
      const docno = /<DOCNO>\s*(\S+)\s*<\/DOCNO>/.exec(block)?.[1] ?? '?';
      const when = /<DATE_TIME>\s*(\d{2})\/(\d{2})\/(\d{4})/.exec(block);
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(block)?.[1];
      if (!body) continue;
      docs.push({ docno, published: when ? `${when[3]}-${when[1]}-${when[2]}` : null, ...parseIeerText(body) });
    }
  }
  return docs;
}

function parseIeerText(body: string): Pick<IeerDoc, 'paragraphs' | 'gold'> {
  // remove tags, keeping where each span starts and ends in the tag-free text
  let plain = '';
  const open: { kind: string; type: string; at: number }[] = [];
  const spans: { start: number; end: number; type: string; kind: 'timex' | 'enamex' | 'numex' }[] = [];
  let last = 0;
  const text = body.replace(/&AMP;/g, '&').replace(/&amp;/g, '&');
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    plain += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1]) open.push({ kind: m[1], type: m[2]!, at: plain.length });
    else {
      const i = open.map((o) => o.kind).lastIndexOf(m[3]!);
      if (i >= 0) {
        const o = open.splice(i, 1)[0]!;
        spans.push({ start: o.at, end: plain.length, type: o.type, kind: o.kind as 'timex' | 'enamex' | 'numex' });
      }
    }
  }
  plain += text.slice(last);
  // paragraphs begin with an indented line; map each kept character to its new offset
  const map = new Int32Array(plain.length + 1).fill(-1);
  const paragraphs: string[] = [];
  let out = 0;
  let current = '';
  const flush = () => {
    const trimmed = current.replace(/\s+$/, '');
    if (trimmed) {
      paragraphs.push(trimmed);
      out += trimmed.length + 1;
    }
    current = '';
  };
  let i = 0;
  while (i < plain.length) {
    const para = /^\n[\t ]+/.exec(plain.slice(i, i + 12));
    if (para || i === 0) {
      if (para) {
        flush();
        i += para[0].length;
        continue;
      }
    }
    const ch = plain[i]!;
    if (current === '' && /\s/.test(ch)) {
      i++;
      continue;
    }
    map[i] = out + current.length;
    current += ch === '\n' ? ' ' : ch;
    i++;
  }
  flush();
  const joined = paragraphs.join('\n');
  const gold: IeerDoc['gold'] = [];
  for (const s of spans) {
    let a = s.start;
    while (a < s.end && map[a]! < 0) a++;
    let b = s.end - 1;
    while (b >= a && map[b]! < 0) b--;
    if (b < a) continue;
    const start = map[a]!;
    const end = map[b]! + 1;
    if (end > joined.length) continue;
    gold.push({ start, end, type: s.type, kind: s.kind, text: joined.slice(start, end) });
  }
  return { paragraphs, gold };
}

/** Exact and overlap span precision/recall/F1 of predicted vs gold spans. */
export function spanScores(gold: { start: number; end: number }[], predicted: { start: number; end: number }[]) {
  const exact = predicted.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
  const usedGold = new Set<number>();
  let overlap = 0;
  for (const p of predicted) {
    const i = gold.findIndex((g, k) => !usedGold.has(k) && g.start < p.end && p.start < g.end);
    if (i >= 0) {
      usedGold.add(i);
      overlap++;
    }
  }
  return { gold: gold.length, predicted: predicted.length, exact, overlap };
}

/** F1 from true positives, predicted count and gold count. */
export function f1(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
