/**
 * Relations between claim frames that arithmetic can check, within a sentence and across
 * sentences and paragraphs:
 *
 * - `move`: a change and the levels it moves between ("rose 7.5% to $2,310 an ounce from
 *   $2,180"; "output rose by 38,000 ounces from 386,000 ounces", the level it rose to stated
 *   in the paragraph before; "cut its workforce by a quarter, to 6,300 from 7,900");
 * - `multiple`: "doubled", "tripled", "halved" with the level before and after ("it plans
 *   to triple that pace, with 150 openings", "that pace" being the previous sentence's 62);
 * - `sum`: a total and its parts (a list in the sentence, the next sentence or the bullet
 *   lines that follow; complete when the text says how many parts there are, or that they
 *   make the total);
 * - `net`: a net figure and the two amounts it nets (openings and closures, subscriptions and
 *   redemptions, exports and imports), also across sentences ("That left a surplus of …");
 * - `share`: a part, the percentage it is said to be, and the total it is a share of, found
 *   by what the text calls the whole ("of the chain's fleet" → the stores the chain operated);
 * - `product`: a count, a price per unit and the total they make ("4.5 million shares at
 *   $21.40 apiece, raising $112 million"), also across two sentences;
 * - `shares-sum`: percentages that divide a whole ("58% … and the remaining 46%");
 * - `spread`: a premium, discount or spread between two levels stated nearby ("Brent's premium
 *   to WTI widened to 4.35 dlrs" after both prices; "leaving the spread between the two
 *   yields at 52 basis points").
 * - `level-change`: a percentage move, the level it ended at and the same move in the level's
 *   unit ("rose 2.4% to 2,391.20, a gain of 65.80 points": the level before was 2,325.40, so
 *   the gain was 2.83%);
 * - `share` also for a margin: "Operating income was 118.3 mln dlrs, and the operating margin
 *   narrowed to 9.1 pct" against the period's sales (operating, gross or net income over revenue);
 * - `annualised`: a quarterly or monthly payment and the yearly figure said to equal it ("raised
 *   its quarterly dividend to 61 cents … equivalent to $2.54 a share annually");
 * - `product` also for an average: "the 11 deletions total $15.9 billion, or an average of $1.6
 *   billion each" (11 × $1.6 billion is not $15.9 billion);
 * - `midpoint`: the midpoint of a range stated earlier ("The midpoint of the third-quarter revenue
 *   range, $1.64 billion" after "$1.58 billion to $1.66 billion");
 * - `reversal`: a percentage move said to undo all of an earlier one ("fell 0.8%, reversing all
 *   of Wednesday's 2.1% gain": undoing a 2.1% gain takes a 2.06% fall).
 *
 * Numbers the figure extractors leave alone because they carry no unit ("to 153.04 yen from
 * 160.24", "open 85 stores") are read here where a relation needs them, as synthetic
 * figures with the unit of the figure they pair with.
 */
import { inSpan } from '../spans.js';
import type { Paragraph, Quantity, Sentence, Span } from '../types.js';
import type { Figure } from './figures.js';
import { isCryptoAmount } from './figures.js';
import type { Frame } from './types.js';
import { DEMONYMS } from './lexicon.js';
import { BOX_PRIOR, HEDGE, MAX_FRAME_SENTENCE, OF_THAT_OPENING, PART_OF_WHOLE, measuresIn, thingsIn } from './words.js';
import type { Money } from '../types.js';

/** One side of a relation: a figure (real or read here) and its frame when it has one. */
export interface Operand {
  figure: Figure;
  frame?: Frame;
}

export type Relation =
  | { kind: 'move'; sentence: Sentence; change: Operand; changeKind: 'relative' | 'absolute' | 'points'; sign: 1 | -1 | 0; from: Operand; to: Operand; via: string }
  | { kind: 'multiple'; sentence: Sentence; factor: number; modifier: string; word: string; from: Operand; to: Operand }
  | { kind: 'sum'; sentence: Sentence; total: Operand; parts: Operand[]; complete: boolean }
  | { kind: 'net'; sentence: Sentence; net: Operand; plus: Operand; minus: Operand; words: [string, string] }
  | { kind: 'rollforward'; sentence: Sentence; start: Operand; plus: Operand[]; minus: Operand[]; end: Operand }
  | { kind: 'share'; sentence: Sentence; share: Operand; part: Operand; total: Operand; parts?: Operand[] }
  | { kind: 'product'; sentence: Sentence; count: Operand; price: Operand; total: Operand }
  | { kind: 'shares-sum'; sentence: Sentence; shares: Operand[] }
  | { kind: 'spread'; sentence: Sentence; spread: Operand; over: Operand; under: Operand; signed: boolean; points: boolean }
  | { kind: 'reversal'; sentence: Sentence; change: Operand; reversed: Operand; sign: 1 | -1 }
  | { kind: 'level-change'; sentence: Sentence; change: Operand; to: Operand; delta: Operand; sign: 1 | -1 }
  | { kind: 'annualised'; sentence: Sentence; base: Operand; annual: Operand; factor: number; period: string }
  | { kind: 'midpoint'; sentence: Sentence; range: Operand; midpoint: Operand }
  | { kind: 'ratio'; sentence: Sentence; ratio: Operand; numerator: Operand; denominator: Operand; what: 'cover' | 'multiple' | 'ratio' }
  | { kind: 'mean'; sentence: Sentence; mean: Operand; parts: Operand[] };

/** What the relation finder reads of an article. */
export interface RelationInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly frames: readonly Frame[];
}

