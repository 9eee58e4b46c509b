/**
 * sources: who the article says its statements come from. Finds attribution cues as finance
 * and news copy writes them (`according to X`, `X said`, `said X`, `per data from X`,
 * `X data showed`, `data compiled by X`, `citing X`, `(source: X)`, `Source: X` lines), takes
 * the source's noun phrase, and returns it with a canonical `name`, a `kind` and the `cue`.
 * Attributions that name no one (`analysts say`, `data shows`, `people familiar with the
 * matter`) are returned with `vague: true`. Pronouns and anaphors (`he said`, `the company
 * said`, `per their filings`) are resolved to the party they stand for, or dropped when that
 * is not clear. See docs/sources-claims.md.
 */
import type { Entity, Source, SourceKind } from '../pipeline/types.js';
import type { ExtractContext, Extractor } from './extractor.js';
import { isCommonWord, LEXICON } from './lexicon.js';
import * as L from './source-lexicon.js';

/** A word or punctuation token of one sentence, with absolute offsets. */
interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Could be part of a proper name (capitalised, not a time word, not an adjective like `Cleveland-based`). */
  name: boolean;
  /** Could start a proper name (not a capitalised common word such as `Analysts`, `The`). */
  opens: boolean;
  /** A possessive marker (`’s`, or `'` right after a plural: `CoinShares'`), not a quote. */
  poss: boolean;
}

/** A run of name tokens: `Farside Investors`, `Bank of America`, `Grayscale Bitcoin Trust`. */
interface Chunk {
  /** Token indexes `[i0, i1)`. */
  i0: number;
  i1: number;
  start: number;
  end: number;
  text: string;
}

type Resolve = 'person' | 'org' | 'plural' | 'doc' | 'filer';

/** An attribution found in a sentence, before names are merged. */
interface Hit {
  start: number;
  end: number;
  name: string | null;
  kind: SourceKind;
  vague: boolean;
  cue: string;
  scope: 'sentence' | 'article';
  /** For a pronoun or anaphor: what it stood for. */
  anaphor?: Resolve;
  /** Index of the sentence (among the live sentences) it was found in. */
  sentence?: number;
}

/** Options of {@link findSources} (the bench uses them; the extractor runs with the defaults). */
export interface FindSourcesOptions {
  /** Keep pronouns and anaphors that could not be resolved (name = the pronoun). Default false. */
  keepUnresolved?: boolean;
}

const TOKEN = /[@#$]?[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*|\S/gu;
const ABBREVIATION = /^(?:inc|corp|co|ltd|jr|sr|mr|mrs|ms|dr|st|sen|rep|gov|prof|gen|lt|col|no|vs|\p{L}|(?:\p{L}\.)+\p{L})$/iu;
const CAPITAL = /^[@#]?(?:\p{Lu}|\d+\p{L})/u;
const ADJECTIVE_HYPHEN = /-\p{Ll}+$/u;
/** Lower-case particles inside Arabic and European names: "al-Harbi", "bin-Salman". */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|ul)-\p{Lu}/u;
/** A quote was opened and not closed before this point (then a trailing `'` closes it). */
const OPEN_BEFORE = /['‘][^'’‘]*$/u; // true when the last quote mark is an opening one (linear: no rescan from each quote)
const JOINERS = new Set(['of', 'for', '&', 'de', 'van', 'von', 'der', 'du', 'la', 'le', 'da', 'di', 'del', 'des']);
/** Sentence adverbs that open a clause, not a noun phrase ("However, analysts said"). */
const DISCOURSE = new Set('however meanwhile additionally moreover furthermore still also overall historically separately instead indeed now then yet thus therefore so'.split(' '));
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '(', '[']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);
/** Titles of office whose first word is a portfolio, not an employer ("Finance Minister"). */
const GOVERNMENT_TITLES = new Set('minister secretary senator sen. rep. representative governor gov. mayor president premier vice-premier chancellor ambassador lawmaker congressman congresswoman'.split(' '));
/** Nouns by which a story refers back to the firm it is about ("the company said", "the canner said"). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'lender', 'bank', 'insurer', 'miner', 'maker', 'chipmaker', 'automaker', 'retailer', 'carrier', 'airline', 'conglomerate', 'producer', 'operator', 'startup', 'developer', 'refiner', 'smelter', 'shipper', 'utility', 'planter', 'recruiter', 'issuer', 'manager', 'corporation', 'canner']);

/** Public bodies: `the government said` is not the company of the story. */
const INSTITUTIONS = new Set('government ministry department regulator agency council board commission authority institute association administration office bureau committee foundation court parliament congress senate'.split(' '));
/** Names of public bodies, which a company anaphor ("the company", "the firm") cannot stand for. */
const PUBLIC_BODY_NAME = /\b(?:central bank|federal reserve|reserve bank|european central bank|bank of (?:england|japan|canada|france|italy|korea|china)|bundesbank|ministry|department|commission|authority|government|bureau|agency|council|treasury|parliament|congress|senate|fed)\b/i;
/** Plural common nouns by their ending (`Protesters`, `Authorities`, `Residents`). */
const PLURAL_COMMON = /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ties|ents|ors|ants|als|ees|ives)$/u;
/** Auxiliaries: a phrase holding one is a clause, not the subject of an inverted `said`. */
const MODALS = new Set('would will could can may might should must shall is are was were has have had do does did'.split(' '));
/** Verbs that may come before their subject: `…," said Jane Doe`. */
const INVERTIBLE = new Set('said says wrote writes added adds noted notes explained explains argued argues warned warns observed observes remarked commented cautioned stressed emphasized emphasised insisted estimated predicted reckoned continued asked'.split(' '));
const UNAMBIGUOUS_TITLES = new Set(
  'administrator ombudsman employee superintendent manager premier gov. chief ceo cfo coo cto cio cso cmo president chairman chairwoman chair chairperson director founder co-founder cofounder secretary minister governor senator sen. rep. spokesman spokeswoman spokesperson commissioner analyst strategist economist professor prof. mr. mrs. ms. dr. mr mrs ms dr officer head treasurer chancellor mayor ambassador attorney lawmaker representative congressman congresswoman researcher trader partner'.split(' '),
);
const PERSON_ROLE = /\b(?:spokes(?:wo)?(?:man|person)|analyst|strategist|economist|founder|co-founder|chief|head|ceo|cfo|coo|cio|cto|director|partner|trader|researcher|professor|manager|executive|officer|president|chair(?:man|woman)?|secretary|minister|governor|author|editor|reporter|correspondent|investor|lawmaker|senator|attorney|adviser|advisor|consultant|representative)\b/i;
const ORG_ROLE = /\b(?:firm|company|platform|provider|exchange|bank|fund|manager|group|agency|publication|newsletter|outlet|tracker|analytics|aggregator|issuer|lender|broker|brokerage|marketplace|protocol|startup|consultancy|research house|data (?:provider|firm|platform|service))\b/i;
const UNIT_AFTER_PER = /^(?:share|shares|cent|cents|ounce|ounces|oz|barrel|barrels|bbl|tonne|tonnes|ton|tons|day|week|month|year|annum|capita|coin|token|unit|units|hour|kg|kilogram|pound|lb|mmbtu|gallon|litre|liter|bushel|contract|person|head|customer|user|transaction|cent\.)$/i;

/** Token texts and words that bound a source phrase or clause, read per token. */
const CLAUSE_END = new Set(['.', ';', ':', '"', '“', '”', '—']);
const CLAUSE_START = new Set([',', ';', ':', '"', '“', '”', '(']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'while', 'as', 'because', 'if', 'than', 'but']);
/** Words that may join a cue to the name after it: "data from X", "a report by X". */
const LINK_PREPOSITIONS = new Set(['from', 'by', 'of', 'at', 'with', 'for', 'on', 'in']);
const LINK_FILLERS = new Set(['latest', 'new', 'recent', 'own']);

/** A firm name with a possessive-looking word: "McDonald's Corp", "Moody's Investors Service". */
const BRAND_AFTER = /^\s+(?:Corp|Inc|Co|Ltd|Holdings|Group|Restaurants|Investors Service|Ratings)\b/;

