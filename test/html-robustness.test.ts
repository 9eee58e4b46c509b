/**
 * Every real page of the shared corpora loads (through the loader, as the CLI reads files)
 * and cleans without an error, with well-formed paragraphs and a bounded `removed` list:
 * the 129 Mozilla Readability test pages (odd markup, entities, hidden nodes, lazy images,
 * RTL) and the 181 Zyte benchmark pages. One page in sixteen also goes through the whole
 * per-article pipeline. Skips, saying so, when a corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../pipeline/analyze.js';
import { clean } from '../pipeline/clean.js';
import { loadInputs } from '../pipeline/load.js';
import { corpus } from './helpers.js';

const analyze = createAnalyzer();
/** Every how-many-th page also runs through the whole pipeline (extractors are slower than cleaning). */
const FULL_PIPELINE_EVERY = 16;

interface Page {
  name: string;
  html: string;
}

function readabilityFiles(): string[] {
  const dir = corpus('mozilla-readability-test-pages');
  if (!dir) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'source.html')))
    .sort()
    .map((d) => path.join(dir, d, 'source.html'));
}

function zyteFiles(): string[] {
  const dir = corpus('zyte-article-extraction-benchmark');
  if (!dir) return [];
  return readdirSync(path.join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => path.join(dir, 'html', f));
}

/** What is wrong with the pipeline's result for one page (empty when nothing is). */
function problems(page: Page, index: number, expectBody: boolean): string[] {
  const out: string[] = [];
  try {
    const cleaned = clean({ html: page.html });
    for (const [field, value] of Object.entries(cleaned.meta)) {
      if (value !== null && (typeof value !== 'string' || !value.trim())) out.push(`meta.${field} is ${JSON.stringify(value)}`);
    }
    if (cleaned.paragraphs.some((p) => !p || /[\n\r]/.test(p) || p !== p.trim())) out.push('a paragraph is empty, untrimmed or holds a line break');
    if (expectBody && !cleaned.paragraphs.length) out.push('no body');
    if (cleaned.removed.length > 100 || cleaned.removed.some((r) => r.text.length > 400 || !r.reason)) out.push('removed list is unbounded');
    if (index % FULL_PIPELINE_EVERY === 0) {
      const report = analyze({ html: page.html }, { input: page.name });
      if (report.text !== cleaned.paragraphs.join('\n')) out.push('report text differs from the cleaned paragraphs');
    }
  } catch (error) {
    out.push(`threw ${(error as Error).stack ?? error}`);
  }
  return out.map((p) => `${page.name}: ${p}`);
}

describe('HTML robustness on real pages', () => {
  const corpora = [
    { name: 'Mozilla Readability test pages', files: readabilityFiles(), count: 129, expectBody: false },
    { name: 'Zyte article-extraction benchmark', files: zyteFiles(), count: 181, expectBody: true },
  ];
  it.each(corpora)('$name: every page loads and cleans without an error', async ({ files, count, expectBody }) => {
    if (!files.length) return;
    expect(files.length).toBe(count);
    const found: string[] = [];
    let index = 0;
    for await (const item of loadInputs(files)) {
      const name = path.relative(path.dirname(path.dirname(item.origin.input)), item.origin.input);
      if (!item.ok) found.push(`${name}: not loaded: ${item.error}`);
      else if (typeof item.record.html !== 'string') found.push(`${name}: not read as HTML`);
      else found.push(...problems({ name, html: item.record.html }, index, expectBody));
      index++;
    }
    expect(index).toBe(count);
    expect(found).toEqual([]);
  });
});

describe('charts on a real page', () => {
  it("nytimes-4: the ai2html charts' labels are not read as body text", () => {
    const dir = corpus('mozilla-readability-test-pages');
    if (!dir) return;
    const html = readFileSync(path.join(dir, 'nytimes-4', 'source.html'), 'utf8');
    const report = analyze({ html }, { input: 'nytimes-4' });
    // Before: 150 warnings, 134 of them duplicate-paragraph flags on the two artboards' labels.
    expect(report.flags.filter((f) => f.rule === 'duplicate-paragraph')).toEqual([]);
    expect(report.flags.length).toBeLessThan(20);
    // "$915" sat in one label and "billion" in the next: no money figure of 915 dollars.
    expect(report.money.filter((m) => m.value === 915)).toEqual([]);
    expect(report.text).toContain('more than $900 billion in interest payments will be due annually');
    expect(report.text).not.toMatch(/^’17$/m);
  });
});
