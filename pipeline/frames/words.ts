/**
 * Word-level reading for the frame builder: the lexicon compiled into one regex per kind
 * (measures, things, qualifiers), word classes (verbs, prepositions, hedges, determiners) and
 * small readers over a stretch of text. Compiled once; all pure.
 */
import { MEASURES, QUALIFIER_CLASSES, THINGS, VERB_MEASURES } from './lexicon.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s-]+');

function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

const MEASURE_OF = new Map<string, string>();
for (const m of MEASURES) for (const w of m.words) if (!MEASURE_OF.has(w)) MEASURE_OF.set(w, m.id);
export const MEASURE_TIME = new Map(MEASURES.map((m) => [m.id, m.time] as const));
export const OWN_MEASURES = new Set(MEASURES.filter((m) => m.own).map((m) => m.id));

const MEASURE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(MEASURE_OF.keys())})(?![\\p{L}\\p{N}])`, 'giu');
const THING_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.keys(THINGS))})(?![\\p{L}\\p{N}])`, 'giu');
const QUALIFIER_OF = new Map<string, [string, string][]>();
for (const c of QUALIFIER_CLASSES) {
  for (const [w, v] of Object.entries(c.values)) QUALIFIER_OF.set(w, [...(QUALIFIER_OF.get(w) ?? []), [c.id, v]]);
}
const QUALIFIER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(QUALIFIER_OF.keys())})(?![\\p{L}\\p{N}])`, 'giu');
const VERB_MEASURE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.keys(VERB_MEASURES))})(?![\\p{L}\\p{N}])`, 'giu');

const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').replace(/[’]/g, "'");

export interface Found {
  /** Offset of the match within the searched string. */
  index: number;
  end: number;
  text: string;
  /** Canonical id or value. */
  id: string;
}

function findAll(re: RegExp, s: string, map: (text: string) => string | undefined): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const id = map(norm(m[0]));
    if (id) out.push({ index: m.index, end: m.index + m[0].length, text: m[0], id });
  }
  return out;
}

const measureKey = (t: string) => MEASURE_OF.get(t) ?? MEASURE_OF.get(t.replace(/ /g, '-'));

/** Measure words in `s`, in order. */
/** The second half of a compound adjective names no measure: "low-cost airline", "high-yield funds", "zero-coupon". */
const COMPOUND_BEFORE = /\b(?:low|high|lower|higher|no|zero)-$/i;
export const measuresIn = (s: string): Found[] => findAll(MEASURE_RE, s, measureKey).filter((f) => !COMPOUND_BEFORE.test(s.slice(Math.max(0, f.index - 8), f.index)));
/** Things (commodities, currencies, indices…) in `s`, in order, with their canonical names. */
export const thingsIn = (s: string): Found[] =>
  findAll(THING_RE, s, (t) => {
    return thingId(t);
  })
    // "Ethereum-based tokens", "dollar-denominated debt": a modifier, not the thing
    .filter((f) => !/^-\p{L}/u.test(s.slice(f.end, f.end + 2)))
    // "cobalt hydroxide", "copper concentrate", "nickel sulphate": a form of the commodity is a thing of its own
    .map((f) => {
      const form = COMMODITY_FORM.exec(s.slice(f.end, f.end + 16));
      return form ? { ...f, end: f.end + form[0].length, id: `${f.id} ${form[1]!.toLowerCase().replace(/s$/, '').replace('sulfate', 'sulphate')}` } : f;
    })
    .concat(capitalisedThings(s));

/** Forms a commodity is traded in, each priced apart from the metal or crop itself. */
const COMMODITY_FORM = /^\s(hydroxides?|sulphates?|sulfates?|oxides?|carbonates?|concentrates?|cathodes?|scrap|pellets?|briquettes?|powder|cakes?)\b/i;

function thingId(t: string): string | undefined {
  {
    if (t === 'lead' || t === 'tin' || t === 'won' || t === 'real' || t === 'gas' || t === 'cable' || t === 'kiwi' || t === 'dow') return undefined; // too often ordinary words; capitalised forms below
    return THINGS[t] ?? THINGS[t.replace(/ /g, '-')];
  }
}
/** Verbs that imply a measure, in order. */
export const verbMeasuresIn = (s: string): Found[] => findAll(VERB_MEASURE_RE, s, (t) => VERB_MEASURES[t]);
/** Qualifier words in `s`: class id and value for each. */
export function qualifiersIn(s: string): { index: number; end: number; text: string; cls: string; value: string }[] {
  const out: { index: number; end: number; text: string; cls: string; value: string }[] = [];
  QUALIFIER_RE.lastIndex = 0;
  for (let m = QUALIFIER_RE.exec(s); m; m = QUALIFIER_RE.exec(s)) {
    const word = m[0].toLowerCase();
    const around = s.slice(Math.max(0, m.index - 5), m.index + m[0].length + 12).toLowerCase();
    // "an all-cash deal", "cash on hand": money, not cash copper; "annual report": a document, not a window
    if (word === 'cash' && /all-cash|cash[- ]and[- ]stock|in cash|cash\s+(?:deal|offer|on\s+hand|flow|costs?|pile|position|and)/.test(around)) continue;
    if (/^(?:annual|annually|quarterly|monthly|weekly|daily)$/.test(word) && /^\s*(?:report|meeting|general|shareholder|filing|letter|review|survey|conference|results|statement)/i.test(s.slice(m.index + m[0].length))) continue;
    for (const [cls, value] of QUALIFIER_OF.get(norm(m[0])) ?? QUALIFIER_OF.get(norm(m[0]).replace(/ /g, '-')) ?? []) {
      out.push({ index: m.index, end: m.index + m[0].length, text: m[0], cls, value });
    }
  }
  return out;
}