function tokenize(text: string, offset: number): Token[] {
  const raw: { text: string; start: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const poss = /^(.+?)(['’]s)$/u.exec(word);
    if (poss && poss[1]!.length > 1 && !L.KNOWN_SOURCES.has(word.toLowerCase()) && !BRAND_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 24))) {
      raw.push({ text: poss[1]!, start }, { text: poss[2]!, start: start + poss[1]!.length });
      continue;
    }
    // "Inc." and initials keep their period; a sentence-final period stays punctuation.
    const last = raw.at(-1);
    if (word === '.' && last && last.start + last.text.length === start && ABBREVIATION.test(last.text) && /\p{L}/u.test(last.text)) {
      const after = text[start + 1];
      if (after !== undefined && after !== '\n') {
        last.text += '.';
        continue;
      }
    }
    raw.push({ text: word, start });
  }
  return raw.map((r, i) => {
    const word = /^[@#$]?[\p{L}\p{N}]/u.test(r.text);
    const lower = r.text.toLowerCase();
    const prevRaw = raw[i - 1];
    // "Carrow Lending plc said": a lower-case legal form still ends the firm's name
    const legal = !!prevRaw && L.CORPORATE_SUFFIXES.has(lower) && /^[\p{Lu}]/u.test(prevRaw.text) && /^\s?$/.test(text.slice(prevRaw.start + prevRaw.text.length, r.start));
    // "San Jose-based", "New York-based": the words before a place adjective belong to it
    const nextRaw = raw[i + 1];
    const compound = !!nextRaw && nextRaw.text.includes('-') && ADJECTIVE_HYPHEN.test(nextRaw.text) && CAPITAL.test(nextRaw.text) && nextRaw.start === r.start + r.text.length + 1 && CAPITAL.test(r.text) && !L.KNOWN_SOURCES.has(lower);
    const name =
      word &&
      !compound &&
      (CAPITAL.test(r.text) || legal || (r.text.includes('-') && NAME_PARTICLE.test(r.text))) &&
      !L.NEVER_NAME.has(lower) &&
      !L.NEVER_NAME.has(lower.replace(/\.$/, '')) &&
      !(ADJECTIVE_HYPHEN.test(r.text) && !L.KNOWN_SOURCES.has(lower)) &&
      (!/^\d+(?:st|nd|rd|th|s|m|bn|b|k|x|pm|am|h|d)?$/i.test(r.text) || (/^\d+x$/i.test(r.text) && /^\s+\p{Lu}/u.test(text.slice(r.start + r.text.length, r.start + r.text.length + 3)))) &&
      !(r.text.length === 1 && r.text !== 'X') &&
      !/^I['’]/u.test(r.text) &&
      !(r.text.includes('-') && lower.split('-').every((x) => L.NEVER_NAME.has(x) || /^\d+$/.test(x)));
    const opens = name && !legal && !L.NEVER_START.has(lower) && !L.NEVER_START.has(lower.replace(/\.$/, ''));
    const prev = raw[i - 1];
    const glued = !!prev && prev.start + prev.text.length === r.start;
    const poss =
      (r.text.length === 2 && /^['’]s$/i.test(r.text) && glued) ||
      (/^['’]$/.test(r.text) && glued && /s$/i.test(prev.text) && /^\s+\p{L}/u.test(text.slice(r.start + 1, r.start + 3)) && !OPEN_BEFORE.test(text.slice(0, r.start - prev.text.length)));
    return { text: r.text, lower, start: offset + r.start, end: offset + r.start + r.text.length, word, name, opens, poss };
  });
}

/** Name chunks of a sentence; a ticker in brackets right after a chunk (`(GBTC)`) is skipped. */
function chunksOf(tokens: readonly Token[], text: string, nameStarts: ReadonlySet<number>): Chunk[] {
  const entityAt = (t: Token) => nameStarts.has(t.start) || L.KNOWN_SOURCES.has(t.lower);
  const chunks: Chunk[] = [];
  // The first word of a sentence is capitalised anyway: alone and followed by a plain
  // lower-case word ("Institutional money flow"), it is not a name.
  const first = tokens.findIndex((t) => t.word);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.opens) continue;
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (t.name) j++;
      else if ((JOINERS.has(t.lower) || (t.lower === 'on' && /^(?:institute|council|committee|commission|center|centre|office|conference)$/i.test(tokens[j - 1]!.text))) && tokens[j + 1]?.name && tokens[j - 1]!.name) j += 2;
      else break;
    }
    // "Securities and Exchange Commission", "National and City Brokers": `and` inside a firm's name.
    if (tokens[j]?.lower === 'and' && tokens[j + 1]?.name) {
      let k = j + 1;
      while (tokens[k]?.name) k++;
      const right = text.slice(tokens[j + 1]!.start, tokens[k - 1]!.end).toLowerCase();
      const left = text.slice(tokens[i]!.start, tokens[j - 1]!.end).toLowerCase();
      if (L.ORG_WORDS.has(tokens[k - 1]!.lower) && k - j <= 3 && !L.KNOWN_SOURCES.has(right) && !L.KNOWN_SOURCES.has(left)) j = k;
    }
    const single = j === i + 1;
    const next = tokens[j];
    const tok = tokens[i]!;
    const isFirst = i === first || (i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text) && i - 1 === first);
    if (
      isFirst &&
      single &&
      /^\p{Lu}\p{Ll}+$/u.test(tok.text) &&
      !L.KNOWN_SOURCES.has(tok.lower) &&
      next?.word &&
      !next.name &&
      !L.STRONG_VERBS.has(next.lower) &&
      !L.WEAK_VERBS.has(next.lower) &&
      !next.poss &&
      !L.DOC_NOUNS.has(next.lower) &&
      !(L.VAGUE_HEADS.has(next.lower) && !L.PEOPLE_HEADS.has(next.lower)) &&
      !(L.ADVERBS.has(next.lower) && (!MODALS.has(next.lower) || L.STRONG_VERBS.has(tokens[j + 1]?.lower ?? '') || L.ADVERBS.has(tokens[j + 1]?.lower ?? ''))) &&
      !(L.PEOPLE_HEADS.has(next.lower) && !entityAt(tok))
    ) {
      i = j - 1;
      continue;
    }
    // A chunk of traded assets only ("Bitcoin", "BTC") is never a source.
    // (unless the entities call it an organisation: "Ripple said", "Tether's chief executive")
    if (!tokens.slice(i, j).every((t) => !t.name || L.ASSET_WORDS.has(t.lower)) || nameStarts.has(tok.start)) {
      // "The Kobeissi Letter", "The Block": the article is part of a publication's name.
      let i0 = i;
      const the = tokens[i - 1];
      if (the?.text === 'The') {
        const withThe = text.slice(the.start, tokens[j - 1]!.end);
        if (L.KNOWN_SOURCES.get(withThe.toLowerCase())?.name === withThe || L.PUBLICATION_WORDS.has(tokens[j - 1]!.lower)) i0 = i - 1;
      }
      const start = tokens[i0]!.start;
      const end = tokens[j - 1]!.end;
      chunks.push({ i0, i1: j, start, end, text: text.slice(start, end) });
    }
    // A bracketed ticker or handle after the name belongs to it.
    if (tokens[j]?.text === '(' && tokens[j + 1]?.name && tokens[j + 2]?.text === ')') j += 2;
    i = j - 1;
  }
  return chunks;
}

const isPunct = (t: Token | undefined) => !!t && !t.word && !t.poss && t.text !== '&';

/** Parameters of one article's pass, shared by the helpers below. */
class SourceFinder {
  readonly hits: Hit[] = [];
  /** Every name chunk seen so far, for the antecedents of `it`/`the company` and for short forms. */
  readonly seenChunks: { chunk: Chunk; sentence: number; paragraph: number; name: string; person: boolean }[] = [];
  /** Persons named so far (`Given Surname` chunks), latest last. */
  private readonly seenPersons: { at: number; name: string }[] = [];
  private readonly hitKeys = new Set<string>();
  /** Datelines seen so far (`[start, end)`), newest last. */
  private readonly datelines: [number, number][] = [];
  private tokens: Token[] = [];
  private chunks: Chunk[] = [];
  private sentenceIndex = 0;
  private paragraph = 0;
  private paragraphStart = 0;
  private previousParagraphStart = 0;
  /** Where the first paragraph (the lead) ends: its first firm is the one "the company" may mean paragraphs later. */
  private firstParagraphEnd = 0;
  private readonly entities: readonly Entity[];
  /** Where ORG and PERSON entities start, and every entity by its end: built once per article. */
  private readonly nameStarts: ReadonlySet<number>;
  private readonly entitiesByEnd = new Map<number, Entity[]>();

  constructor(
    private readonly text: string,
    entities: readonly Entity[] | undefined,
  ) {
    this.entities = entities ?? [];
    this.nameStarts = new Set(this.entities.filter((e) => e.type === 'ORG' || e.type === 'PERSON').map((e) => e.start));
    for (const e of this.entities) {
      const list = this.entitiesByEnd.get(e.end);
      if (list) list.push(e);
      else this.entitiesByEnd.set(e.end, [e]);
    }
  }

  /** Runs over one sentence. */
  sentence(start: number, end: number, paragraph: number, paragraphStart: number, previousParagraphStart: number, index: number, wholeParagraph: boolean) {
    this.sentenceIndex = index;
    this.paragraph = paragraph;
    this.paragraphStart = paragraphStart;
    this.previousParagraphStart = previousParagraphStart;
    if (paragraph === 0) this.firstParagraphEnd = Math.max(this.firstParagraphEnd, end);
    this.tokens = tokenize(this.text.slice(start, end), start);
    // "DALLAS, April 24 (Meridian Wire) -": the newswire of the dateline publishes the story; it
    // is no party to it, and no anaphor ("the group said") stands for it
    if (start === paragraphStart) {
      const m = DATELINE.exec(this.text.slice(start, Math.min(end, start + 120)));
      if (m) this.datelines.push([start, start + m[0].length]);
    }
    const dateline = this.datelines.at(-1);
    this.chunks = chunksOf(this.tokens, this.text, this.nameStarts).filter((c) => !dateline || c.start >= dateline[1] || c.end <= dateline[0]);
    const tk = this.tokens;
    const covered: [number, number][] = [];
    const push = (hits: Hit[]) => {
      for (const h of hits) {
        const key = `${h.start}:${h.end}:${h.name}`;
        if (this.hitKeys.has(key)) continue;
        this.hitKeys.add(key);
        h.sentence = index;
        this.hits.push(h);
        covered.push([h.start, h.end]);
      }
    };
    for (let i = 0; i < tk.length; i++) {
      const t = tk[i]!;
      const lw = t.lower;
      const prev = tk[i - 1];
      const next = tk[i + 1];
      if (lw === 'according' && next?.lower === 'to') {
        push(this.forward(i + 2, 'according to'));
      } else if (lw === 'per' && next && (i === 0 || isPunct(prev) || prev?.lower === 'as') && !UNIT_AFTER_PER.test(next.text)) {
        push(this.forward(i + 1, prev?.lower === 'as' ? 'as per' : 'per'));
      } else if (lw === 'citing' || (lw === 'courtesy' && next?.lower === 'of')) {
        push(this.forward(i + (lw === 'courtesy' ? 2 : 1), lw === 'courtesy' ? 'courtesy of' : 'citing'));
      } else if ((lw === 'by' || lw === 'from') && prev && (L.BY_CUES.has(prev.lower) || L.DOC_NOUNS.has(prev.lower))) {
        // "data from X", "a report by X", "estimates compiled by X".
        if (lw === 'by' || L.DOC_NOUNS.has(prev.lower)) push(this.forward(i + 1, `${prev.lower} ${lw}`, true));
      } else if (lw === 'by' && prev && /^(?:earlier|later|before|ago)$/.test(prev.lower)) {
        // "data published a day earlier by the Federal Statistical Office": the participle before the time
        const participle = tk.slice(Math.max(0, i - 5), i - 1).reverse().find((x) => L.BY_CUES.has(x.lower));
        if (participle) push(this.forward(i + 1, `${participle.lower} by`, true));
      } else if ((lw === 'source' || lw === 'sources' || lw === 'data' || lw === 'via') && (prev?.text === '(' || i === tk.findIndex((x) => x.word)) && (next?.text === ':' || (lw === 'via' && prev?.text === '('))) {
        push(this.sourceList(lw === 'via' ? i + 1 : i + 2, prev?.text === '(' ? ')' : null, wholeParagraph && prev?.text !== '(' ? 'article' : 'sentence', `${lw}:`));
      } else if (L.STRONG_VERBS.has(lw) || L.WEAK_VERBS.has(lw)) {
        push(this.verb(i));
      } else if (/^(?:put|puts|pegged|pegs|placed|places)$/.test(lw) && prev && L.DOC_NOUNS.has(prev.lower)) {
        // "The USDA's February estimate put Florida's crop at 12.4 million boxes": a document that puts a figure somewhere
        push(this.verb(i));
      } else if ((lw === 'posted' || lw === 'posts') && ['on', 'that', 'to'].includes(next?.lower ?? '')) {
        // "Michael Saylor posted on X that …" (but not "ETFs posted outflows").
        push(this.verb(i));
      } else if (PARTICIPLE_CUES.has(lw) && prev?.text === ',') {
        // "Jefferies analyst Aaron Feld cut his target …, saying …": the subject of the sentence
        push(this.participle(i));
      } else if (REVISION_VERBS.has(lw) && ['its', 'their', 'his', 'her'].includes(next?.lower ?? '') && tk.slice(i + 2, i + 6).some((x) => REVISED_NOUNS.has(x.lower))) {
        // "the USDA raised its forecast", "Ridgeline cut its outlook": whose forecast it is
        push(this.verb(i));
      }
    }
    for (const c of this.chunks) {
      const name = canonicalName(c.text);
      const person = looksLikePerson(name);
      this.seenChunks.push({ chunk: c, sentence: index, paragraph, name, person });
      if (person) this.seenPersons.push({ at: c.start, name });
    }
  }

  /** A chunk over tokens `[i0, i1)` of the current sentence. */
  private chunkOf(i0: number, i1: number): Chunk {
    const start = this.tokens[i0]!.start;
    const end = this.tokens[i1 - 1]!.end;
    return { i0, i1, start, end, text: this.text.slice(start, end) };
  }

  // ---- cue handlers ----------------------------------------------------------------------

  /** Subject–verb (`X said`) and inverted (`said X`) attributions around verb token `i`. */
  private verb(i: number): Hit[] {
    const tk = this.tokens;
    const v = tk[i]!;
    const weak = L.WEAK_VERBS.has(v.lower) && !L.STRONG_VERBS.has(v.lower);
    if (L.PARTICLE_VERBS.has(v.lower) && !['to', 'out'].includes(tk[i + 1]?.lower ?? '')) return [];
    const cue = L.PARTICLE_VERBS.has(v.lower) ? `${v.lower} ${tk[i + 1]!.lower}` : v.lower;
    // "the Fed concludes its meeting": an end, not a conclusion drawn
    if (/^conclud/.test(v.lower) && L.DETERMINERS.has(tk[i + 1]?.lower ?? '')) return [];
    // "Rival Veltrix Micro reports results on November 12": a date in the diary, not a statement
    if (/^reports?$/.test(v.lower) && /^(?:results|earnings)$/.test(tk[i + 1]?.lower ?? '') && /^(?:on|next|later|after|before|this|in)$/.test(tk[i + 2]?.lower ?? '')) return [];
    let j = i - 1;
    while (j >= 0 && tk[j]!.word && L.ADVERBS.has(tk[j]!.lower)) j--;
    // "Ridgeline Freight Inc on Thursday reported", "ATA data released on Tuesday showed": a time
    // (and the participle that dates a document) between the subject and its verb
    const dated = skipTimeAdjunct(tk, j);
    if (dated !== j) {
      // only for a subject that opens its clause ("the news from the F.B.I. on Friday showed" is no statement of the F.B.I.)
      const np = backNP(tk, dated);
      const lead = np ? tk[np[0] - 1] : undefined;
      if (np && (!lead || isPunct(lead) || CLOSE_QUOTES.has(lead.text) || /^(?:and|but|while|whereas)$/.test(lead.lower))) j = dated;
    }
    const before = tk[j];
    if (before && (L.BE_FORMS.has(before.lower) || before.lower === 'to')) return [];
    // A noun, not a verb: "analysts' estimates", "earnings reports of".
    if (before?.poss) return [];
    if (['of', 'for', 'from', 'on', 'about'].includes(tk[i + 1]?.lower ?? '') && /s$/.test(v.lower) && !weak) return [];
    // "the Nasdaq Composite added 20.72 points": a market move, not a remark.
    if (['added', 'adds', 'add'].includes(v.lower) && /^[$€£¥]?\d/.test(tk[i + 1]?.text ?? '')) return [];
    // "redemption claims is time consuming": a noun before its verb.
    if (MODALS.has(tk[i + 1]?.lower ?? '') && !['said', 'told', 'wrote', 'added', 'noted'].includes(v.lower)) return [];
    // Inverted: `…," said John Smith`, `, says one analyst`.
    if (before && (before.text === ',' || CLOSE_QUOTES.has(before.text)) && INVERTIBLE.has(v.lower)) {
      const inverted = this.forward(i + 1, cue, false, true);
      if (inverted.length) return inverted;
    }
    if (!before) return [];
    // Skip a bracketed ticker or handle: "Harborview Bancorp Inc. (HVB) reported".
    if (before.text === ')') {
      const open = findBack(tk, j, '(', 6);
      if (open > 0) j = open - 1;
    }
    if (tk[j]?.text === ',') return this.appositiveSubject(j, cue, weak);
    // "Hillary Clinton, who said …": the relative pronoun stands for the name before it.
    if (tk[j]?.lower === 'who' && tk[j - 1]?.text === ',') {
      const chunk = this.chunks.find((c) => c.i1 === j - 1);
      const [h] = chunk ? this.named(chunk, cue, null) : [];
      return h ? [{ ...h, start: tk[j]!.start, end: tk[j]!.end, anaphor: 'person' }] : [];
    }
    return this.subject(j, cue, weak, null);
  }

  /**
   * `…, saying …`, `…, adding …`: the speaker is the subject that opens the sentence ("Analysts at
   * Wedbush kept their rating, arguing that …"). The subject is the run of names, titles,
   * possessives and joining words at the start, ending in a name, before the first other word.
   */
  private participle(i: number): Hit[] {
    const tk = this.tokens;
    // "…," the daily wrote, adding …: it goes on with an attribution already made; and a
    // sentence opening with a quotation has no subject to give
    if (this.hits.some((h) => h.sentence === this.sentenceIndex)) return [];
    let k = tk.findIndex((t) => t.word);
    if (k < 0 || k >= i || tk.slice(0, k).some((t) => OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text))) return [];
    const first = k;
    let lastName = -1;
    while (k < i) {
      const t = tk[k]!;
      if (t.name || t.poss) {
        if (t.name) lastName = k;
      } else if (!(t.word && (L.DETERMINERS.has(t.lower) || L.TITLE_WORDS.has(t.lower) || L.TITLE_FILLERS.has(t.lower) || L.VAGUE_HEADS.has(t.lower) || JOINERS.has(t.lower) || t.lower === 'at' || t.lower === 'with')) && t.text !== '&') break;
      k++;
    }
    // the subject must be followed by a word (its verb) and end in a name
    if (lastName < first || k >= i || !tk[k]!.word || lastName !== k - 1) return [];
    return this.subject(lastName, tk[i]!.lower, false, null);
  }

  /** `X, a spokesperson for Y, said`: the name before the bracketing commas, and Y. */
  private appositiveSubject(comma: number, cue: string, weak: boolean): Hit[] {
    const tk = this.tokens;
    // Walk back over up to three commas ("Marley Anderson, 21, a junior from Las Vegas, said"):
    // the subject is a name that opens its clause, followed by the appositive.
    let fallback: { j: number; appos: Token[] } | null = null;
    let commas = 0;
    for (let k = comma - 1; k >= 0 && comma - k <= 30; k--) {
      const t = tk[k]!;
      if (CLAUSE_END.has(t.text)) break;
      if (L.STRONG_VERBS.has(t.lower) && !L.DOC_NOUNS.has(t.lower) && k > 0 && !L.DETERMINERS.has(tk[k - 1]!.lower) && !['who', 'which'].includes(tk[k - 1]!.lower)) break;
      if (t.text !== ',' && k > 0) continue;
      const boundary = t.text === ',' ? k : -1;
      if (boundary < 0) break;
      commas++;
      const appos = tk.slice(boundary + 1, comma);
      const first = appos[0];
      if (!first) break;
      const looksAppositive = L.DETERMINERS.has(first.lower) || !first.name || L.TITLE_WORDS.has(first.lower) || first.lower === 'who' || first.lower === 'which';
      let j = boundary - 1;
      if (tk[j]?.text === ')') {
        const open = findBack(tk, j, '(', 6);
        if (open > 0) j = open - 1;
      }
      // "And a third, Daniel Traynor, said", "the White House spokesman, Josh Earnest, said":
      // the name is the appositive itself.
      const whole = commas === 1 ? this.chunks.find((c) => c.i0 === boundary + 1 && c.i1 === comma) : undefined;
      if (whole && !this.chunks.some((c) => c.i1 === boundary)) {
        const hits = this.named(whole, cue, null);
        if (hits.length) {
          let b = boundary - 1;
          while (b > 0 && tk[b - 1]!.word && boundary - b < 8) b--;
          hits.push(...this.affiliation(tk.slice(b, boundary), cue, hits[0]));
          return hits;
        }
      }
      const chunk = this.chunks.find((c) => c.i1 === j + 1);
      if (chunk && looksAppositive) {
        const lead = tk[chunk.i0 - 1];
        const opensClause = !lead || OPEN_QUOTES.has(lead.text) || CLOSE_QUOTES.has(lead.text) || (lead.text === ',' && CLOSE_QUOTES.has(tk[chunk.i0 - 2]?.text ?? '')) || L.DETERMINERS.has(lead.lower);
        if (opensClause) return this.subject(j, cue, weak, appos);
        fallback ??= { j, appos };
      } else if (!fallback && commas === 1 && looksAppositive) {
        fallback = { j, appos };
      }
      if (commas >= 3) break;
    }
    if (!fallback) return [];
    return this.subject(fallback.j, cue, weak, fallback.appos);
  }

  /** The noun phrase ending at token `j` as the subject of a reporting verb. */
  private subject(j: number, cue: string, weak: boolean, appos: Token[] | null): Hit[] {
    const tk = this.tokens;
    // The clause before the verb (back to a comma or the sentence start).
    let c0 = j;
    while (c0 > 0 && !CLAUSE_START.has(tk[c0 - 1]!.text)) c0--;
    const clause = tk.slice(c0, j + 1);
    if (clause.length && clause.length <= 12) {
      // "a filing with the SEC showed": the filer.
      if (/^(?:a|an|the|its|their|his|her)\s+(?:\S+\s+){0,2}filings?\b/i.test(this.text.slice(clause[0]!.start, clause.at(-1)!.end))) return this.forward(c0, cue);
      // "a person familiar with the matter said".
      const ctext = this.text.slice(clause[0]!.start, clause.at(-1)!.end);
      const vm = L.VAGUE_PHRASES.map((r) => r.exec(ctext)).find((m) => m);
      if (vm) {
        const from = clause[0]!.start + vm.index;
        const phraseStart = clause.find((t) => t.end > from && L.DETERMINERS.has(t.lower) && t.start < from + vm[0].length)?.start ?? from;
        return [this.vague({ start: Math.min(from, phraseStart), end: clause.at(-1)!.end }, cue)];
      }
    }
    const np = backNP(tk, j);
    if (!np) return [];
    const [i0, i1] = np;
    const words = tk.slice(i0, i1);
    const last = words.at(-1)!;
    if (words.length === 1 && L.PRONOUNS.has(last.lower) && !['his', 'her', 'its', 'their'].includes(last.lower)) {
      // "they show utmost restraint", "it shows that": too loose to stand for a source.
      return weak ? [] : this.pronoun(last, cue);
    }
    // "Protesters believe", "Authorities say": a plural common noun opening the sentence, not a name.
    if (words.length === 1 && i0 === this.tokens.findIndex((t) => t.word) && PLURAL_COMMON.test(last.text) && !this.entityFor(last) && !this.fullPersonName(last.text, last.start) && !L.KNOWN_SOURCES.has(last.lower)) {
      return [this.vague(spanOf(words), cue)];
    }
    // "U.S. Officials said": a capitalised head noun is not part of the name.
    const chunks = this.chunks
      .filter((c) => c.i0 >= i0 && c.i1 <= i1)
      .map((c) => (c.i1 - c.i0 > 1 && L.PEOPLE_HEADS.has(tk[c.i1 - 1]!.lower) && !JOINERS.has(tk[c.i1 - 2]!.lower) ? this.chunkOf(c.i0, c.i1 - 1) : c))
      // "Binance's CEO said": a title alone is a head noun, not a name.
      .filter((c) => !tk.slice(c.i0, c.i1).every((t) => UNAMBIGUOUS_TITLES.has(t.lower) || L.TITLE_WORDS.has(t.lower) || L.TITLE_FILLERS.has(t.lower)));
    // "In a filing with the Securities and Exchange Commission Moller said": the regulator a
    // filing went to (or the party told) is no speaker; the name after it is
    const to = chunks.length === 1 ? chunks[0]! : null;
    const lead = to ? tk.slice(Math.max(0, to.i0 - 3), to.i0).map((t) => t.lower) : [];
    if (to && (lead.includes('told') || (lead.some((w) => /^(?:filing|filings|filed|letter|statement|submission)$/.test(w)) && lead.some((w) => w === 'with' || w === 'to')))) {
      const receiver = this.entities.find((e) => (e.type === 'ORG' || e.type === 'PLACE') && (e.start === to.start || e.start === tk[to.i0]!.start) && e.end < to.end);
      if (!receiver) return [];
      const k = tk.findIndex((t) => t.start >= receiver.end);
      const rest = this.chunks.find((c) => c.i0 === k && c.i1 === to.i1) ?? (k > to.i0 && k < to.i1 ? this.chunkOf(k, to.i1) : null);
      return rest ? this.named(rest, cue, null) : [];
    }
    // "a banker at Sumito Bank in Duesseldorf said": the place belongs to a longer subject.
    if (i0 >= 2 && tk[i0 - 1]!.lower === 'in' && chunks.length === 1 && chunks[0]!.i0 === i0 && !appos) {
      const outer = this.subject(i0 - 2, cue, weak, null);
      if (outer.length || isPlace(chunks[0]!.text)) return outer;
    }
    // "James Voytko at Paine Webber believes": the person, and the firm.
    if (i0 >= 2 && ['at', 'of', 'with', 'from'].includes(tk[i0 - 1]!.lower) && chunks.length === 1 && chunks[0]!.i0 === i0 && !appos) {
      const person = this.chunks.find((c) => c.i1 === i0 - 1);
      if (person && (looksLikePerson(person.text) || this.personChunk(person) || this.entityFor(person)?.type === 'PERSON')) {
        return [...this.named(person, cue, 'person'), ...this.named(chunks[0]!, cue, 'organisation')];
      }
    }
    if (chunks.length) {
      const tail = tk.slice(chunks.at(-1)!.i1, i1).filter((t) => t.word);
      // "Japanese bankers said", "U.S. officials said": a place names no source.
      if (tail.length && (L.VAGUE_HEADS.has(tail.at(-1)!.lower) || L.TITLE_WORDS.has(tail.at(-1)!.lower)) && chunks.every((c) => isPlace(c.text)) && !chunks.some((c) => tk[c.i1]?.poss)) return [this.vague(spanOf(words), cue)];
      const head = tail.at(-1)?.lower;
      // "ICE and NYMEX prices showed": quotes as data, with a verb of showing
      const tailOk = !head || L.DOC_NOUNS.has(head) || L.VAGUE_HEADS.has(head) || L.TITLE_WORDS.has(head) || L.ORG_ANAPHORS.has(head) || head === 'team' || head === 'desk' || (weak && /^(?:prices|quotes|quotations|settlements)$/.test(head));
      if (!tailOk) return [];
      // "the Federal Reserve's Beige Book survey": the owner is the source.
      let main = chunks.at(-1)!;
      const owner = chunks.find((c) => !!tk[c.i1]?.poss);
      // "Brazil's coffee chief Jorio Dauster", "Amro's Nelissen said": a person of the owner;
      // "the Federal Reserve's Beige Book survey said": the owner's document.
      const titled = owner ? tk.slice(owner.i1, main.i0).some((t) => L.TITLE_WORDS.has(t.lower)) : false;
      const bare = !tail.length && !weak && !L.KNOWN_SOURCES.has(main.text.toLowerCase()) && main.i1 - main.i0 <= 3 && !tk.slice(main.i0, main.i1).some((t) => L.ORG_WORDS.has(t.lower));
      const personAfterOwner = !!owner && owner !== main && (titled || looksLikePerson(main.text) || this.personChunk(main) || bare);
      // "El Salvador's National Bitcoin Office said": a country's body speaks, not the country.
      const bodyOfPlace = !!owner && isPlace(owner.text) && (orgWords(main.text) || this.entityFor(main)?.type === 'ORG');
      if (owner && owner !== main && !personAfterOwner && !bodyOfPlace) main = owner;
      // "UNCTAD spokesman Graham Shanley", "Colombian finance minister Cesar Gaviria": a title before the name.
      const ledBy = tk[main.i0 - 1]?.lower === 'by' && tk[main.i0 - 2]?.lower === 'led';
      const titleBefore = (main.i0 > i0 && L.TITLE_WORDS.has(tk[main.i0 - 1]!.lower)) || ledBy;
      const tailKind = tail.length ? kindFromTail(tail) : titleBefore || personAfterOwner ? 'person' : null;
      if (weak && !tailKind && !this.sourceLike(main)) return [];
      // "… with the Securities and Exchange Commission Hartley said": a chunk that starts inside a
      // longer name (cut at its "and") is the words after that name
      const cut = this.entities.find((e) => e.start < main.start && e.end > main.start && e.end < main.end);
      if (cut) {
        const k = tk.findIndex((t) => t.start >= cut.end);
        if (k <= main.i0 || k >= main.i1) return [];
        main = this.chunkOf(k, main.i1);
      }
      // "Dividend already announced": a common word opening the sentence, which no entity names
      const lone = !tail.length && main.i1 - main.i0 === 1 && main.i0 === tk.findIndex((t) => t.word) ? tk[main.i0]! : null;
      // (but "Tidemark said" after "Tidemark Shipping's latest update" is the short form of a name)
      const shortForm = (w: Token) => this.seenChunks.some((c) => c.chunk.start < w.start && c.name.startsWith(`${w.text} `) && c.chunk.i1 - c.chunk.i0 >= 2);
      if (lone && isCommonWord(lone.lower) && !LEXICON.lastNames.has(lone.lower) && !this.entityFor(main) && !L.KNOWN_SOURCES.has(lone.lower) && !shortForm(lone)) return [this.vague(spanOf(words), cue)];
      const hits = this.named(main, cue, tailKind);
      if (!hits.length) return [];
      // "SBI Holdings and Ripple said", "ICE and NYMEX prices showed": both names speak
      if (tk[main.i0 - 1]?.lower === 'and' && main.i0 === i0) {
        const left = this.chunks.find((c) => c.i1 === main.i0 - 1);
        const lead = left ? tk[left.i0 - 1] : undefined;
        // (not the halves of one name: "Securities and Exchange Commission")
        const across = left ? this.entities.some((e) => e.start <= left.start && e.end > tk[main.i0 - 1]!.start && e.end < main.end) : false;
        if (left && !across && (!lead || isPunct(lead) || L.DETERMINERS.has(lead.lower)) && (this.sourceLike(left) || orgWords(left.text)) && !isPlace(left.text)) hits.unshift(...this.named(left, cue, tailKind));
      }
      if (appos) hits.push(...this.affiliation(appos, cue, hits[0]!));
      if (hits.some((h) => h.kind === 'person')) {
        // "CoinShares' head of research James Butterfill said": the employer before the title.
        let k = main.i0 - 1;
        while (k >= 0 && (tk[k]!.poss || (!tk[k]!.name && (L.TITLE_WORDS.has(tk[k]!.lower) || L.TITLE_FILLERS.has(tk[k]!.lower))))) k--;
        let employer = k < main.i0 - 1 ? this.chunks.find((c) => c.i1 === k + 1) : undefined;
        // "Apple analyst Ming-Chi Kuo" covers Apple; "JPMorgan analyst …" works at JPMorgan.
        const coverage = tk.slice(k + 1, main.i0).every((t) => t.poss || /^(?:analysts?|strategists?|economists?|traders?|researchers?|investors?)$/.test(t.lower));
        if (employer && coverage && !tk.slice(k + 1, main.i0).some((t) => t.poss) && !L.KNOWN_SOURCES.has(canonicalName(employer.text).toLowerCase()) && !orgWords(employer.text)) employer = undefined;
        // (not a piece of a longer name that runs into the person's chunk: "Securities and Exchange Commission Moller")
        if (employer && this.entities.some((e) => e.start <= employer!.start && e.end > employer!.end)) employer = undefined;
        if (employer && !isPlace(employer.text) && !hits.some((h) => h.start === employer.start)) hits.push(...this.named(employer, cue, 'organisation'));
        // "JPMorgan analysts led by Nikolaos Panigirtzoglou said".
        if (tk[main.i0 - 1]?.lower === 'by' && tk[main.i0 - 2]?.lower === 'led') hits.push(...this.subject(main.i0 - 3, cue, false, null).filter((h) => !h.vague));
      }
      return hits;
    }
    const phrase = spanOf(words);
    const head = last.lower;
    const det = words[0]!.lower;
    // "the companies said in a joint statement", "both firms said": the two firms of the story
    if ((det === 'the' || det === 'both' || det === 'two') && PLURAL_FIRMS.has(head) && words.length <= 4) {
      const pair = this.firmsOfStory(phrase.start);
      if (pair.length === 2) return pair.map((name) => ({ start: phrase.start, end: phrase.end, name, kind: 'organisation' as SourceKind, vague: false, cue, scope: 'sentence' as const, anaphor: 'plural' as Resolve }));
    }
    if ((det === 'the' || det === 'its' || det === 'their' || det === 'this') && words.length >= 2) {
      if (L.ORG_ANAPHORS.has(head)) return this.anaphor(phrase, 'org', cue, head);
      if (L.DOC_ANAPHORS.has(head)) return this.anaphor(phrase, 'doc', cue, head);
    }
    if (L.VAGUE_HEADS.has(head)) return [this.vague(phrase, cue)];
    return [];
  }

  /** After `according to`, `per`, `citing`, `data from`, inverted `said`: the source phrase. */
  private forward(i: number, cue: string, afterPreposition = false, inverted = false): Hit[] {
    const tk = this.tokens;
    let end = i;
    while (end < tk.length && end - i < 14) {
      const t = tk[end]!;
      if (isPunct(t) && t.text !== '-') break;
      if (t.word && !t.name && CLAUSE_WORDS.has(t.lower)) break;
      // ("chief operating officer Lim Wei Chen": an -ing word inside a title is no verb)
      const nounAfter = tk[end + 1]?.word && (L.ORG_ANAPHORS.has(tk[end + 1]!.lower) || L.DOC_NOUNS.has(tk[end + 1]!.lower) || L.TITLE_WORDS.has(tk[end + 1]!.lower));
      if (t.word && !t.name && end > i && (L.STRONG_VERBS.has(t.lower) || L.WEAK_VERBS.has(t.lower) || (/ing$/.test(t.lower) && !nounAfter)) && !L.DOC_NOUNS.has(t.lower) && !L.BY_CUES.has(t.lower)) break;
      end++;
    }
    if (end === i) return [];
    const window = tk.slice(i, end);
    const chunks = this.chunks.filter((c) => c.i0 >= i && c.i1 <= end);
    const wtext = this.text.slice(window[0]!.start, window.at(-1)!.end);
    // Inverted `said X` takes a name (with title) or a determiner phrase, right after the verb.
    if (inverted) {
      const first = window[0]!;
      const starts = chunks[0]?.i0 === i || L.DETERMINERS.has(first.lower) || L.TITLE_WORDS.has(first.lower) || L.VAGUE_HEADS.has(first.lower);
      // The subject phrase runs to the end of the clause: "…," said Jane Doe. / said Jane Doe, an analyst at …
      const closes = end >= tk.length || isPunct(tk[end]) || ['who', 'which'].includes(tk[end]!.lower);
      if (!starts || !closes || window.length > 9) return [];
      if (window.some((t) => MODALS.has(t.lower))) return [];
      if (!chunks.length && !L.PRONOUNS.has(first.lower)) {
        const head = window.at(-1)!.lower;
        if (!L.ORG_ANAPHORS.has(head) && !L.DOC_ANAPHORS.has(head) && !L.VAGUE_HEADS.has(head) && !L.TITLE_WORDS.has(head) && !L.VAGUE_PHRASES.some((r) => r.test(wtext))) return [];
      }
      if (L.PRONOUNS.has(first.lower) && window.length === 1) return this.pronoun(first, cue);
    }
    // "according to him": the person (or firm) named before.
    if (window.length === 1 && ['him', 'her', 'them', 'it'].includes(window[0]!.lower)) {
      const type: Resolve = window[0]!.lower === 'it' ? 'org' : window[0]!.lower === 'them' ? 'plural' : 'person';
      return this.anaphor({ start: window[0]!.start, end: window[0]!.end }, type, cue, window[0]!.lower);
    }
    // "a filing with the SEC": the filer, not the regulator.
    const filing = window.findIndex((t) => t.lower === 'filing' || t.lower === 'filings');
    if (filing >= 0) {
      // What follows "filing with/to" is the regulator; a name before "filing" is the filer.
      const reg = chunks.find((c) => c.i0 > i + filing && (L.REGULATORS.has(tk[c.i0]!.lower.replace(/\.$/, '')) || ['with', 'to', 'at'].includes(tk[c.i0 - 1]?.lower ?? '') || ['with', 'to', 'at'].includes(tk[c.i0 - 2]?.lower ?? '')));
      const owner = chunks.find((c) => c.i1 <= i + filing && !L.REGULATORS.has(tk[c.i0]!.lower));
      if (owner) return this.named(owner, cue, 'document');
      if (reg || !chunks.some((c) => c.i0 > i + filing)) {
        const poss = window.find((t) => ['its', 'their', 'his', 'her'].includes(t.lower));
        const span = spanOf(window);
        const filer = this.resolve(poss ? (poss.lower === 'its' ? 'org' : poss.lower === 'their' ? 'plural' : 'person') : 'filer', span.start, !!poss);
        if (filer) return [{ start: span.start, end: span.end, name: filer.name, kind: 'document', vague: false, cue, scope: 'sentence', anaphor: 'filer' }];
        if (reg) return this.named(reg, cue, 'document');
      }
    }
    // "according to Statistics Canada", "Stats NZ said": a statistics office named for its country, not statistics of a place
    const office = chunks.find((c) => isPlace(c.text) && c.i0 > i && /^(?:Statistics|Stats)$/.test(tk[c.i0 - 1]!.text));
    if (office) return [this.hit(tk[office.i0 - 1]!.start, tk[office.i1 - 1]!.end, this.text.slice(tk[office.i0 - 1]!.start, tk[office.i1 - 1]!.end), 'organisation', cue)];
    if (chunks.length && chunks.every((c) => isPlace(c.text)) && window.some((t) => L.VAGUE_HEADS.has(t.lower))) return [this.vague(spanOf(window), cue)];
    if (chunks.length) {
      const main = chunks[0]!;
      const between = tk.slice(i, main.i0).filter((t) => t.word);
      // "citing the share buybacks from Norfolk Southern" cites a fact, not a source: the words
      // before the name must speak of a source (data from, a report by, analysts at, firm).
      // ("according to shipbroker Halvorsen & Kjaer", "consultancy Wood Mackenzie": what the source is, before its name)
      const sourceWord = (t: Token) => L.DOC_NOUNS.has(t.lower) || L.VAGUE_HEADS.has(t.lower) || L.TITLE_WORDS.has(t.lower) || L.ORG_ANAPHORS.has(t.lower) || L.BY_CUES.has(t.lower) || ['team', 'desk'].includes(t.lower) || /^(?:[a-z]+-?)?(?:broker|brokers|brokerage|consultancy|consultants?|researcher|analytics|tracker|adviser|advisor|agency|house|firm)$/.test(t.lower);
      const lastWord = between.at(-1);
      if (lastWord && !afterPreposition) {
        const linkOk = sourceWord(lastWord) || L.DETERMINERS.has(lastWord.lower) || LINK_PREPOSITIONS.has(lastWord.lower);
        const content = between.filter((t) => !L.DETERMINERS.has(t.lower) && !LINK_PREPOSITIONS.has(t.lower) && !LINK_FILLERS.has(t.lower));
        if (!linkOk || (content.length && !content.some(sourceWord))) return [];
      }
      // "said Kleinwort Benson Ltd financial analyst Simon Smithson", "per Bloomberg's Eric
      // Balchunas": the person after the firm (and its title).
      const person = chunks[1];
      const between2 = tk.slice(main.i1, person?.i0 ?? 0);
      const titledBetween = between2.some((t) => !t.poss);
      const personShaped = !!person && (looksLikePerson(person.text) || this.entityFor(person)?.type === 'PERSON' || (person.i1 - person.i0 >= 2 && tk.slice(person.i0, person.i1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !L.KNOWN_SOURCES.has(person.text.toLowerCase())));
      if (person && person.i0 > main.i1 && (titledBetween || personShaped) && person.i1 >= end && between2.every((t) => t.poss || (t.word && !t.name && (L.TITLE_WORDS.has(t.lower) || L.TITLE_FILLERS.has(t.lower))))) {
        return [...this.named(person, cue, 'person'), ...this.named(main, cue, 'organisation')];
      }
      // "analysts at Bank of America", "a spokesperson for the Treasury".
      const employer = between.some((t) => L.VAGUE_HEADS.has(t.lower) || L.TITLE_WORDS.has(t.lower) || ['team', 'desk'].includes(t.lower));
      const tail = tk.slice(main.i1, end).filter((t) => t.word);
      const hits = this.named(main, cue, employer && !this.personChunk(main) ? 'organisation' : tail.length ? kindFromTail(tail) : afterPreposition && between.some((t) => L.DOC_NOUNS.has(t.lower)) ? 'data provider' : null);
      // "according to Bloomberg and Reuters".
      const second = chunks[1];
      if (second && tk[main.i1]?.lower === 'and' && second.i0 === main.i1 + 1) hits.push(...this.named(second, cue, null));
      // "said John Smith, chief executive of Acme" / "said Jane Doe, a spokesperson for Acme".
      if (inverted && tk[end]?.text === ',') {
        let k = end + 1;
        while (k < tk.length && tk[k]!.text !== ',' && !['.', ';'].includes(tk[k]!.text) && k - end < 16) k++;
        hits.push(...this.affiliation(tk.slice(end + 1, k), cue, hits[0]));
      }
      return hits;
    }
    const poss = window.findIndex((t) => ['its', 'their', 'his', 'her'].includes(t.lower));
    if (poss >= 0 && window.slice(poss + 1).some((t) => L.DOC_NOUNS.has(t.lower) || t.lower === 'own')) {
      const p = window[poss]!;
      const span = spanOf(window.slice(poss));
      const type: Resolve = p.lower === 'its' ? 'org' : p.lower === 'their' ? 'plural' : 'person';
      return this.anaphor(span, type, cue, p.lower, true);
    }
    const head = window.find((t) => L.DOC_ANAPHORS.has(t.lower) || L.ORG_ANAPHORS.has(t.lower));
    if (window[0]!.lower === 'the' && head && window.indexOf(head) <= 3 && window.length <= 4) {
      return this.anaphor(spanOf(window), L.ORG_ANAPHORS.has(head.lower) ? 'org' : 'doc', cue, head.lower);
    }
    if (window.some((t) => L.VAGUE_HEADS.has(t.lower)) || L.VAGUE_PHRASES.some((r) => r.test(wtext))) {
      return [this.vague(spanOf(window), cue)];
    }
    return [];
  }

  /** `(source: X, Twitter)`, `Source: X` and article-level `Sources: X, Y` lines. */
  private sourceList(i: number, close: string | null, scope: 'sentence' | 'article', cue: string): Hit[] {
    const tk = this.tokens;
    const hits: Hit[] = [];
    let k = i;
    while (k < tk.length) {
      if (close && tk[k]!.text === close) break;
      const item: number[] = [];
      // (an "and" inside a name is no list: "Sources: Australian Communications and Media Authority; …")
      const andInName = (t: Token) => this.entities.some((e) => e.type === 'ORG' && e.start < t.start && e.end > t.end);
      while (k < tk.length && ![',', ';', '|', '/'].includes(tk[k]!.text) && (tk[k]!.lower !== 'and' || andInName(tk[k]!)) && !(close && tk[k]!.text === close)) item.push(k++);
      if (item.length) {
        const chunk = this.chunks.find((c) => c.i0 >= item[0]! && c.i1 <= item.at(-1)! + 1);
        if (chunk && !L.PLATFORMS.has(chunk.text.toLowerCase())) {
          const tail = item.filter((x) => x >= chunk.i1).map((x) => tk[x]!).filter((t) => t.word);
          hits.push(...this.named(chunk, cue, tail.length ? kindFromTail(tail) : null).map((h) => ({ ...h, scope })));
        }
      }
      if (k < tk.length && !(close && tk[k]!.text === close)) k++;
    }
    return hits;
  }

  // ---- building hits ---------------------------------------------------------------------

  /** Named source(s) from a chunk: a `Title Name` chunk gives the person (and the employer before the title). */
  private named(chunk: Chunk, cue: string, kindHint: SourceKind | null): Hit[] {
    // "Vice Finance Minister for International Affairs Atsushi Koyama": the person the entities
    // found at the end of the chunk, when no organisation is named before them
    const inner = this.entitiesByEnd.get(chunk.end)?.find((e) => e.type === 'PERSON' && e.start > chunk.start && plausibleName(e.canonical));
    if (inner && !this.entities.some((e) => (e.type === 'ORG' || e.type === 'ASSET') && e.start >= chunk.start && e.end <= inner.start)) {
      return [this.hit(inner.start, inner.end, canonicalName(inner.canonical), 'person', cue)];
    }
    const tk = this.tokens.slice(chunk.i0, chunk.i1);
    const lowerTokens = tk.map((t) => t.lower);
    const titleAt = lowerTokens.findIndex((w) => UNAMBIGUOUS_TITLES.has(w) || w.split('-').some((x) => UNAMBIGUOUS_TITLES.has(x) || GOVERNMENT_TITLES.has(x)));
    if (titleAt >= 0 && !L.KNOWN_SOURCES.has(chunk.text.toLowerCase())) {
      let last = titleAt;
      while (last + 1 < tk.length && (L.TITLE_WORDS.has(lowerTokens[last + 1]!) || L.TITLE_FILLERS.has(lowerTokens[last + 1]!))) last++;
      // "CIO of Bitwise": what follows `of` is the employer, not a person.
      const employerAfter = ['of', 'at', 'for'].includes(lowerTokens[last]!);
      const person = tk.slice(last + 1);
      const hits: Hit[] = [];
      const personOk = !employerAfter && person.length >= 1 && person.length <= 4 && person.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) || NAME_PARTICLE.test(t.text)) && !person.some((t) => L.ORG_WORDS.has(t.lower));
      if (personOk) {
        const span = spanOf(person);
        hits.push(this.hit(span.start, span.end, canonicalName(this.text.slice(span.start, span.end)), 'person', cue));
      }
      let pre = tk.slice(0, titleAt);
      while (pre.length > 1 && (L.TITLE_FILLERS.has(pre.at(-1)!.lower) || L.TITLE_WORDS.has(pre.at(-1)!.lower))) pre = pre.slice(0, -1);
      // "Chief Executive of Acme" after the title; none before a government title ("Finance Minister").
      if (GOVERNMENT_TITLES.has(lowerTokens[titleAt]!)) pre = [];
      // "Apple analyst Ming-Chi Kuo" covers Apple; "JPMorgan analyst" works for JPMorgan.
      const preName = pre.length ? this.text.slice(pre[0]!.start, pre.at(-1)!.end) : '';
      if (pre.length && /^(?:analyst|analysts|strategist|economist|trader|researcher|investor)$/.test(lowerTokens[titleAt]!) && !L.KNOWN_SOURCES.has(canonicalName(preName).toLowerCase()) && !orgWords(preName)) pre = [];
      if (pre.length && isPlace(preName)) pre = [];
      if (employerAfter && person.length) pre = person;
      if (pre.length && pre.some((t) => t.name)) {
        const span = spanOf(pre);
        const name = canonicalName(this.text.slice(span.start, span.end));
        if (name) hits.push(this.hit(span.start, span.end, name, this.kindOf(name, span, 'organisation'), cue));
      }
      if (hits.length) return hits;
      // "one neo-bank CEO told me": a title alone names no one.
      if (lowerTokens.every((w) => L.TITLE_WORDS.has(w) || L.TITLE_FILLERS.has(w) || UNAMBIGUOUS_TITLES.has(w))) return [];
    }
    const name = withoutDocumentTitle(canonicalName(chunk.text));
    if (!name || L.PLATFORMS.has(name.toLowerCase()) || L.isDemonym(name) || L.CORPORATE_SUFFIXES.has(name.toLowerCase())) return [];
    const entity = this.entityFor(chunk);
    if (entity?.type === 'PLACE' && !/\b(?:said|says|told)\b/.test(cue)) return [];
    // (an index its compiler publishes is cited as the data's source: "according to the Veltro Price Index")
    const citedIndex = /\bindex$/i.test(name) && /^(?:according|per\b|data|citing|source|figures|prices)/i.test(cue);
    if (entity?.type === 'ASSET' && !citedIndex && !L.KNOWN_SOURCES.has(name.toLowerCase()) && !/\b(?:trust|fund|etf|shares)\b/i.test(name)) return [];
    let canonical = entity && contains(entity.canonical, name) ? withoutDocumentTitle(canonicalName(entity.canonical)) : name;
    // "Cardenas said" after "Jorge Cardenas, manager of …": the full name of the person.
    const full = !entity && !name.includes(' ') ? this.fullPersonName(name, chunk.start) : null;
    if (full) canonical = full;
    const kind = full ? 'person' : this.kindOf(canonical, chunk, kindHint);
    return [this.hit(chunk.start, chunk.end, canonical, kind, cue)];
  }

  /** The employer named in an appositive: `a spokesperson for Y`, `head of research at Y`, `Y's chief economist`. */
  private affiliation(appos: Token[], cue: string, main: Hit | undefined): Hit[] {
    if (!appos.length) return [];
    const from = appos[0]!.start;
    const to = appos.at(-1)!.end;
    const text = this.text.slice(from, to);
    const inner = this.chunks.filter((c) => c.start >= from && c.end <= to);
    if (main && PERSON_ROLE.test(text) && main.kind !== 'person' && /^\S+(?:\s+\S+){1,3}$/.test(main.name ?? '')) main.kind = 'person';
    if (main && ORG_ROLE.test(text) && !PERSON_ROLE.test(text) && main.kind === 'unknown') main.kind = 'organisation';
    // The employer: a name after "at" (strongest), "for", then "of"/"with"/"from", or an owner
    // before a title ("Y's chief economist"); the last of equals ("head of Research at Y").
    let best: { chunk: Chunk; score: number } | null = null;
    for (const c of inner) {
      if (isPlace(c.text)) continue;
      let chunk = c;
      // "Platform Solutions for Ascom": what follows the last "for"/"at" inside the name.
      for (let k = c.i1 - 2; k > c.i0; k--) {
        if (['for', 'at'].includes(this.tokens[k]!.lower)) {
          chunk = this.chunkOf(k + 1, c.i1);
          break;
        }
      }
      const inside = chunk !== c;
      const before = this.tokens[chunk.i0 - 1];
      const after = this.tokens[chunk.i1];
      const titleNext = this.tokens[chunk.i1 + 1];
      const titled = !!titleNext && (L.TITLE_WORDS.has(titleNext.lower) || L.TITLE_FILLERS.has(titleNext.lower));
      const score = this.tokens.slice(c.i0, c.i1).some((t) => UNAMBIGUOUS_TITLES.has(t.lower))
        ? 1
        : after?.poss
          ? titled ? 2 : 0
          : inside || before?.lower === 'at' ? 3 : before?.lower === 'for' ? 2 : before && ['of', 'with', 'from'].includes(before.lower) ? 1 : 0;
      if (score && (!best || score >= best.score)) best = { chunk, score };
    }
    if (!best || !PERSON_ROLE.test(text)) return [];
    return this.named(best.chunk, cue, 'organisation').filter((h) => h.kind !== 'person' && h.name !== main?.name);
  }

  /** The person named earlier whose surname is `surname` (`Jorge Cardenas` for `Cardenas`). */
  private fullPersonName(surname: string, before: number): string | null {
    for (let i = this.hits.length - 1; i >= 0; i--) {
      const h = this.hits[i]!;
      if (h.kind === 'person' && h.name && h.name !== surname && h.name.endsWith(` ${surname}`) && h.start < before) return h.name;
    }
    for (let i = this.seenChunks.length - 1; i >= 0; i--) {
      const { chunk } = this.seenChunks[i]!;
      const words = chunk.text.split(/\s+/);
      if (words.length < 2 || words.at(-1) !== surname) continue;
      let k = 0;
      while (k < words.length - 1 && (L.TITLE_WORDS.has(words[k]!.toLowerCase()) || L.TITLE_FILLERS.has(words[k]!.toLowerCase()) || UNAMBIGUOUS_TITLES.has(words[k]!.toLowerCase()))) k++;
      const person = words.slice(k).join(' ');
      if (k > 0 || looksLikePerson(person)) {
        if (person.split(' ').length >= 2 && !person.split(' ').some((w) => L.ORG_WORDS.has(w.toLowerCase()))) return person;
      }
    }
    return null;
  }

  private pronoun(t: Token, cue: string): Hit[] {
    const type = L.PRONOUNS.get(t.lower)!;
    return this.anaphor({ start: t.start, end: t.end }, type, cue, t.lower);
  }

  private anaphor(span: { start: number; end: number }, type: Resolve, cue: string, word: string, nearest = false): Hit[] {
    const found = this.resolve(type, span.start, nearest, word);
    if (found?.vague) return [this.vague(span, cue)];
    if (found) return [{ start: span.start, end: span.end, name: found.name, kind: found.kind, vague: false, cue, scope: 'sentence', anaphor: type }];
    if (type === 'doc') return [this.vague(span, cue)];
    return [{ start: span.start, end: span.end, name: null, kind: 'unknown', vague: false, cue, scope: 'sentence', anaphor: type }];
  }

  private vague(span: { start: number; end: number }, cue: string): Hit {
    const phrase = this.text.slice(span.start, span.end);
    return { start: span.start, end: span.end, name: phrase, kind: vagueKind(phrase), vague: true, cue, scope: 'sentence' };
  }

  private hit(start: number, end: number, name: string, kind: SourceKind, cue: string): Hit {
    return { start, end, name, kind, vague: false, cue, scope: 'sentence' };
  }

  // ---- resolution ------------------------------------------------------------------------

  /**
   * What a pronoun or anaphor at `at` stands for. Persons: the last person named as a source
   * or as an entity. Organisations: a name earlier in the same sentence (the first, the
   * subject; or the nearest, for a possessive), else the last organisation named as a source
   * in this or the previous paragraph, else an organisation entity.
   */
  private resolve(type: Resolve, at: number, nearest = false, word = ''): { name: string; kind: SourceKind; vague?: boolean } | null {
    const prior = this.hits.filter((h) => h.end <= at && h.name);
    const recent = prior.filter((h) => h.start >= this.previousParagraphStart);
    if (type === 'person') {
      // The latest person named before: as a source ("Sanders said"), an entity, or a `Given Surname` name.
      const candidates: { at: number; name: string }[] = [];
      const p = prior.filter((h) => !h.vague && (h.kind === 'person' || (h.kind === 'unknown' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(h.name!)))).at(-1);
      if (p) candidates.push({ at: p.start, name: p.name! });
      const e = this.entities.filter((x) => x.type === 'PERSON' && x.end <= at && plausibleName(x.canonical)).at(-1);
      if (e) candidates.push({ at: e.start, name: canonicalName(e.canonical) });
      const c = this.seenPersons.at(-1);
      if (c) candidates.push(c);
      const here = this.chunks.filter((x) => x.end <= at && looksLikePerson(canonicalName(x.text))).at(-1);
      if (here) candidates.push({ at: here.start, name: canonicalName(here.text) });
      const best = candidates.sort((a, b) => b.at - a.at)[0];
      return best ? { name: best.name, kind: 'person' } : null;
    }
    if (type === 'plural' && !nearest) {
      // "They said" continues the attribution of the sentence just before.
      const last = recent.filter((h) => h.start >= this.paragraphStart && (h.sentence ?? -1) >= this.sentenceIndex - 1).at(-1);
      return last ? { name: last.name!, kind: last.kind, vague: last.vague } : null;
    }
    if (type === 'doc') {
      const last = recent.filter((h) => !h.vague && h.kind !== 'person').at(-1);
      return last ? { name: last.name!, kind: last.kind } : null;
    }
    // "the bank said" ← "Bank of Japan", "the ministry" ← "Finance Ministry": a name holding the noun.
    if (word && /^[a-z-]+$/.test(word) && type !== 'filer') {
      const noun = new RegExp(`\\b${word}\\b`, 'i');
      const holds = (n: string) => noun.test(n);
      const inSentence = this.chunks.filter((c) => c.end <= at && holds(c.text)).at(-1);
      if (inSentence) return { name: canonicalName(inSentence.text), kind: 'organisation' };
      const hit = prior.filter((h) => !h.vague && holds(h.name!)).at(-1);
      if (hit) return { name: hit.name!, kind: hit.kind };
      const seen = this.seenChunks.filter((x) => x.chunk.start >= this.previousParagraphStart && holds(x.chunk.text)).at(-1);
      if (seen) return { name: canonicalName(seen.chunk.text), kind: 'organisation' };
    }
    // "the government said", "the agency said": no company stands for it; left unresolved.
    if (INSTITUTIONS.has(word)) return null;
    // "the newspaper wrote", "the daily said": the publication last named
    if (PUBLICATION_ANAPHORS.has(word)) {
      const paper = prior.filter((h) => !h.vague && h.kind === 'publication').at(-1);
      const entity = this.entities.filter((x) => x.type === 'ORG' && x.end <= at && !this.inDateline(x) && (L.KNOWN_SOURCES.get(canonicalName(x.canonical).toLowerCase())?.kind === 'publication' || L.PUBLICATION_WORDS.has(x.canonical.split(/\s+/).at(-1)!.toLowerCase()))).at(-1);
      if (entity && (!paper || entity.start > paper.start)) return { name: canonicalName(entity.canonical), kind: 'publication' };
      if (paper) return { name: paper.name!, kind: paper.kind };
      return null;
    }
    // "the newspaper wrote while … failings it said": "it" goes on with the sentence's own source
    if (word === 'it') {
      const same = prior.filter((h) => !h.vague && h.kind !== 'person' && h.sentence === this.sentenceIndex).at(-1);
      if (same) return { name: same.name!, kind: same.kind };
    }
    // Organisations: a name earlier in this sentence first (its subject, or the nearest for a possessive).
    const here = this.chunks.filter((c) => c.end <= at && this.orgLike(c));
    const wantOrg = word !== 'report' && word !== 'data';
    let pick = nearest ? here.at(-1) : here[0];
    if (!pick && type === 'filer') {
      // "Strategy bought 4,225 BTC, a filing showed": the sentence's first word, capitalised anyway, is the filer.
      const first = this.tokens.find((t) => t.word);
      if (first && first.name && first.opens && !L.ASSET_WORDS.has(first.lower) && first.end <= at) {
        const i = this.tokens.indexOf(first);
        pick = { i0: i, i1: i + 1, start: first.start, end: first.end, text: first.text };
      }
    }
    if (pick) {
      const e = this.entityFor(pick);
      const name = e && contains(e.canonical, pick.text) ? canonicalName(e.canonical) : canonicalName(pick.text);
      if (name) return { name, kind: type === 'filer' ? 'document' : this.kindOf(name, pick, 'organisation') };
    }
    // "the company said" never stands for a central bank, a ministry or a regulator.
    const publicBody = (name: string) => word !== '' && !INSTITUTIONS.has(word) && PUBLIC_BODY_NAME.test(name);
    const last = prior.filter((h) => !h.vague && h.kind !== 'person' && (!wantOrg || (h.kind !== 'publication' && h.kind !== 'data provider')) && !publicBody(h.name!)).at(-1);
    if (last) return { name: last.name!, kind: last.kind };
    const e = this.entities.filter((x) => x.type === 'ORG' && x.end <= at && x.start >= this.previousParagraphStart && plausibleName(x.canonical) && !this.inDateline(x)).at(-1);
    if (e) return { name: canonicalName(e.canonical), kind: 'organisation' };
    // The subject of the previous sentence in this paragraph.
    const prevSentence = this.seenChunks.filter(
      (s) => s.paragraph === this.paragraph && s.sentence === this.sentenceIndex - 1 && this.orgLike(s.chunk) && (orgWords(s.name) || /\p{Lu}.*\p{Lu}/u.test(s.name) || L.KNOWN_SOURCES.get(s.name.toLowerCase())?.kind === 'organisation'),
    );
    if (prevSentence.length) {
      const name = canonicalName(prevSentence[0]!.chunk.text);
      if (name) return { name, kind: 'organisation' };
    }
    // "Siam Ocean Foods, one of Thailand's largest tuna canners, is weighing …" and two paragraphs on "the company said":
    // the first firm of the lead, when a company noun refers back
    if (COMPANY_NOUNS.has(word)) {
      const lead = this.entities.find((x) => x.type === 'ORG' && x.end <= at && plausibleName(x.canonical) && !this.inDateline(x) && !publicBody(canonicalName(x.canonical)) && !L.KNOWN_SOURCES.get(canonicalName(x.canonical).toLowerCase()));
      if (lead && lead.start < this.firstParagraphEnd) return { name: canonicalName(lead.canonical), kind: 'organisation' };
      // (a name of ordinary words no entity reading took: "Siam Ocean Foods")
      const named = this.seenChunks.find((x) => x.paragraph === 0 && !x.person && x.chunk.end <= at && !this.inDateline(x.chunk) && this.orgLike(x.chunk) && orgWords(x.name) && !publicBody(x.name));
      if (named) {
        const name = canonicalName(named.chunk.text);
        if (name) return { name, kind: 'organisation' };
      }
    }
    return null;
  }

  /** Whether a span lies in a dateline ("LONDON, Feb 27 (Reuters) -"). */
  private inDateline(span: { start: number; end: number }): boolean {
    return this.datelines.some(([a, b]) => span.start >= a && span.end <= b);
  }

  /**
   * The two firms a story is about, for "the companies said": the organisation entities named
   * most often before `at` (ties: the first named), leaving out newswires, data providers,
   * public bodies, exchanges and anything in a dateline. Short mentions count for their firm:
   * the entities give "Kestrel" the canonical name "Kestrel Minerals Ltd".
   */
  private firmsOfStory(at: number): string[] {
    const counts = new Map<string, { n: number; first: number }>();
    /** Names written in full with a legal form ("Brennmark AG"): a firm of their own, never a short form. */
    const full = new Set<string>();
    for (const e of this.entities) {
      if (e.type !== 'ORG' || e.end > at || this.inDateline(e) || !plausibleName(e.canonical)) continue;
      const name = canonicalName(e.canonical);
      const known = L.KNOWN_SOURCES.get(name.toLowerCase());
      if ((known && known.kind !== 'organisation') || PUBLIC_BODY_NAME.test(name) || /\b(?:exchange|bourse|commission|regulator)\b/i.test(name)) continue;
      const c = counts.get(name) ?? { n: 0, first: e.start };
      c.n++;
      counts.set(name, c);
      if (name !== e.canonical && e.text === e.canonical) full.add(name);
    }
    // "Kodak" is "Eastman Kodak", "Kestrel" is "Kestrel Minerals": whole words at either end
    for (const short of [...counts.keys()]) {
      if (full.has(short) || short.includes(' ')) continue;
      const long = [...counts.keys()].find((n) => n !== short && (n.startsWith(`${short} `) || n.endsWith(` ${short}`)));
      if (!long) continue;
      const a = counts.get(long)!;
      const b = counts.get(short)!;
      a.n += b.n;
      a.first = Math.min(a.first, b.first);
      counts.delete(short);
    }
    return [...counts]
      .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
      .slice(0, 2)
      .sort((a, b) => a[1].first - b[1].first)
      .map(([name]) => name);
  }

  // ---- classification --------------------------------------------------------------------

  /**
   * The entity written exactly where the name is (a leading `The` aside). Only then are its
   * type and canonical name trusted: an entity that runs past the name ("BIL Chief
   * Executive Paul Collins") says nothing about it.
   */
  private entityFor(span: { start: number; end: number }): Entity | undefined {
    const text = this.text.slice(span.start, span.end);
    const from = /^The /.test(text) ? span.start + 4 : span.start;
    return this.entitiesByEnd.get(span.end)?.find((e) => (e.start === span.start || e.start === from) && plausibleName(e.canonical));
  }

  /** A chunk that can stand for an organisation: not a person, not a place, not a platform. */
  private orgLike(c: Chunk): boolean {
    const e = this.entityFor(c);
    if (e && (e.type === 'PERSON' || e.type === 'PLACE')) return false;
    // "Shareholders also approved …, the company said": a capitalised common word is no firm
    if (!e && c.i1 - c.i0 === 1 && isCommonWord(this.text.slice(c.start, c.end).toLowerCase()) && !L.KNOWN_SOURCES.has(c.text.toLowerCase())) return false;
    if (c.text.split(/\s+/).some((w) => UNAMBIGUOUS_TITLES.has(w.toLowerCase()))) return false;
    if (looksLikePerson(c.text)) return false;
    if (L.PLATFORMS.has(c.text.toLowerCase())) return false;
    const known = L.KNOWN_SOURCES.get(c.text.toLowerCase());
    if (known && known.kind !== 'organisation') return false;
    return true;
  }

  private personChunk(c: Chunk): boolean {
    return this.entityFor(c)?.type === 'PERSON' || this.tokens.slice(c.i0, c.i1).some((t) => UNAMBIGUOUS_TITLES.has(t.lower));
  }

  /** Is this chunk a plausible subject of `shows`/`found`/`points to` (a data provider, a person, an organisation entity)? */
  private sourceLike(c: Chunk): boolean {
    if (L.KNOWN_SOURCES.has(canonicalName(c.text).toLowerCase())) return true;
    const e = this.entityFor(c);
    if (e) return e.type === 'PERSON' || e.type === 'ORG';
    return this.personChunk(c);
  }

  private kindOf(name: string, span: { start: number; end: number }, hint: SourceKind | null): SourceKind {
    const known = L.KNOWN_SOURCES.get(name.toLowerCase()) ?? L.KNOWN_SOURCES.get(name.toLowerCase().replace(/^the /, ''));
    if (known) return known.kind;
    const e = this.entityFor(span);
    if (e?.type === 'PERSON' || (!e && looksLikePerson(name))) return 'person';
    if (hint) return hint;
    const ws = name.toLowerCase().split(/\s+/);
    if (L.PUBLICATION_WORDS.has(ws.at(-1)!) && ws.length > 1) return 'publication';
    if (ws.some((w) => L.ORG_WORDS.has(w)) || e?.type === 'ORG' || e?.type === 'ASSET' || LEGAL_SUFFIX.test(this.text.slice(span.start, span.end))) return 'organisation';
    if (ws.length === 1 && /\p{Lu}.*\p{Lu}/u.test(name)) return 'organisation';
    return 'unknown';
  }
}

