/**
 * Time zones as articles write them: abbreviations (`EST`, `ET`, `HKT`), spelled-out names
 * (`Eastern Time`, `New York time`) and numeric offsets (`UTC+8`, `GMT-5`), with the UTC
 * offset each one implies on a given date.
 *
 * A fixed abbreviation keeps its written offset whatever the date: `EST` is always
 * `-05:00`, even in US summer (the timezone-mismatch rule reports that as the article's
 * defect; this module never "corrects" it). A generic zone (`ET`, `PT`, `CET` written as a
 * region's clock, `London time`) resolves to standard or daylight time by the date, with
 * the region's daylight-saving rules: US (second Sunday of March to first Sunday of
 * November), EU/UK (last Sunday of March to last Sunday of October) and south-east
 * Australia (first Sunday of October to first Sunday of April).
 *
 * Compiled once at module load; every function here is pure.
 */
import { daysInMonth, pad2, weekdayOf } from './calendar.js';

/** Daylight-saving rule of a region, for generic zones. */
export type DstRule = 'us' | 'eu' | 'au';

/** What a written zone means. */
export interface ZoneDefinition {
  /** Canonical abbreviation reported in `Timestamp.zone` (`Eastern Time` → `ET`). */
  abbr: string;
  /** Fixed offset in minutes east of UTC (`EST` → -300); for a generic zone, the standard-time offset. */
  offsetMinutes: number;
  /** For a generic zone: the rule that switches it to `offsetMinutes + 60` in summer. */
  dst?: DstRule;
  /** The standard/daylight pair a generic zone stands for (`ET` → EST/EDT). */
  standard?: string;
  daylight?: string;
}

const fixed = (abbr: string, offsetMinutes: number): ZoneDefinition => ({ abbr, offsetMinutes });
const generic = (abbr: string, offsetMinutes: number, dst: DstRule, standard: string, daylight: string): ZoneDefinition => ({
  abbr,
  offsetMinutes,
  dst,
  standard,
  daylight,
});

/**
 * Abbreviations, upper case. Ambiguous ones take the reading most common in English-language
 * finance news: `CST` is US Central (not China), `IST` India, `BST` British Summer Time,
 * `GST` Gulf Standard Time.
 */
const ABBREVIATIONS: Record<string, ZoneDefinition> = {
  UTC: fixed('UTC', 0),
  GMT: fixed('GMT', 0),
  Z: fixed('Z', 0),
  WET: fixed('WET', 0),
  WEST: fixed('WEST', 60),
  BST: fixed('BST', 60),
  IST: fixed('IST', 330),
  CET: fixed('CET', 60),
  CEST: fixed('CEST', 120),
  EET: fixed('EET', 120),
  EEST: fixed('EEST', 180),
  MSK: fixed('MSK', 180),
  SAST: fixed('SAST', 120),
  GST: fixed('GST', 240),
  PKT: fixed('PKT', 300),
  ICT: fixed('ICT', 420),
  WIB: fixed('WIB', 420),
  HKT: fixed('HKT', 480),
  SGT: fixed('SGT', 480),
  PHT: fixed('PHT', 480),
  AWST: fixed('AWST', 480),
  CST: fixed('CST', -360),
  JST: fixed('JST', 540),
  KST: fixed('KST', 540),
  ACST: fixed('ACST', 570),
  ACDT: fixed('ACDT', 630),
  AEST: fixed('AEST', 600),
  AEDT: fixed('AEDT', 660),
  NZST: fixed('NZST', 720),
  NZDT: fixed('NZDT', 780),
  BRT: fixed('BRT', -180),
  ART: fixed('ART', -180),
  AST: fixed('AST', -240),
  ADT: fixed('ADT', -180),
  EST: fixed('EST', -300),
  EDT: fixed('EDT', -240),
  CDT: fixed('CDT', -300),
  MST: fixed('MST', -420),
  MDT: fixed('MDT', -360),
  PST: fixed('PST', -480),
  PDT: fixed('PDT', -420),
  AKST: fixed('AKST', -540),
  AKDT: fixed('AKDT', -480),
  HST: fixed('HST', -600),
  ET: generic('ET', -300, 'us', 'EST', 'EDT'),
  CT: generic('CT', -360, 'us', 'CST', 'CDT'),
  MT: generic('MT', -420, 'us', 'MST', 'MDT'),
  PT: generic('PT', -480, 'us', 'PST', 'PDT'),
};

