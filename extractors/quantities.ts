/**
 * quantities: counted things claims are made about, with their unit (CONTRACT.md,
 * `quantities`).
 *
 * - Percentage points and basis points: `0.3 percentage points`, `14 basis points`, `25bps`,
 *   `half a percentage point`, `a quarter-point cut` → unit `pp` / `bp`; index points
 *   (`fell 300 points`) → `points`.
 * - Counts with a unit after them (`500,000 shares`, `620,000 active addresses`,
 *   `1.2 mln barrels per day`, `12 mln bags`, `9,800 people`), the unit being the noun
 *   with its adjectives as written (abbreviations spelled out: `bpd` → `barrels per day`).
 * - Bare large counts (`rose to 620,000`, `5 million`): 10,000 or more, or with a scale
 *   word; the unit is taken from a unit noun earlier in the clause ("active addresses …
 *   to 620,000"), else `level` after a price or index cue, else `count`.
 * - Not quantities: money and percentages (they are extracted first), years, dates,
 *   clock times, ordinals, compounds such as `24-hour`, `3-for-1`, `10-K`, ratios (`2:1`),
 *   fractions, versions, phone numbers, and numbers that are part of a name (`S&P 500`,
 *   `Boeing 737`, `Russell 2000`).
 */
import type { Quantity, Span } from '../pipeline/types.js';
import type { ExtractContext, Extractor } from './extractor.js';
import {
  CARDINAL_ONLY,
  CARDINAL_WORDS,
  SEPARATOR_ONLY,
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
  sentenceStartAt,
  overlapsAny,
} from './numbers.js';

/** Fractions that stand before a point: `half a`, `a quarter of a`, `one-tenth of a`, `two-tenths of a`. */
const POINT_FRACTION = String.raw`(?:(?:a|one)[- ]half|half(?:[- ]an?)?|(?:a|one)[- ]quarter|quarter|three[- ]quarters|(?:one|two|three|four|five|six|seven|eight|nine)[- ]tenths?|(?:one|a)[- ]hundredth|(?:one|a)[- ]third|two[- ]thirds)(?:[- ]of[- ]an?|[- ]an?)?`;
const POINT_UNIT = String.raw`(?:basis[- ]points?|bps|bp|percentage[- ]points?|percent(?:age)?[- ]points?|per\s?cent(?:age)?[- ]points?|pct\.?[- ]points?|pct[- ]pts?|%[- ]?points?|%[- ]?pts?|ppts?|pp|points?|pts)`;
const POINTS_RE = new RegExp(
  String.raw`${NUMBER_START}(?:(?<sign>[-−+])(?=\d))?(?<num>${DIGITS}|\b${POINT_FRACTION}|\b${CARDINAL_WORDS})(?<sep>\s?-?\s?)(?<unit>${POINT_UNIT})(?![\p{L}\p{N}])`,
  'giu',
);
/** Cheap test before the point and basis-point figures. */
const POINT_HINT = /point|pts|bps?\b|\dbp|pp/i;
const INDEX_CONTEXT = /\b(?:index|indices|Dow|Nasdaq|S&P|Nikkei|Topix|FTSE|DAX|CAC|Hang Seng|Kospi|Sensex|Nifty|Stoxx|Russell|Shanghai Composite|ASX|TSX|Ibovespa|share average|RSI)\b/i;
/** An index named right after a bare level: "At 8,016.95 the index is", "8,016.95, the CAC 40". */
const INDEX_AFTER = /^\s*,?\s*(?:the\s+)?(?:(?:[\p{Lu}][\p{L}&]*|\d+)\s+){0,2}(?:index|indices|Dow|Nasdaq|S&P|Nikkei|Topix|FTSE|DAX|CAC|Hang\s+Seng|Kospi|Sensex|Nifty|Stoxx|Russell|Ibovespa|IBEX|Taiex|benchmark)\b/u;
const RATE_CONTEXT = /\b(?:rates?|yields?|Fed|FOMC|cut|cuts|hike|hikes|easing|tightening|basis|spread|coupon|inflation|central bank|ECB|BoE|BOJ)\b/i;

