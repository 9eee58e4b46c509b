/**
 * money: currency amounts however finance news writes them, valued exactly in units of
 * their currency (CONTRACT.md, `money`).
 *
 * - Prefixed amounts: symbols and codes before the number (`$750 million`, `US$1.2bn`,
 *   `C$ 16.4 million`, `€2.5bn`, `USD 34.6 million`, `HK$10.05 billion`, `RM1 million`).
 * - Suffixed amounts: words, codes and tickers after it (`5 million dollars`, `1.5 mln dlrs`,
 *   `2.3 billion stg`, `420 million Finnish markka`, `two billion yen`, `1,250 BTC`), and
 *   minor units (`50 cts`, `470 pence`, `470p`, `10,000 sats`), valued in the major unit.
 * - Ranges (`$40-$45`, `$1-2 billion`, `between $1 and $2 billion`, `5 to 6 mln dlrs`):
 *   `value` is the low end, `valueHigh` the high end. "from $X to $Y" is two amounts.
 * - Ellipsis: `1.5 mln dlrs vs 1.2 mln` and `to 5.1 mln dlrs from 4.2 mln` carry the
 *   currency to the bare partner; results-table lines (`Net 60.8 mln vs 51.1 mln`) are
 *   money in an unwritten currency (`ambiguous` says so).
 * - Vague amounts (`hundreds of millions of dollars`) are reported with their lower bound,
 *   `bound: "min"` and `ambiguous`.
 * - Around each amount: the hedge (`approximate`, `bound`), the unit it is per (`per`) and
 *   the direction of its clause (`direction`). The span is the amount only.
 * - Not money: tickers (`$SOXX`), a coin's name before a number (`BTC 67,500`).
 */
import type { Money } from '../pipeline/types.js';
import type { ExtractContext, Extractor } from './extractor.js';
import { CENT_CURRENCIES, COUNTRY_CURRENCIES, CRYPTO_TICKERS, SYMBOL_CHARS, prefixCurrency, suffixAt } from './figures-currency.js';
import {
  AMOUNT,
  CARDINAL_ONLY,
  SEPARATOR_ONLY,
  CARDINAL_WORDS,
  DIGITS,
  NUMBER_START,
  NUMBER_WORD_HINT,
  RANGE_SEPARATOR,
  SCALE,
  WORDS_BEFORE_SCALE,
  directionOf,
  hedgeAround,
  isChangeThenLevel,
  isRange,
  isYearLike,
  readNumber,
  scaleExponent,
  sentenceStartAt,
  shiftDecimal,
  overlapsAny,
} from './numbers.js';

/** A money candidate within one paragraph (offsets relative to the paragraph). */
interface Candidate {
  start: number;
  end: number;
  value: number;
  valueHigh?: number;
  currency: string;
  /** Power of ten of the written scale (0 when none): a bare partner must match it. */
  exponent: number;
  /** Divisor of a minor unit (`cents` → 100), 1 otherwise. */
  divisor: number;
  /** Where the currency was written: before or after the number. */
  form: 'prefix' | 'suffix' | 'inferred';
  ambiguous?: string;
  approximate?: boolean;
  bound?: 'min' | 'max';
  /** Resolve the currency of `cents`/`penny` from context. */
  family?: 'cent' | 'penny';
  /** Unit the amount is per, when the finder already knows it (an exchange rate). */
  per?: string;
}

/**
 * A prefix and a number: a symbol, letters and a symbol (`US$`, `C $`, `HK$`) or letters
 * (`USD`, `RM`, `dlrs`); the letters are looked up afterwards (one Map lookup instead of a
 * long alternation tried at every position).
 */
const PREFIX_RE = new RegExp(
  String.raw`(?=[A-Za-z${SYMBOL_CHARS.replace('$', '\\$')}\-−])(?<![\p{L}\p{N}_$])(?:(?<sign>[-−])(?=\S))?(?<cur>(?:[A-Za-z][A-Za-z.]{0,3}\s?)?[${SYMBOL_CHARS.replace('$', '\\$')}]|[A-Za-z][A-Za-z.]{0,4})\s?(?<num>${DIGITS})(?<scale>${SCALE})?`,
  'giu',
);
/** A number (and scale) followed by a word or symbol; the currency is looked up by `suffixAt`. */
const suffixRe = (number: string) =>
  new RegExp(
    String.raw`${NUMBER_START}(?:(?<sign>[-−])(?=\d))?(?<num>${number})(?<scale>${SCALE})?(?<sep>\s?-?\s?)(?=[\p{L}${SYMBOL_CHARS.replace('$', '\\$')}])`,
    'giu',
  );
