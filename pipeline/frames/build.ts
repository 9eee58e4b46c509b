/**
 * Builds one claim frame per figure: its role in its clause (level, earlier level, change,
 * share), its mode (stated, expected, forecast, hypothetical), what it measures (owner, item,
 * measure, qualifiers, segment), when (the time the text gives it) and where (venue).
 *
 * How a figure's words are read, nearest first:
 * 1. a label before a colon on a list line ("Total revenue: $842 million", "Loma Rubia: 512,000 tonnes");
 * 2. a noun phrase after it ("$1.64 billion of revenue", "621 mln dlrs in quarterly sales",
 *    "the $2.6 billion purchase");
 * 3. a noun phrase before "of" ("an equity value of $2.4 billion");
 * 4. the clause's subject before its verb ("Exchange reserves stood at 2.47 million BTC");
 * 5. a verb that names the measure ("it produced 412,000 ounces", "we handed over 48,620 cars");
 * 6. the unit a count counts ("1,146 stores").
 * The owner is a possessive ("Saudi Arabia's output"), an entity in those words, a party the
 * words refer back to ("the company", "it", "we" in a quote), the subject of the sentence
 * before, or, for a company's own measures, the article's main party.
 */
import { inSpan } from '../spans.js';
import type { ArticleMeta, Entity, Paragraph, Quantity, Money, Sentence, Source, Span, Timestamp } from '../types.js';
import { ORG_WORDS } from '../../extractors/source-lexicon.js';
import { isResultsHeading, resultsPeriod } from './results-period.js';
import { allFigures, dedupeOverlaps, type Figure } from './figures.js';
import { DEMONYMS, EXPECTED_CUES, GUIDANCE_CUES, PARTY_ANAPHORS, PREVIOUS_CUES, QUALIFIER_CLASSES } from './lexicon.js';
import type { ChangeKind, Frame, FrameMode, FrameRole, SubjectVia } from './types.js';
import {
  DETERMINER,
  HEDGE,
  MAX_FRAME_SENTENCE,
  MEASURE_TIME,
  NEUTRAL_MODIFIERS,
  OF_THAT_OPENING,
  OWN_MEASURES,
  PART_OF_WHOLE,
  VERB_GROUP_TAIL,
  isVerb,
  maturitiesIn,
  measuresIn,
  qualifiersIn,
  thingsIn,
  verbMeasuresIn,
  wordsOf,
  BOX_PRIOR_BEFORE,
} from './words.js';

/** What the frame builder reads of an article. */
export interface FrameInput {
  readonly text: string;
  readonly meta: Readonly<ArticleMeta>;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly money: readonly Money[];
  readonly percentages: readonly import('../types.js').Percentage[];
  readonly quantities: readonly Quantity[];
  readonly timestamps: readonly Timestamp[];
  readonly entities: readonly Entity[];
  readonly sources: readonly Source[];
}

// ---------------------------------------------------------------------------------------
// Cues

const CHANGE_VERBS = String.raw`r[io]se|rising|rises|risen|increas\w*|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|grew|grow\w*|rall\w*|advanc\w*|(?<!\b(?:made|makes|making|make|take|takes|took|taking|set|sets|sum|sums|summed|shot|end|ended|ends|wound|winds)\s)up|fell|fall\w*|drop\w*|declin\w*|decreas\w*|lost|los[ei]\w*|slid\w*|slump\w*|slipp?\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|down|dipp?\w*|eas(?:ed|ing|es)|shed\w*|shr[ai]nk\w*|cut\w*|lower\w*|rais\w*|hik\w*|lift\w*|boost\w*|trimm?\w*|slash\w*|reduc\w*|widen\w*|narrow\w*|expand\w*|contract\w*|improv\w*|rebound\w*|retreat\w*|weaken\w*|strengthen\w*|firm\w*|add\w*|edg\w*(?:\s+(?:up|down|higher|lower))?|tick\w*(?:\s+(?:up|down))?|mov\w*\s+(?:up|down|higher|lower)|accelerat\w*|slow\w*|decelerat\w*|swell\w*|swollen`;
/** "rose 12%", "fell by 3.2 mln barrels", "up 1.12 dlrs", "a rise of 5%". */
const CHANGE_LEAD = new RegExp(
  String.raw`(?:\b(?:${CHANGE_VERBS})(?:\s+(?:a|an|another|by|of|some|further))*|\bby|\b(?:rise|increase|decline|drop|gain|jump|fall|decrease|change|surge|plunge|slide|climb|advance|draw|build|reduction|cut|hike|improvement|deterioration|contraction|expansion|growth|move|swing|widening|narrowing)\s+of)\s+${HEDGE}$`,
  'i',
);
/** "a 3% rise", "61.96-point drop", "12% higher". */
const CHANGE_TRAIL = /^[\s-]*(?:(?:annuali[sz]ed|annual|monthly|weekly|quarterly|year-on-year|sequential|on-year|on-month)\s+)?(?:rise|increase|decline|drop|gain|jump|fall|decrease|loss|change|surge|plunge|slide|climb|advance|uptick|downtick|dip|rally|selloff|sell-off|slump|rebound|higher|lower|draw|build|cut|hike|reduction|improvement|swing|move|growth|expansion|contraction|more|less|fewer)\b/i;
/** "lay up to 2,500 eggs": a bound, not the level a move ended at. */
const UP_TO = /(?:^|\s)up\s+to\s+$/i;
const TO_LEAD = new RegExp(String.raw`\bto\s+(?:an?\s+|the\s+)?(?:(?:new|record|fresh|all-time|revised|seasonally\s+adjusted|multi-\w+|\d+-\w+|seven-\w+|lowest|highest)\s+)*(?:(?:high|low|level|total|peak|close|reading|price)\s+of\s+)?${HEDGE}$`, 'i');
const FROM_LEAD = new RegExp(
  String.raw`\b(?:from|compared\s+with|compared\s+to|versus|vs\.?|against)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+)?[\w-]+['’]s\s+)?(?:(?:recent|record|all-time|previous|prior|year-earlier|year-ago|revised|initial|initially\s+reported|earlier|original|that|this|last\s+year['’]s)\s+)*(?:(?:high|low|peak|level|total|figure|estimate|reading|price|close|forecast|settlement|settle|finish|average)\s+of\s+)?${HEDGE}$`,
  'i',
);
const UP_FROM = /\b(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** "(1,055 a year earlier)", "Q2 2024: $1.10 billion" are earlier levels, not changes. */
const EARLIER_AFTER = /^\s*(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+\w+|the\s+\w+\s+before|a\s+(?:week|month|quarter)\s+(?:earlier|ago|before)|previously|before\s+the\s+(?:release|data|decision|announcement|results|auction))\b/i;
/** Participles after a figure that name its measure ("$40 million raised", "412 ounces produced"). */
const VERB_MEASURES_AFTER: Readonly<Record<string, string>> = { raised: 'proceeds', spent: 'spending', paid: 'spending', lost: 'net-income', earned: 'net-income', booked: 'revenue', generated: 'revenue', produced: 'production', mined: 'production', 'dug up': 'production', pumped: 'production', extracted: 'production', delivered: 'deliveries', 'handed over': 'deliveries', shipped: 'deliveries', sold: 'sales-units' };

/** "traded at", "was quoted at", "stood at": a price. */
const PRICED_AT = new RegExp(String.raw`\b(?:trad(?:ed|ing|es)|changing\s+hands|changed\s+hands|quoted|was|were|is|stood|sat|hovered|closed|settled|finished|ended|opened)\s+(?:at|near|around)\s+${HEDGE}$`, 'i');
/** "acquired X for", "was sold for about", "agreed to buy Y for": the money is the deal's value. */
const DEAL_FOR_END = /\bfor\s+(?:about\s+|some\s+|around\s+|approximately\s+|nearly\s+|roughly\s+)?$/i;
const DEAL_VERB = /\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|s[eo]ll(?:s|ing)?|sold|purchas(?:e|es|ed|ing))\b/i;
/** Whether the text before a money figure ends "… acquired X for (about)": the verb within 120 characters of the "for", no semicolon between. */
/** A counted lot bought or sold for a sum, written before it ("won 120 MHz for") or after it ("for 120 megahertz"). */
const LOT_BEFORE = /(?<![\p{L}\p{N}$€£¥.,])(\d[\d,]*(?:\.\d+)?)\s+(?:(million|mln|billion|bln|thousand)\s+)?([\p{L}]+)(?:\s+[\p{L}-]+){0,3}?\s+for\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|a\s+combined\s+|a\s+total\s+of\s+)?$/u;
const LOT_AFTER = /^\s+for\s+(?:the\s+|its\s+|their\s+|all\s+)?(\d[\d,]*(?:\.\d+)?)\s+(?:(million|mln|billion|bln|thousand)\s+)?([\p{L}]+)/u;
/** Words after a number that are no lot: spans of time, rates, money, order words. */
const NOT_A_LOT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|decades?|times|percent|pct|per|cents?|cts|dollars?|dlrs|euros?|pounds?|stg|yen|francs?|marks?|points?|basis|and|or|to|of|in|a|an|the|more|less|than|p\.?m|a\.?m)$/i;
const LOT_UNITS: Readonly<Record<string, string>> = { mhz: 'megahertz', ghz: 'gigahertz', khz: 'kilohertz', mw: 'megawatt', gw: 'gigawatt', bbl: 'barrel', bbls: 'barrel', oz: 'ounce', t: 'tonne', mt: 'tonne', tons: 'tonne', ton: 'tonne', shrs: 'share', sq: 'square' };
const LOT_SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9 };
function lotKey(number: string, scale: string | undefined, unit: string): string {
  const u = unit.toLowerCase();
  const value = Number(number.replace(/,/g, '')) * (scale ? LOT_SCALE[scale.toLowerCase()]! : 1);
  return `${value} ${LOT_UNITS[u] ?? u.replace(/s$/, '')}`;
}

function dealFor(before: string): boolean {
  const end = DEAL_FOR_END.exec(before);
  if (!end) return false;
  const span = before.slice(Math.max(0, end.index - 120), end.index);
  return DEAL_VERB.test(span.slice(span.lastIndexOf(';') + 1));
}
/** A lead that opens with a name and says what it is: "Front Range Power, the Denver-based electric and gas utility,". */
const LEAD_APPOSITIVE = /^\s*((?:[A-Z][\w&.'’-]*\s){0,4}[A-Z][\w&.'’-]*),\s(?:the|a|an)\s[^,.;]{0,60}?\b(?:company|utility|firm|group|bank|lender|insurer|reinsurer|miner|maker|producer|retailer|airline|operator|developer|chipmaker|automaker|carrier|manufacturer|REIT|trust|fund|manager|exchange|platform|startup|conglomerate|grocer|chain|brewer|railroad|railway|shipper)s?,/;

/** Things that are currencies (an amount's unit when the amount is written in them). */
const CURRENCY_ITEM = /\b(?:dollar|euro|yen|yuan|renminbi|sterling|pound|franc|mark|lira|lire|guilder|peso|rand|rupee|won|ecu|krona|krone|schilling|real|rouble|ruble|dinar|riyal|dirham|shekel|baht|ringgit|rupiah)s?\b/i;

/** A public body: a regulator, ministry, court, central bank (never "the company"). */
const GOVERNMENT_BODY = /\b(?:commission|regulator|regulatory|agency|ministry|department|authority|court|tribunal|board|bureau|office|council|parliament|congress|senate|government|central\s+bank|reserve)\b/i;
/** "raising $540 million", "raised about $1.2 billion": a sum raised, right after the verb. */
const RAISED_SUM = /\b(?:rais(?:ing|ed|es|e)|netting|netted)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|more\s+than\s+|almost\s+)?$/i;
/** "accounted for 11,870 of …", "made up $21.8 billion of …": a part. */
const PART_OF = new RegExp(String.raw`\b(?:accounted\s+for|accounting\s+for|accounts\s+for|made\s+up|making\s+up|makes\s+up|represented|representing|comprised|contributed)\s+${HEDGE}$`, 'i');
/** "bringing the quarter's total to", "took the store base to", "lifting the operating margin to": the phrase moved. */
const MOVED_TO = new RegExp(
  String.raw`\b(?:bring(?:ing|s)?|brought|tak(?:ing|es)|took|take|lift(?:ing|ed|s)?|push(?:ing|ed|es)?|rais(?:ing|ed|es)|cut(?:ting|s)?|lower(?:ing|ed|s)?|reduc(?:ing|ed|es)|put(?:ting|s)?|send(?:ing|s)?|sent|boost(?:ing|ed|s)?|drive|driving|drove)\s+((?:(?!to\s)[\p{L}\p{N}'’&.-]+\s+){1,6})to\s+${HEDGE}$`,
  'iu',
);
/** "put the U.S. corn yield at", "pegged output at", "valued the deal at": the phrase valued. */
const PUT_AT = new RegExp(
  String.raw`\b(?:put|puts|putting|pegged|pegs|pegging|estimated|estimates|estimating|set|sets|setting|valued|values|valuing|forecast|forecasts|saw|sees|seeing|raised|lowered|cut|kept|keeps|held|holds|revised|trimmed|lifted)\s+((?:(?!at\s)[\p{L}\p{N}'’&./-]+\s+){1,7})(?:at|to)\s+${HEDGE}$`,
  'iu',
);
/** An earlier period named later in the figure's clause ("$41 million of net outflows the week before"). */
const EARLIER_IN_CLAUSE = /\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+\w+|the\s+\w+\s+before|a\s+(?:week|month|quarter)\s+(?:earlier|ago|before)|previously|initially\s+reported|originally)\b/i;
/** "the previous week's $410 million", "last year's 1,055", "a year-earlier 40,900". */
/** The base a change noun is of: "a 14.6% increase on the 37,400 GEOs", "a 3% drop from the". */
const CHANGE_NOUN_BASE = /\b(?:increase|rise|jump|gain|climb|improvement|decline|drop|fall|decrease|slide)\s+(?:on|over)\s+(?:the\s+|its\s+|a\s+)?$/i;
const PREVIOUS_BEFORE = /\b(?:(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:week|month|quarter|year|session|day)['’]s|last\s+year['’]s|a\s+year-(?:earlier|ago)|year-(?:earlier|ago)|the\s+year-(?:earlier|ago))\s+(?:\S+\s+)?$/i;
const SHARE_LEAD = new RegExp(String.raw`\b(?:or|made\s+up|makes?\s+up|making\s+up|accounting\s+for|accounted\s+for|accounts?\s+for|representing|represents?|represented|equal\s+to|equivalent\s+to|comprising|comprised|own(?:s|ed|ing)?|hold(?:s|ing)?|held|took|take|takes|taking|with|the\s+remaining|a|an)\s+${HEDGE}$`, 'i');
/** A share named as a rate of a whole: "a take rate of 14.3% of gross bookings", "a payment rate of 36.2 pct of". */
const RATE_OF = /\b(?:rate|ratio|share|proportion|percentage)\s+of\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$/i;
const OF_BEFORE = new RegExp(String.raw`\bof\s+${HEDGE}$`, 'i');
const OF_AFTER = /^\s*of\s+(?!(?:about|around|roughly|nearly|over|up\s+to)\b)/i;
const PER_UNIT_AFTER = /^\s*(?:apiece|each|a\s+piece|(?:a|an|per)\s+(?:share|unit|coin|token|ounce|barrel|tonne|ton|pound|bushel|gallon|contract|bitcoin|vehicle|car))\b/i;
const PER_UNIT_BEFORE = /\b(?:at|for|pay|paying|paid|price\s+of|offer(?:ing|ed)?|priced\s+at)\s+(?:an?\s+average\s+(?:price\s+)?(?:of\s+)?)?$/i;

/** Words that end a clause: a figure's words are looked for inside its clause. */
const CLAUSE_BREAK = /;|\s[—–]\s|\s--\s|,\s*(?:while|whereas|but|although|though|even\s+as|as|after|before|helped|leaving|lifting|taking|meaning|compared|versus|and)\b|\s(?:while|whereas)\s|\.\s*$/gi;

// ---------------------------------------------------------------------------------------

interface Clause {
  start: number;
  end: number;
}

