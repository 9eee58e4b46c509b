/**
 * entities: organisations, people, places and traded assets (ORG, PERSON, PLACE, ASSET),
 * each with a canonical name that unifies aliases (`BTC` → Bitcoin, `U.S.` → United
 * States) and a ticker where one is known.
 *
 * Order of evidence, strongest first:
 * 1. ticker forms: `$SOXX`, `NASDAQ:NVDA`, `ticker SOXX`, trading pairs `BTC/USDT`, and a
 *    ticker in parentheses after a name (`NVIDIA (NVDA)` → NVIDIA ORG + NVDA ASSET);
 * 2. the curated gazetteer (extractors/data/entities/*.json, see extractors/gazetteer.ts);
 * 3. capitalised chunks ("Kenya Association of Manufacturers", "Phyllis Wakiaga"), typed by
 *    cues: organisation and fund suffixes, titles and first names for people, place words
 *    and compromise's place lexicon, acronyms, and names already seen in the article.
 *
 * Not entities: sentence-initial capitals of ordinary words, chunks made only of ordinary
 * English words ("Relative Strength Index"), generic acronyms (AI, ETF, RSI), demonyms
 * ("Swiss"), months and weekdays. Everything is compiled at module load; per article the
 * work is tokenising and map look-ups.
 */
import type { Entity, EntityType } from '../pipeline/types.js';
import type { Extractor, LiveParagraph } from './extractor.js';
import { FIRST_TOKENS, GAZETTEER, MAX_ALIAS_TOKENS, TERMS, TICKERS, tokenize, tokenMatches, type GazetteerAlias } from './gazetteer.js';
import { isCommonWord, LEXICON } from './lexicon.js';

/** A word of the paragraph. Offsets are absolute. */
interface Tok {
  start: number;
  end: number;
  /** As written, possessive included. */
  raw: string;
  /** Possessive `'s` removed. */
  text: string;
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case. */
  allCaps: boolean;
  sentenceStart: boolean;
  /** Text between the previous token and this one. */
  gap: string;
  possessive: boolean;
}

interface Found {
  start: number;
  end: number;
  type: EntityType;
  canonical: string;
  ticker?: string;
  /** A lone unknown word, typed at the end of the article from the names seen by then. */
  pending?: boolean;
  /** Dropped unless the article names a person or firm by it ("Shorten" after "Bill Shorten"). */
  onlyIfKnown?: boolean;
  /** Typed by weak cues only (a lone acronym, an unknown word). */
  weak?: boolean;
}

const POSSESSIVE = /['’]s$/;
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d&.]{2,}$/u;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
/** Words of page furniture and imperatives, never in a firm's name made of ordinary words. */
const IMPERATIVES = new Set(['print', 'take', 'play', 'read', 'click', 'share', 'follow', 'subscribe', 'sign', 'log', 'download', 'view', 'watch', 'see', 'check', 'get', 'join', 'expect', 'confirms', 'covered', 'top', 'more', 'less', 'now', 'this', 'here', 'you', 'we', 'our', 'your', 'us', 'way', 'low', 'high', 'public', 'rights', 'reserved', 'tagged', 'topics', 'team']);

/** Honorifics title whatever follows ("Mr. Long"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov)\.?$/;
const WORD_GAP = /^[ \t]*(?:[-–][ \t]*)?$/;
/** After an initial ("George W. Bush") the period and space still join the name. */
const INITIAL_GAP = /^\.[ \t]+$/;

