/**
 * What the figure rules share: figures of a claim resolved from their `kind:index`
 * references, the rounding tolerance of a written figure (half a unit of its last written
 * digit), interval arithmetic over those tolerances, the direction and role a figure has in
 * its clause, and figures written back out for messages. Compiled once; all pure.
 */
import { FIGURE_KINDS, type Claim, type FigureKind, type Money, type MoneyDirection, type Percentage, type Quantity, type Span } from '../types.js';
import type { Mentions } from '../types.js';

/** A figure of the article, with what the rules need to compare it. */
export interface Figure extends Span {
  /** `kind:index`, as in `Claim.figures`. */
  ref: string;
  kind: FigureKind;
  index: number;
  mention: Money | Percentage | Quantity;
  text: string;
  value: number;
  /** What the value counts: `money:USD`, `money:USD/share`, `percent`, `quantity:pp`. Figures compare only within one unit. */
  unit: string;
}

/** A closed interval of values a written figure can stand for. */
export interface Interval {
  lo: number;
  hi: number;
}

/** Currencies that are money, not a crypto asset counted in coins. */
const FIAT = new Set(
  'USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD INR KRW BRL MXN RUB ZAR SEK NOK DKK PLN TRY SAR AED ILS TWD THB IDR MYR PHP VND CZK HUF NGN EGP ARS CLP COP PEN KWD QAR'.split(' '),
);

/** True for a money figure counted in a crypto asset (`1,000 BTC`), which behaves as a count of coins. */
/** Two values written the same, up to floating-point noise ("1.82" and 1.82e9 / 1e9). */
export const sameNumber = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);

export const isCryptoAmount = (m: Money): boolean => !FIAT.has(m.currency.toUpperCase());

const PERIODS = new Set(['year', 'annum', 'month', 'week', 'day', 'quarter', 'hour']);

const unitOf = (kind: FigureKind, mention: Money | Percentage | Quantity): string => {
  if (kind === 'money') {
    const m = mention as Money;
    // a period ("$50 million a year") is a rate of the same money, not another unit
    const per = m.per && !PERIODS.has(m.per.toLowerCase()) ? `/${m.per.toLowerCase()}` : '';
    return `money:${m.currency.toUpperCase()}${per}`;
  }
  if (kind === 'percentages') return 'percent';
  return `quantity:${(mention as Quantity).unit.toLowerCase()}`;
};

