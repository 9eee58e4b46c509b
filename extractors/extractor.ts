/**
 * The extractor interface. An extractor is a pure, synchronous function of an article's
 * cleaned text that returns absolute spans of one report list (`money`, `timestamps`, …).
 * Whatever it compiles (regexes, gazetteers) it compiles once, at module load or in
 * `create`, never per article.
 */
import type { ArticleMeta, MentionKind, Mentions, Paragraph, Sentence } from '../pipeline/types.js';

/** A paragraph that takes part in extraction (not a duplicate), with its index and text. */
export interface LiveParagraph extends Paragraph {
  index: number;
  text: string;
}

/** What an extractor sees of one article. */
export interface ExtractContext {
  /** The report's full `text`; offsets returned are indexes into it. */
  readonly text: string;
  /** Paragraphs that are not duplicates, in order: extract from these only. */
  readonly paragraphs: readonly LiveParagraph[];
  /** Sentences of the live paragraphs, in order. */
  readonly sentences: readonly Sentence[];
  readonly meta: Readonly<ArticleMeta>;
  /** Lists produced by the extractors that ran before this one (registry order). */
  readonly mentions: Readonly<Partial<Mentions>>;
}

/** An extractor of one report list. */
export interface Extractor<K extends MentionKind = MentionKind> {
  /** Stable id, also the file name (`money` → `extractors/money.ts`). */
  readonly id: string;
  /** Bumped when output changes; stored with every mention for provenance. */
  readonly version: string;
  /** The report list it fills. */
  readonly kind: K;
  readonly description: string;
  extract(context: ExtractContext): Mentions[K];
}
