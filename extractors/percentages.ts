/**
 * percentages: `2.3%`, `2.3 percent`, `2.3 per cent`, `35 pct`, `5pc`, `-1.5%`,
 * `minus five percent`, `Twenty-eight percent`, with `value` in percent (CONTRACT.md,
 * `percentages`).
 *
 * - Ranges (`5-15 percent`, `4% to 6%`, `between 5% and 10%`): `value` is the low end and
 *   `valueHigh` the high end; "from 5% to 10%" is two figures.
 * - Percentage points and basis points are not percentages: `quantities` reports them
 *   (unit `pp` / `bp`).
 * - Hedges (`about 5%`, `more than 10%`), bounds and the clause's direction are read as for
 *   money. Nothing is taken from inside a money amount, from URLs (`%20`) or from duplicate
 *   paragraphs.
 */
import type { Percentage } from '../pipeline/types.js';
import type { ExtractContext, Extractor } from './extractor.js';
import {
  AMOUNT,
  SEPARATOR_ONLY,
  CARDINAL_WORDS,
  NUMBER_START,
  RANGE_SEPARATOR,
  directionOf,
  hedgeAround,
  isChangeThenLevel,
  isRange,
  readNumber,
  sentenceStartAt,
  overlapsAny,
} from './numbers.js';

const UNIT = String.raw`(?:\s?%|[\s-]?(?:per\s?cent(?:age)?s?|pct)|(?<=\d)pc)`;
const NOT_POINTS = String.raw`(?!\s?-?\s?(?:points?|pts?|ppts?)\b)`;
const PERCENT_RE = new RegExp(
  String.raw`${NUMBER_START}(?:(?<=^|[\s(\[])(?<sign>[-−+])(?=\d)|(?<signWord>minus|plus|negative)\s+)?(?<num>${AMOUNT}|\b${CARDINAL_WORDS})(?<unit>${UNIT})(?![\p{L}\p{N}])${NOT_POINTS}`,
  'giu',
);
/** A fraction of one percent: `one-tenth of 1 percent`, `half of 1%`, `a quarter of a percent`. */
const FRACTION_RE = new RegExp(
  String.raw`(?<![\p{L}])(?<frac>(?:one|two|three|four|five|six|seven|eight|nine)[- ]tenths?|(?:one|a)[- ]hundredth|(?:a[- ])?half|(?:a|one)[- ]quarter|three[- ]quarters)\s+of\s+(?:1|one|a)\s?(?:%|per\s?cent|pct)(?![\p{L}\p{N}])${NOT_POINTS}`,
  'giu',
);
const FRACTION_VALUE: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, quarters: 0.75, hundredth: 0.01 };

/** A low end before a percentage: `5-15 percent`, `4% to 6%`, `between 5 and 10 percent`. */
const HEAD_RE = new RegExp(
  String.raw`${NUMBER_START}(?<sign>[-−])?(?<num>${AMOUNT}|\b${CARDINAL_WORDS})(?:${UNIT})?(?<sep>${RANGE_SEPARATOR})$`,
  'iu',
);
/** Inside a URL or a query string: `?q=30%25`. */
const URL_AROUND = /(?:https?:\/\/|www\.)\S*$|[=&?/]$/i;


export const percentages: Extractor<'percentages'> = {
  id: 'percentages',
  version: '1.0.0',
  kind: 'percentages',
  description: 'Percentages (2.3%, 2.3 percent, 35 pct, 5pc, ranges) with their value in percent; not percentage or basis points.',
  extract(context: ExtractContext): Percentage[] {
    const out: Percentage[] = [];
    const money = context.mentions.money ?? [];
    for (const p of context.paragraphs) {
      const text = p.text;
      if (!/%|per\s?cent|pct|\dpc/i.test(text)) continue;
      const raw: { start: number; end: number; value: number; valueHigh?: number }[] = [];
      for (const m of text.matchAll(PERCENT_RE)) {
        const g = m.groups!;
        const start = m.index;
        const end = start + m[0].length;
        if (URL_AROUND.test(text.slice(Math.max(0, start - 60), start))) continue;
        if (overlapsAny({ start: p.start + start, end: p.start + end }, money)) continue;
        const n = readNumber(g.num!);
        if (!n) continue;
        const negative = g.sign === '-' || g.sign === '−' || /^(?:minus|negative)$/i.test(g.signWord ?? '');
        raw.push({ start, end, value: negative ? -n.value : n.value });
      }
      for (const m of text.matchAll(FRACTION_RE)) {
        const words = m.groups!.frac!.toLowerCase().split(/[- ]/);
        const last = words.at(-1)!;
        const value = /^tenths?$/.test(last) ? (readNumber(words[0]!)?.value ?? 0) / 10 : last === 'quarters' ? 0.75 : FRACTION_VALUE[last]!;
        const start = m.index;
        const end = start + m[0].length;
        for (let i = raw.length - 1; i >= 0; i--) if (raw[i]!.start >= start && raw[i]!.end <= end) raw.splice(i, 1);
        raw.push({ start, end, value });
      }
      raw.sort((a, b) => a.start - b.start);
      const items: typeof raw = [];
      for (const item of raw) {
        const prev = items.at(-1);
        // `4% to 6%`, `between 5% and 10%`: two written figures make one range
        if (prev && prev.valueHigh === undefined && SEPARATOR_ONLY.test(text.slice(prev.end, item.start))) {
          if (isRange(text, prev.start, text.slice(prev.end, item.start), prev.value, item.value) && !isChangeThenLevel(text, prev.start)) {
            prev.valueHigh = item.value;
            prev.end = item.end;
            continue;
          }
        }
        // `5-15 percent`, `5 to 10 percent`: a bare low end
        const from = Math.max(prev?.end ?? 0, item.start - 40);
        const head = HEAD_RE.exec(text.slice(from, item.start));
        if (head) {
          const headStart = from + head.index;
          const low = readNumber(head.groups!.num!);
          const lowValue = low ? (head.groups!.sign ? -low.value : low.value) : Number.NaN;
          if (low && !/[\d,.]/.test(text[headStart - 1] ?? '') && isRange(text, headStart, head.groups!.sep!, lowValue, item.value)) {
            items.push({ start: headStart, end: item.end, value: lowValue, valueHigh: item.value });
            continue;
          }
        }
        items.push({ ...item });
      }
      for (const it of items) {
        const span = { start: p.start + it.start, end: p.start + it.end };
        const item: Percentage = { ...span, text: context.text.slice(span.start, span.end), value: it.value };
        if (it.valueHigh !== undefined) item.valueHigh = it.valueHigh;
        const hedge = hedgeAround(text, it.start, it.end);
        if (hedge.approximate) item.approximate = true;
        if (hedge.bound) item.bound = hedge.bound;
        const direction = directionOf(text, it, sentenceStartAt(context.sentences, span.start, p.start) - p.start, false);
        if (direction) item.direction = direction;
        out.push(item);
      }
    }
    return out;
  },
};