// a number with no unit or scale of its own ("from 160.24"), not "from 953 mln" (a scale the extractors did not give a
// currency), not a day ("from March 13") and not a year ("from 1985's record")
const BARE_NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?!(?:19|20)\d\d(?![\d.]))\d+(?:\.\d+)?)(?![\d,.]*\d)(?![\p{L}%])(?!['’]s|\s*(?:billion|bln|bn|million|mln|mn|thousand|trillion|tln|pct|percent|per\s?cent|points?|dlrs?|dollars?|cts|cents|stg|yen|francs?|marks?|guilders|lire|pesos?|tonnes?|tons|barrels?|ounces?)\b)`;
/** Words between "from" and a bare number: not a month (then the number is its day). */
const FROM_WORDS = String.raw`(?:(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)[\p{L}'’]+\s+){0,2}?`;
const FRACTION_WORDS: Readonly<Record<string, number>> = {
  'a quarter': 25, 'one quarter': 25, quarter: 25, 'a third': 100 / 3, 'one third': 100 / 3, 'one-third': 100 / 3, 'a half': 50, half: 50,
  'two-thirds': 200 / 3, 'two thirds': 200 / 3, 'three-quarters': 75, 'three quarters': 75, 'a fifth': 20, 'one fifth': 20, 'a tenth': 10,
  'one tenth': 10,
};

/** A money figure's currency code, upper case. */
const currencyOf = (f: Figure) => (f.mention as Money).currency?.toUpperCase();

/** A bullet line of a box: "- Revenue: $2.146 billion". */
const BOX_LINE = /^\s*[-•*–]\s/;
/** Whether a frame stands on a box's bullet line. */
const onBoxLine = (input: RelationInput, f: Frame): boolean => BOX_LINE.test(input.text.slice(input.sentences[f.sentenceIndex]!.start, input.sentences[f.sentenceIndex]!.start + 4));

/** The `limit` frames that end before `at`, nearest first (frames are in text order: found by halves). */
function framesBefore(input: RelationInput, at: number, limit: number): Frame[] {
  const frames = input.frames;
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (frames[mid]!.figure.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return frames.slice(Math.max(0, lo - limit), lo).filter((f) => f.figure.end <= at).reverse();
}

/** The article's frames by value (six significant digits), built once per article. */
const BY_VALUE = new WeakMap<readonly Frame[], Map<string, Frame[]>>();
function framesOfValue(input: RelationInput, value: number): Frame[] {
  let map = BY_VALUE.get(input.frames);
  if (!map) {
    map = new Map();
    for (const f of input.frames) {
      const k = f.figure.value.toPrecision(6);
      const list = map.get(k) ?? [];
      list.push(f);
      map.set(k, list);
    }
    BY_VALUE.set(input.frames, map);
  }
  return map.get(value.toPrecision(6)) ?? [];
}

/** The last word of a unit, lower case, without a plural s ("dry metric tonnes" → "tonne"; "theaters" → "theater"). */
/** The last word of a unit, singular ("season passes" → "pass", "trucks" → "truck"). */
const singular = (u: string) => {
  const w = u.toLowerCase().split(' ').at(-1)!;
  return /(?:ss|sh|ch|x|z)es$/.test(w) ? w.slice(0, -2) : w.endsWith('ss') ? w : w.replace(/s$/, '');
};

/** A synthetic figure for a number the extractors left alone, in the unit of `like`. */
function synthetic(text: string, start: number, end: number, value: number, like: Figure): Figure {
  return { ...like, ref: `synthetic:${start}`, start, end, text: text.slice(start, end), value, mention: { ...like.mention, start, end, text: text.slice(start, end), value, valueHigh: undefined, approximate: false, bound: undefined } as never };
}

/** A count no extractor reads ("the 11 deletions", "the quarter's 92 days"), as a synthetic figure of unit `count`. */
function countFigure(text: string, at: number, written: string, value: number, like: Figure): Figure {
  return { ...like, kind: 'quantities', ref: `synthetic:${at}`, start: at, end: at + written.length, text: written, value, unit: 'count', mention: { start: at, end: at + written.length, text: written, value, unit: 'count' } as never };
}

/** A frame as a relation's operand. */
const operand = (f: Frame): Operand => ({ figure: f.figure, frame: f });

/** A percentage written in words ("by a quarter", "by a third"), as a synthetic relative change. */
function fractionChange(text: string, start: number, end: number, percent: number, like: Figure): Figure {
  return { ...like, kind: 'percentages', ref: `synthetic:${start}`, start, end, text: text.slice(start, end), value: percent, unit: 'percent', mention: { start, end, text: text.slice(start, end), value: percent } as never };
}

const CHANGE_VERB = String.raw`(?:r[io]se|rising|rises|risen|increas\w*|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|grew|grow\w*|rall\w*|advanc\w*|add\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|lost|los[ei]\w*|slid\w*|slump\w*|slipp?\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|dipp?\w*|eas(?:ed|ing|es)|shed\w*|shr[ai]nk\w*|cut\w*|lower\w*|rais\w*|hik\w*|lift\w*|boost\w*|trimm?\w*|slash\w*|reduc\w*|widen\w*|narrow\w*|expand\w*|contract\w*|improv\w*|rebound\w*|retreat\w*|weaken\w*|strengthen\w*|firm\w*|edg\w*|tick\w*|mov\w*|up|down)`;

/** Between a level and the same move in its unit: ", a gain of", ", an increase of", ", or", ", up". */
const DELTA_AFTER = /^[^;.]{0,30}?,\s*(?:(?:a|an)\s+(?:gain|rise|increase|jump|climb|advance|drop|fall|decline|decrease|loss|slide)\s+of|or|up|down)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$/i;

/** Bare numbers after a level or a change (built once: "to 153.04 yen from 160.24", "rose 1.8% to 548.20"). */
const FROM_BARE = new RegExp(String.raw`^[^;\d]{0,60}?\bfrom\s+${FROM_WORDS}${BARE_NUMBER}`, 'iu');
const TO_FROM_BARE = new RegExp(String.raw`^[^;]{0,40}?\bto\s+(?:an?\s+)?${BARE_NUMBER}[^;]{0,40}?\bfrom\s+${FROM_WORDS}${BARE_NUMBER}`, 'iu');
const TO_BARE = new RegExp(String.raw`^\s*to\s+${BARE_NUMBER}`, 'iu');

/** A clause of its own, with its own move verb, between a change and the levels after it. */
const OWN_MOVE = new RegExp(String.raw`[,;]\s*(?:so|and|while|but|whereas|as|which|meaning|leaving)\s[^,;]{0,60}?\b${CHANGE_VERB}\b`, 'i');

/** Finds the relations of an article. Pure. */
export function findRelations(input: RelationInput): Relation[] {
  const { text } = input;
  const out: Relation[] = [];
  const bySentence = new Map<number, Frame[]>();
  for (const f of input.frames) {
    const list = bySentence.get(f.sentenceIndex) ?? [];
    list.push(f);
    bySentence.set(f.sentenceIndex, list);
  }
  const framesOf = (i: number) => bySentence.get(i) ?? [];
  const sentenceText = (s: Span) => text.slice(s.start, s.end);
  /** Earlier frames, nearest first: the same paragraph, then the paragraph before (at most `limit` sentences back). */
  // (the lines of a bullet box count as one paragraph: "- Money in (gross): $412.6 million" four lines up)
  // (and the subheads between a box and its text: "Key numbers", "Flows")
  const listLine = (p: number) => BOX_LINE.test(text.slice(input.paragraphs[p]!.start, input.paragraphs[p]!.start + 4));
  const heading = (p: number) => input.paragraphs[p]!.end - input.paragraphs[p]!.start <= 40 && !/[.!?:]\s*$/.test(text.slice(input.paragraphs[p]!.start, input.paragraphs[p]!.end));
  const boxAbove = (p: number, paragraph: number) => {
    if (!listLine(p)) return false;
    for (let q = p + 1; q < paragraph; q++) if (!listLine(q) && !heading(q)) return false;
    return true;
  };
  const earlier = (i: number, limit = 4): Frame[] => {
    const out2: Frame[] = [];
    const paragraph = input.sentences[i]!.paragraph;
    for (let k = i - 1; k >= 0 && i - k <= limit; k--) {
      const p = input.sentences[k]!.paragraph;
      if (p < paragraph - 1 && !boxAbove(p, paragraph)) break;
      out2.push(...[...framesOf(k)].reverse());
    }
    return out2;
  };

  input.sentences.forEach((sentence, i) => {
    if (sentence.end - sentence.start > MAX_FRAME_SENTENCE) return;
    const frames = framesOf(i);
    const st = sentenceText(sentence);
    moves(input, sentence, i, frames, earlier, out);
    comparisons(input, sentence, frames, earlier(i, 1), earlier(i, 3), out);
    multiples(input, sentence, st, frames, earlier(i), out);
    fractionMoves(input, sentence, st, frames, out);
    sums(input, sentence, i, frames, framesOf, out);
    nets(input, sentence, st, frames, earlier(i, 7), out);
    bareNets(input, sentence, st, frames, out);
    shares(input, sentence, frames, input.frames, out);
    products(input, sentence, i, frames, framesOf, out);
    sharesSum(input, sentence, st, frames, out);
    spreads(input, sentence, frames, earlier(i, 4), out);
    gaps(input, sentence, i, frames, out);
    reversals(input, sentence, st, frames, out);
    margins(input, sentence, frames, input.frames, out);
    annualised(input, sentence, i, frames, earlier(i, 3), out);
    averages(input, sentence, frames, earlier(i, 3), out);
    averagedTotals(input, sentence, frames, out);
    means(input, sentence, frames, out);
    midpoints(input, sentence, frames, out);
    covers(input, sentence, st, frames, out);
    namedRatios(input, sentence, st, frames, earlier(i, 3), out);
    rollForwards(input, sentence, frames, earlier(i, 3), out);
    rollForwardsFromAfter(input, sentence, frames, out);
    perRatios(input, sentence, frames, out);
    dailyAverages(input, sentence, frames, out);
    openingRates(input, sentence, frames, out);
    bridges(input, sentence, frames, out);
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// moves

/** A change said to be against an earlier period with no level written: "up 6.2% from a year earlier". */
const EARLIER_BASE_AFTER = /^\s+(?:from|on|over|than|versus|vs\.?)\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:year-earlier|previous|prior|same|(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+(?:quarter|period|year|month|half)|last\s+year)\b|^\s+(?:year[- ]on[- ]year|year[- ]over[- ]year)\b/i;
/** Between a change and the level it ended at: ", ending June with", ", bringing the total to", ", for a total of". */
const ENDED_WITH = /^[^;.]{0,60}?,\s*(?:(?:ending|finishing|closing|leaving\s+(?:it|them|the\s+\w+))\s+(?:[\p{L}\d-]+\s+){0,3}?(?:with|at)|(?:bringing|taking|lifting|pushing)\s+(?:[\p{L}'’-]+\s+){0,3}?to|for\s+a\s+total\s+of)\s+(?:about\s+|some\s+|roughly\s+)?$/iu;
/** A level quoted as units of a currency per dollar or euro ("18.84 per dollar", "to the dollar"). */
const PER_DOLLAR_QUOTE = /^\s*(?:[\p{L}]+\s+)?(?:per|a|to\s+the|against\s+the)\s+(?:u\.?s\.?\s+)?(?:dollar|euro|greenback)\b/iu;
/** The currency whose move a sentence reports, when it is not the dollar or euro it is quoted against. */
const QUOTED_CURRENCY = /\b(?:peso|pound|naira|cedi|kwacha|yen|rupee|won|lira|real|rand|yuan|renminbi|rouble|ruble|rupiah|ringgit|baht|shekel|forint|zloty|koruna|krona|krone|kronor|kroner|crown|franc|dinar|naira|shilling|hryvnia|tenge|sol|dong)s?\b/i;

/** "outnumbered declining ones 1,284 to 652, a gap of 532": the two counts and the margin. */
const TALLY_GAP = /(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)\s+to\s+(\d{1,3}(?:,\d{3})*|\d+),\s*(?:a|an|for\s+a)\s+(?:gap|margin|difference|lead|edge|majority)\s+of\s+(\d{1,3}(?:,\d{3})*|\d+)(?![\d%]|[.,]\d)/g;

/** Before a difference between two named things: "That left retail ", "which put exports " (group 1: the first thing). */
const NAMED_DIFFERENCE_BEFORE = /\b(?:left|leaving|leaves|put|puts|putting|placed|placing|kept)\s+(?:[\p{L}-]+\s+)?([\p{L}-]{3,})\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$/iu;
/** After it: "cars ahead of wholesale" (group 1: the direction; 2: the other thing). */
const NAMED_DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(ahead\s+of|above|over|behind|below|short\s+of)\s+(?:the\s+)?([\p{L}-]{3,})\b/iu;

/** Words after an amount that make it an addition: "in new annual revenue", "of extra sales", "more". */
const ADDED_AMOUNT = /^\s*(?:in|of)\s+(?:[\p{L}-]+\s+){0,1}(?:new|additional|extra|incremental)\b/iu;

/** The noun after a change that takes its base: "a 14.6% increase on the …" ("from" is left out: "a 10.5 pct increase from the 19 cts per share before the split" is split-adjusted). */
const CHANGE_NOUN_ON = /^\s*(?:increase|rise|jump|gain|climb|improvement|decline|drop|fall|decrease|slide)\s+(?:on|over)\s+(?:the\s+|its\s+|a\s+)?$/i;

function moves(input: RelationInput, sentence: Sentence, index: number, frames: readonly Frame[], earlier: (i: number, limit?: number) => Frame[], out: Relation[]): void {
  const { text } = input;
  for (const change of frames.filter((f) => f.role === 'change' && f.mode !== 'hypothetical')) {
    const kind = change.change ?? 'relative';
    const after = text.slice(change.figure.end, sentence.end);
    const before = text.slice(sentence.start, change.figure.start);
    // the level it moved to: "… to X" after the change (or before it: "$412 million, up 18% from …")
    let to: Operand | undefined;
    let from: Operand | undefined;
    const later = frames.filter((f) => f.figure.start > change.figure.start);
    const nextChange = later.find((f) => f.role === 'change');
    const before2 = (f: Frame) => !nextChange || f.figure.start < nextChange.figure.start;
    // (a change set right after a base it follows, "$2.31 a share, down from $2.87, a fall of 24%, on revenue of $8.96 billion, down
    // from $10.42 billion", is that move's: the levels after it are another's)
    const justBefore = frames.filter((f) => f.figure.end <= change.figure.start).at(-1);
    const closesMove = justBefore?.role === 'from' && APPOSED_CHANGE.test(text.slice(justBefore.figure.end, change.figure.start));
    const toFrame = closesMove ? undefined : later.find((f) => f.toLevel && f.role === 'level' && before2(f) && within(text, change.figure, f.figure, 90));
    if (toFrame) to = operand(toFrame);
    // (not another thing's level set against it: "rose 3 basis points to 3.21 pct, against 2.59 pct on the German Bund")
    const another = (f: Frame) => /\bagainst\s+(?:about\s+)?$/i.test(text.slice(Math.max(0, f.figure.start - 12), f.figure.start)) && /^\s+(?:on|for|in)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(f.figure.end, f.figure.end + 20));
    const bareBase = (f: Frame) => Boolean(to) && to!.figure.kind === 'money' && f.figure.kind === 'quantities' && /^(?:count|number)$/.test((f.figure.mention as Quantity).unit) && /^[\d,.]+$/.test(f.figure.text);
    const fromFrame = closesMove ? undefined : later.find((f) => f.role === 'from' && !another(f) && before2(f) && within(text, change.figure, f.figure, 140) && (!to || f.figure.unit === to.figure.unit || compatibleUnits(f.figure, to.figure) || bareBase(f)));
    if (fromFrame) from = operand(fromFrame);
    // "$412 million, up 18% from $349 million": the level before the change
    if (!to && fromFrame) {
      const lead = frames.filter((f) => f.figure.end <= change.figure.start && f.role === 'level' && compatibleUnits(f.figure, fromFrame.figure)).at(-1);
      if (lead && /^[^;]{0,60}?,\s*(?:an?\s+)?(?:up|down|rising|falling|increasing|decreasing|gaining|dropping|increase|decrease|rise|drop|gain|jump|fall|decline)\b[^,;]{0,20}$|^\s*,?\s*(?:an?\s+)?(?:up|down|rising|falling|increasing|decreasing|gaining|dropping|increase|decrease|rise|drop|gain|jump|fall|decline)\b[^,;]{0,20}$/i.test(text.slice(lead.figure.end, change.figure.start))) to = operand(lead);
      // "earned 41,250 GEOs … in the fourth quarter, a 14.6% increase on the 37,400 GEOs of a year earlier": the noun after the change
      else if (lead && /^[^;]{0,100}?,\s*an?\s+$/i.test(text.slice(lead.figure.end, change.figure.start)) && CHANGE_NOUN_ON.test(text.slice(change.figure.end, fromFrame.figure.start))) {
        // "seeking $38.4 million in new annual revenue, a 14.8% increase on the $312.6 million it collects now": an increase
        // that ends below its base is the amount added, a share of the base
        if (change.change === 'relative' && change.sign > 0 && lead.figure.value < fromFrame.figure.value && ADDED_AMOUNT.test(text.slice(lead.figure.end, change.figure.start))) {
          out.push({ kind: 'share', sentence, share: operand(change), part: operand(lead), total: operand(fromFrame) });
          continue;
        }
        to = operand(lead);
      }
    }
    // "up 3.8 pct at 4.41 dlrs a bushel from 4.32 dlrs", "settled up 8.5 cents at $5.4350": the level the change left it at
    if (!to && fromFrame) {
      // (a level the move left the other way from is a session's high or low, not the close before: "up 12.5 cents at 6.705 dlrs from a high of 6.75")
      const at = later.find(
        (f) =>
          f.role === 'level' &&
          f.figure.start < fromFrame.figure.start &&
          compatibleUnits(f.figure, fromFrame.figure) &&
          /^\s+at\s+(?:about\s+|around\s+)?$/i.test(text.slice(change.figure.end, f.figure.start)) &&
          change.sign !== 0 &&
          Math.sign(f.figure.value - fromFrame.figure.value) === change.sign,
      );
      if (at) to = operand(at);
    }
    // "Revenue: $1.462 billion, up 6.2% from a year earlier" (a box line) beside the body's "revenue of $1,462 million,
    // against $1,371 million a year earlier": the level before the change, and the same level's base where it is stated again
    if (!to && !fromFrame && kind === 'relative' && change.sign !== 0 && EARLIER_BASE_AFTER.test(after.slice(0, 40))) {
      const lead = frames.filter((f) => f.figure.end <= change.figure.start && f.role === 'level' && f.mode === 'actual').at(-1);
      // (or "produced 3,120 tonnes of … oxide in the quarter, up 18% on the September quarter" beside "- NdPr oxide produced: 3,120 tonnes (September quarter: 2,760 tonnes)")
      if (lead && /^[^;,\d]{0,80},\s*(?:up|down)\s+$/i.test(text.slice(lead.figure.end, change.figure.start))) {
        const same = (g: Frame) => g.sentenceIndex !== change.sentenceIndex && g.role === 'level' && g.mode === 'actual' && compatibleUnits(g.figure, lead.figure) && Math.abs(g.figure.value - lead.figure.value) <= 1e-6 * Math.abs(lead.figure.value);
        for (const twin of framesOfValue(input, lead.figure.value).filter(same)) {
          const base = input.frames.find((h) => h.sentenceIndex === twin.sentenceIndex && (h.role === 'from' || (h.qualifiers.vintage === 'previous' && BOX_PRIOR.test(text.slice(twin.figure.end, h.figure.start)))) && h.figure.start > twin.figure.end && h.figure.start - twin.figure.end <= 120 && compatibleUnits(h.figure, lead.figure));
          if (!base) continue;
          to = operand(lead);
          from = operand(base);
          break;
        }
      }
    }
    // "added 3.1 million paid subscribers in the second quarter, ending June with 86.4 million, up from 82.3 million":
    // the level the change ended at, after a participle
    if (!to && fromFrame) {
      const ended = later.find((f) => f.role === 'level' && f.figure.start < fromFrame.figure.start && compatibleUnits(f.figure, fromFrame.figure) && ENDED_WITH.test(text.slice(change.figure.end, f.figure.start)));
      if (ended) to = operand(ended);
    }
    // "rose to 4.7% … from 4.5% …, a rise of 0.4 percentage points": a change set after both its levels
    if (!to && !from) {
      const prior = frames.filter((f) => f.figure.end <= change.figure.start);
      // (or the level a ", up from" joins: "delivered 48,300 scooters in the third quarter, up from 41,700 a year earlier, an increase of 19.2%")
      const upFrom = (f: Frame) => {
        const next = prior.find((g) => g.figure.start > f.figure.end);
        return f.role === 'level' && next?.role === 'from' && (UP_FROM.test(text.slice(f.figure.end, next.figure.start)) || /^[^,;\d]{0,40}?\bfrom\s+$/.test(text.slice(f.figure.end, next.figure.start)));
      };
      const toBefore = prior.filter((f) => (f.toLevel && f.role === 'level') || upFrom(f)).at(-1);
      // (the base stated right after that level: "climbed to 50.4 from 48.9, while services edged up to 51.6 from 51.3, a gain of 0.3 points")
      const nextOf = toBefore && prior.find((f) => f.figure.start > toBefore.figure.end);
      const fromBefore = nextOf && nextOf.role === 'from' && compatibleUnits(nextOf.figure, toBefore.figure) ? nextOf : undefined;
      // (or with the noun after it: "to 12.5 cents a share from 11 cents, a 21.5 pct increase")
      const nounAfter = /,\s*an?\s+$/i.test(text.slice(Math.max(fromBefore?.figure.end ?? 0, change.figure.start - 8), change.figure.start)) && /^\s*(?:increase|rise|gain|jump|drop|decline|fall|cut|decrease|reduction|slide|slump|loss|climb|advance|hike|depreciation|appreciation)\b/i.test(text.slice(change.figure.end, change.figure.end + 16));
      if (toBefore && fromBefore && (APPOSED_CHANGE.test(text.slice(Math.max(fromBefore.figure.end, change.figure.start - 60), change.figure.start)) || nounAfter)) {
        to = operand(toBefore);
        from = operand(fromBefore);
      } else if (toBefore && toBefore.toLevel && !fromBefore && !prior.some((f) => f.figure.start > toBefore.figure.end)) {
        // (a base the extractors left bare: "weakened to 50.85 per dollar from 50.12 before the decision, a 2.4 pct slide")
        const m = FROM_BARE.exec(text.slice(toBefore.figure.end, change.figure.start));
        const start = m ? toBefore.figure.end + m.index + m[0].length - m[1]!.length : -1;
        if (m && (APPOSED_CHANGE.test(text.slice(Math.max(start, change.figure.start - 60), change.figure.start)) || nounAfter)) {
          to = operand(toBefore);
          from = { figure: synthetic(text, start, start + m[1]!.length, Number(m[1]!.replace(/,/g, '')), toBefore.figure) };
        }
      }
    }
    // numbers without units ("to 153.04 yen from 160.24", "to 108.94 from 109.16")
    if (to && !from) {
      const m = FROM_BARE.exec(text.slice(to.figure.end, sentence.end));
      if (m) {
        const start = to.figure.end + m.index + m[0].length - m[1]!.length;
        from = { figure: synthetic(text, start, start + m[1]!.length, Number(m[1]!.replace(/,/g, '')), to.figure) };
      }
    }
    if (!to && !from) {
      const m = TO_FROM_BARE.exec(after);
      if (m && kind !== 'absolute') {
        const toStart = change.figure.end + m[0].indexOf(m[1]!, m[0].search(/\bto\s/));
        const fromStart = change.figure.end + m[0].lastIndexOf(m[2]!);
        const like: Figure = { ...change.figure, kind: 'quantities', unit: 'quantity:number' };
        to = { figure: synthetic(text, toStart, toStart + m[1]!.length, Number(m[1]!.replace(/,/g, '')), like) };
        from = { figure: synthetic(text, fromStart, fromStart + m[2]!.length, Number(m[2]!.replace(/,/g, '')), like) };
      }
    }
    // "expects to harvest 118 million pounds …, down from 146 million pounds last year. That is a fall of 23.7%": a change
    // that opens its sentence naming the move of the sentence before
    if (!to && !from && kind === 'relative' && change.sign !== 0 && THAT_IS_CHANGE.test(before) && index > 0 && input.sentences[index - 1]!.paragraph >= sentence.paragraph - 1) {
      const prev = earlier(index, 1).reverse();
      const prevFrom = prev.filter((f) => f.role === 'from').at(-1);
      const prevTo = prevFrom && prev.filter((f) => f.role === 'level' && f.figure.end <= prevFrom.figure.start && compatibleUnits(f.figure, prevFrom.figure)).at(-1);
      if (prevFrom && prevTo && prev.filter((f) => f.role === 'change').length === 0) {
        to = operand(prevTo);
        from = operand(prevFrom);
      }
    }
    // "Total approvals climbed 7.8% to 16,420 … Compared with August last year, approvals were up 11.4% from 14,130": a change
    // from a base whose level the story stated of the same thing a sentence or two before (no measure named)
    if (!to && from && kind === 'relative') {
      // (the same thing: read so, or a change with no subject read whose words name the level's thing: "approvals were up")
      const itemWord = (f: Frame) => (f.item ?? '').replace(/^np:/, '').split(' ').at(-1)!.replace(/[^\p{L}-]/gu, '');
      const named = (f: Frame) => !change.owner && !change.item && itemWord(f).length >= 3 && new RegExp(String.raw`\b${itemWord(f)}s?\b`, 'iu').test(before);
      // (or a box line named for the change's thing: "- Knees: $812 million" … "Knee sales rose 11.4% from $744 million")
      const word = (f: Frame) => (f.item ?? f.owner ?? '').replace(/^np:/, '').split(' ').at(-1)!.replace(/[^\p{L}-]/gu, '');
      const boxNamed = (f: Frame) => Boolean(change.item) && word(f).length >= 3 && stem5(word(f)) === stem5(word(change)) && onBoxLine(input, f);
      const prior = from.figure.unit === 'percent' ? undefined : framesBefore(input, sentence.start, 12).find((f) => (f.sentenceIndex >= index - 3 || boxNamed(f)) && f.role === 'level' && f.mode === 'actual' && !f.measure && (!change.measure ? (Boolean(change.owner || change.item) && sameParty(f, change)) || named(f) : boxNamed(f)) && compatibleUnits(f.figure, from!.figure) && (!change.time || sameTime(f, change)) && f.figure.kind === from!.figure.kind);
      // (only a near-miss: the move the two levels make goes the same way, within a factor of three of the one stated)
      const made = prior && from.figure.value > 0 ? ((prior.figure.value - from.figure.value) / from.figure.value) * 100 : NaN;
      if (prior && Math.sign(made) === change.sign && Math.abs(made) <= 3 * change.figure.value && Math.abs(made) >= change.figure.value / 3) to = operand(prior);
    }
    // across sentences: "output rose by 38,000 ounces from 386,000 ounces", the level stated before
    if (!to && from && change.measure) {
      // ("… and 181.3 million pounds abroad. Exports were up 7.2% from 173.8 million pounds": a sentence opening with the
      // measure alone picks up the level of that measure in the sentence right before, whoever it was read of)
      const bareMeasure = /^\s*(?:the\s+)?[\p{L}-]+\s+(?:were|was|are|is|rose|fell|grew|climbed|dropped|declined|increased|decreased|gained|jumped)\b/iu.test(text.slice(sentence.start, change.figure.start)) && measuresIn(text.slice(sentence.start, change.figure.start)).length > 0;
      const prior = earlier(index).find(
        (f) =>
          f.role === 'level' && f.mode === 'actual' && f.measure === change.measure && (sameParty(f, change) || (bareMeasure && f.sentenceIndex === change.sentenceIndex - 1)) && compatibleUnits(f.figure, from!.figure) && sameTime(f, change) &&
          // (one narrowed thing's change is not the whole's: "Fixed annuity sales rose 23 pct from 3.12 bln dlrs" beside total annuity sales)
          narrowingOf(f) === narrowingOf(change),
      );
      // (a relative change only as a near miss of the move the two levels make: beyond a factor of three it is another thing's level)
      const made = prior && kind === 'relative' && from.figure.value > 0 ? ((prior.figure.value - from.figure.value) / from.figure.value) * 100 : NaN;
      if (prior && (kind !== 'relative' || (Math.abs(made) <= 3 * Math.abs(change.figure.value) && Math.abs(made) >= Math.abs(change.figure.value) / 3))) to = operand(prior);
    }
    // "climbing 1.1 points to 50.6" beside a box line "- Manufacturing PMI: 50.6 (July: 49.8)": the base the box gives the same level
    if (to && !from && change.sign !== 0 && to.frame) {
      for (const twin of framesOfValue(input, to.figure.value)) {
        if (twin.sentenceIndex === change.sentenceIndex || twin.role !== 'level' || !compatibleUnits(twin.figure, to.figure)) continue;
        const base = input.frames.find((h) => h.sentenceIndex === twin.sentenceIndex && h.figure.start > twin.figure.end && compatibleUnits(h.figure, to!.figure) && BOX_PRIOR.test(text.slice(twin.figure.end, h.figure.start)));
        if (base) {
          from = operand(base);
          break;
        }
      }
    }
    if (!from && kind === 'relative' && change.sign !== 0) {
      // "rose 2.4% to 2,391.20, a gain of 65.80 points", "jumped 2.6 pct to 139.4 bln dlrs, an increase of 5.8 bln dlrs"
      // (the level may be a number the extractors left bare: "rose 1.8% to 548.20, a gain of 13.30 points")
      const bare = to ? null : TO_BARE.exec(after.slice(0, 40));
      const levelEnd = to ? to.figure.end : bare ? change.figure.end + bare[0].length : -1;
      const delta = levelEnd < 0 ? undefined : later.find(
        (f) =>
          f.figure.start > levelEnd &&
          f.role === 'change' &&
          (f.change === 'absolute' || (f.change === 'points' && (f.figure.mention as Quantity).unit === 'points')) &&
          (f.change === 'points' || !to || compatibleUnits(f.figure, to.figure)) &&
          DELTA_AFTER.test(text.slice(levelEnd, f.figure.start)),
      ) ??
        // "rose 96.3 points, or 2.1 pct, to 3,214.8": the same move in the level's unit right before the change
        frames.find(
          (f) =>
            f.figure.end <= change.figure.start &&
            f.role === 'change' &&
            (f.change === 'absolute' || (f.change === 'points' && (f.figure.mention as Quantity).unit === 'points')) &&
            (f.change === 'points' || !to || compatibleUnits(f.figure, to.figure)) &&
            /^\s*,\s*or\s+$/i.test(text.slice(f.figure.end, change.figure.start)),
        );
      const level: Operand | undefined = to ?? (bare && delta ? { figure: synthetic(text, levelEnd - bare[1]!.length, levelEnd, Number(bare[1]!.replace(/,/g, '')), delta.figure) } : undefined);
      // (the change must govern the level: "rose 2.4% to", "gained 0.9% on the day to"; not "0.5 pct sulphur fuel to 21.50 dlrs")
      const governs = level ? /^[\s,]*(?:(?:on|in|over|during|at|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?to\s+(?:an?\s+)?(?:about\s+|some\s+|around\s+)?$/i.test(text.slice(change.figure.end, level.figure.start)) : false;
      if (level && delta && governs && (delta.sign === 0 || delta.sign === change.sign)) {
        out.push({ kind: 'level-change', sentence, change: operand(change), to: level, delta: operand(delta), sign: change.sign as 1 | -1 });
        continue;
      }
    }
    // "settled down 2.150 cents at 81.375 cents per pound, according to CME Group, a drop of 3.4% from Tuesday": an absolute
    // move and the level it left, then the same move as a percentage set after them
    if (!to && !from && kind === 'relative' && change.sign !== 0) {
      const level = frames.filter((f) => f.figure.end <= change.figure.start && f.role === 'level' && f.mode === change.mode).at(-1);
      const delta = level && frames.filter((f) => f.figure.end <= level.figure.start && f.role === 'change' && f.change === 'absolute' && compatibleUnits(f.figure, level.figure)).at(-1);
      // (not a move over another window: "a rise of 36 pct during the last 12 months")
      if (level && delta && (delta.sign === 0 || delta.sign === change.sign) && DELTA_THEN_LEVEL.test(text.slice(delta.figure.end, level.figure.start)) && APPOSED_PERCENT.test(text.slice(level.figure.end, change.figure.start)) && !OTHER_WINDOW_AFTER.test(after)) {
        out.push({ kind: 'level-change', sentence, change: operand(change), to: operand(level), delta: operand(delta), sign: change.sign as 1 | -1 });
        continue;
      }
    }
    if (!to || !from) continue;
    // (a bare base of an amount: "firmed 0.3 pct to 16,435 per dollar …, from 16,385": the base is in the level's unit)
    if (to.figure.kind === 'money' && from.figure.kind === 'quantities' && /^(?:count|number)$/.test((from.figure.mention as Quantity).unit) && /^[\d,.]+$/.test(from.figure.text)) {
      from = { figure: synthetic(text, from.figure.start, from.figure.end, from.figure.value, to.figure), ...(from.frame ? { frame: from.frame } : {}) };
    }
    if (!compatibleUnits(to.figure, from.figure)) continue;
    if (kind === 'absolute' && !compatibleUnits(change.figure, to.figure)) continue;
    // "traffic grew 6.3 pct, so the load factor fell to 84.6 pct from 87.1 pct": the levels have a move of their own
    const firstLevel = Math.min(to.figure.start, from.figure.start);
    if (firstLevel > change.figure.end && OWN_MOVE.test(text.slice(change.figure.end, firstLevel))) continue;
    // a change on another basis than these two levels ("on a comparable basis", "year-on-year" against a sequential pair)
    // (read over the change and its levels; a base stated in another sentence, over the change and the level it ended at)
    const elsewhere = from.frame !== undefined && from.frame.sentenceIndex !== change.sentenceIndex;
    const basisText = elsewhere
      ? text.slice(Math.min(change.figure.start, to.figure.start), Math.max(change.figure.end, to.figure.end) + 25)
      : text.slice(Math.min(change.figure.start, from.figure.start), Math.max(change.figure.end, to.figure.end, from.figure.end) + 25);
    if (/\b(?:comparable|same[- ]store|like[- ]for[- ]like|constant[- ]currenc\w*|organic\w*|adjusted|real terms|annuali[sz]ed|excluding|underlying|in (?:local|dollar|euro) terms)\b/i.test(basisText)) continue;
    // "the peso weakened 0.3% to 18.84 per dollar from 18.78": a currency quoted in units per dollar falls as the number rises
    const perDollar = PER_DOLLAR_QUOTE.test(text.slice(to.figure.end, to.figure.end + 40)) && QUOTED_CURRENCY.test(before);
    out.push({ kind: 'move', sentence, change: operand(change), changeKind: kind, sign: perDollar ? (-change.sign as 1 | -1 | 0) : change.sign, from, to, via: before.slice(-30) });
  }

  // "will cut its workforce by a quarter, to 6,300 from 7,900": a change written in words
  const st = text.slice(sentence.start, sentence.end);
  const words = new RegExp(String.raw`\b${CHANGE_VERB}\s+(?:\S+\s+){0,4}?by\s+(a\s+quarter|one\s+quarter|a\s+third|one[- ]third|a\s+half|half|two[- ]thirds|three[- ]quarters|a\s+fifth|one\s+fifth|a\s+tenth|one\s+tenth)(?!\s+(?:point|percentage|of\s+a\s+point))`, 'gi');
  for (const m of st.matchAll(words)) {
    const at = sentence.start + m.index! + m[0].length - m[1]!.length;
    const levels = frames.filter((f) => f.figure.start > at);
    const to = levels.find((f) => f.toLevel && f.role === 'level');
    const from = levels.find((f) => f.role === 'from' && to && compatibleUnits(f.figure, to.figure));
    if (!to || !from) continue;
    const percent = FRACTION_WORDS[m[1]!.toLowerCase().replace(/[\s-]+/g, ' ')] ?? FRACTION_WORDS[m[1]!.toLowerCase()];
    if (percent === undefined) continue;
    const figure = fractionChange(text, at, at + m[1]!.length, percent, to.figure);
    // ("cut nearly by half", "by roughly a third": a hedged fraction is a loose statement, not checked)
    if (/\b(?:nearly|almost|about|roughly|around|some|approximately|close\s+to|more\s+than|less\s+than|just\s+(?:under|over))\b/i.test(m[0])) continue;
    const down = /\b(?:fell|fall\w*|drop\w*|declin\w*|decreas\w*|lost|los[ei]\w*|cut\w*|lower\w*|trimm?\w*|slash\w*|reduc\w*|shr[ai]nk\w*|shed\w*|narrow\w*|contract\w*|down)\b/i.test(m[0]);
    out.push({ kind: 'move', sentence, change: { figure }, changeKind: 'relative', sign: down ? -1 : 1, from: operand(from), to: operand(to), via: m[0] });
  }
}

/** After a change, words that put it over another window than the move beside it: "during the last 12 months", "year-on-year". */
const OTHER_WINDOW_AFTER = /^\s*(?:\p{L}+\s+){0,2}?(?:(?:during|over|in|for|within)\s+the\s+(?:last|past|previous|first|latest)\b|year[- ]on[- ]year|from\s+a\s+year|on\s+(?:the|a)\s+year|since\b|so\s+far\b|this\s+year|in\s+\d{4})/iu;

/** After a level, the percentage its move made: ", a drop of ", ", according to CME Group, a gain of ", ", or ". */
/** A part "of the book", "of the total", "of the portfolio": of a whole the story stated. */
const OF_THE_WHOLE = /^\s+of\s+(?:the|its|their)\s+(?:total|book|portfolio|whole|overall|sum|group|mix|pool|fund|loan\s+book|balance)\b/i;
/** Between an absolute move and the level it left: "by 1,380 to", "by 1,380 over the past year, to". */
const DELTA_THEN_LEVEL = /^(?:\s+(?:over|during|in)\s+the\s+(?:past|last|latest)\s+(?:[\p{L}\d-]+\s+)?[\p{L}]+,?)?\s+(?:at|to)\s+(?:about\s+|around\s+)?$/iu;
/** A level joined to its base by "up from": "48,300 scooters in the third quarter, up from ". */
const UP_FROM = /^[^;\d]{0,60}?,\s*(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
const APPOSED_PERCENT = /^[^;.]{0,60}?,\s*(?:(?:an?\s+)?(?:drop|fall|decline|decrease|reduction|cut|loss|slide|gain|rise|increase|jump|advance|climb)\s+of|or)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$/i;

/** A sentence that opens by naming the move of the one before: "That is a fall of ", "This was an increase of about ". */
const THAT_IS_CHANGE = /^\s*(?:that|this|it)(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|represents|marks|amounts\s+to|means))\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:rise|fall|gain|drop|increase|decrease|decline|jump|loss|climb|slide|advance|cut|reduction)\s+of\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/iu;

/** ", a rise of", ", an increase of about": a change set after the levels it moved between. */
const APPOSED_CHANGE = /,\s*(?:an?\s+)?(?:rise|fall|gain|drop|increase|decrease|decline|jump|loss|climb|slide|advance|cut|reduction|hike)\s+of\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;

// ---------------------------------------------------------------------------------------
// comparisons

/** "over the IPO price", "above its $27 offer price", "below the issue price". */
const OVER_OFFER = /^\s*(?:above|over|below|under)\s+(?:the|its)\s+(?:\$?[\d.,]+\s+)?(?:ipo|offer|offering|issue|listing|initial\s+public\s+offering)\s+price\b/i;
/** Words around the offer price where it is stated: "priced at $27", "at $27 each", "the $27 offer price". */
const OFFER_BEFORE = /\b(?:priced|pricing|price)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:at|of)\s+$|\b(?:ipo|offer|issue|offering)\s+price\s+(?:of|at|was)\s+$|\bshares\s+at\s+$/i;
const OFFER_AFTER = /^\s*(?:each|apiece|a\s+share|per\s+share|offer\s+price|ipo\s+price)\b/i;

/** The words between a stated difference and what it is measured against ("more than the", "above Friday's close of", "premium to X's"). */
const COMPARED_WITH =
  /^\s*(?:(more|higher|greater|bigger|larger|above|over|premium|wider)|(less|lower|fewer|smaller|below|under|discount|tighter|narrower))\s+(?:than|to|on|over|from)?\s*(?:(?:the|its|their|a|an|in)\s+)?(?:(?:[\p{L}'’-]+\s+){0,4}?(?:of\s+|at\s+)?|(?:a\s+year|a\s+(?:week|month|quarter|season)|the\s+(?:week|month|quarter|season|year))\s+(?:earlier|ago|before)\s*,\s*when\s+(?:it|they|the\s+[\p{L}-]+|[\p{Lu}][\p{L}-]+)\s+[\p{L}]+(?:\s+at)?\s+(?:about\s+|roughly\s+|some\s+)?)$/iu;

/** Between a level and the difference set beside it: a comma, a time, "or", "which is", "a". */
// ("crushed 212.4 mln tonnes of cane, 10.9 pct less than …": what the level counts may come first)
const APPOSED = /^(?:\s+[\p{Ll}][\p{Ll}-]*s(?=[\s,]))?(?:\s+of\s+[\p{L}-]+(?:\s[\p{L}-]+)?)?(?:\s+(?:a|an|per)\s+[\p{L}.]{1,12})?(?:\s+(?:over|above|under|below)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*)?\s*(?:(?:on|in|at|by)\s+(?:(?!(?:and|which|where|while|but)\s)[^,;]){1,50}|from\s+(?:(?!(?:and|which|where|while|but)\s)[^,;\d]){1,50})?,?\s*(?:(?:or|which\s+(?:is|was)|is|was|a|an|some|about|roughly|nearly|just|(?:premium|discount)\s+of)\s+)*$/iu;

/** Before the value an offer puts on a share: "valuing each Fenchurch share at ", "an offer worth ", "pay ". */
const VALUED_AT = /\b(?:valu(?:ing|es|ed)\s+(?:each\s+|every\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:at|to)|worth|offer(?:ing|ed|s)?\s+(?:of\s+)?|pay(?:ing|s)?|implied\s+value\s+of)\s+(?:about\s+|roughly\s+)?$/iu;
/** "outsold winter tyres by ": a difference over another thing (group 1: the verb, always "more"; 2: the other thing). */
const OUTDID = /\b(out(?:sold|sells?|paced|numbered|grew|produced|shipped))\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+by\s+(?:about\s+|some\s+|roughly\s+)?$/iu;
/** "over the London price", "below the Rotterdam price": a price another place set (group 1: above; 2: the place). */
const OVER_NAMED_PRICE = /^\s*(?:(over|above)|under|below)\s+the\s+([\p{Lu}][\p{L}]+)\s+(?:price|prices|benchmark|quote|contract)\b/u;
/** A clause that places the level just stated: ", putting the benchmark ", ", leaving it ". */
const PUTTING = /^[^;.\d]*,\s*(?:putting|leaving|taking|which\s+(?:puts|put|leaves|left|takes|took))\s+(?:(?:the|its|their|it|them|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "That was 6% more than the 51,700 vehicles it handed over a year earlier", "yielded 3.91%,
 * 11 basis points above Friday's close of 3.84%", "a 45% premium to Orvid's closing price of
 * $47.10": a difference between a level and another one, read as a move from the other one
 * (the figure compared with) to the level (the nearest before it in the sentence, or the last
 * of the sentence before when the sentence opens with "That", "This", "It" or "The price").
 */
function comparisons(input: RelationInput, sentence: Sentence, frames: readonly Frame[], before: readonly Frame[], further: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  // "It closed at $31.20, a first-day gain of 21.4% over the IPO price": the offer price stated earlier in the story
  for (const diff of frames) {
    if (diff.figure.unit !== 'percent' || diff.mode !== 'actual') continue;
    const named = OVER_OFFER.exec(text.slice(diff.figure.end, Math.min(sentence.end, diff.figure.end + 50)));
    if (!named) continue;
    const offer = input.frames.find((f) => f.figure.start < sentence.start && f.figure.kind === 'money' && !(f.figure.mention as Money).currency?.match(/^(?:BTC|ETH)$/i) && (OFFER_BEFORE.test(text.slice(Math.max(0, f.figure.start - 40), f.figure.start)) || OFFER_AFTER.test(text.slice(f.figure.end, f.figure.end + 30))));
    const level = frames.filter((f) => f.figure.end <= diff.figure.start && f.figure.kind === 'money' && f.role === 'level').at(-1);
    if (!offer || !level || !compatibleUnits(offer.figure, level.figure)) continue;
    if (!/^\s*(?:on\s+[^,;]{1,30})?,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:gain|rise|jump|premium|increase|drop|fall|decline|loss)\s+of\s+|or\s+|up\s+|down\s+)?$/i.test(text.slice(level.figure.end, diff.figure.start))) continue;
    const sign: 1 | -1 = /^\s*(?:above|over)/i.test(named[0]) ? 1 : -1;
    out.push({ kind: 'move', sentence, change: operand(diff), changeKind: 'relative', sign, from: operand(offer), to: operand(level), via: named[0] });
  }
  // "Advancing issues outnumbered declining ones 1,284 to 652, a gap of 532": a tally and its margin
  for (const m of text.slice(sentence.start, sentence.end).matchAll(TALLY_GAP)) {
    const at = sentence.start + m.index!;
    const nums = [m[1]!, m[2]!, m[3]!];
    const starts = [at + m[0].indexOf(m[1]!), 0, 0];
    starts[1] = at + m[0].indexOf(m[2]!, starts[0]! - at + m[1]!.length);
    starts[2] = at + m[0].lastIndexOf(m[3]!);
    const like = frames.find((f) => f.figure.kind === 'quantities')?.figure ?? frames[0]?.figure;
    if (!like) break;
    const [a, b, gap] = nums.map((n, k) => synthetic(text, starts[k]!, starts[k]! + n.length, Number(n.replace(/,/g, '')), { ...like, kind: 'quantities', unit: 'count' }));
    if (!(a!.value > b!.value)) continue;
    out.push({ kind: 'move', sentence, change: { figure: gap! }, changeKind: 'absolute', sign: 1, from: { figure: b! }, to: { figure: a! }, via: m[0] });
  }
  // "The 28-nanometre node brought in … 30.01 bln Taiwan dollars, while 40-nanometre chips brought in 22.63 bln, 9.4 bln
  // less": a difference after a level, against the level stated before it in the sentence
  for (const diff of frames) {
    if (diff.mode !== 'actual' || diff.figure.unit === 'percent' || !/^\s*(?:less|more|lower|higher|fewer|smaller|bigger|larger)\s*(?:[.;,]|$)/i.test(text.slice(diff.figure.end, diff.figure.end + 12))) continue;
    // ("22.63 bln, 9.4 bln less": a bare amount after money is money of the same currency)
    const bare = diff.figure.kind === 'quantities' && /^\d[\d.,]*\s*(?:bln|mln|billion|million|bn|mn|trillion|tln)$/i.test(diff.figure.text);
    const prior = frames.filter((f) => f.figure.end <= diff.figure.start && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && (compatibleUnits(f.figure, diff.figure) || (bare && f.figure.kind === 'money')));
    const level = prior.at(-1);
    const base = prior.at(-2);
    if (!level || !base || !compatibleUnits(level.figure, base.figure) || !/^\s*,\s*$/.test(text.slice(level.figure.end, diff.figure.start))) continue;
    const change = bare && level.figure.kind === 'money' ? { figure: synthetic(text, diff.figure.start, diff.figure.end, diff.figure.value, level.figure) } : operand(diff);
    const sign: 1 | -1 = /^\s*(?:more|higher|bigger|larger)/i.test(text.slice(diff.figure.end, diff.figure.end + 12)) ? 1 : -1;
    out.push({ kind: 'move', sentence, change, changeKind: 'absolute', sign, from: operand(base), to: operand(level), via: text.slice(level.figure.end, diff.figure.end + 6) });
  }
  // "Retail sales … made up 51,300 of those cars and wholesale auctions the other 35,100. That left retail 17,900 cars
  // ahead of wholesale": a difference between two things the story named, each with its figure before
  for (const diff of frames) {
    if (diff.mode !== 'actual' || diff.figure.kind === 'percentages' || diff.figure.mention.valueHigh !== undefined) continue;
    const lead = NAMED_DIFFERENCE_BEFORE.exec(text.slice(Math.max(sentence.start, diff.figure.start - 50), diff.figure.start));
    const tail = lead ? NAMED_DIFFERENCE_AFTER.exec(text.slice(diff.figure.end, Math.min(sentence.end, diff.figure.end + 60))) : null;
    if (!lead || !tail) continue;
    const named = (word: string) => {
      const re = new RegExp(String.raw`\b${stem5(word)}`, 'iu');
      const found = framesBefore(input, sentence.start, 30).filter((f) => f.mode === 'actual' && (f.role === 'level' || f.toLevel) && compatibleUnits(f.figure, diff.figure) || (f.mode === 'actual' && f.role === 'level' && counts(f.figure, diff.figure)));
      const own = found.filter((f) => {
        const s2 = input.sentences[f.sentenceIndex]!;
        const near = text.slice(Math.max(s2.start, f.figure.start - 50), f.figure.start).split(/[,;]|\band\b/).at(-1)!;
        return re.test(near);
      });
      return own.length === 1 ? own[0] : undefined;
    };
    const [a, b] = [named(lead[1]!), named(tail[2]!)];
    if (!a || !b || a === b) continue;
    const sign: 1 | -1 = /^(?:ahead|more|above|over)/i.test(tail[1]!) ? 1 : -1;
    out.push({ kind: 'move', sentence, change: operand(diff), changeKind: 'absolute', sign, from: operand(b), to: operand(a), via: tail[0] });
  }
  const opensWithAnaphor = /^\s*(?:that|this|it|which|the\s+(?:price|offer|bid|deal))\b/i.test(text.slice(sentence.start, sentence.start + 20));
  for (const diff of frames) {
    if (diff.mode === 'hypothetical' || diff.mode === 'expected') continue;
    if (out.some((r) => r.kind === 'move' && r.change.figure === diff.figure)) continue;
    let base = frames.find((f) => f.figure.start > diff.figure.end && f.figure.start - diff.figure.end <= 60);
    let words = base ? COMPARED_WITH.exec(text.slice(diff.figure.end, base.figure.start)) : null;
    const inBasisPoints = diff.figure.kind === 'quantities' && (diff.figure.mention as Quantity).unit === 'bp';
    if (!words && inBasisPoints) {
      // "6 basis points tighter than last week's average of 131": a spread compared with a bare one, in basis points
      const bare = /^([^;.\d]{1,60}?)(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?)(?![\d,%]|\.\d|\s*(?:pct|percent|per\s+cent))/.exec(text.slice(diff.figure.end, sentence.end));
      const compared = bare && COMPARED_WITH.exec(bare[1]!);
      if (compared) {
        const at = diff.figure.end + bare[1]!.length;
        base = { ...diff, figure: synthetic(text, at, at + bare[2]!.length, Number(bare[2]), diff.figure), role: 'level' };
        words = compared;
      }
    }
    if (!words && base) {
      // "a premium of 38% to Fenchurch's closing price of 604 pence": the comparative noun before the difference
      const noun = /\b(?:(premium)|(discount))\s+of\s+(?:about\s+|roughly\s+|some\s+)?$/i.exec(text.slice(Math.max(sentence.start, diff.figure.start - 30), diff.figure.start));
      if (noun && /^\s*(?:to|over|on)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:of\s+|at\s+)?$/iu.test(text.slice(diff.figure.end, base.figure.start))) words = noun;
    }
    let outdid = false;
    if (!words && diff.role === 'change') {
      // "Summer tyres, at 10.2 million, outsold winter tyres by 3.8 million units": what was outsold, stated before
      const out = OUTDID.exec(text.slice(Math.max(sentence.start, diff.figure.start - 60), diff.figure.start));
      const word = out?.[2]!.split(/\s+/).find((w) => w.length >= 3 && !/^(?:the|its|their|all|other)$/i.test(w));
      const re = word ? new RegExp(String.raw`\b${word.replace(/[^\p{L}-]/gu, '')}\b`, 'iu') : null;
      const other = re ? framesBefore(input, sentence.start, 30).find((f) => f.role === 'level' && f.mode === 'actual' && compatibleUnits(f.figure, diff.figure) && re.test(text.slice(Math.max(input.sentences[f.sentenceIndex]?.start ?? 0, f.figure.start - 40), f.figure.start))) : undefined;
      if (out && other) {
        base = other;
        words = out;
        outdid = true;
      }
    }
    if (!words && diff.figure.kind === 'money') {
      // "…, or about $10,957 a tonne, a premium of $1,211 over the London price": the price that place set, stated before
      const named = OVER_NAMED_PRICE.exec(text.slice(diff.figure.end, Math.min(sentence.end, diff.figure.end + 60)));
      const place = named && new RegExp(String.raw`\b${named[2]!}\b`, 'i');
      const earlier = place ? framesBefore(input, sentence.start, 20).find((f) => f.figure.kind === 'money' && f.role === 'level' && f.mode === 'actual' && currencyOf(f.figure) === currencyOf(diff.figure) && place.test(text.slice(Math.max(0, f.figure.start - 80), f.figure.start))) : undefined;
      if (named && earlier) {
        base = earlier;
        words = named;
      }
    }
    if (!base || !words) continue;
    const sign: 1 | -1 = words[1] ? 1 : -1;
    // what the difference is stated in: percent of the base, points of a percentage, or the base's own unit
    const inPoints = diff.figure.kind === 'quantities' && /^(?:bp|pp)$/.test((diff.figure.mention as Quantity).unit);
    let changeKind: 'relative' | 'absolute' | 'points';
    if (inPoints && base.figure.unit === diff.figure.unit) {
      // (spreads stated in basis points: the difference is in their own unit)
      changeKind = 'absolute';
    } else if (inPoints) {
      if (base.figure.unit !== 'percent') continue;
      changeKind = 'points';
    } else if (diff.figure.unit === 'percent') {
      if (base.figure.unit === 'percent') continue; // "3% above 2.5%": points or percent, unsaid
      changeKind = 'relative';
    } else if (compatibleUnits(diff.figure, base.figure) && diff.figure.kind === base.figure.kind) {
      changeKind = 'absolute';
    } else continue;
    // ("averaged 68.40 baht a kg …, 4.15 baht above December's average of 65.25 baht": a price per unit and the same price with its unit left out)
    const levels = (list: readonly Frame[]) =>
      list.filter((f) => f !== base && f !== diff && f.role === 'level' && f.mode === 'actual' && (compatibleUnits(f.figure, base.figure) || samePrice(f.figure, base.figure)) && (changeKind !== 'points' || f.figure.unit === 'percent'));
    // "Stocks were … 6.1% below last year's level of 2,889 bcf" after "Working gas in storage rose … to 2,707 bcf": a
    // sentence whose subject names the measure of a level stated just before compares that level
    const measure = diff.measure ?? frames.find((f) => f.figure.unit === 'percent' && f.measure)?.measure;
    const sameMeasure = (f: Frame) => Boolean(measure) && f.measure === measure && (f.owner || f.item) && (!(diff.owner || diff.item) || sameParty(f, diff)) && !f.qualifiers.vintage && !f.segment.includes("average");
    // in one sentence the difference stands beside its level ("yielded 3.91%, 11 basis points above"),
    // not in a clause of its own ("a 8-5/8 pct coupon … priced to yield 115 basis points over")
    const beside = levels(frames.filter((f) => f.figure.end <= diff.figure.start)).at(-1);
    // ("averaged $548 … last week, according to …, putting the benchmark 13% above": the clause that sets the level beside its earlier one)
    const apposed = beside && ((diff.figure.start - beside.figure.end <= 60 && APPOSED.test(text.slice(beside.figure.end, diff.figure.start))) || (diff.figure.start - beside.figure.end <= 120 && PUTTING.test(text.slice(beside.figure.end, diff.figure.start))));
    // (a level beside it in a clause of its own is not its level; the level of the sentence before may be:
    // "Stocks were 4.8% above the five-year average of 2,583 bcf and 6.1% below last year's level of 2,889 bcf")
    // ("…, valuing each Fenchurch share at 812 pence … That is a premium of 38% to Fenchurch's closing price of 604 pence":
    // a premium is that of the value an offer puts on it)
    const offered = /premium|discount/i.test(words[0]) ? before.find((f) => f !== base && f.role === 'level' && f.mode !== 'hypothetical' && compatibleUnits(f.figure, base.figure) && VALUED_AT.test(text.slice(Math.max(0, f.figure.start - 40), f.figure.start))) : undefined;
    const level = apposed || outdid
      ? beside
      : opensWithAnaphor && !beside
          ? (offered ?? anaphorLevel(text, levels(before), base))
          : /^\s*(?:the\s+)?[\p{L}-]+\s+(?:were|was|stood|are|is)\b/iu.test(text.slice(sentence.start, diff.figure.start))
            ? levels(further).find(sameMeasure)
            : undefined;
    if (!level) continue;
    out.push({ kind: 'move', sentence, change: operand(diff), changeKind, sign, from: operand(base), to: operand(level), via: words[0] });
  }
}

/**
 * What "That was 11.2% fewer than …" refers to in the sentence before: its one level of the unit, or, where it lists
 * several, the total that opens the list ("delivered 38,420 trucks worldwide in the quarter: 21,960 in North America, …");
 * none when the sentence sets several side by side.
 */
function anaphorLevel(text: string, before: readonly Frame[], base: Frame): Frame | undefined {
  const nearest = before[0];
  if (!nearest) return undefined;
  const same = before.filter((f) => f.sentenceIndex === nearest.sentenceIndex && compatibleUnits(f.figure, base.figure));
  if (same.length <= 1) return nearest;
  const first = same.at(-1)!;
  return /^[^.;\d]{0,60}(?::|,\s*(?:including|of\s+which))\s*/i.test(text.slice(first.figure.end, first.figure.end + 70)) ? first : undefined;
}

/** Money in one currency, one of them per a unit and the other with the unit left out ("68.40 baht a kg", "65.25 baht"). */
function samePrice(a: Figure, b: Figure): boolean {
  return a.kind === 'money' && b.kind === 'money' && currencyOf(a) === currencyOf(b) && (!a.unit.includes('/') || !b.unit.includes('/'));
}

/** `b` follows `a` within `chars` characters, with no sentence-level break between. */
function within(text: string, a: Span, b: Span, chars: number): boolean {
  const between = text.slice(a.end, b.start);
  return between.length <= chars && !/;|,\s*(?:as|while|whereas|but|and|after|before|which|when|though|although)\b/i.test(between);
}

/** Physical units: figures in them compare only in the same unit. */
const PHYSICAL = /\b(?:barrels?|bbl|bpd|tonnes?|tons?|ounces?|oz|pounds?|lbs|bushels?|gallons?|litres?|liters?|cubic|bcf|tcf|mmbtu|therms|megawatts?|gigawatts?|mw|gw|mwh|gwh|twh|kwh|acres?|hectares?|square|miles?|kilometres?|kilometers?|carats?|teus?|kilograms?|kg|grams?|points|level|bp|pp)\b/i;

/** Two counts of things ("310 stores", "215 locations"): one unit when their measures net against each other. */
function counts(a: Figure, b: Figure): boolean {
  if (a.kind !== 'quantities' || b.kind !== 'quantities') return false;
  return !PHYSICAL.test((a.mention as Quantity).unit) && !PHYSICAL.test((b.mention as Quantity).unit);
}

function compatibleUnits(a: Figure, b: Figure): boolean {
  if (a.unit === b.unit) return true;
  const base = (f: Figure) => f.unit.replace(/\/.*$/, '');
  if (base(a) === base(b) && a.kind === 'money') return true;
  if (a.kind === 'quantities' && b.kind === 'quantities') {
    const ua = (a.mention as Quantity).unit.toLowerCase();
    const ub = (b.mention as Quantity).unit.toLowerCase();
    const norm = (u: string) => u.replace(/\b(?:mln|million|bln|billion|thousand)\b\s*/g, '').replace(/s\b/g, '').trim();
    if (ua === 'count' || ub === 'count' || ua === 'number' || ub === 'number') return true;
    if (PEOPLE.test(ua) && PEOPLE.test(ub)) return true;
    return norm(ua) === norm(ub) || norm(ua).endsWith(` ${norm(ub)}`) || norm(ub).endsWith(` ${norm(ua)}`);
  }
  return false;
}

/** Counts of people and the posts they fill are one unit ("1,150 positions, or 6% of its 23,800 people"). */
const PEOPLE = /\b(?:people|persons|employees|workers|staff|jobs|positions|roles|posts|headcount|workforce)$/;

function sameParty(a: Frame, b: Frame): boolean {
  const key = (f: Frame) => (f.owner ?? '').toLowerCase();
  const ia = (a.item ?? '').toLowerCase();
  const ib = (b.item ?? '').toLowerCase();
  if (key(a) && key(b) && key(a) !== key(b)) return false;
  if (ia && ib && ia !== ib) return false;
  return Boolean((key(a) && key(b)) || (ia && ib));
}

function sameTime(a: Frame, b: Frame): boolean {
  const ta = a.time ?? a.contextTime ?? null;
  const tb = b.time ?? b.contextTime ?? null;
  return !ta || !tb || ta === tb || ta.startsWith(tb) || tb.startsWith(ta);
}

// ---------------------------------------------------------------------------------------
// multiples

const MULTIPLE = /\b(?:(more\s+than|over|nearly|almost|close\s+to|roughly|about|some|more\s+or\s+less)\s+)?(doubl|tripl|trebl|quadrupl|halv)(?:ed|es|e|ing)\b|\b(double|triple|treble|quadruple|halve)\b/gi;
const FACTOR: Readonly<Record<string, number>> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5, double: 2, triple: 3, treble: 3, quadruple: 4, halve: 0.5 };

function multiples(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], prior: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  MULTIPLE.lastIndex = 0;
  for (const m of st.matchAll(MULTIPLE)) {
    const stem = (m[2] ?? m[3] ?? '').toLowerCase();
    const factor = FACTOR[stem];
    if (!factor) continue;
    const cueEnd = sentence.start + m.index! + m[0].length;
    // "backed a doubling of authorized shares and an increase in the dividend to 12 cents": a noun, and another move
    if (/\b(?:a|the|an)\s+$/i.test(st.slice(0, m.index!)) && /ing$/i.test(m[0])) continue;
    const word = m[0].replace(/^\s*(?:more\s+than|over|nearly|almost|close\s+to|roughly|about|some)\s+/i, '');
    const after = frames.filter(
      (f) => f.figure.start >= cueEnd && f.figure.start - cueEnd <= 120 && !/;|\band\s+(?:an?\s+)?(?:increase|rise|cut|decrease|drop|fall|gain|jump|hike)\b/i.test(text.slice(cueEnd, f.figure.start)),
    );
    // ("doubled to 18% of sales from 11%": shares of one whole move by a multiple too)
    let to = after.find((f) => (f.role === 'level' || f.role === 'share') && f.mode !== 'expected');
    let from = after.find((f) => f !== to && (f.role === 'from' || /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, f.figure.start - 12), f.figure.start))) && (!to || compatibleUnits(f.figure, to.figure)));
    if (to && from && from.figure.start < to.figure.start && !to.toLevel) {
      // "from X to Y" written the other way round is still a from/to pair
    }
    if (!to) continue;
    if (!from) {
      // "doubled that network to 23 sites", "triple that pace, with 150 openings": the level of the sentence before
      const anaphoric = /^\s*(?:that|this|its|their|the)\b/i.test(text.slice(cueEnd, cueEnd + 12)) || /^\s*(?:that|this|these|those|it|they)\b/i.test(st) ||
        // "By June they had halved, to $2,460": a pronoun as the subject of the move
        /\b(?:it|they|these|those)(?:\s+(?:has|have|had))?(?:\s+since)?(?:\s+(?:more\s+than|over|nearly|almost|roughly|about))?\s+$/i.test(st.slice(0, m.index!)) || /\b(?:since|from)\s+(?:then|that|the\s+(?:previous|prior|earlier))\b/i.test(st);
      if (!anaphoric) continue;
      const candidate = prior.find((f) => f.role === 'level' && f.mode === 'actual' && (f.figure.unit === to!.figure.unit || compatibleUnits(f.figure, to!.figure) || (f.measure && f.measure === to!.measure)));
      if (!candidate) continue;
      from = candidate;
    }
    out.push({ kind: 'multiple', sentence, factor, modifier: (m[1] ?? '').toLowerCase().replace(/\s+/g, ' '), word, from: operand(from), to: operand(to) });
  }
  // "Dealers now hold 41,300 towables …, half the 68,900 they carried at the 2022 peak": a level set beside another as a multiple of it
  APPOSED_MULTIPLE.lastIndex = 0;
  for (const m of st.matchAll(APPOSED_MULTIPLE)) {
    const cueStart = sentence.start + m.index!;
    const cueEnd = cueStart + m[0].length;
    // (or named before it: ", roughly double the 30-day average of 16.8 bln reais")
    const from = frames.find((f) => f.figure.start >= cueEnd && f.role === 'level' && (f.figure.start - cueEnd <= 3 || (f.figure.start - cueEnd <= 40 && /^(?:[\p{L}\d'’-]+\s+){1,4}?of\s+$/u.test(text.slice(cueEnd, f.figure.start)))));
    const to = frames.filter((f) => f.figure.end <= cueStart && f.role === 'level' && f.mode === 'actual' && !/[;]/.test(text.slice(f.figure.end, cueStart))).at(-1);
    // (a bare count the extractors left: "1,240 digital faces, more than double the 710 it had three years ago")
    const bare = !from && to ? /^(\d{1,3}(?:,\d{3})+|\d{2,4})(?![\d.,]\d|\s*(?:%|pct|percent|per\s*cent|mln|bln|million|billion)\b)/i.exec(text.slice(cueEnd, cueEnd + 12)) : null;
    const base: Operand | undefined = from ? operand(from) : bare && to && to.figure.kind === 'quantities' ? { figure: synthetic(text, cueEnd, cueEnd + bare[1]!.length, Number(bare[1]!.replace(/,/g, '')), to.figure) } : undefined;
    if (!base || !to || !(compatibleUnits(base.figure, to.figure) || counts(base.figure, to.figure)) || cueStart - to.figure.end > 60) continue;
    if (/^half$/i.test(m[2]!) && /^more/i.test(m[1] ?? '')) continue;
    const stem = /^half$/i.test(m[2]!) ? 'halv' : /^(?:twice|double)$/i.test(m[2]!) ? 'doubl' : 'tripl';
    out.push({ kind: 'multiple', sentence, factor: FACTOR[stem]!, modifier: (m[1] ?? '').toLowerCase().replace(/\s+/g, ' '), word: stem === 'halv' ? 'halved' : stem === 'doubl' ? 'doubled' : 'tripled', from: base, to: operand(to) });
  }
}
/** ", half the ", ", about twice the ", ", triple its ": a level beside another it is a multiple of. */
// (not "more than half the 9.9 mln exported": a bound the other way round from "more than halved")
// ("more than double the 710 it had": a bound the level must pass; never "more than half the", a bound the other way round)
const APPOSED_MULTIPLE = /,\s*(?:(about|roughly|nearly|almost|some|more\s+than)\s+)?(half|twice|double|triple|three\s+times)\s+(?:the|its|their|that|this|last\s+year['’]s)\s+/gi;

/**
 * A move by a fraction: "reached 44,600 rooms, up by a fifth from 41,900", "about $78 million,
 * roughly a third lower than the $104 million", "fell by a quarter to 3.1 mln from 4.2 mln". The
 * level moved to is the figure before the words (or the first after them), the level moved from
 * the one after "from" or "than".
 */
const FRACTION_MOVE =
  /\b(?:(?:(?<up>rose|risen|rising|up|increased|grew|grown|climbed|jumped|gained|expanded)|(?<down>fell|fallen|falling|down|dropped|declined|decreased|slid|shrank|shrunk|cut|slumped|lost))\s+(?:by\s+)?(?:(?<m1>roughly|about|nearly|almost|more\s+than|some|around)\s+)?(?<n1>a|one|two)[\s-](?<f1>half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)|(?:(?<m2>roughly|about|nearly|almost|more\s+than|some|around)\s+)?(?<n2>a|one|two)[\s-](?<f2>half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\s+(?:(?<higher>higher|more|bigger|larger|above)|(?<lower>lower|less|smaller|below)))\b(?![\s-]+(?:of|stake|share|interest|owned))/gi;
const FRACTION: Readonly<Record<string, number>> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10 };

function fractionMoves(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const m of st.matchAll(FRACTION_MOVE)) {
    const g = m.groups!;
    const share = FRACTION[(g.f1 ?? g.f2)!.toLowerCase()]! * ((g.n1 ?? g.n2)!.toLowerCase() === 'two' ? 2 : 1);
    if (share >= 1) continue;
    const up = Boolean(g.up || g.higher);
    const cueStart = sentence.start + m.index!;
    const cueEnd = cueStart + m[0].length;
    const levels = frames.filter((f) => (f.role === 'level' || f.role === 'from' || f.role === 'share') && f.mode !== 'hypothetical');
    // (or "about a third above the 30-day average of 3.91 billion euros")
    const fromOf = (f: Frame) => f.figure.start >= cueEnd && f.figure.start - cueEnd <= 60 && (/\b(?:from|than)\s+(?:the\s+|its\s+|a\s+)?$/i.test(text.slice(Math.max(cueEnd, f.figure.start - 14), f.figure.start)) || /^\s+the\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:average|level|mean|norm)\s+of\s+$/iu.test(text.slice(cueEnd, f.figure.start)));
    const from = levels.find(fromOf);
    if (!from) continue;
    // the level moved to: right before the words, in their clause; else the first after them that is not the from-level
    const before = levels.filter((f) => f.figure.end <= cueStart && cueStart - f.figure.end <= 40 && !/[;.]/.test(text.slice(f.figure.end, cueStart))).at(-1);
    const to = before ?? levels.find((f) => f.figure.start >= cueEnd && f !== from && f.figure.start - cueEnd <= 60);
    if (!to || to.mode !== from.mode || !compatibleUnits(from.figure, to.figure)) continue;
    const modifier = (g.m1 ?? g.m2 ?? '').toLowerCase().replace(/\s+/g, ' ');
    // (the message says "it has not risen by a fifth")
    const word = `${up ? 'risen' : 'fallen'} by ${(g.n1 ?? g.n2)!.toLowerCase()} ${(g.f1 ?? g.f2)!.toLowerCase()}`;
    out.push({ kind: 'multiple', sentence, factor: up ? 1 + share : 1 - share, modifier, word, from: operand(from), to: operand(to) });
  }
}

/**
 * An auction's cover: the bids over the amount on offer. "Bids totalled 6.54 mln allowances …,
 * giving a cover ratio of 2.21" (3.27 mln sold earlier), "Orders totalled $1.63 billion, or 4.7
 * times the bonds on offer", a results line "1.75 bln euros; bids 2.2 bln, yield 4.36%, cover 1.62".
 */
const COVER =
  /\b(?:bid-to-cover|cover|coverage)(?:\s+ratio)?(?:\s+(?:of|was|at|stood\s+at|came\s+to))?\s+(?<r1>\d{1,2}(?:\.\d{1,3})?)(?![\d%]|[.,]\d|\s*(?:pct|percent|per\s+cent|%))|\b(?<r2>\d{1,2}(?:\.\d{1,3})?)\s+times\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:on\s+offer|offered|available|sold|auctioned|allotted|being\s+sold|on\s+sale)\b/giu;
const COVER_HINT = /\bcover|\btimes\b/i;
const BIDS_BEFORE = /\b(?:bids?|orders?|demand|tenders?|subscriptions?)\b[^.;]{0,30}$/i;
const OFFERED_BEFORE = /\b(?:sold|sells?|selling|offered|offering|offers?|auctioned|auction(?:ing)?|priced|reopened|raised|issued|allotted|on\s+offer|sale\s+of)\b[^.;]{0,60}$|:\s*$/i;

function covers(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  // (the amount on offer is often in the lead, paragraphs before the bids; at most the 200 figures before, read only
  // when the sentence states a cover, so a text of covers stays linear)
  if (!COVER_HINT.test(st)) return;
  const prior = framesBefore(input, sentence.start, 200);
  for (const m of st.matchAll(COVER)) {
    const written = (m.groups!.r1 ?? m.groups!.r2)!;
    const at = sentence.start + m.index! + m[0].indexOf(written, m.groups!.r1 ? m[0].search(/\d/) : 0);
    const value = Number(written);
    if (!(value > 0)) continue;
    // the bids: a figure before the ratio that bids, orders or demand name
    const bids = frames.filter((f) => f.figure.end <= at && f.role !== 'change' && f.figure.kind !== 'percentages' && BIDS_BEFORE.test(text.slice(Math.max(sentence.start, f.figure.start - 40), f.figure.start))).at(-1);
    if (!bids) continue;
    const alike = (f: Frame) => f.figure.kind !== 'percentages' && (compatibleUnits(f.figure, bids.figure) || (f.figure.kind === 'quantities' && (f.figure.mention as Quantity).unit === 'count') || (bids.figure.kind === 'quantities' && (bids.figure.mention as Quantity).unit === 'count'));
    const offered = (f: Frame) => f !== bids && f.role !== 'change' && alike(f) && f.figure.value < bids.figure.value && OFFERED_BEFORE.test(text.slice(Math.max(0, f.figure.start - 70), f.figure.start));
    // the amount on offer: in the sentence before the bids, else the nearest earlier statement of it
    const amount = frames.filter((f) => f.figure.end <= bids.figure.start && offered(f)).at(-1) ?? prior.find(offered);
    if (!amount) continue;
    const ratio = synthetic(text, at, at + written.length, value, { ...bids.figure, kind: 'quantities', unit: 'quantity:number' });
    out.push({ kind: 'ratio', sentence, ratio: { figure: ratio }, numerator: operand(bids), denominator: operand(amount), what: m.groups!.r1 ? 'cover' : 'multiple' });
  }
}

/**
 * A multiple or ratio of two measures the story states: "Orders were thus 1.9 times revenue" (both
 * stated in the sentence before), "valued at 1.47 billion pounds, about 3.3 times last year's revenue
 * of 448.0 million pounds", "Book-to-bill ratio (orders over sales): 1.32", "a book-to-bill of 1.2".
 */
function namedRatios(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], before: readonly Frame[], out: Relation[]): void {
  if (!RATIO_HINT.test(st)) return;
  const { text } = input;
  /** The latest statement of a measure: in this sentence before `at`, else the nearest earlier one. */
  const stated = (measure: string, at: number, not?: Frame, pool = before) =>
    [...frames.filter((f) => f.figure.end <= at).reverse(), ...pool].find(
      (f) =>
        f !== not &&
        f.measure === measure &&
        (f.role === 'level' || f.toLevel) &&
        f.mode === 'actual' &&
        f.figure.kind !== 'percentages' &&
        !f.perUnit &&
        !(f.figure.kind === 'money' && (f.figure.mention as Money).per) &&
        !/\baverag(?:e|ed|ing)\s+(?:of\s+)?(?:about\s+|roughly\s+)?$/i.test(text.slice(Math.max(0, f.figure.start - 24), f.figure.start)),
    );
  const firstMeasure = (words: string) => measuresIn(words)[0]?.id ?? RATIO_WORDS[words.trim().toLowerCase()];
  for (const m of st.matchAll(TIMES_RATIO)) {
    const at = sentence.start + m.index!;
    const written = m.groups!.n!;
    const value = Number(written);
    if (!(value > 1) || frames.some((f) => f.figure.start <= at && f.figure.end > at)) continue;
    const rest = text.slice(at + m[0].length, sentence.end);
    // the denominator: the figure the words name right after ("revenue of 448.0 million pounds"), else the measure's latest statement
    const den = firstMeasure(/^[^,;.]{0,40}/.exec(rest)![0].replace(/\bof\s*$/, ''));
    const ofFigure = frames.find((f) => f.figure.start > at && /^\s*(?:[\p{L}'’-]+\s+){0,4}?of\s+(?:about\s+|roughly\s+|some\s+)?$/iu.test(text.slice(at + m[0].length, f.figure.start)));
    // the numerator: the figure right before ("1.47 billion pounds, about 3.3 times"), else the subject's measure
    const lead = text.slice(sentence.start, at);
    const right = frames.filter((f) => f.figure.end <= at && RIGHT_BEFORE_RATIO.test(text.slice(f.figure.end, at))).at(-1);
    const subject = LINKED.exec(lead);
    const num = right ?? (subject ? (() => {
      const id = firstMeasure(subject[1]!);
      return id && id !== den ? stated(id, sentence.start) : undefined;
    })() : undefined);
    const denominator = ofFigure ?? (den ? stated(den, at, num) : undefined);
    if (!num || !denominator || num === denominator || !compatibleUnits(num.figure, denominator.figure)) continue;
    const ratio = synthetic(text, at, at + written.length, value, { ...num.figure, kind: 'quantities', unit: 'quantity:number' });
    out.push({ kind: 'ratio', sentence, ratio: { figure: ratio }, numerator: operand(num), denominator: operand(denominator), what: 'multiple' });
  }
  // "4.6 loads posted for every truck …, with 382,000 loads and 71,000 trucks": a count per count, both counted nearby
  for (const ratio of frames) {
    if (ratio.figure.kind !== 'quantities' || !(ratio.figure.value > 0) || ratio.figure.value >= 1000) continue;
    const per = FOR_EVERY.exec(text.slice(ratio.figure.end, Math.min(sentence.end, ratio.figure.end + 60)));
    if (!per) continue;
    const counted = (f: Frame, noun: string) => f !== ratio && f.figure.kind === 'quantities' && f.role === 'level' && singular((f.figure.mention as Quantity).unit) === singular(noun);
    const pool = [...frames.filter((f) => f !== ratio), ...before];
    const num = pool.find((f) => counted(f, (ratio.figure.mention as Quantity).unit) && f.figure.value > ratio.figure.value);
    const den = pool.find((f) => counted(f, per[1]!));
    // (a count per one of the same thing is an exchange ratio: "15.8446 shares of common for each share of preferred")
    if (!num || !den || num === den || singular((ratio.figure.mention as Quantity).unit) === singular(per[1]!)) continue;
    out.push({ kind: 'ratio', sentence, ratio: operand(ratio), numerator: operand(num), denominator: operand(den), what: 'ratio' });
  }
  // "traffic rose to 8.42 bln, while capacity was 10.15 bln, giving a load factor of 87.9 pct": the first amount over the second
  for (const rate of frames) {
    if (rate.figure.unit !== 'percent' || !GIVING_RATE.test(text.slice(Math.max(sentence.start, rate.figure.start - 50), rate.figure.start))) continue;
    const amounts = frames.filter((f) => f.figure.end <= rate.figure.start && f.figure.kind !== 'percentages' && (f.role === 'level' || f.toLevel) && f.mode === 'actual');
    // (of one kind: the same unit, or units of one noun, "passenger kilometres" over "seat kilometres")
    const [a, b] = [amounts[0]?.figure, amounts[1]?.figure];
    const oneNoun = a?.kind === 'quantities' && b?.kind === 'quantities' && singular((a.mention as Quantity).unit) === singular((b.mention as Quantity).unit);
    if (amounts.length !== 2 || !a || !b || !(compatibleUnits(a, b) || counts(a, b) || oneNoun) || a.value >= b.value) continue;
    out.push({ kind: 'share', sentence, share: operand(rate), part: { figure: amounts[0]!.figure, frame: amounts[0]! }, total: { figure: amounts[1]!.figure, frame: amounts[1]! } });
  }
  // a ratio named by its two measures, right before its value
  for (const ratio of frames) {
    if (ratio.figure.kind !== 'quantities' || !/^(?:count|number|quantity:number)$|\bratio\b/.test((ratio.figure.mention as Quantity).unit) || !(ratio.figure.value > 0) || ratio.figure.value > 20) continue;
    const g = NAMED_RATIO.exec(text.slice(Math.max(sentence.start, ratio.figure.start - 80), ratio.figure.start))?.groups;
    if (!g) continue;
    const [a, b] = [firstMeasure(g.a1 ?? g.a2 ?? ''), firstMeasure(g.b1 ?? g.b2 ?? '')];
    if (!a || !b || a === b) continue;
    // (a ratio named by both its measures may sit in a box, lines after them: the 60 figures before)
    const prior = framesBefore(input, sentence.start, 60);
    const num = stated(a, sentence.start, undefined, prior);
    const den = stated(b, sentence.start, num, prior);
    if (!num || !den || !compatibleUnits(num.figure, den.figure)) continue;
    out.push({ kind: 'ratio', sentence, ratio: operand(ratio), numerator: operand(num), denominator: operand(den), what: 'ratio' });
  }
}
/** Between a figure and the multiple it is of another: ", about ", " at the end of December, about ". */
const RIGHT_BEFORE_RATIO = /^(?:[^;.\d,]{0,40},)?\s*(?:(?:or|was|were|is|are|about|roughly|some|nearly|almost|around|more\s+than|over)\s+)*$/i;
const RATIO_HINT = /\btimes\b|\bratio\b|-to-|\bfor\s+(?:every|each)\b|\b(?:factor|rate|utili[sz]ation)\s+of\b/i;
/** A rate the amounts before it make: ", giving a load factor of ", ", for a utilisation rate of ". */
const GIVING_RATE = /,\s*(?:giving|for|making|implying|putting)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){1,2}?(?:factor|rate|ratio|utili[sz]ation)\s+(?:of|at)\s+(?:about\s+|roughly\s+)?$/iu;
/** After a count per another: " posted for every truck", " for each vacancy". */
const FOR_EVERY = /^(?:\s+[\p{Ll}-]+){0,2}?\s+for\s+(?:every|each)\s+([\p{Ll}-]+)/u;
/** "1.9 times revenue", "3.3 times last year's revenue of". */
const TIMES_RATIO = /(?<![\d.,])(?<n>\d{1,2}(?:\.\d{1,2})?)\s+times\s+(?!as\b|more\b|higher\b|larger\b|bigger\b|greater\b|over\b|in\b|a\b|per\b|that\b|the\s+(?:previous|prior|rate|pace|level|amount|number)\b)/gi;
/** The subject of a linking verb before a ratio: "Orders were thus ". */
const LINKED = /(?:^|[,;:]\s*)((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:was|were|is|are|stood\s+at|came\s+to|ran\s+at|amounted\s+to)\s+(?:(?:thus|now|therefore|so|then|about|roughly|nearly|almost|some|around|just|more\s+than|over)\s+)*$/iu;
/** "book-to-bill ratio (orders over sales):", "ratio of orders to sales of", "orders-to-sales ratio was". */
const NAMED_RATIO =
  /\b(?:(?<a1>[\p{L}]+)-to-(?<b1>[\p{L}]+)(?:\s+ratio)?(?:\s*\([^()]{1,40}\))?|ratio\s+of\s+(?<a2>[\p{L}]+(?:\s[\p{L}]+)?)\s+to\s+(?<b2>[\p{L}]+(?:\s[\p{L}]+)?))(?:\s*:|\s+(?:of|was|is|stood\s+at|came\s+to|at|rose\s+to|fell\s+to|improved\s+to|slipped\s+to))?\s+(?:about\s+|roughly\s+)?$/iu;
/** Words of ratios the measure vocabulary does not hold ("book-to-bill"). */
const RATIO_WORDS: Readonly<Record<string, string>> = { book: 'orders', bill: 'revenue', bookings: 'orders', billings: 'revenue' };

/**
 * A level carried forward: "The fleet stood at 3.84 million TEU at the end of June. During the
 * quarter the company took delivery of 162,000 TEU … and sold 71,000 TEU …, leaving 3.95 million
 * TEU at the end of September"; "The backlog began the year at 4,760 buses, and with 1,590 orders
 * booked and 1,486 buses delivered it ended March at 4,930". The start, what was added and taken
 * away (in the end's sentence or the one before), and the end, all in one unit.
 */
function rollForwards(input: RelationInput, sentence: Sentence, frames: readonly Frame[], before: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const end of frames) {
    if ((end.role !== 'level' && !end.toLevel) || end.mode !== 'actual' || end.figure.kind === 'percentages') continue;
    if (!ROLLED_TO.test(text.slice(Math.max(sentence.start, end.figure.start - 40), end.figure.start))) continue;
    const alike = (f: Frame) => f !== end && f.figure.kind === end.figure.kind && f.figure.kind !== 'percentages' && f.mode === 'actual' && (compatibleUnits(f.figure, end.figure) || counts(f.figure, end.figure));
    // what moved it: this sentence before the end, then the sentence before (nearest first)
    const movers = [...frames.filter((f) => f.figure.end <= end.figure.start).reverse(), ...before].filter(alike);
    const plus: Frame[] = [];
    const minus: Frame[] = [];
    let start: Frame | undefined;
    for (const f of movers) {
      if (ROLLED_FROM.test(text.slice(Math.max(0, f.figure.start - 40), f.figure.start))) {
        start = f;
        break;
      }
      // (the words after the figure first, "1,486 buses delivered", then those before it back to the last figure or "and")
      const after = text.slice(f.figure.end, Math.min(text.length, f.figure.end + 24)).split(/[,;.]|\band\b|\d/)[0]!;
      const lead = text.slice(Math.max(0, f.figure.start - 30), f.figure.start).split(/[,;.]|\band\b|\d/).at(-1)!;
      const side = rollSide(after) ?? rollSide(lead);
      if (side === 'plus') plus.unshift(f);
      else if (side === 'minus') minus.unshift(f);
      else break;
    }
    // ("Danubia ended March with 9.84 million mobile customers, from 9.71 million at end-December, after adding 212,000 and
    // losing 157,000 during the quarter": the start right after the end, the movers after "after")
    if (!start && !plus.length && !minus.length) {
      const next = frames.find((f) => f.figure.start > end.figure.end);
      if (next && next.role === 'from' && alike(next) && /^[^;.\d]{0,40}\bfrom\s+$/i.test(text.slice(end.figure.end, next.figure.start))) {
        const rest = frames.filter((f) => f.figure.start > next.figure.end && alike(f));
        const clause = text.slice(next.figure.end, rest[0]?.figure.start ?? next.figure.end);
        if (rest.length >= 2 && /\bafter\s+(?:[\p{L}]+\s+)?$/iu.test(clause)) {
          for (const f of rest) {
            const lead = text.slice(Math.max(0, f.figure.start - 30), f.figure.start).split(/[,;.]|\band\b|\d/).at(-1)!;
            const side = rollSide(lead);
            if (side === 'plus') plus.push(f);
            else if (side === 'minus') minus.push(f);
          }
          if (plus.length + minus.length === rest.length) start = next;
        }
      }
    }
    if (!start || plus.length + minus.length === 0 || !plausibleRoll(start.figure.value, end.figure.value)) continue;
    out.push({ kind: 'rollforward', sentence, start: operand(start), plus: plus.map(operand), minus: minus.map(operand), end: operand(end) });
  }
}
/**
 * "Brightlens said it ended March with 412 stores, after opening 37 and closing 9 during the year, up from 391 a year
 * earlier"; "Keepwell bought 19 facilities and sold 7 in the quarter, taking the portfolio to 684 from 668": a roll-forward
 * whose start follows its end ("from 391"), its movers counted by verbs anywhere in the sentence, small bare counts too.
 */
function rollForwardsFromAfter(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  const st = text.slice(sentence.start, sentence.end);
  const counted = (at: number, written: string, like?: Figure): Operand | null => {
    const own = frames.find((f) => f.figure.start === at);
    if (own) return own.figure.kind === 'quantities' && !PHYSICAL.test((own.figure.mention as Quantity).unit) ? operand(own) : null;
    // (small counts in words: "opened four stores and bought five")
    const value = COUNT_WORDS[written.toLowerCase()] ?? Number(written.replace(/,/g, ''));
    return like && Number.isFinite(value) ? { figure: countFigure(text, at, written, value, like) } : null;
  };
  ROLLED_TO_COUNT.lastIndex = 0;
  for (const e of st.matchAll(ROLLED_TO_COUNT)) {
    const endAt = sentence.start + e.index! + e[0].length - e[1]!.length;
    const like = frames.find((f) => f.figure.kind === 'quantities')?.figure;
    const end = counted(endAt, e[1]!, like);
    if (!end || out.some((r) => r.kind === 'rollforward' && r.end.figure.start === endAt)) continue;
    const f = FROM_COUNT_AFTER.exec(text.slice(end.figure.end, sentence.end));
    // (or the start before it: "Sandia started the quarter with 1,846 locomotives, bought 64 and sold or scrapped 37, ending the year with 1,893")
    const opened = f ? undefined : frames.find((g) => g.figure.end <= end.figure.start && g.role === 'level' && g.figure.kind === 'quantities' && ROLLED_FROM.test(text.slice(Math.max(sentence.start, g.figure.start - 40), g.figure.start)));
    if (!f && !opened) continue;
    const start = f ? counted(end.figure.end + f.index + f[0].length - f[1]!.length, f[1]!, end.figure) : operand(opened!);
    if (!start) continue;
    const plus: Operand[] = [];
    const minus: Operand[] = [];
    let other = false;
    ROLL_VERB_COUNT.lastIndex = 0;
    for (const m of st.matchAll(ROLL_VERB_COUNT)) {
      const at = sentence.start + m.index! + m[0].length - m[2]!.length;
      if (at === end.figure.start || at === start.figure.start) continue;
      // (a mover in another unit, "bought 19 facilities for $410 million", is no count of the stock)
      const mover = counted(at, m[2]!, end.figure);
      if (!mover) {
        other = true;
        continue;
      }
      (ROLL_PLUS.test(m[1]!) ? plus : minus).push(mover);
    }
    if (other || plus.length + minus.length < 2 || !plausibleRoll(start.figure.value, end.figure.value)) continue;
    out.push({ kind: 'rollforward', sentence, start, plus, minus, end });
  }
}
/** The end of a roll-forward and its count: "it ended March with 412", "taking the portfolio to 684". */
const ROLLED_TO_COUNT = /\b(?:ending\s+(?:[\p{L}]+\s+){0,3}?(?:at|with|on)|leaving(?:\s+it\s+(?:at|with))?|taking\s+(?:it|the\s+[\p{L}-]+)\s+to|(?:it|the\s+[\p{L}-]+)\s+(?:ended|closed|finished)\s+(?:[\p{L}]+\s+){0,3}?(?:at|with|on)|bringing\s+(?:it|the\s+[\p{L}-]+)\s+to)\s+(\d{1,3}(?:,\d{3})+|\d{1,4})(?![\d.,]\d|\s*%)/giu;
/** After a roll-forward's end, its start: ", up from 391", " from 668". */
const FROM_COUNT_AFTER = /^[^;.]{0,80}?\bfrom\s+(\d{1,3}(?:,\d{3})+|\d{1,4})(?![\d.,]\d|\s*%)/u;
/** A verb that adds to or takes from a stock, and the count right after it ("opening 37", "sold 7", "bought 19 facilities"). */
const ROLL_VERB_COUNT = /\b(opened|opening|added|adding|bought|buying|acquired|acquiring|built|building|hired|hiring|closed|closing|sold|selling|shut|shutting|disposed\s+of|disposing\s+of|exited|exiting|lost|losing|scrapped|retired|(?:sold|leased)\s+or\s+(?:scrapped|retired))\s+(?:another\s+|a\s+further\s+)?(\d{1,3}(?:,\d{3})+|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\d.,]\d|\s*%|\s*(?:pct|per\s*cent|percent)\b)/gi;

/** The end of a roll-forward: "leaving ", "it ended March at ", "bringing it to ", "taking the portfolio to ", "to end the year with ". */
const ROLLED_TO = /\b(?:(?:ended|ending)\s+(?:[\p{L}]+\s+){0,3}?with|leaving(?:\s+it\s+(?:at|with)|\s+the)?|left(?:\s+it\s+(?:at|with))?|taking\s+(?:it|the\s+[\p{L}-]+)\s+to|(?:it|the\s+[\p{L}-]+)\s+(?:ended|closed|finished)\s+(?:[\p{L}]+\s+){0,3}?(?:at|with|on)|bringing\s+(?:it|the\s+[\p{L}-]+)\s+to|to\s+end\s+(?:[\p{L}]+\s+){0,3}?(?:at|with))\s+(?:about\s+|some\s+)?$/iu;
/** The start: "stood at ", "began the year at ", "started the quarter with ". */
const ROLLED_FROM = /\b(?:stood\s+at|began\s+(?:[\p{L}]+\s+){0,3}?(?:at|with)|started\s+(?:[\p{L}]+\s+){0,3}?(?:at|with)|opened\s+(?:[\p{L}]+\s+){0,3}?(?:at|with))\s+(?:about\s+|some\s+)?$/iu;
/** What adds to a stock: deliveries taken, orders booked, purchases, additions. */
const ROLL_PLUS = /\b(?:took\s+delivery\s+of|received|bought|buying|acquired|acquiring|added|adding|booked|ordered|won|signed|new\s+orders|orders\s+booked|built|building|opened|opening|hired|hiring|raised|issued|inflows?)\b/i;
/** What takes from it: sales, retirements, deliveries made, closures. */
const ROLL_MINUS = /\b(?:sold|selling|retired|scrapped|disposed\s+of|delivered|deliveries|shipped|completed|cancell?ed|written\s+off|wrote\s+off|redeemed|repaid|closed|closing|shut|lost|losing|outflows?|redemptions|withdrawals|removed|removing|deducted|deducting|subtracted|subtracting)\b/i;
/** Which side of a roll-forward the words around a figure put it on. */
const rollSide = (words: string): 'plus' | 'minus' | null => (ROLL_PLUS.test(words) ? 'plus' : ROLL_MINUS.test(words) ? 'minus' : null);
/** A roll-forward's end within half of its start either way. */
const plausibleRoll = (a: number, b: number) => a > 0 && b > 0 && b / a <= 1.5 && a / b <= 1.5;

// ---------------------------------------------------------------------------------------
// sums

const TOTAL_CUE = /\b(?:total(?:l?ed|l?ing|s)?|in\s+total|combined|together|altogether|collectively|in\s+all|overall|aggregate|sum|all\s+told|entire|whole)\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, both: 2 };
const ANNOUNCED = /\b(two|three|four|five|six|seven|eight|nine|ten|both|\d{1,2})\s+(?:[\p{L}-]+\s+){0,3}?(?:operations|mines|plants|units|days|months|quarters|segments|divisions|businesses|regions|markets|funds|products|countries|members|producers|sites|lanes|routes|factories|subsidiaries|brands|categories|channels|sources|stages|tranches|payments|instalments|installments|auctions|deals|companies|banks|parts|components|lines|types|groups)\b/iu;

function sums(input: RelationInput, sentence: Sentence, index: number, frames: readonly Frame[], framesOf: (i: number) => Frame[], out: Relation[]): void {
  const { text } = input;
  const st = text.slice(sentence.start, sentence.end);
  const levels = frames.filter((f) => (f.role === 'level' || f.toLevel) && f.mode === 'actual');
  // (1) parts before a total that sums them: "A in July, B in August and C in September, bringing the quarter's total to T"
  for (const total of levels) {
    const before = text.slice(sentence.start, total.figure.start);
    if (!SUMMED_BY.test(before.slice(-70))) continue;
    const parts = listBefore(text, frames, total);
    // (ratios add up only where the story says they do: "a loss ratio of 68.9% and an expense ratio of 27.4%, which adds up to a combined ratio of 94.1%")
    const ratios = total.figure.unit === 'percent' && ADDED_RATIOS.test(before.slice(-90));
    if (parts.length >= 2 && (total.figure.unit !== 'percent' || ratios)) out.push({ kind: 'sum', sentence, total: operand(total), parts: parts.map((p) => (operand(p))), complete: true });
  }
  // "The combined ratio … worsened to 104.6 pct from 96.1 pct. The loss ratio was 74.9 pct and the expense ratio 27.3 pct":
  // an insurer's combined ratio is its loss and expense ratios added
  const combined = levels.find((f) => f.figure.unit === 'percent' && /\bcombined\s+ratio\b/i.test(text.slice(sentence.start, f.figure.start)));
  const nextSentence = input.sentences[index + 1];
  if (combined && nextSentence && nextSentence.paragraph <= sentence.paragraph + 1) {
    const st2 = text.slice(nextSentence.start, nextSentence.end);
    const parts = framesOf(index + 1).filter((f) => f.figure.unit === 'percent' && f.mode === 'actual' && /\bratio\s+(?:was|of|at|stood\s+at|came\s+in\s+at)?\s*$/i.test(text.slice(Math.max(nextSentence.start, f.figure.start - 30), f.figure.start)));
    if (parts.length === 2 && /\bloss\s+ratio\b/i.test(st2) && /\bexpense\s+ratio\b/i.test(st2) && !/\bcombined\b/i.test(st2)) {
      out.push({ kind: 'sum', sentence, total: operand(combined), parts: parts.map((p) => (operand(p))), complete: true });
    }
  }
  // (1c) "… $236 million, … $118 million and … $74 million. Together, the three leaders drew $468 million": the
  // sentence before lists the parts; complete when it says how many, or lists just those
  const together = /^\s*(?:together|combined|collectively|in\s+all|all\s+told|between\s+them)\b,?\s+/i.exec(st);
  const previousSentence = input.sentences[index - 1];
  // (the total: the first level the parts' unit fits, not the count of "the three funds")
  const listed = together && previousSentence && previousSentence.paragraph === sentence.paragraph ? framesOf(index - 1).filter((f) => f.role === 'level' && f.mode === 'actual') : [];
  const total = levels.find((t) => t.figure.kind !== 'quantities' || !/^(?:two|three|four|five|six|seven|eight|nine|ten)\b/i.test(t.figure.text));
  if (total && listed.length >= 2) {
    const parts = listed.filter((f) => compatibleUnits(f.figure, total.figure));
    const announced = /\bthe\s+(two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(text.slice(sentence.start, total.figure.start));
    const count = announced ? COUNT_WORDS[announced[1]!.toLowerCase()]! : null;
    if (parts.length >= 2 && isList(text, parts) && (count === null || count === parts.length) && total.figure.unit !== 'percent') {
      out.push({ kind: 'sum', sentence, total: operand(total), parts: parts.map((p) => (operand(p))), complete: true });
    }
  }
  // (1b) "Of its 9.84 million subscribers, 6.12 million are on contracts and 3.12 million prepaid": the whole opens the
  // sentence; the list is complete only when it ends with the rest ("and the remaining 1.2 million")
  const stated = frames.filter((f) => f.role === 'level' && f.mode !== 'hypothetical');
  const opening = /^\s*(?:[Oo]f|[Oo]ut\s+of)(?:\s+(?:the|its|their|this|that|these|those|our|his|her))?\s+$/.exec(text.slice(sentence.start, stated[0]?.figure.start ?? sentence.start));
  if (opening && stated.length >= 3) {
    const total = stated[0]!;
    const comma = text.indexOf(',', total.figure.end);
    const parts = stated.slice(1).filter((f) => comma >= 0 && f.figure.start > comma && compatibleUnits(f.figure, total.figure));
    if (comma >= 0 && comma - total.figure.end <= 60 && parts.length >= 2 && isList(text, parts) && total.figure.unit !== 'percent') {
      const complete = /\b(?:the\s+(?:remaining|rest|remainder|balance|other)|the\s+others?)\s+$/i.test(text.slice(Math.max(sentence.start, parts.at(-1)!.figure.start - 30), parts.at(-1)!.figure.start));
      out.push({ kind: 'sum', sentence, total: operand(total), parts: parts.map((p) => (operand(p))), complete });
    }
  }
  // (3) a list that ends with the rest ("North America contributed $512 million, Europe $214 million and all other markets
  // $119 million"; "… and compound rubber the remaining 12,500 tonnes") covers a whole the story stated shortly before: the
  // nearest level of that unit in the four sentences before, above every part and within a quarter of their sum
  // (or a forecast's parts, each forecast: "Saudi Arabia will take 187,000 bpd of the increase and Russia 114,000 bpd, with …
  // the remaining 128,000 bpd")
  const actualLevels = frames.filter((f) => f.role === 'level' && f.mode === 'actual');
  const listedLevels = actualLevels.length ? actualLevels : frames.filter((f) => f.role === 'level' && f.mode === 'forecast');
  const partsMode = listedLevels[0]?.mode ?? 'actual';
  // (a forecast's parts "of the increase" divide the increase itself, a change)
  const ofTheMove = partsMode === 'forecast' && /\bof\s+the\s+(?:increase|rise|hike|cut|reduction|addition)\b/i.test(text.slice(sentence.start, sentence.end));
  const last = listedLevels.at(-1);
  // ("Trade paint … brought in £201.5m, … while retail DIY sales fell 9.7% to £126.8m. Industrial coatings … made up the rest,
  // £24.4m": the rest alone in its sentence ends the list of the sentence before)
  const restAlone = last && listedLevels.length === 1 && index > 0 && REST_ALONE.test(text.slice(Math.max(sentence.start, last.figure.start - 40), last.figure.start)) && input.sentences[index - 1]!.paragraph >= sentence.paragraph - 1;
  const carried = restAlone ? framesOf(index - 1).filter((f) => (f.role === 'level' || f.toLevel) && f.mode === 'actual' && !f.qualifiers.vintage && compatibleUnits(f.figure, last!.figure)) : [];
  if (last && (listedLevels.length >= 2 || carried.length >= 2) && last.figure.unit !== 'percent' && (carried.length >= 2 || REST_CUE.test(text.slice(Math.max(sentence.start, last.figure.start - 40), last.figure.start)))) {
    const same = carried.length >= 2 ? [...carried, last] : listedLevels.filter((f) => compatibleUnits(f.figure, last.figure));
    const parts: Frame[] = [last];
    // (a contrast joins the list's members too: "China fell to 11,240 cars, while Europe took 19,870 and … the remaining 4,160")
    const joined = (a: Frame, b: Frame) => isList(text, [a, b]) || /^,\s*(?:while|whereas|with)\s+(?:the\s+)?[\p{Lu}][^,;.]{0,40}$/u.test(text.slice(a.figure.end, b.figure.start));
    for (let k = same.length - 2; k >= 0 && (carried.length >= 2 || joined(same[k]!, parts[0]!)); k--) parts.unshift(same[k]!);
    const sum = parts.reduce((a, p) => a + p.figure.value, 0);
    const max = Math.max(...parts.map((p) => p.figure.value));
    // (not an earlier period's figure beside the whole: "Revenue: £342.7m (H1 2025: £351.9m)")
    const fits = (f: Frame) => (f.role === 'level' || f.toLevel || (ofTheMove && f.role === 'change' && f.change !== 'points')) && f.mode === partsMode && !f.qualifiers.vintage && !PRIOR_LABEL.test(text.slice(Math.max(0, f.figure.start - 30), f.figure.start)) && (compatibleUnits(f.figure, last.figure) || (counts(f.figure, last.figure) && Boolean(f.measure) && f.measure === last.measure)) && f.figure.value > max && f.figure.value >= 0.8 * sum && f.figure.value <= 1.25 * sum;
    // (a whole earlier in the list's own sentence answers for it: "Revenue fell 3.8 pct to 312.6 mln dlrs …, with North American
    // sales of 231.9 mln dlrs and international sales making up the remaining 80.7 mln dlrs")
    const ownWhole = frames.some((f) => f.figure.end <= parts[0]!.figure.start && !parts.includes(f) && fits(f));
    let whole: Frame | undefined;
    let wholeAt = index;
    for (let k = index - (carried.length >= 2 ? 2 : 1); k >= Math.max(0, index - (carried.length >= 2 ? 6 : 4)) && !whole && !ownWhole; k--) {
      // (of a sentence's candidates, the one nearest the parts' sum: "fetched HK$86.4 million, 27% more than the HK$71.2 million")
      whole = framesOf(k)
        .filter(fits)
        .sort((a, b) => Math.abs(a.figure.value - sum) - Math.abs(b.figure.value - sum))[0];
      wholeAt = k;
    }
    // a candidate that is one more part of a whole stated before it is no whole ("The Zagreb market accounted for 228.4 mln
    // euros … Ljubljana took 131.7 mln euros and Sarajevo the remaining 52.5 mln euros" of 412.6 mln)
    if (whole) {
      const withIt = whole.figure.value + sum;
      for (let k = wholeAt; k >= Math.max(0, wholeAt - 4) && whole; k--) {
        if (framesOf(k).some((f) => f !== whole && f.figure.start < whole!.figure.start && compatibleUnits(f.figure, last.figure) && Math.abs(f.figure.value - withIt) <= 0.005 * withIt)) whole = undefined;
      }
    }
    // (told on the whole's sentence, as a total its parts contradict)
    if (parts.length >= 2 && whole && !out.some((r) => r.kind === 'sum' && r.parts.some((p) => p.figure === last.figure))) {
      out.push({ kind: 'sum', sentence: input.sentences[wholeAt]!, total: operand(whole), parts: parts.map((p) => (operand(p))), complete: true });
    }
  }
  // (3b) "Total loans ended the year at 31.6 bln dlrs … Commercial loans made up 18.2 bln dlrs of the book, consumer loans 6.1 bln and
  // residential mortgages 8.3 bln": parts of a whole the sentence before stated ("of the book"), not said to be all of it, but never more
  const firstPart = listedLevels[0];
  if (firstPart && index > 0 && listedLevels.length >= 2 && firstPart.segment.includes('part') && OF_THE_WHOLE.test(text.slice(firstPart.figure.end, firstPart.figure.end + 30)) && !out.some((r) => r.kind === 'sum' && r.parts.some((p) => p.figure === firstPart.figure))) {
    const parts = listedLevels.filter((f) => compatibleUnits(f.figure, firstPart.figure) && f.figure.unit !== 'percent');
    if (parts.length >= 2 && parts[0] === firstPart && isList(text, parts) && input.sentences[index - 1]!.paragraph >= sentence.paragraph - 1) {
      const sum = parts.reduce((a, p) => a + p.figure.value, 0);
      const max = Math.max(...parts.map((p) => p.figure.value));
      const whole = framesOf(index - 1)
        .filter((f) => (f.role === 'level' || f.toLevel) && f.mode === 'actual' && !f.qualifiers.vintage && compatibleUnits(f.figure, firstPart.figure) && f.figure.value > max && f.figure.value >= 0.5 * sum && f.figure.value <= 1.5 * sum)
        .sort((a, b) => Math.abs(a.figure.value - sum) - Math.abs(b.figure.value - sum))[0];
      if (whole) out.push({ kind: 'sum', sentence, total: operand(whole), parts: parts.map((p) => operand(p)), complete: false });
    }
  }
  // (3c) "delivered 38,420 trucks worldwide in the quarter: 21,960 in North America, 10,840 in Europe and 4,620 in South America":
  // a total and, after a colon, the list of its parts to the sentence's end
  for (const total of levels) {
    if (total.role !== 'level' || total.figure.unit === 'percent' || out.some((r) => r.kind === 'sum' && r.total.figure === total.figure)) continue;
    const colon = /^[^:;.\d]{0,60}:\s*$/.exec(text.slice(total.figure.end, (frames.find((f) => f.figure.start > total.figure.end)?.figure.start ?? total.figure.end)));
    if (!colon) continue;
    const parts = frames.filter((f) => f.figure.start > total.figure.end && f.role === 'level' && f.mode === total.mode && compatibleUnits(f.figure, total.figure));
    const all = frames.filter((f) => f.figure.start > total.figure.end);
    if (parts.length < 2 || parts.length !== all.length || !isList(text, parts) || parts.some((p) => p.figure.value >= total.figure.value)) continue;
    // (not a roll-forward spelled out: ": 31,850 at the end of June, plus the 2,846 shipped, minus 1,120 retired")
    if (/\b(?:plus|minus|less|net\s+of|at\s+the\s+(?:end|start)\s+of)\b/i.test(text.slice(total.figure.end, sentence.end))) continue;
    out.push({ kind: 'sum', sentence, total: operand(total), parts: parts.map((p) => operand(p)), complete: true });
  }
  // (4) "Buses delivered: 1,486 (transit 912, school 521, coach 73)": a breakdown in brackets right after the total, each
  // part a bare number with its label, in the total's scale; complete (brackets that list only some say "including")
  for (const total of levels) {
    if (total.role !== 'level' || total.figure.unit === 'percent') continue;
    const bracket = BRACKETED.exec(text.slice(total.figure.end, Math.min(sentence.end, total.figure.end + 200)));
    if (!bracket) continue;
    const from = total.figure.end + bracket[0].length - bracket[1]!.length - 1;
    const parts: Operand[] = [];
    let ok = true;
    BRACKET_ITEM.lastIndex = 0;
    let at = 0;
    for (let m = BRACKET_ITEM.exec(bracket[1]!); m && ok; m = BRACKET_ITEM.exec(bracket[1]!)) {
      // items joined by commas or "and", nothing else between them
      if (!/^\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)?$/.test(bracket[1]!.slice(at, m.index))) ok = false;
      at = m.index + m[0].length;
      const label = (m[1] ?? m[4])!;
      const digits = (m[2] ?? m[3])!;
      if (BRACKET_LABEL_NOT.test(label)) ok = false;
      const start = from + m.index + m[0].indexOf(digits);
      parts.push({ figure: synthetic(text, start, start + digits.length, Number(digits.replace(/,/g, '')) * scaleOf(total.figure), total.figure) });
    }
    if (!ok || at < bracket[1]!.trimEnd().length || parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.figure.value, 0);
    if (parts.some((p) => p.figure.value >= total.figure.value) || sum < 0.5 * total.figure.value || sum > 1.5 * total.figure.value) continue;
    out.push({ kind: 'sum', sentence, total: operand(total), parts, complete: true });
  }
  // (5) "Handlers shipped 248.6 million pounds in the month, 71.3 million pounds to domestic buyers and 181.3 million pounds
  // abroad": after a comma, the total's parts, each with where it went, make up the whole sentence's rest
  for (const total of levels) {
    if (total.role !== 'level' || total.figure.unit === 'percent') continue;
    const after = frames.filter((f) => f.figure.start > total.figure.end && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && compatibleUnits(f.figure, total.figure));
    // (the total is no list member itself: "$6.2 billion for transmission, $4.9 billion for …")
    // (nothing between the total and the comma but its period: "in the month", "last season"; and the total no part itself)
    if (after.length < 2 || after[0]!.figure.start - total.figure.end > 60 || !TOTAL_PERIOD_THEN_COMMA.test(text.slice(total.figure.end, after[0]!.figure.start)) || /(?:,|\band|\bincluding|\bof\s+which)\s*$/i.test(text.slice(Math.max(sentence.start, total.figure.start - 14), total.figure.start))) continue;
    const ok = after.every((p, k) => k === after.length - 1 || (after[k + 1]!.figure.start - p.figure.end <= 80 && DESTINATION_THEN_NEXT.test(text.slice(p.figure.end, after[k + 1]!.figure.start))));
    if (!ok || !DESTINATION_TO_END.test(text.slice(after.at(-1)!.figure.end, sentence.end))) continue;
    if (out.some((r) => r.kind === 'sum' && r.total.figure === total.figure)) continue;
    out.push({ kind: 'sum', sentence, total: operand(total), parts: after.map(operand), complete: true });
  }
  // (2) a total whose parts follow: in this sentence after a breakdown cue, in the next sentence, or in the list lines after a colon
  for (const total of levels) {
    if (total.role !== 'level') continue;
    const clauseEnd = text.slice(total.figure.end, sentence.end);
    const totalWords = `${text.slice(Math.max(sentence.start, total.figure.start - 60), total.figure.start)} ${clauseEnd.slice(0, 40)}`;
    const cued = TOTAL_CUE.test(totalWords);
    const announced = ANNOUNCED.exec(st);
    const count = announced ? (COUNT_WORDS[announced[1]!.toLowerCase()] ?? Number(announced[1])) : null;
    const colon = /:\s*$/.test(st.trim()) && /^[^.;]*$/.test(clauseEnd);
    const coordinated = total.owner?.includes(' + ') ? total.owner.split(' + ').length : null;
    let parts: Frame[] = [];
    let complete = false;
    // in the same sentence: "a total of $T, with $A from … and $B from …"
    const inSentence = frames.filter((f) => f.figure.start > total.figure.end && compatibleUnits(f.figure, total.figure) && f.role === 'level');
    const breakdown = /^[^,;:]{0,32}?(?:,\s*(?:with|led\s+by)|(?:,\s*|\s)(?:including|of\s+which|comprising|consisting\s+of|made\s+up\s+of|split\s+(?:between|among|across)|divided\s+(?:between|among)|broken\s+down\s+(?:as|into)|splits?\s+into|divided\s+into|breaks?\s+down\s+(?:as|into)|goes?\s+to|went\s+to))\b|^[^,;:]{0,32}:\s/i;
    const inList = (f: Frame) => frames.some((g) => g !== f && g.figure.end <= f.figure.start && compatibleUnits(g.figure, f.figure) && isList(text, [g, f]));
    if (inSentence.length >= 2 && !inList(total) && breakdown.test(text.slice(total.figure.end, inSentence[0]!.figure.start)) && isList(text, inSentence)) {
      parts = inSentence;
      // (complete when the words say so, or when the sentence announces as many parts as it lists: "The three plants … a combined 61,500 units: …")
      complete = /\b(?:comprising|consisting\s+of|made\s+up\s+of|split\s+(?:between|among|across)|divided\s+(?:between|among)|broken\s+down\s+(?:as|into)|splits?\s+into|divided\s+into|breaks?\s+down\s+(?:as|into))\b/i.test(text.slice(total.figure.end, inSentence[0]!.figure.start)) || (count !== null && count === inSentence.length) ||
        // "…: 3.12 billion pesos against jewellery, 1.08 billion against phones and 440 million pesos against other items"
        (/^[^,;:]{0,32}:\s/.test(text.slice(total.figure.end, inSentence[0]!.figure.start)) && REST_AFTER.test(text.slice(inSentence.at(-1)!.figure.end, Math.min(sentence.end, inSentence.at(-1)!.figure.end + 40))));
    } else if (cued || colon || count || coordinated || nextAnnounces(input, index, total)) {
      // the next sentence, or the list lines after a colon
      const next = input.sentences[index + 1];
      if (next && (next.paragraph === sentence.paragraph || next.paragraph === sentence.paragraph + 1)) {
        const following = framesOf(index + 1).filter((f) => compatibleUnits(f.figure, total.figure) && (f.role === 'level' || f.toLevel) && f.mode === 'actual');
        if (colon) {
          // list lines: one figure each, while the lines are short
          const items: Frame[] = [];
          for (let k = index + 1; k < input.sentences.length; k++) {
            const s = input.sentences[k]!;
            const line = text.slice(input.paragraphs[s.paragraph]!.start, input.paragraphs[s.paragraph]!.end);
            if (s.paragraph === sentence.paragraph || line.length > 160) break;
            // (a bracket's figure is another period's: "Aster compact SUV: 21,300 (Q2 2024: 24,800)")
            const fs = framesOf(k).filter((f) => compatibleUnits(f.figure, total.figure) && f.role === 'level' && !/\([^()]*$/.test(text.slice(Math.max(s.start, f.figure.start - 30), f.figure.start)));
            if (fs.length !== 1) break;
            items.push(fs[0]!);
          }
          parts = items;
        } else if (following.length >= 2 && isList(text, following) && (refersBack(text, next) || (count !== null && count === following.length) || coordinated !== null)) {
          // (a next sentence that refers back and says how many: "the money was deployed on three days: A, B and C")
          parts = following;
        }
        if (parts.length >= 2) complete = (count !== null && count === parts.length) || (coordinated !== null && coordinated === parts.length) || /\bentire|whole|all\s+of\b/i.test(totalWords) || nextAnnounces(input, index, total) === parts.length;
      }
    }
    if (parts.length < 2) continue;
    if (parts.some((p) => p === total)) continue;
    // (a part larger than its whole is another figure: "… and now holds $391 million of assets" after "took in $44.2 million")
    if (parts.some((p) => p.figure.value > total.figure.value && p.figure.value > 0)) continue;
    // shares in a list are most often shares of one whole, side by side ("45 pct by the smallest banks, with
    // 30 pct by …"), not parts of the first: only a breakdown said in words ("of which", "comprising") sums them
    if (total.figure.unit === 'percent' && !complete && !/\bof\s+which\b/i.test(text.slice(total.figure.end, parts[0]!.figure.start))) continue;
    // a net total is no sum of gross parts ("net outflows totalled $1.7 billion, with $1.8 billion leaving US funds …")
    if (total.qualifiers.gross === 'net' && !complete) continue;
    out.push({ kind: 'sum', sentence, total: operand(total), parts: parts.map((p) => (operand(p))), complete });
  }
}

/**
 * "Japan … spent 8.64 trillion yen …. Data released by the ministry show the money was deployed on three days: A, B and C":
 * the count of parts the next sentence announces when it refers back to this one and lists that many; else null.
 */
function nextAnnounces(input: RelationInput, index: number, total: Frame): number | null {
  const next = input.sentences[index + 1];
  if (!next || next.paragraph > input.sentences[index]!.paragraph + 1 || !refersBack(input.text, next)) return null;
  const m = /\b(?:on|in|over|across|into|between|among)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+[\p{L}-]+\s*:/iu.exec(input.text.slice(next.start, next.end));
  if (!m) return null;
  const n = COUNT_WORDS[m[1]!.toLowerCase()]!;
  const listed = input.frames.filter((f) => f.sentenceIndex === index + 1 && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && compatibleUnits(f.figure, total.figure));
  return listed.length === n ? n : null;
}

/** Right after a total, words of its unit and a bracket ("1,486 (transit 912, …)", "61,500 units (…)"): the bracket's content. */
const BRACKETED = /^(?:\s+[\p{L}-]+){0,2}?\s*\(([^()]{5,160})\)/u;
/** One labelled bare number in a bracket: "transit 912", "school buses 521", "912 transit". */
const BRACKET_ITEM = /([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})\s+(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d%\p{L}])|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})(?=\s*(?:[,;)]|\s+and\b|$))/gu;
/** Labels that make a bracket no breakdown: times, comparisons, partial lists, shares. */
const BRACKET_LABEL_NOT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|q[1-4]|quarter|year|half|including|includes|of\s+which|mainly|mostly|such\s+as|led\s+by|up|down|from|to|vs|versus|against|previously|earlier|ago|last|was|were|pct|percent|per|cent|a|an|the|about|some|over|nearly|top|rank\w*|no|number|page|item|section|ex|est)\b/i;

/** The multiplier a figure's written scale word stands for ("$612.4 million": 1e6; "1,486": 1). */
function scaleOf(f: Figure): number {
  const written = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/.exec(f.text);
  const n = written ? Number(written[1]!.replace(/,/g, '')) : 0;
  return n > 0 && Number.isFinite(f.value / n) ? Math.round((f.value / n) * 1e6) / 1e6 : 1;
}

/** "Of the 44 lots offered, 38 found buyers, a ": the whole (group 1) and the part (group 2) a rate after them divides. */
const OF_THE_N_THEN_M = /^\s*(?:Of|Out\s+of)\s+(?:the|its|their)\s+(\d{1,3}(?:,\d{3})*)\s+[^,;.]{1,50},\s*(\d{1,3}(?:,\d{3})*)\s+[^,;.]{1,50},\s*(?:a|an|for\s+an?|giving\s+an?)\s+(?:[\p{L}-]+\s+){0,2}(?:rate|ratio|share|proportion)\s+of\s+(?:about\s+|roughly\s+)?$/iu;

/** "Of the 44 lots offered, 38 found buyers, a sell-through rate of 78%": the rate is the part over the whole. */
function openingRates(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const rate of frames) {
    if (rate.figure.unit !== 'percent' || rate.mode !== 'actual') continue;
    // (a sentence that opens so is short before its rate)
    if (rate.figure.start - sentence.start > 200) continue;
    const m = OF_THE_N_THEN_M.exec(text.slice(sentence.start, rate.figure.start));
    if (!m) continue;
    const [whole, part] = [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
    if (!(part < whole)) continue;
    const wholeAt = sentence.start + m[0].indexOf(m[1]!);
    const partAt = sentence.start + m[0].indexOf(m[2]!, m[0].indexOf(',') + 1);
    const like: Figure = { ...rate.figure, kind: 'quantities', unit: 'count' };
    out.push({ kind: 'share', sentence, share: operand(rate), part: { figure: synthetic(text, partAt, partAt + m[2]!.length, part, like) }, total: { figure: synthetic(text, wholeAt, wholeAt + m[1]!.length, whole, like) } });
  }
}

/** "Transactions averaged 652,000 a day over the quarter's 92 days": group 1, what averaged; 2, the days. */
const DAILY_OVER = /^\s*(?:a|per)\s+(?:day|session|trading\s+day)\s+(?:over|across|in|during)\s+(?:the\s+)?(?:[\p{L}]+['’]s\s+)?(\d{1,3})\s+(?:trading\s+)?(?:days|sessions)\b/iu;

/**
 * "Transactions averaged 652,000 a day over the quarter's 92 days" after "Toll transactions: 61.8 million": a daily
 * average over a number of days the sentence gives is the period's total of the thing averaged, over those days.
 */
function dailyAverages(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const avg of frames) {
    if (avg.mode !== 'actual' || avg.figure.unit === 'percent' || avg.figure.mention.valueHigh !== undefined) continue;
    const over = DAILY_OVER.exec(text.slice(avg.figure.end, Math.min(sentence.end, avg.figure.end + 80)));
    if (!over) continue;
    // what averaged: the subject before the verb ("Transactions averaged")
    const subject = /(?:^|[.;:]\s*)(?:the\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]{4,})\s+(?:averaged|ran\s+at|came\s+to)\s+(?:about\s+|some\s+|roughly\s+)?$/iu.exec(text.slice(sentence.start, avg.figure.start));
    if (!subject) continue;
    const word = stem5(subject[1]!);
    const totals = input.frames.filter((f) => {
      if (f === avg || f.mode !== 'actual' || (f.role !== 'level' && !f.toLevel) || f.figure.kind !== avg.figure.kind || f.figure.value <= avg.figure.value) return false;
      if (f.figure.kind === 'money' && currencyOf(f.figure) !== currencyOf(avg.figure)) return false;
      return stemsNear(input, f, 60).has(word) && f.figure.start < avg.figure.start && !/\([^()]*$/.test(text.slice(Math.max(0, f.figure.start - 30), f.figure.start));
    });
    const total = totals.at(-1);
    if (!total) continue;
    const days = Number(over[1]);
    const at = avg.figure.end + over[0].indexOf(over[1]!, over[0].search(/\d/));
    const count = countFigure(text, at, over[1]!, days, avg.figure);
    // (a near-miss only: a total of another period is no total of these days)
    const implied = avg.figure.value * days;
    if (implied < 0.8 * total.figure.value || implied > 1.25 * total.figure.value) continue;
    out.push({ kind: 'product', sentence, count: { figure: count }, price: operand(avg), total: operand(total) });
  }
}

// ---------------------------------------------------------------------------------------
// growth bridges

/** Before a contribution that takes away from growth: "currency moves taking away ", "a stronger euro knocking off ". */
const TAKES_AWAY = /\b(?:taking\s+away|took\s+away|takes\s+away|subtract(?:ing|ed|s)?|knock(?:ing|ed|s)?\s+off|shav(?:ing|ed|es)\s+off|reduc(?:ing|ed|es)\s+(?:it|growth|sales)?\s*by|cut(?:ting|s)?\s+(?:it|growth|sales)?\s*by|weigh(?:ing|ed|s)\s+(?:by|on\s+it\s+by)|dragg?(?:ing|ed|s)?\s+(?:it\s+)?(?:down\s+)?by|minus|negative|lower\s+by)\s+(?:about\s+|some\s+|roughly\s+)?$/i;

/**
 * "Sales rose 5.2%, with higher volumes contributing 3.1 percentage points, price increases 1.4 points and currency moves
 * taking away 0.9 points": the contributions to a growth rate, in points, add up to it (those that take away, less).
 */
function bridges(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const growth of frames) {
    if (growth.role !== 'change' || growth.change !== 'relative' || growth.figure.unit !== 'percent' || growth.mode !== 'actual') continue;
    const points = frames.filter((f) => f.figure.start > growth.figure.end && f.figure.kind === 'quantities' && /^(?:pp|points)$/.test((f.figure.mention as Quantity).unit));
    if (points.length < 2 || !/^[^;.]{0,30}?,\s*(?:with|of\s+which)\s/i.test(text.slice(growth.figure.end, points[0]!.figure.start))) continue;
    // (joined as one list, nothing but its own words between them)
    if (points.some((p, k) => k > 0 && /[;.]\s/.test(text.slice(points[k - 1]!.figure.end, p.figure.start)))) continue;
    const plus: Frame[] = [];
    const minus: Frame[] = [];
    for (const p of points) (TAKES_AWAY.test(text.slice(Math.max(sentence.start, p.figure.start - 30), p.figure.start)) ? minus : plus).push(p);
    if (!plus.length) continue;
    out.push({ kind: 'rollforward', sentence, start: operand(plus[0]!), plus: plus.slice(1).map(operand), minus: minus.map(operand), end: operand(growth) });
  }
}

// ---------------------------------------------------------------------------------------
// "A per B" averages

/** "revenue per adjusted admission rose to ", "leaving fees per consultant at ": the numerator and denominator words before the figure. */
const PER_BEFORE = /\b((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)\s+per\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)\s+(?:averaged\s+|(?:(?:rose|fell|was|were|stood|came\s+in|reached|climbed|increased|decreased|declined|dropped|slipped|averaged|improved|edged\s+(?:up|down))\s+)?(?:to|at|of|was|were)\s+)(?:about\s+|some\s+|roughly\s+|nearly\s+)?$|\b((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)\s+per\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+):\s*$/iu;
/** "averages 2.31 tenants per tower": the counted noun and the denominator after the figure. */
const PER_AFTER = /^\s+([\p{L}-]+)\s+(?:of\s+[\p{L}-]+\s+)?(?:per|a|for\s+each|for\s+every)\s+([\p{L}-]+)\b/iu;
/** A quantity's own unit written in the figure, then what it is of and per what: "812,000 kg" + " of milk per farm". */
const OF_PER_AFTER = /^\s+of\s+[\p{L}-]+\s+(?:per|for\s+each|for\s+every)\s+([\p{L}-]+)\b/iu;
/** Denominators that are units of measure or of time, not counted things: their averages need more than two figures. */
/** Units an average price is per when revenue is divided by what was sold in them. */
const WEIGHED = /^(?:tonnes?|tons?|barrels?|ounces?|kilos?|kilograms?|litres?|liters?|gallons?|bushels?)$/i;
const PER_UNIT_WORDS = /^(?:share|shares|day|days|week|month|year|annum|hour|night|quarter|barrel|tonne|ton|ounce|pound|kilo|kilogram|gram|litre|liter|gallon|bushel|unit|cent|percent|head|capita|person|mile|kilometre|kilometer|foot|feet|metre|meter|square|acre|hectare|megawatt|kilowatt|mwh|kwh|available|seat)$/i;
/**
 * The stems of the words that say what a figure counts: those before it in its sentence (up to `reach` characters),
 * its unit, and the noun right after it ("11,240 member farms").
 */
function stemsNear(input: RelationInput, f: Frame, reach: number): Set<string> {
  const { text } = input;
  const sentence = input.sentences[f.sentenceIndex]!;
  const unit = f.figure.kind === 'quantities' ? (f.figure.mention as Quantity).unit : '';
  const nounAfter = /^[^,;.\d]{0,30}/.exec(text.slice(f.figure.end, f.figure.end + 30))?.[0] ?? '';
  const near = `${text.slice(Math.max(sentence.start, f.figure.start - reach), f.figure.start)} ${unit} ${nounAfter}`;
  return new Set((near.match(/[\p{L}-]+/gu) ?? []).map(stem5));
}

/** A word's crude stem: lower case, no plural s, the first five letters ("admissions" and "admission", "tenants" and "tenancies" share theirs). */
const stem5 = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/s$/, '').slice(0, 5);

/** What an average is of and per: [numerator words, denominator words], or null when its sentence names no "A per B". */
function perWords(text: string, sentence: Sentence, avg: Frame): [string, string] | null {
  // "revenue per adjusted admission rose to 17,930 dlrs"; a box line's label, "Average toll per transaction: $2.86"
  const before = PER_BEFORE.exec(text.slice(Math.max(sentence.start, avg.figure.start - 90), avg.figure.start));
  if (before) return [(before[1] ?? before[3])!, (before[2] ?? before[4])!];
  // "averages 2.31 tenants per tower"
  const after = PER_AFTER.exec(text.slice(avg.figure.end, Math.min(sentence.end, avg.figure.end + 40)));
  if (after) return [after[1]!, after[2]!];
  // "an average of 812,000 kg of milk per farm": the unit is in the figure; the numerator is what is counted in it
  if (avg.figure.kind !== 'quantities' || !/\baverage\s+(?:of\s+)?(?:about\s+|some\s+|roughly\s+)?$/i.test(text.slice(Math.max(sentence.start, avg.figure.start - 30), avg.figure.start))) return null;
  const ofPer = OF_PER_AFTER.exec(text.slice(avg.figure.end, Math.min(sentence.end, avg.figure.end + 40)));
  const unit = (avg.figure.mention as Quantity).unit.split(' ').at(-1) ?? '';
  return ofPer && unit ? [unit, ofPer[1]!] : null;
}

/**
 * "Adjusted admissions … were 251,700, and revenue per adjusted admission rose to 17,930 dlrs" after "revenue rose … to
 * 4.62 bln dlrs"; "leaving fees per consultant at 66,200 stg" after net fees and the consultants' number; "With 41,200
 * tenancies …, the company now averages 2.31 tenants per tower" after "Towers owned: 16,400": an average of A per B is
 * the story's A over its count of B. Only near-misses are read (the average within a quarter of the quotient): an
 * average per month of a quarter's revenue, or per room-night of a year's, is another average the story does not give.
 */
function perRatios(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  // ("averages 2.31 tenants per tower": a count per count no extractor reads, as a synthetic figure)
  const bare: Frame[] = [];
  const st = text.slice(sentence.start, sentence.end);
  if (frames.length && /\bper\b/.test(st)) {
    for (const m of st.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)(?=\s+[\p{L}-]+\s+per\s+[\p{L}-]+)/gu)) {
      const at = sentence.start + m.index!;
      if (frames.some((f) => f.figure.start <= at && at < f.figure.end)) continue;
      const like = frames.find((f) => f.figure.kind === 'quantities') ?? input.frames.find((f) => f.figure.kind === 'quantities');
      if (like) bare.push({ ...like, figure: synthetic(text, at, at + m[1]!.length, Number(m[1]), like.figure), role: 'level', toLevel: false, mode: 'actual', perUnit: false });
    }
  }
  for (const avg of [...frames, ...bare]) {
    if (avg.role !== 'level' && !avg.toLevel) continue;
    if (avg.mode !== 'actual' || avg.figure.unit === 'percent' || avg.figure.mention.valueHigh !== undefined) continue;
    const words = perWords(text, sentence, avg);
    if (!words) continue;
    const numeratorWord = words[0].trim().split(/\s+/).at(-1)!;
    const denominatorWords = words[1].trim().split(/\s+/);
    // the numerator: a total the story gave of that measure (money for a money average), or a count of that noun
    const measure = measuresIn(numeratorWord)[0]?.id;
    // ("sales per tonne averaged 198,600 baht" after "canned 112,600 tonnes": revenue over a tonnage the story gives is its average price)
    const perWeight = avg.figure.kind === 'money' && measure === 'revenue' && WEIGHED.test(denominatorWords.at(-1)!) ? denominatorWords.at(-1)!.toLowerCase().replace(/s$/, '') : null;
    if ((PER_UNIT_WORDS.test(denominatorWords.at(-1)!) && !perWeight) || (PER_UNIT_WORDS.test(numeratorWord) && !(avg.figure.kind === 'quantities' && numeratorWord === (avg.figure.mention as Quantity).unit.split(' ').at(-1)))) continue;
    // (only figures stated before it: a box line's average is not checked against narration that may restate it wrongly)
    const earlierFrames = input.frames.filter((f) => f.figure.start < avg.figure.start && f !== avg && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && !f.perUnit && f.figure.mention.valueHigh === undefined && !/\([^()]*$/.test(text.slice(Math.max(0, f.figure.start - 30), f.figure.start)) && !/^(?:additions|change)$/.test(f.measure ?? ''));
    const nounNear = (f: Frame, wordsWanted: readonly string[]) => {
      const stems = stemsNear(input, f, 150);
      return wordsWanted.every((w) => stems.has(stem5(w)));
    };
    const numerators = earlierFrames.filter((f) =>
      avg.figure.kind === 'money'
        ? f.figure.kind === 'money' && compatibleUnits(f.figure, { ...avg.figure, unit: avg.figure.unit.replace(/\/.*$/, '') }) && (measure ? f.measure === measure : f.measure === 'revenue' && nounNear(f, [numeratorWord]))
        : f.figure.kind === 'quantities' && nounNear(f, [numeratorWord]),
    );
    const denominators = earlierFrames.filter((f) => f.figure.kind === 'quantities' && (perWeight ? singular((f.figure.mention as Quantity).unit) === perWeight : !PHYSICAL.test((f.figure.mention as Quantity).unit) && nounNear(f, denominatorWords)));
    if (!numerators.length || !denominators.length) continue;
    const quotients = numerators.flatMap((n) => denominators.filter((d) => d !== n && d.figure.value > 0).map((d) => ({ n, d, q: n.figure.value / d.figure.value })));
    const value = avg.figure.value;
    // any pair that gives the average (within 1%) is the one meant; else the nearest pair, when a near-miss
    if (!quotients.length || quotients.some((x) => Math.abs(x.q - value) <= 0.01 * value)) continue;
    const near = quotients.filter((x) => x.q >= 0.8 * value && x.q <= 1.25 * value);
    // (the latest statement of each: the last numerator and the last denominator before the average)
    const pick = near.filter((x) => x.n === numerators.at(-1) || x.d === denominators.at(-1)).at(-1) ?? near.at(-1);
    if (!pick) continue;
    out.push({ kind: 'ratio', sentence, ratio: operand(avg), numerator: operand(pick.n), denominator: operand(pick.d), what: 'ratio' });
  }
}

/** After a part of a breakdown by destination: where it went ("to domestic buyers", "abroad"), then the next part or the sentence's end. */
const DESTINATION = String.raw`\s+(?:to|abroad|at\s+home|domestically|overseas|in|from|for|on|into)\b[^,;.\d]{0,40}`;
const DESTINATION_THEN_NEXT = new RegExp(String.raw`^${DESTINATION}(?:,\s*(?:and\s+)?|\s+and\s+)$`, 'iu');
const DESTINATION_TO_END = new RegExp(String.raw`^${DESTINATION}[.;]?\s*$`, 'iu');

/** Between a total and the comma its breakdown follows: at most its period ("in the month", "last season", "in 2025"). */
const TOTAL_PERIOD_THEN_COMMA = /^\s*(?:(?:in|during|over|for)\s+(?:the\s+)?(?:month|quarter|year|week|season|period|half|first\s+half|second\s+half)|(?:last|this)\s+(?:month|quarter|year|week|season)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))?\s*,\s*$/;

/** After the last part of a list, words that say it is the rest: "against other items", "from all other markets", "elsewhere". */
const REST_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:all\s+)?other\s+[\p{L}-]+|the\s+rest\b|elsewhere\b|everything\s+else\b)/iu;

