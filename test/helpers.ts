/** Shared test helpers: run the pipeline on a text, find the shared corpora. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../pipeline/analyze.js';
import type { ArticleRecord, Report } from '../pipeline/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');

const analyze = createAnalyzer();

/** The report for a plain-text article (paragraphs separated by line breaks). */
export function reportFor(text: string, meta: Omit<ArticleRecord, 'text' | 'html'> = {}): Report {
  return analyze({ ...meta, text }, { input: 'test' });
}

/**
 * Path of a folder under ../shared/corpora, or null when it is absent (tests then skip,
 * saying so once).
 */
export function corpus(name: string): string | null {
  const dir = path.join(SHARED, 'corpora', name);
  if (existsSync(dir)) return dir;
  console.warn(`skipping: ../shared/corpora/${name} is not present`);
  return null;
}