// ---- helpers ---------------------------------------------------------------------------

/** An entity's canonical name fit to be a source's name (no title, no list: not "Sales Manager Melvin Sims"). */
function plausibleName(name: string): boolean {
  const ws = name.split(/\s+/);
  return ws.length <= 6 && !/\band\b|,/.test(name) && !ws.some((w) => UNAMBIGUOUS_TITLES.has(w.toLowerCase()) || GOVERNMENT_TITLES.has(w.toLowerCase()));
}

/** Capitalised words that title a document after its publisher ("CoinShares Weekly Report"). */
const DOCUMENT_TITLE = /^(?:report|review|update|survey|outlook|bulletin|filing|statement|memo|letter|note|notes|weekly|monthly|quarterly|annual|daily|fund|flows?|digital|asset|assets|etfs?|crypto)$/i;

/**
 * The publisher of a document named by its title: `CoinShares Digital Asset Fund Flows Weekly
 * Report` → `CoinShares`, `Harborview Bancorp Quarterly Report` → `Harborview Bancorp`.
 */
function withoutDocumentTitle(name: string): string {
  const ws = name.split(' ');
  if (ws.length < 2 || L.KNOWN_SOURCES.has(name.toLowerCase())) return name;
  const titled = /^(?:report|review|update|survey|outlook|bulletin|filing|statement|memo)$/i.test(ws.at(-1)!);
  for (let k = ws.length - 1; k >= 1; k--) {
    const prefix = ws.slice(0, k).join(' ');
    const known = L.KNOWN_SOURCES.get(prefix.toLowerCase());
    if (known && (titled || ws.slice(k).every((w) => DOCUMENT_TITLE.test(w)))) return known.name;
  }
  if (!titled) return name;
  let k = ws.length;
  while (k > 1 && DOCUMENT_TITLE.test(ws[k - 1]!)) k--;
  return ws.slice(0, k).join(' ');
}

