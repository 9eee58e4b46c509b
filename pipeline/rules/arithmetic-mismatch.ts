/**
 * `arithmetic-mismatch`: a stated change, share or total that the article's own numbers
 * contradict. Every check reads one sentence (the "erased" check may take its other amount
 * from the sentence before; the parts check a breakdown in the sentence after), so the
 * numbers compared are the writer's own, side by side:
 *
 * - `percent-change`: "rose 12% from $50 million to $60 million" (a 20% rise). With
 *   percentages as the from/to values, the change may be read in points or in percent;
 *   only a change that fits neither is flagged.
 * - `multiple`: "more than doubled from $5 million to $9 million"; "tripled", "halved".
 * - `erased`: "a $1.7 billion outflow erased the prior week's $2.2 billion inflow"; also
 *   "wiped out", "offset", "cancelled out", "outweighed". The other amount may be the last
 *   one of the sentence before when this one refers back to it ("This reversal erased…").
 * - `parts`: parts beside the total they break down ("a total of $1.7 billion, with
 *   $1.09 billion from Bitcoin funds and $630 million from Ethereum funds"). Parts that
 *   exceed the total are flagged; parts that fall short only when the wording says the list
 *   is complete ("split between", "for a total of" after the parts).
 * - `net`: "inflows of $A and outflows of $B, for net outflows of $N".
 * - `per-share`: count × price per unit against the stated total ("1.5 million shares at
 *   $20 a share, or $30 million").
 * - `share`: "$A, or P% of the total $T".
 *
 * Rounding tolerance: every written figure stands for its value ± half a unit of its last
 * written digit (`$1.7 billion` is 1.65–1.75 billion, `12%` is 11.5–12.5%); a hedged figure
 * ("about", "nearly") for at least ± `approximateTolerance` of its value. The arithmetic is
 * done on those intervals, and a flag means no reading of the rounded figures fits.
 */
import { z } from 'zod';
import { inSpan } from '../spans.js';
import type { Money, Quantity, Sentence, Span } from '../types.js';
import { liveParagraphIndexes } from '../dedupe.js';
import { findRelations, type Operand, type Relation } from '../frames/relations.js';
import { defineRule, type ProblemDescriptor } from './rule.js';
import {
  allFigures,
  dedupeOverlaps,
  changeSign,
  clauseAround,
  flowDirection,
  formatAmount,
  formatNumber,
  intervalOf,
  kilogramsOf,
  isCryptoAmount,
  overlaps,
  productInterval,
  ratioInterval,
  scaleInterval,
  signOfDirection,
  sumIntervals,
  type Figure,
  type Interval,
  type ToleranceOptions,
} from './support/figures.js';

const CHECKS = ['percent-change', 'multiple', 'erased', 'parts', 'net', 'per-share', 'share'] as const;
type Check = (typeof CHECKS)[number];

const HEDGE = String.raw`(?:(?:about|around|roughly|approximately|nearly|almost|some|just(?:\s+(?:over|under))?|more\s+than|less\s+than|over|an\s+estimated)\s+)?`;

// from/to pairs
const FROM_BEFORE = new RegExp(
  String.raw`\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+)?[\w-]+['’]s\s+)?(?:(?:recent|record|all-time|previous|prior|year-earlier|revised|initial|earlier)\s+)*(?:(?:high|low|peak|level|total|figure|estimate|reading|price)\s+of\s+)?${HEDGE}$`,
  'i',
);
const FROM_TO_BETWEEN = new RegExp(String.raw`^\s*(?:(?!(?:and|but|or|while|as|when)\s)[\w'’-]+\s+){0,4}?to\s+(?:an?\s+)?(?:(?:new|record|fresh|all-time|revised|seasonally\s+adjusted)\s+)*(?:(?:high|low|level|total|peak)\s+of\s+)?${HEDGE}$`, 'i');
/**
 * "$412 million, up from $349 million": a level and the earlier level of the same thing.
 * ("compared with" and "against" are left out: in wire copy they often set a figure
 * against another base than the one its stated change uses.)
 */
const LEVEL_THEN_EARLIER = new RegExp(
  String.raw`^\s*(?:(?!(?:and|but|or|while|as|when|to|from)\s)[\w'’/-]+\s+){0,3}?,?\s*(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:(?:year-earlier|previous|prior|revised|restated)\s+)?${HEDGE}$`,
  'i',
);
const TO_BEFORE = new RegExp(String.raw`\bto\s+(?:an?\s+)?(?:(?:new|record|fresh|all-time|revised|seasonally\s+adjusted)\s+)*(?:(?:high|low|level|total|peak)\s+of\s+)?${HEDGE}$`, 'i');
const TO_FROM_BETWEEN = new RegExp(
  String.raw`^\s*(?:(?!(?:and|but|or|while|as|when)\s)[\w'’/-]+\s+){0,3}?,?\s*(?:up\s+|down\s+)?from\s+(?:an?\s+|the\s+)?(?:(?:revised|year-earlier|previous|prior|restated)\s+)?${HEDGE}$`,
  'i',
);

