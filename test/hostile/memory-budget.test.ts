/**
 * The memory budget of one article: an analysis worker's heap is bounded
 * (pipeline/analysis-pool.ts, WORKER_HEAP_MB), and an article past it fails alone, with a
 * message that says so, while the next article is analysed by a fresh worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisPool, type AnalysisPool } from '../../pipeline/analysis-pool.js';
import { resolveConfig } from '../../pipeline/config.js';

const paragraph =
  'Calder Freight Inc said on Tuesday second-quarter revenue rose 7.9 pct to 612 mln dlrs from 581 mln dlrs, ' +
  'and net income rose 12 pct to 41.2 mln dlrs, or 1.12 dlrs a share, Reuters reported at 14:30 EST on June 4, 2025.';

let pool: AnalysisPool;
beforeAll(async () => {
  // a budget far below the default, and an article far past it: 3 MB of wire copy (1.5 MB came
  // to fit in 40 MB once the vocabulary was one string instead of 85,000; a smaller budget left
  // too little for a fresh worker's own start under tsx)
  pool = await createAnalysisPool({ workers: 1, config: resolveConfig({}, null), timeoutMs: 120_000, heapMb: 40 });
});
afterAll(() => pool.close());

describe('the memory budget of one article', () => {
  it('fails an article past it with a message naming the budget, and analyses the next one', async () => {
    const big = Array.from({ length: Math.ceil(3_000_000 / paragraph.length) }, (_, i) => paragraph.replace('Calder', `Calder${i}`)).join('\n\n');
    await expect(pool.run({ id: 'big', text: big }, { input: 'big.jsonl', line: 1 })).rejects.toThrow(/memory limit for one article \(40 MB of heap\)/);
    const report = await pool.run({ id: 'small', text: paragraph }, { input: 'small.jsonl', line: 2 });
    expect(report.money.length).toBeGreaterThan(0);
  }, 180_000);
});