/** Capitalised forms of things whose lower-case forms are ordinary words ("Tin", "Lead", "Dow"). */
const CAPITALISED_THINGS = /(?<![\p{L}\p{N}])(?:(Dow)(?: Jones)?|(Cable))(?![\p{L}\p{N}])/gu;
function capitalisedThings(s: string): Found[] {
  const out: Found[] = [];
  CAPITALISED_THINGS.lastIndex = 0;
  for (let m = CAPITALISED_THINGS.exec(s); m; m = CAPITALISED_THINGS.exec(s)) {
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], id: m[1] ? 'Dow Jones Industrial Average' : 'sterling' });
  }
  return out;
}

/** Bond maturities as things: "the 10-year yield", "two-year Treasury notes". */
const MATURITY = /(?<![\p{L}\p{N}])((?:\d{1,2}|two|three|five|seven|ten|thirty)[\s-]year)(?:\s+(?:treasury|t-note|note|notes|bond|bonds|gilt|gilts|bund|jgb|government bond))?(?![\p{L}\p{N}])/giu;
const NUMBER_WORDS: Record<string, string> = { two: '2', three: '3', five: '5', seven: '7', ten: '10', thirty: '30' };
export function maturitiesIn(s: string): Found[] {
  const out: Found[] = [];
  MATURITY.lastIndex = 0;
  for (let m = MATURITY.exec(s); m; m = MATURITY.exec(s)) {
    const years = m[1]!.toLowerCase().replace(/[\s-]year$/, '');
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], id: `${NUMBER_WORDS[years] ?? years}-year` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Word classes

export const HEDGE = String.raw`(?:(?:about|around|roughly|approximately|nearly|almost|some|just|more\s+than|less\s+than|over|under|an\s+estimated|a\s+record|net|at\s+least|at\s+most|up\s+to|close\s+to|as\s+much\s+as|as\s+many\s+as|another|an\s+additional|a\s+further|a)\s+)*`;

const AUX = 'is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|shall|should|can|do|does|did';
const ADVERB = 'now|also|still|then|already|further|just|only|again|sharply|slightly|steadily|modestly|marginally|strongly|broadly|largely|respectively|nearly|almost|currently|previously|initially|finally|reportedly';

/** Verbs that link a subject to the figure after them (with the preposition that follows). */
export const LINK_VERB =
  /(?:stood|stands|stand|standing|came\s+in|comes\s+in|came|comes|reached|reaches|reaching|totall?ed|totals|totall?ing|averaged|averages|averaging|hit|hits|held(?:\s+(?:steady|flat|unchanged))?|holds|settled|settles|settling|closed|closes|closing|ended|ends|ending|finished|finishes|traded|trades|trading|changing\s+hands|changed\s+hands|quoted|was\s+quoted|rose|risen|rising|rises|fell|fallen|falling|falls|climbed|climbing|dropped|dropping|slipped|slid|jumped|surged|gained|gaining|declined|declining|eased|easing|edged(?:\s+(?:up|down|higher|lower))?|rebounded|recovered|increased|decreased|grew|growing|shrank|narrowed|widened|improved|firmed|weakened|strengthened|advanced|retreated|sank|tumbled|plunged|plummeted|soared|rallied|slowed|accelerated|cooled|ticked(?:\s+(?:up|down))?|moved|went|got|was|were|is|are|been|be|reported|posted|recorded|logged|booked|registered|saw|sees|delivered|produced|pumped|mined|hovered|sat|sits|remained|remains|stayed|peaked|bottomed|touched|tested|topped|amounted|amounts|stood\s+at|printed|showed|shows|hitting|lifting|lifted|taking|took|bringing|brought|pushing|pushed|sending|sent|putting|put|leaving|left|valuing|valued|values|worth)/;

/** The verb group and preposition between a subject and its figure ("stood at", "came in at", "rose 9.8% to"). */
export const VERB_GROUP_TAIL = new RegExp(
  String.raw`(?:(?:${AUX}|${ADVERB})\s+)*(?:${LINK_VERB.source})(?:\s+(?:${ADVERB}))?(?:\s+(?:at|to|of|by|in|on|around|near|above|below|under|over|with|as))?\s+${HEDGE}$`,
  'i',
);

/** Words that end a noun phrase going left (a verb, a conjunction, a relative). */
export const NP_STOP = new RegExp(
  String.raw`^(?:${AUX}|and|or|but|while|whereas|which|who|that|as|than|if|when|after|before|since|because|said|says|told|according|${LINK_VERB.source.slice(3, -1)})$`,
  'i',
);

export const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|some|all|any|another|such|one)$/i;

