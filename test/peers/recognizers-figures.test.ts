/**
 * Microsoft Recognizers-Text's English specs (currency and percentage models) as a peer
 * suite for the money and percentages extractors. The specs are read from
 * ../shared/corpora/recognizers-text-specs-english (never copied here); cases marked not
 * supported for JavaScript are skipped, and cases judged out of scope are listed, with
 * their reason, in recognizers-figures-out-of-scope.json (keyed by file, index and a hash
 * of the input). A case passes when every expected span is found exactly (Start/End are
 * inclusive in the specs), with its value (within 0.5%) and currency, and nothing else is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { money } from '../../extractors/money.js';
import { percentages } from '../../extractors/percentages.js';
import { quantities } from '../../extractors/quantities.js';
import { extract } from '../../pipeline/extract.js';
import type { Mentions } from '../../pipeline/types.js';
import { corpus } from '../helpers.js';
import outOfScope from './recognizers-figures-out-of-scope.json' with { type: 'json' };

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution: { value: string | null; unit?: string; isoCurrency?: string };
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

const META = { id: null, url: null, title: null, published: null, publisher: null, author: null };

/** The figure lists of one paragraph of text, offsets as in the input. */
export function figuresOf(text: string): Mentions {
  const article = { text, paragraphs: [{ start: 0, end: text.length, duplicateOf: null }], sentences: [{ start: 0, end: text.length, paragraph: 0 }] };
  return extract(article, META, [money, percentages, quantities]);
}

/** Currency units of the specs that name no ISO code, and the codes they may stand for. */
const UNIT_CODES: Readonly<Record<string, string[]>> = {
  Dollar: ['USD'],
  Pound: ['GBP'],
  Euro: ['EUR'],
  Franc: ['CHF', 'FRF', 'BEF'],
  Peseta: ['ESP'],
  'Finnish markka': ['FIM'],
  'Netherlands guilder': ['NLG'],
  Rupee: ['INR'],
  Cent: ['USD', 'CAD', 'AUD', 'EUR'],
  Pence: ['GBP'],
  Penny: ['GBP', 'USD'],
};
const MINOR = new Set(['Cent', 'Pence', 'Penny']);

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
const excluded = new Map<string, string>(
  (outOfScope.cases as { file: string; index: number; hash: string; reason: string }[]).map((c) => [`${c.file}#${c.index}#${c.hash}`, c.reason]),
);

const closeTo = (got: number, want: number) => (want === 0 ? got === 0 : Math.abs(got - want) <= 0.005 * Math.abs(want));

function judgeCurrency(c: SpecCase): string | null {
  const got = figuresOf(c.Input).money;
  const want = c.Results.filter((r) => r.TypeName === 'currency');
  if (got.length !== want.length) return `expected ${want.length} amounts, got ${got.length}: ${got.map((m) => m.text).join(' | ')}`;
  for (const r of want) {
    const m = got.find((g) => g.start === r.Start && g.end === r.End + 1);
    if (!m) return `no amount at ${r.Start}..${r.End} (${r.Text}); got ${got.map((g) => `${g.text}@${g.start}`).join(' | ')}`;
    const unit = r.Resolution.unit ?? '';
    const want = Number(r.Resolution.value) / (MINOR.has(unit) ? 100 : 1);
    if (!closeTo(m.value, want)) return `${m.text}: value ${m.value}, expected ${want}`;
    const codes = r.Resolution.isoCurrency ? [r.Resolution.isoCurrency] : UNIT_CODES[unit];
    if (codes && !codes.includes(m.currency)) return `${m.text}: currency ${m.currency}, expected ${codes.join('/')}`;
  }
  return null;
}

function judgePercent(c: SpecCase): string | null {
  const got = figuresOf(c.Input).percentages;
  const want = c.Results.filter((r) => r.TypeName === 'percentage');
  if (got.length !== want.length) return `expected ${want.length} percentages, got ${got.length}: ${got.map((m) => m.text).join(' | ')}`;
  for (const r of want) {
    const m = got.find((g) => g.start === r.Start && g.end === r.End + 1);
    if (!m) return `no percentage at ${r.Start}..${r.End} (${r.Text})`;
    const value = Number(String(r.Resolution.value).replace('%', ''));
    if (!closeTo(m.value, value)) return `${m.text}: value ${m.value}, expected ${value}`;
  }
  return null;
}

const SUITES = [
  { file: 'NumberWithUnit/English/CurrencyModel.json', judge: judgeCurrency },
  { file: 'Number/English/PercentModel.json', judge: judgePercent },
] as const;

const dir = corpus('recognizers-text-specs-english');

describe.skipIf(!dir)('Recognizers-Text English specs (currency, percentage)', () => {
  const tally = { inScope: 0, passed: 0, notSupported: 0, notSupportedPassed: 0, outOfScope: 0 };
  for (const suite of SUITES) {
    it(`${suite.file}: in-scope pass rate ≥ 90%`, () => {
      const cases = JSON.parse(readFileSync(path.join(dir!, suite.file), 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
      const failures: string[] = [];
      let inScope = 0;
      let passed = 0;
      cases.forEach((c, index) => {
        if (/javascript/i.test(`${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`)) {
          // not in the pass rate; counted to show how far beyond the upstream JavaScript port this goes
          tally.notSupported++;
          if (!suite.judge(c)) tally.notSupportedPassed++;
          return;
        }
        if (excluded.has(`${suite.file}#${index}#${hash(c.Input)}`)) {
          tally.outOfScope++;
          return;
        }
        inScope++;
        const why = suite.judge(c);
        if (why) failures.push(`#${index}: ${why}`);
        else passed++;
      });
      tally.inScope += inScope;
      tally.passed += passed;
      const rate = passed / inScope;
      console.log(`${suite.file}: ${passed}/${inScope} in-scope cases pass (${(rate * 100).toFixed(1)}%)${failures.length ? `\n  ${failures.join('\n  ')}` : ''}`);
      expect(rate).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('every out-of-scope entry names a case that exists, with a reason', () => {
    for (const c of outOfScope.cases) {
      const cases = JSON.parse(readFileSync(path.join(dir!, c.file), 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
      expect(cases[c.index], `${c.file}#${c.index}`).toBeDefined();
      expect(hash(cases[c.index]!.Input), `${c.file}#${c.index} changed`).toBe(c.hash);
      expect(c.reason.length).toBeGreaterThan(10);
    }
    console.log(
      `Recognizers-Text currency + percentage: ${tally.passed}/${tally.inScope} in scope pass (${((tally.passed / tally.inScope) * 100).toFixed(1)}%); ` +
        `${tally.outOfScope} out of scope; of the ${tally.notSupported} cases upstream marks not supported for JavaScript, ${tally.notSupportedPassed} pass too`,
    );
  });
});
