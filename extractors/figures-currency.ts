/**
 * The currency gazetteer (extractors/data/currencies.json) turned into lookups, once per
 * process: prefix symbols and codes (`$`, `US$`, `€`, `USD`), the words and codes written
 * after an amount (`dollars`, `stg`, `U.S. dlrs`, `yen`, `BTC`), and minor units (`cents`,
 * `pence`, `sats`). The extractors find a number with a short regex and look the words
 * around it up here (a Map lookup instead of a long alternation tried at every position).
 */
import data from './data/currencies.json' with { type: 'json' };

/** What a currency marker stands for. */
export interface CurrencyMarker {
  /** ISO 4217 code (or a crypto ticker); null for `cents`/`penny`, resolved from context. */
  currency: string | null;
  /** Minor unit: the amount is divided by this (`cents` → 100). */
  divisor?: number;
  /** `cent` or `penny`: the major currency is read from the article. */
  family?: 'cent' | 'penny';
  /** Why the currency is in doubt (`francs`: which franc). */
  ambiguous?: string;
  /** The marker is only money beside a scale word or a grouped number (`5 billion won`). */
  needsScale?: boolean;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

const PREFIX = new Map<string, { key: string; currency: string; caseSensitive: boolean; needsScale: boolean }>();
const caseSensitive = new Set(data.caseSensitivePrefixes);
const prefixNeedsScale = new Set(data.prefixNeedsScale);
for (const [key, currency] of Object.entries(data.prefixSymbols)) {
  PREFIX.set(norm(key), { key, currency, caseSensitive: caseSensitive.has(key), needsScale: prefixNeedsScale.has(key) });
}
const CODES = new Set(data.codes);
const CODE_ALIASES: Readonly<Record<string, string>> = data.codeAliases;
const LOWER_CODES = new Set(data.lowercaseCodes);
for (const code of CODES) PREFIX.set(norm(code), { key: code, currency: CODE_ALIASES[code] ?? code, caseSensitive: true, needsScale: false });
/** Prefixes that may be written in lower case (`us$`, `c $` in lower-cased copy). */
const LOWER_PREFIX_OK = new Set(['us$', 'us $', 'u.s.$', 'u.s. $', 'u.s $', 'usd$', 'usd $', 'c$', 'c $', 'hk$', 'hk $', 'dlrs']);

/** The currency of a prefix as matched (case-insensitively), or null when its case rules it out. */
export function prefixCurrency(matched: string): { currency: string; needsScale: boolean } | null {
  const entry = PREFIX.get(norm(matched));
  if (!entry) return null;
  if (entry.caseSensitive) {
    const ok =
      matched.replace(/\s+/g, ' ') === entry.key ||
      (CODES.has(entry.key) && LOWER_CODES.has(matched)) ||
      (!CODES.has(entry.key) && entry.key.length > 1 && matched === matched.toUpperCase() && /[A-Z]{2}/.test(matched));
    if (!ok) return null;
  } else if (/[a-z]/.test(matched) && matched !== entry.key && !LOWER_PREFIX_OK.has(norm(matched))) {
    // `a$5` is "a $5", not five Australian dollars
    if (matched.replace(/\s+/g, ' ') !== entry.key) return null;
  }
  return { currency: entry.currency, needsScale: entry.needsScale };
}

const SUFFIX = new Map<string, CurrencyMarker>();
const wordsNeedScale = new Set(data.wordsNeedScale);
for (const [word, currency] of Object.entries(data.words)) SUFFIX.set(norm(word), { currency, needsScale: wordsNeedScale.has(word) });
for (const [word, [currency, reason]] of Object.entries(data.ambiguousWords) as [string, [string, string]][]) {
  SUFFIX.set(norm(word), { currency, ambiguous: reason, needsScale: wordsNeedScale.has(word) });
}
for (const [word, unit] of Object.entries(data.minorUnits) as [string, { divisor: number; family?: string; currency?: string }][]) {
  SUFFIX.set(norm(word), {
    currency: unit.currency ?? null,
    divisor: unit.divisor,
    ...(unit.family ? { family: unit.family as 'cent' | 'penny' } : {}),
  });
}
for (const [symbol, currency] of Object.entries(data.suffixSymbols)) SUFFIX.set(norm(symbol), { currency });
const TICKERS = new Set(data.cryptoTickers);
/** Crypto tickers of the gazetteer (`BTC`, `ETH`, `USDT`, …). */
export const CRYPTO_TICKERS: ReadonlySet<string> = TICKERS;
const TICKERS_NEED_SCALE = new Set(data.cryptoTickersNeedScale);
const LOWER_TICKERS = new Set(data.lowercaseTickers);

/** The currency marker of a suffix as matched (case-insensitively), or null when its case rules it out. */
export function suffixCurrency(matched: string): CurrencyMarker | null {
  const key = norm(matched);
  const upper = matched.toUpperCase();
  if (TICKERS.has(matched)) return { currency: matched, needsScale: TICKERS_NEED_SCALE.has(matched) };
  if (LOWER_TICKERS.has(matched) && TICKERS.has(upper)) return { currency: upper };
  if (CODES.has(upper) && !SUFFIX.has(key)) {
    if (matched !== upper && !LOWER_CODES.has(matched)) return null;
    return { currency: CODE_ALIASES[upper] ?? upper };
  }
  const entry = SUFFIX.get(key);
  if (entry) return entry;
  // a ticker in the wrong case (`sol`, `Link`) is a word, not a coin
  return null;
}

/** Characters that are a currency symbol on their own. */
export const SYMBOL_CHARS = '$€£¥₹₩₽₺₿₦₱฿₫₪₴₸₡₾₭₲₵元';
const SYMBOL_CLASS = `[${SYMBOL_CHARS.replace('$', '\\$')}]`;
/** Up to three words (or a symbol) after an amount, read once and looked up longest first. */
const SUFFIX_WORDS_RE = new RegExp(
  String.raw`(?<w1>[\p{L}\p{M}][\p{L}\p{M}.'’-]*|${SYMBOL_CLASS}|ரூ)(?:\s+(?<w2>[\p{L}\p{M}][\p{L}\p{M}.'’-]*))?(?:\s+(?<w3>[\p{L}\p{M}][\p{L}\p{M}.'’-]*))?`,
  'uy',
);

const FIRST_WORD_RE = new RegExp(String.raw`[\p{L}\p{M}][\p{L}\p{M}.'’-]*|${SYMBOL_CLASS}|ரூ`, 'uy');
/** First words (lower case) of every suffix marker: anything else after a number is not a currency. */
const FIRST_WORDS = new Set(
  [...Object.keys(data.words), ...Object.keys(data.ambiguousWords), ...Object.keys(data.minorUnits), ...Object.keys(data.suffixSymbols), ...data.codes, ...data.cryptoTickers].map(
    (k) => k.toLowerCase().split(/\s+/)[0]!,
  ),
);

/** The currency marker written at `at` (`dollars`, `mln U.S. dlrs` is read after the scale), longest first. */
export function suffixAt(text: string, at: number): { marker: CurrencyMarker; end: number; matched: string } | null {
  FIRST_WORD_RE.lastIndex = at;
  const first = FIRST_WORD_RE.exec(text)?.[0];
  if (!first) return null;
  const key = first.toLowerCase();
  if (!FIRST_WORDS.has(key) && !FIRST_WORDS.has(key.replace(/(?<![.'’-])[.'’-]+$/, '')) && !FIRST_WORDS.has(key.split('-')[0]!)) return null;
  SUFFIX_WORDS_RE.lastIndex = at;
  const m = SUFFIX_WORDS_RE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const words = [g.w1!, g.w2, g.w3].filter((w): w is string => w !== undefined);
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1]!;
    const variants = [last, last.replace(/(?<![.'’-])[.'’-]+$/, '')];
    // `12-cent-a-share`, `one-yen`: a single hyphenated word may start with the marker
    if (n === 1 && last.includes('-')) variants.push(last.slice(0, last.indexOf('-')));
    for (const variant of variants) {
      if (!variant) continue;
      const phrase = [...words.slice(0, n - 1), variant].join(' ');
      const marker = suffixCurrency(phrase);
      if (!marker) continue;
      // the phrase as written: the words up to the variant, with their original spacing
      let end = at;
      for (let i = 0; i < n - 1; i++) end = text.indexOf(words[i]!, end) + words[i]!.length;
      end = text.indexOf(variant, n === 1 ? at : end) + variant.length;
      return { marker, end, matched: text.slice(at, end) };
    }
  }
  return null;
}

/** Currencies whose hundredth is a "cent". */
export const CENT_CURRENCIES: ReadonlySet<string> = new Set(data.centCurrencies);

/**
 * Currencies the gazetteer names with their country ("Egyptian pounds", "Kenyan shillings",
 * "Brazilian reais"), singular and plural: the currency an exchange-rate quote is of ("The
 * Egyptian pound weakened to 50.85 per dollar"), not the bare word's usual one.
 */
export const COUNTRY_CURRENCIES: ReadonlyMap<string, string> = new Map(
  Object.entries(data.words as Record<string, string>)
    .filter(([word]) => /^\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?\s+\p{Ll}+$/u.test(word) && !/\bdlrs?$/.test(word))
    .flatMap(([word, code]): [string, string][] => [[word, code], [word.replace(/reais$/, 'real').replace(/soles$/, 'sol').replace(/(?<=[^s])s$/, ''), code]]),
);
