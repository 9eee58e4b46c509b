/**
 * The data model of claimscan: what each stage takes and gives, and the report of
 * `../shared/CONTRACT.md` (schema `claimscan/report@1`). Every `start`/`end` is a
 * JavaScript string index (UTF-16 code units, end exclusive) into the cleaned `text`.
 */
import type { Revision } from './revision.js';

/** A half-open range `[start, end)` into the cleaned article text. */
export interface Span {
  /** First UTF-16 code unit of the span. */
  start: number;
  /** One past the last UTF-16 code unit of the span. */
  end: number;
}

/** A span that also carries its own text: always `text === article.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

/**
 * The input record (CONTRACT.md, "Input"). Exactly one of `text` and `html` is present.
 * Unknown fields are kept, not rejected.
 */
export interface ArticleRecord {
  /** Optional stable id chosen by whoever produced the record. */
  id?: string;
  url?: string;
  title?: string;
  /** ISO-8601 date or date-time. */
  published?: string;
  publisher?: string;
  /** Plain text; paragraphs separated by line breaks. */
  text?: string;
  /** Raw HTML of a page. */
  html?: string;
  [field: string]: unknown;
}

/** Where a record came from: the INPUT as given, and the line of a JSONL dump. */
export interface Origin {
  /** Path, URL or `-`, as given on the command line (a file found by walking a directory: its path). */
  input: string;
  /** 1-based line number within a `.jsonl`/`.ndjson` input; absent for whole-file inputs. */
  line?: number;
}

/** One item from the load stage: a validated record, or the reason it could not be read. */
export type LoadedItem =
  | { ok: true; origin: Origin; record: ArticleRecord; /** What was wrong but did not stop the record (an unreadable date). */ warnings?: string[] }
  | { ok: false; origin: Origin; error: string };

/** Metadata gathered by the clean stage (from the record first, then from the page). */
export interface ArticleMeta {
  id: string | null;
  url: string | null;
  title: string | null;
  /** ISO-8601 date or date-time as given. */
  published: string | null;
  publisher: string | null;
  author: string | null;
}

/** A block that the clean stage removed as boilerplate (kept for the editor's report). */
export interface RemovedBlock {
  /** The removed text, as it stood in the input (whitespace collapsed). */
  text: string;
  /** Why it was removed, e.g. `tag-list`, `teaser`, `disclaimer`, `nav`. */
  reason: string;
}

/** Output of the clean stage. */
export interface CleanedArticle {
  meta: ArticleMeta;
  /** Body paragraphs, boilerplate removed, each a single line of text without line breaks. */
  paragraphs: string[];
  removed: RemovedBlock[];
  /** Where the body came from, for the `thin-body` rule. */
  source: BodySource;
}

/**
 * How the clean stage came by an article's body. For a page, the step of the fallback chain
 * that gave it: `dom` (the element the page's structure and class names point to),
 * `dom-relaxed` (the same, trusting fewer class names), `articleBody` (the page's JSON-LD),
 * `dom-second` (the next region, once what the boilerplate rules drop is set aside),
 * `visible-text` (all the page's visible text), `description` (the page shows no text: its
 * `og:description`, or its title); `text` for a record's own text.
 */
export interface BodySource {
  method: 'text' | 'dom' | 'dom-relaxed' | 'articleBody' | 'dom-second' | 'visible-text' | 'description';
  /** Words of visible text on the whole page (for `text`: of the record's text). */
  pageWords: number;
}

/** Paragraph of the report: its span and, for a later copy, the index of the first copy. */
export interface Paragraph extends Span {
  /** Index (into `paragraphs`) of the paragraph this one repeats, or `null`. */
  duplicateOf: number | null;
  /** Shingle overlap with the first copy (1 for an exact repeat); only on duplicates. */
  similarity?: number;
  /** True when the copy repeats the first one exactly (after normalisation); only on duplicates. */
  exact?: boolean;
}