/** Unit nouns (plural and singular) a count is about; abbreviations are spelled out. */
const UNIT_NOUNS = [
  'shares', 'share', 'shrs', 'ADSs', 'ADRs', 'units', 'warrants', 'options', 'contracts', 'futures contracts', 'lots', 'orders',
  'trades', 'transactions', 'txs', 'transfers', 'addresses', 'wallets', 'accounts', 'users', 'holders', 'customers', 'clients',
  'subscribers', 'members', 'investors', 'traders', 'participants', 'visitors', 'followers', 'downloads', 'installs',
  'employees', 'workers', 'staff', 'jobs', 'job cuts', 'people', 'persons', 'residents', 'households', 'voters', 'students',
  'patients', 'cases', 'deaths', 'passengers', 'flights', 'vehicles', 'cars', 'trucks', 'EVs', 'homes', 'houses', 'properties',
  'apartments', 'stores', 'branches', 'outlets', 'restaurants', 'locations', 'offices', 'factories', 'plants', 'mines', 'wells',
  'rigs', 'ships', 'vessels', 'tankers', 'aircraft', 'planes', 'jets', 'satellites', 'devices', 'phones', 'smartphones', 'chips',
  'GPUs', 'servers', 'machines', 'mining rigs', 'nodes', 'validators', 'blocks', 'tokens', 'coins', 'NFTs', 'barrels', 'barrel',
  'bbl', 'bpd', 'b/d', 'cubic feet', 'cubic metres', 'cubic meters', 'bcf', 'tcf', 'MMBtu', 'therms', 'troy ounces', 'ounces', 'oz',
  'tonnes', 'tons', 'metric tons', 'short tons', 'kilograms', 'kg', 'grams', 'pounds', 'lbs', 'bushels', 'bags', 'bales', 'sacks',
  'cartons', 'crates', 'containers', 'TEUs', 'gallons', 'litres', 'liters', 'megawatts', 'MW', 'gigawatts', 'GW', 'MWh', 'GWh',
  'TWh', 'kWh', 'acres', 'hectares', 'square feet', 'sq ft', 'square metres', 'square meters', 'miles', 'kilometres', 'kilometers',
  'carats', 'loans', 'mortgages', 'applications', 'claims', 'filings', 'votes', 'patents', 'products', 'companies', 'firms', 'banks',
  'funds', 'ETFs', 'countries', 'cities', 'seats', 'tickets', 'streams', 'views', 'messages', 'calls', 'bonds', 'notes', 'bills',
  'exahashes', 'EH/s', 'TH/s', 'petahashes', 'dwellings', 'housing units', 'units of housing', 'sites', 'testing sites', 'openings',
  'closures', 'pharmacies', 'clinics', 'hospitals', 'hotels', 'rooms', 'warehouses', 'terminals', 'routes', 'vans', 'buses', 'units sold',
  'deliveries', 'orders', 'bookings', 'contracts signed', 'roles', 'positions', 'layoffs', 'hires', 'franchisees', 'franchises', 'dealerships',
  'loads', 'shipments', 'parcels', 'packages', 'TEU', 'teu', 'head of cattle', 'birds', 'trees', 'wind turbines', 'turbines',
  'joules per terahash', 'J/TH', 'W/TH', 'watts per terahash', 'lines', 'connections', 'accounts opened', 'Mt', 'kt', 'bcm', 'dmt', 'wmt', 'dry metric tonnes', 'wet metric tonnes', 'dry metric tons',
];
/**
 * Units the article defines: "gold equivalent ounces (GEOs)", "twenty-foot equivalent units
 * (TEUs)", "barrels of oil equivalent (boe)". The abbreviation's letters are the words' initials
 * (words such as "of" may be left out); a number written before it later counts those units.
 */
function definedUnits(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(DEFINED_UNIT)) {
    // the lower-case words right before the parenthesis (at most six, within 80 characters)
    const before = text.slice(Math.max(0, m.index! - 80), m.index!).split(/\s+/).filter(Boolean);
    const run: string[] = [];
    for (let k = before.length - 1; k >= 0 && run.length < 6 && /^\p{Ll}[\p{Ll}-]*$/u.test(before[k]!); k--) run.unshift(before[k]!);
    if (run.length < 2) continue;
    const words = run.join(' ').toLowerCase().split(/[\s-]+/);
    const abbr = m[1]!;
    const letters = abbr.replace(/s$/, '').toLowerCase();
    // the last words whose initials spell the abbreviation, "of" and "and" skippable
    for (let from = words.length - 1; from >= 0 && words.length - from <= letters.length + 2; from--) {
      const initials = words.slice(from).filter((w) => !/^(?:of|and|the)$/.test(w)).map((w) => w[0]).join('');
      if (initials === letters && /s$/.test(words.at(-1)!)) {
        out.set(abbr, words.slice(from).join(' '));
        break;
      }
    }
  }
  return out;
}
const DEFINED_UNIT = /(?<=\s)\(([A-Za-z]{2,6})\)/g;

/** A unit the article defined, right after a number ("37,400 GEOs"). */
function definedUnitAfter(defined: ReadonlyMap<string, string>, text: string, at: number): { unit: string; end: number } | null {
  if (!defined.size) return null;
  const m = /^\s+([A-Za-z]{2,6})(?![\p{L}\d])/u.exec(text.slice(at, at + 10));
  const unit = m ? defined.get(m[1]!) : undefined;
  return m && unit ? { unit, end: at + m[0].length } : null;
}

