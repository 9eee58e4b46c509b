/**
 * `timezone-mismatch`: a written zone abbreviation that cannot hold on the date it is
 * written with: `EST` while US clocks are on daylight time, `EDT` in winter, `BST` or
 * `CEST` in a European winter, `AEDT` in an Australian winter.
 *
 * Only abbreviations that name one half of a standard/daylight pair are checked; a generic
 * zone (`ET`, `PT`, `London time`) fits every date and is never flagged. Abbreviations
 * another region uses all year for its own clock (`CST` is also China's, `MST` Arizona's,
 * `AEST` Queensland's, `CET` Tunisia's) are left out of the default list; the `zones`
 * option adds them. The daylight-saving calendars are the historical ones (US rules of
 * 1967, 1987 and 2007, EU rules since 1996, south-east Australia since 2008); a date on a
 * switch day, or in a year whose rule is not known here, is never flagged.
 */
import { z } from 'zod';
import { seasonOn, type DstRule } from '../../extractors/zones.js';
import type { Timestamp } from '../types.js';
import { defineRule } from './rule.js';
import { longDate } from './support/text.js';

type Region = DstRule;

interface Pair {
  region: Region;
  standard: string;
  daylight: string;
  /** Whose clock, for messages. */
  clock: string;
}

const PAIRS: readonly Pair[] = [
  { region: 'us', standard: 'EST', daylight: 'EDT', clock: 'US Eastern' },
  { region: 'us', standard: 'CST', daylight: 'CDT', clock: 'US Central' },
  { region: 'us', standard: 'MST', daylight: 'MDT', clock: 'US Mountain' },
  { region: 'us', standard: 'PST', daylight: 'PDT', clock: 'US Pacific' },
  { region: 'us', standard: 'AKST', daylight: 'AKDT', clock: 'Alaska' },
  { region: 'eu', standard: 'GMT', daylight: 'BST', clock: 'UK' },
  { region: 'eu', standard: 'CET', daylight: 'CEST', clock: 'Central European' },
  { region: 'eu', standard: 'EET', daylight: 'EEST', clock: 'Eastern European' },
  { region: 'eu', standard: 'WET', daylight: 'WEST', clock: 'Western European' },
  { region: 'au', standard: 'AEST', daylight: 'AEDT', clock: 'Sydney and Melbourne' },
];

const PAIR_OF = new Map<string, Pair>(PAIRS.flatMap((p) => [[p.standard, p] as const, [p.daylight, p] as const]));

/** Every abbreviation the rule can check (GMT is also the name of UTC, right all year). */
const CHECKABLE = PAIRS.flatMap((p) => [p.standard, p.daylight]).filter((z) => z !== 'GMT');

/** Checked by default: every abbreviation of a pair (the ambiguous ones with their exceptions below). */
const DEFAULT_ZONES = CHECKABLE;

/**
 * Abbreviations that another region uses all year for its own clock: they are judged as the
 * daylight-saving region's only when the article names none of the places that keep them
 * (`CST` is also China's, Cuba's, Mexico's and Central America's, `MST` Arizona's, `AEST` Queensland's, `CET` Tunisia's
 * and Algeria's, `EET` Egypt's and Libya's, `WET` Morocco's and the Canaries').
 */
const OTHER_CLOCKS: Readonly<Record<string, RegExp>> = {
  // (Mexico has kept standard time all year since October 2022; named only in a dateline, since US
  // market copy names Mexico as a buyer or a market: "sold 1.2 mln tonnes of U.S. corn to Mexico")
  CST: /\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Tianjin|Taiwan(?:ese)?|Taipei|Hong Kong|Macau|Macao|Cuba|Cuban|Havana|Guatemala|Guatemalan|Honduras|Honduran|Tegucigalpa|El Salvador|Salvadoran|San Salvador|Nicaragua|Nicaraguan|Managua|Costa Rica|Costa Rican|Belize|Belizean)\b|^\s*(?:MEXICO CITY|MONTERREY|GUADALAJARA|Mexico City|Monterrey|Guadalajara),/,
  MST: /\b(?:Arizona|Phoenix|Tucson|Scottsdale|Tempe|Mesa|Sonora|Hermosillo)\b/,
  // (Panama, Jamaica, the Caymans and Quintana Roo keep EST all year; named only in a dateline: US copy names the canal)
  EST: /^\s*(?:PANAMA CITY|KINGSTON|GEORGE TOWN|CANCUN|CANCÚN|Panama City|Kingston|George Town|Cancun|Cancún),/,
  AEST: /\b(?:Queensland|Brisbane|Gold Coast)\b/,
  CET: /\b(?:Tunisia|Tunisian|Tunis|Algeria|Algerian|Algiers)\b/,
  EET: /\b(?:Egypt|Egyptian|Cairo|Libya|Libyan|Tripoli|Kaliningrad)\b/,
  WET: /\b(?:Morocco|Moroccan|Casablanca|Rabat|Canary|Canaries)\b/,
};

/**
 * Places that keep one half of a pair all year, judged in the time's own paragraph only: a story
 * can name Saskatoon's plant (CST all year) and Winnipeg's head office (CST in winter only).
 */
const NEAR_CLOCKS: Readonly<Record<string, RegExp>> = {
  CST: /\b(?:Saskatchewan|Saskatoon|Regina|Sask\.)(?![\p{L}])/u,
};