/** A sentence of the report; `paragraph` is the index of the paragraph holding it. */
export interface Sentence extends Span {
  paragraph: number;
}

/** Output of segment + dedupe: the text everything else indexes into. */
export interface SegmentedArticle {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export type MoneyDirection = 'inflow' | 'outflow' | 'increase' | 'decrease';

/** A monetary amount. `value` is in units of `currency`. */
export interface Money extends TextSpan {
  /** Exact amount in units of `currency` (low end of a range). */
  value: number;
  /** High end of a range (`$40-$45`). */
  valueHigh?: number;
  /** ISO 4217 code, or a crypto ticker such as `BTC`. */
  currency: string;
  /** Hedged amount ("about", "nearly", "close to"). */
  approximate: boolean;
  /** `min` for "at least"/"more than", `max` for "up to"/"less than". */
  bound?: 'min' | 'max';
  /** Unit the amount is per ("share", "barrel"). */
  per?: string;
  direction?: MoneyDirection;
  /** Why the value is in doubt, when the text leaves it so. */
  ambiguous?: string;
}

/** A percentage; `value` is in percent (`2.3%` → 2.3). */
export interface Percentage extends TextSpan {
  value: number;
  valueHigh?: number;
  approximate?: boolean;
  bound?: 'min' | 'max';
  direction?: MoneyDirection;
}

/** A counted quantity with its unit (`620,000 active addresses`; `pp`, `bp`). */
export interface Quantity extends TextSpan {
  value: number;
  valueHigh?: number;
  unit: string;
  approximate?: boolean;
  bound?: 'min' | 'max';
  direction?: MoneyDirection;
  ambiguous?: string;
}

/** A point or period in time. */
export interface Timestamp extends TextSpan {
  /** ISO-8601 prefix at the written precision, with the written zone's offset; absent when unresolvable. */
  value?: string;
  /** End of a period (`Q3 2025` → value `2025-07`, endValue `2025-09`). */
  endValue?: string;
  /** The written zone abbreviation, if any (`EST`). */
  zone?: string;
  /** True for expressions resolved against the published date ("yesterday"). */
  relative?: boolean;
}

export type EntityType = 'ORG' | 'PERSON' | 'PLACE' | 'ASSET';

export interface Entity extends TextSpan {
  type: EntityType;
  /** The name that unifies aliases (`BTC` → `Bitcoin`). */
  canonical: string;
  /** Ticker symbol, when known. */
  ticker?: string;
}

export type SourceKind = 'person' | 'organisation' | 'publication' | 'data provider' | 'document' | 'unknown';

/** An attribution: who the article says a statement comes from. */
export interface Source extends TextSpan {
  /** Canonical name of the source (for a vague attribution, the phrase itself). */
  name: string;
  kind: SourceKind;
  /** A vague attribution ("analysts say") names no source. */
  vague: boolean;
  /** The attribution cue (`according to`, `said`, `per data from`, `Source:`). */
  cue?: string;
  /** `article` for an article-level source line, otherwise `sentence`. */
  scope?: 'sentence' | 'article';
}

/** Where a claim's time or source was found. */
export type Scope = 'sentence' | 'paragraph' | 'article';

/** A sentence that states a checkable figure. */
export interface Claim extends Span {
  /** Figures as `kind:index` into the report lists (`money:0`, `percentages:2`, `quantities:1`). */
  figures: string[];
  /** Canonical name of the entity the figure is about, or null. */
  subject: string | null;
  /** What is measured, in the frames' vocabulary (pipeline/frames/lexicon.ts): price, flow, revenue, net-income, change, … */
  measure: string | null;
  /** Timestamp value the claim refers to, or null. */
  time: string | null;
  /** Where `time` was found. */
  timeScope?: Scope | 'published' | null;
  /** The end of the period `time` starts, when it is one ("first quarter of 1987": 1987-01 to 1987-03; "1986/87": 1986 to 1987). */
  timeEnd?: string;
  /** Names of the named (non-vague) sources the claim is attributed to; empty when unsourced. */
  sources: string[];
  /** Where the attribution was found; null when unsourced. */
  sourceScope: Scope | null;
  /** Vague attributions governing the claim ("analysts say"), by phrase. */
  vagueSources?: string[];
  /** One frame per figure, in the order of `figures`: what it measures, when, in what role (pipeline/frames/). */
  frames?: ClaimFrameSummary[];
}

/** A claim frame as the report shows it (`claims[].frames`). */
export interface ClaimFrameSummary {
  /** `kind:index` of the figure. */
  figure: string;
  /** What the figure is about: a company, country, commodity, currency, index, security; null when the text does not say. */
  subject: string | null;
  /** What is measured (`revenue`, `price`, `production`, `inflation`, …), or null. */
  measure: string | null;
  /** The time the text gives the figure (ISO-8601 prefix): in its sentence, else its paragraph or the lead; null when none. */
  time: string | null;
  /** End of that time when it is a period ("third quarter": `2025-07` … `2025-09`). */
  timeEnd?: string;
  /** `level`, `from` (an earlier value), `change`, `share` or `unit-price`. */
  role: 'level' | 'from' | 'change' | 'share' | 'unit-price';
  /** `expected`, `forecast` or `hypothetical` when the figure is not stated as fact. */
  mode?: 'actual' | 'expected' | 'forecast' | 'hypothetical';
  /** What sets it apart from figures of the same subject and measure (`core`, `futures`, `point:close`, `venue:LME`). */
  qualifiers?: string[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A related location of a flag ("first stated here"). */
export interface RelatedLocation extends Span {
  message: string;
  /** Another article the flag compares this one with (`conflicting-report`); the span is then this article's figure. */
  article?: RelatedArticle;
}

/** Another stored article, as a related location names it. */
export interface RelatedArticle {
  /** Row id in the database's `articles` table. */
  id: number;
  title: string | null;
  publisher: string | null;
  /** ISO-8601 as stored. */
  published: string | null;
  url: string | null;
  /** The sentence that states the other figure. */
  sentence: string;
  /** The other figure, as written. */
  figure: string;
  /** Stored copies of that story (syndicated copies and resends count once). */
  copies: number;
}

/** A diagnostic: where, what, which rule, how severe, and where else it matters. */
export interface Flag extends Span {
  rule: string;
  severity: Severity;
  /** Message id within the rule's templates (stable; tests assert on it). */
  messageId?: string;
  message: string;
  related: RelatedLocation[];
}

/** The mentions the extractors produce, by report list. */
export interface Mentions {
  money: Money[];
  percentages: Percentage[];
  quantities: Quantity[];
  timestamps: Timestamp[];
  entities: Entity[];
  sources: Source[];
}

export type MentionKind = keyof Mentions;
export const MENTION_KINDS: readonly MentionKind[] = ['money', 'percentages', 'quantities', 'timestamps', 'entities', 'sources'];

/** The report lists that hold checkable figures, in the order claims' `kind:index` references use. */
export type FigureKind = 'money' | 'percentages' | 'quantities';
export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percentages', 'quantities'];

/** The report of one article (CONTRACT.md, schema `claimscan/report@1`). */
export interface Report extends Mentions {
  schema: 'claimscan/report@1';
  /** Path, URL or `-` as given (with `:LINE` for a record of a JSONL dump). */
  input: string;
  article: {
    id: string | null;
    url: string | null;
    title: string | null;
    published: string | null;
    publisher: string | null;
    author?: string | null;
    /** sha256 hex of `text`. */
    contentHash: string;
  };
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  claims: Claim[];
  flags: Flag[];
  /** Boilerplate the clean stage removed (an addition to the contract, for the editor). */
  removed?: RemovedBlock[];
  /**
   * With `--db`, when this text is a new version of an article stored under the same id or URL:
   * the previous version and the figures that changed (an addition to the contract).
   */
  revision?: Revision;
}
