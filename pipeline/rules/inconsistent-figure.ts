/**
 * `inconsistent-figure`: two figures for the same thing that disagree beyond rounding. The
 * rule reads claim frames (pipeline/frames/): two frames state the same thing when they have
 *
 * - the same role (two stated levels, or two changes written the same way), both stated as
 *   fact, or both the same party's forecast for the same period;
 * - the same subject: the same owner where both name one, the same item where both name one,
 *   and at least one of them in common ("Saudi Arabia held production at 8.96 mln bpd" and
 *   "Saudi Arabia's crude output averaged 9.06 mln bpd");
 * - the same measure (one vocabulary: "sales" is revenue, "handed over" is deliveries) and unit;
 * - no qualifier of one class that differs (core vs headline, futures vs spot, close vs
 *   intraday high, adjusted vs reported, Class A vs Class B, weekly vs month-to-date, initial
 *   vs revised), no different narrowing words ("commercial real estate loans" are not "total
 *   loans") and no different venue;
 * - the same time: the same period or day (and clock time where both give one); a figure
 *   whose sentence gives no time takes the one time the text gives that subject and measure,
 *   and is not compared when the text gives several.
 *
 * A later figure that agrees with none of the earlier statements of its thing is flagged on
 * its sentence, with the first statement as related. Repeated paragraphs with one figure
 * changed are compared figure by figure with their first copy (CONTRACT.md, "Output").
 *
 * Rounding tolerance: each figure stands for its value ± half a unit of its last written
 * digit (hedged figures: at least ± `approximateTolerance`); figures disagree when those
 * intervals do not meet.
 */
import { z } from 'zod';
import type { Frame } from '../frames/types.js';
import { subjectOf } from '../frames/index.js';
import { QUALIFIER_CLASS } from '../frames/build.js';
import { contentWords, givenPhrase, spokenClause } from '../frames/given.js';
import { sameNumber } from '../frames/figures.js';
import type { FigureKind, Quantity } from '../types.js';
import { defineRule } from './rule.js';
import { intervalOf, kilogramsOf, overlaps, type Interval } from './support/figures.js';
import { readableTime } from './support/text.js';

/** Physical units whose figures compare only in the same unit; every other counted noun is a count. */
const PHYSICAL_UNIT = /^(?:.*\b)?(?:barrels?|bbl|tonnes?|tons?|ounces?|oz|pounds?|lbs|bushels?|gallons?|litres?|liters?|cubic|bcf|tcf|mmbtu|therms|megawatts?|gigawatts?|mw|gw|mwh|gwh|twh|kwh|acres?|hectares?|square|miles?|kilometres?|kilometers?|carats?|teus?|exahash\w*|eh\/s|th\/s|kilograms?|kg|grams?|points|level|bp|pp)\b/i;

/** The unit two figures must share: money by currency (per unit), percent, points, physical units; counts of any noun alike. */
function comparableUnit(frame: Frame): string {
  const f = frame.figure;
  // a dividend or earnings per share is per share whether or not "a share" is written ("lifting the dividend to 66 cents")
  // (a dividend's total paid, in millions, stays apart)
  if (f.kind === 'money') return frame.measure === 'eps' || (frame.measure === 'dividend' && f.value < 1000) ? f.unit.replace(/\/share$/, '') : f.unit;
  if (f.kind === 'percentages') return 'percent';
  const unit = (f.mention as Quantity).unit.toLowerCase();
  if (unit === 'level' || unit === 'points') return 'points';
  if (unit === 'pp' || unit === 'bp') return unit;
  if (PHYSICAL_UNIT.test(unit)) return `quantity:${unit.replace(/\b(?:mln|million|bln|billion|thousand)\b\s*/g, '').replace(/s\b/g, '').trim()}`;
  return 'count';
}

/** Measures one restatement may name for the other: a carmaker's cars delivered are the cars it sold ("delivered 48,630 cars" … "Selling 46,830 cars"). */
const ALIKE_MEASURES: ReadonlySet<string> = new Set(['deliveries|sales-units', 'sales-units|deliveries']);

/** A line that sets figures side by side: "… 1,712,896 vs loss 5,747,472", "…, versus $1.2 billion". */
const TABLE_LINE = /\b(?:vs\.?|versus)\s/i;

/** Measures whose changes are only compared at a written time: prices move all day. */
const INSTANT_CHANGES = new Set(['price', 'yield', 'spread', 'index', 'market-cap']);

/** Windows that name a plain period (a figure for the quarter, the week): no other thing than the period's figure. */
const PERIOD_WINDOWS = new Set(['day', 'week', 'month', 'quarter', 'year', 'half']);

const key = (s: string | null) => (s ? s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : null);

/** Owners and items agree where both give one, and they share at least one. */
function sameSubject(a: Frame, b: Frame): boolean {
  // an article's deal is one deal, whichever party a sentence names
  // (two lots bought or sold for their own sums are two deals: sameQualifiers tells them apart)
  if (a.measure === 'deal-value' && b.measure === 'deal-value') return true;
  const [ao, bo, ai, bi] = [key(a.owner), key(b.owner), key(a.item), key(b.item)];
  // two statements of one macro series that neither gives a subject are of the story's one economy
  if (!ao && !bo && !ai && !bi) return a.measure === b.measure && ONE_ECONOMY.has(a.measure ?? '');
  if (ao && bo && ao !== bo && !ao.startsWith(`${bo} `) && !bo.startsWith(`${ao} `)) return false;
  // one fund's flows are not the whole group's: a party on one side only is another thing
  if ((ao && !bo && a.ownerKind === 'party' && bi) || (bo && !ao && b.ownerKind === 'party' && ai)) return false;
  if (ai && bi && ai !== bi) return false;
  // ("its fresh fruit bunch output fell to 386,400 tonnes" … "84,600 tonnes of crude palm oil": a thing named on one side only is another thing)
  if ((ai && !bi && !a.item!.startsWith('np:') && a.subjectVia === 'own') || (bi && !ai && !b.item!.startsWith('np:') && b.subjectVia === 'own')) return false;
  return Boolean((ao && bo) || (ai && bi));
}

/** No qualifier class on which they differ (an unqualified figure has the class's default, or any value of an open class). */
/** Macro series a story names without their economy only when it is the story's one economy (not "growth" or "wages": many series). */
const ONE_ECONOMY: ReadonlySet<string> = new Set(['inflation', 'core-inflation', 'unemployment', 'policy-rate', 'payrolls', 'pmi']);

/** Macro rates quoted year on year unless the text says otherwise. */
const RATE_SERIES: ReadonlySet<string> = new Set(['inflation', 'core-inflation', 'wages']);