/** Before a part alone in its sentence that says it is the rest of a list the sentence before gave: "made up the rest, ", "accounted for the remainder, ". */
const REST_ALONE = /\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|contributed|brought\s+in|took)\s+the\s+(?:rest|remainder|balance)(?:\s+of\s+(?:it|the\s+[\p{L}-]+))?(?:,\s*|\s+)(?:(?:at|with)\s+)?$/iu;

/** Before the last part of a list that says it is the rest: "and all other markets", "and compound rubber the remaining". */
const REST_CUE = /\b(?:the\s+other|the\s+(?:remaining|rest|remainder|balance)(?:\s+of\s+(?:the\s+)?[\p{L}-]{1,20})?|all\s+other\s+[\p{L}-]{1,20}|other\s+(?:markets|regions|countries|products|segments|units|businesses|brands|customers))\s+(?:[\p{L}-]{1,20}\s+){0,2}$/iu;

/** Words before a total that sums the list before it ("…, bringing the quarter's total to", "…, a combined"). */
/** Before a sum of ratios the story states: "which adds up to a combined ratio of". */
const ADDED_RATIOS = /\badds?\s+up\s+to\s+(?:an?\s+|the\s+)?(?:combined|total)\s+ratio\s+of\s+(?:about\s+)?$/i;
const SUMMED_BY = new RegExp(
  String.raw`\b(?:bringing|brings|brought|taking|took|making|makes|for|to|leaving)\b[^,;]{0,40}\b(?:total|tally|sum|combined|overall)\b[^,;]{0,12}$|\b(?:for\s+a\s+(?:combined\s+)?total\s+of|a\s+combined|in\s+total\s+of|together|altogether|in\s+all)\s+${HEDGE}$`,
  'i',
);

