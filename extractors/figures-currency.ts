/**
 * The currency gazetteer (extractors/data/currencies.json) turned into lookups and regex
 * alternations, once per process: prefix symbols and codes (`$`, `US$`, `€`, `USD`), the
 * words and codes written after an amount (`dollars`, `mln stg`, `yen`, `BTC`), and
 * minor units (`cents`, `pence`, `sats`).
 */
import data from './data/currencies.json' with { type: 'json' };
import { alternation } from './numbers.js';

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

/** Regex alternation of everything that may stand before an amount. */
export const PREFIX_ALTERNATION = alternation([...Object.keys(data.prefixSymbols), ...CODES], true);

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
const TICKERS_NEED_SCALE = new Set(data.cryptoTickersNeedScale);
const LOWER_TICKERS = new Set(data.lowercaseTickers);

/** Regex alternation of everything that may follow an amount (words, codes, tickers, symbols). */
export const SUFFIX_ALTERNATION = alternation(
  [...Object.keys(data.words), ...Object.keys(data.ambiguousWords), ...Object.keys(data.minorUnits), ...Object.keys(data.suffixSymbols), ...CODES, ...TICKERS],
  true,
);

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

/** Currencies whose hundredth is a "cent". */
export const CENT_CURRENCIES: ReadonlySet<string> = new Set(data.centCurrencies);