/** A name with a firm's word in it (`Capital`, `Bank`, `Inc`). */
/** A company's legal form at the end of its name (`Acme Corp`, `Deutsche Bank AG`). */
const LEGAL_SUFFIX = /\b(?:Inc|Corp|Ltd|LLC|Plc|plc|Co|SA|AG|NV|GmbH)\b\.?$/;

function orgWords(name: string): boolean {
  return name.split(/\s+/).some((w) => L.ORG_WORDS.has(w.toLowerCase())) || LEGAL_SUFFIX.test(name);
}

/** A country, city or nationality (`U.S.`, `Japanese`, `Duesseldorf` is not known: only the listed ones). */
function isPlace(name: string): boolean {
  const lower = name.toLowerCase();
  return L.PLACE_WORDS.has(lower) || lower.split(/\s+/).every((w) => L.PLACE_WORDS.has(w)) || L.isDemonym(name);
}

/** `Sarah Chen`, `Ki Young Ju`, `Jerome H. Powell`: a given name and a surname (no firm words). */
function looksLikePerson(name: string): boolean {
  const ws = name.split(/\s+/);
  return ws.length >= 2 && ws.length <= 4 && L.GIVEN_NAMES.has(ws[0]!.toLowerCase()) && !ws.some((w) => L.ORG_WORDS.has(w.toLowerCase())) && !L.KNOWN_SOURCES.has(name.toLowerCase());
}