// the stated change of a move
const CHANGE_AFTER = new RegExp(
  // words are separated by white space (never split one word into several: that made this exponential)
  String.raw`^(?:\s+(?!(?:and|but|or|while|as|when|to|from)\b)[\w'’/-]+){0,6}?\s*[,(\u2013\u2014-]?\s*(?:(?:or|up|down|a|an|representing|marking|which\s+is|for)\s+)?(?:an?\s+)?(?:(?:rise|increase|decline|drop|gain|jump|fall|decrease|loss|change|surge|plunge|slide|climb)\s+of\s+)?${HEDGE}$`,
  'i',
);
/** "$412 million, up 18% from $349 million": a level, its change, and the earlier level. */
const LEVEL_TO_CHANGE = new RegExp(
  String.raw`^\s*(?:(?!(?:and|but|or|while|as|when|to|from)\s)[\w'’/-]+\s+){0,3}?,?\s*(?:up|down|rising|falling|increasing|decreasing|gaining|dropping|climbing|sliding|an?\s+(?:increase|decrease|rise|drop|decline|gain|jump|fall)\s+of)\s+(?:by\s+)?${HEDGE}$`,
  'i',
);
const CHANGE_TO_EARLIER = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?from\s+(?:an?\s+|the\s+)?(?:(?:revised|year-earlier|previous|prior|restated)\s+)?${HEDGE}$`, 'i');
/** The words that make a figure after a from/to pair its change. */
const CHANGE_MARK = new RegExp(String.raw`(?:[,(\u2013\u2014]\s*(?:or|up|down)|\b(?:rise|increase|decline|drop|gain|jump|fall|decrease|loss|change|surge|plunge|slide|climb)\s+of|\b(?:representing|marking))\s+${HEDGE}$`, 'i');
const CHANGE_BREAK = /;|\b(?:and|but|while|whereas|though|although|because|when|after|following|since|compared|versus|vs)\b|,\s*(?:so|leaving|meaning|which|thus|hence)\b/i;
const CHANGE_WORD = String.raw`(?:r[io]se|rising|increas\w*|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|grew|grow\w*|rall\w*|advanc\w*|add\w*|up|fell|fall\w*|drop\w*|declin\w*|decreas\w*|lost|los[ei]\w*|slid\w*|slump\w*|slipp?\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|down|dipp?\w*|eas(?:ed|ing)|shed\w*|shr[ai]nk\w*|cut\w*|widen\w*|narrow\w*|expand\w*|contract\w*|uptick|spike\w*|swell\w*|swollen|boost\w*|improv\w*|rebound\w*|retreat\w*|loss|change)`;
/** A change figure is attached to change words: "rose 12%", "a rise of 12%", "by 12%" … or "12% increase". */
const CHANGE_LEAD = new RegExp(String.raw`\b(?:${CHANGE_WORD}\s+(?:by\s+|of\s+)?|by\s+)${HEDGE}$`, 'i');
const CHANGE_TRAIL = new RegExp(String.raw`^\s*(?:${CHANGE_WORD}|higher|lower|more|less)\b`, 'i');
/** A change on another basis than the from/to values ("on a comparable store basis", "year-on-year"). */
const BASIS = /\b(?:comparable|same[- ]store|like[- ]for[- ]like|constant[- ]currenc\w*|organic\w*|adjusted|real terms|annuali[sz]ed|year-(?:on|over)-year|on the year|month-on-month|in (?:local|dollar|euro) terms|excluding|underlying)\b/i;

// multiples
const MULTIPLE = /\b(?:(more than|over|nearly|almost|close to|roughly|about|some)\s+)?(doubl|tripl|trebl|quadrupl|halv)ed\b/gi;
const FACTOR: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5 };

// erased and the like
const ERASED =
  /\b(?:(not only|completely|fully|entirely|more than|all but|nearly|almost|partly|partially|largely|mostly|half|only|some of|part of|much of|not)\s+)?(eras(?:ed|es|ing|e)|wip(?:ed|es|ing|e) out|offset(?:ting|s)?|cancel(?:l?ed|l?ing|s)? out|negat(?:ed|es|ing|e)|outweigh(?:ed|s|ing)?|made up for|revers(?:ed|es|ing|e)(?: all of| the whole of| the entire)?|recoup(?:ed|ing|s)? all of|recover(?:ed|ing|s)? all of|undid|undoing|undo(?:es)? all of)\b/gi;
const INTENT = /\b(?:to|help(?:ed|s|ing)?|would|could|may|might|will|should|aim(?:ed|s)? at|designed to|meant to|expected to|enough to)\s+$/i;
const PARTIAL = /^(?:all but|nearly|almost|partly|partially|largely|mostly|half|only|some of|part of|much of|not)$/i;
const ANAPHOR =
  /^\s*(?:this|that|the|these|those|such|which|it)\s+(?:[\w'’-]+\s+){0,2}?(?:out-?flows?|in-?flows?|reversal|withdrawals?|redemptions?|loss(?:es)?|gains?|selling|sell-off|exodus|drawdown|buying|flows?|decline|drop|amount|figure|sum|retreat|rush|surge|haul|bleeding)\b/i;

// parts and totals
const TOTAL_BEFORE = new RegExp(
  String.raw`\b(?:an?\s+(?:combined\s+|collective\s+|cumulative\s+|overall\s+)?total\s+of|total\s+(?:[\w-]+\s+){1,2}?of|total(?:l?ing|l?ed|s)?|in\s+total|combined|together|altogether|collectively|aggregate|(?:a|the)\s+sum\s+of|bringing\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:total|combined\s+\w+|tally|sum)\s+to)\s+(?:of\s+)?${HEDGE}$`,
  'i',
);
const TOTAL_AFTER = /^\s*(?:in\s+total|in\s+all|total|combined|altogether|collectively|overall)\b/i;
const BREAKDOWN = /\b(?:including|of which|led by|with|comprising|consisting of|made up of|split (?:between|among|across)|divided (?:between|among)|broken down (?:as|into)|spread (?:across|among)|account(?:ed|ing)? for|came from|coming from|contribut(?:ed|ing))\b|:/i;
/** "The $120 million … was split between": the amount that is divided is a total, and the list after it complete. */
const SPLIT_AFTER = /^\s*(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|has been|will be)\s+(?:split|divided|broken down|allocated)\s+(?:between|among|across|into|as)\b/i;
const COMPLETE_BREAKDOWN = /\b(?:comprising|consisting of|made up of|split (?:between|among|across)|divided (?:between|among)|broken down (?:as|into))\b/i;
const SUM_AFTER_PARTS = new RegExp(
  String.raw`^\s*(?:(?!(?:and|but|or|while|as|by|reducing|raising|cutting)[\s,])[\w'’-]+,?\s+){0,3}?[,\u2013\u2014-]?\s*(?:(?:for|bringing|making|or|and|to)\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:combined|collective|regional|overall|global|aggregate|weekly|monthly|daily|quarterly|entire|whole|full)\s+){0,2}(?:total|together|in\s+all|in\s+total|combined|altogether|totall?ing|sum)\b`,
  'i',
);
const LIST_GLUE = /^(?:[^;.]{0,80})$/;
const LIST_JOIN = /,|\band\b|\bplus\b/i;
const NOT_A_LIST = /\b(?:while|whereas|but|compared|versus|vs|after|following|since)\b|;/i;
const NEXT_BREAKDOWN = /^\s*(?:of\s+(?:that|this|these|those|the\s+(?:total|sum|amount|figure|out-?flows?|in-?flows?))|within\s+(?:that|this|the\s+total))\b/i;
const NET = /\bnet(?:ting|ted)?\b/i;

// per-unit figures
const COUNT_UNIT = /^(?:shares?|units?|coins?|tokens?|contracts?|ounces?|oz|barrels?|bitcoins?|ethers?|tonnes?|tons?|options?|warrants?|notes?|bonds?)$/i;
const PRICE_BEFORE = new RegExp(String.raw`\bat\s+(?:an?\s+)?(?:average\s+)?(?:(?:price|cost)\s+of\s+)?${HEDGE}$`, 'i');
const PRICE_AFTER = /^\s*(?:each|apiece|a piece|an? (?:share|coin|token|unit|ounce|barrel|bitcoin)|per (?:share|coin|token|unit|ounce|barrel|bitcoin))\b/i;
/** Right after the price: "…a share, or $30 million", "…each, for a total of $30 million". */
const TOTAL_AFTER_PRICE = new RegExp(
  String.raw`^\s*(?:(?:(?:a|per|an)\s+(?:share|coin|token|unit|ounce|barrel|bitcoin)|each|apiece)\s*)?(?:,\s*)?(?:or|for|worth|totall?ing|valued\s+at|in\s+a\s+deal\s+worth)\s+(?:an?\s+)?(?:(?:combined\s+|collective\s+)?total\s+of\s+)?${HEDGE}$`,
  'i',
);
const PARTITIVE = /\bof\s+(?:the|its|their|his|her)\s+$|^\s*of\s+(?:the|its|their)\b/i;

// shares of a total
const SHARE_BEFORE = new RegExp(String.raw`\b(?:or|accounting\s+for|representing|making\s+up|equal\s+to)\s+${HEDGE}$`, 'i');
const SHARE_AFTER = /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:total|overall|combined|aggregate|all)\b/i;
/** "…, or 64% of the $1.7 billion total": the total written right after the share. */
const SHARE_OF_TOTAL = /^\s*of\s+(?:the\s+|a\s+)?(?:total\s+(?:of\s+)?)?$/i;