/** Amounts in digits with the currency after them; the same in words (run only where words may be). */
const SUFFIX_RE = suffixRe(AMOUNT);
const SUFFIX_WORDS_RE = suffixRe(String.raw`\b${WORDS_BEFORE_SCALE}(?=[\s-])`);
/** Words only an article that talks in sterling uses. */
const STRICT_STERLING = /£|\bGBP\b|\bpence\b|\bsterling\b|\bstg\b/;
/** A price by the pound in another currency: "$3.05 a pound", "15 cents per lb", "1.20 dlrs a pound". */
const POUND_PRICE = /(?:[$€¥]\s?\d[\d.,]{0,12}|(?<![\d.,])\d[\d.,]{0,12}\s{0,2}(?:cents?|cts|dlrs|dollars|US\s?cents))\s{0,2}(?:a|per|\/)\s{0,2}(?:pound|lb)\b/i;

/** Pence glued to the digits (`470p`), only in articles that talk in sterling. */
const PENCE_RE = new RegExp(String.raw`${NUMBER_START}(?<num>${DIGITS})p(?![\p{L}\p{N}])`, 'gu');
const STERLING_CONTEXT = new RegExp(String.raw`${STRICT_STERLING.source}|\bFTSE\b|\bLondon\b`);
/** Vague amounts: "hundreds of millions of dollars", "several billion euros". */
const VAGUE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?<q>(?:(?:tens|hundreds|dozens)\s+of\s+)?(?:thousands|millions|billions|trillions)\s+of|hundreds\s+of|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundred\s+)?(?:thousand|million|billion|trillion))\s+(?<cur>dollars|euros|pounds|yen|yuan|francs|marks|rupees|ringgit|pesos|dlrs)(?![\p{L}])`,
  'giu',
);
/** A bare high end after an amount: `$40-45`, `$1-2 billion`, `$1 to 2 billion`. */
const BARE_TAIL_RE = new RegExp(
  String.raw`(?<sep>${RANGE_SEPARATOR})(?<num>${DIGITS})(?<scale>${SCALE})?(?!\s?(?:%|pct\b|per\s?cent|percent)|[\p{L}\p{N}])`,
  'iuy',
);
/** A low end before an amount whose currency follows: `5 to 6 mln dlrs`, `3-5 cents`. */
const HEAD_RE = new RegExp(
  String.raw`${NUMBER_START}(?<num>${AMOUNT}|\b${CARDINAL_WORDS})(?<scale>${SCALE})?(?<sep>${RANGE_SEPARATOR})$`,
  'iu',
);
/** A bare partner of an amount: `1.5 mln dlrs vs 1.2 mln`, `5.1 mln dlrs from 4.2 mln`. */
const BACK_PARTNER_RE = new RegExp(
  String.raw`${NUMBER_START}(?<sign>[-−])?(?<num>${DIGITS})(?<scale>${SCALE})?\s+(?:vs\.?|versus|against)\s+(?:(?:loss|profit|net)\s+)?$`,
  'iu',
);
const PARTNER_RE = new RegExp(
  String.raw`(?<lead>\s*(?:,\s*)?(?:vs\.?|versus|against|from|compared\s+(?:with|to)|up\s+from|down\s+from|to)\s+(?:(?:a|an|the)\s+)?(?:(?:revised|restated|year-earlier|year-ago|previous|prior|estimated|profit|loss|net|of)\s+){0,2})(?<sign>[-−])?(?<num>${DIGITS})(?<scale>${SCALE})?(?=\s*(?:[.,;:)(]|$)|\s+(?:a|an|in|at|the|for|last|previous|prior|year|on|and|or|during|earlier|before|when|while|as|after|with|by|vs\.?|versus|according|this|that|loss|profit|net|shr|per|avg)\b)`,
  'iuy',
);
/** A row of a results table: a label, a figure soon after it, and `vs` or a short line. */
/**
 * An exchange rate written against another currency: "the yen weakened to 145.20 per
 * dollar", "the rupee at 83.5 to the dollar". The currency is the one the clause names
 * before the number; the amount is per unit of the other.
 */
const FX_RATE_RE = new RegExp(
  String.raw`${NUMBER_START}(?<num>${DIGITS})(?=\s+(?:per|to\s+the|a|against\s+the)\s+(?:(?:U\.S\.|US|American)\s+)?(?<per>dollar|euro|pound|yen|yuan|franc)\b)`,
  'giu',
);
const FX_NAMES: Readonly<Record<string, string>> = {
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', euro: 'EUR', pound: 'GBP', sterling: 'GBP', won: 'KRW', peso: 'MXN',
  franc: 'CHF', lira: 'TRY', rouble: 'RUB', ruble: 'RUB', real: 'BRL', rand: 'ZAR', ringgit: 'MYR', baht: 'THB', rupiah: 'IDR',
  dollar: 'USD', 'Canadian dollar': 'CAD', 'Australian dollar': 'AUD', 'New Zealand dollar': 'NZD', 'Hong Kong dollar': 'HKD',
  'Singapore dollar': 'SGD', 'Taiwan dollar': 'TWD', shekel: 'ILS', zloty: 'PLN', forint: 'HUF', krona: 'SEK', crown: 'SEK', dong: 'VND',
  krone: 'NOK', naira: 'NGN', cedi: 'GHS', shilling: 'KES', hryvnia: 'UAH', tenge: 'KZT', sol: 'PEN',
  // (a country's pound, peso, rupee or crown is its own: "The Egyptian pound weakened to 50.85 per dollar")
  ...Object.fromEntries(COUNTRY_CURRENCIES),
};
const FX_SUBJECT = new RegExp(`\\b(?:the\\s+)?(${Object.keys(FX_NAMES).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.]/g, '\\.')).join('|')})(?:'s)?\\b`, 'gi');

/** A bare amount with a scale word, followed by punctuation or a function word (not by a noun). */
const BARE_SCALED_RE = new RegExp(
  String.raw`${NUMBER_START}(?<sign>[-−])?(?<num>${DIGITS})(?<scale>\s?-?\s?(?:trillion|billion|million|mln|bln|bn|mn|tn))(?![\p{L}\p{N}])(?=\s*(?:[.,;:)(]|$)|\s+(?:a|an|in|at|the|for|last|previous|prior|year|on|and|or|during|earlier|before|when|while|as|after|with|by|vs\.?|versus|against|according|this|that|from|to|compared|over|since|between|until|up|down|each)\b)`,
  'giu',
);
const ISO_CODE = /^[A-Z]{3}$/;
/** Count nouns that make a nearby bare scaled number a count, not money. */
const COUNT_NOUN =
  /\b(?:shares?|shrs|stock|tonnes|tons|barrels|bpd|ounces|bags|bales|bushels|units|people|workers|employees|jobs|users|customers|subscribers|vehicles|cars|trucks|homes|passengers|visitors|addresses|wallets|accounts|transactions|contracts|tokens|coins|production|output|exports? of|imports? of|volume|population|votes|hectares|acres|gallons|cubic)\b/i;
const TABLE_LINE_RE =
  /^(?:Shr|Shrs|Net|Revs?|Revenues?|Sales|Oper(?:ating)?|Loss|Profit|Income|Earnings|Qtly div|Div|Dividends?|Pretax|Pre-tax|Assets|Deposits|Loans|Turnover|Gross|Tax|Cash flow|Backlog|Extraordinary)\b[^\d.;:]{0,60}[-−]?\d/;
/** A row of figures without a money label (`Pharmaceutical 49.8 mln vs 39.0 mln`): money only after money rows. */
const VS_ROW_RE = new RegExp(
  String.raw`^[A-Z][^\d;:]{0,45}?\s(?:(?:loss|profit)\s)?[-−]?${DIGITS}(?:${SCALE})?\s+vs\.?\s+(?:(?:loss|profit)\s)?[-−]?${DIGITS}(?:${SCALE})?\s*$`,
  'u',
);
const NOT_MONEY_ROW = /\b(?:shrs?|shares|avg|average|tonnes|tons|barrels|bags|bales|ounces|units|employees|pct|percent|points|vehicles|cars)\b/i;
const isTableLine = (text: string, afterMoney: boolean) =>
  text.length <= 160 &&
  ((TABLE_LINE_RE.test(text) && (/\svs\.?\s/.test(text) || text.length <= 60)) || (afterMoney && VS_ROW_RE.test(text))) &&
  !NOT_MONEY_ROW.test(text);
const TABLE_NUMBER_RE = new RegExp(
  String.raw`${NUMBER_START}(?<sign>[-−])?(?<num>${DIGITS})(?<scale>${SCALE})?(?!\s?(?:%|pct\b|pc\b|per\s?cent|percent|shrs?\b|shares?\b|mths\b|months\b|weeks\b|wks\b)|[\p{L}\p{N}])`,
  'giu',
);
/** What an amount is per: `$0.85 per share`, `$80 a barrel`, `$2,300/oz`, `$70-a-share`, `RM72 per thousand pieces`. */
const PER_RE =
  /(?:\s?\([^()]{1,40}\))?\)?\s?(?:-\s?)?(?:(?<by>per|a|an|\/)\s?-?\s?(?:(?:fully\s)?diluted\s|basic\s|common\s)?(?<unit>share|shr|barrel|bbl|ounce|oz|troy ounce|tonne|ton|metric ton|pound|lb|bushel|gallon|litre|liter|kilogram|kilogramme|kilo|kg|gram|unit|coin|token|month|year|annum|day|week|hour|quarter|person|head|user|customer|employee|dozen|piece|contract|megawatt-hour|MWh|kWh|MMBtu|mmbtu|square foot|sq ft|square metre|square meter|night|seat|ticket|vehicle|car|bag|bale|lot|mile|kilometre|kilometer|ADS|ADR|note|bond|warrant)|per\s+(?<scaled>(?:thousand|hundred|1,000|100)\s+[a-z][a-z-]+)|per\s+(?<any>(?!cent\b)[a-z][a-z-]+))(?![\p{L}])(?<period>\s+(?:earlier|ago|later|before|prior|previously|back)\b)?/iuy;
