/**
 * The period of a wire results table, from its headline and heading lines
 * (pipeline/frames/results-period.ts). Headlines and headings invented in the wire's style.
 */
import { describe, expect, it } from 'vitest';
import { isResultsHeading, resultsPeriod } from '../../pipeline/frames/results-period.js';

describe('resultsPeriod', () => {
  it.each([
    // an end date in the headline: the quarter ending that month, the latest before publication
    ['HARLOW TOOL CO <HTC> 2ND QTR JAN 31 NET', [], '1987-02-26', ['1986-11', '1987-01']],
    // the heading under it for the year to date
    ['HARLOW TOOL CO <HTC> 2ND QTR JAN 31 NET', ['Six mths'], '1987-02-26', ['1986-08', '1987-01']],
    // an end date in a heading line
    ['PELL SYSTEMS <PLS> 3RD QTR NET', ['Qtr ended Dec 31'], '1987-02-10', ['1986-10', '1986-12']],
    // no end date: a calendar quarter reported within 100 days
    ['ASHGROVE CORP <ASG> 3RD QTR NET', [], '1987-10-20', ['1987-07', '1987-09']],
    ['ASHGROVE CORP <ASG> 3RD QTR NET', ['Nine mths'], '1987-10-20', ['1987-01', '1987-09']],
    ['ASHGROVE CORP <ASG> YEAR NET', [], '1987-03-02', ['1986-01', '1986-12']],
    ['ASHGROVE CORP <ASG> 4TH QTR NET', ['Year'], '1987-02-12', ['1986-01', '1986-12']],
    // a quarter that ended earlier in the month of publication
    ['KELSO WIRE CORP <KWC> 3RD QTR OCT 3 NET', ['Nine mths'], '1987-10-21', ['1987-02', '1987-10']],
    // a headline cut short after its ordinal
    ['FIRST HARBOR BANCSHARES OF GEORGIA <FHBG.O> 3RD', [], '1987-10-20', ['1987-07', '1987-09']],
    // the day spelled out in the headline
    ['MARLOW CORP <MRL> 3RD QTR FEB FIVE NET', [], '1987-03-17', ['1986-12', '1987-02']],
    // the end date alone on the table's first line, not the calendar quarter
    ['MAVEN RESTAURANT CORP <MAVN> 4TH QTR LOSS', ['Ended Jan 31'], '1987-04-03', ['1986-11', '1987-01']],
    ['HALDEN GREETINGS CORP <HALG.O> 1ST QTR NET', ['Period ended May 31'], '1987-06-19', ['1987-03', '1987-05']],
  ] as const)('%s %j published %s → %j', (headline, headings, published, [time, timeEnd]) => {
    expect(resultsPeriod(headline, headings, published)).toEqual({ time, timeEnd });
  });

  it('tells no period when the text cannot: a fiscal quarter without its end date, no period named, no date', () => {
    // a "3RD QTR" reported in March is a fiscal quarter whose months the story does not give
    expect(resultsPeriod('MARLOW INC <MRL> 3RD QTR NET', [], '1987-03-02')).toBeNull();
    expect(resultsPeriod('MARLOW INC <MRL> SETS DIVIDEND', [], '1987-03-02')).toBeNull();
    expect(resultsPeriod('MARLOW INC <MRL> 3RD QTR JAN 31 NET', [], null)).toBeNull();
  });
});

describe('isResultsHeading', () => {
  it.each([
    ['Nine mths', true],
    ['Qtr ended Jan 31', true],
    ['Ended Jan 31', true],
    ['Period ended May 31', true],
    ['Ended talks with the union', false],
    ['Year', true],
    ['Shr 23 cts vs 18 cts', false],
    ['The company said its year ended well, with sales of 12 mln dlrs.', false],
  ])('%s → %s', (line, want) => expect(isResultsHeading(line)).toBe(want));
});
