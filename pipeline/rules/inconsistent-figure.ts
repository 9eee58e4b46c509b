/**
 * `inconsistent-figure`: two figures for the same thing that disagree beyond rounding. The
 * same thing means the same subject, measure, unit, time window, venue, direction and
 * netting: "SOXX saw $750 million of net outflows in May 2025" and, later, "the $570 million
 * net outflows from SOXX in May 2025". A later figure is compared with the first statement
 * of its thing; the flag is on the later sentence, with the first statement as related.
 *
 * What makes two figures "the same thing" is read conservatively, because a false
 * contradiction costs an editor more than a missed one:
 *
 * - subject: the claim's subject (the link stage), or for a second figure of a sentence the
 *   entity right before it; a sentence that lists figures "respectively" is skipped;
 * - measure: read from the words right around the figure (price, volume, flow, assets,
 *   market value, revenue, earnings, holdings, change), names masked; a figure whose own
 *   words name no measure is not compared (the claim's sentence-wide measure is too coarse);
 * - time: a timestamp in the sentence (the nearest to the figure) or the paragraph's;
 *   the article's publication date is not enough. Prices need a clock time;
 * - window ("24-hour", "weekly", "since January", "year-to-date"), venue ("on Binance"),
 *   direction (inflow/outflow, rise/fall) and "net" must match as written;
 * - from-values ("from $50 million"), highs and lows, hypothetical figures are not stated levels.
 *
 * Rounding tolerance: each figure stands for its value ± half a unit of its last written
 * digit (hedged figures: at least ± `approximateTolerance`); figures disagree when those
 * intervals do not meet.
 */
import { z } from 'zod';
import { inSpan, spanDistance } from '../spans.js';
import type { Claim, Entity, FigureKind, Sentence, Source, Span, Timestamp } from '../types.js';
import { liveParagraphIndexes } from '../dedupe.js';
import { defineRule } from './rule.js';
import {
  allFigures,
  dedupeOverlaps,
  changeSign,
  clauseAround,
  figuresOf,
  flowDirection,
  indexFigures,
  intervalOf,
  overlaps,
  type Figure,
  type Interval,
} from './support/figures.js';
import { isHypothetical, readableTime, sentenceLookup } from './support/text.js';

const MEASURES: readonly [string, RegExp][] = [
  ['aum', /\b(?:assets under management|AUM|total assets|assets)\b/i],
  ['flow', /\b(?:in|out)-?flows?\b|\bnet (?:buying|selling)\b|\bwithdr[ae]w\w*|\bwithdrawals?\b|\bredemptions?\b|\bpulled\b|\bpoured\b|\bshed(?:ding)?\b|\bexodus\b|\battract\w*|\bflow(?:ed|ing|s)? (?:into|out of|from)\b/i],
  ['volume', /\bvolumes?\b|\bturnover\b/i],
  ['market-cap', /\bmarket (?:cap|capitali[sz]ation|value)\b|\bvalu(?:ed|ation) at\b/i],
  ['revenue', /\b(?:revenues?|sales)\b/i],
  ['earnings', /\b(?:earnings|net income|profits?|net loss|EPS)\b/i],
  ['holdings', /\b(?:holdings?|holds|stake)\b/i],
  ['price', /\b(?:price[sd]?|trad(?:ed|ing|es) (?:at|around|near)|clos(?:ed|ing) at|open(?:ed|ing) at|per (?:share|barrel|ounce|coin)|a share|changing hands at|stood at|sat at|hovered)\b/i],
  ['change', /\b(?:r[io]se|rises|fell|falls?|drop(?:ped|s)?|gain(?:ed|s)?|lost|loss(?:es)?|jump(?:ed|s)?|slid|slide|surge[ds]?|plunge[ds]?|climb(?:ed|s)?|declines?|declined|increase[ds]?|decrease[ds]?|up|down|dip(?:ped|s)?|uptick|rall\w*|slump\w*|advance[ds]?)\b/i],
];

/**
 * Words that make a figure's period or basis different from a plain statement: durations
 * ("24-hour", "weekly"), spans ("since January", "over the past three weeks"), cumulative
 * figures and earlier periods ("the prior week", "a year earlier"). Times themselves are
 * the timestamps' business; "over the week" is the article's own period.
 */
