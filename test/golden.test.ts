/**
 * Golden reports for whole articles: every article in samples/ against the report stored
 * in test/golden/. A change in what claimscan reports shows up here as a diff; when the
 * change is intended, rewrite them on purpose: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../pipeline/analyze.js';
import { loadInputs } from '../pipeline/load.js';
import type { Report } from '../pipeline/types.js';
import { ROOT } from './helpers.js';

const GOLDEN = path.join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const reports: Report[] = [];
const analyze = createAnalyzer();
for await (const item of loadInputs([path.relative(process.cwd(), path.join(ROOT, 'samples'))])) {
  if (!item.ok) throw new Error(item.error);
  reports.push(analyze(item.record, item.origin));
}

const fileFor = (report: Report) => path.join(GOLDEN, `${path.basename(report.input).replace(/[^\w.-]+/g, '_')}.json`);

describe('golden reports of samples/', () => {
  it('has every sample', () => {
    expect(reports.length).toBeGreaterThanOrEqual(9);
  });

  it.each(reports.map((r) => [path.basename(r.input), r] as const))('%s', (_, report) => {
    const file = fileFor(report);
    const json = `${JSON.stringify({ ...report, input: path.basename(report.input) }, null, 1)}\n`;
    if (update || !existsSync(file)) {
      if (!update) throw new Error(`no golden report ${file}; create it with UPDATE_GOLDEN=1`);
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, json);
    }
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