function clausesOf(text: string, sentence: Span): Clause[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    if (m[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    out.push({ start: sentence.start + start, end: sentence.start + m.index });
    start = m.index + m[0].length;
  }
  out.push({ start: sentence.start + start, end: sentence.end });
  return out.filter((c) => c.end > c.start);
}

/** A noun phrase read around a figure: its span and where it was found. */
interface Phrase extends Span {
  via: 'label' | 'after' | 'adjective' | 'of' | 'subject' | 'verb' | 'unit';
}

const LIST_MARK = /^\s*(?:[-•*–]\s+|\d+[.)]\s+|\(?[a-z]\)\s+)?/i;

/** "Total revenue: $842 million" on a list line: the label. */
function labelOf(text: string, paragraph: Span, figure: Span): Phrase | null {
  const before = text.slice(paragraph.start, figure.start);
  const colon = before.indexOf(':');
  if (colon < 0 || colon > 80) return null;
  const between = before.slice(colon + 1);
  // "Freight forwarding: revenue €964 million, down 3.8%; operating profit €41 million": a line of
  // several figures under one label, each with its own measure words (the label names what they are of)
  const items = between.split(/;/);
  const several = items.length > 1 && items.length <= 6 && !/\.\s/.test(between) && before.length <= 200;
  const own = several ? items.at(-1)! : between;
  if (!/^\s*(?:[A-Za-z$€£¥(][\w\s.,'’$€£¥()%-]{0,20})?$/.test(own) || /[.;]/.test(own.replace(/\d\.\d/g, ''))) return null;
  const lead = LIST_MARK.exec(before)![0].length;
  const label = before.slice(lead, colon);
  if (!label.trim() || label.split(/\s+/).length > 10) return null;
  const trimmed = label.replace(/^\s*(?:of\s+which|including|incl\.?|o\/w)\s+/i, '');
  return { start: paragraph.start + colon - trimmed.length, end: paragraph.start + colon, via: 'label' };
}

/** The measure words of one item of a labelled line, right before its figure ("revenue" in "Parcel: revenue €618 million"). */
function labelItemOf(text: string, label: Phrase, figure: Span): Phrase | null {
  const between = text.slice(label.end + 1, figure.start);
  const item = between.slice(Math.max(between.lastIndexOf(';'), between.lastIndexOf(',')) + 1);
  const words = item.trim();
  if (!words || !measuresIn(words).length) return null;
  const start = figure.start - item.length + (item.length - item.trimStart().length);
  return { start, end: start + words.length, via: 'label' };
}

/** The words of a phrase, left to right, ending at a stop word (a verb, a preposition other than `of`, punctuation). */
function phraseAfter(text: string, from: number, to: number, maxWords = 6): Span | null {
  const s = text.slice(from, to);
  const words = wordsOf(s);
  let end = -1;
  let count = 0;
  for (const w of words) {
    if (/^[,;:()—–]$/.test(w.text)) break;
    if (count > 0 && (isVerb(w.text) || /^(?:in|on|at|for|from|to|by|with|than|as|after|before|since|during|against|versus|vs|and|or|but|while|said|says|according)$/i.test(w.text))) break;
    end = w.end;
    if (++count >= maxWords) break;
  }
  return end > 0 ? { start: from + words[0]!.index, end: from + end } : null;
}

/** The noun phrase ending right before `at` (going left until a verb, a conjunction, punctuation). */
function phraseBefore(text: string, from: number, at: number, maxWords = 7): Span | null {
  const s = text.slice(from, at);
  const words = wordsOf(s);
  let start = -1;
  let count = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^[,;:()—–]$/.test(w.text)) break;
    if (isVerb(w.text) || /^(?:in|on|at|for|from|to|by|with|than|as|after|before|since|during|against|versus|vs|and|or|but|while|said|says|according|that|which|who)$/i.test(w.text)) break;
    start = w.index;
    if (++count >= maxWords) break;
  }
  return start >= 0 ? { start: from + start, end: from + words.at(-1)!.end } : null;
}

/** Leading adverbial of a clause ("By the close,", "On Friday,", "In dollar terms,"): skipped when reading its subject. */
/** A leading exclusion and what it leaves out: "Excluding large-scale orders, ", "Stripping out fuel, ". */
const LEADING_EXCLUSION = /^\s*(?:(?:excluding|stripping out|leaving out|not counting|setting aside) |ex-)([^,\s][^,]{1,59}),/i;
const LEADING_ADVERBIAL = /^\s*(?:(?:[QA]:\s*)?(?:(?:by|on|at|in|after|before|over|during|for|of|against|since|from|with|as\s+of|according\s+to|year\s+to\s+date|so\s+far|earlier|later|meanwhile|elsewhere|separately|overall|still|also|however|instead|by\s+contrast|converted\s+at|shortly\s+after|in\s+dollar\s+terms|including|excluding|besides|beyond|like|unlike|despite|with)\b[^,]{0,70}(?:,\s*\d{4})?,\s*)+|[QA]:\s*|(?:["“]|\(?[a-z0-9]\)\s+))/i;

/** A wire dateline opening a paragraph: "CHICAGO, July 24 (Tidewater Wire) - ". */
export const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{Lu} .'/-]{1,40}(?:,\s[\p{Lu}][\p{L}]{1,12}\.?(?=,))?(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,60}\))?\s*[-—–]+\s+/u;

/** The clause's subject: from its start (after a dateline or a leading adverbial) to its first verb. */
function clauseSubject(text: string, clause: Clause, figureStart: number): Span | null {
  let from = clause.start;
  const dateline = DATELINE.exec(text.slice(from, Math.min(clause.end, from + 200)));
  if (dateline) from += dateline[0].length;
  const lead = LEADING_ADVERBIAL.exec(text.slice(from, clause.end));
  if (lead) from += lead[0].length;
  const words = wordsOf(text.slice(from, clause.end));
  let end = -1;
  let first = -1;
  let commas = 0;
  let count = 0;
  for (const w of words) {
    if (/^[;:()—–]$/.test(w.text)) break;
    if (first < 0 && /^(?:that|this|these|those)$/i.test(w.text)) {
      first = w.index;
      end = w.end;
      continue;
    }
    if (w.text === ',') {
      if (first < 0) continue;
      // "The largest ether fund, the Harrowgate Ether Trust, accounted for": an appositive before the verb
      if (++commas > 2) break;
      continue;
    }
    if (++count > 14) break;
    // (a year is part of the phrase: "Fiscal 1988 primary earnings per share are projected to be 76 cents")
    if (/^[$€£¥]|^\d[\d,.]*$/.test(w.text) && !/^(?:19|20)\d\d$/.test(w.text)) break;
    // "Saudi Arabia, Iraq and the United Arab Emirates … pumped": a coordinated subject
    if (/^(?:and|or|&)$/i.test(w.text) && first >= 0) continue;
    // "Chief financial officer Paolo Ferri said the 46,800 deliveries …": the speaker is not
    // what a figure in the reported words is about
    // "told Reuters that …": the one told comes first, then the reported clause; not read here
    if (/^(?:told|tells)$/i.test(w.text) && from + w.index < figureStart) return null;
    if (/^(?:said|says)$/i.test(w.text) && from + w.index < figureStart) {
      // the reported clause's own subject, if it has one before the figure ("She said the bank expects …")
      first = -1;
      end = -1;
      commas = 0;
      count = 0;
      continue;
    }
    if (first < 0 && /^that$/i.test(w.text) && end < 0 && count === 0) continue;
    if (isVerb(w.text) || /^(?:said|says|told|according)$/i.test(w.text)) break;
    if (first < 0) first = w.index;
    end = w.end;
  }
  return first >= 0 ? { start: from + first, end: from + end } : null;
}

// ---------------------------------------------------------------------------------------

/** What the words of a phrase say. */
interface PhraseReading {
  measure: string | null;
  measureText: string | null;
  measureSpan: Span | null;
  owner: string | null;
  ownerVia: 'possessive' | 'entity' | null;
  /** A place (a country's inflation) is a looser owner than a party (a company's revenue). */
  ownerKind: 'party' | 'place' | null;
  item: string | null;
  anaphor: string | null;
  qualifiers: Record<string, string>;
  segment: string[];
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|several|many|few|some|all|both|various|other|such)$/;
const DEMONYM_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(DEMONYMS).sort((a, b) => b.length - a.length).map((d) => d.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'iu');

/** Things that a more specific name beside them narrows ("U.S. West Texas Intermediate crude"). */
const GENERIC_THINGS = new Set(['oil', 'natural gas']);

/** A fund is a party whose flows and holdings are measured, not a traded thing. */
const FUND_NAME = /\b(?:Trust|Fund|Funds|ETF|ETFs|ETP|ETN|Portfolio|iShares|SPDR|Invesco QQQ)\b/;

const POSSESSIVE = /([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}&.'’-]*|of|&|de|and))*)['’]s?(?=\s|$)/gu;

/** A relative clause that puts a figure in the past, its subject in group 1: "the company booked", "which it posted". */
const PAST_CLAUSE = String.raw`(?:(?:that|which)\s+)?((?:the|its)\s+[\p{L}-]+|it|they|we)\s+(?:booked|posted|reported|recorded|earned|generated|took\s+in|made|had|sold|shipped|produced)\b`;
/** "the $4.13 billion the company booked": the clause right after a figure (its subject owns the figure). */
const BOOKER_AFTER = new RegExp(String.raw`^\s*${PAST_CLAUSE}`, 'u');
/** The same a word or two on: "… the company booked last year", "… a year earlier it posted". */
const BOOKED_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?${PAST_CLAUSE}`, 'u');

/** Between a possessive time and the figure it dates: "'s close was ", "'s settlement of ", "'s auction cleared at ". */
const POSSESSIVE_TIME_STATED = /^['’]s\s+(?:[\p{L}-]+\s+){0,1}(?:close|closing|settlement|settle|fixing|fix|open|opening|level|reading|print|figure|rate|price|auction|sale|volume|turnover)\s+(?:was|were|is|of|at|stood\s+at|came\s+in\s+at|cleared\s+at|ended\s+at|settled\s+at)\s+(?:about\s+|around\s+|some\s+)?$/u;

/** Facilities and divisions a party owns, after the name that says which: "estates", "mines", "plants". */
const FACILITY_AFTER = /^\s+(?:estates?|plantations?|mines?|mills?|plants?|factories|factory|refiner(?:y|ies)|fields?|operations?|units?|divisions?|business(?:es)?|stores?|branches|hotels?|resorts?|terminals?|ports?|farms?|wells?|sites?|facilit(?:y|ies)|smelters?|warehouses?)\b/i;

/** Balances whose average over a period is another figure than their level ("average loans", "average deposits"). */
const AVERAGED_BALANCES: ReadonlySet<string> = new Set(['loans', 'deposits', 'debt', 'cash', 'capital', 'aum', 'inventories', 'holdings', 'assets']);

/** "June's 417.6 million euros", "Friday's close": a possessive month, day or season is a time, never an owner. */
const CALENDAR_WORD =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Tonight)$/;

class Reader {
  private readonly entities: Entity[];
  constructor(
    readonly text: string,
    entities: readonly Entity[],
    private readonly sources: readonly Source[],
    private readonly timestamps: readonly Timestamp[] = [],
  ) {
    this.entities = [...entities].sort((a, b) => a.start - b.start);
  }

  /** The phrase's text with its timestamps blanked ("First-quarter output" reads as "output"). */
  private withoutTimes(span: Span): string {
    let s = this.text.slice(span.start, span.end);
    for (const t of this.timestamps) {
      if (t.end <= span.start || t.start >= span.end) continue;
      const a = Math.max(t.start, span.start) - span.start;
      const b = Math.min(t.end, span.end) - span.start;
      s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
    }
    return s;
  }

  entitiesIn(span: Span): Entity[] {
    return inSpan(this.entities, span);
  }

  /** Reads a phrase: measure (the last one named: the head), owner, item, anaphor, qualifiers, segment words. */
  read(span: Span): PhraseReading {
    const s = this.withoutTimes(span);
    const measures = measuresIn(s);
    // the head is the last measure named ("quarterly dividend payout"), unless a modifier
    // follows one: "deposits by non-bank customers" measures deposits, "the yield on the
    // 10-year Treasury note" a yield, "hourly compensation after adjusting for inflation" pay
    const head = measures.find((m, i) => i < measures.length - 1 && /^\s+(?:by|on|of|for|in|from|after|excluding|including|adjusted\s+for|net\s+of)\s/i.test(s.slice(m.end))) ?? measures.at(-1) ?? null;
    // "the 10-year Treasury note", "10-year yields": a maturity names a bond; "a 20-year seawater desalination contract", "an eight-year syndicated loan" do not
    const allThings = [...thingsIn(s), ...maturitiesIn(s).filter((m) => BOND_AFTER.test(s.slice(m.end)))];
    // a place inside a thing's name ("West Texas Intermediate") is the thing's; an entity that is a thing ("WTI") is the item
    const entities = this.entitiesIn(span).filter(
      (e) =>
        !this.isSpeaker(e) &&
        !isRecipient(this.text, e) &&
        // "in New York trading", "London time": a place that says where or when, not whose
        !(e.type === 'PLACE' && /^\s+(?:trading|trade|time|session|hours|market|markets|afternoon|morning|evening|close|open|dealings)\b/i.test(this.text.slice(e.end, e.end + 12))) &&
        // "its U.S. truck production": a place after a possessive pronoun says which of the party's figures, not whose
        !(e.type === 'PLACE' && /\b(?:its|their|our)\s+$/i.test(this.text.slice(Math.max(0, e.start - 8), e.start))) &&
        // "its Sabah estates", "their Nevada mines": a name between a possessive pronoun and a facility says which of the party's
        !(/\b(?:its|their|our)\s+$/i.test(this.text.slice(Math.max(0, e.start - 8), e.start)) && FACILITY_AFTER.test(this.text.slice(e.end, e.end + 24))) &&
        !allThings.some((t) => t.index <= e.start - span.start && e.end - span.start <= t.end) &&
        // "monthly ARPU", "EBITDA": a measure's abbreviation taken for a name is the measure
        !measures.some((m) => m.index <= e.start - span.start && e.end - span.start <= m.end) &&
        // "the Nasdaq-listed bitcoin miner", "a London-based fund": a modifier, not the party
        !/^-(?:listed|based|traded|headquartered|registered|focused|owned|backed|linked)\b/i.test(this.text.slice(e.end, e.end + 16)),
    );
    // a thing named inside a name ("Harrowgate Bitcoin Trust") is the name's, not the figure's
    const things = allThings.filter((t) => !entities.some((e) => e.start - span.start <= t.index && t.end <= e.end - span.start && e.end - e.start > t.end - t.index));
    let owner: string | null = null;
    let ownerVia: PhraseReading['ownerVia'] = null;
    let ownerKind: PhraseReading['ownerKind'] = null;
    POSSESSIVE.lastIndex = 0;
    for (let m = POSSESSIVE.exec(s); m; m = POSSESSIVE.exec(s)) {
      const at = span.start + m.index;
      const entity = entities.find((e) => e.start >= at && e.end <= at + m![1]!.length + 1);
      const thing = things.find((t) => t.index >= m!.index && t.end <= m!.index + m![1]!.length);
      if (thing && !entity) continue;
      if (/^(?:It|Its|This|That|Their|Our|The)$/.test(m[1]!) || CALENDAR_WORD.test(m[1]!)) continue;
      owner = partyName(entity?.canonical ?? m[1]!.replace(/^The\s+/, ''));
      ownerVia = 'possessive';
      ownerKind = entity?.type === 'PLACE' ? 'place' : 'party';
    }
    if (!owner) {
      const fund = entities.filter((e) => e.type === 'ASSET' && FUND_NAME.test(e.canonical)).at(-1);
      if (fund) {
        owner = fund.canonical;
        ownerVia = 'entity';
        ownerKind = 'party';
      }
    }
    if (!owner) {
      // the head of an appositive comes first ("Halvard Digital, the bitcoin miner"); a place only without a party
      const parties = entities.filter((e) => e.type === 'ORG' || (e.type === 'ASSET' && !things.length));
      const named = parties.length ? parties : entities.filter((e) => e.type === 'PLACE');
      const e = /,/.test(s) ? named[0] : named.at(-1);
      if (e && e.type !== 'ASSET') {
        owner = partyName(e.canonical);
        ownerVia = 'entity';
        ownerKind = e.type === 'PLACE' ? 'place' : 'party';
      } else if (e) {
        owner = null;
      }
    }
    if (!owner) {
      // "Saudi output", "German exports": a demonym stands for its country
      const demonym = DEMONYM_RE.exec(s);
      if (demonym && !/\b(?:its|their|our)\s+$/i.test(s.slice(Math.max(0, demonym.index - 8), demonym.index))) {
        owner = DEMONYMS[demonym[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
        if (owner) {
          ownerVia = 'entity';
          ownerKind = 'place';
        }
      }
    }
    // "Saudi Arabia, Iraq and the United Arab Emirates … together": the group they make
    const coordinated = entities.filter((e) => e.type === 'PLACE' || e.type === 'ORG');
    if (coordinated.length >= 2 && /\band\b/.test(s) && /\b(?:together|combined|between\s+them|jointly|collectively)\b/i.test(this.text.slice(span.start, span.end + 60))) {
      owner = [...new Set(coordinated.map((e) => partyName(e.canonical)))].join(' + ');
      ownerVia = 'entity';
      ownerKind = coordinated.every((e) => e.type === 'PLACE') ? 'place' : 'party';
    }
    // the thing nearest the end of the phrase (its head), a generic one ("crude" after "West Texas Intermediate") only alone
    const assets = entities.filter((e) => e.type === 'ASSET' && !FUND_NAME.test(e.canonical)).map((e) => ({ index: e.start - span.start, id: e.canonical }));
    const candidates = [...things.map((t) => ({ index: t.index, id: t.id })), ...assets].sort((a, b) => a.index - b.index);
    const specific = candidates.filter((c) => !GENERIC_THINGS.has(c.id));
    const item = (specific.at(-1) ?? candidates.at(-1))?.id ?? null;
    const lower = s.toLowerCase();
    let anaphor: string | null = null;
    for (const a of ['the company', 'the firm', 'the group', 'the chain', 'the bank', 'the lender', 'the miner', 'the insurer', 'the airline', 'the carrier', 'the retailer', 'the grocer', 'the automaker', 'the carmaker', 'the maker', 'the producer', 'the fund', 'the trust', 'the funds', 'the metal', 'the coin', 'the token', 'the index', 'the benchmark', 'the contract', 'the currency', 'the pair', 'the stock', 'the shares', 'the economy', 'the chain', 'the operator', 'the developer', 'the brewer', 'the utility', 'the exchange', 'the department', 'the agency', 'the ministry', 'the office', 'the central bank', 'the statistics office']) {
      if (lower.includes(a)) anaphor = a;
    }
    if (!anaphor) {
      const m = /(?<![\p{L}])(it|its|we|our|us|they|their)(?![\p{L}])/iu.exec(s) ?? /^\s*(that|this|these)(?=\s*$|\s+(?:company|firm|group|fund|funds|bank|miner|chain|one|figure|amount|total|sum))/iu.exec(s);
      if (m) anaphor = m[1]!.toLowerCase();
    }
    const qualifiers: Record<string, string> = {};
    for (const q of qualifiersIn(s)) qualifiers[q.cls] ??= q.value;
    // segment: words before the head that narrow it, other than names, things, qualifiers and neutral words
    const segment: string[] = [];
    if (head) {
      const before = s.slice(0, head.index);
      const taken = (i: number, e: number) =>
        things.some((t) => t.index < e && i < t.end) ||
        qualifiersIn(before).some((q) => q.index < e && i < q.end) ||
        entities.some((x) => x.start - span.start < e && i < x.end - span.start);
      // words of a possessive ("the paint maker's equity") describe the owner, not the measure
      const lastPossessive = Math.max(before.lastIndexOf("'s "), before.lastIndexOf('’s '));
      for (const w of wordsOf(before)) {
        if (w.index <= lastPossessive) continue;
        const word = w.text.toLowerCase().replace(/['’]s$/, '');
        if (DEMONYMS[word]) continue;
        if (/^(?:[,;:()—–]|s)$/.test(word) || /\d/.test(word)) continue;
        // "average loans of A$20.9 billion": a balance's average over a period is not its level at the period's end
        if (word === 'average' && AVERAGED_BALANCES.has(head.id)) {
          segment.push(word);
          continue;
        }
        if (DETERMINER.test(word) || NEUTRAL_MODIFIERS.has(word) || isVerb(word) || taken(w.index, w.end) || /['’]s?$/.test(w.text)) continue;
        if (/^(?:of|for|in|on|at|to|by|and|or|with|from)$/.test(word)) {
          segment.length = 0;
          continue;
        }
        segment.push(word);
      }
    }
    // "Orders opened: 312,400", "Orders closed: 224,700": a participle right after the head narrows it
    if (head) {
      const participle = /^\s+(opened|closed|booked|cancell?ed|filled|pending|outstanding|received|placed|approved|rejected|written|issued|redeemed|originated|settled|funded)\b/i.exec(s.slice(head.end));
      if (participle) segment.push(participle[1]!.toLowerCase());
    }
    // "Loans for financing Hong Kong's visible trade": what follows the head narrows it as well
    if (head) {
      const afterHead = s.slice(head.end);
      const narrowing = /^\s+(?:for|to|from|on|of|in)\s+((?:[\p{L}'’-]+\s*){1,5})/u.exec(afterHead);
      if (narrowing) {
        for (const w of wordsOf(narrowing[1]!)) {
          const word = w.text.toLowerCase().replace(/['’]s$/, '');
          if (DETERMINER.test(word) || NEUTRAL_MODIFIERS.has(word) || (isVerb(word) && !/ing$/.test(word)) || /^[\p{Lu}]/u.test(w.text) || /^(?:the|a|an|and|or|of|its|their)$/.test(word) || NUMBER_WORD.test(word)) continue;
          if (qualifiersIn(word).length || thingsIn(word).length || measuresIn(word).length) continue;
          segment.push(word);
        }
      }
    }
    return {
      measure: head?.id ?? null,
      measureText: head?.text ?? null,
      measureSpan: head ? { start: span.start + head.index, end: span.start + head.end } : null,
      owner,
      ownerVia,
      ownerKind,
      item,
      anaphor,
      qualifiers,
      segment,
    };
  }

  /** An entity that is the source of the sentence ("according to LSEG", "the EIA said") is not what a figure is about. */
  private isSpeaker(e: Entity): boolean {
    return this.sources.some((s) => !s.vague && s.start <= e.start && e.end <= s.end && !/^(?:said|says|reported|reports|announced|posted|disclosed)$/i.test(s.cue ?? ''));
  }
}

// ---------------------------------------------------------------------------------------

const LEGAL_SUFFIX = /(?<!\s),?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|L\.L\.C|LP|L\.P|SA|S\.A|AG|NV|N\.V|SE|S\.p\.A|SpA|Oyj|ASA|AB|KK|Bhd|Tbk|GmbH)\.?$/;

/** A party's name without its legal suffix ("Calder Freight Inc" → "Calder Freight"). */
export const partyName = (name: string): string => name.replace(LEGAL_SUFFIX, '').trim();

/** Who is told or filed with ("told Reuters", "a filing with the Securities and Exchange Commission") hears a figure; it is not about them. */
const RECIPIENT_BEFORE = /\b(?:told|telling|tells|filing\s+with|filed\s+with|filings\s+with|report(?:ed)?\s+to)\s+(?:the\s+)?$/i;
export const isRecipient = (text: string, e: Span): boolean => RECIPIENT_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start));

/** The labels of wire copy's results tables, at the start of their line. */
const RESULTS_LABEL: readonly [RegExp, string][] = [
  [/^\s*(?:oper(?:ating)?\s+)?(?:primary\s+|fully\s+diluted\s+|diluted\s+)?shr\b/i, 'eps'],
  // ("Net sales rose 4%" is revenue, below)
  [/^\s*(?:oper(?:ating)?\s+)?net\s+(?:profit|loss|income|earnings)?\b(?!\s*(?:sales|revenues?|interest|assets|debt|cash|inflows?|outflows?|flows?|worth|charge|margin|bookings|orders)\b)|^\s*(?:oper(?:ating)?\s+)?net\s+\d/i, 'net-income'],
  [/^\s*(?:revs?|revenues?|sales|net\s+sales|turnover)\b/i, 'revenue'],
  [/^\s*(?:(?:qtly|quarterly|mthly|mtly|monthly|semi-?ann(?:ual)?|annual|ann|final|interim|special|extra|initial|regular)\s+)*div(?:idend)?s?\b/i, 'dividend'],
  [/^\s*avg\.?\s+(?:shrs?|shares)\b/i, 'shares-outstanding'],
  [/^\s*(?:pre-?tax|profit\s+before\s+tax)\b/i, 'pretax-income'],
  [/^\s*(?:tax|taxes|taxation)\b/i, 'taxes'],
  [/^\s*(?:trading\s+profit|operating\s+profit|oper\s+profit)\b/i, 'operating-income'],
  [/^\s*(?:profit|loss|earnings|income)\s+\d/i, 'net-income'],
  // balance-sheet lines: a level at the period's end
  [/^\s*(?:total\s+)?assets\b/i, 'aum'],
  [/^\s*(?:total\s+)?deposits\b/i, 'deposits'],
  [/^\s*(?:total\s+|net\s+)?loans\b/i, 'loans'],
];
/** Results-table labels whose figure is a level at the period's end, not a flow over it. */
const AT_PERIOD_END: ReadonlySet<string> = new Set(['aum', 'deposits', 'loans']);

const EXCHANGE_NAME = /^(?:Nasdaq|NYSE|New York Stock Exchange|London Stock Exchange|LSE|CME|Cboe|ICE|LME|London Metal Exchange|COMEX|NYMEX|CBOT|Euronext|Deutsche B(?:ö|oe)rse|Xetra|SIX|TSX|ASX|Tokyo Stock Exchange|Hong Kong Stock Exchange|HKEX|SGX|JSE|B3|NSE|BSE)(?:\s+(?:Inc|Group|Exchange|Composite|Stock Market|Global Select Market))?$/i;

/** A money figure per share ("1.47 dlrs per diluted share"). */
function perShare(figure: Figure): boolean {
  return figure.kind === 'money' && (/^(?:(?:fully\s+)?diluted\s+|basic\s+)?share$/i.test((figure.mention as Money).per ?? '') || /\/share$/.test(figure.unit));
}

/** The article's main party and thing: what an unqualified "the company" or "net assets" is about. */
function topicOf(input: FrameInput, reader: Reader): { owner: string | null; item: string | null; place: string | null } {
  const counts = new Map<string, number>();
  const firstParagraph = input.paragraphs[0];
  // (and a firm whose data or prices a story cites is its provider, not its party: "according to pricing from Quorra Markets")
  const provider = (s: { start: number }) => /\b(?:data|pricing|prices|figures|quotes|quotations|estimates|statistics|calculations|assessments|numbers)\s+(?:from|of)\s+(?:the\s+)?$/i.test(input.text.slice(Math.max(0, s.start - 30), s.start));
  const mediaLike = new Set(input.sources.filter((s) => s.kind === 'data provider' || s.kind === 'publication' || provider(s)).map((s) => s.name));
  // the newswire of a dateline ("TOKYO, Oct 20 (Pacific Market Wire) -") and the exchange a stock trades on are no story's party
  const leadDateline = firstParagraph ? DATELINE.exec(input.text.slice(firstParagraph.start, Math.min(firstParagraph.end, firstParagraph.start + 200))) : null;
  const datelineEnd = leadDateline ? firstParagraph!.start + leadDateline[0].length : -1;
  for (const e of input.entities) {
    if (e.type !== 'ORG') continue;
    if (mediaLike.has(e.canonical) || mediaLike.has(e.text)) continue;
    if (e.end <= datelineEnd || EXCHANGE_NAME.test(e.canonical) || isRecipient(input.text, e)) continue;
    const weight = firstParagraph && e.end <= firstParagraph.end ? 3 : 1;
    const name = partyName(e.canonical);
    counts.set(name, (counts.get(name) ?? 0) + weight);
  }
  // a short form counts for the full name it begins ("Calder" for "Calder Freight")
  for (const [name, n] of [...counts]) {
    const longer = [...counts.keys()].find((other) => other !== name && other.startsWith(`${name} `));
    if (longer) {
      counts.set(longer, counts.get(longer)! + n);
      counts.delete(name);
    }
  }
  for (const src of input.sources) {
    if (src.vague || src.kind !== 'organisation' || src.scope === 'article') continue;
    if (mediaLike.has(src.name)) continue;
    const name = partyName(src.name);
    if (input.entities.some((e) => e.start <= src.start && src.end <= e.end)) continue;
    counts.set(name, (counts.get(name) ?? 0) + (firstParagraph && src.end <= firstParagraph.end ? 3 : 1));
  }
  // the lead's subject set off by what it is ("Front Range Power, the Denver-based electric and gas utility, raised …")
  if (firstParagraph) {
    const lead = input.text.slice(Math.max(firstParagraph.start, datelineEnd), firstParagraph.end);
    const appos = LEAD_APPOSITIVE.exec(lead);
    if (appos) {
      const name = partyName(appos[1]!);
      counts.set(name, (counts.get(name) ?? 0) + 5);
    }
  }
  // a wire's correction or update tag is not part of the name ("CORRECTED-INSITUFORM OF NORTH AMERICA <INSUA>")
  const title = (input.meta.title ?? '').replace(/^\s*(?:CORRECTED|CORRECTION|REFILE|REFILED|RPT|REPEAT|UPDATE(?:\s?\d+)?|FEATURE|ANALYSIS)\s?[-:]\s*/i, '');
  for (const [name] of counts) if (title.includes(name.split(' ')[0]!)) counts.set(name, counts.get(name)! + 4);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // a wire headline names its company with a ticker ("MEDIA GENERAL INC <MEG> 1ST QTR NET")
  const ticker =
    /^\s*([A-Z][A-Z0-9&.,'/ -]{1,60}?)\s*<[A-Z][A-Z0-9.]{0,9}>/.exec(title.slice(0, 120)) ??
    /^\s*<([A-Z][A-Z0-9&.,'/ -]{1,60})>/.exec(title.slice(0, 120)) ??
    // an all-capitals wire headline that opens with a company's legal name ("ULTRAMAR PLC 1986 YEAR")
    (title === title.toUpperCase() ? /^\s*([A-Z][A-Z0-9&.'/-]*(?: [A-Z0-9&.'/-]+){0,5}?) (?:PLC|INC|CORP|CO|LTD|LIMITED|AG|SA|NV|AB|ASA|SPA|BHD|GROUP|HOLDINGS)\b/.exec(title.slice(0, 120)) : null);
  const tickerName = ticker ? partyName(ticker[1]!.toLowerCase().replace(/(^|[\s/-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()).replace(/,$/, '')) : null;
  const owner = ranked[0] && (!ranked[1] || ranked[0][1] >= ranked[1][1] * 1.5) && ranked[0][1] >= 3 ? ranked[0][0] : tickerName;
  const titleThings = thingsIn(title);
  const leadThings = firstParagraph ? thingsIn(input.text.slice(firstParagraph.start, firstParagraph.end)) : [];
  const item = (titleThings[0] ?? leadThings[0])?.id ?? null;
  void reader;
  const places = input.entities.filter((e) => e.type === 'PLACE' && (title.includes(e.text) || (firstParagraph && e.end <= firstParagraph.end)));
  const titlePlace = places.find((e) => title.includes(e.text));
  const dateline = firstParagraph ? DATELINE.exec(input.text.slice(firstParagraph.start, Math.min(firstParagraph.end, firstParagraph.start + 200))) : null;
  const place = titlePlace ?? places.find((e) => !dateline || e.start >= firstParagraph!.start + dateline[0].length);
  return { owner, item, place: place ? place.canonical : null };
}

/**
 * The words of a subject phrase that name what it is about, other than its measure, qualifiers,
 * determiners, neutral words, numbers and times: "digital-asset investment products" → that;
 * "Total net assets" → nothing.
 */
function subjectWords(phrase: string, reading: PhraseReading): string {
  let s = phrase;
  if (reading.measureSpan) s = s.replace(reading.measureText ?? '', ' ');
  for (const m of measuresIn(s)) s = s.replace(m.text, ' ');
  for (const q of qualifiersIn(s)) s = s.replace(q.text, ' ');
  const words = wordsOf(s)
    .map((w) => w.text.toLowerCase().replace(/['’]s?$/, ''))
    .filter((w) => !/^(?:[,;:()—–]|s|)$/.test(w) && !/\d/.test(w) && !DETERMINER.test(w) && !NEUTRAL_MODIFIERS.has(w) && !isVerb(w) && !/^(?:of|for|in|on|at|to|by|and|or|with|from|across|among|over|under|all|both|which|who|that|it|its|they|their|we|our|he|she|his|her)$/.test(w) && !/^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|globally|overall|also|now|still|here|there)$/.test(w));
  // plural to singular, roughly: "liabilities" → "liability", "funds" → "fund" (not "gross", "status")
  return words.map((w) => (/(?<=[a-z]{2})ies$/.test(w) ? w.replace(/ies$/, 'y') : w.replace(/(?<=[a-z]{3}[^su])s$/, ''))).join(' ');
}

/** `text[span]` with timestamps blanked. */
function blankTimes(text: string, span: Span, timestamps: readonly Timestamp[]): string {
  let s = text.slice(span.start, span.end);
  for (const t of timestamps) {
    if (t.end <= span.start || t.start >= span.end) continue;
    const a = Math.max(t.start, span.start) - span.start;
    const b = Math.min(t.end, span.end) - span.start;
    s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  }
  return s;
}

/** Words for a group of funds or products ("Bitcoin products", "ether funds"): they narrow nothing of a flow. */
const GROUP_WORDS = new Set('product products fund funds etf etfs etp etps trust trusts vehicle vehicles share shares stock stocks'.split(' '));

/** Words for the party itself ("the chain", "the company"): they narrow nothing. */
const PARTY_WORDS = new Set('company firm group chain bank lender miner insurer airline carrier retailer grocer automaker carmaker maker producer fund trust operator developer business'.split(' '));

/** Trade measures, whose goods and services figures are two series. */
const TRADE_MEASURES: ReadonlySet<string> = new Set(['trade-balance', 'exports', 'imports', 'current-account']);

/** Macro series: about a country or region, which an article names once. */
const MACRO_MEASURES: ReadonlySet<string> = new Set(['inflation', 'growth', 'payrolls', 'unemployment', 'jobless-claims', 'wages', 'trade-balance', 'current-account', 'money-supply', 'reserves', 'exports', 'imports', 'retail-sales', 'pmi', 'confidence', 'housing-starts', 'policy-rate']);

const ANAPHOR_KIND: Readonly<Record<string, 'party' | 'item' | 'any'>> = {
  'the metal': 'item', 'the coin': 'item', 'the token': 'item', 'the index': 'item', 'the benchmark': 'item', 'the contract': 'item', 'the currency': 'item',
  'the pair': 'item', 'the economy': 'party', it: 'any', its: 'any', that: 'any', this: 'any', these: 'any', they: 'party', their: 'party', we: 'party', our: 'party', us: 'party',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
/** Measures read at a point of the trading day (open, close, high, low). */
const PRICE_LIKE = new Set(['price', 'yield', 'spread', 'index', 'market-cap']);
const NOT_THE_TIME = /\b(?:since|compared\s+(?:with|to)|than|versus|vs\.?|from|until|till|through|before|as\s+early\s+as|back\s+in|against|due(?:\s+in)?|matur(?:ing|es|e)(?:\s+in)?|expir(?:ing|es)(?:\s+in)?)\s+(?:the\s+|late\s+|early\s+|mid-?\s*|a\s+)?(?:(?!(?:in|on|at|for|of|during)\s)[\w'’-]+\s+){0,2}$|\b(?:issued|released|published|announced|posted|unveiled|made\s+public)\s+(?:at|on|late\s+on|early\s+on)\s+$/i;

/** What may follow a maturity that names a bond or a rate ("10-year Treasury note", "the 30-year", "two-year swap rates"). */
const BOND_AFTER = /^(?:\s*$|[\s,.;:)]*(?:and|or|to|versus|vs)\b|\s+(?:[\p{L}-]+\s+){0,2}?(?:bonds?|notes?|treasur(?:y|ies)|gilts?|bunds?|yields?|paper|debentures?|jgbs?|bills?|swaps?|rates?|mortgages?|securities|obligations?|issues?|stock|benchmark|government|maturit(?:y|ies)|tenor|sector|area|part|end)\b)/iu;

/** Builds the frames of an article (live paragraphs only). */
export function buildFrames(input: FrameInput): Frame[] {
  // a results table's heading lines ("Nine mths", "Qtr ended Jan 31"), found once; a table line reads those of the 4,000 characters before it
  const headings = input.sentences.filter((s) => isResultsHeading(input.text.slice(s.start, s.end)));
  const headingsBefore = (sentence: Sentence): string[] =>
    headings.filter((s) => s.end <= sentence.start && s.start >= sentence.start - 4000).map((s) => input.text.slice(s.start, s.end));
  const { text } = input;
  const reader = new Reader(text, input.entities, input.sources, input.timestamps);
  const topic = topicOf(input, reader);
  if (process.env.FRAMES_DEBUG) console.error("topic", topic);
  const figures = allFigures(input);
  const live = new Set(input.paragraphs.flatMap((p, i) => (p.duplicateOf === null ? [i] : [])));
  const timestamps = [...input.timestamps].filter((t) => t.value).sort((a, b) => a.start - b.start);
  const frames: Frame[] = [];
  let lastParty: { owner: string | null; paragraph: number } | null = topic.owner ? { owner: topic.owner, paragraph: -1 } : null;
  let lastItem: string | null = topic.item;
  let previousSentence: { owner: string | null; item: string | null; measure: string | null; paragraph: number } | null = null;

  input.sentences.forEach((sentence, sentenceIndex) => {
    if (!live.has(sentence.paragraph) || sentence.end - sentence.start > MAX_FRAME_SENTENCE) return;
    const paragraph = input.paragraphs[sentence.paragraph]!;
    const figs = dedupeOverlaps(inSpan(figures, sentence));
    /** Currencies this sentence's amounts are counted in (code → the thing's name), read as units, not subjects. */
    const unitCurrencies = new Map<string, string>();
    // a sentence without figures still moves the conversation on: its named party and thing
    if (!figs.length) {
      // (not the newswire of its dateline: "HOUSTON, May 14 (Gulf Coast Wire) - Oilfield services firm Brazos Ridge …")
      const dateline = DATELINE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
      const named = reader.entitiesIn({ start: sentence.start + (dateline?.[0].length ?? 0), end: sentence.end }).filter((e) => e.type === 'ORG' && !EXCHANGE_NAME.test(e.canonical));
      if (named.length) lastParty = { owner: partyName(named[0]!.canonical), paragraph: sentence.paragraph };
      const things = thingsIn(text.slice(sentence.start, sentence.end));
      if (things.length) lastItem = things[0]!.id;
      return;
    }
    const clauses = clausesOf(text, sentence);
    const clauseOf = (f: Span) => clauses.find((c) => f.start >= c.start && f.start < c.end) ?? clauses.at(-1)!;
    const sentenceText = text.slice(sentence.start, sentence.end);
    // a results-table line ("Shr 12 cts vs nine cts", or a short one standing alone: "Shr loss
    // 5.33 dlrs"): its label and its period, read once for all its figures
    const resultsLabel = /\bvs\.?\s/i.test(sentenceText) || sentenceText.trim().length <= 40 ? RESULTS_LABEL.find(([re]) => re.test(sentenceText)) : undefined;
    const resultsTime = resultsLabel ? resultsPeriod(input.meta.title ?? '', headingsBefore(sentence), input.meta.published ?? null) : null;
    const inQuote = /^["“]/.test(sentenceText.trim()) || /["”]\s*(?:,\s*)?(?:said|says|told)\b/.test(sentenceText);
    const local: Frame[] = [];
    const ownPhrases = new Map<Frame, boolean>();
    const hasSubjectPhrase = new Map<Frame, boolean>();

    figs.forEach((figure, j) => {
      const clause = clauseOf(figure);
      const prev = figs[j - 1] && figs[j - 1]!.end > clause.start ? figs[j - 1]! : null;
      const next = figs[j + 1] && figs[j + 1]!.start < clause.end ? figs[j + 1]! : null;
      const leftFrom = prev ? prev.end : clause.start;
      const left = text.slice(leftFrom, figure.start);
      const leftClause = text.slice(clause.start, figure.start);
      const right = text.slice(figure.end, next ? next.start : clause.end);
      const rightClause = text.slice(figure.end, clause.end);

      // ---- role
      let role: FrameRole = 'level';
      let change: ChangeKind | undefined;
      let toLevel = false;
      const isPointFigure = figure.kind === 'quantities' && /^(?:pp|bp|points)$/.test((figure.mention as Quantity).unit);
      const direction = figure.mention.direction;
      if (figure.kind === 'percentages' || isPointFigure) {
        // ("made up $14.2 bln of the $21.7 bln of loans launched this week, or 72%": the share "A of the B" makes)
        const orShare = prev && /^[^;]{0,60}?,\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$/i.test(left);
        // ("Of that pipeline, 612 megawatts, or 74%, is already pre-leased": the share of the whole the opening names)
        const partOf = orShare && ((figs[j - 2] && figs[j - 2]!.end > clause.start && PART_OF_WHOLE.test(text.slice(figs[j - 2]!.end, prev.start))) || OF_THAT_OPENING.test(text.slice(sentence.start, prev.start)));
        // ("accounted for 14,590 of the quarter's deliveries, or 34.0 pct": the whole named in words between the part and the share)
        const wordsWhole = orShare && figure.start - prev!.end <= 80 && /^\s*of\s+(?:the|its|their|all)\s+[^,;\d]{1,40},\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$/i.test(text.slice(prev!.end, figure.start));
        if (partOf || wordsWhole || (OF_AFTER.test(right) && SHARE_LEAD.test(left.slice(-40)) && !CHANGE_LEAD.test(left.slice(-40)))) role = 'share';
        else if (OF_AFTER.test(right) && !CHANGE_LEAD.test(left.slice(-40)) && !TO_LEAD.test(left.slice(-30)) && !FROM_LEAD.test(left.slice(-40)) && (/^\s*of\s+(?:the|its|their|all|total|a|an|them)\b/i.test(right) || RATE_OF.test(left.slice(-40)))) role = 'share';
        // "a take rate of 10.6% on gross merchandise value": a rate on a whole
        else if (/\b(?:take|commission|fee|payout|attach|conversion|hold)\s+rate\s+of\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?$/i.test(left.slice(-40)) && /^\s*on\s+\p{L}/u.test(right)) role = 'share';
        else if (TO_LEAD.test(left.slice(-40)) || (FROM_LEAD.test(left.slice(-40)) && !CHANGE_LEAD.test(left.slice(-40)))) role = FROM_LEAD.test(left.slice(-40)) || UP_FROM.test(left.slice(-40)) ? 'from' : 'level';
        else if (CHANGE_LEAD.test(left.slice(-50)) || CHANGE_TRAIL.test(right) || ((direction === 'increase' || direction === 'decrease') && !/\b(?:at|of|to|was|is|were|stood|came)\s+$/i.test(left))) {
          role = 'change';
          change = isPointFigure ? 'points' : 'relative';
        }
        if (role === 'level' && TO_LEAD.test(left.slice(-40)) && !UP_TO.test(left.slice(-12))) toLevel = true;
      } else {
        if (UP_FROM.test(left.slice(-40)) || (FROM_LEAD.test(left.slice(-50)) && !TO_LEAD.test(left.slice(-12)))) role = 'from';
        else if (TO_LEAD.test(left.slice(-40)) && !UP_TO.test(left.slice(-12))) toLevel = true;
        // ("sold 24 million shares …, raising $540 million": what the sale raised, not a rise)
        else if ((CHANGE_LEAD.test(left.slice(-45)) && !/\b(?:at|to)\s+(?:an?\s+)?(?:\S+\s+)?$/i.test(left.slice(-20)) && !RAISED_SUM.test(left.slice(-30))) || /^[\s-]*(?:point\s+)?(?:drop|gain|rise|fall|decline|increase|decrease|jump|slide|loss|draw|build|swing|move)\b/i.test(right)) {
          role = 'change';
          change = 'absolute';
        }
      }
      const compared = figs.some((g) => g !== figure && g.unit === figure.unit);
      if (role === 'level' && !toLevel && (EARLIER_AFTER.test(right) || PREVIOUS_BEFORE.test(left.slice(-40)) || CHANGE_NOUN_BASE.test(left.slice(-40)) || (compared && EARLIER_IN_CLAUSE.test(right) && !/\b(?:to|from)\b/i.test(right.split(EARLIER_IN_CLAUSE)[0] ?? '')))) role = 'from';
      const perUnit = figure.kind === 'money' && (Boolean((figure.mention as Money).per) || PER_UNIT_AFTER.test(right)) && (PER_UNIT_BEFORE.test(left.slice(-40)) || PER_UNIT_AFTER.test(right));
      let sign: 1 | -1 | 0 = direction === 'increase' ? 1 : direction === 'decrease' ? -1 : 0;
      if (role === 'change' || toLevel) {
        const words = `${leftClause.slice(-60)} ${right.slice(0, 20)}`;
        const up = /\b(?:r[io]se|rising|rises|risen|increas\w*|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|grew|grow\w*|rall\w*|advanc\w*|up|higher|add\w*|rais\w*|hik\w*|lift\w*|boost\w*|widen\w*|expand\w*|improv\w*|rebound\w*|strengthen\w*|firm\w*|edged\s+up|ticked\s+up|accelerat\w*|build|more)\b/i.test(words);
        const down = /\b(?:fell|fall\w*|drop\w*|declin\w*|decreas\w*|lost|los[ei]\w*|slid\w*|slump\w*|slipp?\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|down|lower\w*|dipp?\w*|eas(?:ed|ing)|shed\w*|shr[ai]nk\w*|cut\w*|trimm?\w*|slash\w*|reduc\w*|narrow\w*|contract\w*|retreat\w*|weaken\w*|slow\w*|decelerat\w*|edged\s+down|ticked\s+down|draw|less|fewer)\b/i.test(words);
        if (sign === 0 && up !== down) sign = up ? 1 : -1;
        // the noun the figure qualifies says its direction, whatever the clause's verb: "fell 0.8%, reversing Wednesday's 2.1% gain"
        const noun = /^[\s-]*(?:(gain|rise|increase|jump|climb|rally|advance|surge|rebound)|(loss|fall|drop|decline|decrease|slide|slump|dip|retreat))\b/i.exec(right);
        if (role === 'change' && noun) sign = noun[1] ? 1 : -1;
      }

      // ---- mode
      let mode: FrameMode = 'actual';
      const ownRight = right.slice(0, 30);
      if (CONDITION.test(leftClause) || (MODAL_POSSIBILITY.test(leftClause) && !GUIDANCE_CUES.test(leftClause))) mode = 'hypothetical';
      else if (EXPECTED_CUES.test(leftClause) || /^\s*(?:[\w-]+\s+)?(?:consensus|forecast|estimate|expectation|poll)\b/i.test(ownRight) || /^[^,;]{0,40}\b(?:forecast|expected|projected|predicted)\s+by\s+(?:analysts|economists)/i.test(rightClause) || /^\s*(?:that|which)\s+[^,;]{0,60}\b(?:had\s+)?(?:expected|forecast|estimated|projected|predicted|pencilled\s+in|penciled\s+in)\b/i.test(rightClause) || /^\s*(?:analysts|economists|investors|traders|the\s+market|markets|wall\s+street|the\s+consensus)\s+(?:polled\s+by\s+[^,;]{1,30}\s+)?(?:had\s+)?(?:expected|forecast|estimated|projected|predicted|pencilled\s+in|penciled\s+in|were\s+expecting|had\s+been\s+expecting)\b/i.test(rightClause.slice(0, 120))) mode = 'expected';
      else if (GUIDANCE_CUES.test(leftClause) || /^\s*(?:target|goal|forecast|guidance|outlook)\b/i.test(ownRight)) mode = 'forecast';
      // "would lift sales from the $4.13 billion the company booked last year": the level a forecast starts from, said to be past, is actual
      if (mode === 'forecast' && role === 'from' && BOOKED_AFTER.test(right.slice(0, 80))) mode = 'actual';

      // ---- the words that say what it measures
      const phrases: Phrase[] = [];
      const label = labelOf(text, paragraph, figure);
      // "Parcel: revenue €618 million …; operating profit €38 million": the item's own words name the measure, the label what it is of
      const labelItem = label ? labelItemOf(text, label, figure) : null;
      if (label) phrases.push(label);
      // "1.78 dlrs a share in quarterly earnings": past the unit, the phrase
      const perPrefix = /^\s*(?:a|an|per)\s+(?:share|barrel|ounce|tonne|ton|pound|bushel|unit|coin|token|gallon|head|day|week|month|year)\b/i.exec(right)?.[0].length ?? 0;
      const ofAfter = (figure.kind === 'percentages' || isPointFigure ? /^\s*in\s+/i : /^\s*(?:of|in)\s+/i).exec(right.slice(perPrefix));
      if (ofAfter) {
        const p = phraseAfter(text, figure.end + perPrefix + ofAfter[0].length, next ? next.start : clause.end);
        // "$2.4 billion in cash", "in stock": how it is paid, not what it measures
        // ("84,600 tonnes of crude palm oil": the thing a quantity counts is its item)
        if (p && (measuresIn(text.slice(p.start, p.end)).length || (figure.kind === 'quantities' && /^\s*of\s/i.test(right.slice(perPrefix)) && thingsIn(text.slice(p.start, p.end)).length)) && !/^\s*in\s+(?:cash|stock|shares)\b/i.test(right.slice(perPrefix))) phrases.push({ ...p, via: 'after' });
      }
      const ofParty = figure.kind === 'quantities' ? /^\s*(?:of|at)\s+(?=[\p{Lu}])/u.exec(right) : null;
      if (ofParty) {
        const p = phraseAfter(text, figure.end + ofParty[0].length, next ? next.start : clause.end, 6);
        if (p && reader.entitiesIn(p).some((e) => e.type === 'ORG')) phrases.push({ ...p, via: 'after' });
      }
      const fromAfter = /^\s*(?:from|for|into|out\s+of|in)\s+(?!(?:a|an|the)\s+(?:year|week|month|quarter|day)\b)/i.exec(right);
      if (fromAfter && figure.kind !== 'percentages') {
        const p = phraseAfter(text, figure.end + fromAfter[0].length, next ? next.start : clause.end, 4);
        if (p && (thingsIn(text.slice(p.start, p.end)).length || reader.entitiesIn(p).some((e) => e.type !== 'PERSON'))) phrases.push({ ...p, via: 'after' });
      }
      // "the $4.13 billion the company booked last year": the relative clause's subject is the figure's owner
      const booker = /\bthe\s+$/i.test(left.slice(-5)) ? BOOKER_AFTER.exec(right.slice(0, 80)) : null;
      if (booker) {
        const at = figure.end + booker[0].indexOf(booker[1]!);
        phrases.push({ start: at, end: at + booker[1]!.length, via: 'after' });
      }
      const adjective = /^[\s-]+/.exec(right) ?? (/\b(?:a|an)\s+$/i.test(left.slice(-4)) ? /^,[^\S\n]*/.exec(text.slice(figure.end, figure.end + 3)) : null);
      if (adjective) {
        // "a 300 mln dlr, seven-year syndicated loan": after "a", the noun the amount describes may come a few words on
        const described = adjective[0].includes(',') || /\b(?:a|an)\s+$/i.test(left.slice(-4));
        const from = figure.end + adjective[0].length;
        // (its words may be participles: "syndicated", "revolving"; up to the next comma, at most 40 characters)
        const chunk = described ? /^[^,;:()\n]{1,40}?(?=\s*(?:[,;:()\n]|$))/.exec(text.slice(from, next ? next.start : sentence.end))?.[0].trimEnd() : undefined;
        // ("a 75 billion yen 15-year unsecured convertible bond through …": up to five words after "a")
        const p = chunk ? { start: from, end: from + chunk.length } : phraseAfter(text, from, next ? next.start : clause.end, described ? 5 : 3);
        if (p) {
          const words = text.slice(p.start, p.end);
          const m = measuresIn(words);
          if (m.length && (m[0]!.index === 0 || (described && (m.at(-1)!.end === words.length || /^\s+(?:through|via|by|for|to|in|on|at|from|with|due|maturing)\b/i.test(words.slice(m.at(-1)!.end)))))) {
            phrases.push({ ...p, via: 'adjective' });
            const of = /^\s+(?:from|of|at|in|for)\s+(?=(?:the\s+)?[\p{Lu}])/u.exec(text.slice(p.end, next ? next.start : clause.end));
            if (of) {
              const q = phraseAfter(text, p.end + of[0].length, next ? next.start : clause.end, 5);
              if (q && reader.entitiesIn(q).some((e) => e.type !== 'PERSON')) phrases.push({ ...q, via: 'after' });
            }
          }
        }
      }
      // The phrase patterns below read at most the 160 characters before the figure: a
      // phrase they name is a few words, and a bound keeps them linear on a 100 kB clause.
      const near = left.slice(-160);
      const nearFrom = figure.start - near.length;
      const ofBefore = OF_BEFORE.exec(near);
      if (ofBefore && role !== 'share') {
        const p = phraseBefore(text, clause.start, nearFrom + ofBefore.index);
        if (p) phrases.push({ ...p, via: 'of' });
      }
      // "bringing the quarter's total to 48,260", "took the store base to 1,164", "lifting the margin to 7.9 pct"
      const moved = MOVED_TO.exec(near) ?? PUT_AT.exec(near);
      if (moved) {
        const at = nearFrom + moved.index + moved[0].indexOf(moved[1]!);
        phrases.push({ start: at, end: at + moved[1]!.trimEnd().length, via: 'of' });
      }
      // "…, Iraq's 4.12 mln bpd and the UAE's 3.26 mln bpd": the owner written right before
      const possessive = /(?:^|[\s,(])((?:the\s+)?[\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&'’-]*){0,3})['’]s?\s+$/u.exec(near);
      if (possessive) {
        const at = figure.start - possessive[0].length + possessive[0].indexOf(possessive[1]!);
        phrases.push({ start: at, end: at + possessive[1]!.length + 2, via: 'of' });
      }
      const subject = clauseSubject(text, clause, figure.start);
      // "X said on Thursday third-quarter net income rose 12.6 pct", "…, with Brent crude futures up 1.06 dlrs":
      // the noun phrase right before the verb that governs the figure is its subject
      const verbGroup = VERB_GROUP_TAIL.exec(leftClause);
      if (verbGroup) {
        const local = phraseBefore(text, clause.start, clause.start + verbGroup.index, 8);
        // not the object of a preposition ("hourly compensation after adjusting for inflation fell"): the clause's subject below
        const governed = local && /\b(?:for|after|excluding|including|adjusted\s+for)\s+$/i.test(text.slice(Math.max(clause.start, local.start - 20), local.start));
        if (local && !governed && (!subject || local.start > subject.end) && /\p{L}/u.test(text.slice(local.start, local.end))) phrases.push({ ...local, via: 'subject' });
      }
      if (subject && subject.end <= figure.start) phrases.push({ ...subject, via: 'subject' });

      const readings = phrases.map((p) => ({ phrase: p, reading: reader.read(p) }));
      if (process.env.FRAMES_DEBUG) console.error(figure.text, phrases.map((p) => [p.via, text.slice(p.start, p.end)]), readings.map((r) => r.reading.owner));
      const itemReading = labelItem ? { phrase: labelItem, reading: reader.read(labelItem) } : null;
      let withMeasure = itemReading?.reading.measure ? itemReading : readings.find((r) => r.reading.measure);
      // "February's current account showed a 1.2 billion baht deficit": a bare surplus or deficit is the balance its clause names
      if (withMeasure?.reading.measure === 'trade-balance' && /^(?:surplus|deficit)$/i.test(withMeasure.reading.measureText ?? '')) {
        withMeasure = readings.find((r) => r.phrase.via === 'subject' && r.reading.measure === 'current-account') ?? withMeasure;
      }
      let measure = withMeasure?.reading.measure ?? null;
      let measureText = withMeasure?.reading.measureText ?? null;
      let measureVia: Phrase['via'] | null = withMeasure?.phrase.via ?? null;
      // "- NdPr oxide sold: 2,940 tonnes": a label that ends in a participle names the measure (not the line above's)
      const labelVerb = !measure && label ? /\b(raised|spent|paid|lost|earned|booked|generated|produced|mined|pumped|extracted|delivered|shipped|sold)\s*$/i.exec(text.slice(label.start, label.end)) : null;
      if (labelVerb) {
        measure = VERB_MEASURES_AFTER[labelVerb[1]!.toLowerCase()] ?? null;
        measureText = labelVerb[1]!;
        measureVia = 'label';
      }
      // "acquired the distribution system … for about 1.2 mln dlrs", "was sold for three mln stg",
      // "paying 4.9 mln dlrs" (not a price per share: "for $18.00 in cash … for each share")
      if (!measure && figure.kind === 'money' && !/\b(?:for\s+each|per|a\s+share|apiece|each)\b/i.test(text.slice(figure.end, sentence.end).slice(0, 120)) && (dealFor(left.slice(-200)) || /\bpa(?:ying|id)\s+(?:about\s+|some\s+|around\s+)?$/i.test(left.slice(-30)) && /\b(?:acquir|bought|purchas)/i.test(leftClause))) {
        measure = 'deal-value';
        measureVia = 'verb';
      }
      // "won 120 MHz for A$1.13 billion", "Paying A$1.31 billion for 120 megahertz", "sold 1.2 mln
      // shares for 45 mln dlrs": the price of a counted lot, which the lot names (no price per unit)
      let lot: string | null = null;
      if (!measure && figure.kind === 'money' && !(figure.mention as Money).per && !/^\s*(?:a|an|per|each|apiece)\b/i.test(right)) {
        const m = LOT_BEFORE.exec(left.slice(-60)) ?? LOT_AFTER.exec(right.slice(0, 60));
        if (m && !NOT_A_LOT.test(m[3]!)) {
          measure = 'deal-value';
          measureVia = 'verb';
          lot = lotKey(m[1]!, m[2], m[3]!);
        }
      }
      if (!measure) {
        // "privately held", "closely held": an adjective, not a holding
        const verbs = verbMeasuresIn(leftClause).filter((x) => !/\b(?:privately|closely|publicly|family|state|majority|wholly)[\s-]+$/i.test(leftClause.slice(0, x.index)));
        const v = verbs.at(-1);
        // "raised the annual dividend on its class A and class B common stock to 68 cts": the
        // verb's object names the measure, not the verb
        const object = v ? measuresIn(leftClause.slice(v.end)).at(-1) : undefined;
        if (object) {
          measure = object.id;
          measureText = object.text;
          measureVia = 'of';
        } else if (v && (!VERB_ONLY_MEASURES.has(v.id) || ((v.id === 'purchases' || (v.id === 'sales-units' && !/\b(?:shares?|stock|notes|bonds|warrants|debentures|units)\b/i.test((figure.mention as Quantity).unit ?? ''))) && figure.kind === 'quantities' && /^(?:about|some|around|nearly|up\s+to|another|an\s+additional)?$/i.test(leftClause.slice(v.end).trim())))) {
          // bought and sold amounts only of a counted thing the verb governs ("purchased 456 tonnes of cocoa")
          measure = v.id;
          measureText = v.text;
          measureVia = 'verb';
        }
      }
      // "its 50 pct owned Conroy's Inc subsidiary", "a 49 pct-owned unit": a stake
      if (!measure && figure.kind === 'percentages' && /^\s*(?:-\s*)?owned\b/i.test(right)) {
        measure = 'holdings';
        measureVia = 'adjective';
      }
      if (!measure && figure.kind === 'quantities') {
        const unit = (figure.mention as Quantity).unit;
        // "28.5 mln shares outstanding", "22 mln shares on issue": the unit and the words after it
        const withAfter = measuresIn(`${unit}${right.slice(0, 24)}`);
        const m = withAfter.length && withAfter[0]!.index === 0 && withAfter[0]!.end > unit.length ? withAfter.slice(0, 1) : measuresIn(unit);
        if (m.length) {
          measure = m.at(-1)!.id;
          measureText = unit;
          measureVia = 'unit';
        }
      }
      if (!measure && figure.kind === 'money' && PRICED_AT.test(left.slice(-40))) measure = 'price';
      // a price per unit says it; so do shares and stocks, and a traded thing's money figure
      const ownWords = readings.map((r) => text.slice(r.phrase.start, r.phrase.end)).join(' ');
      // (not "19 cts per share" after an amount: a per-share figure of something else)
      if (!measure && (figure.kind === 'money' || role === 'change') && /\b(?:shares|stock|stocks|share price)\b/i.test(ownWords.replace(/\b(?:per|a)\s+(?:share|shr)\b/gi, ' '))) measure = 'price';
      // "net income fell to 212 mln dlrs, or 1.84 dlrs a share", "Earning 1.48 dollars a share": earnings per share
      if (!measure && figure.kind === 'money' && /^share/i.test((figure.mention as Money).per ?? '') && (/\b(?:earn(?:ed|ing|s)?|net\s+income|net\s+profit|profit|earnings|net\s+loss|lost)\b/i.test(leftClause.slice(-80))) && !/\b(?:charges?|gains?|items?|operations|provisions?|tax|taxes|write-?downs?|credits?|from|includ\w*|exclud\w*)\b/i.test(left.slice(-70))) measure = 'eps';
      if (!measure && figure.kind === 'money' && (figure.mention as Money).per) measure = 'price';

      // "shipped … 181.3 million pounds abroad": what went abroad is exports
      if ((!measure || measure === 'deliveries' || measure === 'sales-units') && figure.kind !== 'percentages' && /^\s+(?:abroad|overseas|to\s+(?:foreign|overseas|export)\s+(?:buyers|markets|customers|destinations))\b/i.test(right)) {
        measure = 'exports';
        measureVia = 'after';
      }

      // ---- owner and item
      let owner: string | null = null;
      let item: string | null = null;
      let via: SubjectVia | null = null;
      let anaphor: string | null = null;
      let ownerKind: 'party' | 'place' | null = null;
      let inherited: Frame | null = null;
      // the figure's own words first, then its clause's subject; an anaphor in the figure's own
      // words ("the paint maker's equity") outranks a name elsewhere in the clause
      const resolve = (a: string): boolean => {
        const kind = ANAPHOR_KIND[a] ?? 'party';
        if (kind === 'item') {
          if (!lastItem) return false;
          item = lastItem;
        } else if ((a === 'we' || a === 'our' || a === 'us') && inQuote) {
          if (!topic.owner) return false;
          owner = topic.owner;
          ownerKind = 'party';
        } else if (kind === 'any' && previousSentence && previousSentence.paragraph === sentence.paragraph) {
          owner = previousSentence.owner;
          item = previousSentence.item;
          ownerKind = owner ? 'party' : null;
        } else {
          // in reported speech the speaker ("Portmere said its volumes …"); else the last party named
          // before the figure in its sentence (a dateline's newswire is none); else the conversation's
          const dateline = DATELINE.exec(text.slice(sentence.start, Math.min(figure.start, sentence.start + 200)));
          const from = sentence.start + (dateline?.[0].length ?? 0);
          const speaker = input.sources.filter((x) => !x.vague && x.kind !== 'person' && x.kind !== 'publication' && x.start >= from && x.end <= figure.start && /^(?:said|says|reported|reports|announced|posted|disclosed|expects)$/i.test(x.cue ?? '')).at(-1);
          const named = reader
            .entitiesIn({ start: from, end: figure.start })
            // ("from the company's Boise headquarters", "its Dallas plant": a name after the party's possessive is its place, not another party)
            .filter((e) => e.type === 'ORG' && !isRecipient(text, e) && !input.sources.some((x) => !x.vague && x.start <= e.start && e.end <= x.end) && !/\b(?:its|their|our|the\s+(?:company|firm|group)['’]s)\s+$/i.test(text.slice(Math.max(0, e.start - 24), e.start)))
            .at(-1);
          // ("The company reaffirmed its guidance" after a sentence about the regulator: a company word is no regulator)
          const companyWord = /\bthe\s+(?:company|firm|group|utility|miner|lender|insurer|airline|carrier|retailer|maker|producer|chipmaker|automaker|operator|developer)\b/i.test(`${a} ${text.slice(from, figure.start)}`);
          const last = lastParty && !(companyWord && GOVERNMENT_BODY.test(lastParty.owner ?? '')) ? lastParty.owner : null;
          const party = speaker ? partyName(speaker.name) : named ? partyName(named.canonical) : (last ?? topic.owner);
          if (!party) return false;
          owner = party;
          ownerKind = 'party';
        }
        via = 'anaphor';
        return true;
      };
      for (const group of [readings.filter((r) => r.phrase.via !== 'subject'), readings.filter((r) => r.phrase.via === 'subject')]) {
        for (const r of group) {
          if (!owner && r.reading.owner) {
            owner = r.reading.owner;
            ownerKind = r.reading.ownerKind;
            via = r.phrase.via === 'subject' ? 'clause' : 'own';
          }
          if (!item && r.reading.item) {
            item = r.reading.item;
            via ??= r.phrase.via === 'subject' ? 'clause' : 'own';
          }
        }
        if (owner || item) {
          // "Ridgeback Gold said it produced 412,000 ounces of gold": the item is the figure's, the owner the clause's
          if (!owner && group[0]?.phrase.via !== 'subject') {
            const subjectOwner = readings.find((r) => r.phrase.via === 'subject' && r.reading.owner && r.reading.ownerKind === 'party');
            if (subjectOwner) {
              owner = subjectOwner.reading.owner;
              ownerKind = 'party';
            } else {
              // ("Brackley Mining said it produced 96,000 ounces of gold": the clause's "it" owns the item)
              const a = readings.find((r) => r.phrase.via === 'subject' && r.reading.anaphor && (ANAPHOR_KIND[r.reading.anaphor] ?? 'party') !== 'item')?.reading.anaphor;
              if (a && item && !/^(?:we|our|us)$/i.test(a)) {
                const kept = item;
                const keptVia = via;
                if (resolve(a)) {
                  item = kept;
                  via = keptVia;
                }
              }
            }
          }
          break;
        }
        const a = group.map((r) => r.reading.anaphor).find((x) => x);
        if (a && (group[0]?.phrase.via !== 'subject' || true) && resolve(a)) break;
        anaphor ??= a ?? null;
      }
      // "Harmon Devices said third-quarter net income was …": a firm reporting its own figures
      if (!owner && !item) {
        const speaker = input.sources
          .filter((x) => !x.vague && (x.kind === 'organisation' || ORG_WORDS.has(x.name.split(/\s+/).at(-1)!.toLowerCase())) && x.start >= sentence.start && x.end <= figure.start && /^(?:said|says|reported|reports|announced|posted|disclosed)$/i.test(x.cue ?? ''))
          // (not a speaker's employer, "Mira Osei, head of research at Halvard Digital, said …", "Economist Selin Kara of Galata Securities said …")
          .filter((x) => !/\b(?:at|of|with|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, x.start - 12), x.start)) && !EMPLOYEE_OF.test(x.name))
          .at(-1);
        if (speaker && figure.start - speaker.end <= 120 && !/[;:]/.test(text.slice(speaker.end, figure.start))) {
          owner = partyName(speaker.name);
          ownerKind = 'party';
          via = 'clause';
        }
      }
      // a named party before the figure in its clause ("Calder Freight posted revenue of…")
      if (!owner && !item) {
        const dateline = DATELINE.exec(text.slice(clause.start, Math.min(figure.start, clause.start + 200)));
        // (not the speaker's side of a reporting verb: "Mira Osei, head of research at Halvard Digital, said a Sunday close of …")
        const named = reader.entitiesIn({ start: clause.start + (dateline?.[0].length ?? 0), end: figure.start }).filter((e) => (e.type === 'ORG' || e.type === 'ASSET' || e.type === 'PLACE') && !isRecipient(text, e) && !/\b(?:said|says)\s+(?:that\s+)?(?:an?|the)\s/i.test(text.slice(e.end, figure.start)));
        const candidates = named.filter(
          (e) =>
            !input.sources.some((s) => !s.vague && s.start <= e.start && e.end <= s.end && !/^(?:said|says|reported|posted|announced)$/i.test(s.cue ?? '')) &&
            // "lifted monthly ARPU to €18.04": a measure's abbreviation taken for a name
            !measuresIn(text.slice(e.start, e.end)).some((m) => m.index === 0 && m.end === e.end - e.start) &&
            !/^-(?:listed|based|traded|headquartered|registered|focused|owned|backed|linked)\b/i.test(text.slice(e.end, e.end + 16)),
        );
        // "tokens …, such as Chainlink (LINK), traded at": the example named is the one meant
        const example = candidates.find((e) => /\b(?:such\s+as|including|like|led\s+by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 14), e.start)));
        const ownEntity = example ?? candidates.at(0);
        if (ownEntity) {
          if (ownEntity.type === 'ASSET' && !FUND_NAME.test(ownEntity.canonical)) item = ownEntity.canonical;
          else {
            owner = partyName(ownEntity.canonical);
            ownerKind = ownEntity.type === 'PLACE' ? 'place' : 'party';
            if (ownEntity.type === 'ASSET') owner = ownEntity.canonical;
          }
          via = 'clause';
        }
        const things = thingsIn(leftClause);
        if (!item && things.length) {
          item = things.at(-1)!.id;
          via ??= 'clause';
        }
      }
      if (!owner && !item && anaphor) resolve(anaphor);
      // "Chief executive Ramona Delgado said the 3.5 bln dlr programme …": a figure restated in
      // reported speech is the story's party's (the speaker's firm, the last party named), else
      // what the sentence before was about
      if (!owner && !item && /\b(?:said|says|told\s+[\p{L}]+)\s+(?:that\s+)?(?:the|its|their)\s+$/iu.test(leftClause.slice(-60)) && !resolve('they') && previousSentence) {
        owner = previousSentence.owner;
        item = previousSentence.item;
        via = 'previous';
      }
      if (!owner && !item && previousSentence && previousSentence.paragraph === sentence.paragraph && !reader.entitiesIn(sentence).some((e) => e.type !== 'PERSON')) {
        owner = previousSentence.owner;
        item = previousSentence.item;
        via = 'previous';
      }
      // a subject phrase that names a thing the gazetteers do not know ("digital-asset investment products")
      if (!owner && !item && !anaphor) {
        const np = readings.find((r) => r.phrase.via === 'subject' || r.phrase.via === 'label');
        const words = np ? subjectWords(blankTimes(text, np.phrase, timestamps), np.reading) : '';
        const named = np ? /^(?:the\s+)?((?:[\p{Lu}][\p{L}&.'’/-]*\s+){0,4}[\p{Lu}][\p{L}&.'’/-]*)$/u.exec(text.slice(np.phrase.start, np.phrase.end).trim()) : null;
        const nameWords = named ? named[1]!.split(/\s+/) : [];
        // "Apple shares rose 2%": the name before a security is its issuer, a party even when no gazetteer knows it
        const issuer = np ? /^(?:the\s+)?((?:[\p{Lu}][\p{L}&.'’-]*\s+){0,3}[\p{Lu}][\p{L}&.'’-]*)(?:['’]s)?\s+(?:shares|stock|stocks|ADRs?|bonds|notes|equity)$/u.exec(text.slice(np.phrase.start, np.phrase.end).trim()) : null;
        const clauseInitial = np ? /^\s*(?:["“]?)$/.test(text.slice(clause.start, np.phrase.start)) || /[.:]\s*$/.test(text.slice(clause.start, np.phrase.start)) : false;
        if (issuer && !thingsIn(issuer[1]!).length && !measuresIn(issuer[1]!).length && !/^(?:It|Its|The|This|That|We|Our|Their)$/.test(issuer[1]!)) {
          owner = partyName(issuer[1]!);
          ownerKind = 'party';
          via = 'clause';
        } else if (
          named &&
          !DATELINE.test(named[1]!) &&
          nameWords.length <= 5 &&
          (nameWords.length >= 2 || !clauseInitial) &&
          !np!.reading.measure &&
          !measuresIn(named[1]!).length &&
          !thingsIn(named[1]!).length &&
          !/^(?:It|Its|The|This|That|We|Our)$/.test(named[1]!) &&
          !CALENDAR_WORD.test(named[1]!.replace(/['’]s?$/, ''))
        ) {
          // "Portmere Lines A/S said its volumes …": a name the gazetteers do not know is still a party
          owner = partyName(named[1]!);
          ownerKind = 'party';
          via = 'clause';
        } else if (words) {
          item = `np:${words}`;
          via = np!.phrase.via === 'label' ? 'own' : 'clause';
        }
      }
      // "the 9.81 trillion yen of shipments in September" in a country's trade story: its exports
      if (!owner && !item && measure === 'deliveries' && /^shipments?$/i.test(measureText ?? '') && topic.place && !topic.owner) measure = 'exports';
      if (!owner && !item && measure && MACRO_MEASURES.has(measure) && topic.place) {
        owner = topic.place;
        via = 'topic';
      }
      // "a Sunday close of $186.40" in a story about a token, a metal or a crop: its price
      // (not a currency story's other prices, "For 9.80 dlrs a night …" in a story about the yen, nor a rent or fare per night or month)
      if (!owner && !item && measure === 'price' && topic.item && !topic.owner && figure.kind === 'money' && !CURRENCY_THING.test(topic.item) && /^(?:|ounce|barrel|tonne|ton|pound|bushel|coin|token|kilogram|gallon|unit|share)$/.test((figure.mention as Money).per ?? '')) {
        item = topic.item;
        via = 'topic';
      }
      // "Working gas in storage rose to 2,707 bcf" in a natural gas story: the story's commodity
      if (!owner && !item && (measure === 'inventories' || measure === 'production') && topic.item && !topic.owner && figure.kind === 'quantities' && PHYSICAL_UNIT.test((figure.mention as Quantity).unit)) {
        item = topic.item;
        via = 'topic';
      }
      if (!owner && !item && measure && OWN_MEASURES.has(measure) && (topic.owner || topic.item)) {
        owner = topic.owner;
        item = topic.owner ? null : topic.item;
        via = 'topic';
      }

      // "$1.15 billion pulled by investors": a participle after the figure names its measure
      if (!measure) {
        // … or the verb of a relative clause ("the 457 bitcoin the company dug up in June")
        const participle =
          /^\s+(?:were\s+|was\s+)?(pulled|withdrawn|redeemed|poured|invested|raised|spent|paid|lost|earned|booked|generated|produced|delivered|shipped|sold)\b/i.exec(right) ??
          /^\s+(?:(?:that|which)\s+)?(?:the\s+[\p{L}-]+|it|we|they)\s+(?:had\s+|has\s+|have\s+)?(raised|spent|paid|lost|earned|booked|generated|produced|mined|dug\s+up|pumped|extracted|delivered|handed\s+over|shipped|sold)\b/iu.exec(right);
        const id = participle ? ({ pulled: 'flow', withdrawn: 'flow', redeemed: 'flow', poured: 'flow', invested: 'flow' } as Record<string, string>)[participle[1]!.toLowerCase()] ?? VERB_MEASURES_AFTER[participle[1]!.toLowerCase().replace(/\s+/g, ' ')] : undefined;
        if (id) {
          measure = id;
          measureText = participle![1]!;
          measureVia = 'verb';
          // "The $450 million raised will pay down debt": the story's party's own measure, as above
          if (!owner && !item && OWN_MEASURES.has(id) && topic.owner) {
            owner = topic.owner;
            via = 'topic';
          }
        }
      }
      const itemIsSubject =
        readings.some((r) => r.reading.item === item && (r.phrase.via === 'subject' || r.phrase.via === 'label' || r.phrase.via === 'of')) &&
        // "Bitcoin products", "ether funds": a group of funds, whose money figures are flows and assets, not prices
        !readings.some((r) => r.phrase.via === 'subject' && /\b(?:products|funds|etfs|etps|trusts|vehicles|investors|holders|miners|exchanges)\b/i.test(text.slice(r.phrase.start, r.phrase.end)));
      // (a bare count in millions is a number of the thing, not its price: "Placements of cattle … were 1.61 million")
      const bareCount = figure.kind === 'quantities' && (figure.mention as Quantity).unit === 'count';
      if (!measure && item && itemIsSubject && (figure.kind === 'money' || (figure.kind === 'quantities' && /^(?:level|points|count)$/.test((figure.mention as Quantity).unit) && !(bareCount && /\b(?:thousand|million|mln|billion|bln)\b/i.test(figure.text))) || role === 'change')) {
        measure = /-year$/.test(item) ? 'yield' : 'price';
      }
      if (!measure && item && /-year$/.test(item) && figure.kind === 'percentages') measure = 'yield';
      // "liabilities fell to 12.21 billion rand", "62.7 billion dlrs of debt": the currency an amount is counted in is no subject
      // (also when the unit is elided in a later amount of that currency: "… after rising to 13.62 billion in February")
      const currencyCode = figure.kind === 'money' ? ((figure.mention as Money).currency ?? '').toUpperCase() : '';
      const onlyAsUnit = (name: string) => {
        // every mention of the currency's name in the sentence is inside an amount ("12.21 billion rand")
        const word = name.toLowerCase().replace(/^us\s+/, '');
        const st = text.slice(sentence.start, sentence.end).toLowerCase();
        let at = st.indexOf(word);
        if (at < 0) return false;
        for (; at >= 0; at = st.indexOf(word, at + 1)) if (!figs.some((g) => g.kind === 'money' && g.start <= sentence.start + at && sentence.start + at < g.end)) return false;
        return true;
      };
      if (item && figure.kind === 'money' && measure !== 'price' && CURRENCY_ITEM.test(item) && (figure.text.toLowerCase().includes(item.toLowerCase()) || (/dollar/i.test(item) && /\$|\bdlrs?\b|\bdollars?\b/i.test(figure.text)) || unitCurrencies.get(currencyCode) === item || onlyAsUnit(item))) {
        unitCurrencies.set(currencyCode, item);
        item = null;
        if (!owner) via = null;
      }
      // "Sony will issue a 75 billion yen 15-year convertible bond": the issue is the issuer's; its maturity names no subject
      if (measure === 'proceeds' && owner && item && /-year$/.test(item)) item = null;
      if (measure === 'net-income' && figure.kind === 'money' && perShare(figure)) measure = 'eps';
      // "buy Tolland for 412 pence a share", "an offer of $38.50 for each share": the deal's price, not the market's
      // an offer per share: "for $18.00 in cash plus 0.25 of a share for each Halyard share" is
      // no restatement of the deal's total value
      let perUnitDeal = false;
      if (figure.kind === 'money' && (measure === 'price' || measure === null) && /\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|offer(?:s|ed|ing)?|bid(?:s|ding)?|pay(?:s|ing)?|paid|takeover|tender|deal|merger|agreed\s+to\s+buy)\b/i.test(leftClause) && (PER_UNIT_AFTER.test(right) || /\bfor\s+each\b/i.test(right) || (figure.mention as Money).per)) {
        measure = 'deal-value';
        perUnitDeal = !(figure.mention as Money).per;
      }

      // "That surplus has now halved": the thing the text named just before, with all it said of it
      const subjectPhrase = readings.find((r) => r.phrase.via === 'subject');
      if (subjectPhrase && measure && /^\s*(?:that|this|these|those|the\s+same)\b/i.test(text.slice(subjectPhrase.phrase.start, subjectPhrase.phrase.end)) && ((via as SubjectVia | null) === 'topic' || (via as SubjectVia | null) === 'anaphor' || via === null || (via as SubjectVia | null) === 'previous')) {
        const antecedent = [...frames, ...local].reverse().find((f) => f.measure === measure);
        if (antecedent) {
          owner = antecedent.owner;
          item = antecedent.item;
          ownerKind = antecedent.ownerKind;
          via = 'anaphor';
          inherited = antecedent;
        }
      }

      // ---- qualifiers, segment, venue
      const qualifiers: Record<string, string> = {};
      if (perUnitDeal) qualifiers.basis = 'per-unit';
      const segment: string[] = [];
      for (const r of readings) {
        for (const [k, v] of Object.entries(r.reading.qualifiers)) qualifiers[k] ??= v;
        if (r.reading.measure && r.reading.measure === measure && !segment.length) segment.push(...r.reading.segment);
      }
      // "Larchmont's smaller Express format, which numbers 412 stores": what the subject names narrows the count
      if (!segment.length && (measureVia === 'unit' || measureVia === 'verb')) {
        const np = readings.find((r) => r.phrase.via === 'subject');
        if (np && (!np.reading.owner || np.reading.ownerVia === 'possessive')) {
          const whole = blankTimes(text, np.phrase, timestamps);
          const possessiveEnd = Math.max(whole.lastIndexOf("'s "), whole.lastIndexOf('’s '));
          const lowerWords = (possessiveEnd >= 0 ? ' '.repeat(possessiveEnd + 3) + whole.slice(possessiveEnd + 3) : whole).replace(/(?<![\p{L}])[\p{Lu}][\p{L}&.'’/-]*(?:\s+[\p{Lu}][\p{L}&.'’/-]*)+/gu, ' ');
          segment.push(...subjectWords(lowerWords, np.reading).split(' ').filter((w) => w && !PARTY_WORDS.has(w) && !GROUP_WORDS.has(w) && !thingsIn(w).length));
        }
      }
      const around = `${left.slice(-50)} ${right.split(/[,;]/)[0]!.slice(0, 30)}`;
      for (const q of qualifiersIn(around)) {
        if (q.cls === 'window' || q.cls === 'point' || q.cls === 'vintage' || q.cls === 'contract' || q.cls === 'gross' || q.cls === 'season') qualifiers[q.cls] ??= q.value;
      }
      if (/\bincluding\b[^.;]{0,40}\bdebt\b/i.test(leftClause)) qualifiers['equity-enterprise'] = 'enterprise';
      // "its highest close since mid-October", "the biggest weekly gain since March": a record, not the figure's window
      if (/(?<!\b(?:largest|biggest|highest|lowest|most|least|best|worst|first|strongest|weakest|smallest|sharpest|steepest|fastest|slowest|widest|narrowest)\s(?:[\p{L}-]+\s){0,2})\bsince\s+(?:the\s+)?[\p{L}\d]/u.test(`${left.slice(-30)} ${right.split(/[,;]/)[0]!.slice(0, 60)}`) && !qualifiers.window) qualifiers.window = 'since';
      // "accounted for 11,870 of the quarter's deliveries": a part of the measure, not the measure
      // … and so is "44.0 mln dlrs of the proceeds", "1,870 MW of that capacity", "another 8.1 mln dlrs of its proceeds"
      // … and "First-half revenue of $2.31 billion included $1.12 billion from the first quarter"
      if ((PART_OF.test(left.slice(-40)) && /^\s*of\b/i.test(right)) || /\binclud(?:ed|es|ing)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$/i.test(left.slice(-30)) || (figure.kind !== 'percentages' && /^\s*of\s+(?:the|its|their|that|this|these|those)\s+(?!(?:year|quarter|month|week|day|period|season|decade)\b)/i.test(right))) segment.push('part');
      if (inherited) {
        for (const [k, v] of Object.entries(inherited.qualifiers)) if (k !== 'vintage') qualifiers[k] ??= v;
        if (!segment.length) segment.push(...inherited.segment);
      }
      // "a surplus of 463.4 billion yen with the United States": trade with one partner
      if (measure === 'trade-balance' || measure === 'exports' || measure === 'imports') {
        const partner = reader
          .entitiesIn({ start: Math.max(clause.start, figure.start - 40), end: Math.min(clause.end, figure.end + 60) })
          .find((e) => e.type === 'PLACE' && /\b(?:with|to|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 10), e.start)) && !/\b(?:shipments|cars|sales|goods)\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 20), e.start)));
        if (partner && partyName(partner.canonical) !== owner) qualifiers.partner = partyName(partner.canonical);
        else if (inherited?.qualifiers.partner) qualifiers.partner = inherited.qualifiers.partner;
      }
      if (role === 'from' && !qualifiers.vintage) qualifiers.vintage = 'previous';
      // "6.1% below last year's level of 2,889 bcf": an earlier value; "the five-year average of 2,583 bcf": another quantity
      if (/\b(?:last|previous|prior)\s+(?:year|month|week|quarter)['’]s\s+(?:level|figure|total|reading|tally)\s+(?:of\s+)?$/i.test(left.slice(-50))) qualifiers.vintage ??= 'previous';
      // a box line's earlier period in brackets: "Composite index: 261.4 (prior week: 272.6)", "Manufacturing PMI: 50.6 (July: 49.8)",
      // "(September quarter: 2,760 tonnes)", "(September 30: A$655 million)"
      if (BOX_PRIOR_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 50), figure.start))) qualifiers.vintage ??= 'previous';
      // "Yesterday's close was 6.52/54 dlrs": the previous session's level, beside today's
      if (/\b(?:yesterday|the\s+previous\s+(?:day|session)|the\s+prior\s+(?:day|session))['’]s\s+(?:[\p{L}-]+\s+)?(?:close|closing|settlement|fixing|level|finish)\s+(?:was|of|at|stood\s+at)\s+(?:about\s+|around\s+)?$/iu.test(left.slice(-60))) qualifiers.vintage ??= 'previous';
      // "The government originally targeted a five billion dlr surplus": a figure since replaced
      if (/\b(?:originally|initially|previously|had\s+(?:first|earlier))\s+(?:had\s+)?(?:targeted|target|forecast|forecasted|expected|projected|estimated|planned|set|put|pegged|budgeted|sought|guided)\b[^,;.]{0,40}$/i.test(leftClause)) qualifiers.vintage ??= 'previous';
      if (/\b(?:[\w]+-(?:year|month|week|day)|seasonal|historical|long-term|long-run)\s+(?:average|norm|mean)\s+(?:of\s+)?$/i.test(left.slice(-40))) segment.push('average');
      // "A year ago the group ran 14 testing sites": a past value, though stated as a level
      if (role === 'level' && (/^\s*(?:[QA]:\s*)?(?:(?:a|one)\s+(?:year|month|week|quarter|decade)\s+(?:ago|earlier|before)|(?:two|three|four|five|ten)\s+years\s+(?:ago|earlier)|last\s+(?:year|month|week|quarter)|at\s+the\s+(?:start|end)\s+of\s+last\s+\w+|back\s+then|previously)\b/i.test(leftClause) || /\b(?:year-ago|year-earlier|prior-year|previous-year|year\s+ago)\b/i.test(leftClause.slice(0, 60)))) qualifiers.vintage ??= 'previous';
      if (!PRICE_LIKE.has(measure ?? '')) delete qualifiers.point;
      // goods and services: two inflation series, and two trade balances ("a services surplus of 15.8 bln stg" is not the goods deficit)
      if (measure !== 'inflation' && measure !== 'wages' && !(TRADE_MEASURES.has(measure ?? '') && (qualifiers.series === 'goods' || qualifiers.series === 'services'))) delete qualifiers.series;
      if ((role === 'level' || role === 'from') && qualifiers.window === 'year-on-year') delete qualifiers.window;
      // "its highest since January", "the lowest close since 2019": how long since a level was this high, not the figure's window
      if (qualifiers.window === 'ytd' && /\b(?:highest|lowest|best|worst|strongest|weakest|biggest|largest|smallest|most|least|fastest|slowest)\s+(?:[\p{L}-]+\s+){0,2}since\s+(?:january|the\s+start|the\s+beginning)\b/iu.test(right.slice(0, 80))) delete qualifiers.window;
      // "ARPU of €18.40 a month in the quarter", "monthly ARPU": a rate per month, not a month's figure
      if (measure === 'arpu') delete qualifiers.window;
      const venueMatch = [...`${left.slice(-40)} ${right.slice(0, 40)}`.matchAll(/\b(?:on|at|via)\s+(?:the\s+)?([A-Z][\w.&-]*[A-Za-z](?:\s+[A-Z][\w.&-]*)?)/g)].find((m) =>
        /\b(?:exchange|binance|coinbase|kraken|okx|bybit|bitfinex|bitstamp|nasdaq|nyse|cme|cboe|lme|comex|ice|nymex|cbot|gemini|bitget|kucoin|deribit|tradeweb|london\s+metal\s+exchange)\b/i.test(m[1]!),
      );
      const venue = venueMatch ? venueMatch[1]!.replace(/^London Metal Exchange$/, 'LME') : null;

      // "the S&P 500 closed up 0.6% at 6,038.81", "the stock opened at $34.50": a traded thing's price at the close or open, not store closures
      if ((measure === 'closures' || measure === 'openings') && (item || (figure.kind === 'money' && /\bat\s+$/i.test(left.slice(-6))) || figure.kind === 'percentages')) {
        qualifiers.point ??= measure === 'closures' ? 'close' : 'open';
        measure = 'price';
      }
      // results-table lines of wire copy ("Shr 12 cts vs nine cts", "Net 12.1 mln vs 10.4 mln", "Revs 1.2 billion vs …")
      {
        const label = resultsLabel;
        // a results table's note ("NOTE: 1986 net includes a gain of 800,000 dlrs …") is about the table's company
        if (!label && !owner && (!item || item.startsWith('np:')) && topic.owner && /^\s*(?:NOTE\s*:|(?:The\s+)?(?:\d{4}\s+|(?:latest|current|prior|year-ago)\s+)?(?:net|results?|year|quarter|qtr|shr|loss|earnings)\s+(?:includes?|included|excludes?|excluded|reflects?|reflected)\b)/i.test(sentenceText)) {
          owner = topic.owner;
          item = null;
          ownerKind = 'party';
          via = 'topic';
        }
        if (label) {
          // "Shr profit 16 cts vs loss 7.22 dlrs": the label names the measure, whatever word follows it
          measure = label[1];
          // the table's company is the story's (its headline's)
          if (item?.startsWith('np:')) item = null;
          if (!owner && !item && topic.owner) {
            owner = topic.owner;
            ownerKind = 'party';
            via = 'topic';
          }
        }
      }

      // ---- time
      const measureTime = measure ? MEASURE_TIME.get(measure) ?? 'instant' : 'instant';
      let { time, timeEnd, at } = timeOf(text, timestamps, clause, sentence, figure, figs, measureTime);
      // a results-table line names no period: its heading lines and the headline do ("Nine mths", "3RD QTR JAN 31 NET")
      if (resultsTime && !time && role !== 'from') {
        // ("Assets 3.60 billion vs 3.25 billion" under "1ST QTR": at the quarter's end)
        if (AT_PERIOD_END.has(resultsLabel?.[1] ?? '')) [time, timeEnd] = [resultsTime.timeEnd, null];
        else ({ time, timeEnd } = resultsTime);
      }
      // "the 46,800 deliveries in the quarter": the period the story is about, not a date nearby
      if (/^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|during|for|over)\s+the\s+(?:quarter|month|half|period|week)\b(?!\s+(?:to|ended|ending|through|thru|of|from|before|after|that|which)\b|[\s,]+\d)/iu.test(right.slice(0, 60))) {
        time = null;
        timeEnd = null;
        at = null;
      }
      const elided = /^\s*in\s+the\s+(first|second|third|fourth|fifth|sixth|previous|prior|next|last)\b(?!\s+(?:quarter|half|month|week|year|day))/i.exec(right);
      if (elided) {
        // a period the text names by its ordinal alone: its own time, compared with no other
        time = `elided:${elided[1]!.toLowerCase()}`;
        timeEnd = null;
        at = null;
      }
      const against = /\bagainst\s+the\s+([\p{L}]+)/iu.exec(`${leftClause.slice(0, 40)} ${right.slice(0, 30)}`) ?? /^\s*against\s+the\s+([\p{L}]+)/iu.exec(sentenceText);
      const counter = against ? thingsIn(against[1]!)[0]?.id : undefined;
      if (counter && counter !== item) qualifiers.counter = counter;
      if (lot) qualifiers.lot = lot;
      const frame: Frame = {
        ref: figure.ref,
        figure,
        sentenceIndex,
        sentence,
        paragraph: sentence.paragraph,
        role,
        sign,
        mode,
        owner,
        ownerKind: owner ? (ownerKind ?? (via === 'topic' && owner === topic.place ? 'place' : 'party')) : null,
        item,
        subjectVia: via,
        measure,
        measureText,
        qualifiers,
        segment,
        time,
        timeEnd,
        at,
        venue,
      };
      if (change) frame.change = change;
      if (toLevel) frame.toLevel = true;
      if (perUnit) frame.perUnit = true;
      if (mode === 'expected' || mode === 'forecast') frame.by = forecaster(input, sentence, clause, owner, mode);
      void measureVia;
      ownPhrases.set(frame, phrases.some((p) => p.via !== 'subject'));
      hasSubjectPhrase.set(frame, phrases.some((p) => p.via === 'subject') || Boolean(label));
      local.push(frame);
    });

    // "Over the nine month period, …, while heavy truck production dipped to 83,800": a leading window covers the sentence
    const leading = LEADING_ADVERBIAL.exec(sentenceText)?.[0] ?? '';
    const leadWindow = leading ? qualifiersIn(leading).find((q) => q.cls === 'window') : undefined;
    if (leadWindow) for (const f of local) f.qualifiers.window ??= leadWindow.value;
    // "Excluding items, Galloway earned 2.68 dlrs a share": a leading basis covers the sentence's figures too
    const leadBasis = leading ? qualifiersIn(leading).find((q) => q.cls === 'accounting') : undefined;
    if (leadBasis) for (const f of local) f.qualifiers.accounting ??= leadBasis.value;
    // "Excluding large-scale orders, orders fell 0.6%": what a leading exclusion leaves out narrows every figure of the sentence
    const excluded = !leadBasis ? LEADING_EXCLUSION.exec(leading) : null;
    if (excluded) {
      const words = excluded[1]!.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w.length > 2 && !/^(?:the|its|their|one-off|items?)$/.test(w));
      if (words.length) for (const f of local) if (!f.segment.includes('excluding')) f.segment.push('excluding', ...words);
    }
    // figures of one clause without words of their own share its subject and measure
    // ("rose 7.9 pct to 612 mln dlrs from 581 mln dlrs": all revenue of Calder)
    for (let k = 1; k < local.length; k++) {
      const f = local[k]!;
      const p = local[k - 1]!;
      const sameClause = clauseOf(f.figure) === clauseOf(p.figure);
      // a clause without a subject of its own ("…, after $41 million of net outflows the week before") is about the sentence's
      if (!sameClause && !hasSubjectPhrase.get(f) && (f.subjectVia === 'topic' || f.subjectVia === 'previous' || f.subjectVia === 'anaphor' || (!f.owner && !f.item)) && (p.owner || p.item) && (p.subjectVia === 'own' || p.subjectVia === 'clause')) {
        f.owner = p.owner;
        f.item = p.item;
        f.subjectVia = p.subjectVia;
      }
      if (!sameClause) {
        // "Saudi output was 8.96 mln bpd, Iraq's 4.12 mln bpd and the UAE's 3.26 mln bpd": an elided measure
        if (!f.measure && p.measure && f.figure.unit === p.figure.unit && /^[\s,]*(?:and\s+)?(?:the\s+)?[\p{Lu}][\p{L}.&' -]*['’]s?\s*$/u.test(text.slice(p.figure.end, f.figure.start))) {
          f.measure = p.measure;
          f.measureText = p.measureText;
        }
        continue;
      }
      // "gross inflows of $1.64 billion and outflows of $1.09 billion": the adjective covers both
      if (p.qualifiers.gross && !f.qualifiers.gross && f.measure === p.measure && /^\s*(?:[\p{L}'’-]+\s+){0,3}?and\s/iu.test(text.slice(p.figure.end, f.figure.start))) f.qualifiers.gross = p.qualifiers.gross;
      const joined = /^\s*(?:,\s*)?(?:or|and|to|from|up|down|versus|vs\.?|compared\s+with|against)\b/i.test(text.slice(p.figure.end, f.figure.start).replace(/^\s*(?:in|on|for|at)\s+[^,]{0,30}/, ''));
      const linked = f.role === 'from' || f.toLevel || p.role === 'change' || f.role === 'change' || (f.figure.unit === p.figure.unit && joined);
      if (!linked) continue;
      if (!f.measure) {
        // "net income was 392 mln dlrs, or 1.47 dlrs per diluted share": the per-share figure is earnings per share
        f.measure = p.measure === 'net-income' && perShare(f.figure) ? 'eps' : p.measure;
        f.measureText = p.measureText;
        if (!f.segment.length) f.segment = [...p.segment];
      }
      if (!f.owner && !f.item) {
        f.owner = p.owner;
        f.item = p.item;
        f.subjectVia = p.subjectVia;
      }
      if (f.sign === 0 && f.toLevel) f.sign = p.sign;
      if (!ownPhrases.get(f)) for (const [k2, v] of Object.entries(p.qualifiers)) if (k2 !== 'vintage' && k2 !== 'window' && (k2 !== 'point' || f.role !== 'from')) f.qualifiers[k2] ??= v;
    }
    // a change written before its level shares the level's words ("rose 7.9 pct to 612 mln dlrs")
    for (let k = local.length - 2; k >= 0; k--) {
      const f = local[k]!;
      const n = local[k + 1]!;
      if (clauseOf(f.figure) !== clauseOf(n.figure)) continue;
      if (!(f.role === 'change' && (n.toLevel || n.role === 'from'))) continue;
      if (!f.measure && n.measure) f.measure = n.measure;
      if (!f.owner && !f.item) {
        f.owner = n.owner;
        f.item = n.item;
        f.subjectVia = n.subjectVia;
      }
    }
    for (const f of local) {
      if (f.qualifiers.gross || !f.measure) continue;
      if (local.some((g) => g !== f && g.measure === f.measure && g.qualifiers.gross === 'net')) f.qualifiers.gross = 'gross';
    }
    frames.push(...local);
    const firstWithSubject = local.find((f) => f.owner || f.item);
    if (firstWithSubject) {
      previousSentence = { owner: firstWithSubject.owner, item: firstWithSubject.item, measure: firstWithSubject.measure, paragraph: sentence.paragraph };
      if (firstWithSubject.owner && firstWithSubject.ownerKind !== 'place') lastParty = { owner: firstWithSubject.owner, paragraph: sentence.paragraph };
      if (firstWithSubject.item) lastItem = firstWithSubject.item;
    }
  });
  inheritMeasures(frames);
  inheritRanges(input.text, frames);
  contextTimes(input, frames, timestamps);
  return frames;
}

/** Measures that only a verb names ("purchased 456 tonnes"): no other count inherits them. */
const VERB_ONLY_MEASURES: ReadonlySet<string> = new Set(['purchases', 'sales-units', 'additions']);

/** Physical units ("ounces", "barrels per day"): a count in them with no measure word measures what its party's last figure in them did. */
const PHYSICAL_UNIT = /\b(?:barrels?|bpd|tonnes?|tons?|ounces?|oz|pounds?|bushels?|gallons?|litres?|cubic|bcf|tcf|megawatts?|gigawatts?|mwh|gwh|twh|kwh|carats?|teus?|exahash\w*)\b/i;

/**
 * A count of a thing with no measure word of its own ("on track for 1.60 million to 1.75
 * million ounces") measures what the last figure of its party in the same unit measured.
 */
function inheritMeasures(frames: Frame[]): void {
  frames.forEach((f, i) => {
    if (f.measure || f.figure.kind !== 'quantities' || !PHYSICAL_UNIT.test((f.figure.mention as Quantity).unit)) return;
    for (let j = i - 1; j >= 0; j--) {
      const g = frames[j]!;
      // a measure only a verb gave ("bought 166 tonnes") is that verb's figure's alone
      if (g.figure.unit === f.figure.unit && g.measure && !VERB_ONLY_MEASURES.has(g.measure) && g.mode === f.mode && (g.owner ?? g.item) === (f.owner ?? f.item) && (f.owner || f.item)) {
        f.measure = g.measure;
        f.measureText = g.measureText;
        return;
      }
    }
  });
}

/**
 * "the $3.15-$3.35 range" after "its 2025 earnings guidance of $3.05 to $3.25 per share": a
 * range that names no measure of its own is the last range of its party, restated (its
 * measure, mode and time).
 */
function inheritRanges(text: string, frames: Frame[]): void {
  frames.forEach((f, i) => {
    if (f.measure || f.figure.mention.valueHigh === undefined || !/^\s*(?:guidance\s+|forecast\s+|target\s+|outlook\s+)?range\b/i.test(text.slice(f.figure.end, f.figure.end + 24))) return;
    for (let j = i - 1; j >= 0; j--) {
      const g = frames[j]!;
      if (g.figure.mention.valueHigh === undefined || !g.measure || g.figure.kind !== f.figure.kind || (g.owner ?? g.item) !== (f.owner ?? f.item)) continue;
      f.measure = g.measure;
      f.measureText = g.measureText;
      f.mode = g.mode;
      f.by = g.by;
      f.time ??= g.time;
      f.timeEnd ??= g.timeEnd;
      return;
    }
  });
}

/**
 * The time a period figure's context gives it when its sentence gives none: the last period
 * written before it in its paragraph, else the first period of the lead (the title or the
 * first paragraph), skipping the times of earlier values ("down from 24.6 billion euros in
 * November").
 */
function contextTimes(input: FrameInput, frames: Frame[], timestamps: readonly Timestamp[]): void {
  const { text } = input;
  const fromTimes = new Set<number>();
  for (const f of frames) {
    if (f.role !== 'from') continue;
    const t = timestamps.find((x) => x.start >= f.figure.end && x.start - f.figure.end <= 12 && /^\s*(?:in|on|for|at|as\s+of|by|during)?\s*(?:the\s+)?$/i.test(text.slice(f.figure.end, x.start)));
    if (t) fromTimes.add(t.start);
  }
  const isPeriod = (t: Timestamp) => Boolean(t.value) && !ISO_DAY.test(t.value!) && !fromTimes.has(t.start) && !NOT_THE_TIME.test(text.slice(Math.max(0, t.start - 40), t.start));
  const key = (t: Timestamp) => (t.endValue ? `${t.value}/${t.endValue}` : t.value!);
  const lead = input.paragraphs[0];
  const leadTime = lead ? timestamps.find((t) => t.end <= lead.end && isPeriod(t)) : undefined;
  // (a lead that gives several periods, "first-quarter revenue of … and second-quarter revenue of …", gives none to the rest)
  // ("rose 0.1% in May after a 0.2% gain in April": a compared period is not another one the story is about)
  const compared = (t: Timestamp) => COMPARED_PERIOD.test(text.slice(Math.max(0, t.start - 40), t.start));
  // (each labelling a figure of its own: "… fiscal second quarter that beat expectations, and its outlook for the current quarter" labels none)
  const labels = (t: Timestamp) => frames.some((f) => f.figure.start >= t.end && f.figure.start - t.end <= 40);
  const leadPeriods = lead ? timestamps.filter((t) => t.end <= lead.end && isPeriod(t) && !compared(t) && labels(t)) : [];
  const leadOnly = new Set(leadPeriods.map(key)).size > 1 ? undefined : leadTime;
  // "brought in 1.12 billion dollars this quarter," says a results story about the quarter just
  // ended: an actual figure of "this quarter" read on a date just after the lead's period is of that period
  if (leadTime?.endValue) {
    for (const f of frames) {
      if (f.mode !== 'actual' || !f.time || !f.timeEnd) continue;
      const t = timestamps.find((x) => x.relative && x.value === f.time && x.start >= f.sentence.start && x.end <= f.sentence.end && /^this\s+(?:quarter|half|period)\b/i.test(x.text));
      if (t && nextMonth(leadTime.endValue) === f.time.slice(0, 7) && leadTime.value!.length === 7) {
        f.time = leadTime.value!;
        f.timeEnd = leadTime.endValue;
      }
    }
  }
  for (const f of frames) {
    if (f.time || !f.measure || MEASURE_TIME.get(f.measure) !== 'period') continue;
    const paragraph = input.paragraphs[f.paragraph]!;
    const before = timestamps.filter((t) => t.start >= paragraph.start && t.end <= f.figure.start && isPeriod(t)).at(-1);
    const chosen = before ?? leadOnly;
    f.contextTime = chosen ? key(chosen) : null;
  }
}

/** "2025-09" → "2025-10". */
function nextMonth(month: string): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return null;
  const n = Number(m[1]) * 12 + Number(m[2]);
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** A condition opening the clause ("if volumes hold above …"). */
const CONDITION = /\b(?:[Ii]f|[Uu]nless|[Ww]hether|in\s+case|provided(?:\s+that)?|[Aa]ssuming)\b[^,;]*$/u;
/** A modal of possibility right before the figure's verb ("could rise to …"). */
const MODAL_POSSIBILITY = /(?<![\p{L}])(?:could|might|may)\s+(?:[\p{L}-]+\s+){0,3}?$/u;

/** The things that are currencies (their price is an exchange rate, not a price in money). */
const CURRENCY_THING = /\b(?:dollar|euro|yen|sterling|yuan|franc|rupee|won|peso|real|rouble|lira|rand|krona|krone|crown|dollar index)\b|\//i;

/** A source name that is a person of a firm: "Economist Selin Kara of Galata Securities". */
const EMPLOYEE_OF = /^(?:senior\s+|chief\s+|lead\s+)?(?:economist|analyst|strategist|chief|head|director|executive|manager|president|officer|trader|spokes(?:man|woman|person)|chairman|chairwoman|founder|partner)\b.*\s(?:of|at)\s+\p{Lu}/iu;

/** Who expects or forecasts a figure: "analysts" (a consensus), else the named party of the clause, the speaker, or the figure's owner. */
function forecaster(input: FrameInput, sentence: Sentence, clause: Clause, owner: string | null, mode: FrameMode): string | null {
  const s = input.text.slice(clause.start, clause.end);
  if (mode === 'expected' || /\b(?:analysts|economists|consensus|polled|poll|survey(?:ed)?)\b/i.test(s)) return 'consensus';
  const named = input.sources.filter((x) => !x.vague && x.start >= sentence.start && x.end <= sentence.end);
  return owner ?? named[0]?.name ?? null;
}

/** The time of a figure: a timestamp in its clause, else in its sentence; instants keep their day or clock time. */
function timeOf(text: string, timestamps: readonly Timestamp[], clause: Clause, sentence: Sentence, figure: Span, figures: readonly Span[], measureTime: 'period' | 'instant' | 'none'): { time: string | null; timeEnd: string | null; at: string | null } {
  if (measureTime === 'none') return { time: null, timeEnd: null, at: null };
  // "392 mln dlrs …, compared with 301 mln dlrs … a year ago": a time after the comparison is the compared figure's
  const usable = (t: Timestamp) =>
    !NOT_THE_TIME.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
    // (a possessive time is another thing's, "Tuesday's auction", unless it is the figure's own: "Friday's $470 million of outflows")
    // ("Yesterday's close was 6.52/54 dlrs": the possessive names the figure's own time when the figure states its noun)
    (!/^['’]s\b/.test(text.slice(t.end, t.end + 3)) || (t.end < figure.start && /^['’]s\s+(?:(?:about|some|nearly|a|an|net)\s+)?$/.test(text.slice(t.end, figure.start))) || (t.end < figure.start && POSSESSIVE_TIME_STATED.test(text.slice(t.end, figure.start)))) &&
    !(t.start >= figure.end && t.start - figure.end <= 200 && /\b(?:compared\s+(?:with|to)|versus|vs\.?)\s/i.test(text.slice(figure.end, t.start))) &&
    // "Sales: 1.84 billion euros (Q3 2025: 1.749 billion)": a time in a bracket after the figure is the bracket's
    !(t.start >= figure.end && /\([^()]*$/.test(text.slice(figure.end, t.start))) &&
    // "held the dividend at 155 cents a share and said it would review the payout in July": a time of another predicate
    !(t.start >= figure.end && /\b(?:and|but)\s+(?:said|says|added|warned|expects?|plans?|intends?)\b/i.test(text.slice(figure.end, t.start)));
  const distance = (t: Span) => (t.end <= figure.start ? figure.start - t.end : t.start >= figure.end ? t.start - figure.end : 0);
  const pick = (list: Timestamp[]): Timestamp | undefined => {
    const ranked = list.filter(usable).sort((a, b) => {
      const pa = preference(a, measureTime);
      const pb = preference(b, measureTime);
      return pb - pa || distance(a) - distance(b);
    });
    return ranked[0];
  };
  // a timestamp written right after another figure ("from 3.4% in April") is that figure's
  const ownedByOther = (t: Timestamp) => {
    const before = figures.filter((f) => f.end <= t.start).at(-1);
    if (!before || before.start === figure.start) return false;
    if (t.start - before.end > 40 || !/^\s*(?:(?:rise|fall|gain|drop|increase|decrease|decline|jump|growth|contraction)\s+)?(?:(?:in|on|for|at|as\s+of|by|during|through)\s+)?(?:the\s+)?$/i.test(text.slice(before.end, t.start))) return false;
    // an earlier value keeps its own time ("from 3.4% in April"), and so does each item of a
    // list ("14,950 in July, 15,880 in August"); a level ending a move speaks for its clause
    if (FROM_LEAD.test(text.slice(Math.max(clause.start, before.start - 50), before.start))) return true;
    // "rose 7.9 pct to 612 mln dlrs in Q2": the change and the level it moved to share the time
    if (figure.end <= before.start && /^[^,;]{0,40}\bto\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(figure.end, before.start))) return false;
    // "rose 7.2 pct in January from a year earlier to 7.86 trillion yen": likewise, the other way round
    if (before.end <= figure.start && CHANGE_LEAD.test(text.slice(Math.max(clause.start, before.start - 40), before.start)) && /\bto\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(before.end, figure.start)) && !/[;]/.test(text.slice(before.end, figure.start))) return false;
    return true;
  };
  // "first-quarter revenue of $590 million and second-quarter revenue of $612 million": a time that
  // opens the next figure's phrase, after a conjunction, is that figure's
  const opensNext = (t: Timestamp) => {
    if (t.start < figure.end) return false;
    const next = figures.find((f) => f.start >= t.end);
    return Boolean(next && next.start - t.end <= 40 && t.start - figure.end <= 40 && CONJOINED.test(text.slice(figure.end, t.start)) && NEXT_PHRASE.test(text.slice(t.end, next.start)));
  };
  const inClause = inSpan(timestamps, clause).filter((t) => !ownedByOther(t) && !opensNext(t));
  const chosen = pick(inClause) ?? pick(inSpan(timestamps, sentence).filter((t) => !ownedByOther(t) && !opensNext(t)));
  if (!chosen) return { time: null, timeEnd: null, at: null };
  const at = ISO_DAY.test(chosen.value!) ? chosen.value! : null;
  return { time: chosen.value!, timeEnd: chosen.endValue ?? null, at };
}

/** Before a period a story compares with, not one it is about: "… after a 0.2% gain in", "from". */
const COMPARED_PERIOD = /\b(?:after|from|than|against|compared|versus|vs\.?|previous|prior|earlier)\b(?:[^.;]|\.(?=\d)){0,30}$/i;

/** Between a figure and a time that opens the next figure's phrase: a conjunction ("… $590 million and second-quarter …"). */
const CONJOINED = /^[^,;()]{0,20}\b(?:and|while|but|against|versus|vs\.?|compared\s+with)\s+(?:the\s+|its\s+|their\s+|a\s+)?$/i;
/** Between that time and the next figure: its measure and a preposition or verb ("second-quarter revenue of "). */
const NEXT_PHRASE = /^[\s-]*(?:[\p{L}-]{1,20}\s+){1,3}(?:of|at|was|were|totall?ed|reached|hit)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$/u;

/** Periods suit amounts of a period, days and clock times suit prices and levels. */
function preference(t: Timestamp, measureTime: 'period' | 'instant' | 'none'): number {
  const v = t.value ?? '';
  const isDay = ISO_DAY.test(v) && !t.endValue;
  if (measureTime === 'instant') return isDay ? (v.includes('T') ? 2 : 1) : 0;
  return isDay ? 0 : 1;
}

/** The qualifier classes by id (for comparing frames). */
export const QUALIFIER_CLASS = new Map(QUALIFIER_CLASSES.map((c) => [c.id, c] as const));
export { PREVIOUS_CUES, PARTY_ANAPHORS };
