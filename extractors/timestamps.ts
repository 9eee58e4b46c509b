/**
 * timestamps: points and periods in time, as written, normalised to an ISO-8601 prefix at
 * the written precision (`May 2025` → `2025-05`, `May 28, 2025, at 10:00 AM EST` →
 * `2025-05-28T10:00-05:00`).
 *
 * - chrono-node (a strict configuration plus its month-name parser, built once) finds the
 *   calendar dates and clock times; only the components the text states are kept, so the
 *   precision is the written one, and the zone is read here (extractors/zones.ts), so a
 *   written `EST` stays `-05:00` in summer and `ET` follows the date.
 * - Patterns here add what chrono lacks: quarters (`Q3 2025`, `third quarter`, `3Q25`),
 *   halves (`H1 2026`, `first half of 2026`), fiscal years (`fiscal 2024`, `FY25`), bare
 *   years (`in 2024`), year ranges, modifiers (`mid-November 2025`, `late 2025`) and
 *   relative expressions (`yesterday`, `last week`, `the past month`, `past 24 hours`,
 *   `three days ago`, `year-to-date`).
 * - A missing year comes from `meta.published`, otherwise from the article's own dates (the
 *   latest full date it writes). Relative expressions and weekdays resolve against
 *   `published` only; without it they are reported with `relative: true` and no value.
 * - Durations (`24-hour`, `four hours`) and anaphora (`the same day`) are not timestamps.
 * - Nothing is taken from inside an earlier figure (money, percentages, quantities).
 */
import { Chrono, en, type ParsedComponents } from 'chrono-node';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  dayNumber,
  isoDay,
  isoMonth,
  isValidDay,
  mondayOf,
  pad2,
  parseIsoPrefix,
  weekdayOf,
  type Ymd,
} from './calendar.js';
import type { Extractor, LiveParagraph } from './extractor.js';
import type { Timestamp } from '../pipeline/types.js';
import { formatOffset, lookupZone, offsetOn, ZONE_SOURCE, type WrittenZone } from './zones.js';

/** What a candidate resolves to. */
interface Resolution {
  value?: string;
  endValue?: string;
  relative?: boolean;
}

/** What resolution may use: the published day, the inferred reference day, the last full date before the candidate. */
interface Anchors {
  published: Ymd | null;
  reference: Ymd | null;
  lastDay: Ymd | null;
}

/** A found expression before resolution. Offsets are absolute. */
interface Candidate {
  start: number;
  end: number;
  /** Higher wins an overlap of equal length. */
  priority: number;
  zone?: WrittenZone;
  /** A date the text states in full (used to infer the reference and for later clock times). */
  statedDay?: Ymd;
  /** Year and month the text states (for the reference when no full date is written). */
  statedMonth?: { year: number; month: number };
  statedYear?: number;
  /** A clock time alone (chrono), which a neighbouring "today"/"yesterday" may date. */
  clock?: Parts;
  /** A month and day without a year (chrono), which a following "of 1995" may complete. */
  yearless?: Parts;
  resolve(anchors: Anchors): Resolution;
}

// ---------------------------------------------------------------------------------------
// chrono, configured once

const chrono = (() => {
  const config = en.configuration.createConfiguration(true, false);
  // durations ("within four hours", "in 3 days", "2 weeks ago") are not chrono's job here
  config.parsers = config.parsers.filter((p) => !/TimeUnit/.test(p.constructor.name));
  const monthName = en.configuration.createCasualConfiguration(false).parsers.find((p) => p.constructor.name === 'ENMonthNameParser');
  if (monthName) config.parsers.push(monthName);
  // strict mode drops a weekday alone ("on Tuesday"); keep it, the rest of strict mode stays
  for (const refiner of config.refiners) {
    if (refiner.constructor.name === 'UnlikelyFormatFilter' && 'strictMode' in refiner) (refiner as { strictMode: boolean }).strictMode = false;
  }
  return new Chrono(config);
})();

/** Any reference works: only components the text states are used. */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_WORD = new RegExp(`\\b(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b`, 'i');
const WEEKDAY_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const LEADING_WORDS = /^(?:(?:at|on|in|by|from|of|the|this|since|until|as)\s+)+/i;
const ZONE_AFTER = new RegExp(`^\\s*(?:[(\\[]\\s*)?(${ZONE_SOURCE})\\s*[)\\]]?`, 'i');
const ZONE_INSIDE = new RegExp(`(?<![\\w$])(${ZONE_SOURCE})(?![\\w])`, 'gi');

/** Components chrono marks as written. */
interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  weekday?: number;
}

function knownParts(c: ParsedComponents): Parts {
  const parts: Parts = {};
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'weekday'] as const) {
    if (c.isCertain(key)) {
      const v = c.get(key);
      if (v !== null) parts[key] = v;
    }
  }
  return parts;
}

/** The zone written in or right after a span; extends `end` over a trailing zone chrono left out. */
function findZone(text: string, start: number, end: number): { zone: WrittenZone; end: number } | null {
  const after = ZONE_AFTER.exec(text.slice(end, end + 40));
  if (after) {
    const zone = acceptZone(after[1]!, /(?:\d|[ap]\.?m\.?)$/i.test(text.slice(start, end)));
    if (zone) return { zone, end: end + after[0].length - (after[0].length - after[0].trimEnd().length) };
  }
  let found: WrittenZone | null = null;
  ZONE_INSIDE.lastIndex = 0;
  const span = text.slice(start, end);
  for (let m = ZONE_INSIDE.exec(span); m; m = ZONE_INSIDE.exec(span)) found = acceptZone(m[1]!, /(?:\d|[ap]\.?m\.?)\s*$/i.test(span.slice(0, m.index))) ?? found;
  return found ? { zone: found, end } : null;
}

