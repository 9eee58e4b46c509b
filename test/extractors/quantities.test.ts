import { describe, it } from 'vitest';
import type { Quantity } from '../../pipeline/types.js';
import { checkRow, mentionsOf, type Row } from './figures-helpers.js';

const check = (row: Row<Quantity>) => checkRow(row, mentionsOf(row.text).quantities, row.text);

describe('quantities: percentage points and basis points', () => {
  it.each<Row<Quantity>>([
    { text: 'Net interest margin widened by 14 basis points to 3.21%.', expect: [{ text: '14 basis points', value: 14, unit: 'bp', direction: 'increase' }] },
    { text: 'The CET1 ratio rose 0.3 percentage points; spreads were 25bps and 50 bp wider.', expect: [{ text: '0.3 percentage points', value: 0.3, unit: 'pp' }, { text: '25bps', value: 25, unit: 'bp' }, { text: '50 bp', value: 50, unit: 'bp' }] },
    { text: 'Unemployment fell 2 pct points and 1.5 ppts.', expect: [{ value: 2, unit: 'pp' }, { value: 1.5, unit: 'pp' }] },
    { text: 'The Fed cut rates by a quarter-point and by half a percentage point.', expect: [{ text: 'a quarter-point', value: 0.25, unit: 'pp' }, { text: 'half a percentage point', value: 0.5, unit: 'pp' }] },
    { text: 'The Dow fell 300 points; the spread narrowed between 25 and 50 basis points.', expect: [{ text: '300 points', value: 300, unit: 'points' }, { text: '25 and 50 basis points', value: 25, valueHigh: 50, unit: 'bp' }] },
  ])('$text', check);
});

describe('quantities: counts with units', () => {
  it.each<Row<Quantity>>([
    { text: 'Trading volume rose by 10% to 500,000 shares.', expect: [{ text: '500,000 shares', value: 500_000, unit: 'shares', direction: 'increase' }] },
    { text: "Bitcoin's active addresses increased by 5% to 620,000 on May 27, 2025.", expect: [{ text: '620,000', value: 620_000, unit: 'active addresses' }] },
    { text: 'The lender employs about 9,800 people and operates 412 branches.', expect: [{ text: '9,800 people', value: 9800, unit: 'people', approximate: true }, { text: '412 branches', value: 412, unit: 'branches' }] },
    { text: 'OPEC pumped 1.2 mln barrels per day, or 18 mln bpd with Iraq, and Brazil shipped 12 mln bags of coffee.', expect: [{ value: 1.2e6, unit: 'barrels per day' }, { text: '18 mln bpd', value: 18e6, unit: 'barrels per day' }, { text: '12 mln bags', value: 12e6, unit: 'bags' }] },
    { text: 'The miner sold 1,250 ounces, 96,000 tonnes of tin and 200,000 hectares.', expect: [{ unit: 'ounces' }, { value: 96_000, unit: 'tonnes' }, { unit: 'hectares' }] },
    { text: 'It will issue two million shares and 10 mln common shares outstanding.', expect: [{ text: 'two million shares', value: 2e6, unit: 'shares' }, { text: '10 mln common shares', value: 10e6, unit: 'common shares' }] },
    { text: 'Open interest reached 45,000 contracts as 3,200 employees left.', expect: [{ unit: 'contracts' }, { unit: 'employees' }] },
    { text: 'Holders bought 5,000 to 10,000 shares, then 5-10 million barrels.', expect: [{ text: '5,000 to 10,000 shares', value: 5000, valueHigh: 10_000 }, { text: '5-10 million barrels', value: 5e6, valueHigh: 10e6 }] },
    { text: 'Avg shrs 12.3 mln vs 11.2 mln', expect: [{ value: 12.3e6, unit: 'shares' }, { value: 11.2e6, unit: 'shares' }] },
    { text: 'The network processed 1.2 million and then 2,500,000 in a day.', expect: [{ text: '1.2 million', unit: 'count' }, { text: '2,500,000', unit: 'count' }] },
    { text: 'The Dow Jones index closed at 39,500.', expect: [{ text: '39,500', unit: 'level' }] },
    { text: "Japan's Nikkei share average rose 1.2% to 38,923.03.", expect: [{ text: '38,923.03', unit: 'level' }] },
    { text: 'Funds boosted net long positions by 25,000 contracts to 180,512.', expect: [{ text: '25,000 contracts', value: 25_000 }, { text: '180,512', unit: 'contracts' }] },
    { text: 'Halvard earned 41,250 gold equivalent ounces (GEOs) in the quarter, up from 37,400 GEOs.', expect: [{ text: '41,250 gold equivalent ounces', unit: 'gold equivalent ounces' }, { text: '37,400 GEOs', value: 37_400, unit: 'gold equivalent ounces' }] },
    { text: 'Mills made 139.8 Mt of steel and 250 kt of billets; Russia piped 15 bcm of gas.', expect: [{ text: '139.8 Mt', value: 139.8e6, unit: 'tonnes' }, { text: '250 kt', value: 250e3, unit: 'tonnes' }, { text: '15 bcm', value: 15e9, unit: 'cubic metres' }] },
  ])('$text', check);
});

describe('quantities: what is not a quantity', () => {
  it.each<Row<Quantity>>([
    { text: 'In 2025 the stock did a 3-for-1 split after a 24-hour halt and a 52-week high.', expect: [] },
    { text: 'On May 28, 2025, at 10:00 AM EST, the 4-hour chart showed RSI at 52.', expect: [] },
    { text: 'The S&P 500 companies, Boeing 737 jets, the Russell 2000 and the Nikkei 225 rose.', expect: [] },
    { text: 'Call 555-1234 or (212) 555-1234; see Form 10-K, rule 144 and version 2.0.', expect: [] },
    { text: 'A 2:1 ratio, 1/4 of holders and the 3rd quarter; a 0.6 correlation coefficient.', expect: [] },
    { text: 'Bitcoin traded at $67,500 with a 24-hour volume of $25 billion, up 5%.', expect: [] },
    { text: 'ERC-20 tokens, BRC-20 tokens and COVID-19 cases; a 2x leveraged fund on Layer-2 networks.', expect: [] },
  ])('$text', check);
});
