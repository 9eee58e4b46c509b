/**
 * Shared grammar of written numbers for the figure extractors (money, percentages,
 * quantities): the regex sources of digits, number words and scale words, exact value
 * arithmetic, and the readers of what surrounds a figure in its clause (hedges and bounds,
 * ranges, direction). Everything here is compiled once, at module load.
 */
import type { MoneyDirection, Sentence, Span } from '../pipeline/types.js';

// ---------------------------------------------------------------------------------------
// Regex sources. All are meant for regexes with the `u` and `i` flags.

/** Digits as finance writes them: `1,250`, `1250`, `1.5`, `.75` (not glued to more digits). */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\d|[.,]\d)`;

/**
 * Wire-style fractions: `7-3/4` (seven and three quarters), `5/8`. Used where a unit
 * follows (`7-3/4 pct`, `10-1/2 dlrs`), never for bare numbers (dates, ratios).
 */
export const FRACTION = String.raw`(?:\d{1,3}-\d{1,2}\/(?:2|3|4|8|16|32|64)|\d{1,2}\/(?:2|3|4|8|16|32|64))(?![\d\/])`;
/** A number before a unit: a wire fraction or digits. */
export const AMOUNT = `(?:${FRACTION}|${DIGITS})`;

const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL_WORDS = `(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|${UNIT_WORDS})`;
/** A cardinal in words below a thousand: `seven`, `twenty-eight`, `one hundred and five`. */
export const CARDINAL_WORDS = `(?:(?:${SMALL_WORDS}|a|one)[- ]hundred(?:[- ](?:and[- ])?${SMALL_WORDS})?|${SMALL_WORDS})`;
const FRACTION_WORDS =
  `(?:${CARDINAL_WORDS}[- ]and[- ]an?[- ](?:half|quarter)` +
  `|(?:a[- ])?half(?:[- ]an?)?|(?:(?:a|one)[- ])?quarter(?:[- ]of[- ]an?)?|three[- ]quarters(?:[- ]of[- ]an?)?)`;
/** Number words that may stand before a scale word: `two`, `one and a half`, `half a`, `a`. */
export const WORDS_BEFORE_SCALE = `(?:${FRACTION_WORDS}|${CARDINAL_WORDS}|an?)`;

/** Scale words written out or abbreviated, with the power of ten each stands for. */
export const SCALE_EXPONENT: Readonly<Record<string, number>> = {
  thousand: 3, k: 3,
  million: 6, mln: 6, miln: 6, mn: 6, mil: 6, mm: 6, m: 6,
  billion: 9, bln: 9, bn: 9, bil: 9, b: 9,
  trillion: 12, trn: 12, tln: 12, tn: 12, t: 12,
  lakh: 5, crore: 7, 'lakh crore': 12,
};
const WORD_SCALES = 'trillion|billion|million|thousand|lakh[- ]crore|crore|lakh|trn|tln|bln|miln|mln|bil|mil|bn|mn|tn|mm';
/**
 * A scale after a number: a word, spaced or hyphenated (`5 million`, `$180-million`,
 * `5 bn`), or a letter glued to the digits (`$5m`, `$5B`, `$25k`).
 */
export const SCALE = String.raw`(?:\s?-?\s?(?:${WORD_SCALES})|(?:k|m|b|t))(?![\p{L}\p{N}])`;

/** Cheap test for a paragraph that may hold a number in words or a scale word. */
export const NUMBER_WORD_HINT =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|mln|bln|bn|mn|half|quarter|points?)\b/i;

/** Start of a number: not glued to a word, a digit or a decimal point before it, nor part of a name (`ERC-20`, `COVID-19`). */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}_.]|\d,|\p{L}-)`;

// ---------------------------------------------------------------------------------------
// Values.

/**
 * `digits × 10^exponent` computed on the decimal string, so `1.09` billion is exactly
 * 1090000000 and `1.20` cents is 0.012 (no binary rounding from a multiplication).
 */