export default defineRule({
  id: 'arithmetic-mismatch',
  meta: {
    description:
      'A stated change, multiple, total or share that its own numbers contradict: a % change that does not match its from/to values, parts that exceed their total, a smaller amount that "erased" a larger one. Tolerance: half a unit of each figure\'s last written digit.',
    defaultSeverity: 'error',
    messages: {
      percentChange: '`{{stated}}` {{change}} does not match the move from `{{from}}` to `{{to}}`, which is {{actual}}',
      multiple: '`{{to}}` is {{ratio}}× `{{from}}`: it has not {{claim}}',
      erased: '`{{amount}}`{{amountNoun}} cannot have {{verb}} a `{{other}}`{{otherNoun}}',
      partsExceed: 'Parts {{parts}} add up to {{sum}}, more than the stated total `{{total}}`',
      partsMismatch: 'Parts {{parts}} add up to {{sum}}, not the stated total `{{total}}`',
      net: 'Inflows of `{{inflow}}` and outflows of `{{outflow}}` net to {{expected}}, not `{{stated}}`',
      perShare: '`{{count}}` at `{{price}}` comes to {{product}}, not `{{total}}`',
      share: '`{{part}}` is {{actual}} of `{{total}}`, not `{{stated}}`',
      absoluteChange: '`{{stated}}` {{change}} does not match the move from `{{from}}` to `{{to}}`, which is {{actual}}',
      direction: '`{{stated}}` is said to be a {{claimed}}, but `{{from}}` to `{{to}}` is a {{actual}}',
      netWords: '`{{plus}}` {{plusWord}} less `{{minus}}` {{minusWord}} is {{expected}}, not `{{stated}}`',
      rollforward: '{{terms}} is {{expected}}, not `{{stated}}`',
      sharesSum: 'Shares {{shares}} add up to {{sum}}, not 100%',
      spread: '`{{over}}` less `{{under}}` is {{actual}}, not the stated spread of `{{stated}}`',
      midpoint: 'The midpoint of `{{range}}` is {{expected}}, not `{{stated}}`',
      annualised: '`{{base}}` {{period}} comes to {{expected}} a year, not `{{stated}}`',
      levelChange: '`{{stated}}` {{change}} does not match {{delta}} to `{{to}}`, which is {{actual}}',
      reversal: 'A `{{stated}}` {{change}} cannot undo all of a `{{reversed}}` {{earlier}}: that takes a {{needed}} {{change}}',
      ratio: '`{{numerator}}` over `{{denominator}}` is {{actual}}, not the stated {{what}} of `{{stated}}`',
      mean: 'The average of {{parts}} is {{expected}}, not `{{stated}}`',
    },
    options: z
      .object({
        /** Which checks run. */
        checks: z.array(z.enum(CHECKS)).default([...CHECKS]),
        /** Relative slack for hedged figures ("about $1.8 billion"), on top of rounding. */
        approximateTolerance: z.number().min(0).max(0.5).default(0.05),
        /** …but at most this many half-units of its last written digit ("about $10,957 a tonne" is within $2.50; "about $750 million" within $25 million). */
        hedgeUnits: z.number().min(1).max(100).default(5),
        /** Relative slack of a plain "doubled", "tripled" or "halved". */
        multipleTolerance: z.number().min(0).max(0.5).default(0.1),
      })
      .strict(),
    examples: {
      ok: [
        { text: 'Revenue rose 20% from $50 million to $60 million in the quarter, the company said.' },
        { text: 'Bitcoin edged up 1.2% within four hours, moving from $67,200 to $68,000, CoinGecko data showed.' },
        { text: 'Crypto funds saw a $2.4 billion net outflow last week, CoinShares said. This reversal erased the prior week\'s $2.2 billion inflow.' },
        { text: 'Outflows totalled $1.7 billion, with $1.09 billion from Bitcoin funds and $630 million from Ether funds, CoinShares said.' },
      ],
      flagged: [
        {
          text: 'Crypto funds saw a $1.7 billion net outflow last week, CoinShares said. This abrupt reversal erased the prior week\'s $2.2 billion inflow.',
          flags: [{ messageId: 'erased', text: 'erased the prior week', related: ['$1.7 billion', '$2.2 billion'] }],
        },
        {
          text: 'Revenue rose 12% from $50 million to $60 million in the quarter, the company said.',
          flags: [{ messageId: 'percentChange', text: 'rose 12% from $50 million to $60 million' }],
        },
        {
          text: 'Outflows totalled $1.7 billion, with $1.29 billion from Bitcoin funds and $630 million from Ether funds, CoinShares said.',
          flags: [{ messageId: 'partsExceed', text: 'Outflows totalled $1.7 billion' }],
        },
      ],
    },
  },
  check(article, context) {
    const options = context.options;
    const enabled = new Set<Check>(options.checks);
    const live = liveParagraphIndexes(article.paragraphs);
    const figures = allFigures(article);
    const sentences = article.sentences.filter((s) => live.has(s.paragraph));
    const inSentence = sentences.map((s) => dedupeOverlaps(inSpan(figures, s)));
    const text = article.text;
    // one flag per sentence: the first problem found in it speaks for the sentence
    const flagged = new Set<number>();
    const reporter = (sentence: Sentence) => (p: Omit<ProblemDescriptor, 'start' | 'end'>) => {
      if (flagged.has(sentence.start)) return;
      flagged.add(sentence.start);
      context.report({ ...p, start: sentence.start, end: sentence.end });
    };

    // Each sentence is read once, also when it serves as the one before or after another.
    const readings: SentenceReading[] = [];
    const readingAt = (i: number) => (readings[i] ??= new SentenceReading(text, sentences[i]!, inSentence[i]!, options));

    sentences.forEach((sentence, i) => {
      if (!inSentence[i]!.length) return;
      const read = readingAt(i);
      const report = reporter(sentence);
      if (enabled.has('percent-change')) checkPercentChange(read, report);
      if (enabled.has('multiple')) checkMultiple(read, report);
      if (enabled.has('erased')) {
        // "This reversal erased …" may open a paragraph and refer to the last sentence of the one before
        const previous = i > 0 ? readingAt(i - 1) : null;
        checkErased(read, previous, report);
      }
      if (enabled.has('parts')) {
        const next = sentences[i + 1]?.paragraph === sentence.paragraph ? readingAt(i + 1) : null;
        checkParts(read, next, report);
      }
      if (enabled.has('net')) checkNet(read, report);
      if (enabled.has('per-share')) checkPerShare(read, report);
      if (enabled.has('share')) checkShare(read, report);
    });

    // relations between claim frames, across sentences and paragraphs (pipeline/frames/relations.ts)
    for (const relation of findRelations({ text, sentences: article.sentences, paragraphs: article.paragraphs, frames: article.frames })) {
      if (!live.has(relation.sentence.paragraph)) continue;
      checkRelation(relation, options, enabled, reporter(relation.sentence));
      // parts listed in another sentence than their total, the last said to be the rest ("and the Americas the remaining
      // 4,160"): the list's sentence claims to be the whole too, so it is told as well
      if (relation.kind === 'sum' && REST_BEFORE.test(text.slice(Math.max(0, relation.parts.at(-1)!.figure.start - 60), relation.parts.at(-1)!.figure.start))) {
        const last = relation.parts.at(-1)!.figure;
        const partsAt = sentences.find((s) => s.start <= last.start && last.start < s.end);
        if (partsAt && partsAt !== relation.sentence) checkRelation(relation, options, enabled, reporter(partsAt));
      }
    }
  },
});

/** Words before a list's last part that say it is the rest of the whole. */
const REST_BEFORE = /\b(?:the\s+(?:remaining|rest|remainder|balance)|all\s+other|the\s+other)\b(?:\s*,)?[^,;.]{0,40}$/i;

/** "double", "doubling" → "doubled" for messages. */
const PAST_OF: Readonly<Record<string, string>> = { doubl: 'doubled', tripl: 'tripled', trebl: 'trebled', quadrupl: 'quadrupled', halv: 'halved' };

const CHECK_OF: Readonly<Record<Relation['kind'], Check>> = { move: 'percent-change', multiple: 'multiple', sum: 'parts', net: 'net', share: 'share', product: 'per-share', 'shares-sum': 'parts', spread: 'net', rollforward: 'net', reversal: 'percent-change', 'level-change': 'percent-change', annualised: 'per-share', midpoint: 'share', ratio: 'share', mean: 'parts' };