/** Crypto/market words after a name that mark it as the asset ("Avalanche network"). */
const ASSET_CONTEXT = /^\s*(?:\((?:[A-Z]{2,6})\)|(?:token|tokens|coin|coins|network|blockchain|protocol|price|prices|holders|ecosystem|chain|mainnet|ETFs?|futures|treasury|whales?|staking)\b)/;
/** After an issuer's name that is also its coin's ("Tether's USDT", "Ripple said"): the company. */
const ISSUER_CONTEXT = /^(?:['’]s?\s+(?!(?:price|prices|market|supply|value|rally|drop|fall|rise|holders|network|chain|token|coin)\b)|\s+(?:said|says|told|announced|reported|disclosed|confirmed|filed|plans|agreed|launched|issued|minted|and\s+\p{Lu}|(?:co-)?founder|chief|president|ceo|cfo|executive|spokes(?:man|woman|person))\b)/u;
/** Words before a ticker that make it one. */
const TICKER_CUE = /\b(?:ticker(?:\s+symbol)?|symbol|trades?\s+(?:as|under)|listed\s+as)\s*(?::\s*)?$/i;

function tokensOf(p: LiveParagraph, sentenceStarts: readonly number[]): Tok[] {
  const toks: Tok[] = [];
  let previousEnd = 0;
  for (const t of tokenize(p.text)) {
    const raw = t.text;
    const possessive = POSSESSIVE.test(raw) && raw.length > 2 && !GAZETTEER.has(raw.toLowerCase());
    const text = possessive ? raw.slice(0, -2) : raw;
    const start = p.start + t.start;
    const gap = p.text.slice(previousEnd, t.start);
    previousEnd = t.end;
    toks.push({
      start,
      end: start + text.length,
      raw,
      text,
      lower: text.toLowerCase(),
      cap: UPPER.test(text),
      allCaps: ALL_CAPS.test(text) && /\p{L}/u.test(text),
      sentenceStart: false,
      gap,
      possessive,
    });
  }
  // a token opens a sentence when it is the first word at or after a sentence start
  let i = 0;
  let lo = 0;
  let hi = sentenceStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentenceStarts[mid]! < p.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sentenceStarts.length; k++) {
    const s = sentenceStarts[k]!;
    if (s >= p.end) break;
    while (i < toks.length && toks[i]!.start < s) i++;
    if (i < toks.length) toks[i]!.sentenceStart = true;
  }
  if (toks.length) toks[0]!.sentenceStart = true;
  // after a colon or an opening quote a new clause starts too
  for (let k = 1; k < toks.length; k++) if (/[:"“]\s*$|^\s*[-–—]\s+$/.test(toks[k]!.gap)) toks[k]!.sentenceStart = true;
  return toks;
}

/** Title-case lines without a sentence ending: headings, where capitals say nothing. */
function isHeading(p: LiveParagraph, toks: Tok[]): boolean {
  if (toks.length > 14 || /[.!?:]["'”’)]*\s*$/.test(p.text)) return false;
  const words = toks.filter((t) => /\p{L}/u.test(t.text));
  if (words.length <= 2) return true;
  const capitals = words.filter((t) => t.cap).length;
  return capitals / words.length >= 0.6;
}

export const entities: Extractor<'entities'> = {
  id: 'entities',
  version: '1.0.0',
  kind: 'entities',
  description: 'Organisations, people, places and traded assets with canonical names and tickers',
  extract(context) {
    const { text } = context;
    const out: Entity[] = [];
    const blocked = [...(context.mentions.money ?? []), ...(context.mentions.percentages ?? []), ...(context.mentions.timestamps ?? [])];
    const memory: ArticleMemory = { people: new Map(), orgs: new Map() };
    const sentenceStarts = context.sentences.map((s) => s.start); // in text order
    const all: Found[] = [];
    const terms = termAcronyms(context.paragraphs);
    /** Symbols the article writes as tickers ("NASDAQ: QRVN", "(QRVN)"): the same symbol alone later is the ASSET too. */
    const symbols = new Map<string, Found>();
    for (const p of context.paragraphs) {
      const toks = tokensOf(p, sentenceStarts);
      for (const f of paragraphEntities(p, toks, isHeading(p, toks), memory)) all.push(f);
    }
    for (const f of all) if (f.ticker && f.type === 'ASSET') symbols.set(text.slice(f.start, f.end), f);
    {
      for (const f of all) {
        const symbol = f.type === 'ORG' && f.weak && !f.pending ? symbols.get(text.slice(f.start, f.end)) : undefined;
        if (symbol) {
          f.type = 'ASSET';
          f.canonical = symbol.canonical;
          f.ticker = symbol.ticker!;
        }
        if (f.pending && !resolvePending(f, memory) && f.onlyIfKnown) continue;
        if (!f.ticker && terms.has(text.slice(f.start, f.end))) continue;
        const unit = f.type === 'ASSET' && (context.mentions.money ?? []).some((m) => m.start <= f.start && f.end === m.end);
        if (!unit && blocked.some((b) => f.start < b.end && b.start < f.end && !(b.start <= f.start && f.end <= b.end && /^\$[A-Z]/.test(text.slice(f.start, f.end))))) continue;
        const e: Entity = { start: f.start, end: f.end, text: text.slice(f.start, f.end), type: f.type, canonical: f.canonical };
        if (f.ticker) e.ticker = f.ticker;
        out.push(e);
      }
    }
    return out;
  },
};

/** Names seen earlier in the article, for later short mentions ("Jindal" after "Bobby Jindal"). */
interface ArticleMemory {
  /** Lower-case surname → full name. */
  people: Map<string, string>;
  /** Lower-case first word or acronym of an organisation → its name. */
  orgs: Map<string, string>;
}

/**
 * Abbreviations the article defines for ordinary words: "fibre to the premises (FTTP)",
 * "external commercial borrowings (ECB)". They name a thing, not an organisation.
 */
function termAcronyms(paragraphs: readonly LiveParagraph[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) {
    PAREN_ACRONYM.lastIndex = 0;
    for (let m = PAREN_ACRONYM.exec(p.text); m; m = PAREN_ACRONYM.exec(p.text)) {
      const symbol = m[1]!.toUpperCase();
      const words = p.text.slice(Math.max(0, m.index - 90), m.index).split(/[\s-]+/).filter(Boolean).slice(-8);
      for (let k = 1; k <= words.length; k++) {
        const tail = words.slice(-k);
        if (!tail.every((w) => /^[a-z][\w’']*$/.test(w))) break;
        const all = tail.map((w) => w[0]!.toUpperCase()).join('');
        const content = tail.filter((w) => !TERMS.connectors.has(w) && w !== 'to' && w !== 'a').map((w) => w[0]!.toUpperCase()).join('');
        if (all === symbol || content === symbol) {
          out.add(m[1]!);
          break;
        }
      }
    }
  }
  return out;
}

const PAREN_ACRONYM = /\(\s*([A-Z]{2,7})s?\s*\)/g;

/** A lone unknown word: the surname of a person or the first word of an organisation named anywhere in the article. */
function resolvePending(f: Found, memory: ArticleMemory): boolean {
  const key = f.canonical.toLowerCase();
  const person = memory.people.get(key);
  if (person && person.toLowerCase() !== key) {
    f.type = 'PERSON';
    f.canonical = person;
    return true;
  }
  const org = memory.orgs.get(key);
  if (org) {
    f.type = 'ORG';
    f.canonical = org;
    return true;
  }
  if (person) {
    f.type = 'PERSON';
    return true;
  }
  return false;
}

function paragraphEntities(p: LiveParagraph, toks: Tok[], heading: boolean, memory: ArticleMemory): Found[] {
  const found: Found[] = [];
  const taken = new Array<boolean>(toks.length).fill(false);
  const take = (i: number, j: number) => {
    for (let k = i; k < j; k++) taken[k] = true;
  };
  const tokenIndexAt = (offset: number) => toks.findIndex((t) => offset < t.end);

  // 1. ticker forms found on the characters
  for (const f of tickerForms(p)) {
    const i = tokenIndexAt(f.start);
    let j = tokenIndexAt(f.end - 1);
    if (i < 0 || j < 0) continue;
    j += 1;
    if (taken.slice(i, j).some(Boolean)) continue;
    take(i, j);
    found.push(f);
  }

  // 2. gazetteer
  const gazetteer: { i: number; j: number; alias: GazetteerAlias }[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const hit = gazetteerAt(toks, i, taken, p.text, p.start, heading);
    if (hit) {
      gazetteer.push({ i, j: hit.j, alias: hit.alias });
      i = hit.j - 1;
    }
  }
  const inGazetteer = new Array<number>(toks.length).fill(-1);
  gazetteer.forEach((g, n) => {
    for (let k = g.i; k < g.j; k++) inGazetteer[k] = n;
  });

  // 3. capitalised chunks
  const chunks = chunksOf(toks, taken);
  const suppressed = new Set<number>();
  const typed: { i: number; j: number; type: EntityType; canonical: string; pending?: boolean; onlyIfKnown?: boolean; weak?: boolean }[] = [];
  for (const [ci, cj, titled] of chunks) {
    // "Acme Robotics Corp" opening a sentence: a suffix makes the ordinary first word part of the name
    const [li, lj] = trimChunk(toks, ci, cj, true);
    const light = li < lj && li === ci && lj - li >= 2 && TERMS.legalForms.has(toks[lj - 1]!.lower) && !TERMS.connectors.has(toks[li + 1]!.lower) ? strongType(toks, li, lj) : null;
    const [i, j] = light ? [li, lj] : trimChunk(toks, ci, cj);
    if (i >= j) {
      // "Kestrel will pay …", "Vela declined to comment": an ordinary word opening a sentence is a
      // name only when the article names a firm or a person by it (resolved at the end)
      if (cj - ci === 1 && toks[ci]!.sentenceStart && toks[ci]!.cap && !toks[ci]!.allCaps && inGazetteer[ci]! < 0 && !heading && rememberable(toks[ci]!.lower)) {
        typed.push({ i: ci, j: cj, type: 'ORG', canonical: toks[ci]!.text, pending: true, onlyIfKnown: true, weak: true });
      }
      continue;
    }
    const inside = new Set<number>();
    for (let k = i; k < j; k++) if (inGazetteer[k]! >= 0) inside.add(inGazetteer[k]!);
    const exactlyOne = inside.size === 1 && [...inside].every((n) => gazetteer[n]!.i === i && gazetteer[n]!.j === j);
    if (exactlyOne) continue;
    // "iShares MSCI Brazil ETF": an issuer's fund, whatever listed names it holds
    const issuer = inGazetteer[i]! >= 0 ? gazetteer[inGazetteer[i]!]! : null;
    if (issuer && issuer.i === i && issuer.j < cj && issuer.alias.type === 'ORG' && FUND_ENDS.has(toks[cj - 1]!.lower) && [...inside].every((n) => gazetteer[n]!.i >= i && gazetteer[n]!.j <= cj)) {
      for (let k = j; k < cj; k++) if (inGazetteer[k]! >= 0) suppressed.add(inGazetteer[k]!);
      for (const n of inside) suppressed.add(n);
      typed.push({ i, j: cj, type: 'ASSET', canonical: nameOf(toks, i, cj) });
      continue;
    }
    // "Citigroup Australia", "WaterHealth Ghana": a firm's national arm
    const lastPlace = [...inside].map((n) => gazetteer[n]!).find((g) => g.j === j && g.alias.type === 'PLACE' && g.i > i);
    if (lastPlace) {
      const firm = [...inside].map((n) => gazetteer[n]!).find((g) => g.i === i && g.j === lastPlace.i && g.alias.type === 'ORG');
      const acronym = lastPlace.i === i + 1 && (toks[i]!.allCaps || INNER_CAPITAL.test(toks[i]!.text)) && inGazetteer[i]! < 0;
      const named = lastPlace.i - i >= 2 && [...inside].length === 1 && strongType(toks, i, lastPlace.i) === 'ORG';
      if (firm || acronym || named) {
        for (const n of inside) suppressed.add(n);
        typed.push({ i, j, type: 'ORG', canonical: nameOf(toks, i, j) });
        remember(memory, 'ORG', nameOf(toks, i, j));
        continue;
      }
    }
    // "South Australia", "Greater London": a place head before a listed place
    if (inside.size === 1 && j - i >= 2 && TERMS.placeHeads.has(toks[i]!.lower)) {
      const g = gazetteer[[...inside][0]!]!;
      if (g.i === i + 1 && g.j === j && g.alias.type === 'PLACE') {
        suppressed.add([...inside][0]!);
        typed.push({ i, j, type: 'PLACE', canonical: nameOf(toks, i, j) });
        continue;
      }
    }
    // "Shares of General Motors": an ordinary word and "of" before a listed name do not make a bigger name
    const ofPrefix = j - i > 2 && toks[i + 1]!.lower === 'of' && isCommonWord(toks[i]!.lower) && !TERMS.orgHeads.has(`${toks[i]!.lower} of`) && inside.size > 0;
    const strong = ofPrefix ? null : strongType(toks, i, j);
    // one name around at most one listed name ("Kenya Bankers Association"); two listed names joined by "and" stay two
    if (strong && inside.size <= 1 && [...inside].every((n) => gazetteer[n]!.i >= i && gazetteer[n]!.j <= j)) {
      for (const n of inside) suppressed.add(n);
      typed.push({ i, j, type: strong, canonical: nameOf(toks, i, j) });
      remember(memory, strong, nameOf(toks, i, j));
      continue;
    }
    // the chunk minus its gazetteer names, piece by piece
    let k = i;
    while (k < j) {
      if (inGazetteer[k]! >= 0) {
        k = Math.max(k + 1, gazetteer[inGazetteer[k]!]!.j);
        continue;
      }
      let e = k;
      while (e < j && inGazetteer[e]! < 0) e++;
      const [a, b] = trimChunk(toks, k, e);
      if (a < b && !heading) {
        // "Market Structure Shift:" opening a sentence is a title-case label, not "Structure Shift" the firm
        const labelled = a > ci && toks[ci]!.sentenceStart && isCommonWord(toks[ci]!.lower);
        const t = weakType(toks, a, b, titled && a === i, labelled, memory);
        if (t) {
          const [x, y] = t.type === 'PERSON' ? trimPerson(toks, a, b) : [a, b];
          typed.push({ i: x, j: y, ...t, canonical: t.type === 'PERSON' ? nameOf(toks, x, y) : t.canonical, weak: y - x === 1 });
        }
      }
      k = e;
    }
  }

  gazetteer.forEach((g, n) => {
    if (suppressed.has(n)) return;
    const start = toks[g.i]!.start;
    const canonical = g.alias.canonical;
    const f: Found = { start, end: toks[g.j - 1]!.end, type: g.alias.type, canonical };
    // "Yahoo!": the exclamation mark is part of the name
    if (BANG_NAMES.has(canonical) && p.text[f.end - p.start] === '!') f.end += 1;
    if (g.alias.ticker) f.ticker = g.alias.ticker;
    found.push(f);
    if (g.alias.type === 'PERSON') remember(memory, 'PERSON', canonical);
    // "Circle Internet Group" or "Circle" named once: "Circle President …" opening a sentence later
    if (g.alias.type === 'ORG') {
      remember(memory, 'ORG', canonical);
      const written = toks[g.i]!.lower;
      if (g.j - g.i === 1 && !memory.orgs.has(written) && rememberable(written)) memory.orgs.set(written, canonical);
    }
  });
  for (const t of typed) {
    const f: Found = { start: toks[t.i]!.start, end: toks[t.j - 1]!.end, type: t.type, canonical: t.canonical };
    if (t.pending) f.pending = true;
    if (t.weak) f.weak = true;
    if (t.onlyIfKnown) f.onlyIfKnown = true;
    // "Morningstar, Inc.": the legal form after a comma belongs to the name
    if (t.type === 'ORG' && !t.pending) {
      const tail = LEGAL_TAIL.exec(p.text.slice(f.end - p.start, f.end - p.start + 12));
      if (tail) f.end += tail[0].length;
    }
    found.push(f);
    if (!t.pending) remember(memory, t.type, t.canonical);
  }

  // 4. a ticker in parentheses right after a name
  found.push(...parenthesisedTickers(p, found));
  const kept = dropOverlaps(found);
  // "Worcester, Massachusetts, plant": an unknown word before ", <listed place>," is a town
  for (let k = 0; k + 1 < kept.length; k++) {
    const f = kept[k]!;
    const g = kept[k + 1]!;
    if (f.type !== 'ORG' || !(f.pending || f.weak) || g.type !== 'PLACE' || f.ticker) continue;
    if (p.text.slice(f.end - p.start, g.start - p.start) !== ', ' || !/^[,.;)]/.test(p.text.slice(g.end - p.start, g.end - p.start + 1))) continue;
    if (/\s/.test(p.text.slice(f.start - p.start, f.end - p.start))) continue;
    f.type = 'PLACE';
    f.pending = false;
    f.onlyIfKnown = false;
  }
  return kept;
}

function remember(memory: ArticleMemory, type: EntityType, canonical: string): void {
  const words = canonical.split(/\s+/);
  if (type === 'PERSON') memory.people.set(words[words.length - 1]!.toLowerCase(), canonical);
  const first = words[0]!.toLowerCase();
  // "Kestrel Minerals Ltd" → "Kestrel" later; not "National" of "National Bank of Poland"
  if (type === 'ORG' && words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && rememberable(first) && !TERMS.connectors.has(words[1]!.toLowerCase())) {
    // the first firm named so wins ("Brennmark AG" before "Brennmark Solvane"), except that the
    // same name without its legal form is preferred ("Harborview Bancorp" to "… Bancorp Inc.")
    const known = memory.orgs.get(first);
    if (!known || (known.startsWith(`${canonical} `) && TERMS.legalForms.has(known.slice(canonical.length + 1).toLowerCase()))) memory.orgs.set(first, canonical);
  }
}

/** Whether a name's first word can stand for the name alone: not a generic or place word. */
function rememberable(lower: string): boolean {
  return (
    !GENERIC_FIRST.has(lower) &&
    !TERMS.placeHeads.has(lower) &&
    !TERMS.titles.has(lower) &&
    !TERMS.orgSuffixes.has(lower) &&
    !TERMS.connectors.has(lower) &&
    !TERMS.leadingWords.has(lower) &&
    !TERMS.genericWords.has(lower) &&
    !LEXICON.demonyms.has(lower) &&
    !GAZETTEER.get(lower)?.some((a) => a.type === 'PLACE')
  );
}

/** First words shared by many names ("National Bank", "First Republic"), never a short form. */
const GENERIC_FIRST = new Set(
  'national international federal central united first general royal state american european global world new old great grand standard public private universal continental pacific atlantic southern northern eastern western the a an'.split(' '),
);

/** Last words of a fund's name ("iShares MSCI Brazil ETF"). */
const FUND_ENDS = new Set(['etf', 'etn', 'etp', 'fund', 'trust']);

/** `$SOXX`, `NASDAQ:NVDA`, `ticker SOXX`, `BTC/USDT`. */
function tickerForms(p: LiveParagraph): Found[] {
  const out: Found[] = [];
  const at = (m: RegExpExecArray, offset = 0) => p.start + m.index + offset;
  CASHTAG.lastIndex = 0;
  for (let m = CASHTAG.exec(p.text); m; m = CASHTAG.exec(p.text)) {
    const symbol = m[1]!;
    const known = TICKERS.get(symbol);
    out.push({ start: at(m), end: at(m) + m[0].length, type: 'ASSET', canonical: known?.canonical ?? symbol, ticker: symbol });
  }
  EXCHANGE_TICKER.lastIndex = 0;
  for (let m = EXCHANGE_TICKER.exec(p.text); m; m = EXCHANGE_TICKER.exec(p.text)) {
    const symbol = m[2]!;
    const exchange = m[1]!;
    const listed = GAZETTEER.get(exchange.toLowerCase())?.find((a) => a.type === 'ORG');
    out.push({ start: at(m), end: at(m) + exchange.length, type: 'ORG', canonical: listed?.canonical ?? exchange });
    const offset = m[0].length - symbol.length;
    out.push({ start: at(m, offset), end: at(m, offset) + symbol.length, type: 'ASSET', canonical: TICKERS.get(symbol)?.canonical ?? symbol, ticker: symbol });
  }
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(p.text); m; m = PAIR.exec(p.text)) {
    const base = TICKERS.get(m[1]!);
    if (!base || (!TICKERS.has(m[2]!) && !QUOTES.has(m[2]!))) continue;
    out.push({ start: at(m), end: at(m) + m[0].length, type: 'ASSET', canonical: base.canonical, ticker: `${m[1]}/${m[2]}` });
  }
  PLATFORM_X.lastIndex = 0;
  for (let m = PLATFORM_X.exec(p.text); m; m = PLATFORM_X.exec(p.text)) {
    const offset = m[0].length - 1;
    out.push({ start: at(m, offset), end: at(m, offset) + 1, type: 'ORG', canonical: 'X' });
  }
  TICKER_WORD.lastIndex = 0;
  for (let m = TICKER_WORD.exec(p.text); m; m = TICKER_WORD.exec(p.text)) {
    const symbol = m[1]!;
    const offset = m[0].length - symbol.length;
    out.push({ start: at(m, offset), end: at(m, offset) + symbol.length, type: 'ASSET', canonical: TICKERS.get(symbol)?.canonical ?? symbol, ticker: symbol });
  }
  return out;
}

const BANG_NAMES = new Set(['Yahoo']);

const LEGAL_TAIL = /^,\s?(?:Inc\.?|LLC|LLP|Ltd\.?|L\.P\.|PLC|plc|Corp\.?|Co\.)(?![\w])/;

const CASHTAG = /(?<![\w$])\$([A-Z][A-Z0-9]{0,9}(?:\.[A-Z])?)(?![\w$])/g;
const EXCHANGE_TICKER = /\b(NASDAQ|Nasdaq|NYSE|NYSEARCA|NYSE Arca|NYSEAMERICAN|AMEX|LSE|TSX|TSXV|ASX|HKEX|OTC|OTCMKTS|CBOE|BATS|NasdaqGS|NasdaqGM|TYO|SHA|SHE)\s?:\s?([A-Z][A-Z0-9]{0,6}(?:\.[A-Z])?)\b/g;
const PAIR = /\b([A-Z][A-Z0-9]{1,5})\/([A-Z]{2,5})\b/g;
const QUOTES = new Set(['USD', 'USDT', 'USDC', 'EUR', 'JPY', 'GBP', 'KRW', 'BTC', 'ETH', 'FDUSD', 'DAI']);
/** "said in a post on X": the platform formerly called Twitter (a lone capital X is otherwise no name). */
const PLATFORM_X = /\b(?:post(?:ed|s|ing)?|wrote|writ(?:es|ing)|said|says|shared|tweet(?:ed|s)?|thread|statement|account|message|update|video)\b[^.!?\n"“”]{0,40}?\b(?:on|via)\s+X(?![\w'’/-])/g;
const TICKER_WORD = /\b(?:ticker(?:\s+symbol)?|under\s+the\s+symbol)\s+(?::\s*)?["“]?([A-Z][A-Z0-9]{1,5})\b/g;

/** The longest gazetteer alias starting at token i, under the case and context rules. */
function gazetteerAt(toks: Tok[], i: number, taken: boolean[], paragraph: string, paragraphStart: number, heading: boolean): { j: number; alias: GazetteerAlias } | null {
  const head = toks[i]!;
  if (!FIRST_TOKENS.has(head.raw.toLowerCase()) && !FIRST_TOKENS.has(head.lower)) return null;
  // keys of growing length: the raw form (possessive kept inside a name) and the last token without its possessive
  const candidates: { j: number; key: string }[] = [];
  let prefix = '';
  for (let j = i + 1; j <= Math.min(toks.length, i + MAX_ALIAS_TOKENS); j++) {
    const t = toks[j - 1]!;
    if (taken[j - 1] || (j - 1 > i && !WORD_GAP.test(t.gap))) break;
    candidates.push({ j, key: prefix + t.lower });
    // "People's Bank of China": a possessive inside a listed name (the longer keys hold it as written)
    if (t.possessive && !FIRST_TOKENS.has(t.raw.toLowerCase())) break;
    prefix += `${t.raw.toLowerCase()} `;
  }
  for (let n = candidates.length - 1; n >= 0; n--) {
    const { j, key } = candidates[n]!;
    const aliases = GAZETTEER.get(key);
    if (!aliases) continue;
    let chosen: GazetteerAlias | null = null;
    for (const alias of aliases) {
      let ok = true;
      for (let k = 0; k < alias.tokens.length && ok; k++) {
        const t = toks[i + k]!;
        ok = tokenMatches(i + k === j - 1 ? t.text : t.raw, alias.tokens[k]!, alias.isTicker);
      }
      if (!ok || !contextAllows(alias, toks, i, j, paragraph, paragraphStart, heading)) continue;
      if (!chosen) chosen = alias;
      // "Tether's USDT", "SBI and Ripple said": a coin's name used for its issuer is the company
      else if (chosen.type === 'ASSET' && alias.type === 'ORG' && ISSUER_CONTEXT.test(paragraph.slice(toks[j - 1]!.end - paragraphStart, toks[j - 1]!.end - paragraphStart + 32))) chosen = alias;
    }
    if (chosen) return { j, alias: chosen };
  }
  return null;
}

/** Ordinary-word names and word-like tickers need context; headings and sentence starts give none. */
function contextAllows(alias: GazetteerAlias, toks: Tok[], i: number, j: number, paragraph: string, paragraphStart: number, heading: boolean): boolean {
  const first = toks[i]!;
  const after = paragraph.slice(toks[j - 1]!.end - paragraphStart, toks[j - 1]!.end - paragraphStart + 24);
  const before = paragraph.slice(Math.max(0, first.start - paragraphStart - 24), first.start - paragraphStart);
  if (alias.isTicker) {
    if (!alias.needsContext) return true;
    return /\(\s*$/.test(before) && /^\s*\)/.test(after) ? true : TICKER_CUE.test(before) || ASSET_CONTEXT.test(after);
  }
  const single = j - i === 1;
  const ordinary = single && isCommonWord(first.lower);
  if (!alias.needsContext && !(ordinary && (heading || first.sentenceStart) && alias.type !== 'PLACE')) return true;
  if (!alias.needsContext && ordinary) {
    // "Fidelity followed with outflows": a sentence-initial ordinary-word name needs a reporting verb or a ticker after it
    return /^\s*(?:\([A-Z]{2,6}\)|['’]s\b|\p{Lu}\p{Ll}|(?:said|says|reported|announced|followed|saw|recorded|posted|led|added|filed|rose|fell|traded|climbed|dropped|gained|slipped|slid|jumped|surged|tumbled|rallied|hit|reached|touched|changed hands|held steady|was trading|was up|was down)\b)/u.test(after);
  }
  if (heading || first.sentenceStart) return ASSET_CONTEXT.test(after);
  return first.cap || ASSET_CONTEXT.test(after);
}

/** Runs of capitalised tokens, joined by connectors ("Bank of England"); split at "and" and at titles ("Pilbara MP Brendon Grylls"). */
function chunksOf(toks: Tok[], taken: boolean[]): [number, number, boolean][] {
  const chunks: [number, number, boolean][] = [];
  let i = 0;
  while (i < toks.length) {
    if (taken[i] || !nameLike(toks[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && !taken[j] && !toks[j - 1]!.possessive) {
      const t = toks[j]!;
      if (!WORD_GAP.test(t.gap) && !(INITIAL_GAP.test(t.gap) && /^\p{Lu}$/u.test(toks[j - 1]!.text))) break;
      // "… Borealis Lithium Corp. Kestrel will pay": after "Corp." a capital opens the next sentence
      if (toks[j - 1]!.text.endsWith('.') && TERMS.legalForms.has(toks[j - 1]!.lower) && !TERMS.legalForms.has(t.lower) && !TERMS.orgSuffixes.has(t.lower)) break;
      if (currencyPrefix(toks, j)) break;
      if (nameLike(t) || (/^\d+$/.test(t.text) && toks[j - 1]!.cap && t.text.length <= 4)) {
        j++;
        continue;
      }
      // a connector joins two name words: "Bank of England", "Procter & Gamble"
      if (TERMS.connectors.has(t.lower) && j + 1 < toks.length && !taken[j + 1] && nameLike(toks[j + 1]!) && WORD_GAP.test(toks[j + 1]!.gap) && !currencyPrefix(toks, j + 1)) {
        if (t.lower === 'the' && toks[j - 1]!.lower !== 'of') break;
        j += 2;
        continue;
      }
      break;
    }
    // trailing numbers only stay in listed names ("Hut 8" is in the gazetteer)
    while (j - 1 > i && /^\d+$/.test(toks[j - 1]!.text)) j--;
    const role = i > 0 && WORD_GAP.test(toks[i]!.gap) && !toks[i - 1]!.cap && TERMS.titleWords.has(toks[i - 1]!.lower) && !/^(?:said|says|told|wrote|writes|noted|added|explained|argued|warned|tweeted|posted)$/.test(toks[i - 1]!.lower);
    chunks.push(...splitChunk(toks, i, j, role));
    i = j;
  }
  return chunks;
}

/** Splits a chunk at titles (the part after one is titled) and at "and" between names that are not one organisation. */
function splitChunk(toks: Tok[], i: number, j: number, role = false): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  let start = i;
  let titled = role;
  for (let k = i; k < j; k++) {
    const t = toks[k]!;
    // "analyst Priya Raman of Kestrel Advisors": a titled person, then the firm
    if (titled && t.lower === 'of' && k > start) {
      out.push([start, k, true]);
      start = k + 1;
      titled = false;
      continue;
    }
    const pair = k + 1 < j ? `${t.lower} ${toks[k + 1]!.lower}` : '';
    const triple = k + 2 < j ? `${pair} ${toks[k + 2]!.lower}` : '';
    let titleLength = triple && TERMS.titles.has(triple) ? 3 : pair && TERMS.titles.has(pair) ? 2 : TERMS.titles.has(t.lower) || TERMS.titles.has(`${t.lower}.`) ? 1 : 0;
    // "General Motors": a title needs a name after it
    const named = toks[k + titleLength];
    if (titleLength && !HONORIFIC.test(t.text) && (k + titleLength >= j || !named || (titleLength === 1 && isCommonWord(named.lower) && !LEXICON.firstNames.has(named.lower) && !TERMS.wordFirstNames.has(named.lower)) || TERMS.orgSuffixes.has(named.lower))) titleLength = 0;
    if (titleLength && t.cap) {
      // "Saudi Energy Minister Faisal al-Harbi": the portfolio belongs to the title, not to a name before it
      let head = k;
      if (GOVERNMENT_TITLE.test(t.lower)) while (head > start && PORTFOLIO.has(toks[head - 1]!.lower)) head--;
      if (head > start) out.push([start, head, titled]);
      start = k + titleLength;
      titled = true;
      k += titleLength - 1;
      continue;
    }
    if ((t.lower === 'and' || t.lower === '&') && k > start) {
      // "Pell & Rowan": an ampersand joins one name
      if (t.lower === '&') continue;
      // "Food and Drug Administration": one ordinary word and a body's name make one body
      const leftWords = toks.slice(start, k).filter((x) => x.lower !== 'the' && !GAZETTEER.get(x.lower)?.some((a) => a.type === 'PLACE'));
      if (leftWords.length === 1 && j - k <= 3 && BODY_HEADS.has(toks[j - 1]!.lower) && !GAZETTEER.has(toks[k - 1]!.lower) && !GAZETTEER.has(keyOfToks(toks, k + 1, j))) continue;
      const right = strongType(toks, k + 1, j);
      const tail = j - (k + 1) === 1 && isCommonWord(toks[k + 1]!.lower) && toks.slice(start, k).some((x) => x.lower === 'of');
      if (right !== 'ORG' && !tail) {
        out.push([start, k, titled]);
        start = k + 1;
        titled = false;
      }
    }
  }
  if (start < j) {
    // "Vice Finance Minister for International Affairs Atsushi Koyama": a title with its portfolio,
    // then the name (two words no dictionary knows)
    const n = j - start;
    const titleAt = toks.slice(start, j - 2).findIndex((t, n) => t.cap && (TERMS.titles.has(t.lower) || TERMS.titles.has(`${t.lower}.`)) && ['for', 'of'].includes(toks[start + n + 1]?.lower ?? ''));
    const nameShaped = (t: Tok) => t.cap && !t.allCaps && !isCommonWord(t.lower) && !TERMS.orgSuffixes.has(t.lower) && !GAZETTEER.has(t.lower);
    if (!titled && n >= 4 && titleAt >= 0 && ['for', 'of'].includes(toks[start + titleAt + 1]?.lower ?? '') && nameShaped(toks[j - 2]!) && nameShaped(toks[j - 1]!) && !TERMS.connectors.has(toks[j - 3]!.lower)) {
      out.push([start, j - 2, false], [j - 2, j, true]);
    } else out.push([start, j, titled]);
  }
  return out;
}

/** "C" of "C$1.1 billion", "HK" of "HK$3": a currency's prefix, not a word of a name. */
const currencyPrefix = (toks: Tok[], k: number): boolean => /^[A-Z]{1,3}$/.test(toks[k]!.text) && !!toks[k + 1]?.gap.startsWith('$');

/** First words of firms' names in other languages ("Banque Lacombe", "Grupo Carso"). */
const FOREIGN_FIRM_WORDS = new Set(['banque', 'banco', 'banca', 'bankhaus', 'caisse', 'crédit', 'credito', 'groupe', 'grupo', 'gruppo', 'compagnie', 'companhia', 'compañía', 'compania', 'société', 'societe', 'sociedad', 'sociedade', 'societa', 'società', 'industrias', 'industrie', 'banque', 'cie', 'établissements', 'financière', 'financiera', 'inversiones', 'investimentos', 'aktiengesellschaft']);
/** Roles whose employer follows "at"/"with" ("analysts at X"). */
const ROLE_BEFORE = /^(?:analysts?|economists?|strategists?|researchers?|traders?|brokers?|partners?|bankers?|advisers?|advisors?|managers?|officials?|executives?|director|head|spokes(?:man|woman|person))$/;
/** Verbs that, inverted, put the speaker after them ("…," said Jane Doe). */
const SAID_BEFORE = /^(?:said|says|added|adds|noted|notes|wrote|writes|explained|argued|warned|cautioned|told)$/;
/** Nouns right before a symbol that make it a traded thing ("stablecoin EURCV", "token ONDO"). */
const ASSET_NOUN_BEFORE = new Set(['stablecoin', 'token', 'coin', 'etf', 'etn', 'etp', 'fund', 'ticker', 'symbol', 'memecoin', 'altcoin', 'shares', 'stock', 'contract']);

/** Titles of office that follow their portfolio ("Energy Minister", "Treasury Secretary"). */
const GOVERNMENT_TITLE = /^(?:minister|secretary|commissioner|czar|tsar|spokesman|spokeswoman|spokesperson)$/;
const PORTFOLIO = new Set(['energy', 'oil', 'finance', 'financial', 'economy', 'economic', 'economics', 'economy', 'trade', 'foreign', 'interior', 'home', 'defence', 'defense', 'health', 'agriculture', 'agricultural', 'farm', 'industry', 'industrial', 'commerce', 'labour', 'labor', 'transport', 'transportation', 'mining', 'mines', 'petroleum', 'planning', 'budget', 'treasury', 'justice', 'education', 'environment', 'investment', 'tourism', 'communications', 'information', 'digital', 'housing', 'development', 'competition', 'markets', 'banking', 'monetary', 'fiscal', 'exchequer']);

/** Head words of public bodies' names ("Food and Drug Administration", "Fish and Wildlife Service"). */
const BODY_HEADS = new Set(['administration', 'commission', 'authority', 'agency', 'board', 'bureau', 'department', 'service', 'office', 'institute', 'association', 'council', 'exchange', 'organization', 'organisation']);
const keyOfToks = (toks: Tok[], i: number, j: number): string =>
  toks
    .slice(i, j)
    .map((t) => t.lower)
    .join(' ');

const nameLike = (t: Tok): boolean =>
  (/^\p{Lu}$/u.test(t.text) && t.end < t.start + 2) ||
  (t.text.length > 1 && !/\d/.test(t.text) && !CONTRACTION.test(t.raw) && (t.cap || t.allCaps || INNER_CAPITAL.test(t.text) || LOWER_PREFIX.test(t.text))) || /^\d\p{Lu}$/u.test(t.text);
const CONTRACTION = /['’](?:m|re|ve|ll|d)$|n['’]t$/i;
const LOWER_PREFIX = /^[a-z]\p{Lu}\p{L}+$/u;

/** Drops a sentence-initial ordinary word, a leading "The" and titles ("President", "Mr."). */
function trimChunk(toks: Tok[], i: number, j: number, keepInitial = false): [number, number] {
  let a = i;
  while (a < j && TERMS.connectors.has(toks[a]!.lower)) a++;
  while (a < j) {
    const t = toks[a]!;
    const nextWord = toks[a + 1];
    const title =
      (TERMS.titles.has(t.lower) || TERMS.titles.has(`${t.lower}.`)) &&
      a + 1 < j &&
      nextWord !== undefined &&
      (HONORIFIC.test(t.text) || (!TERMS.orgSuffixes.has(nextWord.lower) && !(isCommonWord(nextWord.lower) && !LEXICON.firstNames.has(nextWord.lower) && !TERMS.wordFirstNames.has(nextWord.lower))));
    if (title || TERMS.leadingWords.has(t.lower) || (a === i && a + 1 < j && TERMS.descriptors.has(t.lower) && toks[a + 1]!.cap) || t.lower === 'the' || TERMS.genericWords.has(t.lower) || TERMS.generic.has(t.text) || (!keepInitial && t.sentenceStart && isCommonWord(t.lower) && !TERMS.orgHeads.has(`${t.lower} of`))) {
      a++;
      // connectors left dangling at the front go too
      while (a < j && TERMS.connectors.has(toks[a]!.lower)) a++;
      continue;
    }
    break;
  }
  let b = j;
  while (b > a && (TERMS.connectors.has(toks[b - 1]!.lower) || TERMS.generic.has(toks[b - 1]!.text) || (b - a > 1 && TERMS.titles.has(toks[b - 1]!.lower)))) b--;
  return [a, b];
}

const nameOf = (toks: Tok[], i: number, j: number): string => {
  let s = '';
  for (let k = i; k < j; k++) s += (k > i ? (toks[k]!.gap.includes('-') ? '-' : ' ') : '') + toks[k]!.text;
  return s;
};

/** Types that the words themselves settle: organisation, fund and place suffixes, "Bank of …". */
function strongType(toks: Tok[], i: number, j: number): EntityType | null {
  if (j - i < 2) return null;
  const words = toks.slice(i, j);
  const last = words[words.length - 1]!;
  if (!words.some((t) => !isCommonWord(t.lower) || t.allCaps || INNER_CAPITAL.test(t.text))) {
    // every word ordinary ("Relative Strength Index"): only a legal form or trade makes it a name ("Patriot Coal")
    return TERMS.legalSuffixes.has(last.lower) ? 'ORG' : null;
  }
  if (TERMS.assetSuffixes.has(last.lower) || (/^(?:trust|fund)$/.test(last.lower) && words.slice(0, -1).some((t) => TERMS.assetWords.has(t.lower) || TICKERS.has(t.text)))) return 'ASSET';
  // "PHLX Semiconductor Index", "Baltic Dry Index": a named index is what is traded against
  if (/^(?:index|average)$/.test(last.lower) && words.length >= 2 && !TERMS.orgHeads.has(`${words[0]!.lower} of`)) return 'ASSET';
  if (TERMS.orgSuffixes.has(last.lower) || TERMS.orgSuffixes.has(last.raw.toLowerCase())) return 'ORG';
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k + 1]!.lower === 'of' && TERMS.orgSuffixes.has(words[k]!.lower)) return 'ORG';
  }
  if (words.length >= 3 && TERMS.orgHeads.has(`${words[0]!.lower} ${words[1]!.lower}`)) return words[0]!.lower === 'port' ? 'PLACE' : 'ORG';
  if (TERMS.placeSuffixes.has(last.lower) && !isCommonWord(words[0]!.lower)) return 'PLACE';
  return null;
}

const SAID_AFTER = /^\s*(?:,\s*)?(?:said|says|told|wrote|writes|added|noted|explained|argued|warned|tweeted|posted|stated|commented|predicted|believes|thinks)\b/;
const DESCRIBED_AFTER = /^\s*,\s*(?:(?:a|an|the|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:analyst|economist|strategist|chief|executive|founder|co-founder|president|chairman|chairwoman|head|director|manager|partner|trader|investor|spokes(?:man|woman|person)|minister|secretary|governor|senator|professor|researcher|lawmaker|billionaire|ceo|cfo|cto|coo|who|aged?|\d{2},)/i;

/** Types from weaker cues, for chunks the words do not settle. */
function weakType(toks: Tok[], i: number, j: number, titled: boolean, labelled = false, memory?: ArticleMemory): { type: EntityType; canonical: string; pending?: boolean; onlyIfKnown?: boolean } | null {
  const words = toks.slice(i, j);
  const n = words.length;
  const name = nameOf(toks, i, j);
  const lower = name.toLowerCase();
  const first = words[0]!;
  const last = words[n - 1]!;
  if (n === 1 && (first.text.length === 1 || /^\p{Lu}{2,}s$/u.test(first.text) || TERMS.generic.has(first.text) || TERMS.genericWords.has(first.lower))) return null;
  if (words.every((t) => TERMS.titles.has(t.lower) || TERMS.titleWords.has(t.lower) || TERMS.connectors.has(t.lower))) return null;
  if (n === 1 && (LEXICON.demonyms.has(first.lower) || LEXICON.demonyms.has(first.lower.replace(/s$/, '')))) return null;
  const before = i > 0 ? toks[i - 1]! : null;
  const next = j < toks.length ? toks[j]! : null;
  // the words after the chunk as written ("…, an economist at …"), up to eight tokens
  let afterText = '';
  for (let k = j; k < Math.min(toks.length, j + 8); k++) afterText += toks[k]!.gap + toks[k]!.raw;
  const ordinary = words.every((t) => isCommonWord(t.lower) || TERMS.connectors.has(t.lower));
  // "Pell & Rowan", "Fenwick & Dale": an ampersand joins the names of a firm, never of a person
  if (n >= 3 && words.some((t) => t.text === '&')) return { type: 'ORG', canonical: name };
  // "the USDA", "the FINRA": an acronym after an article, even one that spells a word
  if (n === 1 && first.allCaps && first.text.length <= 8 && /^[\p{Lu}&]+$/u.test(first.text) && before && /^the$/i.test(before.raw) && !TERMS.stopCaps.has(first.text)) return { type: 'ORG', canonical: name };
  // "Brennmark Solvane" after "Brennmark AG": a name opened by a firm's first word is a firm
  if (n >= 2 && memory?.orgs.has(first.lower) && !titled) return { type: 'ORG', canonical: name };
  const demonymLast = LEXICON.demonyms.has(last.lower);
  if (n >= 2 && demonymLast) return TERMS.placeHeads.has(first.lower) ? null : { type: 'ORG', canonical: name };
  // names compromise knows
  if (LEXICON.countries.has(lower) || LEXICON.cities.has(lower) || LEXICON.regions.has(lower) || LEXICON.places.has(lower)) return { type: 'PLACE', canonical: name };
  if (LEXICON.organisations.has(lower)) return { type: 'ORG', canonical: name };
  if (LEXICON.people.has(lower)) return { type: 'PERSON', canonical: name };
  // "Banque Lacombe", "Grupo Carso": a firm's word in another language opens the name
  if (n >= 2 && FOREIGN_FIRM_WORDS.has(first.lower)) return { type: 'ORG', canonical: name };
  // "analysts at Benchmark", "an economist with Tianrui": the employer of a role
  if (before && /^(?:at|with)$/i.test(before.raw) && i >= 2 && ROLE_BEFORE.test(toks[i - 2]!.lower) && !words.some((t) => LEXICON.firstNames.has(t.lower) && n >= 2 && !isCommonWord(t.lower))) return { type: 'ORG', canonical: name };
  // "Selic rate", "Libor rate": a capitalised word naming a concept, not a party
  if (n === 1 && next && !next.cap && TERMS.conceptEnds.has(next.lower) && WORD_GAP.test(next.gap) && !first.allCaps) return null;
  // "…," said Wen Jiaqi, an economist": the speaker after an inverted reporting verb
  if (n >= 2 && n <= 3 && before && SAID_BEFORE.test(before.lower) && i >= 1 && /[,"”'’]\s*$/.test(toks[i - 1]!.gap) && !words.some((t) => t.allCaps || TERMS.orgSuffixes.has(t.lower) || LEXICON.demonyms.has(t.lower))) return { type: 'PERSON', canonical: name };
  const pluralLast = /[^s]s$/.test(last.lower) && isCommonWord(last.lower.slice(0, -1));
  if (ordinary && !titled && n >= 2 && n <= 3 && TERMS.wordFirstNames.has(first.lower) && !words.some((t) => t.allCaps) && !TERMS.orgSuffixes.has(last.lower) && !TERMS.conceptEnds.has(last.lower) && !pluralLast && (!first.sentenceStart || n === 2)) {
    return { type: 'PERSON', canonical: name }; // "Bill Shorten", "Mark Carney"
  }
  if (ordinary && !titled) {
    // "Bush" after "George W. Bush": an ordinary word is a name only when the article names someone so
    if (n === 1) return first.sentenceStart || first.allCaps ? null : { type: 'ORG', canonical: name, pending: true, onlyIfKnown: true };
    // "Sports Direct", "Motley Fool": ordinary words capitalised mid-sentence name a firm, unless they name a concept or a group of people
    const concept = TERMS.conceptEnds.has(last.lower) || TERMS.genericWords.has(lower) || words.some((t) => TERMS.generic.has(t.text));
    const plural = /[^s]s$/.test(last.lower) && isCommonWord(last.lower.slice(0, -1)) && last.lower !== 'news';
    // menus and captions ("Print This Post", "Rights Reserved", "Take Action Now") are made of verbs
    const verbal = words.some((t) => /(?:ed|ing)$/.test(t.lower) || IMPERATIVES.has(t.lower) || TERMS.leadingWords.has(t.lower));
    if (verbal || labelled) return null;
    return n <= 3 && !first.sentenceStart && !concept && !plural && !words.some((t) => LEXICON.demonyms.has(t.lower)) ? { type: 'ORG', canonical: name } : null;
  }
  const anyCaps = words.some((t) => t.allCaps);
  // people
  if (titled && n <= 4 && !anyCaps) return { type: 'PERSON', canonical: name };
  const firstName = (LEXICON.firstNames.has(first.lower) && !isCommonWord(first.lower)) || TERMS.wordFirstNames.has(first.lower);
  const hyphenated = n >= 2 && words[1]!.gap.includes('-');
  const notPerson = hyphenated || LEXICON.demonyms.has(first.lower) || words.some((t) => INNER_CAPITAL.test(t.text) && !/^(?:Mc|Mac|De|Di|Van|Von|La|Le)\p{Lu}/u.test(t.text));
  if (n >= 2 && n <= 4 && !anyCaps && !notPerson && !TERMS.orgSuffixes.has(last.lower)) {
    // an unknown first word makes a person only with a surname-like last word ("Anshu Gupta", not "Kia Soul")
    const surname = !isCommonWord(last.lower) || LEXICON.lastNames.has(last.lower);
    // ("Karrow Gold said", "Ashcombe Talent said": a common last word after an unknown first one names a firm, whatever it says)
    if (firstName || (!isCommonWord(first.lower) && surname) || ((SAID_AFTER.test(afterText) || DESCRIBED_AFTER.test(afterText)) && !isCommonWord(last.lower))) return { type: 'PERSON', canonical: name };
  }
  if (n === 1 && LEXICON.lastNames.has(first.lower) && SAID_AFTER.test(afterText)) return { type: 'PERSON', canonical: name };
  // places by their head word ("Port Hedland", "St. Louis")
  if (n >= 2 && (TERMS.placeHeads.has(first.lower) || TERMS.placeHeads.has(first.lower.replace(/\.$/, ''))) && !isCommonWord(last.lower)) return { type: 'PLACE', canonical: name };
  if (n >= 2) return n <= 4 ? { type: 'ORG', canonical: name } : null;
  // a lone word
  if (first.allCaps) {
    // "<TCSF.PA>", "IBM.N": an exchange code after a symbol makes it a ticker
    if (/^[A-Z0-9]{1,6}\.[A-Z]{1,2}$/.test(first.text)) return { type: 'ASSET', canonical: name };
    // "euro stablecoin EURCV", "the token ONDO": a symbol named as what is traded
    if (before && !before.cap && ASSET_NOUN_BEFORE.has(before.lower)) return { type: 'ASSET', canonical: name };
    // an acronym ("GM", "CFMEU"), not a shouted word ("NEW", "BREAKING")
    const acronym = first.text.length <= 3 ? !TERMS.stopCaps.has(first.text) : first.text.length <= 8 && !isCommonWord(first.lower);
    return acronym ? { type: 'ORG', canonical: name } : null;
  }
  if (INNER_CAPITAL.test(first.text)) return { type: 'ORG', canonical: name, pending: true };
  // "Obama's visit drew crowds": opening a sentence, a name only if the article names someone so
  if (first.sentenceStart) return { type: 'ORG', canonical: name, pending: true, onlyIfKnown: true };
  if (before && /^(?:in|across|near|throughout|outside|around)$/i.test(before.raw)) return { type: 'PLACE', canonical: name, pending: true };
  if (before && /^the$/i.test(before.raw) && i > 1 && /^(?:in|across|near|throughout)$/i.test(toks[i - 2]!.raw)) return { type: 'PLACE', canonical: name, pending: true };
  return { type: 'ORG', canonical: name, pending: true };
}

/** A person's name ends at the name: "Alex Ellinghausen Share" → "Alex Ellinghausen". */
function trimPerson(toks: Tok[], i: number, j: number): [number, number] {
  let b = j;
  while (b - i > 2 && isCommonWord(toks[b - 1]!.lower) && !LEXICON.lastNames.has(toks[b - 1]!.lower)) b--;
  return [i, b];
}

/** `(NVDA)` after a name: the ticker of what precedes it; `(KAM)` after its own initials: an acronym. */
function parenthesisedTickers(p: LiveParagraph, found: Found[]): Found[] {
  const out: Found[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(p.text); m; m = PAREN.exec(p.text)) {
    const symbol = m[1]!;
    const start = p.start + m.index + m[0].indexOf(symbol);
    const end = start + symbol.length;
    const open = p.start + m.index;
    const previous = found.filter((f) => f.end <= open && /^\s*$/.test(p.text.slice(f.end - p.start, open - p.start))).pop();
    const existing = found.find((f) => f.start < end && start < f.end);
    if (existing) {
      // "(KAM)" after its own name, "(ACMR)" after a firm: the word in parentheses was typed alone, retype it
      if (existing.weak && existing.start === start && existing.end === end && previous) {
        if (initialsOf(previous.canonical) === symbol.toUpperCase()) {
          existing.type = previous.type;
          existing.canonical = previous.canonical;
          existing.pending = false;
        } else if ((previous.type === 'ORG' || previous.type === 'ASSET') && /^(?:[A-Z]{1,5}|[A-Z0-9]{1,6}\.[A-Z]{1,2})$/.test(symbol)) {
          existing.type = 'ASSET';
          existing.canonical = previous.canonical;
          existing.ticker = symbol;
          existing.pending = false;
        }
      }
      continue;
    }
    const known = TICKERS.get(symbol);
    if (previous && initialsOf(previous.canonical) === symbol.toUpperCase()) {
      out.push({ start, end, type: previous.type, canonical: previous.canonical });
    } else if (known && !known.needsContext) {
      out.push({ start, end, type: 'ASSET', canonical: known.canonical, ticker: symbol });
    } else if (known || (previous && (previous.type === 'ORG' || previous.type === 'ASSET') && !TERMS.generic.has(symbol))) {
      out.push({ start, end, type: 'ASSET', canonical: known?.canonical ?? previous!.canonical, ticker: symbol });
    }
  }
  return out;
}

/** `(NVDA)`, `(BRK.B)`, and exchange codes as newswires write them: `(RFI.N)`, `(KSM.AX)`, `(7203.T)`. */
const PAREN = /\(\s*([A-Z][A-Za-z0-9]{0,5}(?:\.[A-Z]{1,2})?|\d{3,6}\.[A-Z]{1,2})\s*\)/g;

const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => w && !TERMS.connectors.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');

function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}