/** `LONDON, Feb 27 (Reuters) -`, `Aug 5 (Meridian Wire) -`: a wire story's dateline. */
const DATELINE = /^\s*(?:[\p{Lu}][\p{Lu} .'’/-]*[\p{Lu}.](?:,\s*[\p{L} .]+)?,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*\([^)]{2,40}\)\s*[-–—]+\s*/u;

/** Participles that attribute to the sentence's subject after a comma: "…, saying that …". */
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'warning', 'explaining', 'predicting', 'estimating', 'insisting', 'stressing']);
/** Verbs of revising a forecast ("raised its forecast") and the nouns they revise. */
const REVISION_VERBS = new Set(['raised', 'raises', 'cut', 'cuts', 'lowered', 'lowers', 'lifted', 'lifts', 'trimmed', 'trims', 'revised', 'revises', 'kept', 'keeps', 'maintained', 'maintains', 'reaffirmed', 'reaffirms', 'boosted', 'slashed', 'upgraded', 'downgraded']);
const REVISED_NOUNS = new Set(['forecast', 'forecasts', 'estimate', 'estimates', 'outlook', 'guidance', 'projection', 'projections', 'target', 'targets', 'prediction', 'predictions', 'view', 'rating']);
/** Anaphors for a publication: "the newspaper wrote", "the daily said". */
const PUBLICATION_ANAPHORS = new Set(['newspaper', 'daily', 'paper', 'publication', 'magazine', 'newsletter', 'broadcaster', 'outlet', 'weekly', 'tabloid']);
/** Plural heads for the firms of a story: "the companies said", "both banks said". */
const PLURAL_FIRMS = new Set(['companies', 'firms', 'groups', 'banks', 'lenders', 'miners', 'carriers', 'partners', 'insurers', 'exchanges', 'automakers', 'chipmakers', 'producers', 'retailers']);
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|oct\.|nov\.|dec\.|\d{1,4})$/;