export function shiftDecimal(digits: string, exponent: number): number {
  const clean = digits.replace(/,/g, '');
  const dot = clean.indexOf('.');
  let intPart = dot < 0 ? clean : clean.slice(0, dot);
  let fracPart = dot < 0 ? '' : clean.slice(dot + 1);
  if (exponent >= 0) {
    fracPart = fracPart.padEnd(exponent, '0');
    intPart += fracPart.slice(0, exponent);
    fracPart = fracPart.slice(exponent);
  } else {
    intPart = intPart.padStart(-exponent + 1, '0');
    fracPart = intPart.slice(intPart.length + exponent) + fracPart;
    intPart = intPart.slice(0, intPart.length + exponent);
  }
  return Number(`${intPart || '0'}.${fracPart || '0'}`);
}

const WORD_VALUE: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * The value of a number written in words (`twenty-eight`, `one hundred and five`,
 * `two and a half`, `half a`, `a quarter of a`, `a`), or null when it is not one.
 */
export function parseNumberWords(words: string): number | null {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let fraction = 0;
  // "... and a half", "... and a quarter"
  if (tokens.length >= 3 && tokens.at(-3) === 'and' && /^an?$/.test(tokens.at(-2)!) && /^(half|quarter)$/.test(tokens.at(-1)!)) {
    fraction = tokens.at(-1) === 'half' ? 0.5 : 0.25;
    tokens.length -= 3;
  } else {
    const rest = tokens.filter((t) => !/^(a|an|of|one)$/.test(t));
    if (rest.length === 1 && rest[0] === 'half') return 0.5;
    if (rest.length === 1 && rest[0] === 'quarter') return 0.25;
    if (rest.length === 2 && rest[0] === 'three' && rest[1] === 'quarters') return 0.75;
  }
  if (tokens.length === 1 && /^an?$/.test(tokens[0]!)) return 1 + fraction;
  let total = 0;
  let seen = false;
  for (const t of tokens) {
    if (t === 'and') continue;
    if (t === 'hundred') {
      total = (total || 1) * 100;
      seen = true;
    } else if (t === 'a' && !seen) {
      total = 1;
      seen = true;
    } else if (t in WORD_VALUE) {
      total += WORD_VALUE[t]!;
      seen = true;
    } else return null;
  }
  return seen ? total + fraction : null;
}

/** Exponent of a scale word as matched by {@link SCALE} (null when none). */
export function scaleExponent(scale: string | undefined): number | null {
  if (!scale) return null;
  const word = scale.replace(/^[\s-]+/, '').toLowerCase().replace(/[\s-]+/g, ' ');
  return SCALE_EXPONENT[word] ?? null;
}

/** A number as written: digits or words, with an optional scale. */
export interface WrittenNumber {
  /** The value in units (`1.5 million` → 1500000). */
  value: number;
  /** The value before scaling (`1.5`). */
  base: number;
  /** Power of ten of the scale word, 0 when none. */
  exponent: number;
  /** True when the number itself was written in words. */
  words: boolean;
}

/** Reads a number (`1,250.5`, `two`, `half a`) with an optional scale (`bn`, `million`). */
export function readNumber(number: string, scale?: string): WrittenNumber | null {
  const exponent = scaleExponent(scale) ?? 0;
  const fraction = /^(?:(\d+)-)?(\d+)\/(\d+)$/.exec(number);
  if (fraction) {
    const base = Number(fraction[1] ?? 0) + Number(fraction[2]) / Number(fraction[3]);
    return { value: base * 10 ** exponent, base, exponent, words: false };
  }
  if (/\d/.test(number)) {
    return { value: shiftDecimal(number, exponent), base: Number(number.replace(/,/g, '')), exponent, words: false };
  }
  const base = parseNumberWords(number);
  if (base === null) return null;
  return { value: base * 10 ** exponent, base, exponent, words: true };
}

// ---------------------------------------------------------------------------------------
// What surrounds a figure.

/** A hedge or bound before or after a figure. */
export interface Hedge {
  /** Start of the hedge before the figure (the figure's start when none). */
  start: number;
  approximate: boolean;
  bound?: 'min' | 'max';
}

const MIN_HEDGES = 'more than|over|above|greater than|at least|upwards of|in excess of|exceeding|north of|just over|well over|well above|no less than|not less than|a minimum of|as little as';
const MAX_HEDGES =
  'less than|under|below|fewer than|up to|as much as|as many as|as high as|at most|no more than|not more than|' +
  'just under|just below|shy of|short of|nearly|almost|a maximum of|as low as|as few as';
