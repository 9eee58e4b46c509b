import { describe, it } from 'vitest';
import type { Percentage } from '../../pipeline/types.js';
import { checkRow, mentionsOf, type Row } from './figures-helpers.js';

const check = (row: Row<Percentage>) => checkRow(row, mentionsOf(row.text).percentages, row.text);

describe('percentages: forms', () => {
  it.each<Row<Percentage>>([
    { text: 'NVIDIA dropped 2.3% to $1,100 per share.', expect: [{ text: '2.3%', value: 2.3, direction: 'decrease' }] },
    { text: 'Prices rose 2.3 percent, 4 per cent and 35 pct in three years.', expect: [{ text: '2.3 percent', value: 2.3 }, { text: '4 per cent', value: 4 }, { text: '35 pct', value: 35 }] },
    { text: 'The FTSE gained 5pc while a 10-percent stake and a 100-pct plan were mooted.', expect: [{ text: '5pc', value: 5 }, { text: '10-percent', value: 10 }, { text: '100-pct', value: 100 }] },
    { text: 'Tokenised copy: net interest income sank 27 % in the quarter.', expect: [{ text: '27 %', value: 27, direction: 'decrease' }] },
    { text: 'ETH slipped -1.5% while yields fell by minus five percent.', expect: [{ text: '-1.5%', value: -1.5 }, { text: 'minus five percent', value: -5 }] },
    { text: 'Twenty-eight percent of holders and one hundred percent of miners sold.', expect: [{ text: 'Twenty-eight percent', value: 28 }, { text: 'one hundred percent', value: 100 }] },
    { text: 'Wire style: a coupon of 7-3/4 pct and a 5/8 pct fee.', expect: [{ text: '7-3/4 pct', value: 7.75 }, { text: '5/8 pct', value: 0.625 }] },
    { text: 'Hours worked declined by seven-tenths of 1 percent.', expect: [{ text: 'seven-tenths of 1 percent', value: 0.7, direction: 'decrease' }] },
  ])('$text', check);
});

describe('percentages: ranges, hedges, bounds', () => {
  it.each<Row<Percentage>>([
    { text: 'The bank expects loan growth of 4% to 6% next year.', expect: [{ text: '4% to 6%', value: 4, valueHigh: 6 }] },
    { text: 'Buyers get a 5-15 percent discount, between 5% and 10% for members.', expect: [{ text: '5-15 percent', value: 5, valueHigh: 15 }, { text: '5% and 10%', value: 5, valueHigh: 10 }] },
    { text: 'The Fed held rates at 5.25%-5.50%.', expect: [{ text: '5.25%-5.50%', value: 5.25, valueHigh: 5.5 }] },
    { text: 'German GNP is seen rising by two to 2.5 pct.', expect: [{ text: 'two to 2.5 pct', value: 2, valueHigh: 2.5 }] },
    { text: 'Inflation rose from 5% to 10% and then to 12%.', expect: [{ text: '5%', value: 5 }, { text: '10%', value: 10 }, { text: '12%', value: 12 }] },
    { text: 'Sales grew about 18% and more than 3%, up to 5% or nearly 7%.', expect: [{ approximate: true }, { approximate: true, bound: 'min' }, { approximate: true, bound: 'max' }, { approximate: true, bound: 'max' }] },
  ])('$text', check);
});

describe('percentages: what is not a percentage', () => {
  it.each<Row<Percentage>>([
    { text: 'Margins widened 14 basis points and the ratio rose 0.3 percentage points, or 2 pct points.', expect: [] },
    { text: 'See https://example.com/search?q=30%25%2020 for the data.', expect: [] },
    { text: 'Only a small percent attain the top ranks; the percentage is unknown.', expect: [] },
    { text: 'The fund holds $5% notes? No: it holds 5% notes.', expect: [{ text: '5%', value: 5 }] },
  ])('$text', check);
});
