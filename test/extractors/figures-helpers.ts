/** Shared helpers of the figure extractor tests (money, percentages, quantities). */
import { expect } from 'vitest';
import { dedupe } from '../../pipeline/dedupe.js';
import { extract } from '../../pipeline/extract.js';
import { segment } from '../../pipeline/segment.js';
import type { Mentions } from '../../pipeline/types.js';

const META = { id: null, url: null, title: null, published: '2025-05-28', publisher: null, author: null };

/** Every list the extractors produce for plain paragraphs (segmented and deduplicated, not cleaned). */
export function mentionsOf(text: string): Mentions {
  const article = segment(text.split('\n'));
  return extract({ ...article, paragraphs: dedupe(article.text, article.paragraphs) }, META);
}

/** A table row: a text and the items expected from one list (only the keys given are compared). */
export interface Row<T> {
  text: string;
  expect: Partial<T>[];
}

/** Compares the items of one list with a row's expectations, key by key, in order. */
export function checkRow<T extends { text: string; start: number; end: number }>(row: Row<T>, got: T[], fullText: string): void {
  for (const item of got) expect(fullText.slice(item.start, item.end)).toBe(item.text);
  const picked = got.map((item, i) => {
    const want = row.expect[i] ?? { text: undefined };
    return Object.fromEntries(Object.keys(want).map((k) => [k, item[k as keyof T]]));
  });
  expect(picked, `${row.text}\n  got: ${got.map((g) => g.text).join(' | ')}`).toEqual(row.expect);
}