const APPROX_HEDGES = 'about|approximately|approx\\.?|around|roughly|some|close to|circa|an estimated|estimated|~|≈|ca\\.';
const HEDGE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])((?:${MIN_HEDGES})|(?:${MAX_HEDGES})|(?:${APPROX_HEDGES}))(?:\s+(?:${APPROX_HEDGES}))?\s*$`,
  'iu',
);
const MIN_RE = new RegExp(`^(?:${MIN_HEDGES})$`, 'i');
const MAX_RE = new RegExp(`^(?:${MAX_HEDGES})$`, 'i');
const HEDGE_AFTER = /^(?:\s+or\s+(more|less|so|fewer|higher|lower)|\+|-?plus)(?![\p{L}\p{N}])/iu;

/**
 * The hedge written just before `start` in `text` ("about", "more than", "up to") and
 * just after `end` ("or more", "+"). The bound of "at least X" is `min`; of "up to X" `max`.
 * Exception: "as little as"/"as low as" set a floor the text stresses as low, and are read
 * as `min`/`max` literally (the value is at least / at most that).
 */
/** Verbs whose particle is "over" ("handed over", "took over", "turned over"). */
const PHRASAL_OVER = /\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|t(?:ook|ake|akes|aking)|pass(?:ed|es|ing)?|carr(?:ied|y|ies|ying)|h(?:and)?ed|sign(?:ed|s|ing)?|roll(?:ed|s|ing)?|ch(?:ose|oose)|prefer(?:red|s)?|pick(?:ed|s)?)\s+$/i;

export function hedgeAround(text: string, start: number, end: number): Hedge {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = HEDGE_BEFORE.exec(before);
  let hedge: Hedge = { start, approximate: false };
  // "handed over 48,620 cars", "took over 3 plants": a particle of the verb, not a hedge
  if (m && /^over$/i.test(m[1]!) && PHRASAL_OVER.test(before.slice(0, m.index + m[0].indexOf(m[1]!)))) return hedge;
  if (m) {
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const bound = MIN_RE.test(word) ? 'min' : MAX_RE.test(word) ? 'max' : undefined;
    hedge = { start: start - before.length + m.index + m[0].indexOf(m[1]!), approximate: true };
    if (bound) hedge.bound = bound;
  }
  const after = HEDGE_AFTER.exec(text.slice(end, end + 12));
  if (after) {
    const word = (after[1] ?? 'more').toLowerCase();
    hedge.approximate = true;
    if (word === 'so') return hedge;
    hedge.bound = /more|higher/.test(word) ? 'min' : 'max';
  }
  return hedge;
}

// Direction cues, read in the clause around a figure: words and two-word phrases, looked up
// in a map while the clause is read word by word.
const CUE_WORDS: Readonly<Record<MoneyDirection, string>> = {
  inflow:
    'inflow inflows poured pouring attract attracted attracting attracts injected raised raising raises added adding ' +
    'drew_in draw_in net_buying net_purchases net_inflow net_inflows flowed_in flowed_into flowing_in flowing_into flows_in ' +
    'flows_into flow_in flow_into brought_in took_in pulled_in',
  outflow:
    'outflow outflows withdrew withdraw withdrawal withdrawals withdrawn withdrawing pulled pulling redemption redemptions ' +
    'redeemed shed shedding sheds exodus bleed bleeding bled yanked exited exiting flowed_out flowing_out flows_out flow_out ' +
    'net_selling net_sales net_outflow net_outflows',
  increase:
    'rose rise rises risen rising gain gained gains gaining jump jumped jumps jumping surge surged surges surging climb ' +
    'climbed climbs climbing increase increased increases increasing higher soar soared soaring soars rally rallied ' +
    'rallying rallies advanced advancing advances spiked spiking spikes grew grow grown growing grows boost boosted ' +
    'boosting boosts uptick up hike hiked hikes lift lifted lifts improved improves improving expand expanded expands ' +
    'expanding widen widened widens widening topped tops peak peaked peaks strengthened strengthens strengthening firmed ' +
    'firming rebounded rebounding recovered recovering ticked_up edged_up',
  decrease:
    'fell fall falls falling fallen drop dropped drops dropping decline declined declines declining down lower lowered ' +
    'lost lose loses losing loss losses slid slide slides sliding plunge plunged plunges plunging tumble tumbled tumbles ' +
    'tumbling sank sink sinks sinking slump slumped slumps slumping decrease decreased decreases decreasing dip dipped ' +
    'dips shrank shrink shrinking shrinks shrunk cut cuts cutting erased wiped slashed slashes slashing reduced reduces ' +
    'reducing reduction contracted contracting contraction narrow narrowed narrows narrowing plummet plummeted plummets ' +
    'plummeting sell-off selloff crash crashed crashes write-down writedown write-downs writedowns deficit weakened ' +
    'weakens weakening eased eases easing softened softening slipped slips slipping retreated retreating ticked_down edged_down',
};
const DIRECTIONS = Object.keys(CUE_WORDS) as MoneyDirection[];
const CUES = new Map<string, MoneyDirection>();
for (const d of DIRECTIONS) for (const w of CUE_WORDS[d].split(/\s+/)) CUES.set(w.replace('_', ' '), d);
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'however']);
/**
 * Cues that are flows only when the amount follows them ("raised $50 million", "adding
 * $33.5 million"); before a percentage or another figure they are a change ("added 3% to
 * $3,920", "shed 2%").
 */
const FLOW_OR_CHANGE: ReadonlyMap<string, MoneyDirection> = new Map([
  ['added', 'increase'], ['adding', 'increase'], ['raised', 'increase'], ['raising', 'increase'], ['raises', 'increase'],
  ['shed', 'decrease'], ['shedding', 'decrease'], ['sheds', 'decrease'], ['pulled', 'decrease'], ['pulling', 'decrease'],
]);
/** Words, numbers and clause breaks, read left to right. */
const CLAUSE_TOKEN = /(?<word>\p{L}+(?:-\p{L}+)?)|(?<number>\d)|(?<stop>[;:!?]|\.(?=\s)|\s[—–]\s)/gu;
/** A cue right after the figure: "$750 million in net outflows", "$1.7 billion net outflow". */
const CUE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:(?:in|of|worth of)\s+)?(?:(?:net|new|fresh|total|combined|weekly|daily|monthly|retail|institutional)\s+){0,2}(?:(?<inflow>inflows?|buying|purchases|deposits)|(?<outflow>outflows?|withdrawals?|redemptions?|selling)|(?<decrease>losses|loss|write-?downs?))|(?:being\s+)?(?:(?<outflow2>pulled|withdrawn|redeemed|yanked)\s+(?:by|from|out)|(?<outflow3>flow(?:ed|ing)\s+out|leaving|exiting)|(?<inflow2>(?:flow(?:ed|ing)|pour(?:ed|ing))\s+(?:in|into)|in\s+new\s+(?:money|funds|capital))))\b`,
  'iu',
);