/** The next sentence picks up the one before ("the money was deployed on three days:", "Of that, …", "Saudi output was …"). */
function refersBack(text: string, next: Sentence): boolean {
  const s = text.slice(next.start, next.end);
  return /^\s*(?:of\s+(?:that|this|these|those|the\s+total|the\s+sum|it)\b|(?:that|this|the)\s+(?:money|sum|amount|total|figure|tally|spending|output)\b|data\s+[^.]{0,60}\bshow\b|the\s+breakdown|broken\s+down|by\s+(?:country|region|segment|unit|plant|mine|month))/i.test(s) || /:\s*\S/.test(s);
}

/** A run of same-unit figures joined as a list ("A, B and C"; "A in July, B in August and C in September"). */
function isList(text: string, frames: readonly Frame[]): boolean {
  for (let k = 1; k < frames.length; k++) {
    const between = text.slice(frames[k - 1]!.figure.end, frames[k]!.figure.start);
    if (between.length > 90 || /[;.]\s/.test(between) || /\b(?:while|whereas|but|compared|versus|vs|after|following|since|from|to)\b/i.test(between)) return false;
    if (!/,|\band\b|\bplus\b/i.test(between)) return false;
  }
  return true;
}

/** The list of parts that ends right before `total` (same unit, joined as a list). */
function listBefore(text: string, frames: readonly Frame[], total: Frame): Frame[] {
  // (a price per unit is no part, "$21.5 million a jet, or $516 million for all 24": nor is the same amount said again after ", or")
  const before = frames.filter((f) => f.figure.end <= total.figure.start && compatibleUnits(f.figure, total.figure) && f.role === 'level' && !f.perUnit && !(f.figure.kind === 'money' && (f.figure.mention as Money).per));
  const out: Frame[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const f = before[k]!;
    if (out.length) {
      const between = text.slice(f.figure.end, out[0]!.figure.start);
      if (between.length > 90 || /[;]/.test(between) || !/,|\band\b|\bplus\b/i.test(between) || /\b(?:while|whereas|but|compared|versus|vs|from|to)\b|,\s*or\b/i.test(between)) break;
    }
    out.unshift(f);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// nets

/** Pairs of words for what comes in and what goes out, and the net they leave. */
const PLUS_WORDS = /\b(?:opened|opens|open|opening|subscriptions|gross\s+inflows|inflows|creations|took\s+in|money\s+in|exports|exported|hired|hires|added|adding|bought|issued|births|arrivals|gains?|gross\s+additions|gross\s+adds|additions|signed\s+up|sign-ups|connections|activations)\b/i;
const MINUS_WORDS = /\b(?:closed|closes|close|closing|closures|redemptions|outflows|money\s+out|withdrawals|imports|imported|cut|cuts|lost|losses|departures|sold|redeemed|deaths|exits?|shut|shuttered|recoveries|recovered|refunds|rebates|reimbursements|write-backs)\b/i;
const NET_CUE = /\b(?:net\s+(?:gain|reduction|increase|decrease|additions?|adds|loss|change|inflows?|outflows?|flows?|importer|exporter|total|buying|selling|of)|surplus|deficit|leaving|for\s+a\s+net|net)\b/i;

const NET_CUE_ALL = new RegExp(NET_CUE.source, 'gi');

function nets(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], prior: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const net of frames.filter((f) => (f.role === 'level' || f.role === 'change') && f.mode !== 'expected' && f.mode !== 'hypothetical')) {
    const cue = text.slice(Math.max(sentence.start, net.figure.start - 45), net.figure.start);
    if (!NET_CUE.test(cue) && net.qualifiers.gross !== 'net') continue;
    // (the net word governs this figure, no other figure between: not "… of the net inflows, or 83%, and now holds $412 million")
    const cues = [...cue.matchAll(NET_CUE_ALL)];
    if (cues.length && net.qualifiers.gross !== 'net' && /\d/.test(cue.slice(cues.at(-1)!.index! + cues.at(-1)![0].length))) continue;
    // (a part of the net is no net: "its own fund accounted for $21.4 million of the net inflows, or 83%")
    if (/^\s+of\s+(?:the|its|their|this|that)\b/i.test(text.slice(net.figure.end, net.figure.end + 12))) continue;
    if (net.role === 'change' && !/\bnet\s+(?:gain|reduction|increase|decrease|additions?|loss|change)\s+of\s+\S*\s*$/i.test(cue)) continue;
    const surplus = /\b(?:surplus|deficit|net\s+(?:importer|exporter))\b/i.test(cue) || net.measure === 'trade-balance';
    // the two amounts: earlier in this sentence, else in the sentences before (nearest first)
    const candidates = [...frames.filter((f) => f.figure.end <= net.figure.start && f !== net).reverse(), ...prior].filter(
      // (flows read as changes net to a change: "signed up 689,000 … and lost 503,000 …, for net additions of 212,000")
      (f) => f.role !== 'from' && f.role !== 'share' && (f.role !== 'change' || (net.role === 'change' && f.change !== 'relative' && f.figure.kind !== 'percentages')) && (f.mode === 'actual' || f.mode === 'forecast') && (compatibleUnits(f.figure, net.figure) || counts(f.figure, net.figure)) && f.qualifiers.gross !== 'net' && sameFamily(f.measure, net.measure),
    );
    // "The other seven funds saw net outflows of $1 million": the net of the rest, not of the amounts named
    if (/\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\b/i.test(text.slice(sentence.start, net.figure.start))) continue;
    let plus: Frame | Operand | undefined;
    let minus: Frame | Operand | undefined;
    let words: [string, string] = ['', ''];
    for (const f of candidates) {
      const before = text.slice(Math.max(0, f.figure.start - 60), f.figure.start).split(/[;\n]|,\s*(?:while|but|and)\b/).at(-1)!;
      // the measure says which side a figure is on, else the verb before it
      // (a gross amount is what the net is left of: "Gross charge-offs were 96.4 mln dlrs and recoveries 19.8 mln dlrs, leaving net …")
      const side =
        f.measure === 'openings' || f.measure === 'exports' || f.qualifiers.direction === 'in' || (f.qualifiers.gross === 'gross' && net.qualifiers.gross === 'net' && f.sentenceIndex === net.sentenceIndex && /\bgross\b/i.test(before) && !MINUS_WORDS.test(before.slice(-25)))
          ? 'plus'
          : f.measure === 'closures' || f.measure === 'imports' || f.qualifiers.direction === 'out'
            ? 'minus'
            : PLUS_WORDS.test(before) && !MINUS_WORDS.test(before.slice(-25))
              ? 'plus'
              : MINUS_WORDS.test(before)
                ? 'minus'
                : null;
      if (surplus) {
        if (!plus && f.measure === 'exports') plus = f;
        else if (!minus && f.measure === 'imports') minus = f;
      } else if (!plus && side === 'plus') plus = f;
      else if (!minus && side === 'minus') minus = f;
      if (plus && minus) break;
    }
    // "close 310 stores this year and open 85": a count the extractors left bare
    if (!plus || !minus) {
      const bare = new RegExp(String.raw`\b(opened|opens|open|closed|closes|close|hired|cut|added|shed)\s+${BARE_NUMBER}`, 'giu');
      for (const m of st.matchAll(bare)) {
        const at = sentence.start + m.index! + m[0].length - m[2]!.length;
        if (frames.some((f) => f.figure.start <= at && at < f.figure.end)) continue;
        const figure = synthetic(text, at, at + m[2]!.length, Number(m[2]!.replace(/,/g, '')), net.figure);
        if (/^(?:opened|opens|open|hired|added)$/i.test(m[1]!) && !plus) plus = { figure };
        else if (/^(?:closed|closes|close|cut|shed)$/i.test(m[1]!) && !minus) minus = { figure };
      }
    }
    if (!plus || !minus) continue;
    const op = (x: Frame | Operand): Operand => ('figure' in x && !('role' in x) ? x : { figure: (x as Frame).figure, frame: x as Frame });
    const P = op(plus);
    const M = op(minus);
    if (P.figure === M.figure) continue;
    // the net must come after both (it is what they leave)
    if (P.figure.start > net.figure.start || M.figure.start > net.figure.start) continue;
    // (amounts read from other sentences must be able to leave it: one of them at least as large, not two funds' flows of a
    // bigger net, "Biggest outflow: … $612 million", "Only fund with inflows: … $88 million" beside net outflows of $1.1 billion)
    if ((P.frame?.sentenceIndex !== net.sentenceIndex || M.frame?.sentenceIndex !== net.sentenceIndex) && Math.max(P.figure.value, M.figure.value) < Math.abs(net.figure.value)) continue;
    // (the last two words before each, without a box line's punctuation: "- Redemptions: $157.9 million" → "Redemptions")
    const lastWords = (o: Operand) => wordsAround(text, o.frame ?? ({ figure: o.figure } as Frame)).replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(-2).join(' ').toLowerCase();
    words = [lastWords(P), lastWords(M)];
    out.push({ kind: 'net', sentence, net: operand(net), plus: P, minus: M, words });
  }
}

