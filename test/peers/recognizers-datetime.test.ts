/**
 * The timestamps extractor against Microsoft Recognizers-Text's English DateTime model
 * specs (../shared/corpora/recognizers-text-specs-english, read at run time).
 *
 * In scope: the cases its own JavaScript port supports, minus the categories listed in
 * OUT_OF_SCOPE (bench/datetime-specs.ts), each with its reason:
 *
 * - type: durations, sets and clock-time ranges are not calendar points or periods.
 * - vague-time: day parts and colloquial times ("noonish", "tonight around 7", "now").
 * - spelled-numbers: days and clock times in words; news style writes digits.
 * - holiday: needs a holiday calendar; rare in market copy.
 * - season: no month boundaries stated.
 * - numeric-without-year: "22/04", "5.12", "oct/2" read as fractions, prices, ratios here.
 * - unusual-order: "20161016", "2020/23/sep" do not occur in news.
 * - reference-offsets: future offsets from the reference ("next 3 days", "in 5 minutes").
 * - calendar-assistant: scheduling idioms ("week 31", "this week monday", "the month").
 * - bare-clock: "at 4", "at 6.45" are prices and levels in finance text.
 * - invalid-date: impossible dates are dropped on purpose.
 * - open-range-to-now: "from X to today" is two timestamps here.
 *
 * A case passes when every expected span is overlapped by one of our timestamps with the
 * expected value and we report nothing else; negative cases pass when we report nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadDateTimeModel, OUT_OF_SCOPE, outOfScope, runCase, supportedInJavaScript } from '../../bench/datetime-specs.js';
import { corpus } from '../helpers.js';

const dir = corpus('recognizers-text-specs-english');

describe.skipIf(!dir)('Recognizers-Text DateTime specs (in scope)', () => {
  const cases = dir ? loadDateTimeModel(dir).filter(supportedInJavaScript) : [];
  const inScope = cases.filter((c) => outOfScope(c) === null);

  it('every out-of-scope category says why', () => {
    for (const category of OUT_OF_SCOPE) expect(category.reason.length).toBeGreaterThan(20);
  });

  it('keeps a substantial in-scope set', () => {
    expect(inScope.length).toBeGreaterThan(120);
  });

  it('passes at least 80% of the in-scope cases', () => {
    const failures = inScope.flatMap((c) => {
      const outcome = runCase(c);
      return outcome.pass ? [] : [`${c.Input} → ${outcome.why}`];
    });
    const rate = 1 - failures.length / inScope.length;
    if (rate < 0.8) console.log(failures.join('\n'));
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });

  it('finds nothing in the negative cases', () => {
    const negatives = inScope.filter((c) => c.Results.length === 0);
    expect(negatives.length).toBeGreaterThan(10);
    const wrong = negatives.filter((c) => !runCase(c).pass).map((c) => c.Input);
    expect(wrong).toEqual([]);
  });

  it.each([
    { input: 'How about q3 2019', ref: '2019-11-07T00:00:00', value: '2019-07', endValue: '2019-09' },
    { input: 'Sales for last quarter', ref: '2019-07-04T00:00:00', value: '2019-04', endValue: '2019-06' },
    { input: "Eli Lilly sold IVAC on Dec. 31 , 1994", ref: '2018-05-01T00:00:00', value: '1994-12-31', endValue: undefined },
  ])('resolves $input', ({ input, ref, value, endValue }) => {
    const outcome = runCase({ Input: input, Context: { ReferenceDateTime: ref }, Results: [] });
    expect(outcome.got.map((t) => [t.value, t.endValue])).toEqual([[value, endValue]]);
  });
});