const PER_NORMAL: Readonly<Record<string, string>> = {
  shr: 'share', bbl: 'barrel', oz: 'ounce', 'troy ounce': 'ounce', lb: 'pound', annum: 'year', kg: 'kilogram', kilo: 'kilogram', kilogramme: 'kilogram',
  liter: 'litre', 'metric ton': 'tonne', mmbtu: 'MMBtu', mwh: 'MWh', kwh: 'kWh',
};
/** A coin or fund after a crypto amount makes it a name, not an amount (`2 BTC ETFs`). */
const NOT_AN_AMOUNT_AFTER =
  /^\s?(?:ETFs?|ETPs?|ETNs?|funds?|futures|options|price|prices|pairs?|dominance|whales?|miners?|mining|treasur(?:y|ies)|spot|perpetuals?|perps?|markets?|index|holders?|addresses|wallets|network|blockchain|chain|community|ecosystem|rally|bulls?|bears?|supply|halving|\/)/iu;

/** Currencies whose home countries write `1.500` for fifteen hundred. */
const DOT_THOUSANDS = new Set(['EUR', 'DEM', 'FRF', 'ITL', 'ESP', 'NLG', 'BEF', 'ATS', 'PTE', 'GRD', 'BRL', 'ARS', 'CLP', 'COP', 'IDR', 'VND', 'TRY', 'DKK', 'NOK', 'SEK', 'PLN', 'CZK', 'HUF', 'RON']);
const CHINA_CONTEXT = /\b(?:yuan|renminbi|RMB|China|Chinese|Beijing|Shanghai|Shenzhen)\b/;
/** The yuan named outright; a paragraph that names China as a market of a Japanese company's keeps the article's yen. */
const YUAN_NAMED = /\b(?:yuan|renminbi|RMB)\b/;
const JAPAN_CONTEXT = /\b(?:yen|Japan|Japanese|Tokyo|Osaka|Nagoya|Yokohama|Kyoto|Nikkei|Topix|TOPIX)\b/;