const WINDOW =
  /\b(?:24-hour|24 hours|\d+-(?:day|week|month|year)|daily|a day|per day|weekly|a week|per week|monthly|a month|quarterly|annual(?:ly)?|yearly|year-to-date|ytd|year-(?:on|over)-year|month-to-date|week-to-date|intraday|overnight|single-(?:day|week)|since [A-Z][a-z]+(?: \d{4})?|(?:over|in|during) the (?:past|last) [\w-]+ \w+|within [\w-]+ \w+|cumulative(?:ly)?|all-time|to date|so far this \w+|(?:prior|previous|preceding) (?:week|month|quarter|year|day|session)|(?:a|one) (?:year|month|week) (?:earlier|ago|before)|year-ago|first half|second half|combined|total|overall|aggregate|collectively)\b/gi;
const FORECAST = /\b(?:forecast\w*|expect\w*|estimat\w*|project\w*|predict\w*|target\w*|guidance|outlook|plan(?:s|ned)?|will|would|could|may|might)\b/;
const COMPONENT = /\b(?:includ\w*|excluding|charges?|gains? on|loss(?:es)? on|provisions?|write-?downs?|impairments?|one-time|special items?)\b/i;
const CHANGE_LEAD = /\b(?:r[io]se|rising|fell|falling|dropped|dropping|gained|gaining|lost|losing|jumped|slid|surged|plunged|climbed|declined|increased|decreased|added|shed|slipped|tumbled|rallied|advanced|eased|dipped|up|down|by|(?:rise|fall|drop|gain|loss|decline|increase|decrease|jump|uptick|dip|slide|surge|plunge|climb|advance)\s+of)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+)?$/i;
const CHANGE_TRAIL = /^\s*(?:rise|fall|drop|gain|loss|decline|increase|decrease|jump|uptick|dip|slide|surge|plunge|climb|advance|higher|lower)\b/i;
const COMPARISON = /\bvs\b|\bversus\b|\bcompared (?:with|to)\b|\bagainst\s+(?:an?\s+)?(?:year-earlier|previous|prior)\b/i;
const EXTREME = /\b(?:high|low|peak|record|top|bottom|trough)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$/i;
const FROM = /\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/i;
const NET = /\bnet\b/i;
const VENUE_CUE = /\b(?:on|at|via|across)\s+(?:the\s+)?$/i;
const VENUE_WORD = /\b(?:on|at|via)\s+(?:the\s+)?([A-Z][\w.&-]*[A-Za-z])/g;
const NOT_VENUE = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An Its Their This That'.split(' '),
);

/** What makes a figure the statement of one thing. */
interface Fact {
  figure: Figure;
  sentence: Sentence;
  key: string;
  what: string;
  interval: Interval;
}

export default defineRule({
  id: 'inconsistent-figure',
  meta: {
    description:
      'Two figures for the same subject, measure and time window (and venue, direction) that disagree beyond rounding: half a unit of the last written digit.',
    defaultSeverity: 'warning',
    messages: {
      disagrees: '`{{figure}}` contradicts `{{first}}`, stated earlier for the same {{what}}',
    },
    options: z
      .object({
        /** Which figure lists are compared. */
        kinds: z.array(z.enum(['money', 'percentages', 'quantities'])).default(['money', 'percentages', 'quantities']),
        /** Relative slack for hedged figures ("about $750 million"), on top of rounding. */
        approximateTolerance: z.number().min(0).max(0.5).default(0.05),
        /**
         * Figures with no time of their own (none in the sentence or paragraph): `amounts`
         * compares flows, assets, holdings, revenue, earnings and market values among
         * themselves (the article's own period); `all` also prices, volumes and changes;
         * `none` never compares them.
         */
        implicitTime: z.enum(['amounts', 'all', 'none']).default('amounts'),
      })
      .strict(),
    examples: {
      ok: [
        {
          text:
            'SOXX recorded approximately $750 million in net outflows in May 2025, according to The Kobeissi Letter.\n' +
            'The $750 million net outflows from SOXX in May 2025 were the largest since February, the newsletter said.',
        },
        {
          text:
            'On May 28, 2025, at 10:00 AM ET, Bitcoin traded at $67,500 on Binance, CoinGecko data showed.\n' +
            'On May 28, 2025, at 10:00 AM ET, Bitcoin traded at $67,650 on Coinbase, CoinGecko data showed.',
          note: 'different venues are different things',
        },
      ],
      flagged: [
        {
          text:
            'SOXX recorded approximately $750 million in net outflows in May 2025, according to The Kobeissi Letter.\n' +
            'The $570 million net outflows from SOXX in May 2025 were the largest since February, the newsletter said.',
          flags: [{ messageId: 'disagrees', text: 'The $570 million net outflows', related: ['$750 million'] }],
        },
      ],
    },
  },
  check(article, context) {
    const { kinds, approximateTolerance, implicitTime } = context.options;
    const wanted = new Set<FigureKind>(kinds);
    const figures = allFigures(article);
    const byRef = indexFigures(figures);
    const live = liveParagraphIndexes(article.paragraphs);
    const groups = new Map<string, Fact[]>();
    const sentenceOf = sentenceLookup(article.sentences);

    for (const claim of [...article.claims].sort((a, b) => a.start - b.start)) {
      const sentence = sentenceOf(claim);
      if (!sentence || !live.has(sentence.paragraph)) continue;
      const own = dedupeOverlaps(figuresOf(claim, byRef));
      const sentenceText = article.text.slice(sentence.start, sentence.end);
      if (/\brespectively\b/i.test(sentenceText) && own.length > 1) continue;
      // "profit five cts vs 44 cts", "compared with": figures of two periods side by side
      if (COMPARISON.test(sentenceText)) continue;
      own.forEach((figure, i) => {
        if (!wanted.has(figure.kind)) return;
        const fact = factOf(article.text, article.entities, article.timestamps, article.sources, claim, sentence, own, i, { approximateTolerance, implicitTime });
        if (!fact) return;
        const group = groups.get(fact.key);
        if (group) group.push(fact);
        else groups.set(fact.key, [fact]);
      });
    }

    for (const facts of groups.values()) {
      const first = facts[0]!;
      for (const later of facts.slice(1)) {
        if (later.sentence.start === first.sentence.start || overlaps(first.interval, later.interval)) continue;
        context.report({
          messageId: 'disagrees',
          data: { figure: later.figure.text, first: first.figure.text, what: later.what },
          start: later.sentence.start,
          end: later.sentence.end,
          related: [{ start: first.figure.start, end: first.figure.end, message: `first stated as \`${first.figure.text}\` here` }],
        });
      }
    }
  },
});