/** Checks one relation on the intervals of its rounded figures. */
function checkRelation(relation: Relation, options: ToleranceOptions & { multipleTolerance: number }, enabled: ReadonlySet<Check>, report: Report): void {
  if (!enabled.has(CHECK_OF[relation.kind])) return;
  const iv = (o: Operand) => intervalOf(o.figure, options);
  const rel = (o: Operand, message: string) => related(o.figure, message);
  const synthetic = (o: Operand) => o.figure.ref.startsWith('synthetic:');
  const relatedOf = (...pairs: [Operand, string][]) => pairs.filter(([o]) => !synthetic(o) || o.figure.end > o.figure.start).map(([o, m]) => rel(o, m));
  switch (relation.kind) {
    case 'move': {
      const { change, from, to, changeKind } = relation;
      const F = iv(from);
      const T = iv(to);
      const C = iv(change);
      if (!Number.isFinite(F.lo) || !Number.isFinite(T.lo) || !Number.isFinite(C.lo) || !Number.isFinite(C.hi) || !Number.isFinite(F.hi) || !Number.isFinite(T.hi)) return;
      const diff: Interval = { lo: T.lo - F.hi, hi: T.hi - F.lo };
      const sign = change.figure.value < 0 ? -1 : relation.sign;
      // a stated rise that the levels show as a fall (or the other way round); numbers without a unit
      // may be quoted either way (yen per dollar), so they are not judged for direction
      if (sign !== 0 && !synthetic(from) && !synthetic(to) && (sign > 0 ? diff.hi < 0 : diff.lo > 0)) {
        report({
          messageId: 'direction',
          data: { stated: change.figure.text, claimed: sign > 0 ? 'rise' : 'fall', from: from.figure.text, to: to.figure.text, actual: diff.lo > 0 ? 'rise' : 'fall' },
          related: relatedOf([from, 'from'], [to, 'to'], [change, 'stated change']),
        });
        return;
      }
      const written = { lo: Math.abs(C.lo) <= Math.abs(C.hi) ? Math.abs(C.lo) : Math.abs(C.hi), hi: Math.max(Math.abs(C.lo), Math.abs(C.hi)) };
      // writers round or truncate a change: allow one more half unit upwards
      const magnitude = { lo: written.lo, hi: written.hi + (written.hi - written.lo) / 2 };
      const claimed = (k: number): Interval[] => {
        const m = { lo: magnitude.lo * k, hi: magnitude.hi * k };
        return sign > 0 ? [m] : sign < 0 ? [{ lo: -m.hi, hi: -m.lo }] : [m, { lo: -m.hi, hi: -m.lo }];
      };
      const readings: Interval[] = [];
      let k = 1;
      const percentLevels = to.figure.unit === 'percent' && from.figure.unit === 'percent';
      if (changeKind === 'relative') {
        const ratio = ratioInterval(T, F);
        if (!ratio) return;
        readings.push({ lo: (ratio.lo - 1) * 100, hi: (ratio.hi - 1) * 100 });
        if (percentLevels) readings.push(diff);
      } else if (changeKind === 'points') {
        const unit = (change.figure.mention as Quantity).unit;
        if (!percentLevels && unit !== 'points') return;
        k = unit === 'bp' ? 0.01 : 1;
        readings.push(diff);
      } else {
        readings.push(diff);
      }
      if (readings.some((r) => claimed(k).some((c) => overlaps(r, c)))) return;
      // levels a thousand-fold apart are a misread pair (a scale the text elided), not a wrong change
      if (changeKind === 'relative' && !percentLevels && !plausible(to.figure.value, from.figure.value, 1000)) return;
      const mid = (to.figure.value / from.figure.value - 1) * 100;
      const size = formatNumber(Math.abs(mid));
      const move = `${/^(?:8|1[18](?!\d))/.test(size) ? 'an' : 'a'} ${size}% ${mid >= 0 ? 'rise' : 'fall'}`;
      const delta = to.figure.value - from.figure.value;
      const actual =
        changeKind === 'relative'
          ? percentLevels
            ? `${formatNumber(delta)} percentage points (${move})`
            : move
          : changeKind === 'points'
            ? `${formatNumber(percentLevels ? delta : delta)} ${percentLevels ? 'percentage points' : 'points'} (${move})`
            : `${delta >= 0 ? 'a rise' : 'a fall'} of ${formatAmount(Math.abs(delta), to.figure.unit.replace(/\/.*$/, ''))}`;
      report({
        messageId: changeKind === 'relative' ? 'percentChange' : 'absoluteChange',
        data: { stated: change.figure.text, change: sign > 0 ? 'rise' : sign < 0 ? 'fall' : 'change', from: from.figure.text, to: to.figure.text, actual },
        related: relatedOf([from, 'from'], [to, 'to'], [change, 'stated change']),
      });
      return;
    }
    case 'multiple': {
      const ratio = ratioInterval(iv(relation.to), iv(relation.from));
      if (!ratio) return;
      const { factor, modifier } = relation;
      const t = options.multipleTolerance;
      let wrong: boolean;
      if (modifier === 'more than' || modifier === 'over') wrong = factor > 1 ? ratio.hi <= factor : ratio.lo >= factor;
      else if (modifier === 'nearly' || modifier === 'almost' || modifier === 'close to') wrong = factor > 1 ? ratio.hi < factor * 0.75 || ratio.lo > factor * (1 + t) : ratio.lo > factor / 0.75;
      else wrong = !overlaps(ratio, { lo: factor * (1 - t), hi: factor * (1 + t) });
      if (!wrong) return;
      report({
        messageId: 'multiple',
        data: {
          from: relation.from.figure.text,
          to: relation.to.figure.text,
          ratio: formatNumber(relation.to.figure.value / relation.from.figure.value, 2),
          claim: `${modifier ? `${modifier} ` : ''}${PAST_OF[relation.word.toLowerCase().replace(/(?:ed|es|ing|e)$/, '')] ?? relation.word.toLowerCase()}`,
        },
        related: relatedOf([relation.from, 'from'], [relation.to, 'to']),
      });
      return;
    }
    case 'sum': {
      const sum = sumIntervals(relation.parts.map(iv));
      const stated = iv(relation.total);
      const exceeds = sum.lo > stated.hi;
      if (!(exceeds || (relation.complete && !overlaps(sum, stated)))) return;
      // parts an order of magnitude away from their total are not its parts (a misread list, not a slip)
      if (!plausible(relation.parts.reduce((a, p) => a + p.figure.value, 0), relation.total.figure.value)) return;
      const unit = relation.total.figure.unit.replace(/\/.*$/, '');
      report({
        messageId: exceeds ? 'partsExceed' : 'partsMismatch',
        data: { parts: relation.parts.map((p) => `\`${p.figure.text}\``).join(' + '), sum: formatAmount(relation.parts.reduce((a, p) => a + p.figure.value, 0), unit), total: relation.total.figure.text },
        related: relatedOf([relation.total, 'stated total'], ...relation.parts.map((p): [Operand, string] => [p, 'part'])),
      });
      return;
    }
    case 'rollforward': {
      const S = iv(relation.start);
      const P = sumIntervals(relation.plus.map(iv));
      const M = sumIntervals(relation.minus.map(iv));
      const carried: Interval = { lo: S.lo + P.lo - M.hi, hi: S.hi + P.hi - M.lo };
      if (overlaps(carried, iv(relation.end))) return;
      const expected = relation.start.figure.value + relation.plus.reduce((a, p) => a + p.figure.value, 0) - relation.minus.reduce((a, p) => a + p.figure.value, 0);
      const terms = [`\`${relation.start.figure.text}\``, ...relation.plus.map((p) => `+ \`${p.figure.text}\``), ...relation.minus.map((p) => `− \`${p.figure.text}\``)].join(' ');
      report({
        messageId: 'rollforward',
        data: { terms, expected: formatAmount(expected, relation.end.figure.unit.replace(/\/.*$/, '')), stated: relation.end.figure.text },
        related: relatedOf([relation.start, 'start'], ...relation.plus.map((p): [Operand, string] => [p, 'added']), ...relation.minus.map((p): [Operand, string] => [p, 'taken away']), [relation.end, 'stated end']),
      });
      return;
    }
    case 'net': {
      const P = iv(relation.plus);
      const M = iv(relation.minus);
      const N = iv(relation.net);
      const plusMinus: Interval = { lo: P.lo - M.hi, hi: P.hi - M.lo };
      const minusPlus: Interval = { lo: -plusMinus.hi, hi: -plusMinus.lo };
      if (overlaps(plusMinus, N) || overlaps(minusPlus, N)) return;
      const diff = relation.plus.figure.value - relation.minus.figure.value;
      const unit = relation.net.figure.unit.replace(/\/.*$/, '');
      report({
        messageId: 'netWords',
        data: { plus: relation.plus.figure.text, plusWord: relation.words[0], minus: relation.minus.figure.text, minusWord: relation.words[1], expected: formatAmount(Math.abs(diff), unit), stated: relation.net.figure.text },
        related: relatedOf([relation.plus, 'added'], [relation.minus, 'taken away'], [relation.net, 'stated net figure']),
      });
      return;
    }
    case 'spread': {
      const O = iv(relation.over);
      const U = iv(relation.under);
      const S = iv(relation.spread);
      const k = relation.points ? ((relation.spread.figure.mention as Quantity).unit === 'bp' ? 0.01 : 1) : 1;
      const stated: Interval = { lo: S.lo * k, hi: (S.hi + (S.hi - S.lo) / 2) * k };
      const diff: Interval = { lo: O.lo - U.hi, hi: O.hi - U.lo };
      const fits = overlaps(diff, stated) || (!relation.signed && overlaps({ lo: -diff.hi, hi: -diff.lo }, stated));
      if (fits) return;
      const delta = relation.over.figure.value - relation.under.figure.value;
      const actual = relation.points ? `${formatNumber(Math.abs(delta) / k)} ${k === 0.01 ? 'basis points' : 'percentage points'}` : formatAmount(relation.signed ? delta : Math.abs(delta), relation.over.figure.unit.replace(/\/.*$/, ''));
      report({
        messageId: 'spread',
        data: { over: relation.over.figure.text, under: relation.under.figure.text, actual, stated: relation.spread.figure.text },
        related: relatedOf([relation.over, 'higher leg'], [relation.under, 'lower leg'], [relation.spread, 'stated spread']),
      });
      return;
    }
    case 'mean': {
      const sum = sumIntervals(relation.parts.map(iv));
      const n = relation.parts.length;
      const stated = iv(relation.mean);
      if (overlaps({ lo: sum.lo / n, hi: sum.hi / n }, { lo: stated.lo, hi: stated.hi + (stated.hi - stated.lo) / 2 })) return;
      const expected = relation.parts.reduce((a, p) => a + p.figure.value, 0) / n;
      report({
        messageId: 'mean',
        data: { parts: relation.parts.map((p) => `\`${p.figure.text}\``).join(', '), expected: formatAmount(expected, relation.mean.figure.unit.replace(/\/.*$/, '')), stated: relation.mean.figure.text },
        related: relatedOf([relation.mean, 'stated average'], ...relation.parts.map((p): [Operand, string] => [p, 'value'])),
      });
      return;
    }
    case 'ratio': {
      const actual = ratioInterval(iv(relation.numerator), iv(relation.denominator));
      if (!actual) return;
      const stated = iv(relation.ratio);
      if (overlaps(actual, { lo: stated.lo, hi: stated.hi + (stated.hi - stated.lo) / 2 })) return;
      report({
        messageId: 'ratio',
        data: {
          numerator: relation.numerator.figure.text,
          denominator: relation.denominator.figure.text,
          actual: formatNumber(relation.numerator.figure.value / relation.denominator.figure.value, 2),
          what: relation.what,
          stated: relation.ratio.figure.text,
        },
        related: relatedOf([relation.numerator, relation.what === 'cover' ? 'bids' : 'numerator'], [relation.denominator, relation.what === 'cover' ? 'amount on offer' : 'denominator'], [relation.ratio, 'stated ratio']),
      });
      return;
    }
    case 'midpoint': {
      const r = relation.range.figure;
      const lo = intervalOf({ ...r, value: r.value, mention: { ...r.mention, valueHigh: undefined } } as Figure, options);
      const hi = intervalOf({ ...r, value: r.mention.valueHigh!, mention: { ...r.mention, value: r.mention.valueHigh!, valueHigh: undefined } } as Figure, options);
      const expected: Interval = { lo: (lo.lo + hi.lo) / 2, hi: (lo.hi + hi.hi) / 2 };
      const M = iv(relation.midpoint);
      if (overlaps(expected, { lo: M.lo - (M.hi - M.lo) / 2, hi: M.hi + (M.hi - M.lo) / 2 })) return;
      const mid = (r.value + r.mention.valueHigh!) / 2;
      report({
        messageId: 'midpoint',
        data: { range: r.text, expected: r.kind === 'money' ? formatAmount(mid, r.unit.replace(/\/.*$/, '')) : formatNumber(mid), stated: relation.midpoint.figure.text },
        related: relatedOf([relation.range, 'range'], [relation.midpoint, 'stated midpoint']),
      });
      return;
    }
    case 'annualised': {
      const B = iv(relation.base);
      const A = iv(relation.annual);
      const expected: Interval = { lo: B.lo * relation.factor, hi: B.hi * relation.factor };
      if (overlaps(expected, { lo: A.lo, hi: A.hi + (A.hi - A.lo) / 2 })) return;
      report({
        messageId: 'annualised',
        data: { base: relation.base.figure.text, period: relation.period, expected: formatAmount(relation.base.figure.value * relation.factor, relation.base.figure.unit.replace(/\/.*$/, '')), stated: relation.annual.figure.text },
        related: relatedOf([relation.base, `${relation.period} payment`], [relation.annual, 'stated yearly figure']),
      });
      return;
    }
    case 'level-change': {
      // the level before is the level after less the move in its unit
      const T = iv(relation.to);
      const D = iv(relation.delta);
      const d = { lo: Math.abs(D.lo) <= Math.abs(D.hi) ? Math.abs(D.lo) : Math.abs(D.hi), hi: Math.max(Math.abs(D.lo), Math.abs(D.hi)) };
      const F: Interval = relation.sign > 0 ? { lo: T.lo - d.hi, hi: T.hi - d.lo } : { lo: T.lo + d.lo, hi: T.hi + d.hi };
      const ratio = ratioInterval(T, F);
      if (!ratio || !(F.lo > 0)) return;
      const actual: Interval = { lo: (ratio.lo - 1) * 100, hi: (ratio.hi - 1) * 100 };
      const C = iv(relation.change);
      const m = { lo: Math.min(Math.abs(C.lo), Math.abs(C.hi)), hi: Math.max(Math.abs(C.lo), Math.abs(C.hi)) };
      const claimed = { lo: m.lo, hi: m.hi + (m.hi - m.lo) / 2 };
      if (overlaps(actual, relation.sign > 0 ? claimed : { lo: -claimed.hi, hi: -claimed.lo })) return;
      const from = relation.to.figure.value - relation.sign * Math.abs(relation.delta.figure.value);
      const pct = (relation.to.figure.value / from - 1) * 100;
      report({
        messageId: 'levelChange',
        data: {
          stated: relation.change.figure.text,
          change: relation.sign > 0 ? 'rise' : 'fall',
          delta: `${relation.sign > 0 ? 'a gain' : 'a fall'} of \`${relation.delta.figure.text}\``,
          to: relation.to.figure.text,
          actual: `a ${formatNumber(Math.abs(pct))}% ${pct >= 0 ? 'rise' : 'fall'} from ${relation.to.figure.kind === 'money' ? formatAmount(from, relation.to.figure.unit.replace(/\/.*$/, '')) : from.toFixed(/\.(\d+)/.exec(relation.to.figure.text)?.[1]?.length ?? 0)}`,
        },
        related: relatedOf([relation.to, 'to'], [relation.delta, 'move in the level\'s unit'], [relation.change, 'stated change']),
      });
      return;
    }
    case 'reversal': {
      // undoing a gain of g% takes a fall of 100·g/(100+g)%, a loss of l% a rise of 100·l/(100−l)%;
      // writers often restate the same number, so both readings pass
      const R = iv(relation.reversed);
      const undo = (x: number) => (relation.sign > 0 ? (100 * x) / (100 + x) : (100 * x) / (100 - x));
      if (!(R.lo >= 0 && R.hi < 100)) return;
      const needed: Interval = { lo: Math.min(undo(R.lo), R.lo), hi: Math.max(undo(R.hi), R.hi) };
      const C = iv(relation.change);
      const stated = { lo: Math.min(Math.abs(C.lo), Math.abs(C.hi)), hi: Math.max(Math.abs(C.lo), Math.abs(C.hi)) };
      // (a larger move undoes all of the earlier one and more: "fell 3.2%, erasing all of Monday's 1.9% gain")
      if (overlaps(needed, { lo: stated.lo, hi: stated.hi + (stated.hi - stated.lo) / 2 }) || stated.lo > needed.hi) return;
      report({
        messageId: 'reversal',
        data: {
          stated: relation.change.figure.text,
          change: relation.sign > 0 ? 'fall' : 'rise',
          reversed: relation.reversed.figure.text,
          earlier: relation.sign > 0 ? 'gain' : 'loss',
          needed: `${formatNumber(undo(relation.reversed.figure.value))}%`,
        },
        related: relatedOf([relation.reversed, 'move undone'], [relation.change, 'stated change']),
      });
      return;
    }
    case 'share': {
      // (a share the parts listed before make together: their sum)
      const ratio = ratioInterval(relation.parts ? sumIntervals(relation.parts.map(iv)) : iv(relation.part), iv(relation.total));
      if (!ratio) return;
      const actual: Interval = { lo: ratio.lo * 100, hi: ratio.hi * 100 };
      const stated = iv(relation.share);
      if (overlaps(actual, { lo: stated.lo, hi: stated.hi + (stated.hi - stated.lo) / 2 })) return;
      report({
        messageId: 'share',
        data: {
          part: relation.parts ? relation.parts.map((p) => p.figure.text).join('` + `') : relation.part.figure.text,
          total: relation.total.figure.text,
          stated: relation.share.figure.text,
          actual: `${formatNumber((relation.part.figure.value / relation.total.figure.value) * 100)}%`,
        },
        related: relation.parts ? relatedOf(...relation.parts.map((p): [Operand, string] => [p, 'part']), [relation.total, 'total'], [relation.share, 'stated share']) : relatedOf([relation.part, 'part'], [relation.total, 'total'], [relation.share, 'stated share']),
      });
      return;
    }
    case 'product': {
      // ("1,850 tonnes … at 4.05 euros a kilo": the count in the unit the price is per)
      const k = perUnitFactor(relation.count.figure, relation.price.figure);
      const count = iv(relation.count);
      const product = productInterval({ lo: count.lo * k, hi: count.hi * k }, iv(relation.price));
      if (!product || overlaps(product, iv(relation.total))) return;
      if (!plausible(relation.count.figure.value * k * relation.price.figure.value, relation.total.figure.value)) return;
      // (an average per item may be a quantity: "14 of them, averaging 71,000 tonnes each")
      const unit = relation.price.figure.kind === 'money' ? `money:${(relation.price.figure.mention as Money).currency.toUpperCase()}` : relation.total.figure.unit;
      report({
        messageId: 'perShare',
        data: { count: relation.count.figure.text, price: relation.price.figure.text, product: formatAmount(relation.count.figure.value * k * relation.price.figure.value, unit), total: relation.total.figure.text },
        related: relatedOf([relation.count, 'count'], [relation.price, 'price per unit'], [relation.total, 'stated total']),
      });
      return;
    }
    case 'shares-sum': {
      const sum = sumIntervals(relation.shares.map(iv));
      if (overlaps(sum, { lo: 100, hi: 100 })) return;
      report({
        messageId: 'sharesSum',
        data: { shares: relation.shares.map((p) => `\`${p.figure.text}\``).join(' + '), sum: `${formatNumber(relation.shares.reduce((a, p) => a + p.figure.value, 0))}%` },
        related: relatedOf(...relation.shares.map((p): [Operand, string] => [p, 'share'])),
      });
      return;
    }
  }
}