/** Spelled-out zones and city clocks, lower case, mapped to an abbreviation above. */
const NAMES: Record<string, string> = {
  'coordinated universal time': 'UTC',
  'universal time': 'UTC',
  'greenwich mean time': 'GMT',
  'eastern standard time': 'EST',
  'eastern daylight time': 'EDT',
  'eastern time': 'ET',
  'eastern': 'ET',
  'central standard time': 'CST',
  'central daylight time': 'CDT',
  'central time': 'CT',
  'mountain standard time': 'MST',
  'mountain daylight time': 'MDT',
  'mountain time': 'MT',
  'pacific standard time': 'PST',
  'pacific daylight time': 'PDT',
  'pacific time': 'PT',
  'pacific': 'PT',
  'british summer time': 'BST',
  'central european time': 'CET',
  'central european summer time': 'CEST',
  'hong kong time': 'HKT',
  'singapore time': 'SGT',
  'tokyo time': 'JST',
  'japan time': 'JST',
  'seoul time': 'KST',
  'new york time': 'ET',
  'washington time': 'ET',
  'chicago time': 'CT',
  'san francisco time': 'PT',
  'los angeles time': 'PT',
  'london time': 'UK',
  'uk time': 'UK',
  'frankfurt time': 'CE',
  'paris time': 'CE',
  'berlin time': 'CE',
  'zurich time': 'CE',
  'sydney time': 'AET',
  'beijing time': 'CHINA',
  'shanghai time': 'CHINA',
  'china standard time': 'CHINA',
  'india standard time': 'IST',
  'mumbai time': 'IST',
  'dubai time': 'GST',
};

/** City clocks that follow a region's daylight-saving rule. */
const REGION_CLOCKS: Record<string, ZoneDefinition> = {
  UK: generic('UK', 0, 'eu', 'GMT', 'BST'),
  CE: generic('CET', 60, 'eu', 'CET', 'CEST'),
  AET: generic('AET', 600, 'au', 'AEST', 'AEDT'),
  CHINA: fixed('CST', 480),
};

/**
 * Source of a regular expression matching a written zone (no capture groups, no anchors):
 * an abbreviation, a spelled-out name or a numeric offset (`UTC+8`, `GMT-05:00`, `UTC+5:30`).
 * Use it with the `i` flag only for the spelled-out names; abbreviations must be upper case
 * in the text (`et` is a word, `ET` a zone), which callers check with {@link lookupZone}.
 */
export const ZONE_SOURCE = (() => {
  const names = Object.keys(NAMES)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'));
  const abbrs = Object.keys(ABBREVIATIONS)
    .filter((a) => a !== 'Z')
    .sort((a, b) => b.length - a.length);
  return `(?:(?:UTC|GMT)\\s?[+\u2212-]\\s?\\d{1,2}(?::?\\d{2})?|${names.join('|')}|${abbrs.join('|')})`;
})();

/** A zone written in the text, resolved. */
export interface WrittenZone {
  /** Canonical abbreviation for `Timestamp.zone`. */
  abbr: string;
  /** Fixed offset in minutes, or null when it depends on the date (use {@link offsetOn}). */
  fixedOffset: number | null;
  definition: ZoneDefinition;
}

const NUMERIC = /^(UTC|GMT)\s?([+\u2212-])\s?(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * The zone a written text names (`EST`, `Eastern Time`, `UTC+8`), or null. Abbreviations
 * count only in upper case, as written.
 */
export function lookupZone(written: string): WrittenZone | null {
  const text = written.trim().replace(/\s+/g, ' ');
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const sign = numeric[2] === '+' ? 1 : -1;
    const minutes = sign * (Number(numeric[3]) * 60 + Number(numeric[4] ?? 0));
    if (Math.abs(minutes) > 14 * 60) return null;
    const abbr = `${numeric[1]!.toUpperCase()}${formatOffset(minutes)}`;
    const definition = fixed(abbr, minutes);
    return { abbr, fixedOffset: minutes, definition };
  }
  const abbrDefinition = ABBREVIATIONS[text];
  if (abbrDefinition) return toWritten(abbrDefinition);
  const key = NAMES[text.toLowerCase()];
  if (key) {
    const definition = ABBREVIATIONS[key] ?? REGION_CLOCKS[key];
    if (definition) return toWritten(definition);
  }
  return null;
}