function factOf(
  text: string,
  entities: readonly Entity[],
  timestamps: readonly Timestamp[],
  sources: readonly Source[],
  claim: Claim,
  sentence: Sentence,
  own: readonly Figure[],
  i: number,
  options: { approximateTolerance: number; implicitTime: 'amounts' | 'all' | 'none' },
): Fact | null {
  const figure = own[i]!;
  const around = clauseAround(text, figure, sentence, own, 40);
  if (FROM.test(around.before) || EXTREME.test(around.before) || isHypothetical(text, sentence, figure)) return null;

  const sameKind = own.filter((f) => f.kind === figure.kind);
  let subject: string | null = claim.subject;
  if (sameKind.length > 1 && sameKind[0] !== figure) {
    const windowStart = figure.start - around.before.length;
    subject = entities.filter((e) => e.type !== 'PLACE' && e.start >= windowStart && e.end <= figure.start).at(-1)?.canonical ?? null;
  }
  // the party that said it is not what it is about ("…rose 1%, the Fed said")
  if (!subject || claim.sources.some((name) => name.toLowerCase() === subject!.toLowerCase())) return null;
  const named = entities.filter((e) => e.canonical === subject && e.start >= sentence.start && e.end <= sentence.end);
  if (named.length && named.every((e) => sources.some((src) => src.start <= e.start && e.end <= src.end))) return null;

  const local = `${around.before} ${around.after.split(/[,;]/)[0]}`;
  // the measure is read from the words next to the figure, names masked ("AV Holdings" is no holding)
  const nearFrom = Math.max(figure.start - around.before.length, figure.start - 60);
  const nearTo = figure.end + Math.min(around.after.split(/[,;]/)[0]!.length, 30);
  const near = masked(text, nearFrom, nearTo, entities);
  const measure = MEASURES.find(([, re]) => re.test(near))?.[0] ?? null;
  if (!measure) return null;
  // a percentage compares as a change ("rose 1%", "a 1% rise", not "rose to 75%"); an amount "fell to" is a level of something unnamed
  if (figure.kind === 'percentages' ? measure !== 'change' || !(CHANGE_LEAD.test(around.before) || CHANGE_TRAIL.test(around.after)) : measure === 'change') return null;
  // forecasts and components ("forecast a rise of", "earnings include a charge of") are other things
  if (FORECAST.test(near) || COMPONENT.test(near)) return null;

  const explicit = timeOf(timestamps, claim, sentence, figure);
  const implicitOk = options.implicitTime === 'all' || (options.implicitTime === 'amounts' && AMOUNT_MEASURES.has(measure));
  if (!explicit && !implicitOk) return null;
  const time = explicit ?? IMPLICIT;
  if (measure === 'price' && !explicit?.includes('T')) return null;

  const clauseAfter = around.after.split(/[,;]/)[0]!;
  const windowWords = [
    ...new Set([...windowsIn(text, figure.start - around.before.length, figure.start, timestamps), ...windowsIn(text, figure.end, figure.end + clauseAfter.length, timestamps)]),
  ].sort();
  // venues split prices and volumes ("on Binance"); a flow or an amount held has none
  const venues = VENUE_MEASURES.has(measure) ? venuesOf(text, entities, timestamps, figure.start - around.before.length, figure.end + around.after.length) : [];
  const flow = flowDirection(figure, around);
  const sign = figure.kind === 'money' && flow ? 0 : changeSign(local);
  const direction = flow ?? (sign > 0 ? 'up' : sign < 0 ? 'down' : '');
  const net = NET.test(local) ? 'net' : '';
  let key = [figure.unit, subject.toLowerCase(), measure, time, windowWords.join('+'), venues.join('+'), direction, net].join('|');
  const places = entities
    .filter((e) => e.type === 'PLACE' && e.start >= figure.start - around.before.length && e.end <= figure.end + clauseAfter.length)
    .map((e) => e.canonical)
    .sort();
  key += `|${places.join('+')}`;
  const where = [...venues.map((v) => `on ${v}`), ...places.map((p) => `in ${p}`)].join(' ');
  const what = `${subject} ${measureName(measure)}${windowWords.length ? ` (${windowWords.join(', ')})` : ''}${where ? ` ${where}` : ''}${explicit ? `, ${readableTime(explicit)}` : ''}`;
  return { figure, sentence, key, what, interval: intervalOf(figure, options) };
}