/**
 * From token `j` (the word before a verb) back over a time adjunct: "on Thursday", "late on
 * Monday", "on March 3", "earlier this week", and a dating participle before it ("released on
 * Tuesday"). Returns the index of the word before the adjunct, or `j` when there is none.
 */
function skipTimeAdjunct(tk: readonly Token[], j: number): number {
  let k = j;
  while (k >= 0 && k > j - 4 && TIME_WORD.test(tk[k]!.lower)) k--;
  if (k === j) {
    // "earlier this week", "last month"
    if (/^(?:week|month|year|morning|afternoon|evening)$/.test(tk[j]?.lower ?? '') && /^(?:this|last|next)$/.test(tk[j - 1]?.lower ?? '')) k = j - 2;
    else return j;
  } else if (!/^(?:on|in|from)$/.test(tk[k]?.lower ?? '')) return j;
  else k--;
  if (/^(?:late|early|earlier|later)$/.test(tk[k]?.lower ?? '')) k--;
  if (/^(?:released|published|issued|compiled|posted|out)$/.test(tk[k]?.lower ?? '')) k--;
  return k >= 0 && tk[k]!.word ? k : j;
}

function findBack(tk: readonly Token[], from: number, text: string, max: number): number {
  for (let k = from; k >= 0 && from - k <= max; k--) if (tk[k]!.text === text) return k;
  return -1;
}