/** Words that narrow nothing ("total revenue" is revenue). */
export const NEUTRAL_MODIFIERS = new Set(
  (
    'total combined overall aggregate whole entire its their his her our the a an this that these those new latest current record fresh reported stated ' +
    'official company group firm bank chain fund funds etf etfs trust business unit quarterly monthly weekly annual yearly daily full first second third fourth base regular ordinary ' +
    'last previous prior same u.s. us american national global worldwide domestic key main benchmark headline average further additional more its whose ' +
    'estimated estimate expected forecast projected guided guidance target outlook year-end end period month quarter week day year ' +
    'about around roughly approximately nearly almost some just than least most'
  ).split(' '),
);

/** True for a word that is a verb form in finance copy (list or past-tense shape, not an adjective). */
const ADJECTIVE_ED = new Set(
  (
    'adjusted diluted seasonally based listed combined registered estimated expected revised unrevised weighted limited united interested leveraged backed traded annualised annualized reported realised realized preferred sustained unchanged detailed red need speed ' +
    'secured unsecured subordinated guaranteed collateralized collateralised syndicated unlisted unquoted'
  ).split(' '),
);
/** Irregular past forms and common verbs of finance copy that the -ed rule misses. */
const IRREGULAR_VERBS = new Set(
  'kept keep keeps held hold holds set sets put puts cut cuts saw see sees took take takes gave give gives made make makes led lead leads won win wins lost lose loses paid pay pays sold sell sells bought buy buys brought bring brings rose rise rises fell fall falls grew grow grows sank sink sinks hit hits shed sheds spent spend spends sent send sends came come comes went go goes got get gets ran run runs drew draw draws swung swing swings stood stand stands became become becomes began begin begins beat beats expects expect plans plan aims aim sees seek seeks said says told tells'.split(
    ' ',
  ),
);

export function isVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (NP_STOP.test(w) || IRREGULAR_VERBS.has(w)) return true;
  if (ADJECTIVE_ED.has(w)) return false;
  // "Coldspring", "Redding", "Rising demand": a capitalised word in -ing or -ed is a name or an adjective
  if (/^\p{Lu}/u.test(word)) return false;
  if (/^[a-z]{3,}ing$/.test(w)) return !ING_NOUNS.has(w);
  return /^[a-z]{3,}ed$/.test(w) && !/(?:eed|ied)$/.test(w) ? true : false;
}

/** Words in -ing that are nouns or adjectives of finance copy, not verbs. */
const ING_NOUNS = new Set(
  'funding spending trading lending mining banking housing pricing offering holding holdings rating building shipping marketing manufacturing outstanding remaining existing leading operating underlying pending morning evening meeting listing filing ruling reading landing ceiling setting beginning ending opening closing clearing hedging financing accounting consulting engineering engineering servicing processing processing refining farming printing booking bookings billing billings earnings savings timing thing string spring wing king ring'.split(' '),
);

/** Words of a stretch of text with their offsets. */
export interface Word {
  text: string;
  index: number;
  end: number;
}
const WORD = /[\p{L}\p{N}$€£¥][\p{L}\p{N}'’&./-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()—–]/gu;
export function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) out.push({ text: m[0], index: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Frames are read in sentences of at most this many characters. No sentence of news copy
 * comes near it; a longer one is a table, a run-on list or hostile input, and the lookbehind
 * patterns here grow faster than linearly with it (test/hostile/regex-recheck.test.ts).
 */
export const MAX_FRAME_SENTENCE = 1_000;

/** The label of a box line's earlier period in brackets, one to three words: "(July: ", "(September quarter: ", "(September 30: ", "(prior week: ". */
const PRIOR_PERIOD_WORD = String.raw`(?:prior|previous|last|earlier|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|H[12]|FY|\d{4}|\d{1,2}|week|month|quarter|year|period|reading|session)`;
/** Between a box line's figure and its earlier period's: " (July: ". */
export const BOX_PRIOR = new RegExp(String.raw`^\s*\((?:\s*${PRIOR_PERIOD_WORD}\.?,?){1,3}\s*:\s*$`, 'iu');
/** Before a figure that is a box line's earlier period: "261.4 (prior week: ". */
export const BOX_PRIOR_BEFORE = new RegExp(String.raw`\d[^()]{0,30}\(\s*(?:${PRIOR_PERIOD_WORD}\.?,?\s*){1,3}:\s*$`, 'i');

/** Between a part and its whole: "$14.2 bln of the $21.7 bln", "9 of the 14 hulls". */
export const PART_OF_WHOLE = /^\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:the|its|their|this|that|these|those|all|a\s+total\s+of)\s+$/iu;
/** A sentence that opens on a whole just named: "Of that pipeline, ", "Out of this total, ". */
export const OF_THAT_OPENING = /^\s*(?:of|out\s+of)\s+(?:that|this|these|those)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,\s*$/iu;