function fromPrefix(m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  let start = m.index;
  let cur = prefixCurrency(g.cur!);
  // `a $5 million deal`: the letters are a word, the symbol alone is the currency
  if (!cur && g.cur!.length > 1 && SYMBOL_CHARS.includes(g.cur!.at(-1)!)) {
    cur = prefixCurrency(g.cur!.at(-1)!);
    start = m.index + (g.sign?.length ?? 0) + g.cur!.length - 1;
    if (g.sign) return null;
  }
  if (!cur) return null;
  if (cur.needsScale && !g.scale) return null;
  // (`$5 m` is not "$5 million": SCALE only takes a letter glued to the digits)
  const n = readNumber(g.num!, g.scale);
  if (!n) return null;
  const candidate: Candidate = {
    start,
    end: m.index + m[0].length,
    value: g.sign ? -n.value : n.value,
    currency: cur.currency,
    exponent: n.exponent,
    divisor: 1,
    form: 'prefix',
  };
  return candidate;
}

/**
 * An amount in major units: "50 cts" (divisor 100) is 0.50, exactly (decimal shift, no
 * float division); `exponent` is the written scale's.
 */
function inMajorUnits(n: { value: number; base: number }, exponent: number, divisor: number): number {
  return divisor === 1 ? n.value : shiftDecimal(String(n.base), exponent - Math.round(Math.log10(divisor)));
}