function sameQualifiers(a: Frame, b: Frame): boolean {
  const classes = new Set([...Object.keys(a.qualifiers), ...Object.keys(b.qualifiers)]);
  for (const id of classes) {
    const cls = QUALIFIER_CLASS.get(id);
    // (a rate of inflation or growth with no window written is the annual one)
    const annual = (f: Frame) => (id === 'window' && f.figure.kind === 'percentages' && RATE_SERIES.has(f.measure ?? '') ? 'year' : undefined);
    const va = a.qualifiers[id] ?? annual(a) ?? cls?.default;
    const vb = b.qualifiers[id] ?? annual(b) ?? cls?.default;
    if (va === undefined || vb === undefined || va === vb) continue;
    // "quarterly sales", "weekly flows": a period of the article's own length is no other window
    // ("Average daily production: 12.97 BTC" beside "mined 402 bitcoin in July" is another window: the other's time is a month)
    const lengthOf = (f: Frame) => {
      const t = f.time ?? f.contextTime ?? null;
      return t ? durationOf(f.timeEnd ? `${t}/${f.timeEnd}` : t) : null;
    };
    const fits = (w: string, other: Frame) => PERIOD_WINDOWS.has(w) && (lengthOf(other) === null || lengthOf(other) === w);
    if (id === 'window' && ((va === cls?.default && fits(vb, a)) || (vb === cls?.default && fits(va, b)))) continue;
    return false;
  }
  if (a.venue && b.venue && key(a.venue) !== key(b.venue)) return false;
  // two parts of one whole ("another 8.1 mln dlrs of its proceeds", "2.8 mln dlrs of the proceeds") are two things
  if (a.segment.includes('part') && b.segment.includes('part')) return false;
  // a narrowing word that names the subject itself ("Velocar" in "Velocar delivered …") narrows nothing
  const subjectWords = new Set([a.owner, a.item, b.owner, b.item].flatMap((x) => key(x?.replace(/^np:/, '') ?? null)?.split(' ') ?? []));
  const sa = [...new Set(a.segment)].filter((w) => !subjectWords.has(w)).sort().join(' ');
  const sb = [...new Set(b.segment)].filter((w) => !subjectWords.has(w)).sort().join(' ');
  return sa === sb;
}

