/**
 * Stage 5, extract: runs the registered extractors (extractors/index.ts) over the live
 * (non-duplicate) paragraphs, in registry order, each seeing the lists of those before it.
 */
import { EXTRACTORS, type Extractor, type LiveParagraph } from '../extractors/index.js';
import type { ArticleMeta, MentionKind, Mentions, SegmentedArticle } from './types.js';

const EMPTY = (): Mentions => ({ money: [], percentages: [], quantities: [], timestamps: [], entities: [], sources: [] });

/** The non-duplicate paragraphs of an article, with their text. */
export function liveParagraphs(article: SegmentedArticle): LiveParagraph[] {
  return article.paragraphs
    .map((p, index) => ({ ...p, index, text: article.text.slice(p.start, p.end) }))
    .filter((p) => p.duplicateOf === null);
}

/** Runs `extractors` (default: the registry) and returns every report list, sorted by position. */
export function extract(
  article: SegmentedArticle,
  meta: ArticleMeta,
  extractors: readonly Extractor<MentionKind>[] = EXTRACTORS,
): Mentions {
  const paragraphs = liveParagraphs(article);
  const live = new Set(paragraphs.map((p) => p.index));
  const sentences = article.sentences.filter((s) => live.has(s.paragraph));
  const mentions = EMPTY();
  for (const extractor of extractors) {
    const found = extractor.extract({ text: article.text, paragraphs, sentences, meta, mentions });
    for (const item of found) {
      if (item.text !== article.text.slice(item.start, item.end)) {
        throw new TypeError(
          `extractor ${extractor.id} returned ${JSON.stringify(item.text)} at ${item.start}..${item.end}, but the text there is ${JSON.stringify(article.text.slice(item.start, item.end))}; return absolute offsets into context.text`,
        );
      }
    }
    const list = mentions[extractor.kind] as unknown[];
    for (const item of found) list.push(item); // not push(...found): an article may have more items than a call has arguments
    (mentions[extractor.kind] as { start: number; end: number }[]).sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return mentions;
}