/** Every figure of the article, in text order. */
export function allFigures(article: { readonly [K in FigureKind]: readonly Mentions[K][number][] } & { readonly text: string }): Figure[] {
  const out: Figure[] = [];
  for (const kind of FIGURE_KINDS) {
    (article[kind] as readonly (Money | Percentage | Quantity)[]).forEach((mention, index) => {
      if (!Number.isFinite(mention.value)) return;
      out.push({
        ref: `${kind}:${index}`,
        kind,
        index,
        mention,
        start: mention.start,
        end: mention.end,
        text: article.text.slice(mention.start, mention.end),
        value: mention.value,
        unit: unitOf(kind, mention),
      });
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Drops a figure that lies inside a longer one (a quantity inside a money span). */
export function dedupeOverlaps(fs: readonly Figure[]): Figure[] {
  // one pass in order of start (longer first at a start): a figure inside the longest span seen so far is dropped
  const sorted = [...fs].sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = new Set<Figure>();
  let widest: Figure | null = null;
  for (const f of sorted) {
    if (widest && widest !== f && widest.start <= f.start && f.end <= widest.end && widest.end - widest.start > f.end - f.start) inside.add(f);
    else if (!widest || f.end > widest.end) widest = f;
  }
  return fs.filter((f) => !inside.has(f));
}

/** The figures a claim points at, in text order (unknown references are skipped). */
export function figuresOf(claim: Claim, byRef: ReadonlyMap<string, Figure>): Figure[] {
  return claim.figures
    .map((ref) => byRef.get(ref))
    .filter((f): f is Figure => f !== undefined)
    .sort((a, b) => a.start - b.start);
}

/** Figures by `kind:index`. */
export const indexFigures = (figures: readonly Figure[]): Map<string, Figure> => new Map(figures.map((f) => [f.ref, f]));

const WRITTEN_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?/g;

/**
 * Half a unit of the last significant digit a figure writes, in the figure's value units:
 * `$1.7 billion` → 0.05 billion, `$67,251` → 0.5, `2.3%` → 0.05. Trailing zeros of a whole
 * number of four or more digits are not significant, three at most and never more than 5%
 * of the number (`$42,000` → 500, `$67,500` → 50, `1,000` → 50); those of shorter numbers are (`$50 million` → 0.5
 * million, `120%` → 0.5). A figure written in words is exact to its leading digit
 * (`nine pct` → 0.5, `two million` → 0.5 million). With `roundZeros`, every trailing zero of a
 * whole number counts as rounding (`$750 million` → 5 million): the unit a hedge rounds to.
 */
export function halfUnit(text: string, value: number, roundZeros = false): number {
  WRITTEN_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(WRITTEN_NUMBER)) {
    if (!m[0] || !/\d/.test(m[0])) continue;
    const decimals = m[2]?.length ?? 0;
    const integer = (m[1] ?? '0').replace(/,/g, '');
    const written = Number(`${integer}.${m[2] ?? '0'}`);
    const scale = written === 0 ? 1 : Math.abs(value / written);
    // "$42,000" is a price rounded to the thousand: trailing zeros of a whole number of four
    // or more digits are not significant (three at most); "$50 million" and "120%" keep theirs
    // (with `roundZeros`, every trailing zero of a whole number: the unit a hedged "about $750 million" is rounded to)
    const zeros = decimals === 0 && written !== 0 ? /(?<!0)0*$/.exec(integer)![0].length : 0;
    if (roundZeros) return 0.5 * 10 ** (zeros - decimals) * (Number.isFinite(scale) && scale > 0 ? scale : 1);
    let roundedTo = integer.length >= 4 ? Math.min(3, zeros) : 0;
    // …and never more than 5% of the number ("1,000 BTC" is 950–1,050, not 500–1,500)
    while (roundedTo > 0 && 0.5 * 10 ** roundedTo > 0.05 * Math.abs(written)) roundedTo--;
    return 0.5 * 10 ** (roundedTo - decimals) * (Number.isFinite(scale) && scale > 0 ? scale : 1);
  }
  // a fraction in words ("by a quarter", "a third lower") is that fraction, within a twentieth of it
  const abs = Math.abs(value);
  if (/\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b/i.test(text)) return abs * 0.05;
  // a number in words ("two", "nine", "two million") is exact to its leading digit
  return abs >= 1 ? 0.5 * 10 ** Math.floor(Math.log10(abs)) : abs * 0.05;
}

/** Options that widen a figure's interval. */
export interface ToleranceOptions {
  /** Relative slack for hedged figures ("about", "nearly"), on top of rounding. */
  approximateTolerance: number;
  /**
   * At most this many half-units of a hedged figure's last written digit (its trailing zeros not
   * counted): arithmetic reads "about $10,957 a tonne" as within a few dollars, "about $750 million"
   * as within $25 million. Unset: the relative slack alone.
   */
  hedgeUnits?: number;
}

/**
 * The values a written figure can stand for: its value ± half a unit of its last written
 * digit; a hedged figure at least ± `approximateTolerance` of its value; a range its low to
 * high end; `more than` open upwards, `up to` open downwards.
 */
export function intervalOf(figure: Figure, options: ToleranceOptions): Interval {
  const m = figure.mention;
  let half = halfUnit(figure.text, figure.value);
  // (a hedge covers a figure's rounding, never more than five units of its last written digit: "about $10,957 a tonne"
  // is within a few dollars, "about $78 million" within a few million)
  if (m.approximate) {
    const slack = Math.abs(figure.value) * options.approximateTolerance;
    half = Math.max(half, options.hedgeUnits === undefined ? slack : Math.min(slack, options.hedgeUnits * halfUnit(figure.text, figure.value, true)));
  }
  const lo = figure.value - half;
  const hi = (m.valueHigh ?? figure.value) + half;
  if (m.bound === 'min') return { lo, hi: Number.POSITIVE_INFINITY };
  if (m.bound === 'max') return { lo: Number.NEGATIVE_INFINITY, hi };
  return { lo, hi };
}

export const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;
export const sumIntervals = (list: readonly Interval[]): Interval =>
  list.reduce((acc, i) => ({ lo: acc.lo + i.lo, hi: acc.hi + i.hi }), { lo: 0, hi: 0 });
export const scaleInterval = (i: Interval, k: number): Interval => (k >= 0 ? { lo: i.lo * k, hi: i.hi * k } : { lo: i.hi * k, hi: i.lo * k });

/** `b / a` over positive intervals (null when `a` may be zero or either is not positive). */
export function ratioInterval(b: Interval, a: Interval): Interval | null {
  if (!(a.lo > 0) || !(b.lo >= 0) || !Number.isFinite(a.hi) || !Number.isFinite(b.hi)) return null;
  return { lo: b.lo / a.hi, hi: b.hi / a.lo };
}

/** `a × b` over non-negative finite intervals. */
export function productInterval(a: Interval, b: Interval): Interval | null {
  if (!(a.lo >= 0 && b.lo >= 0) || !Number.isFinite(a.hi) || !Number.isFinite(b.hi)) return null;
  return { lo: a.lo * b.lo, hi: a.hi * b.hi };
}

// ---------------------------------------------------------------------------------------
// Reading the clause around a figure

const INFLOW_WORDS = String.raw`in-?flows?|poured|attract(?:ed|ing|s)?|took in|taking in|drew in|drawing|new (?:money|funds|capital)|added|adding|flow(?:ed|ing)? into|net buying|bought|secur(?:ed|ing)`;
const OUTFLOW_WORDS = String.raw`out-?flows?|withdr[ae]w\w*|withdrawals?|pulled|redemptions?|redeemed|shed(?:ding)?|exodus|bled|bleeding|left|leaving|exit(?:ed|ing)?|net selling|sold|flow(?:ed|ing)? out`;
const FLOW_WORD = new RegExp(String.raw`\b(?:(?<inflow>${INFLOW_WORDS})|(?<outflow>${OUTFLOW_WORDS}))\b`, 'gi');
const FLOW_WORD_ONCE = new RegExp(FLOW_WORD.source, 'i');
const CLAUSE_END = /[,;:]|\b(?:and|but|while|whereas)\b/i;
const INCREASE = /\b(?:r[io]se|rising|ris(?:es|en)|rais\w*|hik\w*|lift\w*|up|increas\w*|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|grew|grow\w*|rall\w*|advanc\w*|added|higher|uptick|spik\w*|boost\w*|expand\w*|improv\w*|rebound\w*)\b/i;
const DECREASE = /\b(?:fell|fall\w*|drop\w*|declin\w*|decreas\w*|lost|los[ei]\w*|slid|slide|slump\w*|slipp?\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|down|lower\w*|reduc\w*|trimm?\w*|slash\w*|dip\w*|eas(?:ed|ing)|shed\w*|shrank|shrink\w*|contract\w*|cut|weaken\w*|retreat\w*|crash\w*)\b/i;

/** A span of text before and after a figure, limited by the neighbouring figures and the sentence. */
export function clauseAround(text: string, figure: Span, sentence: Span, neighbours: readonly Span[], after = 40): { before: string; after: string } {
  const prev = neighbours.filter((n) => n.end <= figure.start).at(-1);
  const next = neighbours.find((n) => n.start >= figure.end);
  const from = Math.max(sentence.start, prev?.end ?? sentence.start);
  const to = Math.min(sentence.end, next?.start ?? sentence.end, figure.end + after);
  return { before: text.slice(from, figure.start), after: text.slice(figure.end, to) };
}

/** Inflow or outflow, from the extractor when it says, otherwise from the nearest flow word around the figure. */
export function flowDirection(figure: Figure, around: { before: string; after: string }): 'inflow' | 'outflow' | null {
  const d = figure.mention.direction;
  if (d === 'inflow' || d === 'outflow') return d;
  const before = around.before.slice(-60);
  let best: { distance: number; direction: 'inflow' | 'outflow' } | null = null;
  for (const m of before.matchAll(FLOW_WORD)) {
    const distance = before.length - (m.index! + m[0].length);
    if (!best || distance <= best.distance) best = { distance, direction: m.groups!.inflow ? 'inflow' : 'outflow' };
  }
  const clause = around.after.split(CLAUSE_END)[0]!;
  const next = FLOW_WORD_ONCE.exec(clause);
  if (next && (!best || next.index < best.distance)) best = { distance: next.index, direction: next.groups!.inflow ? 'inflow' : 'outflow' };
  return best?.direction ?? null;
}

/** +1 for words of increase, -1 for words of decrease, 0 when neither or both. */
export function changeSign(words: string): 1 | -1 | 0 {
  const up = INCREASE.test(words);
  const down = DECREASE.test(words);
  return up === down ? 0 : up ? 1 : -1;
}

/** Direction the extractor gave, as a change sign. */
export const signOfDirection = (d: MoneyDirection | undefined): 1 | -1 | 0 => (d === 'increase' ? 1 : d === 'decrease' ? -1 : 0);

// ---------------------------------------------------------------------------------------
// Writing figures back out

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** A number with up to `digits` significant digits, thousands separated. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  const magnitude = Math.floor(Math.log10(abs));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const places = Math.min(decimals, 6);
  NUMBER_FORMATS[places] ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: places });
  return NUMBER_FORMATS[places].format(Number(value.toFixed(places)));
}