/** The season of a whole month, when every day of it has the same one. */
function seasonOfMonth(region: Region, year: number, month: number): 'summer' | 'winter' | null {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let season: 'summer' | 'winter' | null = null;
  for (let day = 1; day <= last; day++) {
    const s = seasonOn(region, year, month, day);
    if (!s || (season && s !== season)) return null;
    season = s;
  }
  return season;
}

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
const UPPER_WORDS = /\b[A-Z]{2,5}\b/g;
/** Spelled-out names of one half of a pair (a city clock such as `Frankfurt time` is generic). */
const SPELLED = /\b(?:(?:eastern|central|mountain|pacific|alaska)\s+(?:standard|daylight)|british\s+summer|central\s+european(?:\s+summer)?)\s+time\b/i;

/**
 * The pair abbreviation a timestamp writes: the extractor's `zone` when the text spells it
 * (as the abbreviation or its full name), else a pair abbreviation written in the text.
 */
function writtenZone(t: Timestamp): string | null {
  const zone = t.zone?.toUpperCase();
  // the extractor accepts a lower-case zone only right after a clock time ("4:00 pm est")
  if (zone) return new RegExp(`\\b${zone}\\b`, 'i').test(t.text) || SPELLED.test(t.text) ? zone : null;
  return (t.text.match(UPPER_WORDS) ?? ([] as string[])).find((w) => PAIR_OF.has(w)) ?? null;
}

export default defineRule({
  id: 'timezone-mismatch',
  meta: {
    description: 'A written time-zone abbreviation that cannot hold on its date (EST during US daylight time, EDT or BST in winter). ET, PT and other generic zones are never flagged.',
    defaultSeverity: 'error',
    messages: {
      standardInSummer:
        '`{{zone}}` is standard time, but {{clock}} clocks were on daylight time on {{date}}: write `{{expected}}` or a generic zone',
      daylightInWinter:
        '`{{zone}}` is daylight-saving time, but {{clock}} clocks were on standard time on {{date}}: write `{{expected}}` or a generic zone',
    },
    options: z
      .object({
        /** Abbreviations checked (default: all; `CST`, `MST`, `EST`, `AEST`, `CET`, `EET` and `WET` only where no place that keeps them all year is named). */
        zones: z.array(z.enum(CHECKABLE as [string, ...string[]])).default(DEFAULT_ZONES),
      })
      .strict(),
    examples: {
      ok: [
        { text: 'Bitcoin traded at $67,500 on May 28, 2025, at 10:00 AM EDT, according to CoinGecko data.' },
        { text: 'The Federal Reserve statement is due on January 29, 2025, at 2:00 PM EST.' },
        { text: 'Ether was at $3,800 at 4:00 PM ET on July 1, 2025, data from Kaiko showed.' },
      ],
      flagged: [
        {
          text: 'As of May 28, 2025, at 10:00 AM EST, Bitcoin was trading at $67,500, CoinGecko data showed.',
          flags: [{ messageId: 'standardInSummer', text: 'May 28, 2025, at 10:00 AM EST' }],
        },
        {
          text: 'London-listed miners fell 3% by 9:00 AM BST on December 2, 2025, LSEG data showed.',
          flags: [{ messageId: 'daylightInWinter', text: '9:00 AM BST' }],
        },
      ],
    },
  },
  check(article, context) {
    const checked = new Set(context.options.zones);
    for (const t of article.timestamps) {
      const zone = writtenZone(t);
      if (!zone || !checked.has(zone) || !t.value) continue;
      // (a zone spelled out, "Central Standard Time", is the pair's: China's is "China Standard Time")
      const spelled = SPELLED.test(t.text);
      if (!spelled && (OTHER_CLOCKS[zone]?.test(article.text) || (article.meta.title && OTHER_CLOCKS[zone]?.test(article.meta.title)))) continue;
      // a place in the time's own paragraph that keeps the clock all year ("6:00 a.m. CST … in Saskatoon")
      const near = NEAR_CLOCKS[zone];
      if (near) {
        const paragraph = article.paragraphs.find((p) => p.start <= t.start && t.end <= p.end);
        if (near.test(paragraph ? article.text.slice(paragraph.start, paragraph.end) : article.text.slice(Math.max(0, t.start - 300), t.end + 300))) continue;
      }
      const pair = PAIR_OF.get(zone);
      const date = ISO.exec(t.value);
      if (!pair || !date) continue;
      const [year, month, day] = [Number(date[1]), Number(date[2]), date[3] ? Number(date[3]) : undefined];
      const season = day ? seasonOn(pair.region, year, month, day) : seasonOfMonth(pair.region, year, month);
      if (!season) continue;
      const isDaylight = zone === pair.daylight;
      if (isDaylight === (season === 'summer')) continue;
      context.report({
        messageId: isDaylight ? 'daylightInWinter' : 'standardInSummer',
        data: { zone, clock: pair.clock, date: longDate(year, month, day), expected: isDaylight ? pair.standard : pair.daylight },
        // (told on the time's sentence, as the other rules tell theirs: the date it is read against may sit anywhere in it)
        ...sentenceSpan(article.sentences, t),
      });
    }
  },
});

/** The sentence that holds a time (the time itself when no sentence does). */
function sentenceSpan(sentences: readonly { start: number; end: number }[], t: { start: number; end: number }): { start: number; end: number } {
  const s = sentences.find((x) => x.start <= t.start && t.end <= x.end);
  return s ? { start: s.start, end: s.end } : { start: t.start, end: t.end };
}