/** "…, a net gain of 125", "for a net addition of 38": a net the extractors left bare. */
const NET_BARE = new RegExp(String.raw`\bnet\s+(?:gain|increase|addition|reduction|decrease|loss|change)\s+of\s+${BARE_NUMBER}`, 'giu');
/** The counts a net is left of: "opened 162 stores and closed 47". */
const SIDE_COUNT = /\b(opened|opens|open|opening|added|adding|hired|hiring|closed|closes|close|closing|shut|shutting|cut|cutting|shed|shedding)\s+(?:another\s+|a\s+further\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s*%|\s*(?:pct|percent|per\s*cent)\b)/giu;

function bareNets(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const m of st.matchAll(NET_BARE)) {
    const at = sentence.start + m.index! + m[0].length - m[1]!.length;
    if (frames.some((f) => f.figure.start <= at && at < f.figure.end)) continue;
    // (a count in some unit before it, not a physical quantity, to shape the synthetic figures on)
    const like = frames.find((f) => f.figure.end <= at && f.figure.kind === 'quantities' && !PHYSICAL.test((f.figure.mention as Quantity).unit));
    if (!like) continue;
    let plus: Operand | undefined;
    let minus: Operand | undefined;
    const words: [string, string] = ['', ''];
    for (const s of st.slice(0, m.index!).matchAll(SIDE_COUNT)) {
      const start = sentence.start + s.index! + s[0].length - s[2]!.length;
      const frame = frames.find((f) => f.figure.start === start);
      const figure = frame?.figure ?? synthetic(text, start, start + s[2]!.length, Number(s[2]!.replace(/,/g, '')), like.figure);
      const o: Operand = frame ? { figure, frame } : { figure };
      if (/^(?:open|add|hir)/i.test(s[1]!)) {
        if (!plus) [plus, words[0]] = [o, s[1]!.toLowerCase()];
      } else if (!minus) [minus, words[1]] = [o, s[1]!.toLowerCase()];
    }
    if (!plus || !minus) continue;
    const net = synthetic(text, at, at + m[1]!.length, Number(m[1]!.replace(/,/g, '')), like.figure);
    out.push({ kind: 'net', sentence, net: { figure: net }, plus, minus, words });
  }
}