function fromSuffix(m: RegExpExecArray, text: string, sterling: boolean, weightPounds = false): Candidate | null {
  const g = m.groups!;
  const found = suffixAt(text, m.index + m[0].length);
  if (!found) return null;
  const marker = found.marker;
  const n = readNumber(g.num!, g.scale);
  if (!n) return null;
  const exponent = scaleExponent(g.scale);
  // "a dollar", "half a penny": number words stand alone only as cardinals ("five dollars")
  if (n.words && exponent === null && !CARDINAL_ONLY.test(g.num!)) return null;
  if (marker.needsScale && exponent === null && !/,/.test(g.num!)) return null;
  const cur = found.matched;
  const end = found.end;
  // `10 Ether ETFs`, `2 BTC ETFs`: the coin names a product here, not the unit of an amount
  // a code written in capitals ("2 BTC ETFs") or a coin's name; not "dlrs" or "stg" ("5.20 dlrs priced in a cut")
  if ((/^[A-Z]{2,6}$/.test(cur) || /^(?:bitcoins?|ether)$/i.test(cur)) && marker.currency && !marker.divisor && NOT_AN_AMOUNT_AFTER.test(text.slice(end, end + 14))) {
    if (!/^(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY)$/i.test(cur)) return null;
  }
  // `pounds of copper`, `2 pounds sweet potatoes`: a weight. Without a scale word, pounds are
  // money only in an article that talks in sterling, and not before a noun.
  if (/^pounds?$/i.test(cur)) {
    if (/^\s+of\s/i.test(text.slice(end, end + 5))) return null;
    // an article that prices things by the pound in another currency ("$3.05 a pound") and never talks in sterling weighs in pounds
    // (a price per unit in pounds is money all the same: "9,450 pounds a ton")
    if (weightPounds && !/^\s*(?:a|an|per|\/)\s*(?:metric\s+)?(?:ton|tonne|barrel|ounce|share|kilo|kg|unit|head)\b/i.test(text.slice(end, end + 20))) return null;
    if (/\b(?:weigh|weight|lbs?)\b/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    if (exponent === null && (!sterling || /^\s+(?!(?:a|an|the|in|on|at|for|to|from|and|or|per|each|of|with|by|last|this|next|since|after|before|than|more|less)\b)[a-z]/.test(text.slice(end, end + 20)))) return null;
  }
  // "won" is money after an amount (`5 billion won`), not in "the team won 3"
  if (/^won$/i.test(cur) && g.num!.length < 2 && exponent === null) return null;
  if (isYearLike(g.num!) && exponent === null && !marker.divisor && /^(?:dollars?|euros?|pounds?|marks|francs|yen|yuan)$/i.test(cur)) {
    // "2024 dollars" is a price basis ("in constant 2024 dollars"), not an amount
    if (/\b(?:in|constant|real|inflation-adjusted)\s+$/i.test(text.slice(Math.max(0, m.index - 25), m.index))) return null;
  }
  const divisor = marker.divisor ?? 1;
  const value = inMajorUnits(n, exponent ?? 0, divisor);
  const candidate: Candidate = {
    start: m.index,
    end,
    value: g.sign ? -value : value,
    currency: marker.currency ?? '',
    exponent: exponent ?? 0,
    divisor,
    form: 'suffix',
  };
  if (marker.family) candidate.family = marker.family;
  if (marker.ambiguous) candidate.ambiguous = marker.ambiguous;
  return candidate;
}

const VAGUE_FLOOR: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const VAGUE_CURRENCY: Readonly<Record<string, string>> = {
  dollars: 'USD', dlrs: 'USD', euros: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY', francs: 'CHF', marks: 'DEM', rupees: 'INR', ringgit: 'MYR', pesos: 'MXN',
};

function fromVague(m: RegExpExecArray): Candidate {
  const q = m.groups!.q!.toLowerCase().replace(/\s+/g, ' ');
  const scale = /(thousand|million|billion|trillion)/.exec(q)?.[1];
  let floor = scale ? VAGUE_FLOOR[scale]! : 100;
  if (/^hundreds of (?!\w+s of)/.test(q) && !scale) floor = 100;
  else if (/^hundreds of/.test(q) || /hundred/.test(q)) floor *= 100;
  else if (/^tens of/.test(q)) floor *= 10;
  else if (/^dozens of/.test(q)) floor *= 24;
  else if (/^(?:several|a few|a couple of|many)/.test(q)) floor *= 2;
  return {
    start: m.index,
    end: m.index + m[0].length,
    value: floor,
    currency: VAGUE_CURRENCY[m.groups!.cur!.toLowerCase()] ?? 'USD',
    exponent: 0,
    divisor: 1,
    form: 'suffix',
    approximate: true,
    bound: 'min',
    ambiguous: 'vague amount: the value is a lower bound',
  };
}

/** Non-overlapping candidates, earliest first, longest of those starting together. */
function select(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept.at(-1);
    if (last && c.start < last.end) {
      // `$10 dollars`: a currency word repeating the prefix's currency belongs to it
      if (c.end > last.end && c.currency === last.currency && last.form === 'prefix' && c.form === 'suffix' && c.value === last.value) last.end = c.end;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Joins ranges, adds partners and bare table figures, in one paragraph. */
function complete(text: string, items: Candidate[], tableLine: boolean, fallbackCurrency: () => string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    // Range with a full high end: `$40-$45`, `$1 billion to $2 billion`, `between $1 and $2 billion`
    if (next && next.currency === item.currency && next.divisor === item.divisor && item.valueHigh === undefined) {
      const between = text.slice(item.end, next.start);
      if (SEPARATOR_ONLY.test(between)) {
        let low = item.value;
        if (item.exponent === 0 && next.exponent > 0 && next.form === item.form && Math.abs(low) < Math.abs(next.value / 10 ** next.exponent)) {
          low = shiftDecimal(String(low), next.exponent);
        }
        if (isRange(text, item.start, between, low, next.value) && !isChangeThenLevel(text, item.start)) {
          out.push({ ...item, end: next.end, value: low, valueHigh: next.value, exponent: next.exponent });
          i++;
          continue;
        }
      }
    }
    // Range with a bare high end: `$40-45`, `$1-2 billion`
    if (item.form === 'prefix' && item.valueHigh === undefined) {
      const tail = exec(BARE_TAIL_RE, text, item.end);
      if (tail && (!next || next.start >= item.end + tail[0].length)) {
        const g = tail.groups!;
        const high = readNumber(g.num!, g.scale);
        const sep = g.sep!.trim().toLowerCase();
        const after = text.slice(item.end + tail[0].length, item.end + tail[0].length + 20);
        const cleanEnd = sep !== 'to' && sep !== 'and' ? true : !!high?.exponent || /^\s*(?:[.,;:)]|$|(?:a|an|per|each|in|for|on|at|and|or|by|from|with|as|to|this|next|last|over|during|after|before|when|while|if|according)\b)/i.test(after);
        if (high && cleanEnd && !(isYearLike(g.num!) && !high.exponent)) {
          let low = item.value;
          let exponent = item.exponent;
          if (item.exponent === 0 && high.exponent > 0 && Math.abs(item.value) < high.base) {
            low = shiftDecimal(String(item.value), high.exponent);
            exponent = high.exponent;
          }
          if (isRange(text, item.start, g.sep!, low, high.value)) {
            out.push({ ...item, end: item.end + tail[0].length, value: low, valueHigh: high.value, exponent });
            continue;
          }
        }
      }
    }
    // A bid/offer quote: `6.64/66 dlrs` is 6.64 to 6.66, `563/567 dlrs` 563 to 567 (the offer written by its last digits)
    if (item.form === 'suffix' && item.valueHigh === undefined && !item.family && item.exponent === 0) {
      const quote = /(?<![\d.,/])(\d{1,6}(?:\.\d{1,4})?)\/$/.exec(text.slice(Math.max(0, item.start - 12), item.start));
      const written = text.slice(item.start).match(/^\d+(?:\.\d+)?/)?.[0];
      if (quote && written) {
        const bid = quote[1]!;
        const offer = written.includes('.') || written.length >= bid.replace('.', '').length ? written : bid.slice(0, bid.length - written.length) + written;
        const [low, high] = [Number(bid), Number(offer)];
        if (Number.isFinite(low) && Number.isFinite(high) && high >= low && high <= low * 1.2) {
          out.push({ ...item, start: item.start - quote[0].length, value: low / item.divisor, valueHigh: high / item.divisor });
          continue;
        }
      }
    }
    // Range with a bare low end before a suffixed amount: `5 to 6 mln dlrs`, `3-5 cents`
    if (item.form === 'suffix' && item.valueHigh === undefined && !item.family && item.value > 0) {
      const slice = text.slice(Math.max(0, item.start - 40), item.start);
      const head = HEAD_RE.exec(slice);
      const headStart = item.start - slice.length + (head?.index ?? 0);
      const prev = out.at(-1);
      if (head && (!prev || prev.end <= headStart) && !/[\d,.]/.test(text[headStart - 1] ?? '')) {
        const g = head.groups!;
        const low = readNumber(g.num!, g.scale);
        if (low) {
          let lowValue = low.exponent ? low.value : shiftDecimal(String(low.base), item.exponent - Math.round(Math.log10(item.divisor)));
          if (!low.exponent && low.base >= item.value / 10 ** item.exponent * item.divisor) lowValue = Number.NaN;
          if (low.exponent && low.exponent !== item.exponent) lowValue = Number.NaN;
          if (!Number.isNaN(lowValue) && isRange(text, headStart, g.sep!, lowValue, item.value)) {
            out.push({ ...item, start: headStart, value: lowValue, valueHigh: item.value });
            continue;
          }
          // "from 4.2 mln to 5.1 mln dlrs": the starting point is money too
          if (!Number.isNaN(lowValue) && low.exponent && g.sep!.trim().toLowerCase() === 'to') {
            out.push({ ...item, start: headStart, end: headStart + g.num!.length + (g.scale?.length ?? 0), value: lowValue, form: 'inferred' });
          }
        }
      }
      // "1.08 billion vs loss 71 mln crowns": the currency written last belongs to both
      const before = text.slice(Math.max(out.at(-1)?.end ?? 0, item.start - 50), item.start);
      const back = BACK_PARTNER_RE.exec(before);
      if (back && !/[\d,.]/.test(text[item.start - before.length + back.index - 1] ?? '')) {
        const g = back.groups!;
        const n = readNumber(g.num!, g.scale);
        const start = item.start - before.length + back.index;
        if (n && (n.exponent > 0) === (item.exponent > 0) && !(isYearLike(g.num!) && !n.exponent)) {
          const value = inMajorUnits(n, n.exponent, item.divisor);
          out.push({ ...item, start, end: start + (g.sign?.length ?? 0) + g.num!.length + (g.scale?.length ?? 0), value: g.sign ? -value : value, exponent: n.exponent, form: 'inferred' });
        }
      }
    }
    out.push(item);
  }
  // Bare partners: `1.5 mln dlrs vs 1.2 mln`, `rose to 5.1 mln dlrs from 4.2 mln`
  const withPartners: Candidate[] = [];
  for (let i = 0; i < out.length; i++) {
    let item = out[i]!;
    withPartners.push(item);
    for (let guard = 0; guard < 4; guard++) {
      const m = exec(PARTNER_RE, text, item.end);
      if (!m) break;
      const g = m.groups!;
      const next = out[i + 1];
      const start = item.end + g.lead!.length;
      if (next && next.start < start + m[0].length - g.lead!.length) break;
      const lead = g.lead!.trim().toLowerCase();
      const n = readNumber(g.num!, g.scale);
      if (!n || (n.exponent > 0) !== (item.exponent > 0)) break;
      if (!n.exponent && (isYearLike(g.num!) || item.divisor === 1 && !/[.,]/.test(g.num!) && n.value < 100 && !tableLine)) break;
      if (lead === 'to' && !/\bfrom\b[^.;]{0,30}$/i.test(text.slice(Math.max(0, item.start - 40), item.start))) break;
      const value = inMajorUnits(n, n.exponent, item.divisor);
      const partner: Candidate = {
        start,
        end: item.end + m[0].length,
        value: g.sign ? -value : value,
        currency: item.currency,
        exponent: n.exponent,
        divisor: item.divisor,
        form: 'inferred',
      };
      if (item.family) partner.family = item.family;
      if (item.ambiguous) partner.ambiguous = item.ambiguous;
      withPartners.push(partner);
      item = partner;
    }
  }
  carryCurrency(text, withPartners);
  if (!tableLine) return withPartners;
  // Results tables: `Net 60.8 mln vs 51.1 mln`, `Net 2,267,000 vs 2,055,000`
  const table: Candidate[] = [...withPartners];
  TABLE_NUMBER_RE.lastIndex = 0;
  for (let m = TABLE_NUMBER_RE.exec(text); m; m = TABLE_NUMBER_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny({ start, end }, table)) continue;
    const g = m.groups!;
    if (isYearLike(g.num!) && !g.scale) continue;
    const n = readNumber(g.num!, g.scale);
    if (!n) continue;
    const known = withPartners[0];
    table.push({
      start,
      end,
      value: g.sign ? -n.value : n.value,
      currency: known?.divisor === 1 ? known.currency : fallbackCurrency(),
      exponent: n.exponent,
      divisor: 1,
      form: 'inferred',
      ambiguous: 'currency not written (results table)',
    });
  }
  return table.sort((a, b) => a.start - b.start);
}

