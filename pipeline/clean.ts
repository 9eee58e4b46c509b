/**
 * Stage 2, clean: an article record to body paragraphs and metadata, boilerplate removed.
 * HTML goes through {@link cleanHtml} first; every body then goes through the plain-text
 * boilerplate rules. The record's own metadata wins over what the page says.
 */
import { removeBoilerplate } from './boilerplate.js';
import { cleanHtml } from './clean-html.js';
import { textToParagraphs } from './clean-text.js';
import type { ArticleRecord, CleanedArticle } from './types.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Cleans one record. Pure. */
export function clean(record: ArticleRecord): CleanedArticle {
  const fromHtml = typeof record.html === 'string' ? cleanHtml(record.html) : null;
  const paragraphs = fromHtml ? fromHtml.paragraphs : textToParagraphs(record.text ?? '');
  const { kept, removed } = removeBoilerplate(paragraphs, { fromHtml: fromHtml !== null });
  return {
    meta: {
      id: str(record.id),
      url: str(record.url) ?? fromHtml?.meta.url ?? null,
      title: str(record.title) ?? fromHtml?.meta.title ?? null,
      published: str(record.published) ?? fromHtml?.meta.published ?? null,
      publisher: str(record.publisher) ?? fromHtml?.meta.publisher ?? null,
      author: str(record.author) ?? fromHtml?.meta.author ?? null,
    },
    paragraphs: kept,
    removed: [...(fromHtml?.removed ?? []), ...removed],
  };
}