type Report = (problem: Omit<ProblemDescriptor, 'start' | 'end'>) => void;

/** One sentence's figures with the words around each. */
class SentenceReading {
  readonly around: Map<Figure, { before: string; after: string }>;
  private cachedMoves: { from: Figure; to: Figure }[] | null = null;
  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    readonly figures: readonly Figure[],
    readonly tolerance: ToleranceOptions & { multipleTolerance: number },
  ) {
    this.around = new Map(figures.map((f) => [f, clauseAround(text, f, sentence, figures, 80)]));
  }
  before(f: Figure): string {
    return this.around.get(f)!.before;
  }
  after(f: Figure): string {
    return this.around.get(f)!.after;
  }
  between(a: Span, b: Span): string {
    return this.text.slice(a.end, b.start);
  }
  interval(f: Figure): Interval {
    return intervalOf(f, this.tolerance);
  }
  /** Words from the sentence start to a position. */
  prefix(at: number): string {
    return this.text.slice(this.sentence.start, at);
  }
  /** The from/to pairs of the sentence, in order. */
  moves(): { from: Figure; to: Figure }[] {
    if (this.cachedMoves) return this.cachedMoves;
    const out: { from: Figure; to: Figure }[] = [];
    const fs = this.figures;
    for (let i = 0; i + 1 < fs.length; i++) {
      const a = fs[i]!;
      const b = fs[i + 1]!;
      if (a.unit !== b.unit) continue;
      const between = this.between(a, b);
      if (FROM_BEFORE.test(this.before(a)) && FROM_TO_BETWEEN.test(between)) out.push({ from: a, to: b });
      else if (TO_BEFORE.test(this.before(a)) && TO_FROM_BETWEEN.test(between)) out.push({ from: b, to: a });
      else if (LEVEL_THEN_EARLIER.test(between)) out.push({ from: b, to: a });
      else continue;
      i++; // a figure ends one move at most
    }
    this.cachedMoves = out;
    return out;
  }
  /** Flow direction of a figure, from the extractor or the words around it. */
  flow(f: Figure): 'inflow' | 'outflow' | null {
    return flowDirection(f, this.around.get(f)!);
  }
}