/**
 * Abbreviations count only in upper case (`ET` is a zone, `et` a word), except right after a
 * clock time, where a lower-case zone of three or four letters can only be the zone
 * ("4:00 pm est").
 */
function acceptZone(written: string, afterClock = false): WrittenZone | null {
  if (/^[a-z]+$/i.test(written) && written.length <= 5 && written !== written.toUpperCase()) {
    if (!(afterClock && LOWER_CASE_ZONES.has(written.toLowerCase()))) return null;
    return lookupZone(written.toUpperCase());
  }
  return lookupZone(written);
}

/** Zones a writer may put in lower case after a clock time; `et`, `ct`, `pt` stay words. */
const LOWER_CASE_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'jst', 'hkt', 'sgt', 'aest', 'aedt']);

function chronoCandidates(p: LiveParagraph, text: string, out: Candidate[]): void {
  for (const result of chrono.parse(p.text, CHRONO_REFERENCE)) {
    let start = p.start + result.index;
    let end = start + result.text.length;
    const lead = LEADING_WORDS.exec(result.text);
    if (lead) start += lead[0].length;
    const trail = /(?<![\s,;:(])[\s,;:(]+$/.exec(result.text);
    if (trail) end -= trail[0].length;
    const written = text.slice(start, end);
    if (!written) continue;
    const s = knownParts(result.start);
    const e = result.end ? knownParts(result.end) : null;
    if (!plausibleChrono(written, s, text, start)) continue;
    const hasTime = s.hour !== undefined;
    let zone: WrittenZone | undefined;
    if (hasTime) {
      const z = findZone(text, start, end);
      if (z) {
        zone = z.zone;
        end = z.end;
      }
    }
    if (e && e.year !== undefined && s.year === undefined && s.month !== undefined) s.year = e.year;
    if (e && e.month !== undefined && e.day !== undefined && e.year === undefined && s.year !== undefined) e.year = s.year;
    const modifier = /^(last|past|next|coming)\s/i.exec(written)?.[1]?.toLowerCase();
    out.push(chronoCandidate(start, end, s, e, zone, modifier === 'last' || modifier === 'past' ? -1 : modifier ? 1 : 0));
  }
}

/** Rejects chrono matches that are not dates in this genre. */
function plausibleChrono(written: string, s: Parts, text: string, start: number): boolean {
  const onlyMonth = s.month !== undefined && s.day === undefined && s.year === undefined && s.hour === undefined;
  const monthWord = MONTH_WORD.exec(written)?.[0];
  if (monthWord) {
    const capitalised = monthWord[0] === monthWord[0]!.toUpperCase();
    const shouting = monthWord.length > 1 && monthWord === monthWord.toUpperCase();
    // "may", "march" in lower case are a verb and a noun; "MAY" in a capitalised headline too
    if (!capitalised || shouting) {
      const dated = /^may$/i.test(monthWord) ? s.year !== undefined : s.year !== undefined || s.day !== undefined;
      if (!dated) return false;
    }
    if (onlyMonth && /^may$/i.test(monthWord) && sentenceInitial(text, start) && !MAY_AS_MONTH.test(text.slice(start, start + 24))) return false;
    // "We March to ...", "to march": a verb
    if (onlyMonth && /\b(?:we|they|I|you|to|will|would|can|could|may|might|must|should|and)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  } else if (s.month !== undefined && s.hour === undefined) {
    // 3/4, 24/7: a fraction, not a date, without a year; 30/4.85 mixes separators
    if (s.year === undefined && /^\d{1,2}[/.-]\d{1,2}$/.test(written)) return false;
    const separators = written.match(/[/.-]/g) ?? [];
    if (new Set(separators).size > 1 && /^\d/.test(written)) return false;
    if (/^[.,]?\d/.test(text.slice(start + written.length, start + written.length + 2))) return false;
  }
  if (s.weekday !== undefined && s.day === undefined && !WEEKDAY_WORD.test(written)) return false;
  if (s.hour !== undefined && s.day === undefined && s.weekday === undefined && s.month === undefined) {
    // a clock time alone: needs a colon with minutes or am/pm ("10:00", "3 p.m."), not a ratio
    if (!/\d:\d\d|[ap]\.?m\b|noon|midnight/i.test(written)) return false;
  }
  if (s.hour !== undefined && /^[.,]\d/.test(text.slice(start + written.length, start + written.length + 2))) return false; // 1:18.9, a race time
  return true;
}

/** "May" opening a sentence is the month when a verb of reporting follows ("May saw outflows"). */
const MAY_AS_MONTH = /^May\s+(?:was|saw|is|has|had|marked|brought|ended|closed|also|proved|delivered|recorded|posted|turned)\b/;

function sentenceInitial(text: string, start: number): boolean {
  return /(?:^|[.!?]["'\u201d\u2019)]*\s+|\n|^\s*)(?:["'\u201c\u2018(`]|``)?$/.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * What may stand between a clock time and the date it is on: "0800 GMT on Thursday", "3 p.m.
 * in London on Friday, May 30", "the 3 p.m. London snapshot on May 30" (never a word that
 * starts another time: "3 p.m. until Friday").
 */
const CLOCK_TO_DAY = /^\s*(?:,\s*)?(?:(?:(?!(?:until|till|since|after|before|from|to|and|or|but)\s)[A-Za-z][\w'’.-]*\s+){1,3}on\s+|on\s+)?$/i;

/** `weekShift`: -1 for "last Friday", 1 for "next Friday", 0 for a bare weekday. */
function chronoCandidate(start: number, end: number, s: Parts, e: Parts | null, zone: WrittenZone | undefined, weekShift: number): Candidate {
  const full = s.year !== undefined && s.month !== undefined && s.day !== undefined;
  const candidate: Candidate = {
    start,
    end,
    priority: 2,
    resolve(anchors) {
      const relativeWeekday = s.weekday !== undefined && s.day === undefined && s.month === undefined;
      if (relativeWeekday) {
        if (!anchors.published) return { relative: true };
        let day = weekdayOnOrBefore(anchors.published, s.weekday!);
        if (weekShift < 0 && dayNumber(day) === dayNumber(anchors.published)) day = addDays(day, -7);
        if (weekShift > 0) day = addDays(day, 7);
        return { value: formatParts({ ...day, hour: s.hour, minute: s.minute, second: s.second }, zone), relative: true };
      }
      if (s.month === undefined && s.day === undefined && s.year === undefined) {
        // a clock time alone: on the last date written before it, or the published day
        const day = anchors.lastDay ?? anchors.published;
        if (!day) return { relative: true };
        return { value: formatParts({ ...day, hour: s.hour, minute: s.minute, second: s.second }, zone), relative: anchors.lastDay ? undefined : true };
      }
      const year = s.year ?? inferYear(s.month!, s.day, anchors.reference);
      if (year === undefined) return {};
      const value = formatParts({ ...s, year }, zone);
      if (!value) return {};
      const resolution: Resolution = { value };
      if (e && (e.month !== undefined || e.day !== undefined || e.year !== undefined)) {
        const endYear = e.year ?? inferYear(e.month ?? s.month!, e.day, anchors.reference) ?? year;
        const endValue = formatParts({ ...e, year: endYear, month: e.month ?? s.month }, zone);
        if (endValue) resolution.endValue = endValue;
      }
      return resolution;
    },
  };
  if (zone) candidate.zone = zone;
  if (s.hour !== undefined && s.day === undefined && s.month === undefined && s.year === undefined && s.weekday === undefined) candidate.clock = s;
  if (s.month !== undefined && s.day !== undefined && s.year === undefined && !e) candidate.yearless = s;
  if (full && isValidDay(s.year!, s.month!, s.day!)) candidate.statedDay = { year: s.year!, month: s.month!, day: s.day! };
  else if (s.year !== undefined && s.month !== undefined) candidate.statedMonth = { year: s.year, month: s.month };
  else if (s.year !== undefined) candidate.statedYear = s.year;
  return candidate;
}

/** ISO prefix of written parts: `2025`, `2025-05`, `2025-05-28`, `2025-05-28T10:00-05:00`. */
function formatParts(p: Parts, zone: WrittenZone | undefined): string | undefined {
  if (p.year === undefined) return undefined;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return isoMonth(p.year, p.month);
  if (!isValidDay(p.year, p.month, p.day)) return undefined;
  const day = isoDay({ year: p.year, month: p.month, day: p.day });
  if (p.hour === undefined) return day;
  let value = `${day}T${pad2(p.hour)}:${pad2(p.minute ?? 0)}`;
  if (p.second) value += `:${pad2(p.second)}`;
  if (zone) value += formatOffset(offsetOn(zone, p.year, p.month, p.day, p.hour));
  return value;
}

/** The year that puts month (and day) closest to the reference day. */
function inferYear(month: number, day: number | undefined, reference: Ymd | null): number | undefined {
  if (!reference) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (day !== undefined && !isValidDay(year, month, day)) continue; // 29 February
    const d = Math.min(day ?? 15, 28);
    const distance = Math.abs(dayNumber({ year, month, day: d }) - dayNumber(reference));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = year;
    }
  }
  return best;
}

/** The latest date on or before `day` that falls on `weekday` (0 = Sunday). */
function weekdayOnOrBefore(day: Ymd, weekday: number): Ymd {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

// ---------------------------------------------------------------------------------------
// patterns chrono lacks

const ORDINAL: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};
const NUMBER_WORD: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'twenty-four': 24, 'forty-eight': 48, ninety: 90,
};
const NUM = `(?:\\d{1,3}|${Object.keys(NUMBER_WORD).sort((a, b) => b.length - a.length).join('|')})`;
const YEAR = '(?:19\\d\\d|20\\d\\d)';
const FISCAL = '(?:[Ff]iscal(?:\\s+[Yy]ear)?|FY)';

const NUM_BEFORE_UNIT = new RegExp(`\\b(${NUM})\\s+(?:hours?|days?|weeks?|months?|quarters?|years?|sessions?|trading)`, 'i');

const twoDigitYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const cleanYear = (y: string | undefined): number | undefined => (y ? twoDigitYear(y.replace(/^'|^FY\s*/i, '')) : undefined);

/** A period of months within a year, e.g. a quarter; `fiscal` keeps only the year. */
function monthPeriod(first: number, last: number, year: number | undefined, fiscal: boolean, relativeTo?: 'this' | 'last' | 'next'): (a: Anchors) => Resolution {
  return (anchors) => {
    if (relativeTo) {
      if (!anchors.published) return { relative: true };
      const span = last - first + 1;
      const current = Math.floor((anchors.published.month - 1) / span) * span + 1;
      const shift = relativeTo === 'last' ? -span : relativeTo === 'next' ? span : 0;
      const from = addMonths(anchors.published.year, current, shift);
      const to = addMonths(from.year, from.month, span - 1);
      return { value: isoMonth(from.year, from.month), endValue: isoMonth(to.year, to.month), relative: true };
    }
    let y = year;
    if (y === undefined) {
      const ref = anchors.reference;
      if (!ref) return {};
      // the year that puts the period nearest the reference day: "third quarter" in June is
      // this year's (ahead), in January "fourth-quarter results" are last year's (just ended)
      const at = ref.year * 12 + ref.month - 1;
      // news looks back more often than ahead: a month ahead counts double
      const gap = (year: number) => Math.max(0, 2 * (year * 12 + first - 1 - at), at - (year * 12 + last - 1));
      y = [ref.year, ref.year - 1, ref.year + 1].reduce((best, year) => (gap(year) < gap(best) ? year : best));
    }
    if (fiscal) return { value: String(y) };
    return { value: isoMonth(y, first), endValue: isoMonth(y, last) };
  };
}

/** Adds a pattern candidate. */
function push(out: Candidate[], start: number, end: number, priority: number, resolve: (a: Anchors) => Resolution, statedYear?: number): void {
  const c: Candidate = { start, end, priority, resolve };
  if (statedYear !== undefined) c.statedYear = statedYear;
  out.push(c);
}

interface Pattern {
  re: RegExp;
  priority: number;
  make(m: RegExpExecArray): ((a: Anchors) => Resolution) | null;
  /** A stated year, for the reference. */
  year?(m: RegExpExecArray): number | undefined;
}

const yearOfRelative = (word: string | undefined): 'this' | 'last' | 'next' | undefined =>
  word ? (/^(?:last|previous|past|prior)$/i.test(word) ? 'last' : /^(?:next|coming|following)$/i.test(word) ? 'next' : 'this') : undefined;

const quarterOf = (q: number): [number, number] => [q * 3 - 2, q * 3];
const halfOf = (h: number): [number, number] => (h === 1 ? [1, 6] : [7, 12]);

/**
 * Wire-service clock times without a colon, which only a zone makes times: `1030 EST`,
 * `by 1500 GMT`, `0800 CEST`, `1645 hrs GMT`, and the European dotted form `10.00 CEST`.
 */
const WIRE_TIME = new RegExp(`(?<![\\d:.,$€£¥-])(?:([01]\\d|2[0-3])([0-5]\\d)|([01]?\\d|2[0-3])\\.([0-5]\\d))\\s?(?:hrs?\\.?\\s|h\\s)?(${ZONE_SOURCE})(?![\\w])`, 'g');

/** The same in lower case ("at 0930 bst"), only after a word that introduces a time: "2025 est." is an estimate's year. */
const WIRE_TIME_LOWER = new RegExp(`(?<=\\b(?:at|by|from|until|till|before|after|around|about|to)\\s)([01]\\d|2[0-3])([0-5]\\d)\\s?(?:hrs?\\.?\\s|h\\s)?(${[...LOWER_CASE_ZONES].join('|')})(?![\\w])`, 'g');

function wireTimeCandidates(p: LiveParagraph, out: Candidate[]): void {
  WIRE_TIME_LOWER.lastIndex = 0;
  for (let m = WIRE_TIME_LOWER.exec(p.text); m; m = WIRE_TIME_LOWER.exec(p.text)) {
    const zone = acceptZone(m[3]!, true);
    if (!zone) continue;
    const c = chronoCandidate(p.start + m.index, p.start + m.index + m[0].length, { hour: Number(m[1]), minute: Number(m[2]) }, null, zone, 0);
    c.priority = 3;
    out.push(c);
  }
  WIRE_TIME.lastIndex = 0;
  for (let m = WIRE_TIME.exec(p.text); m; m = WIRE_TIME.exec(p.text)) {
    const zone = acceptZone(m[5]!);
    if (!zone) continue;
    const clock: Parts = { hour: Number(m[1] ?? m[3]), minute: Number(m[2] ?? m[4]) };
    const c = chronoCandidate(p.start + m.index, p.start + m.index + m[0].length, clock, null, zone, 0);
    c.priority = 3;
    out.push(c);
  }
}

const PATTERNS: Pattern[] = [
  // Q3 2025, Q3'25, Q3 FY25, fiscal Q3 2025, Q3 of 2025
  {
    re: new RegExp(`\\b(?:(${FISCAL})\\s*)?Q([1-4])(?:\\s*(?:of\\s+)?(?:(${FISCAL})\\s*)?('\\d{2}|${YEAR}|(?<=FY\\s?)\\d{2}))?(?![\\w%$])`, 'g'),
    priority: 3,
    make: (m) => {
      const [a, b] = quarterOf(Number(m[2]));
      return monthPeriod(a, b, cleanYear(m[4]), Boolean(m[1] || m[3]));
    },
    year: (m) => cleanYear(m[4]),
  },
  // 2017 Q1, 2017-Q1, 2019 H2 (a written year makes a lower-case q or h safe)
  {
    re: new RegExp(`\\b(${YEAR})[-\\s]([QqHh])([1-4])(?![\\w%$])`, 'g'),
    priority: 3,
    make: (m) => {
      const n = Number(m[3]);
      const half = /h/i.test(m[2]!);
      if (half && n > 2) return null;
      const [a, b] = half ? halfOf(n) : quarterOf(n);
      return monthPeriod(a, b, Number(m[1]), false);
    },
    year: (m) => Number(m[1]),
  },
  // q3 2019 in lower case, with its year
  {
    re: new RegExp(`\\bq([1-4])\\s+(${YEAR})\\b`, 'g'),
    priority: 3,
    make: (m) => {
      const [a, b] = quarterOf(Number(m[1]));
      return monthPeriod(a, b, Number(m[2]), false);
    },
    year: (m) => Number(m[2]),
  },
  // 3Q25, 3Q 2025
  {
    re: new RegExp(`\\b([1-4])Q\\s?('?\\d{2}|${YEAR})\\b`, 'g'),
    priority: 3,
    make: (m) => {
      const [a, b] = quarterOf(Number(m[1]));
      return monthPeriod(a, b, cleanYear(m[2]), false);
    },
    year: (m) => cleanYear(m[2]),
  },
  // (fiscal 2025) third quarter (of (fiscal) 2025 | of this year)
  {
    re: new RegExp(
      `\\b(?:(?:(${FISCAL})\\s*)?(${YEAR}|'\\d{2})\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[-\\s]quarter(?:\\s+of\\s+(?:(?:(fiscal)(?:\\s+year)?\\s+)?(${YEAR})|(?:the\\s+)?(this|last|next|current|previous)\\s+year|the\\s+year))?\\b`,
      'gi',
    ),
    priority: 3,
    make: (m) => {
      const [a, b] = quarterOf(ORDINAL[m[3]!.toLowerCase()]!);
      const year = cleanYear(m[2] ?? m[5]);
      const fiscal = Boolean(m[1] || m[4]);
      if (m[6]) return relativeYearPeriod(a, b, yearOfRelative(m[6])!);
      return monthPeriod(a, b, year, fiscal);
    },
    year: (m) => cleanYear(m[2] ?? m[5]),
  },
  // this quarter, last quarter, next quarter
  {
    re: /\b(this|last|next|previous|current|coming|following|past)\s+quarter\b(?!\s+of\b)/gi,
    priority: 2,
    make: (m) => monthPeriod(1, 3, undefined, false, yearOfRelative(m[1])),
  },
  // H1 2026, 1H26, H2'25
  {
    re: new RegExp(`\\b(?:H([12])(?:\\s*(?:of\\s+)?('\\d{2}|${YEAR}|(?<=H[12])\\d{2}))?|([12])H\\s?('?\\d{2}|${YEAR}))(?![\\w%$])`, 'g'),
    priority: 3,
    make: (m) => {
      const [a, b] = halfOf(Number(m[1] ?? m[3]));
      return monthPeriod(a, b, cleanYear(m[2] ?? m[4]), false);
    },
    year: (m) => cleanYear(m[2] ?? m[4]),
  },
  // first half of 2026, second-half, the back half of the year
  {
    re: new RegExp(
      `\\b(?:(${YEAR})\\s+)?(first|second|1st|2nd|back|latter)[-\\s]half(?:\\s+of\\s+(?:(?:(fiscal)(?:\\s+year)?\\s+)?(${YEAR})|(?:the\\s+)?(this|last|next|current|previous)\\s+year|the\\s+year)|(?!\\s+of\\b))`,
      'gi',
    ),
    priority: 3,
    make: (m) => {
      const h = /^(?:first|1st)$/i.test(m[2]!) ? 1 : 2;
      const [a, b] = halfOf(h);
      if (m[5]) return relativeYearPeriod(a, b, yearOfRelative(m[5])!);
      return monthPeriod(a, b, cleanYear(m[1] ?? m[4]), Boolean(m[3]));
    },
    year: (m) => cleanYear(m[1] ?? m[4]),
  },
  // the first six/nine months of 2025
  {
    re: new RegExp(`\\b(?:first|last)\\s+(three|six|nine|3|6|9)\\s+months\\s+of\\s+(?:(${YEAR})|(?:the\\s+)?(this|last)\\s+year)\\b`, 'gi'),
    priority: 3,
    make: (m) => {
      const n = /^(?:three|3)$/i.test(m[1]!) ? 3 : /^(?:six|6)$/i.test(m[1]!) ? 6 : 9;
      const first = /^last/i.test(m[0]) ? 13 - n : 1;
      const last = first + n - 1;
      if (m[3]) return relativeYearPeriod(first, last, yearOfRelative(m[3])!);
      return monthPeriod(first, last, cleanYear(m[2]), false);
    },
    year: (m) => cleanYear(m[2]),
  },
  // fiscal 2024, fiscal year 2025, FY2024, FY24, FY 2025; 2025 fiscal year
  {
    re: new RegExp(`\\b(?:${FISCAL}\\s*'?(${YEAR}|\\d{2})|(${YEAR})\\s+fiscal\\s+year)\\b`, 'gi'),
    priority: 3,
    make: (m) => {
      const year = cleanYear(m[1] ?? m[2]);
      return () => ({ value: String(year) });
    },
    year: (m) => cleanYear(m[1] ?? m[2]),
  },
  // year ranges: 2020-2024, 2020–24, 2024/25, 2020 to 2024, between 2020 and 2024
  {
    re: new RegExp(`(?<![\\d$€£¥.,])(?:(between)\\s+)?(${YEAR})(?:\\s*[-–—/]\\s*(${YEAR}|\\d{2}|(?<=\\/)\\d(?!\\d))|\\s+(?:to|through|until|and)\\s+(${YEAR}))(?![\\d%]|[.,]\\d|\\s*(?:%|percent))`, 'g'),
    priority: 2,
    make: (m) => {
      if (/\band\s/.test(m[0]) && !m[1]) return null; // "2007 and 2009": two years
      const from = Number(m[2]);
      const second = m[3] ?? m[4]!;
      let to = Number(second);
      if (second.length === 2) to = Math.floor(from / 100) * 100 + to;
      // "1987/8": a fiscal or crop year written with one digit; "1999/00" runs into the next century
      if (second.length === 1) to = Math.floor(from / 10) * 10 + to;
      if (second.length <= 2 && to < from) to += second.length === 2 ? 100 : 10;
      if (to <= from || to - from > 50) return null;
      return () => ({ value: String(from), endValue: String(to) });
    },
    year: (m) => Number(m[2]),
  },
  // bare years: in 2024, since 2021, 2025's rally
  {
    re: new RegExp(`(?<![\\d$€£¥#.,:/]|\\d[-–])(${YEAR})(?![\\d%]|[.,:/]\\d|\\s*(?:%|percent|[-–]\\s*\\d))`, 'g'),
    priority: 1,
    make: (m) => {
      const year = Number(m[1]);
      return () => ({ value: String(year) });
    },
    year: (m) => Number(m[1]),
  },
  // relative calendar units: this week, last month, next year, this weekend
  {
    re: /\b(?:(earlier|later)\s+)?(this|last|next|coming|current)\s+(week|month|year|weekend)\b(?!\s+of\b)/gi,
    priority: 2,
    make: (m) => relativeUnit(m[2]!.toLowerCase(), m[3]!.toLowerCase()),
  },
  // earlier in the week, later in the year
  {
    re: /\b(?:earlier|later)\s+in\s+the\s+(week|month|year)\b/gi,
    priority: 2,
    make: (m) => relativeUnit('this', m[1]!.toLowerCase()),
  },
  // the end of the year, end of this month, year-end, EOY
  {
    re: /\b(?:(?:the\s+)?(?:end|close|start|beginning)\s+of\s+(?:the\s+|this\s+)?(year|month|week|quarter)|(year)[-\s]end|\b(EOY))\b(?!\s+(?:of|\d))/gi,
    priority: 2,
    make: (m) => {
      const unit = (m[1] ?? m[2] ?? 'year').toLowerCase();
      return unit === 'quarter' ? monthPeriod(1, 3, undefined, false, 'this') : relativeUnit('this', unit);
    },
  },
  // the past month, the last 30 days, past 24 hours, over the past week
  {
    re: new RegExp(`\\b(?:(?:the\\s+)(?:past|last|previous|prior)\\s+(?:${NUM}\\s+)?|past\\s+(?:${NUM}\\s+)?|(?:last|previous)\\s+${NUM}\\s+)(hours?|days?|weeks?|months?|quarters?|years?|sessions?|trading\\s+days?)\\b`, 'gi'),
    priority: 2,
    make: (m) => {
      const num = NUM_BEFORE_UNIT.exec(m[0]);
      const n = num ? (NUMBER_WORD[num[1]!.toLowerCase()] ?? Number(num[1])) : 1;
      if (!Number.isFinite(n) || n <= 0) return null;
      if (/^(?:the\s+)?(?:previous|prior)\s/i.test(m[0]) && !num) return null; // "the previous week": anaphoric
      return rollingWindow(m[1]!.toLowerCase(), n);
    },
  },
  // three days ago, a week ago
  {
    re: new RegExp(`\\b(${NUM})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
    priority: 2,
    make: (m) => {
      const n = NUMBER_WORD[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      return (anchors) => {
        const p = anchors.published;
        if (!p) return { relative: true };
        if (unit === 'day') return { value: isoDay(addDays(p, -n)), relative: true };
        if (unit === 'week') return { value: isoDay(addDays(p, -7 * n)), relative: true };
        if (unit === 'month') {
          const x = addMonths(p.year, p.month, -n);
          return { value: isoMonth(x.year, x.month), relative: true };
        }
        return { value: String(p.year - n), relative: true };
      };
    },
  },
  // today, yesterday, tomorrow, tonight, this morning
  {
    re: /\b(?:(earlier|later)\s+)?(today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    priority: 2,
    make: (m) => {
      const word = m[2]!.toLowerCase();
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return (anchors) => (anchors.published ? { value: isoDay(addDays(anchors.published, shift)), relative: true } : { relative: true });
    },
  },
  // over the weekend, last weekend
  {
    re: /\b(?:over|during)\s+the\s+(weekend)\b/gi,
    priority: 2,
    make: () => relativeUnit('last', 'weekend'),
  },
  // year-to-date, YTD, so far this year
  {
    re: /\b(?:year[-\s]to[-\s]date|so\s+far\s+this\s+year)\b|\bYTD\b/g,
    priority: 2,
    make: () => (anchors) =>
      anchors.published
        ? { value: `${anchors.published.year}-01-01`, endValue: isoDay(anchors.published), relative: true }
        : { relative: true },
  },
];


/** A period of the year named relative to the published year ("the first half of this year"). */
function relativeYearPeriod(first: number, last: number, which: 'this' | 'last' | 'next'): (a: Anchors) => Resolution {
  return (anchors) => {
    if (!anchors.published) return { relative: true };
    const y = anchors.published.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    return { value: isoMonth(y, first), endValue: isoMonth(y, last), relative: true };
  };
}

/** this/last/next week, month, year, weekend: the calendar unit around the published day. */
function relativeUnit(which: string, unit: string): (a: Anchors) => Resolution {
  const shift = /^(?:last)$/.test(which) ? -1 : /^(?:next|coming)$/.test(which) ? 1 : 0;
  return (anchors) => {
    const p = anchors.published;
    if (!p) return { relative: true };
    if (unit === 'year') return { value: String(p.year + shift), relative: true };
    if (unit === 'month') {
      const x = addMonths(p.year, p.month, shift);
      return { value: isoMonth(x.year, x.month), relative: true };
    }
    if (unit === 'weekend') {
      // the weekend before the published day ("last weekend", "over the weekend"); "this weekend" the coming one
      const saturday = shift < 0 || (shift === 0 && which !== 'this') ? addDays(weekdayOnOrBefore(p, 6), weekdayOf(p) === 6 ? -7 : 0) : addDays(p, (6 - weekdayOf(p) + 7) % 7);
      const sat = shift > 0 ? addDays(saturday, 7) : saturday;
      return { value: isoDay(sat), endValue: isoDay(addDays(sat, 1)), relative: true };
    }
    const monday = addDays(mondayOf(p), 7 * shift);
    return { value: isoDay(monday), endValue: isoDay(addDays(monday, 6)), relative: true };
  };
}

/** The past N units up to the published day. */
function rollingWindow(unitWord: string, n: number): (a: Anchors) => Resolution {
  const unit = unitWord.replace(/^trading\s+/, '').replace(/s$/, '');
  return (anchors) => {
    const p = anchors.published;
    if (!p) return { relative: true };
    if (unit === 'quarter') {
      // the last n whole calendar quarters
      const current = addMonths(p.year, Math.floor((p.month - 1) / 3) * 3 + 1, 0);
      const first = addMonths(current.year, current.month, -3 * n);
      const last = addMonths(current.year, current.month, -1);
      return { value: isoMonth(first.year, first.month), endValue: isoMonth(last.year, last.month), relative: true };
    }
    let from: Ymd;
    if (unit === 'hour') from = addDays(p, -Math.ceil(n / 24));
    else if (unit === 'day' || unit === 'session') from = addDays(p, -n);
    else if (unit === 'week') from = addDays(p, -7 * n);
    else if (unit === 'month') from = addMonthsToDay(p, -n);
    else from = addMonthsToDay(p, -12 * n);
    return { value: isoDay(from), endValue: isoDay(p), relative: true };
  };
}

function patternCandidates(p: LiveParagraph, out: Candidate[]): void {
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(p.text); m; m = pattern.re.exec(p.text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      const resolve = pattern.make(m);
      if (!resolve) continue;
      let start = p.start + m.index;
      const lead = /^between\s+/i.exec(m[0]);
      if (lead) start += lead[0].length;
      push(out, start, p.start + m.index + m[0].length, pattern.priority, resolve, pattern.year?.(m));
    }
  }
}

/** Bare years that are not years here: prices and counts ("at 2100", "2025 BTC"). */
const YEAR_BEFORE_NOT = /\b(?:Russell|Wilshire|Stoxx|Euro\s+Stoxx|Nasdaq|Topix|Kospi|TSX|Nikkei|at|above|below|near|around|under|hits?|hit|reached|touched|breaks?|broke|tests?|tested|reclaim(?:ed|s)?|of\s+about|to\s+about|level\s+of|No\.|number|#|about|roughly|approximately|nearly|some|over)\s*$/i;
const YEAR_AFTER_NOT = /^\s*(?:shares|coins|tokens|units|points|pts|contracts|addresses|wallets|transactions|people|employees|jobs|miles|km|tons|tonnes|barrels|ounces|oz|level|mark|handle|support|resistance|BTC|ETH|SOL|XRP|USD|USDT|USDC|ETFs?\s+holders|[a-z]+\s+(?:shares|coins|tokens))\b/;

/** Modifiers that extend a month or year to the left: mid-November, late 2025, the end of May. */
const MODIFIER_BEFORE = /(?:\b(?:early|mid|late|end|start|year[-\s]end)[-\s]?|\b(?:the\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+(?:the\s+)?)$/i;

function usable(c: Candidate, text: string, figures: readonly { start: number; end: number }[]): boolean {
  const written = text.slice(c.start, c.end);
  for (const f of figures) {
    if (!(c.start < f.end && f.start < c.end)) continue;
    // a worded date or period around a stray figure ("Q4'25" around "25") stays a date
    const inside = f.start >= c.start && f.end <= c.end && f.end - f.start < c.end - c.start;
    if (!(inside && c.priority >= 2 && /[A-Za-z]/.test(written))) return false;
  }
  if (c.priority === 1 && /^\d{4}$/.test(written)) {
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const after = text.slice(c.end, c.end + 30);
    if (YEAR_BEFORE_NOT.test(before) || YEAR_AFTER_NOT.test(after)) return false;
  }
  return true;
}

/** Extends month/year expressions over a modifier written before them. */
function extendModifier(c: Candidate, text: string, paragraphStart: number): void {
  const written = text.slice(c.start, c.end);
  if (!/^(?:\d{4}|[A-Z][a-z]+\.?(?:\s+\d{4})?)$/.test(written)) return;
  const before = text.slice(Math.max(paragraphStart, c.start - 24), c.start);
  const m = MODIFIER_BEFORE.exec(before);
  if (m) c.start -= m[0].length;
}

const DAY_WORD_SHIFT: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const DAY_THEN_CLOCK = /^\s*(?:,\s*)?(?:at\s+|@\s*)?$/i;
const CLOCK_THEN_DAY = /^\s*(?:,\s*)?$/;

/** "yesterday at 4 p.m. ET", "8.30pm today": one timestamp, dated by the day word. */
function mergeDayAndClock(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      const aDay = DAY_WORD_SHIFT[text.slice(a.start, a.end).toLowerCase()];
      const bDay = DAY_WORD_SHIFT[text.slice(b.start, b.end).toLowerCase()];
      const pair =
        aDay !== undefined && b.clock && DAY_THEN_CLOCK.test(gap) ? { shift: aDay, clock: b } : bDay !== undefined && a.clock && CLOCK_THEN_DAY.test(gap) ? { shift: bDay, clock: a } : null;
      if (a.yearless && /^\s*(?:,\s*)?(?:of|in)\s+$/.test(gap) && /^\d{4}$/.test(text.slice(b.start, b.end))) {
        // "July 4th of 1995", "28 June in 2020"
        out.push(chronoCandidate(a.start, b.end, { ...a.yearless, year: Number(text.slice(b.start, b.end)) }, null, a.zone, 0));
        i++;
        continue;
      }
      if (pair) {
        const { shift, clock } = pair;
        const merged: Candidate = {
          start: a.start,
          end: b.end,
          priority: 2,
          resolve: (anchors) => {
            if (!anchors.published) return { relative: true };
            return { value: formatParts({ ...addDays(anchors.published, shift), ...clock.clock }, clock.zone), relative: true };
          },
        };
        if (clock.zone) merged.zone = clock.zone;
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Keeps the longest candidate of each overlap (then the higher priority, then the earlier). */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** The reference day for missing years: the published day, else the latest full date the article states. */
function referenceDay(published: Ymd | null, candidates: Candidate[]): Ymd | null {
  if (published) return published;
  const days = candidates.flatMap((c) => (c.statedDay ? [c.statedDay] : []));
  if (days.length) return days.reduce((a, b) => (dayNumber(b) > dayNumber(a) ? b : a));
  const months = candidates.flatMap((c) => (c.statedMonth ? [c.statedMonth] : []));
  if (months.length) {
    const m = months.reduce((a, b) => (b.year * 12 + b.month > a.year * 12 + a.month ? b : a));
    return { year: m.year, month: m.month, day: 15 };
  }
  const years = candidates.flatMap((c) => (c.statedYear !== undefined ? [c.statedYear] : []));
  if (!years.length) return null;
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return { year, month: 12, day: 31 };
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * "14,950 in July, 15,880 in August": chrono reads "July, 15" as a day whose number is the
 * next figure's; the month alone is the date.
 */
function monthBeforeFigure(c: Candidate, text: string, figures: readonly { start: number; end: number }[]): Candidate {
  const figure = figures.find((f) => f.start > c.start && f.start < c.end && f.end >= c.end);
  if (!figure) return c;
  const m = /^((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?:,\s*|\s+)$/.exec(text.slice(c.start, figure.start));
  if (!m) return c;
  const month = MONTH_NUMBERS[m[1]!.slice(0, 3).toLowerCase()]!;
  return chronoCandidate(c.start, c.start + m[1]!.length, { month }, null, undefined, 0);
}

/** A date that bounds a period ("the week ended Aug 8", "since March 3") is not the day of what follows. */
const PERIOD_BOUND = /\b(?:since|ended|ending|through|until|till|from|between|before|after|by)\s+(?:the\s+)?$/i;

/** The calendar day of an ISO value that has one. */
function dayOf(value: string | undefined): Ymd | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export const timestamps: Extractor<'timestamps'> = {
  id: 'timestamps',
  version: '1.0.0',
  kind: 'timestamps',
  description: 'Dates, times, periods and relative expressions, normalised to ISO-8601 prefixes with the written zone offset',
  extract(context) {
    const { text } = context;
    const figures = [...(context.mentions.money ?? []), ...(context.mentions.percentages ?? []), ...(context.mentions.quantities ?? [])];
    const perParagraph: Candidate[][] = [];
    for (const p of context.paragraphs) {
      const found: Candidate[] = [];
      chronoCandidates(p, text, found);
      patternCandidates(p, found);
      wireTimeCandidates(p, found);
      const kept = mergeDayAndClock(resolveOverlaps(found.map((c) => monthBeforeFigure(c, text, figures)).filter((c) => usable(c, text, figures))), text);
      for (const c of kept) extendModifier(c, text, p.start);
      perParagraph.push(kept);
    }
    const published = parseIsoPrefix(context.meta.published);
    const reference = referenceDay(published, perParagraph.flat());
    const out: Timestamp[] = [];
    // A clock time alone is on the last date the text wrote before it, in its paragraph or
    // an earlier one (a dateline, the sentence before), else on the published day; a date
    // written right after it ("0800 GMT on Thursday, January 16") is its own.
    let lastDay: Ymd | null = null;
    for (const kept of perParagraph) {
      for (let i = 0; i < kept.length; i++) {
        const c = kept[i]!;
        const next = kept[i + 1];
        let anchorDay = lastDay;
        if (c.clock && next && CLOCK_TO_DAY.test(text.slice(c.end, next.start))) {
          const day = dayOf(next.resolve({ published, reference, lastDay }).value);
          if (day) anchorDay = day;
        }
        const r = c.resolve({ published, reference, lastDay: anchorDay });
        const item: Timestamp = { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
        if (r.value) item.value = r.value;
        if (r.endValue && r.endValue !== r.value) item.endValue = r.endValue;
        if (c.zone) item.zone = c.zone.abbr;
        if (r.relative) item.relative = true;
        out.push(item);
        const bound = PERIOD_BOUND.test(text.slice(Math.max(0, c.start - 16), c.start)) || /^['’]s\b/.test(text.slice(c.end, c.end + 3));
        if (!c.clock && !bound) lastDay = dayOf(r.value) ?? lastDay;
      }
    }
    return out;
  },
};