/** The words right around a figure (its clause's cue words). */
function wordsAround(text: string, frame: Pick<Frame, 'figure'>): string {
  const before = text.slice(Math.max(0, frame.figure.start - 60), frame.figure.start).split(/[;\n]|,\s*(?:while|but|and)\b/).at(-1)!;
  return `${before} ${text.slice(frame.figure.end, frame.figure.end + 25).split(/[,;\n]/)[0]}`;
}

/** Measures that net against each other: stores opened and closed, flows in and out, exports and imports. */
const NET_FAMILIES: readonly (readonly string[])[] = [
  ['stores', 'openings', 'closures'],
  ['flow', 'aum', 'holdings'],
  ['employees', 'hires', 'job-cuts', 'payrolls'],
  ['trade-balance', 'exports', 'imports'],
];
const sameFamily = (a: string | null, b: string | null): boolean =>
  !a || !b || a === b || NET_FAMILIES.some((family) => family.includes(a) && family.includes(b));

// ---------------------------------------------------------------------------------------
// shares

function shares(input: RelationInput, sentence: Sentence, frames: readonly Frame[], all: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  // "Its portfolio … stood at $3.26 billion …, of which $187 million, or 8.2%, was …": the part after "of which", the whole before it
  for (const share of frames.filter((f) => f.figure.kind === 'percentages' && f.mode === 'actual' && (f.role === 'share' || f.role === 'level'))) {
    const part0 = frames.filter((f) => f.figure.end <= share.figure.start && f.figure.kind !== 'percentages').at(-1);
    const whole0 = part0 && frames.filter((f) => f.figure.end <= part0.figure.start && (f.role === 'level' || f.toLevel) && compatibleUnits(f.figure, part0.figure)).at(-1);
    if (part0 && whole0 && /,\s*of\s+which\s+(?:about\s+|some\s+)?$/i.test(text.slice(whole0.figure.end, part0.figure.start).slice(-20)) && /^\s*,\s*or\s+$/i.test(text.slice(part0.figure.end, share.figure.start)) && whole0.figure.value > part0.figure.value) {
      out.push({ kind: 'share', sentence, share: operand(share), part: operand(part0), total: operand(whole0) });
    }
  }
  for (const share of frames.filter((f) => f.role === 'share' && f.figure.kind === 'percentages')) {
    if (sharedByList(input, sentence, share, all, out) || sharedByName(input, sentence, share, all, out)) continue;
    // "drew 3.96 million skier visits, 71% of them by pass holders, or 2.49 million visits": of the level just named, the amount after
    if (/^\s*of\s+them\b/i.test(text.slice(share.figure.end, share.figure.end + 12))) {
      const whole = frames.filter((f) => f.figure.end <= share.figure.start && f.role === 'level' && f.mode === 'actual' && f.figure.kind !== 'percentages').at(-1);
      const amount = frames.find((f) => f.figure.start > share.figure.end && f.figure.kind !== 'percentages' && f.role === 'level' && SHARE_YIELDS.test(text.slice(share.figure.end, f.figure.start)));
      if (whole && amount && compatibleUnits(whole.figure, amount.figure) && whole.figure.value > amount.figure.value && /^\s*,\s*$/.test(text.slice(whole.figure.end, share.figure.start))) {
        out.push({ kind: 'share', sentence, share: operand(share), part: operand(amount), total: operand(whole) });
        continue;
      }
      // (else "took $171.3 million of the gross inflows, or 47% of them": the part before, of the whole its words name)
      if (!/\bof\s+(?:the|its|their)\s+[^,;\d]{1,40},\s*or\s+$/i.test(text.slice(Math.max(sentence.start, share.figure.start - 60), share.figure.start))) continue;
    }
    // the part: the amount right before the share ("$820 million, or 71% of …", "loans of $21.8 billion made up 27% of …")
    // a change may be the part when the whole is written right after: "an increase of $312 million a year, or 9.4% of the $2.91 billion"
    const written = frames.find((f) => f.figure.start > share.figure.end && f.figure.start - share.figure.end < 20);
    const changeAsPart = (f: Frame) => Boolean(written) && /^\s*,\s*or\s+$/i.test(text.slice(f.figure.end, share.figure.start).replace(/^\s+(?:a|per)\s+(?:year|month|quarter|week|day)\b/i, ''));
    // (a price per unit is no part: "a 1.6 billion dlr, or 130 dlr a share, buyback of 54 percent of its stock")
    let part = frames.filter((f) => f.figure.end <= share.figure.start && f.figure.kind !== 'percentages' && (f.role !== 'change' || changeAsPart(f))).at(-1);
    // (a flow per year or month is an amount: "an increase of $312 million a year, or 9.4% of the $2.91 billion")
    if (part && (part.perUnit || (part.figure.kind === 'money' && !/^(?:year|annum|month|quarter|week|day)$/.test((part.figure.mention as Money).per ?? 'year')))) continue;
    // ("Revenue was $187 million, which works out to a take rate of 10.6%": "works out to" joins them)
    const between = text.slice(part?.figure.end ?? 0, share.figure.start).replace(/\b(?:works?|worked|working)\s+out\s+to\b|\b(?:comes?|came|amounts?|amounted)\s+to\b/gi, ' ');
    // ("sold 9.8 TWh of that in advance on fixed-price contracts with industrial customers, or 61%": "of that" holds them together)
    const ofThat = /^\s*of\s+(?:that|this|it|those|these)\b[^,;.]{0,90},\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i.test(between);
    if (part && !ofThat && (between.length > 60 || /;|\b(?:and|but|while|from|to)\b/i.test(between))) part = undefined;
    // "kept 9.8 pct of the money wagered, the so-called hold, producing gross gaming revenue of 61.2 mln dlrs": the part after
    part ??= frames.find((f) => f.figure.start > share.figure.end && f.figure.kind !== 'percentages' && f.role === 'level' && SHARE_YIELDS.test(text.slice(share.figure.end, f.figure.start)));
    if (!part) continue;
    // "made up $14.2 bln of the $21.7 bln of loans launched this week, or 72%", "9 of the 14 hulls, or 74 pct": the amount
    // before the share is the whole, and the part is the one written before it, "A of the B"
    const of = frames.filter((f) => f.figure.end <= part!.figure.start && f.figure.kind !== 'percentages' && f.role !== 'change').at(-1);
    if (of && PART_OF_WHOLE.test(text.slice(of.figure.end, part.figure.start)) && /,\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i.test(text.slice(part.figure.end, share.figure.start)) && (compatibleUnits(of.figure, part.figure) || counts(of.figure, part.figure)) && of.figure.value < part.figure.value) {
      out.push({ kind: 'share', sentence, share: operand(share), part: operand(of), total: operand(part) });
      continue;
    }
    // ("made up 304,000 tonnes of the season's total, or 52%": the whole named between the part and the share)
    // ("took $171.3 million of the gross inflows, or 47% of them": a pronoun after the share points to the words before it)
    const baseWords =
      /^\s*of\s+(?!(?:them|it|that|this|those|these)\b)([^,;.]{0,60})/i.exec(text.slice(share.figure.end, sentence.end))?.[1] ??
      // ("a take rate of 10.6% on gross merchandise value": a rate is of what follows "on")
      (/\b(?:rate|ratio)\s+of\s+(?:about\s+|roughly\s+)?$/i.test(text.slice(Math.max(sentence.start, share.figure.start - 30), share.figure.start)) ? /^\s*on\s+([^,;.]{0,60})/i.exec(text.slice(share.figure.end, sentence.end))?.[1] : undefined) ?? /\bof\s+((?:the\s+)?(?:[\p{L}]+['’]s\s+)?total)\b/iu.exec(text.slice(part.figure.end, share.figure.start))?.[1] ??
      // ("14,590 of the quarter's deliveries, or 34.0 pct": the whole's words between the part and the share)
      (share.figure.start - part.figure.end <= 80 ? /^\s*of\s+((?:the|its|their)\s+[^,;\d]{1,40}),\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$/iu.exec(text.slice(part.figure.end, share.figure.start))?.[1] : undefined) ??
      '';
    // the whole: written right after ("of the $1.7 billion total"), else an earlier statement the words name
    // (joined by "of": not "or 83%, and now holds $412 million")
    let total: Frame | undefined = frames.find((f) => f !== part && f.figure.start > share.figure.end && f.figure.start - share.figure.end < 20 && compatibleUnits(f.figure, part.figure) && /^\s*(?:of|out\s+of)\s+(?:(?:the|its|their|a|an|all)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu.test(text.slice(share.figure.end, f.figure.start)));
    // "The line burned 1.71 mln tonnes of fuel …. Very-low-sulphur fuel oil made up 1.32 mln tonnes of that, or 83 pct": the whole "that" points back to
    if (!total && /^\s*of\s+(?:that|this|it|those|these)\b[^,;.]{0,90},\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i.test(text.slice(part.figure.end, share.figure.start))) {
      // (the whole may be expected: "expects to generate 17.2 TWh …. It has sold 9.8 TWh of that …, or 61% of expected output")
      total = framesBefore(input, part.figure.start, 12).find((f) => f !== part && (f.role === 'level' || f.toLevel) && (f.mode === 'actual' || f.mode === 'forecast') && compatibleUnits(f.figure, part!.figure) && f.figure.value > part!.figure.value);
    }
    if (!total) total = pickBase(text, all, share, part, baseWords);
    // "Capacity under construction rose to 940 megawatts …. Of that pipeline, 612 megawatts, or 74%, is already pre-leased": the whole the opening names
    if (!total && OF_THAT_OPENING.test(text.slice(sentence.start, part.figure.start))) {
      total = framesBefore(input, sentence.start, 12).find((f) => (f.role === 'level' || f.toLevel) && f.mode === 'actual' && compatibleUnits(f.figure, part!.figure) && f.figure.value > part!.figure.value);
    }
    if (!total) continue;
    out.push({ kind: 'share', sentence, share: operand(share), part: operand(part), total: operand(total) });
  }
}

/**
 * "Vietnam was the top buyer with 52,600 bales, followed by Pakistan with 38,100 and Turkey with
 * 27,400. Those three took 68% of the week's sales": a share of the parts the sentence before lists,
 * as many as the sentence counts, of a whole stated before them.
 */
function sharedByList(input: RelationInput, sentence: Sentence, share: Frame, all: readonly Frame[], out: Relation[]): boolean {
  const { text } = input;
  const m = LISTED_TOOK.exec(text.slice(sentence.start, share.figure.start));
  const previous = input.sentences[share.sentenceIndex - 1];
  if (!m || !previous || previous.paragraph !== sentence.paragraph) return false;
  const n = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const listed = all.filter((f) => f.sentenceIndex === share.sentenceIndex - 1 && f.role === 'level' && f.mode === 'actual' && f.figure.kind !== 'percentages');
  const parts = listed.filter((f) => compatibleUnits(f.figure, listed.at(-1)!.figure) || counts(f.figure, listed.at(-1)!.figure));
  if (parts.length !== n || n < 2 || !isList(text, parts)) return false;
  const sum = parts.reduce((a, p) => a + p.figure.value, 0);
  const first = parts[0]!;
  // (the parts' sum, timed by what the share says, not by a part's own words)
  const whole: Frame = { ...first, figure: synthetic(text, first.figure.start, parts.at(-1)!.figure.end, sum, first.figure), time: share.time, contextTime: share.contextTime ?? null };
  const baseWords = /^\s*of\s+([^,;.]{0,60})/i.exec(text.slice(share.figure.end, sentence.end))?.[1] ?? '';
  // (the whole's words may open a long lead: "…'s evening sale of modern British art in London on Thursday, March 27, made £68.4 million")
  const total = pickBase(text, all.filter((f) => f.sentenceIndex < share.sentenceIndex - 1 || (f.sentenceIndex === share.sentenceIndex - 1 && f.figure.start < first.figure.start)), share, whole, baseWords, 90);
  if (!total) return false;
  out.push({ kind: 'share', sentence, share: operand(share), part: { figure: whole.figure }, total: operand(total), parts: parts.map((p) => (operand(p))) });
  return true;
}
/**
 * "The company serves 2.14 million customers: 1.62 million electric and 520,000 gas. Electric
 * customers make up 81% of the total"; "… the Corvane Ether Trust drew $236 million … Corvane alone
 * accounted for 64% of the week's net inflow": a share whose subject names a part stated before
 * (its first word beside that figure), of a whole stated before that.
 */
function sharedByName(input: RelationInput, sentence: Sentence, share: Frame, all: readonly Frame[], out: Relation[]): boolean {
  const { text } = input;
  const lead = text.slice(sentence.start, share.figure.start);
  const m = NAMED_TOOK.exec(lead);
  if (!m || all.some((f) => f.sentenceIndex === share.sentenceIndex && f.figure.end <= share.figure.start)) return false;
  const word = m[1]!.split(/\s+/).find((w) => w.length >= 3 && !NAMED_STOP.has(w.toLowerCase()));
  if (!word) return false;
  const source = String.raw`(?<![\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`;
  const re = new RegExp(source, 'iu');
  const every = new RegExp(source, 'giu');
  const named = (f: Frame) => {
    const own = input.sentences[f.sentenceIndex];
    const from = Math.max(own?.start ?? 0, f.figure.start - 60);
    // the word before the figure in its sentence ("Corvane Ether Trust drew $236 million"), or right after it ("1.62 million electric")
    // (no other figure between the word and this one)
    const before = text.slice(from, f.figure.start);
    const at = [...before.matchAll(every)].at(-1);
    // (nor is the word another figure's label: "1.62 million electric and 520,000 gas")
    return (at !== undefined && !/\d/.test(before.slice(at.index! + at[0].length)) && !/\d(?:\s*(?:million|billion|thousand|mln|bln))?\s*$/i.test(before.slice(0, at.index))) || re.test(text.slice(f.figure.end, Math.min(own?.end ?? f.figure.end + 16, f.figure.end + 16)).split(/[,;.\n]/)[0]!);
  };
  const part = framesBefore(input, sentence.start, 40).find((f) => (f.role === 'level' || f.toLevel) && f.mode === 'actual' && f.figure.kind !== 'percentages' && named(f));
  if (!part) return false;
  const baseWords = /^\s*of\s+([^,;.]{0,60})/i.exec(text.slice(share.figure.end, sentence.end))?.[1] ?? '';
  const total = pickBase(text, all.filter((f) => f.figure.start < part.figure.start || f.sentenceIndex < part.sentenceIndex), share, part, baseWords);
  if (!total || total.figure.value <= part.figure.value) return false;
  out.push({ kind: 'share', sentence, share: operand(share), part: operand(part), total: operand(total) });
  return true;
}
/** A subject that makes a share: "Electric customers make up ", "Corvane alone accounted for ". */
const NAMED_TOOK = /^\s*((?:[\p{L}'’&-]+\s+){0,3}?[\p{L}'’&-]+)(?:,[^,;.\d]{1,60},)?\s+(?:alone\s+|together\s+)?(?:made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|contributed|represented|represents?)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$/iu;
const NAMED_STOP = new Set('the its their this that these those his her our alone together'.split(' '));

/** "Those three took ", "The two together accounted for ": a share the listed parts make. */
const LISTED_TOOK = /^\s*(?:(?:those|these|the)\s+)(?:(?:top|largest|biggest|leading|first|last|main)\s+)?(two|three|four|five|six|2|3|4|5|6)(?:\s+[\p{L}-]+)?(?:\s+(?:together|combined|between\s+them))?\s+(?:took|made\s+up|accounted\s+for|represented|had|held|bought|claimed|took\s+up|were|was)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$/iu;

/** Between a share and the amount it comes to: "…, producing gross gaming revenue of", "…, worth". */
const SHARE_YIELDS = /^\s+of\s[^;.]{0,60}?,\s*(?:producing|generating|yielding|bringing\s+in|worth|equal\s+to|amounting\s+to|for|or)\s+(?:[\p{L}-]+\s+){0,4}?(?:of\s+)?(?:about\s+|roughly\s+|some\s+|nearly\s+)?$/iu;
const BASE_STOP = new Set('the of its their a an total all overall entire whole week month quarter year s'.split(' '));
/** Words that say how wide a total is, not what it counts ("the world total", "the season's total"). */
const SCOPE_WORDS = new Set('world global worldwide national nationwide industry market country season group company sector'.split(' '));

/** The earlier level a share is of: named by the words after "of" (measure, segment, net/gross), else a total. */
function pickBase(text: string, all: readonly Frame[], share: Frame, part: Frame, baseWords: string, reach = 60): Frame | undefined {
  const words = baseWords
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !BASE_STOP.has(w));
  const net = /\bnet\b/i.test(baseWords);
  const grossWords = /\bgross\b/i.test(baseWords);
  const candidates = all.filter(
    (f) =>
      f.figure.start < share.figure.start &&
      f !== part &&
      f.role === 'level' &&
      f.mode === 'actual' &&
      (compatibleUnits(f.figure, part.figure) || counts(f.figure, part.figure)) &&
      f.figure.value > part.figure.value &&
      sameTime(f, part) &&
      // a comparative in a results line, "Revenue £312.6m (2024: £287.9m)", is the earlier period's whole
      !PRIOR_LABEL.test(text.slice(Math.max(0, f.figure.start - 30), f.figure.start)) &&
      // (nor another part listed beside it: "Beer bottles accounted for 1.13 bln units, tequila and spirits for 0.51 bln …")
      // (but "21,400 people …, 6,900 of them in the parcel division, or 36%" names its whole)
      !(f.sentenceIndex === part.sentenceIndex && !/^\s*of\s+(?:them|those|whom|which)\b/i.test(text.slice(part.figure.end, part.figure.end + 12)) && isList(text, f.figure.start < part.figure.start ? [f, part] : [part, f])),
  );
  let best: { frame: Frame; score: number } | null = null;
  const scored: { frame: Frame; score: number }[] = [];
  // "made up 19.3 pct of the total", "of the world total", "of the season's total": no word names the whole but its
  // scope; the one level of the part's family stated before is it (a part that names no measure: the one level in its unit)
  // (a part with no measure needs the scope said: "16.2 pct of the total" of a holding is of shares the story never counts)
  // (a part counted in its own unit, "412,000 cases, or 38% of the total", is of the one level stated before in that unit; not shares)
  const ownUnit = part.figure.kind === 'quantities' && !/\bshares?\b/i.test(part.figure.unit);
  if (words.every((w) => SCOPE_WORDS.has(w)) && (part.measure || words.length > 0 || ownUnit) && /\btotal\b/i.test(baseWords)) {
    const family = (m: string | null) => (m ? (MEASURE_FAMILY[m] ?? m) : null);
    // (only when one level of that family could be it: several, and "the total" is ambiguous)
    const same = candidates.filter((f) => (!part.measure || family(f.measure) === family(part.measure)) && f.figure.kind === part.figure.kind && compatibleUnits(f.figure, part.figure));
    if (same.length === 1) return same[0];
  }
  candidates.forEach((f, i) => {
    const around = `${text.slice(Math.max(0, f.figure.start - reach), f.figure.start)} ${text.slice(f.figure.end, f.figure.end + 40)} ${f.measureText ?? ''} ${f.measure ?? ''}`.toLowerCase();
    let score = 0;
    let named = 0;
    for (const w of words) if (around.includes(w) || (SYNONYMS[w] ?? []).some((s) => around.includes(s))) named += 2;
    // counts of different things ("2.4 million lines, or 61% of the broadband base" of 4.9 million customers) only when the words
    // name the whole, and the share they make is of the order stated (not "10 shares" of "1.5 mln deals")
    if (!compatibleUnits(f.figure, part.figure) && (named < 2 || !within5(part.figure.value / f.figure.value, share.figure.value / 100))) return;
    score += named;
    if (/\btotal|combined|overall|all\b/i.test(around)) score += 1;
    if (net && f.qualifiers.gross === 'net') score += 2;
    if (net && f.qualifiers.gross === 'gross') score -= 3;
    if (grossWords && f.qualifiers.gross === 'gross') score += 2;
    if (grossWords && f.qualifiers.gross === 'net') score -= 3;
    if (part.measure && f.measure === part.measure) score += 1;
    // (a whole narrowed by words the share does not say ranks below an unnarrowed one: "38% of revenue" is not of "Footwear
    // revenue of $451.2 million" when the total revenue was stated too)
    const narrowing = f.segment.filter((w) => !NOT_NARROWING.test(w));
    const ranked = score + i / 1000 - (narrowing.length && !narrowing.some((w) => words.includes(w.toLowerCase())) ? 1 : 0); // nearer wins a tie
    if (score >= 2 && (!best || ranked > best.score)) best = { frame: f, score: ranked };
    if (score >= 2) scored.push({ frame: f, score });
  });
  // (two statements the words name equally, of one measure and other values, leave the whole open: "Core FFO: $0.87 a share" …
  // "core funds from operations of 78 cents a share" … "a payout ratio of 74% of core FFO")
  const top = best ? Math.floor((best as { score: number }).score + 1e-6) : 0;
  const chosen = best ? (best as { frame: Frame }).frame : undefined;
  // (then the one that makes the share right, if one does; else the nearest, and no reading makes it right)
  const tied = chosen ? scored.filter((c) => c.frame !== chosen && c.score === top && c.frame.measure === chosen.measure && Math.abs(c.frame.figure.value - chosen.figure.value) > 1e-9 * Math.abs(chosen.figure.value)) : [];
  if (chosen && tied.length) {
    const fits = (f: Frame) => share.figure.unit === 'percent' && Math.abs((part.figure.value / f.figure.value) * 100 - share.figure.value) <= 0.5;
    return fits(chosen) ? chosen : tied.find((c) => fits(c.frame))?.frame ?? chosen;
  }
  return chosen;
}

/** A frame's narrowing words, sorted ("fixed annuity sales" → "fixed"; "total" and periods are none). */
const narrowingOf = (f: Frame): string => f.segment.filter((w) => w !== 'part' && !NOT_NARROWING.test(w)).map((w) => w.toLowerCase()).sort().join(' ');

/** Segment words that name a period or the whole, not a narrower thing ("sales for the nine months", "group sales"). */
const NOT_NARROWING = /^(?:months?|quarters?|years?|weeks?|days?|half|halves|period|group|groups|total|overall|combined|own|company|companies|firm)$/i;

/** The label of an earlier period's figure in a results line: "(2024: ", "(H1 2024: ", "(a year earlier: ". */
const PRIOR_LABEL = /\(\s*(?:(?:FY|H[12]|Q[1-4]|fiscal)\s*)?(?:\d{4}(?:\/\d{2,4})?|a\s+year\s+(?:earlier|ago)|prior\s+year|previous\s+year|last\s+year)\s*:\s*$/i;

/** Measures of one family: a part of one is a part of the other's total. */
const MEASURE_FAMILY: Readonly<Record<string, string>> = { 'retail-sales': 'revenue', 'same-store-sales': 'revenue' };

/** Two ratios within a factor of five of each other. */
const within5 = (a: number, b: number) => a > 0 && b > 0 && a / b < 5 && b / a < 5;

/** Words a text uses for a whole it named otherwise before ("the national crop" for "the harvest"). */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  crop: ['harvest', 'production', 'output'], harvest: ['crop', 'production', 'output'], fleet: ['stores', 'locations', 'aircraft', 'vehicles', 'ships'],
  book: ['loans', 'lending', 'portfolio'], staff: ['employees', 'employed', 'employs', 'workforce', 'headcount', 'people', 'workers'], employees: ['employed', 'staff', 'people', 'workforce'], portfolio: ['loans', 'assets'], network: ['stores', 'sites', 'branches', 'locations'], chain: ['stores', 'locations'],
  assets: ['net assets', 'aum', 'holds'], market: ['market value', 'capitalisation', 'capitalization'], workforce: ['employees', 'staff', 'headcount'],
  output: ['production', 'produced'], production: ['output', 'produced'], sales: ['revenue'], revenue: ['sales'], reserves: ['holdings'],
  wagered: ['bets', 'wagers', 'handle', 'bet'], handle: ['bets', 'wagers', 'wagered'], bets: ['wagers', 'wagered', 'handle'],
};

// ---------------------------------------------------------------------------------------
// products

/** Between a count and the price it sold at: "… allowances at an auction on the EEX exchange on Tuesday at a clearing price of". */
const PRICED_COUNT_GAP = /^[^;.]{0,80}?\bat\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:price|rate|cost)\s+of\s+)?$/iu;
const COUNT_UNIT = /^(?:.*\b)?(?:shares?|units?|coins?|tokens?|contracts?|ounces?|oz|barrels?|bitcoins?|ethers?|tonnes?|tons?|bushels?|pounds?|notes?|bonds?|warrants?|options?|vehicles?|cars?|homes?|ads?|adss?|adrs?|copies|copy|tickets?|passes|pass|seats?|licen[cs]es?|devices?|handsets?|phones?|consoles?|machines?|bottles?|cases?|bales?|bags?|head|lots?|yachts?|hulls?|aircraft|jets?|planes?|trucks?|tractors?|turbines?|subscriptions?|memberships?)$/i;
const PRICE_CUE = /\b(?:at|for|pay|paying|paid|priced\s+at)\s+(?:an?\s+)?(?:average\s+(?:(?:selling|sale|unit|realised|realized|ticket|retail)\s+)?(?:price\s+)?(?:of\s+)?)?(?:(?:price|cost)\s+of\s+)?$|\b(?:close|closing\s+price|price|average)\s+of\s+$/i;
const TOTAL_AFTER = /\b(?:raising|raised|to\s+raise|for\s+proceeds\s+of|bringing\s+in|generating|for\s+(?:a\s+)?(?:combined\s+)?total\s+of|worth|totall?ing|valued\s+at|valuing|or|costing|spending|spent|a\s+deal\s+worth|an?\s+outlay\s+of|outlay|payout\s+of|implying\s+an?\s+(?:equity\s+)?value\s+of|for\s+a\s+(?:combined\s+)?|in\s+a\s+deal\s+worth|is\s+a\s+payout\s+of|that\s+is|for|bringing\s+(?:[\w-]+\s+)?(?:revenues?|sales|proceeds|receipts|the\s+total)\s+to)\s+(?:an?\s+|about\s+|roughly\s+|some\s+|nearly\s+)*$/i;
/** A count of some of the items right before a price: "three for ", "two at ". */
const SUB_COUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+(?:for|at)\s+(?:about\s+)?$/i;
/** "for freight revenue of", "generating sales of": what a volume at a price brought in. */
const REVENUE_OF = /\b(?:for|giving|generating|bringing\s+in|producing)\s+(?:[a-z-]+\s+)?(?:revenues?|sales|proceeds|receipts|turnover|income|billings)\s+of\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$|\b(?:revenues?|proceeds|receipts|takings|billings)\s+(?:came\s+to|totall?ed|amounted\s+to|reached)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$/i;

/** Between an amount and what it comes to a share: "…, or", "worked out to", "equal to". */
const PER_SHARE_GAP = /^[^;.]{0,40}?(?:,\s*or|\b(?:works?|worked|working)\s+out\s+(?:to|at)|\b(?:equal|equivalent)\s+to|\bamount(?:s|ed|ing)\s+to)\s+$/i;

function products(input: RelationInput, sentence: Sentence, index: number, frames: readonly Frame[], framesOf: (i: number) => Frame[], out: Relation[]): void {
  const { text } = input;
  const previous = input.sentences[index - 1];
  // the sentence before, in this paragraph or (when this one refers to its price: "At the IPO price, …") the one before
  const refersToPrice = /^\s*(?:at|on)\s+(?:the|that|this)(?:\s+(?:ipo|offer|offering|issue|deal|same))?\s+price\b/i.test(text.slice(sentence.start, sentence.end));
  const pool = [...(previous && (previous.paragraph === sentence.paragraph || (refersToPrice && previous.paragraph === sentence.paragraph - 1)) ? framesOf(index - 1) : []), ...frames];
  // "1.36 million TEU … at an average rate of $1,410 per TEU": any unit a price is given per
  const perUnits = new Set(pool.flatMap((f) => (f.figure.kind === 'money' && (f.figure.mention as Money).per ? [singular((f.figure.mention as Money).per!)] : [])));
  const isCount = (f: Frame) =>
    (f.figure.kind === 'quantities' && (COUNT_UNIT.test((f.figure.mention as Quantity).unit) || perUnits.has(singular((f.figure.mention as Quantity).unit))) && !/\b(?:of\s+(?:the|its|their))\s*$/i.test(text.slice(f.figure.start - 12, f.figure.start))) ||
    (f.figure.kind === 'money' && isCryptoAmount(f.figure.mention as Money) && /[A-Za-z]{2,}/.test(f.figure.text));
  const isPrice = (f: Frame) =>
    f.figure.kind === 'money' &&
    !isCryptoAmount(f.figure.mention as Money) &&
    (f.perUnit || Boolean((f.figure.mention as Money).per) || PRICE_CUE.test(text.slice(Math.max(0, f.figure.start - 30), f.figure.start)) || /^\s*for\s+each\b/i.test(text.slice(f.figure.end, f.figure.end + 12)));
  // "sold 3.27 mln EU carbon allowances … at a clearing price of 71.45 euros a tonne": a bare count the price is set against
  const pricedCount = (f: Frame) =>
    f.figure.kind === 'quantities' &&
    /^(?:count|number)$/.test((f.figure.mention as Quantity).unit) &&
    pool.some((p) => isPrice(p) && p.sentenceIndex === f.sentenceIndex && p.figure.start > f.figure.end && PRICED_COUNT_GAP.test(text.slice(f.figure.end, p.figure.start)) && !pool.some((g) => g.figure.kind === 'quantities' && g.figure.start > f.figure.end && g.figure.end <= p.figure.start));
  const totals = frames.filter(
    (f) =>
      f.figure.kind === 'money' &&
      !(f.figure.mention as Money).per &&
      !f.perUnit &&
      (TOTAL_AFTER.test(text.slice(Math.max(sentence.start, f.figure.start - 40), f.figure.start)) || REVENUE_OF.test(text.slice(Math.max(sentence.start, f.figure.start - 50), f.figure.start)) || /^\s*(?:outlay|payout|bill|tab|price\s+tag|purchase|deal|sale|transaction|buyback|acquisition|investment)\b/i.test(text.slice(f.figure.end, f.figure.end + 20))),
  );
  // "FFO of $412 million in 2024, or $2.46 per share on 188 million weighted average shares": the amount, its per-share
  // figure and the shares it is divided by
  for (const amount of frames) {
    if (amount.figure.kind !== 'money' || (amount.figure.mention as Money).per || amount.perUnit || amount.role !== 'level') continue;
    const perShare = frames.find((f) => f.figure.start > amount.figure.end && f.figure.kind === 'money' && PER_SHARE_GAP.test(text.slice(amount.figure.end, f.figure.start)));
    if (!perShare) continue;
    const shares = frames.find((f) => f.figure.start > perShare.figure.end && f.figure.kind === 'quantities' && /shares?$/i.test((f.figure.mention as Quantity).unit) && /^\s*(?:a|per)\s+(?:diluted\s+|basic\s+)?share\s+(?:on|based\s+on|over)\s+(?:about\s+|some\s+|roughly\s+)?$/i.test(text.slice(perShare.figure.end, f.figure.start)));
    if (!shares) continue;
    if (currencyOf(perShare.figure) !== currencyOf(amount.figure)) continue;
    out.push({ kind: 'product', sentence, count: operand(shares), price: operand(perShare), total: operand(amount) });
  }
  for (const total of totals) {
    let counts = pool.filter((f) => f !== total && (isCount(f) || pricedCount(f)) && f.role === 'level');
    // two counts: the one in the total's own sentence ("valued at $3.9 billion based on the 189 million shares outstanding")
    if (counts.length > 1) {
      const own = counts.filter((f) => f.sentenceIndex === total.sentenceIndex);
      if (own.length === 1) counts = own;
    }
    let prices = pool.filter((f) => f !== total && isPrice(f) && f.role !== 'change' && f.role !== 'from' && f.mode !== 'expected');
    if (prices.length > 1 && counts.length === 1) {
      // "$38.50 for each Winslow share" beside "Friday's closing price of $30.32": the price per unit of the count
      const unit = counts[0]!.figure.kind === 'quantities' ? (counts[0]!.figure.mention as Quantity).unit.replace(/s$/, '').split(' ').at(-1)! : '';
      const per = prices.filter((f) => (f.figure.mention as Money).per?.toLowerCase().startsWith(unit) || new RegExp(String.raw`^\s*(?:apiece|each|for\s+each\b[^,;]{0,30}\b${unit}|(?:a|per|an)\s+${unit})`, 'i').test(text.slice(f.figure.end, f.figure.end + 40)));
      if (per.length === 1) prices = per;
    }
    if (counts.length !== 1 || prices.length !== 1) continue;
    const [count, price] = [counts[0]!, prices[0]!];
    // ("30 mln dlrs of debentures and 2.7 mln shares at 11 dlrs per share for a total of 59.7 mln dlrs": the total sums more than the lot)
    if (/\b(?:total|combined|in\s+all|altogether)\b/i.test(text.slice(Math.max(sentence.start, total.figure.start - 40), total.figure.start)) && frames.some((f) => f !== total && f !== price && f.figure.kind === 'money' && f.role === 'level' && !f.perUnit && !(f.figure.mention as Money).per && f.figure.end <= total.figure.start && currencyOf(f.figure) === currencyOf(total.figure))) continue;
    // "sold 17 seats …, three for 200 dlrs": the price of a few of them
    if (SUB_COUNT.test(text.slice(Math.max(0, price.figure.start - 20), price.figure.start)) || SUB_COUNT.test(text.slice(Math.max(0, total.figure.start - 20), total.figure.start))) continue;
    if (currencyOf(price.figure) !== currencyOf(total.figure)) continue;
    // (proceeds after costs are less than the lot: "to raise 14.6 mln stg net through … 4.7 mln shares at 320p")
    if (/^\s*(?:net\b|after\s+(?:costs|expenses|fees|commissions))/i.test(text.slice(total.figure.end, total.figure.end + 30))) continue;
    // the three stand together: all in this sentence, or the price in the sentence before ("pay $38.50 for each share. … has 56.2 million shares, implying …")
    if (count.sentenceIndex !== index && total.sentenceIndex !== index) continue;
    out.push({ kind: 'product', sentence, count: operand(count), price: operand(price), total: operand(total) });
  }
}

// ---------------------------------------------------------------------------------------
// shares that divide a whole

function sharesSum(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], out: Relation[]): void {
  const percents = frames.filter((f) => f.figure.kind === 'percentages' && f.role !== 'change' && f.role !== 'from' && f.mode !== 'hypothetical');
  if (percents.length < 2) return;
  const { text } = input;
  // "… own 58% … and Bramble investors the remaining 46%", "… were left with 9.7%"
  const closing = percents.find((f) => /\b(?:the\s+remaining|the\s+rest|the\s+balance|remainder|were\s+left\s+with|was\s+left\s+with|left\s+with)\s+(?:of\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, f.figure.start - 30), f.figure.start)));
  if (!closing) return;
  if (!/\b(?:own|owned|owning|hold|holds|held|take|took|taking|get|got|receive|received|allocated|went\s+to|split|stake)\b/i.test(st)) return;
  out.push({ kind: 'shares-sum', sentence, shares: percents.map((f) => (operand(f))) });
}