const perOf = (f: Figure): string | undefined => (f.kind === 'money' ? (f.mention as Money).per : undefined);
const related = (f: Figure, message: string) => ({ start: f.start, end: f.end, message });
const isMoney = (f: Figure) => f.kind === 'money';
/** Index points and the like ("61.96-point drop", "gain of 88.10 points"). */
const isPoints = (f: Figure) => f.kind === 'quantities' && /^(?:points|pp|bp)$/.test((f.mention as Quantity).unit);

// ---------------------------------------------------------------------------------------

/** "$412 million, up 18% from $349 million": `{ from, to, stated }` read from level, change, earlier level. */
function levelChanges(read: SentenceReading): { from: Figure; to: Figure; stated: Figure }[] {
  const out: { from: Figure; to: Figure; stated: Figure }[] = [];
  const fs = read.figures;
  for (let i = 0; i + 2 < fs.length; i++) {
    const [to, stated, from] = [fs[i]!, fs[i + 1]!, fs[i + 2]!];
    if (to.unit !== from.unit || stated.kind !== 'percentages' || to.unit === 'percent') continue;
    if (LEVEL_TO_CHANGE.test(read.between(to, stated)) && CHANGE_TO_EARLIER.test(read.between(stated, from))) out.push({ from, to, stated });
  }
  return out;
}

function checkPercentChange(read: SentenceReading, report: Report): void {
  const moves = read.moves();
  const endpoints = new Set(moves.flatMap((m) => [m.from, m.to]));
  const triples = levelChanges(read).filter((t) => !endpoints.has(t.from) && !endpoints.has(t.to));
  const candidates: { from: Figure; to: Figure; stated?: Figure }[] = [...moves, ...triples];
  for (const { from, to, stated: given } of candidates) {
    const first = from.start < to.start ? from : to;
    const last = from.start < to.start ? to : from;
    const isChange = (f: Figure) =>
      !endpoints.has(f) && (f.kind === 'percentages' || (f.kind === 'quantities' && /^(?:pp|bp)$/.test((f.mention as Quantity).unit)));
    const noFigureBetween = (a: Span, b: Span) => !read.figures.some((f) => f.start >= a.end && f.end <= b.start);
    const attached = (f: Figure) => CHANGE_LEAD.test(read.before(f)) || CHANGE_TRAIL.test(read.after(f));
    const before = read.figures.filter((f) => isChange(f) && f.end <= first.start).at(-1);
    const after = read.figures.find((f) => isChange(f) && f.start >= last.end);
    let stated: Figure | undefined;
    let words = '';
    if (given) {
      stated = given;
      words = read.between(to, given);
      if (BASIS.test(`${words} ${read.between(given, from)} ${read.after(from).slice(0, 30)}`)) continue;
    } else if (before && attached(before) && noFigureBetween(before, first) && !CHANGE_BREAK.test(read.between(before, first)) && read.between(before, first).length <= 70) {
      // the change written before its pair ("rose 12% from … to …"); on another basis it is not this move's
      if (BASIS.test(`${read.between(before, first)} ${read.after(last).slice(0, 30)}`)) continue;
      stated = before;
      words = `${read.before(before).slice(-25)} ${read.after(before).slice(0, 15)}`;
    } else if (after && noFigureBetween(last, after)) {
      // the change written after its pair (", or 12%", ", an increase of 12%", ", a 12% rise")
      const between = read.between(last, after);
      const marked = CHANGE_MARK.test(between) || CHANGE_TRAIL.test(read.after(after));
      if (between.length > 120 || !CHANGE_AFTER.test(between) || !marked || BASIS.test(`${between} ${read.after(after).slice(0, 40)}`)) continue;
      stated = after;
      words = `${between} ${read.after(after).slice(0, 15)}`;
    }
    if (!stated) continue;
    const a = read.interval(from);
    const b = read.interval(to);
    const ratio = ratioInterval(b, a);
    if (!ratio || !(b.lo > 0)) continue;

    const negate = (i: Interval): Interval => ({ lo: -i.hi, hi: -i.lo });
    const written = read.interval(stated);
    // writers round or truncate a change: 25.5% may be written "25%", so allow one more half unit upwards
    const half = (written.hi - written.lo) / 2;
    const rounded = stated.value < 0 ? negate(written) : written;
    const magnitude = Number.isFinite(half) ? { lo: rounded.lo, hi: rounded.hi + half } : rounded;
    const sign = stated.value < 0 ? -1 : changeSign(words) || signOfDirection(stated.mention.direction);
    const inPoints = stated.kind === 'quantities';
    const k = inPoints && (stated.mention as Quantity).unit === 'bp' ? 0.01 : 1;
    const claimed = (sign === 0 ? [magnitude, negate(magnitude)] : [sign > 0 ? magnitude : negate(magnitude)]).map((c) => scaleInterval(c, k));

    const relative: Interval = { lo: (ratio.lo - 1) * 100, hi: (ratio.hi - 1) * 100 };
    const points: Interval = { lo: b.lo - a.hi, hi: b.hi - a.lo };
    const percentValues = from.unit === 'percent';
    if (inPoints && !percentValues) continue;
    const readings = inPoints ? [points] : percentValues ? [relative, points] : [relative];
    if (readings.some((r) => claimed.some((c) => overlaps(r, c)))) continue;

    const mid = (to.value / from.value - 1) * 100;
    const size = formatNumber(Math.abs(mid));
    const move = `${/^(?:8|1[18](?!\d))/.test(size) ? 'an' : 'a'} ${size}% ${mid >= 0 ? 'rise' : 'fall'}`;
    const actual = percentValues ? `${formatNumber(to.value - from.value)} percentage points (${move})` : move;
    report({
      messageId: 'percentChange',
      data: { stated: stated.text, change: sign > 0 ? 'rise' : sign < 0 ? 'fall' : 'change', from: from.text, to: to.text, actual },
      related: [related(from, 'from'), related(to, 'to'), related(stated, 'stated change')],
    });
  }
}