/** Units that carry a scale ("139.8 Mt" is 139.8 million tonnes), written exactly so (a capital M: million). */
const SCALED_UNITS: Readonly<Record<string, { unit: string; factor: number }>> = {
  Mt: { unit: 'tonnes', factor: 1e6 },
  kt: { unit: 'tonnes', factor: 1e3 },
  bcm: { unit: 'cubic metres', factor: 1e9 },
  bcf: { unit: 'cubic feet', factor: 1e9 },
  Bcf: { unit: 'cubic feet', factor: 1e9 },
  tcf: { unit: 'cubic feet', factor: 1e12 },
  Tcf: { unit: 'cubic feet', factor: 1e12 },
};
const UNIT_NORMAL: Readonly<Record<string, string>> = {
  shrs: 'shares', share: 'shares', txs: 'transactions', bbl: 'barrels', barrel: 'barrels', bpd: 'barrels per day', 'b/d': 'barrels per day',
  oz: 'ounces', lbs: 'pounds', kg: 'kilograms', liters: 'litres', 'sq ft': 'square feet', mw: 'megawatts', gw: 'gigawatts',
  'j/th': 'joules per terahash', 'J/TH': 'joules per terahash', dmt: 'dry metric tonnes', wmt: 'wet metric tonnes', 'dry metric tons': 'dry metric tonnes',
};
/** Words that may not stand between a number and its unit. */
const GAP_STOP = new Set(
  ('and or of the a an to in for from by with on at as is was were are be been than that which who per its their his her our ' +
    'this these those each every into over under about while after before since until between vs versus plus minus percent pct ' +
    'times day days week weeks month months year years hour hours minute minutes second seconds dollar dollars euro euros point points')
    .split(' '),
);
/** Unit phrases (lower case) → the unit noun as listed. */
const UNIT_PHRASES = new Map(UNIT_NOUNS.map((u) => [u.toLowerCase(), u]));
const UNIT_MAX_WORDS = Math.max(...UNIT_NOUNS.map((u) => u.split(' ').length));
/** One word after a number: letters, with `'`, `/` and `-` inside (`b/d`, `EH/s`). */
const WORD_AFTER = /\s+([\p{L}][\p{L}'’/-]*)/uy;
/** "2 mln barrels a day", "183 bushels an acre"; not "a year earlier", "a year ago". */
// ("a year earlier" names a time; "per day from August" is still per day)
const PER_PERIOD = /\s+(?:per\s+(day|week|month|year)(?![\p{L}])|(?:per|a|an)\s+(day|week|month|year|acre|hectare|capita|head)(?![\p{L}])(?!\s+(?:earlier|ago|before|later|previously|on\b|from\b|prior|back|after)))/iuy;

/**
 * The unit written after a number at `at`: up to two adjectives, then a unit noun of one to
 * three words (`620,000 active addresses`, `10 mln common shares`, `2 mln barrels per day`).
 */
function unitAfter(text: string, at: number): { unit: string; end: number } | null {
  const words: { word: string; end: number }[] = [];
  let pos = at;
  // a unit glued to the digits (`10MW`, `5bbl`) reads as if spaced
  const glued = /^[\p{L}]/u.test(text[at] ?? '');
  for (let i = 0; i < 2 + UNIT_MAX_WORDS; i++) {
    let m: RegExpExecArray | null;
    if (i === 0 && glued) {
      const g = /[\p{L}][\p{L}'’/-]*/uy;
      g.lastIndex = pos;
      m = g.exec(text);
      if (m) m[1] = m[0];
    } else {
      WORD_AFTER.lastIndex = pos;
      m = WORD_AFTER.exec(text);
    }
    if (!m) break;
    words.push({ word: m[1]!, end: m.index + m[0].length });
    pos = m.index + m[0].length;
  }
  for (let gap = 0; gap <= 2 && gap < words.length; gap++) {
    if (gap > 0 && GAP_STOP.has(words[gap - 1]!.word.toLowerCase())) return null;
    for (let n = Math.min(UNIT_MAX_WORDS, words.length - gap); n >= 1; n--) {
      const phrase = words.slice(gap, gap + n).map((w) => w.word).join(' ');
      const noun = UNIT_PHRASES.get(phrase.toLowerCase()) ?? UNIT_PHRASES.get(phrase.toLowerCase().replace(/(?<![.'’])[.'’]+$/, ''));
      if (!noun) continue;
      // keep the case the list gives for symbols (`MW`, `EVs`), lower case for words
      const written = /[A-Z]/.test(noun) && !/^[A-Z][a-z]/.test(noun) ? noun : phrase.toLowerCase().replace(/(?<![.'’])[.'’]+$/, '');
      const normal = UNIT_NORMAL[written] ?? UNIT_NORMAL[written.toLowerCase()] ?? written;
      const adjectives = words
        .slice(0, gap)
        .map((w) => w.word)
        .filter((w) => /^[a-z]/.test(w) && !/^(?:more|additional|extra|other|such|new)$/.test(w));
      let unit = [...adjectives, normal].join(' ');
      let end = words[gap + n - 1]!.end;
      if (phrase.endsWith('.') && !noun.endsWith('.')) end--;
      PER_PERIOD.lastIndex = end;
      const per = PER_PERIOD.exec(text);
      if (per) {
        unit += ` per ${(per[1] ?? per[2])!.toLowerCase()}`;
        end = per.index + per[0].length;
      }
      return { unit, end };
    }
  }
  return null;
}

/**
 * A unit noun joined to the number by a hyphen and modifying the noun after it ("600,000-tonne
 * purchase", "521-ship orderbook", "183.1-bushel yield"): the unit in its listed plural.
 * Durations ("10-year note") and other compounds are no unit: only listed unit nouns count.
 */
function compoundUnit(text: string, at: number): { unit: string; end: number } | null {
  const m = /^-([a-z]{2,20})(?=\s+\p{L})/u.exec(text.slice(at, at + 24));
  if (!m) return null;
  const w = m[1]!;
  for (const form of [`${w}s`, `${w}es`, w.replace(/y$/, 'ies'), w]) {
    const noun = UNIT_PHRASES.get(form);
    if (!noun || noun !== noun.toLowerCase()) continue;
    return { unit: UNIT_NORMAL[noun] ?? (form === w && !/s$/.test(w) ? `${w}s` : noun), end: at + m[0].length };
  }
  return null;
}

/** Verbs that count things ("opened 40 taprooms", "operates 212 clinics"). */
const COUNT_VERB = /\b(?:opened|opens|open|opening|closed|closes|close|closing|shut|operated|operates|operate|operating|runs|ran|run|has|had|have|added|adds|cut|cuts|employs|employed|built|builds|owns|owned|acquired|acquires|bought|sold|sells|shipped|ships|delivered|delivers|produced|produces|hired|hires|lost|loses|shed|sheds|eliminated|eliminates|launched|launches|signed|won|opened\s+another|plans|planned|targets|targeting|with|sell|selling|hold|holds|held|holding|lease|leases|leased|leasing|manages|managed|serves|served|controls|controlled|buy|buys|buying)\s+(?:another\s+|a\s+further\s+|some\s+|about\s+|nearly\s+|more\s+than\s+|around\s+|roughly\s+)?$/i;
/** Plural nouns that are no count of things: durations, multiples, money and rates. */
const NOT_COUNT_NOUN = /^(?:times|years|months|weeks|days|hours|minutes|seconds|decades|centuries|quarters|percent|points|cents|dollars|euros|pounds|yen|yuan|francs|rupees|dlrs|pence|basis|others|ones|sessions|straight|consecutive|straight|more|less|fewer)$/i;

/**
 * A count of a noun no unit list names, after a verb that counts things ("opened 40
 * taprooms", "runs 212 clinics") or after a scale word ("2.4 million lines"): one lower-case
 * plural noun, an adjective allowed before it.
 */
function countNounAfter(text: string, start: number, at: number, scaled: boolean): { unit: string; end: number } | null {
  // a number with a scale word counts the plural noun after it whatever the verb ("accounts for 2.4 million lines")
  // ("made up 9 of the 14 hulls": the whole a part is counted of)
  // ("the 21 pairs Fjordlink is selling": a definite count refers to things counted)
  if (!scaled && !COUNT_VERB.test(text.slice(Math.max(0, start - 40), start)) && !PART_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !(/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /\d/.test(text[start] ?? ''))) return null;
  return pluralNounAt(text, at);
}
/** "9 of the ": a part counted before its whole. */
const PART_BEFORE = /(?<![\d.,])\d{1,3}\s+of\s+(?:the|its|their)\s+$/;

/** One lower-case plural noun right after `at`, an adjective allowed before it. */
function pluralNounAt(text: string, at: number): { unit: string; end: number } | null {
  const m = /^\s+(?:([a-z][a-z-]{2,})\s+)?([a-z][a-z-]{2,}s)(?![\p{L}-])/uy;
  m.lastIndex = 0;
  const found = m.exec(text.slice(at, at + 60));
  if (!found || NOT_COUNT_NOUN.test(found[2]!) || (found[1] && (GAP_STOP.has(found[1]) || NOT_COUNT_NOUN.test(found[1])))) return null;
  return { unit: found[1] ? `${found[1]} ${found[2]}` : found[2]!, end: at + found[0].length };
}

/** "8.36 billion of the 9.15 billion seat kilometres": the part counts the unit of its whole. */
const PART_OF = /^\s+of\s+(?:the|its|their|a\s+total\s+of)\s+(?:total\s+)?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand|mln|bln|bn|mn))?/iy;
function partOfUnit(text: string, at: number): { unit: string; end: number } | null {
  PART_OF.lastIndex = 0;
  const m = PART_OF.exec(text.slice(at, at + 60));
  if (!m) return null;
  // (a whole no unit list names, counted in small numbers: "9 of the 14 hulls")
  const unit = unitAfter(text, at + m[0].length) ?? (/^\s+of\s+(?:the|its|their)\s+\d{1,3}$/.test(m[0]) ? pluralNounAt(text, at + m[0].length) : null);
  return unit ? { unit: unit.unit, end: at } : null;
}

/** Words of a clause, for the unit named before a bare count. */
const CLAUSE_WORD = /[\p{L}][\p{L}'’/-]*/gu;

/**
 * The last unit noun named in `clause` (with one lower-case adjective before it):
 * "active addresses increasing by 5% to" → `active addresses`.
 */
function unitBefore(clause: string): string | null {
  const words = clause.match(CLAUSE_WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    for (let n = Math.min(UNIT_MAX_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const noun = UNIT_PHRASES.get(phrase.toLowerCase());
      if (!noun || noun === noun.toUpperCase() && phrase !== noun) continue;
      const written = /[A-Z]/.test(noun) && !/^[A-Z][a-z]/.test(noun) ? noun : phrase.toLowerCase();
      const normal = UNIT_NORMAL[written] ?? UNIT_NORMAL[written.toLowerCase()] ?? written;
      // (a verb is no adjective: "Aurelian said: passengers filled" counts passengers, not "said passengers")
      const adjective = i > 0 && /^[a-z][a-z-]+$/.test(words[i - 1]!) && !ADJECTIVE_STOP.test(words[i - 1]!) && !VERB_BEFORE_UNIT.test(words[i - 1]!) ? `${words[i - 1]} ` : '';
      return `${adjective}${normal}`;
    }
  }
  return null;
}

const VERB_BEFORE_UNIT = /^(?:said|says|say|told|tells|added|adds|noted|notes|reported|reports|showed|shows|estimated|estimates|expects|expected|were|was|are|is|had|has|have|now|also|still|just|only)$/i;
const ADJECTIVE_STOP =
  /^(?:the|of|and|or|more|its|their|new|other|total|many|few|all|some|any|with|in|on|at|for|by|from|to|per|than|mln|bln|million|billion|thousand|trillion|bn|mn|about|around|nearly|over|under|vs|versus|against)$/i;
const LEVEL_CUE = /\b(?:price[sd]?|trad(?:ed|ing|es) (?:at|near|around)|level|resistance|support|high|low|clos(?:ed|e|ing) at|open(?:ed)? at|index|points|benchmark|Dow|Nasdaq|S&P|Nikkei|FTSE|DAX|CAC|Hang Seng|Kospi|Sensex|Nifty|Stoxx|Russell)\b/i;

const numberRe = (number: string) =>
  new RegExp(String.raw`${NUMBER_START}(?:(?<sign>[-−+])(?=\d))?(?<num>${number})(?<scale>${SCALE})?(?![\p{L}\p{N}])`, 'giu');
/** Numbers in digits; numbers in words (run only where words may be). */
const NUMBER_RE = numberRe(DIGITS);
const NUMBER_WORDS_RE = numberRe(String.raw`\b${WORDS_BEFORE_SCALE}(?=[\s-])`);
const HEAD_RE = new RegExp(String.raw`${NUMBER_START}(?<num>${DIGITS})(?<scale>${SCALE})?(?<sep>${RANGE_SEPARATOR})$`, 'iu');
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'u');
const AFTER_DATE = new RegExp(String.raw`^(?:st|nd|rd|th)?\s?(?:of\s)?${MONTH}\b`, 'u');
/** A capitalised word or symbol glued before a number makes it part of a name (`S&P 500`, `Boeing 737`). */
const NAME_WORD = /^\(?(?:[A-Za-z&](?=[\w&.'’-]*[A-Z&])[\w&.'’-]*|[A-Z][\w&.'’-]*)$/u;
const NAME_OK = new Set([
  'The', 'A', 'An', 'About', 'Over', 'Some', 'Nearly', 'Almost', 'Only', 'Just', 'All', 'Its', 'Their', 'His', 'Her', 'Our', 'These',
  'Those', 'Another', 'Roughly', 'Around', 'Approximately', 'More', 'Less', 'Up', 'By', 'To', 'From', 'In', 'On', 'At', 'With', 'For',
  'Of', 'And', 'But', 'Each', 'Every', 'Than', 'Under', 'Above', 'Below', 'Total',
  'Avg', 'Shrs', 'Average', 'Net', 'Sales', 'While', 'After', 'Before', 'Since', 'Until', 'Between', 'Among',
]);
/** Compounds and glued punctuation that make a number something else: `24-hour`, `3-for-1`, `10:00`, `1/4`, `10-K`. */
const AFTER_NOT_COUNT = /^(?:-[\p{L}\p{N}]|:\d|\/\d|\.\d|\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|\s?(?:%|pct\b|per\s?cent|percent)|(?:st|nd|rd|th)\b|\s?[x×](?![\p{L}]))/iu;
const BEFORE_NOT_COUNT = /(?:[#№:/]|\bNo\.\s?|\bv|[$€£¥₹])$/u;
/** A short list label before a value: "- New stores opened: ", "Employees at year end: ". */
/** Where an index's reading stands: "rose to ", "at ", "from ", "a reading of ", "(July: ". */
const READING_BEFORE = /(?:\b(?:to|at|from|of|was|is|hit|touched|reached|against)\s+|\(\s*(?:[\p{L}]+\s*){1,2}:\s*|:\s*)$/u;
/** Sentences about a diffusion index or a sentiment gauge. */
const READING_CONTEXT = /\b(?:PMI|PMIs|purchasing\s+managers|diffusion\s+index|sentiment|confidence|index|indices|gauge|reading|ZEW|Ifo|Tankan|ISM|VIX|VSTOXX)\b/i;
/** A sub-index named right before its reading, in a story about the index: "New orders at 43.9", "With the VIX at 26.82". */
const READING_NOUN_BEFORE = /\b(?:orders|employment|prices\s+paid|production|inventories|deliveries|exports|imports|VIX|VSTOXX|expectations|conditions)\s+(?:(?:climbed|rose|fell|dipped|slipped|jumped|dropped|increased|decreased|improved|eased|edged\s+(?:up|down)|moved|slid|surged)\s+)?(?:at|to|of|was|is|were|are|stood\s+at)\s+$/i;
const LABEL_BEFORE = /^\s*(?:[-•*–]\s+)?[\p{L}][\p{L}\s'’&()/-]{2,50}:\s*$/u;
const TABLE_SHARES_LINE = /^(?:Avg|Average)\s+shrs?\b|^Shrs?\s+outstanding\b/i;


interface Found {
  start: number;
  end: number;
  value: number;
  valueHigh?: number;
  unit: string;
  /** True when no unit was written after the number (its unit was inferred). */
  bare?: boolean;
  /** Power of ten of the written scale word (0 when none), and the number before it. */
  exponent: number;
  base: number;
}

function pointUnit(unit: string, clause: string): string {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:basis|bps?$)/.test(u)) return 'bp';
  if (/^(?:points?|pts)$/.test(u)) return RATE_CONTEXT.test(clause) && !INDEX_CONTEXT.test(clause) ? 'pp' : 'points';
  return 'pp';
}

function fractionValue(words: string): number | null {
  const w = words.toLowerCase().replace(/(?<![\s-])[\s-]+(?:of[\s-]+)?an?$/, '').replace(/[\s-]+/g, ' ');
  if (/half$/.test(w)) return 0.5;
  if (/^three quarters$/.test(w)) return 0.75;
  if (/quarter$/.test(w)) return 0.25;
  if (/hundredth$/.test(w)) return 0.01;
  if (/two thirds$/.test(w)) return 2 / 3;
  if (/third$/.test(w)) return 1 / 3;
  const tenths = /^(\w+) tenths?$/.exec(w);
  if (tenths) return (readNumber(tenths[1]!)?.value ?? Number.NaN) / 10;
  return null;
}

/** A count in a gapped list after a name: "and the Americas 14,360", "Europe 19,870," (grouped digits, no scale, after "and"/a comma and the name). */
/** A count whose noun follows "of": "took 29,900 of the deliveries". */
const OF_COUNTED = /^\s+of\s+(?:the|its|their|all)\s+\p{L}{3,}/u;
const LISTED_NAME_BEFORE = /(?:,|\band|\bwhile|\bwith)\s+(?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,2}[A-Z][\p{L}'’.-]*\s$/u;
function listedAfterName(text: string, start: number, num: string, scale: string | undefined): boolean {
  if (scale || !/^\d{1,3}(?:,\d{3})+$/.test(num)) return false;
  return LISTED_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !INDEX_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
}

export const quantities: Extractor<'quantities'> = {
  id: 'quantities',
  version: '1.0.0',
  kind: 'quantities',
  description: 'Counted quantities with their unit (500,000 shares, 620,000 active addresses), percentage points (pp) and basis points (bp).',
  extract(context: ExtractContext): Quantity[] {
    const out: Quantity[] = [];
    const taken: Span[] = [...(context.mentions.money ?? []), ...(context.mentions.percentages ?? [])];
    const defined = definedUnits(context.text);
    for (const p of context.paragraphs) {
      const text = p.text;
      if (!/\d/.test(text) && !NUMBER_WORD_HINT.test(text)) continue;
      const found: Found[] = [];
      const takenHere = taken.filter((t) => t.start < p.end && p.start < t.end);
      const free = (start: number, end: number) => !overlapsAny({ start: p.start + start, end: p.start + end }, takenHere) && !found.some((f) => start < f.end && f.start < end);
      const sentenceOf = (offset: number) => sentenceStartAt(context.sentences, p.start + offset, p.start) - p.start;

      for (const m of POINT_HINT.test(text) ? text.matchAll(POINTS_RE) : []) {
        const g = m.groups!;
        const start = m.index;
        const end = start + m[0].length;
        if (!free(start, end)) continue;
        if (/^(?:points?|pts)$/i.test(g.unit!) && !/\d/.test(g.num!) && !/point/i.test(g.unit!)) continue;
        let value = /\d/.test(g.num!) ? readNumber(g.num!)?.value : fractionValue(g.num!) ?? readNumber(g.num!)?.value;
        if (value === undefined || value === null || Number.isNaN(value)) continue;
        // "three points", "a point": only number words that are fractions, or digits, make a point figure
        if (!/\d/.test(g.num!) && fractionValue(g.num!) === null && /^(?:points?|pts)$/i.test(g.unit!)) continue;
        if (g.sign === '-' || g.sign === '−') value = -value;
        const clause = text.slice(Math.max(sentenceOf(start), start - 50), end + 30).split(/[;:]/);
        const unit = pointUnit(g.unit!, clause.find((c) => c.includes(m[0])) ?? clause.join(' '));
        found.push({ start, end, value, unit, exponent: 0, base: Math.abs(value) });
      }

      const tableShares = TABLE_SHARES_LINE.test(text);
      const numbers = [...text.matchAll(NUMBER_RE)];
      if (NUMBER_WORD_HINT.test(text)) for (const m of text.matchAll(NUMBER_WORDS_RE)) numbers.push(m);
      for (const m of numbers) {
        const g = m.groups!;
        const start = m.index;
        const numEnd = start + m[0].length;
        if (!free(start, numEnd)) continue;
        const digits = /\d/.test(g.num!);
        const before = text.slice(Math.max(0, start - 30), start);
        const after = text.slice(numEnd, numEnd + 12);
        // "the 600,000-tonne purchase", "a 176.7 million-tonne crop": a count written as a modifier
        const compound = after.startsWith('-') ? compoundUnit(text, numEnd) : null;
        if ((!compound && AFTER_NOT_COUNT.test(after)) || BEFORE_NOT_COUNT.test(before)) continue;
        // the word right before the number, when a single space separates them
        const previous = /\s$/.test(before) && !/\s\s$/.test(before) ? before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1) : '';
        if (digits && (MONTH_WORD.test(previous) || AFTER_DATE.test(after))) continue;
        // "Boeing 737", "S&P 500": part of a name; "intra-Asia 934,000 TEU": a lower-case compound is no name
        // … but "fell to 11,240 cars, while Europe took 19,870 and the Americas 14,360": digits grouped in thousands after a name in
        // a list whose first member is counted in a unit name no model
        if (previous && NAME_WORD.test(previous) && !/['’]s?$/.test(previous) && !NAME_OK.has(previous.replace(/^\(/, '')) && !tableShares && !/^[a-z]+-[A-Z]/.test(previous) && !(listedAfterName(text, start, g.num!, g.scale) && found.some((f) => ((!f.bare && f.unit !== 'count') || OF_COUNTED.test(text.slice(f.end, f.end + 30))) && f.start >= sentenceOf(start) && f.end <= start))) continue;
        const n = readNumber(g.num!, g.scale);
        if (!n) continue;
        // a lone `t` after digits is tonnes, not trillion
        if (g.scale && /^t$/.test(g.scale)) continue;
        if (!digits && !g.scale && !CARDINAL_ONLY.test(g.num!)) continue;
        const yearLike = digits && !g.scale && isYearLike(g.num!);
        const unitFound = compound ?? unitAfter(text, numEnd) ?? definedUnitAfter(defined, text, numEnd) ?? countNounAfter(text, start, numEnd, Boolean(g.scale)) ?? partOfUnit(text, numEnd);
        let unit: string | null = unitFound?.unit ?? null;
        const end = unitFound?.end ?? numEnd;
        if (yearLike && (!unit || /\b(?:in|since|by|of|from|until|before|after|during|for|to|early|late|mid)\s+$/i.test(before))) continue;
        if (!unit && tableShares) unit = 'shares';
        if (!unit) {
          // a bare count: large (grouped digits), written with a scale word, or the value of a list label ("Stores closed: 27")
          const large = digits && (g.scale ? n.value >= 1000 : /,/.test(g.num!) && n.value >= 1000);
          const labelled = digits && !yearLike && LABEL_BEFORE.test(text.slice(0, start)) && !/^\s*[%$€£¥]/.test(after);
          // a diffusion index's or a sentiment gauge's reading, a decimal set after "to", "at", "from", "of" ("rose to 58.4 in early June
          // from 52.2", "slipped to 50.4 from 50.7", "(July: 49.8)") in a sentence that names the index
          const reading = digits && !g.scale && /^\d{1,3}\.\d{1,2}$/.test(g.num!) && READING_BEFORE.test(before) && !/^\s*(?:[%$€£¥]|per\b|a\s|an\s|times\b|x\b)/i.test(after) && (READING_CONTEXT.test(text.slice(Math.max(sentenceOf(start), start - 160), Math.min(text.length, numEnd + 80))) || (READING_NOUN_BEFORE.test(before) && READING_CONTEXT.test(context.text.slice(Math.max(0, p.start + start - 1500), p.start + start))) ||
            // (the base of a reading just read: "climbed to 49.3 from 46.8")
            found.some((f) => f.unit === 'level' && f.end < start && /^\s+from\s+$/.test(text.slice(f.end, start))));
          if (reading) {
            found.push({ start, end: numEnd, value: n.value, unit: 'level', exponent: n.exponent, base: n.base, bare: true });
            continue;
          }
          if (!large && !labelled) continue;
          let from = Math.max(sentenceOf(start), start - 80);
          while (from > 0 && /[\p{L}]/u.test(text[from - 1]!)) from--;
          const clause = text.slice(from, start);
          // (or named right after: "At 8,016.95 the index is within touching distance of its record")
          unit = INDEX_CONTEXT.test(clause) || INDEX_AFTER.test(text.slice(numEnd, numEnd + 40)) ? 'level' : (unitBefore(clause) ?? (LEVEL_CUE.test(clause) ? 'level' : 'count'));
        }
        let value = n.value;
        const scaled = unit && !g.scale ? SCALED_UNITS[text.slice(numEnd, end).trim()] : undefined;
        if (scaled) {
          unit = scaled.unit;
          value *= scaled.factor;
        } else if (unit && /^(?:mt|kt|bcm)$/i.test(unit)) unit = unit.toLowerCase() === 'bcm' ? 'cubic metres' : 'tonnes';
        if (g.sign === '-' || g.sign === '−') value = -value;
        found.push({ start, end, value, unit, exponent: n.exponent, base: n.base, bare: !unitFound });
      }

      found.sort((a, b) => a.start - b.start);
      // ranges: `5,000 to 10,000 shares`, `5-10 million barrels`, `between 25 and 50 basis points`
      const merged: Found[] = [];
      for (const f of found) {
        const prev = merged.at(-1);
        if (prev && prev.valueHigh === undefined) {
          const between = text.slice(prev.end, f.start);
          if (SEPARATOR_ONLY.test(between) && (prev.unit === f.unit || prev.unit === 'count' || prev.bare) && isRange(text, prev.start, between, prev.value, f.value) && !isChangeThenLevel(text, prev.start)) {
            merged[merged.length - 1] = { ...prev, end: f.end, valueHigh: f.value, unit: f.unit };
            continue;
          }
        }
        const from = Math.max(prev?.end ?? 0, f.start - 30);
        const head = HEAD_RE.exec(text.slice(from, f.start));
        if (head && !/[\d,.]/.test(text[from + head.index - 1] ?? '')) {
          const low = readNumber(head.groups!.num!, head.groups!.scale);
          const headStart = from + head.index;
          if (low && free(headStart, f.start)) {
            const scaled = low.exponent || !f.exponent || low.base >= f.base ? low.value : low.base * 10 ** f.exponent;
            if (isRange(text, headStart, head.groups!.sep!, scaled, f.value)) {
              merged.push({ ...f, start: headStart, value: scaled, valueHigh: f.value });
              continue;
            }
          }
        }
        merged.push(f);
      }

      for (const f of merged) {
        const span = { start: p.start + f.start, end: p.start + f.end };
        const item: Quantity = { ...span, text: context.text.slice(span.start, span.end), value: f.value, unit: f.unit };
        if (f.valueHigh !== undefined) item.valueHigh = f.valueHigh;
        const hedge = hedgeAround(text, f.start, f.end);
        if (hedge.approximate) item.approximate = true;
        if (hedge.bound) item.bound = hedge.bound;
        const direction = directionOf(text, f, sentenceOf(f.start), false);
        if (direction) item.direction = direction;
        out.push(item);
      }
    }
    return out;
  },
};