/**
 * Bare scaled amounts after a scaled amount in the same paragraph take its currency
 * ("exports hit 97.7 billion dlrs in 1984 … they fell to 78.3 billion last year"), unless a
 * count noun follows them or stands in their clause (`1.2 mln shares`, `output … 3 mln`).
 */
function carryCurrency(text: string, items: Candidate[]): void {
  if (!items.some((c) => c.exponent > 0)) return;
  const found: Candidate[] = [];
  BARE_SCALED_RE.lastIndex = 0;
  for (let m = BARE_SCALED_RE.exec(text); m; m = BARE_SCALED_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny({ start, end }, items)) continue;
    const before = items.filter((c) => c.end <= start && c.exponent > 0 && c.divisor === 1 && start - c.end <= 250).at(-1);
    // coins do not carry: "1 billion USDT …, USDC supply grew to 33.4 billion"
    if (!before || !ISO_CODE.test(before.currency) || CRYPTO_TICKERS.has(before.currency)) continue;
    const between = text.slice(before.end, start);
    if (COUNT_NOUN.test(between.slice(-60)) || /[.!?]\s+\S/.test(between)) continue;
    const g = m.groups!;
    const n = readNumber(g.num!, g.scale);
    if (!n || !n.exponent) continue;
    found.push({
      start,
      end,
      value: g.sign ? -n.value : n.value,
      currency: before.currency,
      exponent: n.exponent,
      divisor: 1,
      form: 'inferred',
      ambiguous: 'currency not written (taken from the amount before)',
    });
  }
  if (!found.length) return;
  for (const f of found) items.push(f);
  items.sort((a, b) => a.start - b.start);
}