const measureName = (m: string) => ({ aum: 'assets under management', 'market-cap': 'market value', change: 'change' })[m] ?? m;

/** Measures that differ by trading venue. */
const VENUE_MEASURES = new Set(['price', 'volume', 'change']);

/** Measures that are amounts of a period, comparable within an article's own period. */
const AMOUNT_MEASURES = new Set(['flow', 'aum', 'holdings', 'revenue', 'earnings', 'market-cap']);
/** The key of "no time of its own": the article's period. */
const IMPLICIT = 'the article period';

/** The time a figure refers to: the nearest timestamp of its sentence, else the claim's paragraph time. */
function timeOf(timestamps: readonly Timestamp[], claim: Claim, sentence: Span, figure: Span): string | null {
  const inSentence = inSpan(timestamps, sentence).filter((t) => t.value);
  if (inSentence.length) return inSentence.sort((a, b) => spanDistance(a, figure) - spanDistance(b, figure))[0]!.value!;
  if (claim.time && (claim.timeScope === 'paragraph' || claim.timeScope === 'sentence')) return claim.time;
  return null;
}

/** `text[from, to)` with entity names blanked out. */
function masked(text: string, from: number, to: number, entities: readonly Entity[]): string {
  let out = text.slice(from, to);
  for (const e of entities) {
    if (e.end <= from || e.start >= to) continue;
    const a = Math.max(e.start, from) - from;
    const b = Math.min(e.end, to) - from;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** Window words in `[from, to)` that are not part of a timestamp (a time is keyed by its value). */
function windowsIn(text: string, from: number, to: number, timestamps: readonly Timestamp[]): string[] {
  const out: string[] = [];
  for (const m of text.slice(from, to).matchAll(WINDOW)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (timestamps.some((t) => t.start < end && start < t.end)) continue;
    out.push(m[0].toLowerCase());
  }
  return out;
}

/** Venues named right around a figure ("on Binance"): ORG entities after on/at/via, else capitalised words there. */
function venuesOf(text: string, entities: readonly Entity[], timestamps: readonly Timestamp[], from: number, to: number): string[] {
  const found = new Set<string>();
  for (const e of entities) {
    if (e.type === 'ORG' && e.start >= from && e.end <= to && VENUE_CUE.test(text.slice(Math.max(from, e.start - 12), e.start))) found.add(e.canonical);
  }
  if (!found.size) {
    const window = text.slice(from, to);
    VENUE_WORD.lastIndex = 0;
    for (const m of window.matchAll(VENUE_WORD)) {
      const at = from + m.index! + m[0].length - m[1]!.length;
      if (NOT_VENUE.has(m[1]!) || timestamps.some((t) => t.start <= at && at < t.end)) continue;
      found.add(m[1]!);
    }
  }
  return [...found].sort();
}