export default defineRule({
  id: 'inconsistent-figure',
  meta: {
    description:
      'Two figures for the same subject, measure and time (and qualifiers: core or headline, spot or futures, close or intraday, venue) that disagree beyond rounding: half a unit of the last written digit.',
    defaultSeverity: 'warning',
    messages: {
      disagrees: '`{{figure}}` contradicts `{{first}}`, stated earlier for the same {{what}}',
      changedCopy: '`{{figure}}` in this repeated paragraph contradicts `{{first}}` in its first copy',
    },
    options: z
      .object({
        /** Which figure lists are compared. */
        kinds: z.array(z.enum(['money', 'percentages', 'quantities'])).default(['money', 'percentages', 'quantities']),
        /** Relative slack for hedged figures ("about $750 million"), on top of rounding. */
        approximateTolerance: z.number().min(0).max(0.5).default(0.05),
        /**
         * Figures whose sentence gives no time: `amounts` (default) gives them the one time the
         * text gives their subject and measure, if there is exactly one; `all` compares them with
         * any statement of their thing; `none` never compares them.
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
            'US buyers paid more: at the same minute the coin was quoted at $67,650 on Coinbase, CoinGecko data showed.',
          note: 'different venues are different things',
        },
        {
          text: 'Core inflation slowed to 3.5% in May, the ONS said.\nHeadline inflation fell to 2.9% in May, the ONS said.',
          note: 'core and headline inflation are different series',
        },
      ],
      flagged: [
        {
          text:
            'SOXX recorded approximately $750 million in net outflows in May 2025, according to The Kobeissi Letter.\n' +
            'The $570 million net outflows from SOXX in May 2025 were the largest since February, the newsletter said.',
          flags: [{ messageId: 'disagrees', text: 'The $570 million net outflows', related: ['$750 million'] }],
        },
        {
          text:
            'Calder Freight Inc posted second-quarter revenue of $612 million on Thursday, the company said.\n' +
            'The $621 million in quarterly sales topped the $604 million consensus compiled by LSEG.',
          flags: [{ messageId: 'disagrees', text: 'The $621 million in quarterly sales', related: ['$612 million'] }],
          note: 'a restatement in other words: sales are revenue, the quarter is the second quarter',
        },
      ],
    },
  },
  check(article, context) {
    const { kinds, approximateTolerance, implicitTime } = context.options;
    const wanted = new Set<FigureKind>(kinds);
    // results-table lines ("Oper net loss 1,712,896 vs loss 5,747,472") and side-by-side comparisons
    // put figures of several periods in one line; their periods are the table's, not the words'
    const comparison = new Set(article.sentences.filter((s) => TABLE_LINE.test(article.text.slice(s.start, s.end))).map((s) => s.start));
    const candidates = article.frames.filter(
      (f) =>
        !comparison.has(f.sentence.start) &&
        wanted.has(f.figure.kind) &&
        f.measure !== null &&
        // (a price paid for a counted lot is identified by the lot: "Paying A$1.31 billion for 120 megahertz gives us …")
        // (or a macro series with no subject read, at a time the text gives: "Annual consumer price inflation slowed to 2.6% in the
        // first quarter" … "Tane said inflation of 2.4% in the first quarter": the story's one economy)
        (f.owner || f.item || (f.measure === 'deal-value' && f.qualifiers.lot) || (ONE_ECONOMY.has(f.measure ?? '') && f.time)) &&
        (f.role === 'level' || (f.role === 'change' && f.change !== 'absolute' && (f.time !== null || !INSTANT_CHANGES.has(f.measure ?? '')))) &&
        (f.mode === 'actual' || f.mode === 'forecast') &&
        Number.isFinite(f.figure.value) &&
        // (a part of the whole is no statement of it: "bought the remaining 3,182 tonnes", "new installations contributing 2.31 billion francs")
        !PART_CUE_BEFORE.test(article.text.slice(Math.max(f.sentence.start, f.figure.start - 30), f.figure.start)) &&
        // (figures in a breakdown are its parts: "comprised 103,700 tonnes to the EC and 233,000 to third countries",
        // "includes 165,000 tonnes of hard red winter and 35,000 tonnes of soft red winter"; or a lot for a buyer: "for delivery to Taiwan")
        !BREAKDOWN_BEFORE.test(article.text.slice(Math.max(f.sentence.start, f.figure.start - 120), f.figure.start)) &&
        !LOT_AFTER.test(article.text.slice(f.figure.end, Math.min(f.sentence.end, f.figure.end + 60))) &&
        // (a size written as an adjective, "its 25-member board", describes the noun after it: not a count stated)
        !/^\d[\d,.]*-[\p{L}]+$/u.test(f.figure.text) &&
        // (the level a period opened at is not the one it closed at: "The backlog began the year at 4,760 buses")
        !OPENING_LEVEL_BEFORE.test(article.text.slice(Math.max(f.sentence.start, f.figure.start - 40), f.figure.start)),
    );
    const unitOf = new Map(candidates.map((f) => [f, comparableUnit(f)]));
    const intervalFor = new Map<Frame, Interval>(candidates.map((f) => [f, signed(f, intervalOf(f.figure, { approximateTolerance }))]));

    // Times: a frame without a time takes the one time the text gives its subject and measure.
    const explicitTimes = (f: Frame): Set<string> => {
      const out = new Set<string>();
      for (const g of candidates) if (g !== f && g.time && g.role === f.role && g.mode === f.mode && g.measure === f.measure && sameSubject(f, g) && sameQualifiers(f, g)) out.add(timeKey(g));
      return out;
    };
    const timeOf = new Map<Frame, string | null>();
    for (const f of candidates) {
      const w = f.qualifiers.window;
      // "sales of 425 mln dlrs for the six months" in a sentence that names the second quarter: the window is the period
      // (a rate's window is its basis, not its period: "Annual consumer price inflation slowed to 2.6% in the first quarter")
      if (f.time && w && PERIOD_WINDOWS.has(w) && w !== 'day' && !RATE_SERIES.has(f.measure ?? '') && durationOf(timeKey(f)) !== null && durationOf(timeKey(f)) !== w) timeOf.set(f, `window:${w}`);
      else if (f.time) timeOf.set(f, timeKey(f));
      else if (implicitTime === 'none') timeOf.set(f, null);
      else if (implicitTime === 'all') timeOf.set(f, '*');
      else {
        let times = explicitTimes(f);
        // "in the quarter", "quarterly sales": the one quarter the text gives (a rate's window is its basis, not its period)
        const window = RATE_SERIES.has(f.measure ?? '') ? undefined : f.qualifiers.window;
        if (window && PERIOD_WINDOWS.has(window)) times = new Set([...times].filter((t) => durationOf(t) === window));
        const windowed = window && PERIOD_WINDOWS.has(window);
        if (windowed && times.size === 1) timeOf.set(f, [...times][0]!);
        else if (f.contextTime && (!windowed || durationOf(f.contextTime) === window)) timeOf.set(f, f.contextTime);
        else if (windowed && window !== 'day') timeOf.set(f, `window:${window}`);
        else if (times.size === 1) timeOf.set(f, [...times][0]!);
        else timeOf.set(f, times.size === 0 ? '*' : null);
      }
    }

    /** Sentences already flagged: one flag per restating sentence. */
    const reported = new Set<number>();
    /** Flags the later statement's sentence against the first statement's figure. */
    // (where a story gives money in and money out, a flow not called net is the gross one: "- High-yield fund inflows: $3.42 billion",
    // "- Redemptions …", "- Net: $2.24 billion" … "Net inflows of $2.24 billion")
    const bothWays = article.frames.some((f) => f.qualifiers.direction === 'out') && article.frames.some((f) => f.qualifiers.direction === 'in');
    const netAndGross = (a: Frame, b: Frame) => bothWays && (a.qualifiers.gross === 'net') !== (b.qualifiers.gross === 'net') && [a, b].some((f) => f.qualifiers.gross !== 'net' && (f.qualifiers.direction || f.measure === 'flow'));
    const disagrees = (later: Frame, first: Frame, what: string) => {
      if (netAndGross(later, first)) return;
      reported.add(later.sentence.start);
      context.report({
        messageId: 'disagrees',
        data: { figure: later.figure.text, first: first.figure.text, what },
        start: later.sentence.start,
        end: later.sentence.end,
        related: [{ start: first.figure.start, end: first.figure.end, message: `first stated as \`${first.figure.text}\` here` }],
      });
    };
    const byBucket = new Map<string, Frame[]>();
    for (const f of candidates) {
      const bucket = `${f.measure}|${unitOf.get(f)!.replace(/\/.*$/, '')}|${f.role}|${f.change ?? ''}|${f.mode}`;
      const list = byBucket.get(bucket) ?? [];
      list.push(f);
      byBucket.set(bucket, list);
    }
    // repeated paragraphs with a figure changed: the copy's figure against its first copy's
    for (const changed of article.changedFigures ?? []) {
      if (!wanted.has(changed.kind)) continue;
      const sentence = article.sentences.find((s) => s.start <= changed.copy.start && changed.copy.end <= s.end);
      if (!sentence) continue;
      const figure = article.text.slice(changed.copy.start, changed.copy.end);
      const first = article.text.slice(changed.original.start, changed.original.end);
      context.report({
        messageId: 'changedCopy',
        data: { figure, first },
        start: sentence.start,
        end: sentence.end,
        related: [{ start: changed.original.start, end: changed.original.end, message: `first copy has \`${first}\`` }],
      });
    }

    // a move told twice ("up 1.28 dlrs at 79.42 dlrs" … "Brent's 1.28 dlr gain to 79.24 dlrs"):
    // the same change of the same thing ends at the same level
    const moves = movesOf(article.text, article.frames);
    const published = article.meta.published ?? null;
    // moves of two periods are two moves ("its February load factor declined 1.6 pct" and "for the
    // year-to-date, … also decreased 1.6 pct"); a time after publication is a deadline nearby
    // ("priced in a cut by February"), not the move's
    const when = (f: { change: Frame; level: Frame }) => {
      const t = f.level.time ?? f.change.time ?? f.level.qualifiers.window ?? f.change.qualifiers.window ?? null;
      return t && published && /^\d{4}/.test(t) && t.slice(0, 10) > published.slice(0, t.length >= 10 ? 10 : t.length) ? null : t;
    };
    moves.forEach((later, i) => {
      for (const first of moves.slice(0, i)) {
        if (first.change.sentenceIndex === later.change.sentenceIndex) continue;
        if (!sameSubject(first.change, later.change) && !sameSubject(first.level, later.level)) continue;
        if (comparableUnit(first.change) !== comparableUnit(later.change) || comparableUnit(first.level) !== comparableUnit(later.level)) continue;
        const [wf, wl] = [when(first), when(later)];
        if (wf !== wl && (wf === null) === (wl === null) && !(wf && wl && /^\d/.test(wf) && /^\d/.test(wl) && (wf.startsWith(wl.slice(0, 10)) || wl.startsWith(wf.slice(0, 10))))) continue;
        if (!sameQualifiers(first.level, later.level)) continue;
        const ci = (f: Frame) => signed(f, intervalOf(f.figure, { approximateTolerance }));
        if (!overlaps(ci(first.change), ci(later.change)) || first.change.sign * later.change.sign < 0) continue;
        const [a, b] = [intervalOf(first.level.figure, { approximateTolerance }), intervalOf(later.level.figure, { approximateTolerance })];
        if (overlaps(a, b)) continue;
        // a restatement misquotes a level (79.42 and 79.24); levels far apart after an equal change are two things that moved alike
        const [va, vb] = [Math.abs(first.level.figure.value), Math.abs(later.level.figure.value)];
        if (first.level.measure !== later.level.measure || Math.abs(va - vb) > 0.1 * Math.max(va, vb)) continue;
        context.report({
          messageId: 'disagrees',
          data: { figure: later.level.figure.text, first: first.level.figure.text, what: `${describe(later.level)} after the same ${later.change.figure.text} move` },
          start: later.level.sentence.start,
          end: later.level.sentence.end,
          related: [{ start: first.level.figure.start, end: first.level.figure.end, message: `first stated as \`${first.level.figure.text}\` here` }],
        });
        break;
      }
    });

    for (const list of byBucket.values()) {
      list.forEach((later, i) => {
        const t = timeOf.get(later);
        if (t === null) return;
        // "A 150 mln dlr offering due 1992 …", "another 14 mln dlrs from the sale of notes": one more deal, not the first restated
        if (INSTANCE_MEASURES.has(later.measure ?? '') && /\b(?:an?|another|a\s+further|a\s+second|a\s+separate)\s+$/i.test(article.text.slice(Math.max(0, later.figure.start - 20), later.figure.start))) return;
        const earlier: Frame[] = [];
        // at most the 64 statements before it: a long list of one thing is a table, not restatements
        for (let j = Math.max(0, i - 64); j < i; j++) {
          const first = list[j]!;
          if (first.sentenceIndex === later.sentenceIndex) continue;
          const tf = timeOf.get(first);
          if (tf === null || (tf !== '*' && t !== '*' && tf !== t)) continue;
          if (later.mode === 'forecast' && (first.by ?? null) !== (later.by ?? null)) continue;
          if (!sameSubject(first, later) || !sameQualifiers(first, later)) continue;
          // a price per barrel and a price with no unit written are one price; per barrel and per tonne are not
          const [pa, pb] = [unitOf.get(first)!.split('/')[1], unitOf.get(later)!.split('/')[1]];
          if (pa && pb && pa !== pb) continue;
          if ((pa || pb) && first.measure !== 'price') continue;
          // an order of magnitude apart is another quantity misread as this one ("1.80 dlrs" a share against "50 mln dlrs"),
          // unless the digits are the same and only the scale slipped ("$1.2 million" for "$1.2 billion")
          if (!sameOrder(first.figure.value, later.figure.value)) continue;
          // a subject only carried over from the sentence before ("Skim milk powder … firmed to $2,806. Butter slipped … to
          // $6,140") is a weak reading: far-apart values under it are two things, not a slip
          if ((first.subjectVia === 'previous' || later.subjectVia === 'previous') && relativeGap(first.figure.value, later.figure.value) > 1 / 3) continue;
          earlier.push(first);
        }
        if (!earlier.length) return;
        const mine = intervalFor.get(later)!;
        if (earlier.some((e) => agree(e, later, intervalFor.get(e)!, mine, approximateTolerance))) return;
        disagrees(later, earlier[0]!, describe(later));
      });
    }

    // A figure restated with its digits transposed ("EBITDA of $318 million" … "We grew EBITDA to
    // $381 million"; "9.8 pct" … "about 8.9 percent"), the commonest slip in copying a figure: in
    // other words than the first statement's, often with no measure or subject the frames can read
    // (a quote, a lead). Compared when nothing read says they are two things: the same unit and
    // scale, the same mode (stated, forecast, expected), no two different subjects, measures,
    // qualifiers or times, neither hypothetical nor a change nor the end of one (moves of several
    // things are often permutations of one another).
    // (counted once per sentence and unit: a long article has thousands of frames)
    const perSentenceUnit = new Map<string, { figures: number; from: boolean }>();
    for (const g of article.frames) {
      const k = `${g.sentenceIndex}|${comparableUnit(g)}`;
      const c = perSentenceUnit.get(k) ?? { figures: 0, from: false };
      c.figures++;
      c.from ||= g.role === 'from';
      perSentenceUnit.set(k, c);
    }
    const inSentence = (f: Frame) => perSentenceUnit.get(`${f.sentenceIndex}|${comparableUnit(f)}`)!;
    const levels = article.frames.filter(
      (f) =>
        !comparison.has(f.sentence.start) &&
        wanted.has(f.figure.kind) &&
        (f.role === 'level' || f.role === 'share') &&
        f.mode !== 'hypothetical' &&
        Number.isFinite(f.figure.value) &&
        // one deal, loan or offering among several; a day's high or low among the day's prices
        !INSTANCE_MEASURES.has(f.measure ?? '') &&
        !['high', 'low', 'intraday', 'open'].includes(f.qualifiers.point ?? '') &&
        // a price moves: two prices compare only at one minute (the passes above), or a close of one day that four or more
        // swapped digits restate of the same named thing ("fell … to 3,128.55" … "the Kospi's close of 3,182.55")
        !(INSTANT_CHANGES.has(f.measure ?? '') && !/T\d{2}:\d{2}/.test(f.time ?? '') && !((f.owner || f.item) && longDigits(digitsOf(f.figure.text) ?? ''))) &&
        // a table row or a list of grades ("Total 13,210 13,050 12,257", "One pct sulphur 20.25 dlrs, …, two pct sulphur 18.25 dlrs")
        inSentence(f).figures < 4,
    );
    // the digits sorted: a transposition has the same key as the figure it slips from (looked up, not searched)
    const keyOf = new Map<Frame, string>();
    const byKey = new Map<string, Frame[]>();
    for (const f of levels) {
      const d = digitsOf(f.figure.text);
      if (!d) continue;
      const [digitsWritten, point, scale] = d.split('|');
      const k = `${[...digitsWritten!].sort().join('')}|${point}|${scale}|${comparableUnit(f)}`;
      keyOf.set(f, d);
      const list = byKey.get(k) ?? [];
      list.push(f);
      byKey.set(k, list);
    }
    const indexOf = new Map(levels.map((f, i) => [f, i]));
    const firstOfValue = new Map<string, number>();
    for (const f of article.frames) {
      const k = `${comparableUnit(f)}|${f.figure.value}`;
      if (!firstOfValue.has(k)) firstOfValue.set(k, f.figure.start);
    }
    const sameKey = new Map<Frame, Frame[]>();
    for (const list of byKey.values()) for (const f of list) sameKey.set(f, list);
    for (let i = 0; i < levels.length; i++) {
      const later = levels[i]!;
      if (reported.has(later.sentence.start)) continue;
      // the end of a move from a level it states ("falling from 4.0% to 3.2%") is another reading than a level stated; it may
      // be the first statement a later level slips from ("rose to 64,350 motorcycles from 61,200" … "bought 64,530")
      if (later.toLevel && inSentence(later).from) continue;
      const digits = keyOf.get(later);
      if (!digits) continue;
      // (at most the 64 nearest before it, as in the passes above: a long list of one figure is a table)
      const candidates = sameKey.get(later)!.filter((e) => indexOf.get(e)! < i).slice(-64);
      if (!candidates.length) continue;
      // the same value stated before it ("backlog rose to a record $41.3 billion" … "the $41.3 billion backlog"): it restates that one, not the permutation beside it ("$13.4 billion unfunded")
      const firstSaid = firstOfValue.get(`${comparableUnit(later)}|${later.figure.value}`);
      if (firstSaid !== undefined && firstSaid < later.sentence.start) continue;
      // (a time the text leaves open between several is no time to compare at: implicitTime)
      const timeless = (f: Frame) => timeOf.get(f) === null || (implicitTime === 'none' && !f.time);
      if (timeless(later)) continue;
      // ("first-quarter revenue of $590 million and second-quarter revenue of $612 million … The $621 million in sales": which?)
      const ambiguous = (e: Frame) => leftOpen(later, e, levels);
      const first = candidates.find(
        (e) =>
          e.sentenceIndex !== later.sentenceIndex &&
          e.figure.value !== later.figure.value &&
          transposed(keyOf.get(e)!, digits) &&
          !timeless(e) &&
          !differentTimes(timeOf.get(e), timeOf.get(later)) &&
          outlookWords(article.text, e) === outlookWords(article.text, later) &&
          comparableUnit(e) === comparableUnit(later) &&
          e.role === later.role &&
          e.mode === later.mode &&
          // one of them says what it measures; neither is one part among others ("including 1.2 billion dlrs from …")
          Boolean(e.measure || later.measure) &&
          !e.segment.includes('part') &&
          !later.segment.includes('part') &&
          // ("margin" and "operating-margin": one measure named more or less fully)
          // (four or more digits swapped name one figure whatever two readings of its measure say: "shipped 64,350
          // motorcycles" … "Our riders bought 64,530 of our motorcycles")
          (longDigits(digits) || !(e.measure && later.measure && e.measure !== later.measure && !e.measure.endsWith(`-${later.measure}`) && !later.measure.endsWith(`-${e.measure}`) && !ALIKE_MEASURES.has(`${e.measure}|${later.measure}`))) &&
          !(key(e.owner) && key(later.owner) && !sameSubject(e, later)) &&
          !(key(e.item) && key(later.item) && key(e.item) !== key(later.item)) &&
          statedAlike(e, later) &&
          !(e.time && later.time && timeKey(e) !== timeKey(later)) &&
          // (two prices of one thing only: both name it)
          !(INSTANT_CHANGES.has(e.measure ?? '') && !/T\d{2}:\d{2}/.test(e.time ?? '') && !(key(e.owner ?? e.item) && key(e.owner ?? e.item) === key(later.owner ?? later.item))) &&
          !ambiguous(e),
      );
      if (first) disagrees(later, first, describe(first));
    }

    // A figure the sentence presents as known ("The 4.649% high yield was the lowest since May",
    // "At £2.43 billion, this is a full price", "Barges at $394 are already pricing in …") refers
    // back to one the story gave. When no figure of its unit states its value and an earlier one
    // close to it does (a few percent off, digits swapped or one digit changed) with the same
    // words around it ("high yield", "barges", "clearing price"), the restatement has slipped.
    const figures = article.frames.filter((f) => wanted.has(f.figure.kind) && Number.isFinite(f.figure.value) && !comparison.has(f.sentence.start));
    const byUnit = new Map<string, Frame[]>();
    // (tonnes and kilos are one group: "12.86 million kilos" restates "128,600 tonnes", or slips from it)
    const unitGroup = (f: Frame) => (massOf(f) !== undefined ? 'quantity:mass' : comparableUnit(f).replace(/\/.*$/, ''));
    for (const f of figures) {
      const u = unitGroup(f);
      const list = byUnit.get(u) ?? [];
      list.push(f);
      byUnit.set(u, list);
    }
    const unitIndex = new Map<Frame, number>();
    for (const list of byUnit.values()) list.forEach((f, i) => unitIndex.set(f, i));
    const wordsOfSentence = new Map<number, Set<string>>();
    const sentenceWords = (f: Frame) => {
      let w = wordsOfSentence.get(f.sentenceIndex);
      if (!w) wordsOfSentence.set(f.sentenceIndex, (w = contentWords(article.text.slice(f.sentence.start, f.sentence.end))));
      return w;
    };
    // the level a "from" figure was the start of: the one before it in its sentence, of its unit ("5.27 million, up 4.2% from 5.06 million")
    const currentOf = (from: Frame): Frame | null =>
      figures.filter((f) => f.sentenceIndex === from.sentenceIndex && f.figure.end <= from.figure.start && f.role === 'level' && comparableUnit(f) === comparableUnit(from) && f.mode === from.mode).at(-1) ?? null;
    const people = article.entities.filter((e) => e.type === 'PERSON');
    const peopleIn = (s: { start: number; end: number }) => people.filter((p) => p.start >= s.start && p.end <= s.end);
    for (const later of figures) {
      if (reported.has(later.sentence.start) || later.mode === 'hypothetical') continue;
      // (a time the text leaves open between several is no time to compare at: implicitTime)
      if (later.sentence.end - later.sentence.start > 600 || timeOf.get(later) === null || (implicitTime === 'none' && !later.time)) continue;
      const given = givenPhrase(article.text, later.sentence, later.figure);
      // (or a person restates it in their own words: "“Welcoming 7.14 million guests in a single quarter tells us …”")
      const phrase = given >= 0 ? given : spokenClause(article.text, later.sentence, later.figure, peopleIn(later.sentence));
      if (phrase < 0) continue;
      // (a speaker's move from one level to another is their news: "Simmons said its load factor fell to 41.5 pct from 45 pct")
      if (given < 0 && (later.toLevel || later.role === 'from')) continue;
      // the party the phrase itself names ("Hasegawa Precision's 6.4% rise"); an owner read from
      // elsewhere in the sentence is often its speaker ("…, Brandt said")
      // (a possessive pronoun, "its 25.55 pct stake", is the sentence's subject: the owner read for it stands)
      const phraseKey = key(article.text.slice(phrase, later.figure.end + 40))!;
      const named = (owner: string | null) =>
        Boolean(owner && (/^\s*(?:its|their|our|his|her)\s/i.test(article.text.slice(phrase, later.figure.start)) || phraseKey.includes(key(owner.replace(/^np:/, ''))!)));
      // (the 64 statements of its unit before it and after it, as in the passes above: a long list of one unit is a table)
      const at = unitIndex.get(later)!;
      const peers = byUnit.get(unitGroup(later))!.slice(Math.max(0, at - 64), at + 65);
      const digits = digitsOf(later.figure.text);
      // a month or year in the phrase names the figure's time ("The 5.151 pct February bond issue yield"): the earlier figure's sentence must name it too
      // (the phrase up to its verb: "since 2019" after "The 418,900-tonne quarter was our best" is not the phrase's)
      const phraseText = article.text.slice(phrase, Math.min(later.sentence.end, later.figure.end + 30)).split(/[,;:]|\.(?!\d)|\b(?:was|were|is|are|would|will|has|had|have|remains?)\b/)[0]!;
      const phraseTimes = phraseText.match(PHRASE_TIME) ?? [];
      const timed = phraseTimes.length > 0 || PHRASE_PERIOD.test(phraseText) || later.figure.start - phrase > 60;
      // (without the lone letters a blanked date leaves: "Tuesday's clearing price" reads as item `s clearing`)
      const itemKey = (key(later.item?.replace(/^np:/, '') ?? null) ?? '').split(' ').filter((w) => w.length > 1).join(' ');
      const itemNamed = Boolean(itemKey && phraseKey.includes(itemKey));
      // another statement of the same value: that is what it refers to (a hedged one within its slack
      // too, unless only its digits swapped: "about £2.34 billion" … "At £2.43 billion")
      // (a hedge covers a figure's rounding, not another figure: "about $3.4 billion" is not "$3.6 billion")
      const slack = { approximateTolerance: Math.min(approximateTolerance, 0.02) };
      const mine = intervalOf(later.figure, slack);
      // (not a range that holds it, nor a coarser figure: "9%" does not state 9.1%)
      const width = (f: Frame) => {
        const i = intervalOf(f.figure, { approximateTolerance: 0 });
        return i.hi - i.lo;
      };
      const myWidth = width(later);
      const same = (g: Frame) => {
        if (g.sentenceIndex === later.sentenceIndex || g.figure.mention.valueHigh !== undefined) return false;
        const kg = inKilograms(g, later);
        if (kg) return relativeGap(kg[0], kg[1]) <= 0.01;
        return overlaps(intervalOf(g.figure, slack), mine) && !transposed(digitsOf(g.figure.text), digits ?? '') && (Boolean(g.figure.mention.approximate) || width(g) <= myWidth * 1.001);
      };
      // (a range states no one value: its ends are compared below)
      const sameValue = later.figure.mention.valueHigh !== undefined ? undefined : peers.find(same);
      // the earlier period's figure quoted as the current one ("Attendance: 5.27 million, up 4.2% from 5.06 million" …
      // "Those 5.06 million visits were the most"): every statement of the value is a "from", and the phrase names no time
      const current = sameValue && !timed && peers.every((g) => !same(g) || g.role === 'from') ? currentOf(sameValue) : null;
      // (a speaker's figure only when it is that base exactly: "cost 18 dlrs" is not "a high of about 17 dlrs")
      if (current && (given >= 0 || (later.role !== 'from' && !sameValue!.figure.mention.approximate)) && current.figure.start < later.figure.start && !reported.has(later.sentence.start)) {
        disagrees(later, current, describe(current));
        continue;
      }
      if (sameValue) continue;
      const words = sentenceWords(later);
      let best: Frame | null = null;
      let bestScore = 0;
      for (const e of peers) {
        if (e.figure.start >= later.figure.start || e.sentenceIndex === later.sentenceIndex) continue;
        // a range restated with one end changed ("$2.10 to $2.35" … "the outlook of $2.10 to $2.53 a share"): one end the same, the other near it
        const [eh, lh] = [e.figure.mention.valueHigh, later.figure.mention.valueHigh];
        if (eh !== undefined && lh !== undefined && e.mode !== 'hypothetical') {
          // (near: a few percent off, or one digit changed: "down 1.5% to 2.5%" … "down 1.5% to 3.5%")
          const oneDigit = (x: number, y: number) => {
            const [a, b] = [String(x), String(y)];
            return a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;
          };
          const near = (x: number, y: number) => relativeGap(x, y) <= 0.15 || (oneDigit(x, y) && relativeGap(x, y) <= 0.5);
          const oneEnd = (sameNumber(e.figure.value, later.figure.value) && !sameNumber(eh, lh) && near(eh, lh)) || (sameNumber(eh, lh) && !sameNumber(e.figure.value, later.figure.value) && near(e.figure.value, later.figure.value));
          if (oneEnd && !(key(e.owner) && named(later.owner) && !sameSubject(e, later)) && !differentTimes(timeOf.get(e), timeOf.get(later)) && 3 > bestScore) [best, bestScore] = [e, 3];
          continue;
        }
        // in two mass units, the same digits at another power of ten is the slip ("12.86 million kilos" for 128,600 tonnes)
        const kg = inKilograms(e, later);
        const swapped = kg ? kg[0] !== kg[1] && significantDigits(kg[0]) === significantDigits(kg[1]) : transposed(digitsOf(e.figure.text), digits ?? '') || transposedAcrossScales(e.figure, later.figure);
        // (a forecast quoted back as known, "would pay … 48.75 euros" … "A price of 47.85 euros tells our farmers", only with its digits swapped)
        if (e.mode !== later.mode && !(swapped && [e.mode, later.mode].every((m) => m === 'actual' || m === 'forecast'))) continue;
        if (!swapped && (kg || !closeTo(e.figure, later.figure))) continue;
        // (a speaker's own words restate with three or more digits, or their digits swapped: "We grew earnings 14%" is not fee income's 11%)
        if (given < 0 && !swapped && Math.min(significantOf(e.figure.text), significantOf(later.figure.text)) < 3) continue;
        if ((e.role === 'change') !== (later.role === 'change') || (e.change ?? '') !== (later.change ?? '')) continue;
        // two lines of a balance sheet or an income statement are two things ("its 118 mln dlrs in insured deposits" beside assets of 115.2 mln)
        if (!swapped && e.measure !== later.measure && DISTINCT_MEASURES.has(e.measure ?? '') && DISTINCT_MEASURES.has(later.measure ?? '')) continue;
        // ranges are compared end by end elsewhere
        if (e.figure.mention.valueHigh !== undefined || later.figure.mention.valueHigh !== undefined) continue;
        const [pe, pl] = [unitOf.get(e) ?? comparableUnit(e), unitOf.get(later) ?? comparableUnit(later)].map((u) => u.split('/')[1]);
        if (pe && pl && perUnit(pe) !== perUnit(pl)) continue;
        // (digits swapped name one thing however narrowly each names it: "Monthly postpaid phone churn: 0.84%" … "Churn of 0.48% a month")
        const [ie, il] = [key(e.item?.replace(/^np:/, '') ?? null) ?? '', key(later.item?.replace(/^np:/, '') ?? null) ?? ''];
        // (a speaker says it in other words: "carried 6.42 million passengers" … "“Putting 6.24 million people in the air …”")
        if ((key(e.owner) && named(later.owner) && !sameSubject(e, later)) || (ie && il && ie !== il && !(swapped && (ie.endsWith(il) || il.endsWith(ie) || given < 0)))) continue;
        const theirSentence = article.text.slice(e.sentence.start, e.sentence.end);
        // the thing the phrase itself names ("its 25.55 pct stake in VEBA AG") is named where the figure was given
        if (itemNamed && key(e.item) !== key(later.item) && !key(theirSentence)!.includes(itemKey)) continue;
        // (or its period is the one the story gave that figure: "rose in April. Exports reached 128,600 tonnes")
        if (phraseTimes.some((t) => !theirSentence.includes(t)) && !(later.time && !later.timeEnd && !e.time && e.contextTime === later.time)) continue;
        // (a time said after the phrase is the predicate's: "The 521-ship orderbook … is still far below the 2008 peak")
        if ((timed && e.time && later.time && timeKey(e) !== timeKey(later)) || ((timed || !later.time) && differentTimes(timeOf.get(e), timeOf.get(later))) || !statedAlike(bare(e), bare(later))) continue;
        // ("first-quarter revenue of $590 million and second-quarter revenue of $612 million … The $621 million in sales": which?)
        if (e.measure && leftOpen(later, e, peers)) continue;
        // the frames' own reading counts as words in common: the same measure, the same item or owner
        let shared = (e.measure && e.measure === later.measure ? 1 : 0) + ((key(e.item) && key(e.item) === key(later.item)) || (key(e.owner) && key(e.owner) === key(later.owner)) ? 1 : 0);
        for (const w of sentenceWords(e)) if (words.has(w)) shared++;
        if (!shared && !swapped) continue;
        // (the level a story gives before the one it came from: "38% …, up from 34%")
        const score = shared + (swapped ? 1 : 0) - relativeGap(e.figure.value, later.figure.value) - (e.role === 'from' ? 0.5 : 0);
        if (score > bestScore) [best, bestScore] = [e, score];
      }
      if (best) disagrees(later, best, describe(best));
    }
  },
});

/**
 * The digits of a written figure, where its decimal point sits and its scale word, however few
 * ("$24.6 million" → "246|1|million", "64%" → "64|0|"): the scale only, "bln" and "billion euros"
 * alike (the unit is compared apart).
 */
function writtenDigits(text: string): string | null {
  const m = /^\D*(\d[\d,]*)(?:\.(\d+))?([\s\S]*)/.exec(text);
  if (!m) return null;
  const scale = scaleOf(m[3]!);
  return `${m[1]!.replace(/,/g, '')}${m[2] ?? ''}|${(m[2] ?? '').length}|${SCALE_WORD[scale] ?? scale}`;
}

/** How many significant digits a run of written digits has ("2460": 3, "0084": 2). */
function significantIn(digits: string): number {
  let [from, to] = [0, digits.length];
  while (from < to && digits[from] === '0') from++;
  while (to > from && digits[to - 1] === '0') to--;
  return to - from;
}

/** How many significant digits a written figure has ("$24.60 million": 3, "14%": 2). */
const significantOf = (text: string): number => significantIn(writtenDigits(text)?.split('|')[0] ?? '');

/** Measures no restatement names for one another (a story's lines of account). */
const DISTINCT_MEASURES: ReadonlySet<string> = new Set(
  'eps net-interest-income operating-income ebitda operating-expenses capex free-cash-flow pretax-income gross-profit net-income revenue dividend debt loans deposits cash capital aum taxes provisions charges exports imports production deliveries orders'.split(' '),
);

/** A frame without the lone letters a blanked date leaves in its narrowing words ("Tuesday's clearing price": `s`). */
const bare = (f: Frame): Frame => ({ ...f, segment: f.segment.filter((w) => w.length > 1) });

/** Periods and days written in a phrase ("the quarter's ¥218.4 million", "Friday's $470 million"). */
const PHRASE_PERIOD = /\b(?:quarter|half|year|month|week|day|session|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12])/i;

/** Months and years written in a phrase. */
const PHRASE_TIME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/g;

/**
 * A figure with no time of its own, and an earlier one whose time the text gives while giving its
 * thing other times too ("first-quarter revenue of $590 million and second-quarter revenue of
 * $612 million … The $621 million in sales"): which one it restates is left open.
 */
function leftOpen(later: Frame, e: Frame, others: readonly Frame[]): boolean {
  // (a level it was compared with, "fell 6.4 pct to 412.6 mln stg from 432.1 mln stg", is no other statement of it)
  return !later.time && Boolean(e.time) && others.some((g) => g !== e && g.time && g.role !== 'from' && g.measure === e.measure && key(g.owner) === key(e.owner) && timeKey(g) !== timeKey(e));
}

/** The relative gap between two values (0 when equal). */
function relativeGap(a: number, b: number): number {
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi === 0 ? 0 : Math.abs(a - b) / hi;
}

/**
 * Close enough to be a slip in copying: within 5% for figures of three or four significant
 * digits ("$394" for "$412"), or one digit changed at the same place and scale, within 30%
 * ("2.5 bln" for "3.5 bln", "6.1%" for "6.3%").
 */
function closeTo(a: { text: string; value: number }, b: { text: string; value: number }): boolean {
  if (Math.sign(a.value) !== Math.sign(b.value)) return false;
  const gap = relativeGap(a.value, b.value);
  const [da, db] = [writtenDigits(a.text), writtenDigits(b.text)];
  if (!da || !db) return false;
  const [wa, pa, sa] = da.split('|');
  const [wb, pb, sb] = db.split('|');
  // the same digits at another scale: "¥218.4 million" for "¥218.4 billion", "$2.874 billion" for "$287.4 million"
  if (wa === wb && pa === pb && sa !== sb && sa && sb) return true;
  // (both with a scale word, a power of ten from 10 to 1,000 apart: "203p" is no "20.3 mln stg")
  const ratio = Math.max(Math.abs(a.value), Math.abs(b.value)) / Math.min(Math.abs(a.value), Math.abs(b.value));
  if (wa === wb && sa && sb && wa!.replace(/^0+|0+$/g, '').length >= 3 && ratio >= 9.99 && ratio <= 1000.01 && significantDigits(a.value) === significantDigits(b.value)) return true;

  // round figures ("the 100 billion dlr debt", "230 mln tonnes") stand for a figure loosely; long ones
  // ("976,352 shares") that differ in several digits are other counts
  const [na, nb] = [significantIn(wa!), significantIn(wb!)];
  if (gap <= 0.05 && na >= 3 && nb >= 3 && na <= 4 && nb <= 4) return true;
  // (round figures, "230 mln" beside "210 mln" or "237 mln", are loose statements, not slips)
  const round = (w: string, p: string) => p === '0' && /0$/.test(w);
  if (!(gap <= 0.3 && na >= 2 && nb >= 2 && pa === pb && sa === sb && wa!.length === wb!.length) || round(wa!, pa!) || round(wb!, pb!)) return false;
  return [...wa!].filter((c, i) => c !== wb![i]).length === 1;
}

/** A quantity's kilograms per unit written, when its unit is a mass. */
function massOf(f: Frame): number | undefined {
  return f.figure.kind === 'quantities' ? kilogramsOf((f.figure.mention as Quantity).unit) : undefined;
}

/** Two masses in two different units, both in kilograms; null when they share a unit (compared as written) or one is no mass. */
function inKilograms(a: Frame, b: Frame): [number, number] | null {
  const [ma, mb] = [massOf(a), massOf(b)];
  if (ma === undefined || mb === undefined || ma === mb) return null;
  return [Math.abs(a.figure.value) * ma, Math.abs(b.figure.value) * mb];
}

/** A number's significant digits, however scaled: 128,600,000 and 12,860,000 are both "1286". */
function significantDigits(n: number): string {
  return Math.abs(n).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** A per-unit written in several ways: "a kilo", "a kg", "per kilogram". */
const perUnit = (u: string): string => (kilogramsOf(u) === 1 ? 'kg' : kilogramsOf(u) === 1000 ? 'tonne' : u.replace(/s$/, ''));

/**
 * The digits of a written figure and its scale ("$24.6 million" → "246|1|million"): the
 * digits in order, where the decimal point sits, and the words after the number.
 */
function digitsOf(text: string): string | null {
  const written = writtenDigits(text);
  if (!written) return null;
  const [all, point] = written.split('|');
  // two whole digits are too few to tell a slip from another figure ("12 pct", "21 pct"); with a decimal, enough ("9.8", "8.9")
  const significant = all!.replace(/^0+/, '').length;
  return significant < 2 || (significant < 3 && point === '0') ? null : written;
}

/**
 * No qualifier, venue or narrowing word that both state and state differently: a restatement
 * often drops what the first statement said ("adjusted EBITDA of $318 million" … "EBITDA").
 */
function statedAlike(a: Frame, b: Frame): boolean {
  for (const id of new Set([...Object.keys(a.qualifiers), ...Object.keys(b.qualifiers)])) {
    const [va, vb] = [a.qualifiers[id], b.qualifiers[id]];
    if (va !== undefined && vb !== undefined && va !== vb) return false;
  }
  if (a.venue && b.venue && key(a.venue) !== key(b.venue)) return false;
  if (a.segment.includes('part') && b.segment.includes('part')) return false;
  const [sa, sb] = [a.segment.filter((w) => w !== 'part'), b.segment.filter((w) => w !== 'part')];
  // (a restatement may drop a narrowing word: "VIP rolling-chip volume" … "Rolling-chip volume"; not add another)
  return !(sa.length && sb.length && !sa.every((w) => sb.includes(w)) && !sb.every((w) => sa.includes(w)));
}

/** Two times the rule settled on (a frame's own, or the one the text gives it), and they differ. */
const differentTimes = (a: string | null | undefined, b: string | null | undefined): boolean => Boolean(a && b && a !== '*' && b !== '*' && a !== b);

/** Whether the words before a figure say it is a forecast, a range's midpoint or an estimate, not a figure reported. */
function outlookWords(text: string, f: Frame): boolean {
  return /\b(?:midpoint|range|guidance|forecasts?|outlook|consensus|estimates?|expected|expects?|targets?|projected|sees)\b/i.test(text.slice(Math.max(f.sentence.start, f.figure.start - 60), f.figure.start));
}

const SCALE_WORD: Readonly<Record<string, string>> = { mln: 'million', mn: 'million', m: 'million', bln: 'billion', bn: 'billion', b: 'billion', tln: 'trillion', tn: 'trillion', k: 'thousand' };

/** The scale word after a figure's digits ("bln", "billion euros"), or a letter glued to them ("£64.8m", "$86k"). */
function scaleOf(rest: string): string {
  return (/^(m|k|b|bn)\b/i.exec(rest) ?? /\b(thousand|million|mln|mn|billion|bln|bn|trillion|tln|tn)\b/i.exec(rest))?.[1]!.toLowerCase() ?? '';
}

/** The same digits with one pair of them swapped, at the same decimal place and scale. */
/** Four or more significant digits written: a swap of two of them is no coincidence. */
function longDigits(written: string): boolean {
  return written.split('|')[0]!.replace(/^0+/, '').length >= 4;
}

function transposed(a: string | null, b: string): boolean {
  if (!a || a === b) return false;
  const [da, pa, sa] = a.split('|');
  const [db, pb, sb] = b.split('|');
  if (pa !== pb || sa !== sb || da!.length !== db!.length || da === db) return false;
  // one pair of digits swapped ("318" for "381", "6.48" for "6.84"); "134" for "413" is another figure
  const differ = [...da!].flatMap((c, i) => (c !== db![i] ? [i] : []));
  return differ.length === 2 && da![differ[0]!] === db![differ[1]!] && da![differ[1]!] === db![differ[0]!];
}

/**
 * Two digits swapped in figures written at different scales: "3,270 million euros" for "3.72 bln
 * euros" (the values' significant digits, at the same magnitude, three or more of them).
 */
/** An amount written in a currency's hundredths: "78 cents", "45p", "12¢". */
const HUNDREDTHS = /\d\s*(?:cents?|cts|pence|p|c)\b|¢/i;

function transposedAcrossScales(a: { text: string; value: number }, b: { text: string; value: number }): boolean {
  const [wa, wb] = [writtenDigits(a.text), writtenDigits(b.text)];
  // (or one in a currency's hundredths: "core FFO of $0.87 a share" … "78 cents a share")
  const sub = HUNDREDTHS.test(a.text) !== HUNDREDTHS.test(b.text);
  if (!wa || !wb || (wa.split('|')[2] === wb.split('|')[2] && !sub) || !(a.value > 0) || !(b.value > 0)) return false;
  if (Math.floor(Math.log10(a.value)) !== Math.floor(Math.log10(b.value))) return false;
  const digits = (v: number) => {
    const p = v.toPrecision(12);
    const mantissa = p.slice(0, p.includes('e') ? p.indexOf('e') : p.length).replace('.', '');
    let [from, to] = [0, mantissa.length];
    while (from < to && mantissa[from] === '0') from++;
    while (to > from && mantissa[to - 1] === '0') to--;
    return mantissa.slice(from, to);
  };
  const [da, db] = [digits(a.value), digits(b.value)];
  return (da.length >= 3 || (sub && da.length >= 2)) && transposed(`${da}|0|`, `${db}|0|`);
}

/** Before a figure that is one part of a whole the story states: "the remaining ", "contributing ", "accounted for ". */
const PART_CUE_BEFORE = /\b(?:the\s+(?:remaining|other|rest\s+of\s+the)|another|a\s+further|an\s+additional|contribut(?:ing|ed|es)|accounting\s+for|accounted\s+for|accounts\s+for|of\s+which|of\s+whom|including)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$/i;

/** Measures of one deal among several: an indefinite article introduces another. */
/** A breakdown verb earlier in the clause, with nothing but a list between it and the figure. */
const BREAKDOWN_BEFORE = /\b(?:compris(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|of\s+which|consist(?:s|ed|ing)?\s+of|split\s+(?:between|among|into)|divided\s+(?:between|among|into)|broken\s+down\s+into|made\s+up\s+of)\b(?:(?!\b(?:was|were|is|are|stood|totall?ed|rose|fell|reached|came|amounted)\b)[^;.:])*$/i;
/** After a figure, a lot's destination or a grade per unit: "for delivery to Taiwan", "of gold a ton". */
const LOT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:for\s+(?:delivery|shipment)\s+to|(?:a|per)\s+(?:ton|tonne|short\s+ton|metric\s+ton)\b)/iu;

/** Before the level a period opened at: "began the year at", "started the quarter with", "opened March at". */
const OPENING_LEVEL_BEFORE = /\b(?:began|begun|begins|started|starts|opened|entered)\s+(?:the\s+(?:year|quarter|month|period|half|season|week)|[\p{Lu}][\p{L}]+|\d{4})\s+(?:at|with|on)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$/u;

const INSTANCE_MEASURES: ReadonlySet<string> = new Set(['proceeds', 'deal-value', 'contract-value', 'loans', 'debt', 'fees']);

/** Within ten times of each other, or the same digits at another scale. */
function sameOrder(a: number, b: number): boolean {
  const [lo, hi] = [Math.min(Math.abs(a), Math.abs(b)), Math.max(Math.abs(a), Math.abs(b))];
  if (lo === 0 || hi / lo < 10) return true;
  const ratio = Math.log10(hi / lo);
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** The length of a time key: `day`, `month`, `quarter`, `half`, `year`, or null. */
function durationOf(time: string): string | null {
  const [start, end] = time.split('/');
  if (!start) return null;
  if (/^\d{4}$/.test(start) && !end) return 'year';
  if (/^\d{4}-\d{2}-\d{2}/.test(start)) return 'day';
  if (/^\d{4}-\d{2}$/.test(start) && !end) return 'month';
  const m = /^(\d{4})-(\d{2})$/.exec(start);
  const n = end ? /^(\d{4})-(\d{2})$/.exec(end) : null;
  if (!m || !n) return null;
  const months = (Number(n[1]) - Number(m[1])) * 12 + Number(n[2]) - Number(m[2]) + 1;
  return months === 3 ? 'quarter' : months === 6 ? 'half' : months === 12 ? 'year' : null;
}

/**
 * Two statements agree when their rounded values meet; two ranges agree only when both
 * ends do ("1.65 million to 1.75 million" is not "1.60 million to 1.75 million").
 */
function agree(a: Frame, b: Frame, ia: Interval, ib: Interval, approximateTolerance: number): boolean {
  const ha = a.figure.mention.valueHigh;
  const hb = b.figure.mention.valueHigh;
  if (ha === undefined || hb === undefined) return overlaps(ia, ib);
  // a bid/offer quote ("1.7975/85 marks") is one price somewhere between its ends
  if (a.figure.text.includes('/') || b.figure.text.includes('/')) return overlaps(ia, ib);
  const end = (f: Frame, value: number): Interval => intervalOf({ ...f.figure, value, mention: { ...f.figure.mention, value, valueHigh: undefined } } as never, { approximateTolerance });
  return overlaps(end(a, a.figure.value), end(b, b.figure.value)) && overlaps(end(a, ha), end(b, hb));
}

/** A change's interval carries its sign ("fell 2%" is -2%). */
function signed(frame: Frame, interval: Interval): Interval {
  if (frame.role !== 'change' || frame.sign >= 0 || frame.figure.value < 0) return interval;
  return { lo: -interval.hi, hi: -interval.lo };
}

/** Times compare at the written precision; a clock time counts only for instants. */
function timeKey(frame: Frame): string {
  const start = (frame.time ?? '').replace(/(T\d{2}:\d{2})(?::\d{2})?[+-]\d{2}:\d{2}$/, '$1');
  return frame.timeEnd ? `${start}/${frame.timeEnd}` : start;
}

const MEASURE_NAMES: Readonly<Record<string, string>> = {
  aum: 'assets', 'market-cap': 'market value', 'net-income': 'net income', eps: 'earnings per share', 'policy-rate': 'policy rate', 'trade-balance': 'trade balance',
  'net-interest-income': 'net interest income', 'operating-income': 'operating income', capex: 'capital spending', 'deal-value': 'deal value', 'equity-value': 'equity value', 'sales-units': 'units sold', 'current-account': 'current account',
};

function describe(frame: Frame): string {
  const subject = subjectOf(frame) ?? '';
  const measure = MEASURE_NAMES[frame.measure ?? ''] ?? frame.measure ?? '';
  const qualifiers = Object.entries(frame.qualifiers)
    .filter(([k]) => k !== 'vintage')
    .map(([, v]) => v);
  const change = frame.role === 'change' ? ' change' : '';
  // ("October to December 2025": a period by its ends)
  const when = frame.time ? `, ${readableTime(frame.time)}${frame.timeEnd && frame.timeEnd !== frame.time ? ` to ${readableTime(frame.timeEnd)}` : ''}` : '';
  const venue = frame.venue ? ` on ${frame.venue}` : '';
  // (an item read from a noun phrase is its words; a word said twice is said once: "Wheelhouse quarter unit sales")
  const words = [subject.replace(/^np:/, ''), ...qualifiers, ...frame.segment, measure].filter(Boolean).join(' ').split(' ');
  return `${words.filter((w, i) => words.indexOf(w) === i).join(' ')}${change}${venue}${when}`;
}

/** Between a change and the level it ended at: "up 1.28 dlrs at", "0.5 pct drop to", "gain to". */
const CHANGE_THEN_LEVEL = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:to|at)\s+(?:about\s+|around\s+|roughly\s+)?$/u;

/** Each actual change with the level it ended at in its sentence ("up 1.28 dlrs at 79.42 dlrs"), in text order. */
function movesOf(text: string, frames: readonly Frame[]): { change: Frame; level: Frame }[] {
  const out: { change: Frame; level: Frame }[] = [];
  frames.forEach((change, i) => {
    if (change.role !== 'change' || change.mode !== 'actual' || !(change.owner || change.item) || !Number.isFinite(change.figure.value)) return;
    const level = frames[i + 1];
    if (!level || level.sentenceIndex !== change.sentenceIndex || level.role !== 'level' || level.mode !== 'actual' || level.figure.start - change.figure.end > 40) return;
    if (!CHANGE_THEN_LEVEL.test(text.slice(change.figure.end, level.figure.start))) return;
    out.push({ change, level });
  });
  return out;
}