export { inSpan };

// ---------------------------------------------------------------------------------------
// spreads

const COUNTRIES: ReadonlySet<string> = new Set(Object.values(DEMONYMS).map((c) => c.toLowerCase()));

/** The two countries of "between Italian and German …", "between Italy and Germany", lower case. */
function countriesBetween(lead: string): [string, string] | null {
  const m = /\bbetween\s+(?:the\s+)?([\p{L}.]+(?:\s[\p{L}.]+)?)\s+and\s+([\p{L}.]+(?:\s[\p{L}.]+)?)/iu.exec(lead);
  if (!m) return null;
  const country = (w: string) => {
    const words = w.toLowerCase().split(' ');
    for (let n = words.length; n >= 1; n--) {
      const key = words.slice(0, n).join(' ');
      if (DEMONYMS[key]) return DEMONYMS[key]!.toLowerCase();
      if (COUNTRIES.has(key)) return key;
    }
    return null;
  };
  const a = country(m[1]!);
  const b = country(m[2]!);
  return a && b && a !== b ? [a, b] : null;
}

/** "Brent's premium to WTI", "the premium of Brent over WTI", "the spread between the two yields": the words before a spread. */
const SPREAD_WORDS = /\b(?:premium|discount|spread|differential|gap)\b(?:\s+(?:of|between|to|over|against|versus|vs\.?)\b)?/i;
const SPREAD_VERB = /^[^.;]{0,60}?\b(?:widened|narrowed|widening|narrowing|stood|was|is|were|at|to|of)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$/i;

/**
 * A spread between two levels stated in the same or the paragraph before: the legs are the
 * latest actual levels (not earlier values, not changes) of two things the spread's sentence
 * names ("Brent's premium to WTI"), or of the last two things of one measure ("the two
 * yields"). A premium of A to B is A less B; a spread between two is their distance. Money
 * spreads need money legs of the currency; basis or percentage points, percent legs.
 */
function spreads(input: RelationInput, sentence: Sentence, frames: readonly Frame[], before: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const spread of frames) {
    if (spread.mode !== 'actual' || spread.role === 'change' || spread.role === 'from' || spread.role === 'share') continue;
    const lead = text.slice(sentence.start, spread.figure.start);
    const from = Math.max(0, lead.length - 120);
    const words = SPREAD_WORDS.exec(lead.slice(from));
    if (!words || !SPREAD_VERB.test(lead.slice(from + words.index + words[0].length))) continue;
    const points = spread.figure.kind === 'quantities' && /^(?:bp|pp)$/.test((spread.figure.mention as Quantity).unit);
    if (!points && spread.figure.kind !== 'money') continue;
    const legOk = (f: Frame) =>
      f !== spread && f.mode === 'actual' && f.role === 'level' && !f.change && (f.item || f.owner) &&
      (points ? f.figure.unit === 'percent' : f.figure.kind === 'money' && compatibleUnits(f.figure, spread.figure));
    const pool = [...frames.filter((f) => f.figure.end <= spread.figure.start).reverse(), ...before].filter(legOk);
    const named = thingsIn(lead).map((t) => t.id.toLowerCase());
    const key = (f: Frame) => (f.item ?? f.owner ?? '').toLowerCase();
    let legs: Frame[];
    if (named.length >= 2) {
      // the first named is the one over the other: "Brent's premium to WTI"
      const a = pool.find((f) => key(f) === named[0]);
      const b = pool.find((f) => key(f) === named[1]);
      legs = a && b && a !== b ? [a, b] : [];
    } else if (countriesBetween(lead)) {
      // "the gap between Italian and German 10-year yields": the two countries' levels of one measure
      const [c1, c2] = countriesBetween(lead)!;
      const ofCountry = (c: string) => pool.find((f) => (f.owner ?? '').toLowerCase() === c && f.ownerKind === 'place');
      const a = ofCountry(c1);
      const b = ofCountry(c2);
      legs = a && b && a !== b && a.measure === b.measure ? [a, b] : [];
    } else if (/\b(?:the|both)\s+two\b|\bbetween\s+(?:the\s+)?(?:two|both)\b/i.test(lead)) {
      const first = pool[0];
      const second = first ? pool.find((f) => f !== first && key(f) !== key(first) && f.measure === first.measure) : undefined;
      legs = first && second ? [first, second] : [];
    } else {
      // ("Greece's 10-year yield fell … to 3.06 pct, while Germany's … was down 3 bps at 2.58 pct, leaving the spread at 38 basis
      // points": the two levels of two things the sentence sets side by side)
      const own = frames.filter((f) => f.figure.end <= spread.figure.start && legOk(f));
      legs = own.length === 2 && key(own[0]!) && key(own[1]!) && key(own[0]!) !== key(own[1]!) && own[0]!.measure === own[1]!.measure && /\b(?:leaving|leaves|left|putting|puts|taking|takes|widening|narrowing)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:spread|gap|premium|differential)\b/iu.test(lead) ? own : [];
    }
    if (legs.length !== 2 || !sameTime(legs[0]!, legs[1]!)) continue;
    const signed = named.length >= 2 && /premium|discount/i.test(words[0]);
    const [a, b] = legs as [Frame, Frame];
    const [over, under] = /discount/i.test(words[0]) ? [b, a] : [a, b];
    out.push({ kind: 'spread', sentence, spread: operand(spread), over: operand(over), under: operand(under), signed, points });
  }
}

// ---------------------------------------------------------------------------------------
// reversals

/** "reversing all of", "erasing the whole of", "wiping out its entire", "giving back all of". */
const REVERSING = /\b(?:revers(?:ed|es|ing)|eras(?:ed|es|ing)|wip(?:ed|es|ing)\s+out|undo(?:ing|es)?|undid|cancell?(?:ed|ing)\s+out|g[ai]v(?:e|es|ing)\s+back)\s+(?:all\s+(?:of\s+)?|the\s+(?:whole|entire)\s+(?:of\s+)?|(?:its|their)\s+(?:whole|entire)\s+)/gi;

function reversals(input: RelationInput, sentence: Sentence, st: string, frames: readonly Frame[], out: Relation[]): void {
  REVERSING.lastIndex = 0;
  for (const m of st.matchAll(REVERSING)) {
    const cueStart = sentence.start + m.index!;
    const cueEnd = cueStart + m[0].length;
    const relative = (f: Frame) => f.role === 'change' && f.figure.unit === 'percent' && (f.change ?? 'relative') === 'relative' && f.sign !== 0 && f.mode === 'actual';
    // the move undone: a percentage change named right after the cue ("Wednesday's 2.1% gain")
    const reversed = frames.find((f) => f.figure.start >= cueEnd && f.figure.start - cueEnd <= 40 && relative(f));
    // the move that undoes it: the last percentage change before the cue, in the other direction
    const change = frames.filter((f) => f.figure.end <= cueStart && relative(f)).at(-1);
    if (!reversed || !change || change.sign === reversed.sign) continue;
    if (/[;:]/.test(input.text.slice(change.figure.end, cueStart))) continue;
    out.push({ kind: 'reversal', sentence, change: operand(change), reversed: operand(reversed), sign: reversed.sign as 1 | -1 });
  }
}

// ---------------------------------------------------------------------------------------
// margins

/** The income each margin divides by revenue. */
const MARGIN_OF: Readonly<Record<string, string>> = { 'operating-margin': 'operating-income', 'gross-margin': 'gross-profit' };

/** Incomes a bare margin can be of, when its sentence names one. */
const INCOME_MEASURES: ReadonlySet<string> = new Set(['ebitda', 'operating-income', 'net-income', 'gross-profit', 'pretax-income']);

function margins(input: RelationInput, sentence: Sentence, frames: readonly Frame[], all: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const margin of frames) {
    if (margin.figure.unit !== 'percent' || margin.role !== 'level' || margin.mode !== 'actual' || margin.qualifiers.vintage) continue;
    // ("Adjusted EBITDA of 312 million euros gave a margin of 18.6%": a bare margin is that of the income its sentence names first)
    const named = margin.measure === 'margin' ? frames.find((f) => f.figure.end <= margin.figure.start && f.figure.kind === 'money' && INCOME_MEASURES.has(f.measure ?? '') && /^[^;]{0,30}?\b(?:gave|giving|gives|for|with|or)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?margin\s+of\s+(?:about\s+)?$|^\s*,\s*(?:an?\s+)?(?:[\p{L}-]+\s+)?margin\s+of\s+(?:about\s+)?$/iu.test(text.slice(f.figure.end, margin.figure.start)))?.measure : undefined;
    const incomeMeasure = margin.measure ? (MARGIN_OF[margin.measure] ?? named ?? (margin.measure === 'margin' && /\bnet\s+(?:profit\s+)?margin\b/i.test(margin.measureText ?? '') ? 'net-income' : undefined)) : undefined;
    if (!incomeMeasure) continue;
    // (not a figure in a bracket: "Sales: 2.46 billion euros (Q3 2025: 2.31 billion)" compares another period)
    const prior = all.filter((f) => f.figure.start < margin.figure.start && f.figure.kind === 'money' && f.role === 'level' && f.mode === 'actual' && !f.qualifiers.vintage && !f.segment.includes('part') && sameTime(f, margin) && !/\([^()]*$/.test(text.slice(Math.max(0, f.figure.start - 40), f.figure.start)));
    // the income: the nearest stated before, in this sentence or the two before; the revenue: the nearest company-wide one
    const income = prior.filter((f) => f.measure === incomeMeasure && margin.sentenceIndex - f.sentenceIndex <= 2).at(-1);
    // (not one market's: "while international revenue rose to 1.64 bln dlrs")
    // (a box's line a few lines further up: "- Revenue: $2.146 billion" over its segments' lines)
    const revenue = prior.filter((f) => f.measure === 'revenue' && !f.segment.length && (!f.qualifiers.market || f.qualifiers.market === 'all') && margin.sentenceIndex - f.sentenceIndex <= (onBoxLine(input, f) ? 8 : 4)).at(-1);
    if (!income || !revenue || !compatibleUnits(income.figure, revenue.figure)) continue;
    if (income.figure.value >= revenue.figure.value) continue;
    out.push({ kind: 'share', sentence, share: operand(margin), part: operand(income), total: operand(revenue) });
  }
}

// ---------------------------------------------------------------------------------------
// annualised payments

const ANNUAL_AFTER = /^\s*(?:(?:a|per)\s+share\s+)?(?:annually|a\s+year|per\s+year|per\s+annum|on\s+an\s+annual(?:i[sz]ed)?\s+basis|annuali[sz]ed)\b/i;
const ANNUAL_BEFORE = /\b(?:equivalent\s+to|equal\s+to|works\s+out\s+to|amounts\s+to|or|annual(?:i[sz]ed)?\s+(?:rate|payout|dividend)\s+of)\s+(?:about\s+|roughly\s+|some\s+)?$/i;
const PERIOD_FACTOR: Readonly<Record<string, number>> = { quarterly: 4, qtly: 4, monthly: 12, mthly: 12, 'semi-annual': 2, semiannual: 2, 'half-yearly': 2 };