function checkMultiple(read: SentenceReading, report: Report): void {
  const sentenceText = read.text.slice(read.sentence.start, read.sentence.end);
  MULTIPLE.lastIndex = 0;
  for (const m of sentenceText.matchAll(MULTIPLE)) {
    const at = read.sentence.start + m.index!;
    const modifier = (m[1] ?? '').toLowerCase();
    const factor = FACTOR[m[2]!.toLowerCase()]!;
    const cueEnd = at + m[0].length;
    const move = read.moves().find((mv) => Math.min(mv.from.start, mv.to.start) >= cueEnd);
    if (!move) continue;
    const gap = read.text.slice(cueEnd, Math.min(move.from.start, move.to.start));
    if (gap.length > 60 || CHANGE_BREAK.test(gap) || read.figures.some((f) => f.start >= cueEnd && f.end <= Math.min(move.from.start, move.to.start))) continue;
    const ratio = ratioInterval(read.interval(move.to), read.interval(move.from));
    if (!ratio) continue;
    const t = read.tolerance.multipleTolerance;
    let wrong: boolean;
    let claim: string;
    const word = { 2: 'doubled', 3: 'tripled', 4: 'quadrupled', 0.5: 'halved' }[factor] ?? 'changed';
    if (modifier === 'more than' || modifier === 'over') {
      wrong = factor > 1 ? ratio.hi <= factor : ratio.lo >= factor;
      claim = `more than ${word}`;
    } else if (modifier === 'nearly' || modifier === 'almost' || modifier === 'close to') {
      wrong = factor > 1 ? ratio.hi < factor * 0.75 || ratio.lo > factor * (1 + t) : ratio.lo > factor / 0.75;
      claim = `nearly ${word}`;
    } else {
      wrong = !overlaps(ratio, { lo: factor * (1 - t), hi: factor * (1 + t) });
      claim = word;
    }
    if (!wrong) continue;
    report({
      messageId: 'multiple',
      data: { from: move.from.text, to: move.to.text, ratio: formatNumber(move.to.value / move.from.value, 2), claim },
      related: [related(move.from, 'from'), related(move.to, 'to')],
    });
  }
}

const VERB_PAST: readonly [RegExp, string][] = [
  [/^eras/i, 'erased'],
  [/^wip/i, 'wiped out'],
  [/^offset/i, 'offset'],
  [/^cancel/i, 'cancelled out'],
  [/^negat/i, 'negated'],
  [/^outweigh/i, 'outweighed'],
  [/^made up/i, 'made up for'],
  [/^revers/i, 'reversed'],
  [/^recoup/i, 'recouped'],
  [/^recover/i, 'recovered'],
  [/^und/i, 'undone'],
];

function nounOf(read: SentenceReading, f: Figure): string {
  const flow = read.flow(f);
  if (flow) return ` ${flow}`;
  const d = f.mention.direction;
  return d === 'increase' ? ' gain' : d === 'decrease' ? ' loss' : '';
}

function checkErased(read: SentenceReading, previous: SentenceReading | null, report: Report): void {
  const sentenceText = read.text.slice(read.sentence.start, read.sentence.end);
  ERASED.lastIndex = 0;
  for (const m of sentenceText.matchAll(ERASED)) {
    const modifier = (m[1] ?? '').toLowerCase();
    if (modifier && PARTIAL.test(modifier)) continue;
    const cueStart = read.sentence.start + m.index!;
    // "to offset", "help offset", "would offset": an aim or a possibility, not an outcome
    if (INTENT.test(read.prefix(cueStart))) continue;
    const cueEnd = cueStart + m[0].length;
    const afterCue = read.figures.find((f) => f.start >= cueEnd && (isMoney(f) || isPoints(f)));
    if (!afterCue || read.text.slice(cueEnd, afterCue.start).length > 70 || /[;]/.test(read.text.slice(cueEnd, afterCue.start))) continue;
    const passive = /^\s*by\b/i.test(read.text.slice(cueEnd, afterCue.start));
    // "profit rose, offset by a charge": passive offsets are nearly always partial unless the text says fully
    if (passive && /^offset/i.test(m[2]!) && !/^(?:completely|fully|entirely|more than|not only)$/.test(modifier)) continue;
    const beforeCue = read.figures.filter((f) => f.end <= cueStart && (isMoney(f) || isPoints(f)) && f.unit === afterCue.unit).at(-1);
    let doer: Figure | undefined;
    let done: Figure | undefined;
    let source: SentenceReading = read;
    if (passive) {
      doer = afterCue;
      done = beforeCue;
    } else {
      done = afterCue;
      // several amounts may be the one that erased ("outflows of $1.7 billion, led by $1.09 billion …, erased"):
      // take the largest that can be, so a flag means none of them could
      const doneFlow = read.flow(afterCue);
      const largest = (reading: SentenceReading, fs: readonly Figure[]) =>
        fs
          .filter((f) => (isMoney(f) || isPoints(f)) && f.unit === afterCue.unit && !(doneFlow && reading.flow(f) === doneFlow))
          .sort((x, y) => y.value - x.value)[0];
      doer = largest(read, read.figures.filter((f) => f.end <= cueStart));
      if (!doer && previous && ANAPHOR.test(read.prefix(cueStart)) && !read.figures.some((f) => f.end <= cueStart)) {
        doer = largest(previous, previous.figures);
        source = previous;
      }
    }
    if (!doer || !done || doer.unit !== done.unit || (doer.kind !== 'money' && !isPoints(doer))) continue;
    const doerFlow = source.flow(doer);
    const doneFlow = read.flow(done);
    if (doerFlow && doneFlow && doerFlow === doneFlow) continue;
    const a = intervalOf(doer, read.tolerance);
    const b = read.interval(done);
    const strict = modifier === 'more than' || /^made up/i.test(m[2]!);
    // "more than reversed" is an outcome larger than the loss; "reversing all of" a full one
    const wrong = strict ? a.hi <= b.lo : a.hi < b.lo;
    if (!wrong) continue;
    const verb = VERB_PAST.find(([re]) => re.test(m[2]!))?.[1] ?? 'erased';
    report({
      messageId: 'erased',
      data: {
        amount: doer.text,
        amountNoun: nounOf(source, doer),
        verb: strict && modifier === 'more than' ? `more than ${verb}` : verb,
        other: done.text,
        otherNoun: nounOf(read, done),
      },
      related: [related(doer, `the ${doerFlow ?? 'amount'} stated here`), related(done, `the ${doneFlow ?? 'amount'} it is said to have ${verb}`)],
    });
  }
}

/** A run of same-unit figures joined as a list (`$A, $B and $C`), walking from `start` in `step` direction. */
function listFrom(read: SentenceReading, start: number, step: 1 | -1, unit: string, direction: string | null): Figure[] {
  const out: Figure[] = [];
  const fs = read.figures;
  for (let i = start; i >= 0 && i < fs.length; i += step) {
    const f = fs[i]!;
    if (f.unit !== unit) break;
    if (out.length) {
      const prev = out.at(-1)!;
      const between = step > 0 ? read.between(prev, f) : read.between(f, prev);
      if (!LIST_GLUE.test(between) || !LIST_JOIN.test(between) || NOT_A_LIST.test(between)) break;
    }
    const flow = read.flow(f);
    if (direction && flow && flow !== direction) break;
    if (FROM_BEFORE.test(read.before(f)) || TO_BEFORE.test(read.before(f))) break;
    out.push(f);
  }
  return step > 0 ? out : out.reverse();
}