export const money: Extractor<'money'> = {
  id: 'money',
  version: '1.0.0',
  kind: 'money',
  description: 'Currency amounts ($750 million, USD 5bn, 1.5 mln dlrs, 1,250 BTC) with exact values, ranges, hedges, per-unit and direction.',
  extract(context: ExtractContext): Money[] {
    const result: Money[] = [];
    const sterling = STERLING_CONTEXT.test(context.text);
    const weightPounds = !STRICT_STERLING.test(context.text) && POUND_PRICE.test(context.text);
    let lastMajor: string | null = null;
    /** Whether the article names Japan (read once, the first time a ¥ meets a paragraph that names China). */
    let japanese: boolean | undefined;
    for (const p of context.paragraphs) {
      const text = p.text;
      const candidates: Candidate[] = [];
      const digits = /\d/.test(text);
      if (digits) {
        for (const m of text.matchAll(PREFIX_RE)) {
          const c = fromPrefix(m);
          if (c) candidates.push(c);
        }
      }
      if (digits) {
        for (const m of text.matchAll(SUFFIX_RE)) {
          const c = fromSuffix(m, text, sterling, weightPounds);
          if (c) candidates.push(c);
        }
      }
      if (NUMBER_WORD_HINT.test(text)) {
        for (const m of text.matchAll(SUFFIX_WORDS_RE)) {
          const c = fromSuffix(m, text, sterling, weightPounds);
          if (c) candidates.push(c);
        }
      }
      if (digits) {
        if (sterling) {
          for (const m of text.matchAll(PENCE_RE)) {
            const value = shiftDecimal(m.groups!.num!, -2);
            candidates.push({ start: m.index, end: m.index + m[0].length, value, currency: 'GBP', exponent: 0, divisor: 100, form: 'suffix' });
          }
        }
      }
      if (digits && /\s(?:per|to the|a|against the)\s(?:(?:U\.S\.|US|American)\s)?(?:dollar|euro|pound|yen|yuan|franc)\b/i.test(text)) {
        for (const m of text.matchAll(FX_RATE_RE)) {
          const per = m.groups!.per!.toLowerCase();
          const clause = text.slice(Math.max(0, m.index - 80), m.index).split(/[.;:]\s/).at(-1)!;
          let subject: string | undefined;
          for (const s of clause.matchAll(FX_SUBJECT)) if (s[1]!.toLowerCase() !== per) subject = s[1]!;
          const currency = subject && (FX_NAMES[subject] ?? FX_NAMES[subject.toLowerCase()]);
          if (!currency || isYearLike(m.groups!.num!)) continue;
          candidates.push({ start: m.index, end: m.index + m[0].length, value: readNumber(m.groups!.num!)!.value, currency, exponent: 0, divisor: 1, form: 'inferred', per });
        }
      }
      if (/(?:thousand|million|billion|trillion|hundred)s?\s/i.test(text)) {
        for (const m of text.matchAll(VAGUE_RE)) {
          // `hundreds of pounds of provisions` is a weight
          if (/^pounds$/i.test(m.groups!.cur!) && /^\s+of\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
          candidates.push(fromVague(m));
        }
      }
      const tableLine = isTableLine(text, lastMajor !== null);
      if (!candidates.length && !tableLine) continue;
      const items = complete(text, select(candidates), tableLine, () => lastMajor ?? 'USD');
      for (const c of items) {
        if (!c.currency) {
          // cents and pennies take the currency the article is talking in
          const major = c.family === 'penny' && sterling ? 'GBP' : lastMajor && CENT_CURRENCIES.has(lastMajor) ? lastMajor : 'USD';
          c.currency = major;
        } else if (c.divisor === 1 && c.form !== 'inferred') lastMajor = c.currency;
        const start = p.start + c.start;
        const end = p.start + c.end;
        const item: Money = { start, end, text: context.text.slice(start, end), value: c.value, currency: c.currency, approximate: false };
        if (c.valueHigh !== undefined) item.valueHigh = c.valueHigh;
        const hedge = hedgeAround(text, c.start, c.end);
        item.approximate = c.approximate || hedge.approximate;
        const bound = c.bound ?? hedge.bound;
        if (bound) item.bound = bound;
        const per = exec(PER_RE, text, c.end);
        // "up from $2.51 trillion a week earlier" names a time, not a rate
        if (per && !(per.groups!.period && /^an?$/i.test(per.groups!.by ?? ''))) {
          const unit = (per.groups!.unit ?? per.groups!.scaled ?? per.groups!.any!).toLowerCase();
          item.per = PER_NORMAL[unit] ?? unit;
        } else if (c.per) item.per = c.per;
        const direction = directionOf(text, c, sentenceStartAt(context.sentences, start, p.start) - p.start);
        if (direction) item.direction = direction;
        let ambiguous = c.ambiguous;
        if (!ambiguous && c.form === 'prefix' && /^(?:¥)/.test(item.text.replace(/^[-−]/, '')) && (YUAN_NAMED.test(text) || (CHINA_CONTEXT.test(text) && !(japanese ??= JAPAN_CONTEXT.test(context.text))))) {
          item.currency = 'CNY';
          ambiguous = '¥ is written for both yen and yuan (yuan assumed from the context)';
        }
        if (!ambiguous && c.exponent === 0 && c.divisor === 1 && DOT_THOUSANDS.has(item.currency) && /^[1-9]\d{0,2}\.\d{3}$/.test(/[\d.,]+/.exec(item.text)?.[0] ?? '')) {
          ambiguous = "'.' may be a thousands separator";
        }
        if (ambiguous) item.ambiguous = ambiguous;
        result.push(item);
      }
    }
    return result;
  },
};