/** en-US number formats with 0…6 fraction digits, built once (toLocaleString builds one per call). */
/** One formatter per number of decimals, made on first use (each costs ~2 ms to make, at every start). */
const NUMBER_FORMATS: (Intl.NumberFormat | undefined)[] = [];

/** `1720000000, USD` → `$1.72 billion`; `5000, BTC` → `5,000 BTC`. */
export function formatAmount(value: number, unit: string): string {
  const [kind, rest = ''] = unit.split(':');
  if (kind === 'percent') return `${formatNumber(value)}%`;
  if (kind === 'quantity') return `${formatNumber(value)} ${rest}`.trim();
  if (kind === 'count') return formatNumber(value);
  const [currency = '', per] = rest.split('/');
  const abs = Math.abs(value);
  const [scaled, word] =
    abs >= 1e12 ? [value / 1e12, ' trillion'] : abs >= 1e9 ? [value / 1e9, ' billion'] : abs >= 1e6 ? [value / 1e6, ' million'] : [value, ''];
  const number = `${formatNumber(scaled)}${word}`;
  const symbol = SYMBOL[currency];
  const amount = symbol ? `${value < 0 ? '-' : ''}${symbol}${number.replace(/^-/, '')}` : `${number} ${currency}`;
  return per ? `${amount} per ${per}` : amount;
}

/** Mass units a count or a price per unit may be written in, in kilograms. */
const KILOGRAMS: Readonly<Record<string, number>> = { kg: 1, kilo: 1, kilogram: 1, kilogramme: 1, tonne: 1000, ton: 1000, 'metric ton': 1000, t: 1000, mt: 1000, gram: 0.001, g: 0.001 };

/** A mass unit in kilograms ("million tonnes" → 1,000, "a kilo" → 1); undefined for any other unit. */
export const kilogramsOf = (unit: string | undefined): number | undefined =>
  unit ? KILOGRAMS[unit.toLowerCase().replace(/\b(?:mln|million|bln|billion|thousand)\b\s*/g, '').replace(/(?:me)?s$/, '').trim()] : undefined;