function annualised(input: RelationInput, sentence: Sentence, index: number, frames: readonly Frame[], before: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const annual of frames) {
    if (annual.figure.kind !== 'money' || annual.role === 'change' || annual.role === 'from') continue;
    if (!ANNUAL_AFTER.test(text.slice(annual.figure.end, annual.figure.end + 40)) || !ANNUAL_BEFORE.test(text.slice(Math.max(sentence.start, annual.figure.start - 40), annual.figure.start))) continue;
    // the payment: the nearest level (or the level a raise went to) named quarterly or monthly, in this sentence or the ones before
    const pool = [...frames.filter((f) => f.figure.end <= annual.figure.start).reverse(), ...before];
    for (const base of pool) {
      if (base.figure.kind !== 'money' || base.role === 'change' || base.role === 'from' || base.figure.value >= annual.figure.value) continue;
      const word = /\b(quarterly|qtly|monthly|mthly|semi-annual|semiannual|half-yearly)\b(?:[^.;]|\.\d){0,40}$/i.exec(text.slice(Math.max(0, base.figure.start - 60), base.figure.start));
      if (!word) continue;
      if (currencyOf(base.figure) !== currencyOf(annual.figure)) break;
      out.push({ kind: 'annualised', sentence, base: operand(base), annual: operand(annual), factor: PERIOD_FACTOR[word[1]!.toLowerCase()]!, period: word[1]!.toLowerCase() });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------
// averages

const AVERAGE_EACH = /^(?:\s*,)?\s*(?:or\s+)?(?:an?\s+)?average\s+of\s+(?:(?:about|roughly|some)\s+)?$/i;
const COUNTED = /\b(?:the|its|their|these|those|all)\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?[a-z-]+s\b/i;

function averages(input: RelationInput, sentence: Sentence, frames: readonly Frame[], prior: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  for (const avg of frames) {
    if (avg.figure.kind !== 'money' || !/^\s*(?:each|apiece|a\s+piece|per\s+[a-z-]+)\b/i.test(text.slice(avg.figure.end, avg.figure.end + 16))) continue;
    const total = frames.filter((f) => f.figure.end <= avg.figure.start && f.figure.kind === 'money' && f.role === 'level').at(-1);
    if (!total || !AVERAGE_EACH.test(text.slice(total.figure.end, avg.figure.start))) continue;
    // the count: "the 11 deletions" in the total's clause, the nearest before it
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(',', total.figure.start) + 1, text.lastIndexOf(';', total.figure.start) + 1);
    const m = COUNTED.exec(text.slice(Math.max(clauseStart, total.figure.start - 120), total.figure.start));
    if (!m) continue;
    const n = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    if (!(n >= 2)) continue;
    const at = Math.max(clauseStart, total.figure.start - 120) + m.index + m[0].indexOf(m[1]!);
    const count = countFigure(text, at, m[1]!, n, total.figure);
    out.push({ kind: 'product', sentence, count: { figure: count }, price: operand(avg), total: operand(total) });
  }
  // "opened with $24.6 million from 3,412 theaters, a per-theater average of $8,120", "… an average of $8,120 per theater"
  for (const avg of frames) {
    if (avg.figure.kind !== 'money') continue;
    const unitWord =
      PER_UNIT_AVERAGE.exec(text.slice(Math.max(sentence.start, avg.figure.start - 40), avg.figure.start))?.[1] ??
      AVERAGE_NOUN.exec(text.slice(Math.max(sentence.start, avg.figure.start - 40), avg.figure.start))?.[1] ??
      (/\baverage\s+(?:(?:selling|sale|realised|realized|net|gross|unit)\s+)?(?:price\s+)?(?:of\s+|at\s+)?$/i.test(text.slice(Math.max(sentence.start, avg.figure.start - 40), avg.figure.start)) ? /^\s*(?:a|per)\s+(?:(?:thousand|hundred|1,000|100)\s+)?([\p{Ll}]+)\b/u.exec(text.slice(avg.figure.end, avg.figure.end + 34))?.[1] : undefined);
    if (!unitWord) continue;
    const before = frames.filter((f) => f.figure.end <= avg.figure.start);
    // (the count's own unit, or the word written after it: "3,412 theaters")
    // (or its last word: "26 home games, an average of £2.9m a game")
    const nextWords = (f: Frame) => /^\s+([\p{L}]+)(?:\s+([\p{L}]+))?/u.exec(text.slice(f.figure.end, f.figure.end + 30)) ?? [];
    // ("1.26 mln 12-inch equivalent wafers": the noun a few words on; built once per average)
    const nounFurther = new RegExp(String.raw`^[^,;.]{0,30}?\b${singular(unitWord)}s?\b`, 'iu');
    // ("- Trips: 1.21 billion": a box line's label names what it counts)
    const labelled = new RegExp(String.raw`\b${singular(unitWord)}s?\s*:\s*$`, 'iu');
    const counted = (f: Frame) => {
      const [, one, two] = nextWords(f);
      const unit = singular((f.figure.mention as Quantity).unit);
      const further = nounFurther.test(text.slice(f.figure.end, f.figure.end + 40));
      return unit === singular(unitWord) || unit.endsWith(` ${singular(unitWord)}`) || singular(one ?? '') === singular(unitWord) || singular(two ?? '') === singular(unitWord) || further || labelled.test(text.slice(Math.max(0, f.figure.start - 40), f.figure.start));
    };
    const isTotal = (f: Frame) => f.figure.kind === 'money' && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && !f.perUnit && !(f.figure.mention as Money).per && currencyOf(f.figure) === currencyOf(avg.figure) && f.figure.value > avg.figure.value;
    let total = before.filter(isTotal).at(-1);
    let count = before.filter((f) => f.figure.kind === 'quantities' && counted(f)).at(-1)?.figure;
    // "Revenue rose … to 96.82 bln Taiwan dollars …. The foundry shipped 1.26 mln wafers, implying an average selling price of
    // 82,400 Taiwan dollars a wafer": the count in this sentence, the revenue in the ones before
    if (!total && count && IMPLYING.test(text.slice(Math.max(sentence.start, avg.figure.start - 60), avg.figure.start))) {
      total = prior.find((f) => isTotal(f) && f.measure === 'revenue');
    }
    // "That works out to an average of $589 a pass": the total and the count of the sentences before
    if (!total && !count && WORKS_OUT.test(text.slice(sentence.start, avg.figure.start))) {
      // (the count may be two paragraphs up, in the lead: the 30 figures before)
      const wider = framesBefore(input, sentence.start, 30);
      total = prior.find(isTotal);
      count = wider.find((f) => f.figure.kind === 'quantities' && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && counted(f))?.figure;
    }
    if (!total) continue;
    count ??= smallCount(text, total.figure.end, avg.figure.start, unitWord, avg.figure);
    // ("Revenue of $1.58 billion from the quarter's closings works out to an average of $537,000 a home": the count stated before)
    if (!count && WORKS_OUT_INSIDE.test(text.slice(total.figure.end, avg.figure.start))) {
      // (only a near-miss: the count whose quotient is within a quarter of the average, the nearest such)
      count = framesBefore(input, sentence.start, 30).find((f) => f.figure.kind === 'quantities' && (f.role === 'level' || f.toLevel) && f.mode === 'actual' && counted(f) && f.figure.value > 0 && total!.figure.value / f.figure.value >= 0.8 * avg.figure.value && total!.figure.value / f.figure.value <= 1.25 * avg.figure.value)?.figure;
    }
    if (!count) continue;
    const countFrame = [...before, ...framesBefore(input, sentence.start, 30)].find((f) => f.figure === count);
    out.push({ kind: 'product', sentence, count: { figure: count, ...(countFrame ? { frame: countFrame } : {}) }, price: operand(avg), total: operand(total) });
  }
}

/**
 * A small count no extractor reads, written between `from` and `to` before the noun an average is
 * per: "£61.7m came from 26 home games, an average of £2.9m a game".
 */
function smallCount(text: string, from: number, to: number, unitWord: string, like: Figure): Figure | undefined {
  const plural = `${singular(unitWord)}s`;
  const m = new RegExp(String.raw`(?<![\d.,])(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?${plural}\b`, 'i').exec(text.slice(from, to));
  if (!m) return undefined;
  const n = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  if (!(n >= 2)) return undefined;
  const at = from + m.index;
  return countFigure(text, at, m[1]!, n, like);
}

/**
 * "shipped 14 of them, averaging 71,000 tonnes each, or 1.15 mln tonnes in all": a count, the
 * average per item and the total, in one sentence (any unit).
 */
function averagedTotals(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  const st = text.slice(sentence.start, sentence.end);
  for (const m of st.matchAll(AVERAGING_EACH)) {
    const cueStart = sentence.start + m.index!;
    const cueEnd = cueStart + m[0].length;
    const avg = frames.find((f) => f.figure.start === cueEnd || (f.figure.start > cueEnd && f.figure.start - cueEnd <= 12 && /^\s*(?:(?:about|some|roughly)\s*)?$/i.test(text.slice(cueEnd, f.figure.start))));
    if (!avg || !/^\s+(?:each|apiece|a\s+piece)\b/i.test(text.slice(avg.figure.end, avg.figure.end + 12))) continue;
    const total = frames.find((f) => f.figure.start > avg.figure.end && f.figure.start - avg.figure.end <= 30 && /^\s+(?:each|apiece|a\s+piece)\s*,\s*(?:or|for|making|totall?ing)\s+(?:about\s+|some\s+|roughly\s+)?$/i.test(text.slice(avg.figure.end, f.figure.start)) && compatibleUnits(f.figure, avg.figure));
    if (!total || !/^\s+(?:in\s+all|in\s+total|altogether|combined)\b/i.test(text.slice(total.figure.end, total.figure.end + 16))) continue;
    // the count: "14 of them", "the 14 cargoes", a number right before the cue's comma
    const before = text.slice(Math.max(sentence.start, cueStart - 60), cueStart);
    const c = /(?<![\d.,])(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+of\s+them|\s+[\p{L}-]+(?:\s[\p{L}-]+)?)?\s*$/iu.exec(before);
    if (!c) continue;
    const n = COUNT_WORDS[c[1]!.toLowerCase()] ?? Number(c[1]);
    if (!(n >= 2)) continue;
    const at = cueStart - before.length + c.index + c[0].indexOf(c[1]!);
    const count = countFigure(text, at, c[1]!, n, avg.figure);
    out.push({ kind: 'product', sentence, count: { figure: count }, price: operand(avg), total: operand(total) });
  }
}
const AVERAGING_EACH = /,\s*averaging\s+/gi;

/**
 * An average of the values listed beside it: "$402 …, Egypt at $431 and Brazil at $379, an
 * average of $398 across the three export hubs"; "averaged 73.6% across the three months, after
 * readings of 72.1%, 74.0% and 73.9%". When the sentence counts them ("the three"), the list must
 * have as many.
 */
function means(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  // (values of the average's own kind: the same unit (per the same thing where both say), each within a factor of three of it —
  // "$3.9 billion in cash … $195 million, an average of about $93 a share" lists no values of a share)
  const perOf = (f: Frame) => (f.figure.kind === 'money' ? ((f.figure.mention as Money).per ?? '') : '');
  for (const mean of frames) {
    if (mean.role !== 'level') continue;
    const alike = (f: Frame) =>
      f !== mean &&
      (f.role === 'level' || f.role === 'from') &&
      f.mode === mean.mode &&
      f.figure.kind === mean.figure.kind &&
      compatibleUnits(f.figure, mean.figure) &&
      (!perOf(f) || !perOf(mean) || perOf(f) === perOf(mean)) &&
      f.figure.value <= mean.figure.value * 3 &&
      f.figure.value >= mean.figure.value / 3;
    const lead = text.slice(Math.max(sentence.start, mean.figure.start - 30), mean.figure.start);
    let parts: Frame[] = [];
    let colon = false;
    if (MEAN_NOUN.test(lead)) {
      // "…, Egypt at $431 and Brazil at $379, an average of $398": the list right before it
      parts = frames.filter((f) => f.figure.end <= mean.figure.start && alike(f));
    } else if (MEAN_VERB.test(lead)) {
      // "averaged 73.6% across the three months, after readings of 72.1%, 74.0% and 73.9%": the readings named after it
      const after = frames.filter((f) => f.figure.start > mean.figure.end && alike(f));
      const first = after[0];
      // (or listed after a colon: "rates averaged $2,740 across the three lanes Drewmark tracks: $3,120 to Los Angeles, …")
      colon = Boolean(first) && /^[^;.]{0,80}:\s*$/.test(text.slice(mean.figure.end, first!.figure.start));
      if (first && (READINGS_OF.test(text.slice(Math.max(mean.figure.end, first.figure.start - 30), first.figure.start)) || colon)) parts = after;
    }
    // (a list after a colon may name where each value is: "$3,120 to Los Angeles, $2,480 to Seattle and …")
    const listed = colon ? parts.every((p, k) => k === 0 || /^[^;:.\d]{0,50}$/.test(text.slice(parts[k - 1]!.figure.end, p.figure.start)) && /,|\band\b/.test(text.slice(parts[k - 1]!.figure.end, p.figure.start))) : isList(text, parts);
    if (parts.length < 2 || !listed || /\bof\s+which\b/i.test(text.slice(sentence.start, sentence.end))) continue;
    const counted = /\b(?:the|its|those|these)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i.exec(text.slice(sentence.start, sentence.end));
    if (counted && (COUNT_WORDS[counted[1]!.toLowerCase()] ?? Number(counted[1])) !== parts.length) continue;
    out.push({ kind: 'mean', sentence, mean: operand(mean), parts: parts.map((p) => (operand(p))) });
  }
}
const MEAN_NOUN = /,\s*(?:or\s+)?an?\s+average\s+of\s+(?:about\s+|roughly\s+)?$/i;
const MEAN_VERB = /\baverag(?:ed|ing)\s+(?:about\s+|roughly\s+)?$/i;
const READINGS_OF = /\b(?:readings|values|figures|levels|prices|rates|results)\s+(?:of|at)\s+$/i;

/** An average of what the sentences before state: "That works out to an average of ", "This equals an average of ". */
const WORKS_OUT = /^\s*(?:that|this|it)\s+(?:works?\s+out\s+(?:to|at)|equals|equates\s+to|comes\s+to|is|was|means|(?:puts|put|places|leaves)\s+the)\s+(?:an?\s+)?average\s+(?:(?:selling|sale|realised|realized|unit)\s+)?(?:price\s+|(?:order|ticket|basket|transaction|trip|fare|bill|booking|sale|loan|deal|contract)\s+(?:value\s+|size\s+)?)?(?:of\s+|at\s+)?(?:about\s+|roughly\s+|some\s+)?$/i;
/** The thing an average is of, named before it: "an average order of $34.10", "an average ticket of". */
const AVERAGE_NOUN = /\baverage\s+(order|ticket|basket|transaction|trip|fare|bill|booking|sale|loan|deal|contract)\s+(?:value\s+|size\s+)?(?:of\s+)?(?:about\s+|roughly\s+|some\s+)?$/i;
/** Before an average a sentence derives: ", implying an average selling price of ", ", which implies an average of ". */
const IMPLYING = /(?:,\s*(?:implying|which\s+implies|meaning|for)|\bgiving)\s+(?:an?\s+)?average\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?(?:about\s+|roughly\s+)?$/iu;
/** Between a total and the average it works out to, in one sentence: "… works out to an average of ", "…, an average of ". */
const WORKS_OUT_INSIDE = /\b(?:works?\s+out\s+(?:to|at)|comes?\s+to|equates\s+to)\s+(?:an?\s+)?average\s+(?:of\s+)?(?:about\s+|roughly\s+|some\s+)?$/i;
/** "a per-theater average of", "the per-store average of". */
const PER_UNIT_AVERAGE = /\b(?:a|an|the)\s+per-([\p{Ll}]+)\s+average\s+(?:of\s+)?(?:about\s+|roughly\s+)?$/u;

// ---------------------------------------------------------------------------------------
// midpoints

/** "the new midpoint is ", "which puts the new midpoint ": a move of a range's middle. */
const NEW_MIDPOINT = /\bnew\s+mid-?point\s+(?:is|was|sits|stands|lies)\s+(?:about\s+|roughly\s+)?$/i;
/** "above the old one", "below the previous midpoint" (group 1: above). */
const OLD_MIDPOINT = /^\s*(?:(above|higher\s+than)|below|lower\s+than)\s+the\s+(?:old|previous|prior|earlier)\s+(?:one|mid-?point)\b/i;
const MIDPOINT_BEFORE = /\bmid-?point\b(?:\s+(?:of|for)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:range|guidance|outlook|forecast|target))?(?:\s*,|\s+(?:is|was|of|at|sits\s+at|comes\s+to))?\s+(?:about\s+|roughly\s+)?$/i;

function midpoints(input: RelationInput, sentence: Sentence, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  // "expects $7.55 to $7.70 a share, up from $7.40 to $7.60; the new midpoint is 2.6% above the old one": the move of the midpoints
  for (const change of frames) {
    if (change.figure.unit !== 'percent' || !NEW_MIDPOINT.test(text.slice(Math.max(sentence.start, change.figure.start - 40), change.figure.start))) continue;
    const dir = OLD_MIDPOINT.exec(text.slice(change.figure.end, Math.min(sentence.end, change.figure.end + 50)));
    if (!dir) continue;
    const earlier = frames.filter((f) => f.figure.end <= change.figure.start && f.figure.kind === 'money');
    const ranged = earlier.find((f) => f.figure.mention.valueHigh !== undefined && f.role !== 'from');
    // the old range: written as one, or as "from $7.40 to $7.60"
    const low = earlier.find((f) => f !== ranged && f.role === 'from');
    const high = low && earlier.find((f) => f.figure.start > low.figure.end && /^\s+to\s+$/i.test(text.slice(low.figure.end, f.figure.start)));
    if (!ranged || !low || !high || !compatibleUnits(ranged.figure, low.figure)) continue;
    const newMid = (ranged.figure.value + ranged.figure.mention.valueHigh!) / 2;
    const oldMid = (low.figure.value + high.figure.value) / 2;
    const like = { ...ranged.figure, mention: { ...ranged.figure.mention, valueHigh: undefined } } as Figure;
    out.push({
      kind: 'move', sentence, change: operand(change), changeKind: 'relative', sign: dir[1] ? 1 : -1,
      from: { figure: synthetic(text, low.figure.start, high.figure.end, oldMid, like) },
      to: { figure: synthetic(text, ranged.figure.start, ranged.figure.end, newMid, like) },
      via: dir[0],
    });
  }
  for (const mid of frames) {
    if (mid.figure.mention.valueHigh !== undefined || !MIDPOINT_BEFORE.test(text.slice(Math.max(sentence.start, mid.figure.start - 80), mid.figure.start))) continue;
    // the range: the latest written before it with the same unit, whose ends hold the midpoint's order
    const range = input.frames.filter((f) => f.figure.start < sentence.start && f.figure.mention.valueHigh !== undefined && compatibleUnits(f.figure, mid.figure) && f.figure.kind === mid.figure.kind && f.figure.value <= mid.figure.value * 1.5 && f.figure.mention.valueHigh! >= mid.figure.value / 1.5).at(-1);
    if (!range) continue;
    out.push({ kind: 'midpoint', sentence, range: operand(range), midpoint: operand(mid) });
  }
}

// ---------------------------------------------------------------------------------------
// gaps between two levels

/** After a gap, the word that sets one level against the other: "3.18 percentage points above", "2.6 points behind". */
const GAP_AFTER = /^\s*(?:above|over|higher\s+than|ahead\s+of|below|under|lower\s+than|behind|short\s+of)\s+/i;
/** A verb that measures one level against another by a gap, before the other: "tailing the ", "overshooting the central bank's ". */
const GAP_VERB = /\b(?:tail(?:ing|ed|s)?|trail(?:ing|ed|s)?|beat(?:ing|s)?|exceed(?:ing|ed|s)?|overshoot(?:ing|s)?|overshot|undershoot(?:ing|s)?|undershot|top(?:ping|ped|s)|outpac(?:ing|ed|es))\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}-]+\s+){0,2}?[\p{L}.&-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/** Between the other level and its gap: "when-issued yield by ", "target by ". */
const GAP_BY = /^\s*(?:[\p{L}.'’-]+\s+){0,4}?by\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/iu;
/** The first level's words, after a verb that leaves one level against another: "The cut leaves the policy rate ", "leaving them ". */
const GAP_LEAVES = /\b(?:leaves|leaving|left|puts|putting|keeps|keeping|kept)\s+((?:[\p{L}.'’-]+\s+){1,4}?)(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/iu;
/** The first level's words as a clause's subject: "Stocks are now ", "The August reading is ". */
const GAP_IS = /(?:^|[,;:]\s*)((?:[\p{L}.'’-]+\s+){1,4}?)(?:is|are|was|were|stands|stood|sits|sat|remains?|remained|ran|runs)\s+(?:now\s+|still\s+|currently\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/iu;
const GAP_PRONOUN = /^(?:them|it|they|this|that|these|those)$/i;
const GAP_STOP = new Set('the its their his her our a an of to for and now still than this that these those'.split(' '));

/**
 * A gap between two levels told as a figure: "The cut leaves the policy rate 3.18 percentage
 * points above January's annual inflation rate of 2.31 pct", "small firms lagged at 48.7, leaving
 * them 2.6 points behind their larger rivals", "at a high yield of 4.118%, tailing the 4.102%
 * when-issued yield by 2.6 basis points", "Stocks are now 4.6% above the five-year average of
 * 2,703 bcf". Each level is a figure the sentence sets beside the gap, or one the words name that
 * the sentence or the few before it stated (the nearest whose words match most). Points, basis
 * points and amounts are a spread; a percentage is a move from the other level.
 */
function gaps(input: RelationInput, sentence: Sentence, index: number, frames: readonly Frame[], out: Relation[]): void {
  const { text } = input;
  const taken = (f: Frame) => out.some((r) => (r.kind === 'spread' && r.spread.figure === f.figure) || (r.kind === 'move' && r.change.figure === f.figure));
  for (const gap of frames) {
    if ((gap.mode !== 'actual' && gap.mode !== 'forecast') || gap.role === 'from' || gap.role === 'share' || gap.figure.mention.valueHigh !== undefined || taken(gap)) continue;
    const unit = gap.figure.kind === 'quantities' ? (gap.figure.mention as Quantity).unit : gap.figure.unit;
    const points = gap.figure.kind === 'quantities' && /^(?:bp|pp)$/.test(unit);
    const relative = gap.figure.kind === 'percentages';
    // what a level must be to have this gap from another
    const legFits = (f: Frame) =>
      f !== gap &&
      f.mode === 'actual' &&
      (f.role === 'level' || f.toLevel === true) &&
      f.figure.mention.valueHigh === undefined &&
      (points
        ? f.figure.unit === 'percent'
        : relative
          ? f.figure.unit !== 'percent'
          : unit === 'points'
            ? f.figure.kind === 'quantities' && /^(?:level|points)$/.test((f.figure.mention as Quantity).unit)
            : compatibleUnits(f.figure, gap.figure));
    const lead = text.slice(sentence.start, gap.figure.start);
    // (levels the words name may be a few paragraphs up: "Bank Indonesia cut its benchmark BI-Rate … to 5.25 pct" … "The cut leaves the policy rate …")
    const wide = framesBefore(input, sentence.start, 40).filter((f) => f.sentenceIndex >= index - 6);
    // (the other level may be a target or a forecast: "overshooting the central bank's 3 pct target by")
    const otherFits = (f: Frame) => legFits({ ...f, mode: f.mode === 'hypothetical' ? 'hypothetical' : 'actual' });
    let a: Frame | undefined;
    let b: Frame | undefined;
    const cmp = GAP_AFTER.exec(text.slice(gap.figure.end, sentence.end));
    if (cmp) {
      // the other level: a figure in the comparator's phrase, else the level its words name
      const phraseStart = gap.figure.end + cmp[0].length;
      const phrase = text.slice(phraseStart, sentence.end).split(/[,;](?!\d|\s*(?:19|20)\d\d\b)|\s(?:and|while|but|as|which|after|since)\s/)[0]!;
      b = frames.find((f) => f.figure.start >= phraseStart && f.figure.end <= phraseStart + phrase.length && otherFits(f));
      if (!b && /\d/.test(phrase)) continue;
      // the first level: the figure the gap's clause follows (", leaving them", "lagged at 48.7,"), or the words before it
      const leaves = GAP_LEAVES.exec(lead);
      const is = leaves ? null : GAP_IS.exec(lead);
      const subject = (leaves?.[1] ?? is?.[1] ?? '').trim();
      const prior = frames.filter((f) => f.figure.end <= gap.figure.start && legFits(f) && f !== b);
      if (GAP_PRONOUN.test(subject)) a = prior.at(-1);
      else if (subject) a = namedLevel(input, subject, [...[...prior].reverse(), ...wide].filter((f) => legFits(f) && f !== b));
      else if (prior.length && /^\s*,\s*$/.test(text.slice(prior.at(-1)!.figure.end, gap.figure.start))) a = prior.at(-1);
      // ("Stocks are now 4.6% above the five-year average of 2,703 bcf" after "taking inventories to 2,871 bcf": the latest level of the other's unit)
      if (!a && subject && relative && b) a = wide.find((f) => f.sentenceIndex >= index - 2 && legFits(f) && compatibleUnits(f.figure, b!.figure) && f.figure.kind !== 'percentages');
      if (!b && a) b = namedLevel(input, phrase, [...frames.filter((f) => f.figure.end <= gap.figure.start).reverse(), ...wide].filter((f) => legFits(f) && f !== a));
    } else {
      // "tailing the 4.102% when-issued yield by 2.6 basis points": the other level before "by", the first before the verb
      b = frames.filter((f) => f.figure.end <= gap.figure.start && otherFits(f) && GAP_BY.test(text.slice(f.figure.end, gap.figure.start))).at(-1);
      if (!b || !GAP_VERB.test(text.slice(sentence.start, b.figure.start))) continue;
      const verbAt = sentence.start + GAP_VERB.exec(text.slice(sentence.start, b.figure.start))!.index;
      const prior = frames.filter((f) => f.figure.end <= verbAt && legFits(f) && f !== b);
      const is = GAP_IS.exec(`${text.slice(sentence.start, verbAt).trimEnd()} `);
      if (prior.length && /^\s*,\s*$/.test(text.slice(prior.at(-1)!.figure.end, verbAt))) a = prior.at(-1);
      else if (is) a = namedLevel(input, is[1]!, [...[...prior].reverse(), ...wide].filter((f) => legFits(f) && f !== b));
    }
    if (!a || !b || a === b || a.figure.value === b.figure.value || !compatibleUnits(a.figure, b.figure)) continue;
    // (only a near miss: the two levels the right way round for the words, their gap within a factor of three of the one stated;
    // anything further is two other levels than the sentence meant)
    const down = /\b(?:below|under|lower|behind|short)\b/i.test(text.slice(gap.figure.end, gap.figure.end + 20));
    const made = relative ? ((a.figure.value - b.figure.value) / Math.abs(b.figure.value)) * 100 : Math.abs(a.figure.value - b.figure.value) / (points && (gap.figure.mention as Quantity).unit === 'bp' ? 0.01 : 1);
    const stated = Math.abs(gap.figure.value);
    if ((relative && Math.sign(made) !== (down ? -1 : 1)) || Math.abs(made) > 3 * stated || Math.abs(made) < stated / 3) continue;
    if (relative) {
      out.push({ kind: 'move', sentence, change: operand(gap), changeKind: 'relative', sign: down ? -1 : 1, from: operand(b), to: operand(a), via: 'gap' });
    } else out.push({ kind: 'spread', sentence, spread: operand(gap), over: operand(a), under: operand(b), signed: false, points });
  }
}

/** The level among `pool` (nearest first) whose words before it share the most word stems with `words` ("the policy rate" → "BI-Rate … to 5.25 pct"). */
function namedLevel(input: RelationInput, words: string, pool: readonly Frame[]): Frame | undefined {
  const stems = words
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length >= 4 && !GAP_STOP.has(w))
    .map(stem5);
  if (!stems.length) return undefined;
  let best: Frame | undefined;
  let bestScore = 0;
  for (const f of pool) {
    const s = input.sentences[f.sentenceIndex]!;
    // (the words before it, and its period after it: "rose to 5.34 pct in August" is "the August reading")
    const near = `${input.text.slice(Math.max(s.start, f.figure.start - 60), f.figure.start)} ${/^[^,;]{0,30}/.exec(input.text.slice(f.figure.end, s.end))![0]}`.toLowerCase();
    const score = stems.filter((st) => new RegExp(String.raw`(?<![\p{L}])${st}`, 'u').test(near)).length;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}
