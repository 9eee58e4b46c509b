/**
 * The entity gazetteer: the curated lists of extractors/data/entities/*.json (crypto assets,
 * funds, companies, indices, organisations, places, people) compiled once into a map from a
 * lower-case token sequence to its entries, plus the closed word lists of terms.json.
 *
 * Alias case rules (per token): a lower-case alias token matches any case; a token with
 * capitals matches as written or in full capitals; a ticker matches exactly. A leading `~`
 * marks an alias that is also an ordinary word and needs context to count (see
 * extractors/entities.ts). An alias beginning with "The " is matched without it.
 */
import { createRequire } from 'node:module';
import type { EntityType } from '../pipeline/types.js';

const require = createRequire(import.meta.url);

interface RawEntry {
  canonical: string;
  ticker?: string;
  aliases: string[];
}

/** One way of writing a gazetteer entity. */
export interface GazetteerAlias {
  type: EntityType;
  canonical: string;
  ticker?: string;
  /** The alias tokens as written in the data. */
  tokens: string[];
  /** The alias is a ticker symbol (exact case). */
  isTicker: boolean;
  /** Ordinary word: counts only with context. */
  needsContext: boolean;
  /** A company whose ticker is an ASSET (for "NVIDIA (NVDA)"). */
  company?: boolean;
}