function toWritten(definition: ZoneDefinition): WrittenZone {
  return { abbr: definition.abbr, fixedOffset: definition.dst ? null : definition.offsetMinutes, definition };
}

/**
 * Offset in minutes east of UTC that a zone has at a local date and time (month 1-12).
 * For a generic zone the date decides standard or daylight time; a fixed zone ignores it.
 */
export function offsetOn(zone: WrittenZone, year: number, month: number, day: number, hour = 12): number {
  const { definition } = zone;
  if (!definition.dst) return definition.offsetMinutes;
  return definition.offsetMinutes + (inDaylightTime(definition.dst, year, month, day, hour) ? 60 : 0);
}

/** `-300` → `-05:00`, `0` → `+00:00`, `330` → `+05:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Day of month of the n-th (1-based; -1 = last) weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) return 1 + ((weekday - weekdayOf({ year, month, day: 1 }) + 7) % 7) + (n - 1) * 7;
  const lastDay = daysInMonth(year, month);
  return lastDay - ((weekdayOf({ year, month, day: lastDay }) - weekday + 7) % 7);
}

/** A day as a sortable number, `month * 100 + day`. */
const md = (month: number, day: number) => month * 100 + day;

/**
 * The daylight-saving period of a year under a region's historical rule, as the switch days
 * `[start, end)` in `md` form (`wraps` when summer spans the new year), or null for a year
 * whose rule is not known here: US rules of 1967 (not 1974-75), 1987 and 2007; EU since 1996;
 * south-east Australia since 2008.
 */
export function summerOf(rule: DstRule, year: number): { start: number; end: number; wraps: boolean } | null {
  if (rule === 'us') {
    if (year >= 2007) return { start: md(3, nthWeekday(year, 3, 0, 2)), end: md(11, nthWeekday(year, 11, 0, 1)), wraps: false };
    if (year >= 1987) return { start: md(4, nthWeekday(year, 4, 0, 1)), end: md(10, nthWeekday(year, 10, 0, -1)), wraps: false };
    if (year >= 1967 && year !== 1974 && year !== 1975) return { start: md(4, nthWeekday(year, 4, 0, -1)), end: md(10, nthWeekday(year, 10, 0, -1)), wraps: false };
    return null;
  }
  if (rule === 'eu') return year >= 1996 ? { start: md(3, nthWeekday(year, 3, 0, -1)), end: md(10, nthWeekday(year, 10, 0, -1)), wraps: false } : null;
  return year >= 2008 ? { start: md(10, nthWeekday(year, 10, 0, 1)), end: md(4, nthWeekday(year, 4, 0, 1)), wraps: true } : null;
}

/** `summer`, `winter`, or null on a switch day or in a year whose rule is not known. */
export function seasonOn(rule: DstRule, year: number, month: number, day: number): 'summer' | 'winter' | null {
  const period = summerOf(rule, year);
  if (!period) return null;
  const at = md(month, day);
  if (at === period.start || at === period.end) return null;
  const inSummer = period.wraps ? at > period.start || at < period.end : at > period.start && at < period.end;
  return inSummer ? 'summer' : 'winter';
}

/**
 * Whether a local date-time falls in daylight-saving time under a region's rule. On a switch
 * day the change is taken at 2 AM local; a year whose rule is not known is standard time.
 */
export function inDaylightTime(rule: DstRule, year: number, month: number, day: number, hour = 12): boolean {
  const season = seasonOn(rule, year, month, day);
  if (season) return season === 'summer';
  const period = summerOf(rule, year);
  if (!period) return false;
  return md(month, day) === period.start ? hour >= 2 : hour < 2;
}