/** The noun phrase ending at token `j` (inclusive), as `[i0, i1)`, or null. */
function backNP(tk: readonly Token[], j: number): [number, number] | null {
  if (j < 0 || !tk[j] || (!tk[j]!.word && !tk[j]!.poss)) return null;
  let k = j;
  let count = 0;
  while (k >= 0 && count < 9) {
    const t = tk[k]!;
    if (t.poss || t.text === '&') {
      k--;
      continue;
    }
    if (!t.word || /^[$\d]/.test(t.text) || DISCOURSE.has(t.lower)) break;
    if (L.DETERMINERS.has(t.lower) && !t.name) {
      k--;
      break;
    }
    if (L.PRONOUNS.has(t.lower) && !t.name) {
      if (k === j) k--;
      break;
    }
    if (!t.name && JOINERS.has(t.lower) && tk[k - 1]?.name && tk[k + 1]?.name) {
      k--;
      count++;
      continue;
    }
    const verbLike = L.STRONG_VERBS.has(t.lower) || L.WEAK_VERBS.has(t.lower);
    if (!t.name && (L.CLAUSE_WORDS.has(t.lower) || (verbLike && !(k === j && L.DOC_NOUNS.has(t.lower))) || L.BE_FORMS.has(t.lower) || L.ADVERBS.has(t.lower))) break;
    k--;
    count++;
  }
  let i0 = k + 1;
  while (i0 <= j && (tk[i0]!.poss || tk[i0]!.text === '&')) i0++;
  if (i0 > j) return null;
  return [i0, j + 1];
}

