/**
 * line:col in the input's own lines for text inputs (pipeline/source-map.ts): every flag,
 * claim and figure of a report maps back to the same characters in the file as read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../pipeline/analyze.js';
import { recordFromMarkdown } from '../pipeline/markdown.js';
import { recordFromPlainText } from '../pipeline/record.js';
import { contentPositions, plainTextSource, rememberSource, sourceOffsets, sourceOf, sourcePositions } from '../pipeline/source-map.js';
import type { ArticleRecord, Report } from '../pipeline/types.js';
import { corpus, ROOT, SHARED } from './helpers.js';

const analyze = createAnalyzer();
const squeeze = (s: string) => s.replace(/[\s\u00A0\u200B-\u200D\uFEFF]+/g, '');

/**
 * Every character of the report's text maps to the same character of the source, in order;
 * every span of a plain-text source reads the same there, white space aside.
 */
function expectFaithful(record: ArticleRecord, report: Report, { plain = true } = {}) {
  const source = sourceOf(record)!;
  const offsets = sourceOffsets(source, report.text, report.paragraphs);
  let previous = -1;
  const wrong: string[] = [];
  for (let i = 0; i < report.text.length && wrong.length < 5; i++) {
    const ch = report.text[i]!;
    if (/\s/.test(ch)) continue;
    const at = offsets(i);
    if (source.content[at] !== ch || at <= previous) wrong.push(`text[${i}] ${JSON.stringify(report.text.slice(i, i + 30))} at ${at}`);
    previous = at;
  }
  expect(wrong, report.input).toEqual([]);
  if (!plain) return;
  const spans = [...report.flags, ...report.claims, ...report.money, ...report.percentages, ...report.sources, ...report.timestamps];
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) {
    const cleaned = report.text.slice(span.start, span.end);
    // A span that crosses paragraphs (a duplicate flag) is checked by its characters above.
    if (span.end <= span.start || cleaned.includes('\n')) continue;
    const raw = source.content.slice(offsets(span.start), offsets(span.end));
    expect(squeeze(raw), `${report.input} ${cleaned}`).toBe(squeeze(cleaned));
  }
}

const textRecord = (content: string) => rememberSource(recordFromPlainText(content), plainTextSource(content));

describe('sourcePositions', () => {
  it('puts seed 000’s first EST on line 5 of the file, where it is (not line 2 of the cleaned text)', () => {
    const file = path.join(SHARED, 'seeds', '000_cc48696f078fb7b8.txt');
    const content = readFileSync(file, 'utf8');
    const record = textRecord(content);
    const report = analyze(record, { input: file });
    const est = report.flags.find((f) => f.rule === 'timezone-mismatch')!;
    const at = sourcePositions(record, report)!(est.start);
    const lines = content.split('\n');
    expect(at.line).toBe(5);
    expect(lines[at.line - 1]!.slice(at.column - 1)).toMatch(/^As of May 28, 2025, at 10:00 AM EST/);
  });

  it('maps every span of every seed and sample text back to the same characters', () => {
    const seeds = path.join(SHARED, 'seeds');
    const files = [
      ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => path.join(seeds, f)),
      path.join(ROOT, 'samples', '01-etf-outflows.txt'),
      path.join(ROOT, 'samples', '04-flows-week.txt'),
    ];
    for (const file of files) {
      const record = textRecord(readFileSync(file, 'utf8'));
      expectFaithful(record, analyze(record, { input: file }));
    }
  });

  it('maps a Markdown draft back to the Markdown source, through links, emphasis, lists and tables', () => {
    const content = readFileSync(path.join(ROOT, 'samples', '05-bank-results.md'), 'utf8');
    const record = recordFromMarkdown(content);
    expectFaithful(record, analyze(record, { input: 'x.md' }), { plain: false });
    const draft = '# Flows\n\nBitcoin funds took in **$1.2 billion** last week, per [CoinShares](https://x.example).\n\n- Ether funds lost\n  $300 million, analysts say.\n\n| Fund | Flow |\n|---|---|\n| IBIT | $900 million |\n';
    const md = recordFromMarkdown(draft);
    const report = analyze(md, { input: 'draft.md' });
    expectFaithful(md, report, { plain: false });
    const position = sourcePositions(md, report)!;
    const at = (s: string) => position(report.text.indexOf(s));
    expect(at('$1.2 billion')).toEqual({ line: 3, column: 25 });
    expect(at('$300 million')).toEqual({ line: 6, column: 3 });
    expect(at('$900 million')).toEqual({ line: 10, column: 10 });
  });

  it('copes with CRLF, wrapped lines, no-break and zero-width spaces, and boilerplate between paragraphs', () => {
    const content =
      'Title\r\n\r\nBitcoin  rose\u00A04% to $67,000 on Monday, data from CoinGecko showed, as traders returned to\r\nrisk after a quiet week.\r\n\r\nShare this article\r\n\r\nEther fell 1% to $3,\u200B100, CoinGecko data showed.\r\n';
    const record = textRecord(content);
    const report = analyze(record, { input: 'crlf.txt' });
    expectFaithful(record, report);
    const position = sourcePositions(record, report)!;
    const lines = content.split(/\r\n/);
    for (const figure of [...report.money, ...report.percentages]) {
      const { line, column } = position(figure.start);
      expect(squeeze(lines[line - 1]!.slice(column - 1, column - 1 + figure.text.length + 1)).startsWith(squeeze(figure.text)), figure.text).toBe(true);
    }
    expect(report.text).not.toContain('Share this article');
    expect(position(report.text.indexOf('Ether')).line).toBe(8);
  });

  it('is null for records without a text source (HTML, JSON)', () => {
    const record = { html: '<p>Bitcoin rose 4%.</p>' };
    expect(sourcePositions(record, analyze(record, { input: 'x.html' }))).toBeNull();
  });

  it.skipIf(!corpus('reuters-21578'))('finds every paragraph of real wire stories written as text files', () => {
    const dir = path.join(corpus('reuters-21578')!, 'articles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().slice(0, 100);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const story = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { title?: string; text?: string };
      if (!story.text) continue;
      const content = `${story.title ?? 'Untitled'}\n${story.text}`;
      const record = textRecord(content);
      const report = analyze(record, { input: file });
      if (report.text) expectFaithful(record, report, { plain: report.flags.length + report.claims.length > 0 });
    }
  });
});

describe('contentPositions', () => {
  it('counts lines ended by \\n, \\r\\n or \\r, and columns in UTF-16 code units', () => {
    const at = contentPositions('a\r\nb\rc\nd€e');
    expect([0, 3, 5, 7, 9].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ]);
  });
});