/**
 * Direction of a figure from its clause: a cue right after it ("$X in outflows") wins,
 * otherwise the nearest cue before it in the same clause (at most 90 characters back).
 */
export function directionOf(text: string, figure: Span, clauseStart: number, isMoney = true): MoneyDirection | undefined {
  const after = CUE_AFTER.exec(text.slice(figure.end, figure.end + 60));
  if (after?.groups) {
    for (const d of DIRECTIONS) if (after.groups[d]) return d;
    // A participle after the amount: "$1.15 billion pulled by investors", "$19.1 million flowing into".
    if (after.groups.outflow2 || after.groups.outflow3) return 'outflow';
    if (after.groups.inflow2) return 'inflow';
  }
  const window = text.slice(Math.max(clauseStart, figure.start - 90), figure.start);
  let found: MoneyDirection | undefined;
  let flowWord = '';
  let previous = '';
  let up = false;
  CLAUSE_TOKEN.lastIndex = 0;
  for (let m = CLAUSE_TOKEN.exec(window); m; m = CLAUSE_TOKEN.exec(window)) {
    if (m.groups!.number) {
      // a figure between the cue and this one: "added 3% to $3,920"
      if (flowWord) found = FLOW_OR_CHANGE.get(flowWord);
      flowWord = '';
      continue;
    }
    const word = m.groups!.word?.toLowerCase();
    if (!word || CLAUSE_WORDS.has(word)) {
      found = undefined;
      flowWord = '';
      previous = '';
      up = false;
      continue;
    }
    // "up to $5 million" is a bound, not a rise
    if (up && word === 'to') found = undefined;
    const cue = CUES.get(`${previous} ${word}`) ?? CUES.get(word);
    if (cue) {
      found = !isMoney && FLOW_OR_CHANGE.has(word) ? FLOW_OR_CHANGE.get(word) : cue;
      flowWord = FLOW_OR_CHANGE.has(word) ? word : '';
    }
    up = word === 'up';
    previous = word;
  }
  return found;
}

