/**
 * Generated articles, 1–200 kB, built from figure, date, ticker, attribution and punctuation
 * fragments (lone surrogates and NUL among them), analysed the way `ingest` and `check` do
 * (a worker thread under the per-article time limit). For every one: the analysis either
 * returns a report or is abandoned at the limit, never throws anything else, never runs past
 * the limit; every span slices to its text; cleaning the cleaned paragraphs again changes nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleTimeoutError, createAnalysisPool, type AnalysisPool } from '../../pipeline/analysis-pool.js';
import { clean } from '../../pipeline/clean.js';
import { parseRecord, RecordError } from '../../pipeline/record.js';
import { resolveConfig } from '../../pipeline/config.js';
import type { Report } from '../../pipeline/types.js';

const BUDGET_MS = 4000;
const FIGURES = ['$1.2 billion', '4.5%', '-0.3%', '1,250 BTC', '€300m', '14 basis points', 'USD 5bn', '¥1bn', '50 cts a share', '7-3/4 pct', '3 million barrels', '$40-$45', 'about $750 million', '2.3 percentage points', '620,000 active addresses', '1% 1% 1%', '$1 $1'];
const DATES = ['May 28, 2025', 'on May 28, 2025, at 10:00 AM EST', 'Q3 2025', 'yesterday', 'last week', '2025-05-28', 'in mid-November 2025', 'FY2024', '9:00 AM BST on December 2, 2025'];
const NAMES = ['$SOXX', 'NASDAQ:NVDA', 'BTC/USDT', 'NVIDIA (NVDA)', 'the U.S.', 'Bitcoin', 'BlackRock', 'iShares Semiconductor ETF', 'Apple Inc.', 'J. P. Morgan'];
const WORDS = ['rose', 'fell', 'to', 'from', 'according to Reuters', 'analysts say', 'the company said', 'shares', 'inflows', 'outflows', 'erased', 'of the total', 'data from CoinGecko showed', 'Source: Glassnode'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '...', '…', '\n', '\n\n', ' ', '"', '“', '”', '(', ')', '-', '—', '\u00a0', '\t', '\ud800', '\u0000', '\ufeff', '.'.repeat(40)];

const fragment = fc.oneof(fc.constantFrom(...FIGURES), fc.constantFrom(...DATES), fc.constantFrom(...NAMES), fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT));
/** An article: a pattern of fragments repeated to a size of 1–200 kB. */
const article = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([parts, size]) => {
    const unit = parts.join(' ');
    return unit.repeat(Math.max(1, Math.ceil(size / Math.max(1, unit.length)))).slice(0, size);
  });

let pool: AnalysisPool;
beforeAll(async () => {
  pool = await createAnalysisPool({ workers: 1, config: resolveConfig({}, null), timeoutMs: BUDGET_MS });
});
afterAll(() => pool.close());

function expectSpansHold(report: Report) {
  const { text } = report;
  const lists = ['paragraphs', 'sentences', 'money', 'percentages', 'quantities', 'timestamps', 'entities', 'sources', 'claims', 'flags'] as const;
  for (const key of lists) {
    for (const item of report[key] as { start: number; end: number; text?: string }[]) {
      expect(0 <= item.start && item.start <= item.end && item.end <= text.length, `${key} ${item.start}..${item.end}`).toBe(true);
      if (typeof item.text === 'string' && key !== 'claims') expect(item.text, key).toBe(text.slice(item.start, item.end));
    }
  }
  expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text), 'no lone surrogate').toBe(false);
  expect(text.includes('\u0000'), 'no NUL').toBe(false);
}

describe('generated articles', () => {
  it('never throw, never run past the limit, keep every span and clean idempotently', async () => {
    let abandoned = 0;
    let analysed = 0;
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        // The limit counts the analysis, from the moment a worker starts it (a worker that
        // replaces an abandoned one first has to start up).
        let started = Infinity;
        let report: Report | null = null;
        try {
          // As the loader delivers it (NUL out, lone surrogates replaced); one it refuses (empty, binary) is an error, not an article.
          let record;
          try {
            record = parseRecord({ title: 'Generated', text });
          } catch (err) {
            if (err instanceof RecordError) return;
            throw err;
          }
          report = await pool.run(record, { input: 'generated' }, { started: () => (started = performance.now()) });
        } catch (err) {
          if (!(err instanceof ArticleTimeoutError)) throw err;
          abandoned++;
        }
        expect(Math.max(0, performance.now() - started)).toBeLessThan(BUDGET_MS + 2000);
        if (!report) return;
        analysed++;
        expectSpansHold(report);
        // Cleaned paragraphs, cleaned again, stay as they are. (Blank lines between them: with
        // single line breaks, the report's own layout, long lines that do not end a sentence
        // would be unwrapped as hard-wrapped text, which is what that layout means in a .txt.)
        const paragraphs = report.paragraphs.map((p) => report!.text.slice(p.start, p.end));
        expect(clean({ text: paragraphs.join('\n\n') }).paragraphs).toEqual(paragraphs);
      }),
      {
        numRuns: 10,
        interruptAfterTimeLimit: 240_000,
        // A counterexample is up to 200 kB: say its size, its start and the seed, not all of it.
        asyncReporter: async (details) => {
          if (!details.failed) return;
          const text = details.counterexample?.[0] ?? '';
          throw new Error(`seed ${details.seed}, path ${details.counterexamplePath}: ${text.length} characters starting ${JSON.stringify(text.slice(0, 120))}: ${String(details.errorInstance)}`);
        },
      },
    );
    console.log(`generated articles: ${analysed} analysed, ${abandoned} abandoned at the ${BUDGET_MS / 1000} s limit`);
  }, 300_000);
});