function checkParts(read: SentenceReading, next: SentenceReading | null, report: Report): void {
  const fs = read.figures;
  fs.forEach((total, t) => {
    if (total.kind !== 'money' || perOf(total)) return;
    const splitAfter = SPLIT_AFTER.test(read.after(total));
    const isTotal = splitAfter || TOTAL_BEFORE.test(read.before(total)) || TOTAL_AFTER.test(read.after(total));
    if (!isTotal) return;
    const direction = read.flow(total);
    const net = NET.test(read.before(total).slice(-30)) || NET.test(read.after(total).slice(0, 20));
    let parts: Figure[] = [];
    let complete = false;
    // parts listed before a total that sums them ("$A and $B, for a total of $T")
    if (t > 0 && SUM_AFTER_PARTS.test(read.between(fs[t - 1]!, total))) {
      parts = listFrom(read, t - 1, -1, total.unit, direction);
      complete = true;
    } else if (t + 1 < fs.length && BREAKDOWN.test(read.between(total, fs[t + 1]!)) && !NOT_A_LIST.test(read.between(total, fs[t + 1]!))) {
      parts = listFrom(read, t + 1, 1, total.unit, direction);
      complete = splitAfter || COMPLETE_BREAKDOWN.test(read.between(total, fs[t + 1]!));
    } else if (next && NEXT_BREAKDOWN.test(read.text.slice(next.sentence.start, next.sentence.end)) && t === fs.length - 1) {
      parts = next.figures.filter((f) => f.unit === total.unit && !(direction && next.flow(f) && next.flow(f) !== direction));
    }
    if (parts.length < 2) return;
    if (net && !complete) return;
    const sum = sumIntervals(parts.map((p) => read.interval(p)));
    const stated = read.interval(total);
    const exceeds = sum.lo > stated.hi;
    const wrong = complete ? !overlaps(sum, stated) : exceeds;
    if (!wrong) return;
    const sumValue = parts.reduce((acc, p) => acc + p.value, 0);
    report({
      messageId: exceeds ? 'partsExceed' : 'partsMismatch',
      data: { parts: parts.map((p) => `\`${p.text}\``).join(' + '), sum: formatAmount(sumValue, total.unit), total: total.text },
      related: [related(total, 'stated total'), ...parts.map((p) => related(p, 'part'))],
    });
  });
}

function checkNet(read: SentenceReading, report: Report): void {
  const money = read.figures.filter((f) => isMoney(f) && !perOf(f));
  const isNet = (f: Figure) => NET.test(read.before(f).slice(-25)) || NET.test(read.after(f).split(/[,;]/)[0]!.slice(0, 25));
  const nets = money.filter(isNet);
  const gross = money.filter((f) => !isNet(f));
  const inflows = gross.filter((f) => read.flow(f) === 'inflow');
  const outflows = gross.filter((f) => read.flow(f) === 'outflow');
  if (nets.length !== 1 || inflows.length !== 1 || outflows.length !== 1) return;
  const [n, i, o] = [nets[0]!, inflows[0]!, outflows[0]!];
  if (n.unit !== i.unit || n.unit !== o.unit) return;
  const I = read.interval(i);
  const O = read.interval(o);
  const N = read.interval(n);
  const direction = read.flow(n);
  const outMinusIn: Interval = { lo: O.lo - I.hi, hi: O.hi - I.lo };
  const inMinusOut: Interval = { lo: I.lo - O.hi, hi: I.hi - O.lo };
  const fits =
    direction === 'outflow' ? overlaps(outMinusIn, N) : direction === 'inflow' ? overlaps(inMinusOut, N) : overlaps(outMinusIn, N) || overlaps(inMinusOut, N);
  if (fits) return;
  const diff = i.value - o.value;
  const expected = `${formatAmount(Math.abs(diff), n.unit)} of net ${diff >= 0 ? 'inflows' : 'outflows'}`;
  report({
    messageId: 'net',
    data: { inflow: i.text, outflow: o.text, expected, stated: n.text },
    related: [related(i, 'inflows'), related(o, 'outflows'), related(n, 'stated net figure')],
  });
}

function checkPerShare(read: SentenceReading, report: Report): void {
  // a count that writes its unit ("1.5 million shares", "1,000 BTC"), not one of a larger lot ("2.6 mln of the 3.06 mln shares")
  const counts = read.figures.filter(
    (f) =>
      ((f.kind === 'quantities' && COUNT_UNIT.test((f.mention as Quantity).unit) && /[a-z]{2,}/i.test(f.text.replace(/\b(?:mln|bln|million|billion|thousand|bn|mn)\b/gi, ''))) ||
        (f.kind === 'money' && isCryptoAmount(f.mention as Money) && /[A-Za-z]{2,}/.test(f.text))) &&
      !PARTITIVE.test(read.before(f)) &&
      !PARTITIVE.test(read.after(f).slice(0, 12)),
  );
  const prices = read.figures.filter(
    (f) => f.kind === 'money' && !isCryptoAmount(f.mention as Money) && (Boolean(perOf(f)) || PRICE_AFTER.test(read.after(f))) && PRICE_BEFORE.test(read.before(f)),
  );
  if (counts.length !== 1 || prices.length !== 1) return;
  const [count, price] = [counts[0]!, prices[0]!];
  if (count.start > price.start || read.between(count, price).length > 50) return;
  const currency = (price.mention as Money).currency.toUpperCase();
  const next = read.figures.find((f) => f.start >= price.end);
  if (!next || next.kind !== 'money' || perOf(next) || (next.mention as Money).currency.toUpperCase() !== currency) return;
  if (!TOTAL_AFTER_PRICE.test(read.between(price, next))) return;
  const total = next;
  const product = productInterval(read.interval(count), read.interval(price));
  if (!product || overlaps(product, read.interval(total))) return;
  report({
    messageId: 'perShare',
    data: { count: count.text, price: price.text, product: formatAmount(count.value * price.value, `money:${currency}`), total: total.text },
    related: [related(count, 'count'), related(price, 'price per unit'), related(total, 'stated total')],
  });
}

function checkShare(read: SentenceReading, report: Report): void {
  for (const p of read.figures) {
    if (p.kind !== 'percentages' || !SHARE_BEFORE.test(read.before(p))) continue;
    const part = read.figures.filter((f) => f.end <= p.start && isMoney(f)).at(-1);
    if (!part || read.between(part, p).length > 30 || /[;]|\b(?:and|but|while)\b/.test(read.between(part, p))) continue;
    const next = read.figures.find((f) => f.start >= p.end);
    let total: Figure | undefined;
    if (next && next.unit === part.unit && SHARE_OF_TOTAL.test(read.between(p, next)) && (TOTAL_AFTER.test(read.after(next)) || /total\s+(?:of\s+)?$/i.test(read.between(p, next)))) {
      total = next;
    } else if (SHARE_AFTER.test(read.after(p))) {
      const totals = read.figures.filter((f) => f !== part && f.unit === part.unit && (TOTAL_BEFORE.test(read.before(f)) || TOTAL_AFTER.test(read.after(f))));
      if (totals.length === 1) total = totals[0];
    }
    if (!total) continue;
    const ratio = ratioInterval(read.interval(part), read.interval(total));
    if (!ratio) continue;
    const actual: Interval = { lo: ratio.lo * 100, hi: ratio.hi * 100 };
    const stated = read.interval(p);
    // shares are rounded or truncated like changes
    if (overlaps(actual, { lo: stated.lo, hi: stated.hi + (stated.hi - stated.lo) / 2 })) continue;
    report({
      messageId: 'share',
      data: { part: part.text, total: total.text, stated: p.text, actual: `${formatNumber((part.value / total.value) * 100)}%` },
      related: [related(part, 'part'), related(total, 'total'), related(p, 'stated share')],
    });
  }
}

/** Two amounts that could be meant as equal, give or take a slip: within `factor` of each other. */
/** What a count is multiplied by to be in the unit its price is per: 1,000 for tonnes at a price a kilo; else 1. */
function perUnitFactor(count: Figure, price: Figure): number {
  if (count.kind !== 'quantities' || price.kind !== 'money') return 1;
  // ("RM72 per thousand pieces": the count in thousands)
  const per = /^(thousand|1,000|hundred|100)\s/.exec((price.mention as Money).per ?? '');
  if (per) return /^(?:thousand|1,000)$/.test(per[1]!) ? 1 / 1000 : 1 / 100;
  const from = kilogramsOf((count.mention as Quantity).unit);
  const to = kilogramsOf((price.mention as Money).per);
  return from && to ? from / to : 1;
}

function plausible(a: number, b: number, factor = 10): boolean {
  if (!(a > 0) || !(b > 0)) return true;
  return a / b <= factor && b / a <= factor;
}