/** Splits text into the tokens the gazetteer and the extractor agree on. */
export const TOKEN = /[\p{L}\p{N}]+(?:[.'’&+][\p{L}\p{N}]+)*(?:\.(?=[\s,;:)]|$))?|&|\+/gu;

/** Abbreviations whose final period belongs to the token. */
const KEEP_PERIOD = /^(?:(?:\p{L}\.){2,}|(?:inc|corp|co|ltd|jr|sr|st|mt|mr|mrs|ms|dr|prof|gen|gov|sen|rep|rev|no|vs|bros|cos|plc)\.)$/iu;

/** Tokens of a text with offsets; a sentence period is not part of a token, "U.S." and "Inc." keep theirs. */
export function tokenize(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    if (t.endsWith('.') && !KEEP_PERIOD.test(t)) t = t.slice(0, -1);
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Key of a token sequence: lower case, possessive dropped, joined by spaces. */
export const keyOf = (tokens: readonly string[]): string => tokens.map((t) => t.toLowerCase()).join(' ');

export interface Terms {
  generic: Set<string>;
  genericWords: Set<string>;
  titles: Set<string>;
  titleWords: Set<string>;
  orgSuffixes: Set<string>;
  orgHeads: Set<string>;
  assetSuffixes: Set<string>;
  assetWords: Set<string>;
  placeSuffixes: Set<string>;
  placeHeads: Set<string>;
  connectors: Set<string>;
  legalSuffixes: Set<string>;
  conceptEnds: Set<string>;
  leadingWords: Set<string>;
  /** Industry nouns written before a firm's name ("Recruiter Ashcombe Talent", "Chipmaker Velora"): not part of it. */
  descriptors: Set<string>;
  /** Upper-case words that are words, not acronyms (case-sensitive). */
  stopCaps: Set<string>;
  /** First names that are also ordinary words ("Bill", "Mark"). */
  wordFirstNames: Set<string>;
  /** Legal forms that end a company name ("Inc", "Corp", "Group"). */
  legalForms: Set<string>;
}

function load(file: string): Record<string, unknown> {
  return require(`./data/entities/${file}`) as Record<string, unknown>;
}

const lists = (data: Record<string, unknown>): RawEntry[][] =>
  Object.entries(data)
    .filter(([k, v]) => !k.startsWith('$') && Array.isArray(v))
    .map(([, v]) => v as RawEntry[]);

function build(): { index: Map<string, GazetteerAlias[]>; tickers: Map<string, GazetteerAlias>; maxTokens: number; terms: Terms } {
  const index = new Map<string, GazetteerAlias[]>();
  const tickers = new Map<string, GazetteerAlias>();
  let maxTokens = 1;
  const add = (alias: GazetteerAlias) => {
    const key = keyOf(alias.tokens);
    const list = index.get(key) ?? [];
    if (!list.some((a) => a.canonical === alias.canonical && a.type === alias.type && a.tokens.join(' ') === alias.tokens.join(' '))) list.push(alias);
    index.set(key, list);
    maxTokens = Math.max(maxTokens, alias.tokens.length);
  };
  const addWritten = (written: string, base: Omit<GazetteerAlias, 'tokens' | 'isTicker' | 'needsContext'>, isTicker: boolean) => {
    const needsContext = written.startsWith('~');
    const text = needsContext ? written.slice(1) : written;
    const tokens = tokenize(text).map((t) => t.text);
    if (!tokens.length) return;
    // "The Kobeissi Letter" is matched as "Kobeissi Letter": the article stays outside the span, as in news NER
    if (/^the\s/i.test(text) && tokens.length > 1) add({ ...base, tokens: tokens.slice(1), isTicker, needsContext });
    else add({ ...base, tokens, isTicker, needsContext });
  };
  const addEntries = (entries: RawEntry[], type: EntityType, company = false) => {
    for (const e of entries) {
      const ticker = e.ticker?.replace(/^~/, '');
      const base: Omit<GazetteerAlias, 'tokens' | 'isTicker' | 'needsContext'> = { type, canonical: e.canonical };
      if (ticker) base.ticker = ticker;
      if (company) base.company = true;
      if (!e.aliases.includes(`~${e.canonical}`)) addWritten(e.canonical, base, false);
      for (const a of e.aliases) addWritten(a, base, /^~?[A-Z0-9.]+$/.test(a) && a.replace('~', '').length <= 6 && type === 'ASSET');
      if (e.ticker) {
        // a ticker is always an ASSET, also for a company (NVIDIA is an ORG, NVDA an ASSET)
        const tickerAlias: Omit<GazetteerAlias, 'tokens' | 'isTicker' | 'needsContext'> = { type: 'ASSET', canonical: e.canonical, ticker: ticker! };
        addWritten(e.ticker, tickerAlias, true);
        const needsContext = e.ticker.startsWith('~');
        tickers.set(ticker!, { ...tickerAlias, tokens: [ticker!], isTicker: true, needsContext });
      }
    }
  };
  const crypto = load('crypto.json');
  addEntries(crypto.entries as RawEntry[], 'ASSET');
  const securities = load('securities.json');
  addEntries(securities.funds as RawEntry[], 'ASSET');
  addEntries(securities.indices as RawEntry[], 'ASSET');
  addEntries((securities.commodities ?? []) as RawEntry[], 'ASSET');
  addEntries(securities.companies as RawEntry[], 'ORG', true);
  for (const list of lists(load('organisations.json'))) addEntries(list, 'ORG');
  for (const list of lists(load('places.json'))) addEntries(list, 'PLACE');
  for (const list of lists(load('people.json'))) addEntries(list, 'PERSON');
  // a company's ticker that is also a name ("ICE" of Intercontinental Exchange): the name first,
  // so the ticker needs a ticker's context ("(ICE)", "$ICE") to count as the ASSET
  for (const [key, list] of index) {
    if (!list.some((a) => !a.isTicker && a.type !== 'ASSET')) continue;
    index.set(key, [...list.filter((a) => !a.isTicker), ...list.filter((a) => a.isTicker)]);
  }
  const raw = load('terms.json') as Record<string, string[]>;
  const set = (k: string, lower = false) => new Set((raw[k] ?? []).map((w) => (lower ? w.toLowerCase() : w)));
  const terms: Terms = {
    generic: set('generic'),
    genericWords: set('genericWords', true),
    titles: set('titles', true),
    titleWords: set('titleWords', true),
    orgSuffixes: set('orgSuffixes', true),
    orgHeads: set('orgHeads', true),
    assetSuffixes: set('assetSuffixes', true),
    assetWords: set('assetWords', true),
    placeSuffixes: set('placeSuffixes', true),
    placeHeads: set('placeHeads', true),
    connectors: set('connectors', true),
    legalSuffixes: set('legalSuffixes', true),
    conceptEnds: set('conceptEnds', true),
    leadingWords: set('leadingWords', true),
    descriptors: set('descriptors', true),
    stopCaps: set('stopCaps'),
    wordFirstNames: set('wordFirstNames', true),
    legalForms: set('legalForms', true),
  };
  return { index, tickers, maxTokens, terms };
}

const built = build();

/** Lower-case first tokens of all aliases: a token not in here starts no gazetteer match. */
export const FIRST_TOKENS: ReadonlySet<string> = new Set([...built.index.keys()].map((k) => k.split(' ')[0]!));

/** Lower-case token sequence → aliases. */
export const GAZETTEER: ReadonlyMap<string, readonly GazetteerAlias[]> = built.index;
/** Ticker symbol → its ASSET alias. */
export const TICKERS: ReadonlyMap<string, GazetteerAlias> = built.tickers;
/** Longest alias, in tokens. */
export const MAX_ALIAS_TOKENS = built.maxTokens;
/** Closed word lists (lower case except `generic`, which is case-sensitive). */
export const TERMS: Terms = built.terms;

/** Whether a written token matches an alias token under the case rules. */
export function tokenMatches(written: string, alias: string, isTicker: boolean): boolean {
  if (isTicker) return written === alias;
  if (alias === alias.toLowerCase()) return written.toLowerCase() === alias;
  if (written === alias) return true;
  return alias.length > 1 && written === alias.toUpperCase();
}
