/**
 * Stage 2, clean: an article record to body paragraphs and metadata, boilerplate removed.
 * HTML goes through {@link cleanHtml} (body choice, its fallbacks and the plain-text
 * boilerplate rules); plain text through the boilerplate rules alone. The record's own
 * metadata wins over what the page says.
 */
import { removeBoilerplate } from './boilerplate.js';
import { cleanHtml } from './clean-html.js';
import { textToParagraphs, textWords } from './clean-text.js';
import type { ArticleRecord, BodySource, CleanedArticle, RemovedBlock } from './types.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Cleans one record. Pure. */
export function clean(record: ArticleRecord): CleanedArticle {
  const fromHtml = typeof record.html === 'string' ? cleanHtml(record.html) : null;
  let body: { paragraphs: string[]; removed: RemovedBlock[]; source: BodySource };
  if (fromHtml) body = fromHtml;
  else {
    const paragraphs = textToParagraphs(record.text ?? '');
    const { kept, removed } = removeBoilerplate(paragraphs);
    body = { paragraphs: kept, removed, source: { method: 'text', pageWords: paragraphs.reduce((n, p) => n + textWords(p), 0) } };
  }
  return {
    meta: {
      id: str(record.id),
      url: str(record.url) ?? fromHtml?.meta.url ?? null,
      title: str(record.title) ?? fromHtml?.meta.title ?? null,
      published: str(record.published) ?? fromHtml?.meta.published ?? null,
      publisher: str(record.publisher) ?? fromHtml?.meta.publisher ?? null,
      author: str(record.author) ?? fromHtml?.meta.author ?? null,
    },
    paragraphs: body.paragraphs,
    removed: body.removed,
    source: body.source,
  };
}