function spanOf(tokens: readonly Token[]): { start: number; end: number } {
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end };
}

function kindFromTail(tail: readonly Token[]): SourceKind | null {
  const w = tail.map((t) => t.lower);
  if (w.some((x) => ['data', 'figures', 'numbers', 'statistics', 'stats', 'estimates', 'metrics', 'dashboard', 'tracker', 'index', 'analytics', 'tally', 'calculations', 'prices', 'quotes', 'quotations', 'settlements'].includes(x))) return 'data provider';
  if (w.some((x) => ['filing', 'filings', 'document', 'documents', 'disclosure', 'disclosures', 'records'].includes(x))) return 'document';
  if (w.some((x) => ['newsletter', 'post', 'posts', 'tweet', 'tweets'].includes(x))) return 'publication';
  if (w.some((x) => L.VAGUE_HEADS.has(x) || L.TITLE_WORDS.has(x) || L.ORG_ANAPHORS.has(x) || x === 'team' || x === 'desk')) return 'organisation';
  return null;
}

function vagueKind(phrase: string): SourceKind {
  if (/\b(?:data|figures|numbers|statistics|stats|estimates|metrics|reports?|research|stud(?:y|ies)|surveys?|polls?|analys[ie]s)\b/i.test(phrase)) return 'document';
  if (/\b(?:analysts?|experts?|traders?|investors?|researchers?|strategists?|economists?|people|person|officials?|executives?|watchers?|observers?|commentators?|insiders?)\b/i.test(phrase)) return 'person';
  return 'unknown';
}

const contains = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/** The canonical form of a written name: no leading `the` (unless part of a title like `The Block`), no possessive, no corporate suffix. */
export function canonicalName(written: string): string {
  const cached = CANONICAL.get(written);
  if (cached !== undefined) return cached;
  const name = canonicalUncached(written);
  if (CANONICAL.size > 5000) CANONICAL.clear();
  CANONICAL.set(written, name);
  return name;
}

/** Memo of {@link canonicalName} (names repeat across articles; bounded). */
const CANONICAL = new Map<string, string>();

function canonicalUncached(written: string): string {
  let s = written.replace(/\s+/g, ' ').trim();
  // "Moody's" and "Barron's" are names; "Glassnode's" is Glassnode.
  const knownAsWritten = L.KNOWN_SOURCES.get(s.toLowerCase());
  if (knownAsWritten) return knownAsWritten.name;
  s = s.replace(/['’]s?$/u, '');
  const known = L.KNOWN_SOURCES.get(s.toLowerCase());
  if (known) return known.name;
  const parts = s.split(' ');
  while (parts.length > 1 && L.CORPORATE_SUFFIXES.has(parts.at(-1)!.toLowerCase().replace(/,$/, ''))) parts.pop();
  if (parts.length > 1) parts[parts.length - 1] = parts.at(-1)!.replace(/,$/, '');
  if (parts.length > 1 && /^the$/i.test(parts[0]!)) {
    const rest = parts.slice(1).join(' ');
    const knownRest = L.KNOWN_SOURCES.get(rest.toLowerCase());
    const keep = (parts.length === 2 && parts[0] === 'The') || (parts[0] === 'The' && L.PUBLICATION_WORDS.has(parts.at(-1)!.toLowerCase()));
    if (knownRest) return L.KNOWN_SOURCES.get(`the ${rest.toLowerCase()}`)?.name ?? knownRest.name;
    if (!keep) parts.shift();
  }
  s = parts.join(' ');
  return L.KNOWN_SOURCES.get(s.toLowerCase())?.name ?? s;
}

/**
 * Merges short forms into the full name used elsewhere in the article: `Calder` → `Calder
 * Foods`, `Butterfill` → `James Butterfill` (whole words at the start or, for persons, the end).
 */
function mergeShortForms(hits: Hit[], longer: readonly { name: string; kind: SourceKind | null }[], fullNames: ReadonlySet<string> = new Set()): void {
  // a name the article writes in full for a firm of its own ("Brennmark AG" → "Brennmark") is no short form
  const named = hits.filter((h) => h.name && !h.vague && !(h.kind === 'organisation' && fullNames.has(h.name)));
  // Candidates by first and last word, so each name is compared with a few others only.
  const pool = new Map<string, { name: string; words: string[]; kind: SourceKind | null }>();
  for (const c of [...named.map((h) => ({ name: h.name!, kind: h.kind as SourceKind | null })), ...longer]) {
    if (!pool.has(c.name)) pool.set(c.name, { ...c, words: c.name.split(' ') });
  }
  const byEdge = new Map<string, { name: string; words: string[]; kind: SourceKind | null }[]>();
  for (const c of pool.values()) {
    if (c.words.length < 2 || c.words.length > 5) continue;
    for (const key of [`^${c.words[0]}`, `$${c.words.at(-1)}`]) {
      const list = byEdge.get(key) ?? [];
      list.push(c);
      byEdge.set(key, list);
    }
  }
  for (const h of named) {
    const short = h.name!.split(' ');
    let best: { name: string; kind: SourceKind | null } | null = null;
    for (const cand of [...(byEdge.get(`^${short[0]}`) ?? []), ...(byEdge.get(`$${short.at(-1)}`) ?? [])]) {
      const long = cand.words;
      if (long.length <= short.length) continue;
      const prefix = short.every((w, i) => long[i] === w);
      const personLike = h.kind === 'person' || cand.kind === 'person' || (short.length === 1 && long.length <= 3 && long.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’.-]*$/u.test(w)) && !long.some((w) => L.ORG_WORDS.has(w.toLowerCase())));
      const suffix = personLike && short.every((w, i) => long[long.length - short.length + i] === w);
      if (!prefix && !suffix) continue;
      if (prefix && cand.kind === 'person' && h.kind !== 'person' && short.length === 1) continue;
      if (!best || cand.name.length > best.name.length) best = cand;
    }
    if (best) {
      h.name = best.name;
      if (best.kind && h.kind === 'unknown') h.kind = best.kind;
    }
  }
}

/** All attributions of an article, in text order. */
export function findSources(context: ExtractContext, options: FindSourcesOptions = {}): Source[] {
  const { text, paragraphs, sentences } = context;
  const finder = new SourceFinder(text, context.mentions.entities);
  const byIndex = new Map(paragraphs.map((p, order) => [p.index, { p, previous: paragraphs[order - 1] ?? p }]));
  sentences.forEach((s, index) => {
    const entry = byIndex.get(s.paragraph);
    const start = entry?.p.start ?? s.start;
    const whole = !!entry && entry.p.start === s.start && entry.p.end === s.end;
    finder.sentence(s.start, s.end, s.paragraph, start, entry?.previous.start ?? start, index, whole);
  });
  // Article-level lines: a whole paragraph `Source: X` / `Data: X, Y`.
  for (const p of paragraphs) {
    const m = L.SOURCE_LINE.exec(p.text);
    if (!m || p.text.length > 200) continue;
    for (const h of finder.hits) if (h.start >= p.start && h.end <= p.end) h.scope = 'article';
  }
  const longer: { name: string; kind: SourceKind | null }[] = [];
  for (const e of context.mentions.entities ?? []) if ((e.type === 'ORG' || e.type === 'PERSON') && plausibleName(e.canonical) && e.canonical.split(' ').length <= 4) longer.push({ name: canonicalName(e.canonical), kind: e.type === 'PERSON' ? 'person' : 'organisation' });
  for (const { chunk, name } of finder.seenChunks) {
    // Only firm names ("Calder Foods Inc", "Harborview Bancorp"), not a firm plus a descriptor ("Bloomberg ETF").
    if (withoutDocumentTitle(name) !== name) continue;
    const words = name.split(' ');
    if (words.length >= 2 && words.length <= 4 && (L.ORG_WORDS.has(words.at(-1)!.toLowerCase()) || LEGAL_SUFFIX.test(chunk.text))) longer.push({ name, kind: 'organisation' });
  }
  const fullNames = new Set<string>();
  for (const e of context.mentions.entities ?? []) if (e.type === 'ORG' && e.canonical !== canonicalName(e.canonical) && e.text === e.canonical) fullNames.add(canonicalName(e.canonical));
  mergeShortForms(finder.hits, longer, fullNames);
  const out: Source[] = [];
  for (const h of finder.hits.sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!h.name) {
      if (!options.keepUnresolved) continue;
    }
    const item: Source = {
      start: h.start,
      end: h.end,
      text: text.slice(h.start, h.end),
      name: h.name ?? text.slice(h.start, h.end),
      kind: h.kind,
      vague: h.vague,
      cue: h.cue,
      scope: h.scope,
    };
    out.push(item);
  }
  return out;
}

export const sources: Extractor<'sources'> = {
  id: 'sources',
  version: '1.0.0',
  kind: 'sources',
  description: 'attributed sources: according to X, X said, per data from X, (source: X), Source: lines; vague attributions marked',
  extract(context) {
    return findSources(context);
  },
};