/** Whether `span` overlaps any span of `list`. */
export const overlapsAny = (span: Span, list: readonly Span[]): boolean => list.some((b) => span.start < b.end && b.start < span.end);

/** Start of the sentence holding `offset` (absolute), or `fallback` when none does. */
export function sentenceStartAt(sentences: readonly Sentence[], offset: number, fallback: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.start;
  }
  return fallback;
}

/** Range separator between two figures: `-`, `–`, `to`, `and` (the latter only after `between`). */
export const RANGE_SEPARATOR = String.raw`(?:\s?[-–—]\s?|\s+to\s+|\s+and\s+)`;
/** The text between two figures is only a range separator. */
export const SEPARATOR_ONLY = new RegExp(`^${RANGE_SEPARATOR}$`, 'iu');
/** A number written as a cardinal in words, whole (`twenty-eight`). */
export const CARDINAL_ONLY = new RegExp(`^${CARDINAL_WORDS}$`, 'i');

/**
 * Whether two figures joined by `separator` make one range: `and` needs `between` before
 * the low end; `to` is a range only when the low end is not a starting point ("from $1 to
 * $2", "rose to") and `high` is larger than `low`.
 */
export function isRange(text: string, lowStart: number, separator: string, low: number, high: number): boolean {
  if (!(high > low)) return false;
  const sep = separator.trim().toLowerCase();
  const before = text.slice(Math.max(0, lowStart - 40), lowStart);
  if (sep === 'and') return /\bbetween\s+(?:\S+\s+)?$/i.test(before);
  if (sep === 'to') return !movedJustBefore(before);
  return true;
}

/** Verbs of a move: "rose 1.05 dlrs to 76.07 dlrs" is a change and the level it reached, not a range. */
const MOVE_VERB = /\b(?:from|rose|fell|rise|fall|risen|fallen|increased?|decreased?|cut|raised?|lowered?|reduced?|boosted|climbed|dropped|jumped|slipped|slid|moved|moving|went|gone|grew|gain(?:ed|s|ing)?|add(?:ed|s|ing)|lost|los(?:es|ing)|shed|eased|edged|firmed|advanced|declined|dipped|plunged|surged|soared|tumbled|slumped|rallied|weakened|strengthened|widened|narrowed|recovered|rebounded|retreated|sank)\b/gi;

/** Whether a move verb ends within the last 30 characters of `before`, no full stop or semicolon after it. */
function movedJustBefore(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  MOVE_VERB.lastIndex = 0;
  for (let m = MOVE_VERB.exec(clause); m; m = MOVE_VERB.exec(clause)) {
    // (a move foreseen is given as a range: "expects comparable sales for the year to fall 1.5% to 2.5%", "will rise 3 to 5 pct")
    if (/\b(?:to|will|would|could|may|might|should)\s+$/i.test(clause.slice(Math.max(0, m.index - 8), m.index)) && /^(?:rise|fall|increase|decrease|grow|decline|drop|climb|gain)$/i.test(m[0])) continue;
    if (clause.length - (m.index + m[0].length) <= 30) return true;
  }
  return false;
}

/**
 * "by 25,000 contracts to 180,512", "by 5% to 12%": two written figures after `by` are a
 * change and the level it reached, not a range (a bare low end, "by two to 2.5 pct", is).
 */
export const isChangeThenLevel = (text: string, lowStart: number): boolean =>
  /\bby\s+(?:(?:about|some|around|nearly|almost|roughly|over|more than|less than|just|a further|another)\s+)?$/i.test(text.slice(Math.max(0, lowStart - 30), lowStart));

/** Years, not amounts: 1800–2099 written as four bare digits. */
export const isYearLike = (digits: string): boolean => /^(?:18|19|20)\d\d$/.test(digits);
