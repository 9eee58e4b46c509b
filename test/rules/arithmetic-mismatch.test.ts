/**
 * arithmetic-mismatch on hand-built fixtures: exactly the figures given, whatever the
 * extractors do today. Rows are { text, figures, expect }; `expect` lists message ids.
 */
import { describe, expect, it } from 'vitest';
import { halfUnit } from '../../pipeline/rules/support/figures.js';
import { check, fixture, type FixtureSpec } from './fixture.js';

const RULE = 'arithmetic-mismatch';
const usd = (text: string, value: number, extra: Partial<NonNullable<FixtureSpec['money']>[number]> = {}) => ({ text, value, ...extra });
const pct = (text: string, value: number, extra: Partial<NonNullable<FixtureSpec['percentages']>[number]> = {}) => ({ text, value, ...extra });

interface Row {
  name: string;
  text: string;
  spec: FixtureSpec;
  expect: string[];
  options?: Record<string, unknown>;
}

const rows: Row[] = [
  // percent change against from/to
  {
    name: 'a 12% rise that is 20%',
    text: 'Revenue rose 12% from $50 million to $60 million in the quarter.',
    spec: { percentages: [pct('12%', 12)], money: [usd('$50 million', 50e6), usd('$60 million', 60e6)] },
    expect: ['percentChange'],
  },
  {
    name: 'a 20% rise that is 20%',
    text: 'Revenue rose 20% from $50 million to $60 million in the quarter.',
    spec: { percentages: [pct('20%', 20)], money: [usd('$50 million', 50e6), usd('$60 million', 60e6)] },
    expect: [],
  },
  {
    name: 'to/from order, change after the pair',
    text: 'Net profit climbed to $56.8 million from $50.7 million, or 12%, the company said.',
    spec: { money: [usd('$56.8 million', 56.8e6), usd('$50.7 million', 50.7e6)], percentages: [pct('12%', 12)] },
    expect: [],
  },
  {
    name: 'to/from order, wrong change after the pair',
    text: 'Net profit climbed to $56.8 million from $50.7 million, or 21%, the company said.',
    spec: { money: [usd('$56.8 million', 56.8e6), usd('$50.7 million', 50.7e6)], percentages: [pct('21%', 21)] },
    expect: ['percentChange'],
  },
  {
    name: 'a fall stated as a rise',
    text: 'Shares rose 10% from $60 to $54 on Tuesday.',
    spec: { percentages: [pct('10%', 10)], money: [usd('$60', 60), usd('$54', 54)] },
    expect: ['percentChange'],
  },
  {
    name: 'a 10% fall that is 10%',
    text: 'Shares fell 10% from $60 to $54 on Tuesday.',
    spec: { percentages: [pct('10%', 10)], money: [usd('$60', 60), usd('$54', 54)] },
    expect: [],
  },
  {
    name: 'rounded from/to values leave room (the seed-000 uptick)',
    text: 'BTC/USD saw a slight uptick of 1.2% within four hours, moving from $67,200 to $68,000.',
    spec: { percentages: [pct('1.2%', 1.2)], money: [usd('$67,200', 67200), usd('$68,000', 68000)] },
    expect: [],
  },
  {
    name: 'coarse rounding: $1.1 trillion to $1.3 trillion can be a 20% rise',
    text: 'Market value grew 20% from $1.1 trillion to $1.3 trillion.',
    spec: { percentages: [pct('20%', 20)], money: [usd('$1.1 trillion', 1.1e12), usd('$1.3 trillion', 1.3e12)] },
    expect: [],
  },
  {
    name: 'a truncated change is not a mismatch (25.5% written 25%)',
    text: 'Usage rose 25% to 408,000 tonnes from 325,000 tonnes.',
    spec: { percentages: [pct('25%', 25)], quantities: [{ text: '408,000 tonnes', value: 408000, unit: 'tonnes' }, { text: '325,000 tonnes', value: 325000, unit: 'tonnes' }] },
    expect: [],
  },
  {
    name: 'percentage values: the change may be in points',
    text: 'The rate was raised 2% from 3% to 5% last year.',
    spec: { percentages: [pct('2%', 2), pct('3%', 3), pct('5%', 5)] },
    expect: [],
  },
  {
    name: 'percentage values: basis points that do not fit (75 points written as 50)',
    text: 'The central bank raised its rate by 50 basis points to 5.25% from 4.50%.',
    spec: { quantities: [{ text: '50 basis points', value: 50, unit: 'bp' }], percentages: [pct('5.25%', 5.25), pct('4.50%', 4.5)] },
    expect: ['percentChange'],
  },
  {
    name: 'a percentage of another clause is not the change',
    text: 'Load factor rose to 56.4% from 52.8%, as passenger miles rose to 4.10 billion from 3.66 billion.',
    spec: {
      percentages: [pct('56.4%', 56.4), pct('52.8%', 52.8)],
      quantities: [
        { text: '4.10 billion', value: 4.1e9, unit: 'miles' },
        { text: '3.66 billion', value: 3.66e9, unit: 'miles' },
      ],
    },
    expect: [],
  },
  {
    name: 'a change on another basis (comparable stores) is not checked',
    text: 'Sales rose 7.3% on a comparable store basis to $609.6 million from $572.2 million.',
    spec: { percentages: [pct('7.3%', 7.3)], money: [usd('$609.6 million', 609.6e6), usd('$572.2 million', 572.2e6)] },
    expect: [],
  },
  {
    name: 'a percentage that is not a change ("a 35% stake") is not the change',
    text: 'Earnings from its 35% stake will fall to $230 million from $281 million.',
    spec: { percentages: [pct('35%', 35)], money: [usd('$230 million', 230e6), usd('$281 million', 281e6)] },
    expect: [],
  },
  {
    name: 'a time phrase between the pair and its change ("…, an increase of 12%")',
    text: 'Revenue rose to $1.86 billion in Q2 2025 from $1.71 billion in the second quarter of 2024, an increase of 12%.',
    spec: { money: [usd('$1.86 billion', 1.86e9), usd('$1.71 billion', 1.71e9)], percentages: [pct('12%', 12)] },
    expect: ['percentChange'],
  },
  {
    name: 'a level, its change and the earlier level ("$412 million, up 18% from $349 million")',
    text: 'The bank reported net income of $412 million, up 18% from $349 million a year earlier.',
    spec: { money: [usd('$412 million', 412e6), usd('$349 million', 349e6, { per: 'year' })], percentages: [pct('18%', 18)] },
    expect: [],
  },
  {
    name: 'a level, a wrong change and the earlier level',
    text: 'The bank reported net income of $412 million, up 28% from $349 million a year earlier.',
    spec: { money: [usd('$412 million', 412e6), usd('$349 million', 349e6)], percentages: [pct('28%', 28)] },
    expect: ['percentChange'],
  },
  {
    name: 'a percentage after the pair that is not its change ("with 48% of the bids accepted")',
    text: 'Bids ranged from 5.98% to 6.10% with 48% of the bids accepted.',
    spec: { percentages: [pct('5.98%', 5.98), pct('6.10%', 6.1), pct('48%', 48)] },
    expect: [],
  },
  {
    name: 'the change before the pair wins over a change on another basis after it',
    text: 'Sales grew 8.8% to $7.23 billion from a restated $6.65 billion with comparable store sales up 4.7%.',
    spec: { percentages: [pct('8.8%', 8.8), pct('4.7%', 4.7)], money: [usd('$7.23 billion', 7.23e9), usd('$6.65 billion', 6.65e9)] },
    expect: [],
  },
  // multiples
  {
    name: '"more than doubled" that did not',
    text: 'Spot ETF volume more than doubled from $5.2 billion to $9.1 billion.',
    spec: { money: [usd('$5.2 billion', 5.2e9), usd('$9.1 billion', 9.1e9)] },
    expect: ['multiple'],
  },
  {
    name: '"more than doubled" that did',
    text: 'Spot ETF volume more than doubled from $5 billion to $11 billion.',
    spec: { money: [usd('$5 billion', 5e9), usd('$11 billion', 11e9)] },
    expect: [],
  },
  {
    name: '"tripled" that is 1.5x',
    text: 'Stablecoin supply on the chain tripled to $3 billion from $2 billion this year.',
    spec: { money: [usd('$3 billion', 3e9), usd('$2 billion', 2e9)] },
    expect: ['multiple'],
  },
  {
    name: '"a doubling" of something else is not a multiple of the pair',
    text: 'The board backed a doubling of authorized shares and an increase in the dividend to 12 cents from 10 cents.',
    spec: { money: [usd('12 cents', 0.12), usd('10 cents', 0.1)] },
    expect: [],
  },
  // erased and the like
  {
    name: 'the canonical case: a $1.7 billion outflow cannot erase a $2.2 billion inflow (seed-002)',
    text: 'Funds saw a $1.7 billion net outflow last week. This abrupt reversal not only erased the prior week’s $2.2 billion inflow but also marked the largest withdrawal since November.',
    spec: { money: [usd('$1.7 billion', 1.7e9, { direction: 'outflow' }), usd('$2.2 billion', 2.2e9, { direction: 'inflow' })] },
    expect: ['erased'],
  },
  {
    name: 'the largest amount that can have erased is taken ("$1.7 billion, led by $1.09 billion")',
    text: 'Funds saw outflows of $2.4 billion last week, led by $1.09 billion from bitcoin funds. This reversal erased the prior week’s $2.2 billion inflow.',
    spec: { money: [usd('$2.4 billion', 2.4e9), usd('$1.09 billion', 1.09e9), usd('$2.2 billion', 2.2e9)] },
    expect: [],
  },
  {
    name: 'a larger outflow can erase an inflow',
    text: 'Funds saw a $2.4 billion net outflow last week. This reversal erased the prior week’s $2.2 billion inflow.',
    spec: { money: [usd('$2.4 billion', 2.4e9), usd('$2.2 billion', 2.2e9)] },
    expect: [],
  },
  {
    name: 'in one sentence, the words give the directions',
    text: 'Outflows of $300 million wiped out the $450 million of inflows seen a week earlier.',
    spec: { money: [usd('$300 million', 300e6), usd('$450 million', 450e6)] },
    expect: ['erased'],
  },
  {
    name: '"partially offset" makes no claim about size',
    text: 'Inflows of $300 million partially offset the $450 million of outflows.',
    spec: { money: [usd('$300 million', 300e6), usd('$450 million', 450e6)] },
    expect: [],
  },
  {
    name: '"to offset" is an aim, not an outcome',
    text: 'The central bank provided $442 million of assistance to offset a shortage it estimated at $1.6 billion.',
    spec: { money: [usd('$442 million', 442e6), usd('$1.6 billion', 1.6e9)] },
    expect: [],
  },
  {
    name: 'a passive "offset by" is partial',
    text: 'Net income rose $5 million, offset by a $3 million charge.',
    spec: { money: [usd('$5 million', 5e6), usd('$3 million', 3e6)] },
    expect: [],
  },
  {
    name: 'no anaphora: "The crash wiped out" does not borrow the previous sentence',
    text: 'Bitcoin fell to $60,000 on Monday. The crash wiped out $500 billion in market value.',
    spec: { money: [usd('$60,000', 60000), usd('$500 billion', 500e9)] },
    expect: [],
  },
  // parts and totals
  {
    name: 'parts that exceed the total beside them',
    text: 'Outflows totalled $1.7 billion, with $1.29 billion from Bitcoin funds and $630 million from Ether funds.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.29 billion', 1.29e9), usd('$630 million', 630e6)] },
    expect: ['partsExceed'],
  },
  {
    name: 'parts within rounding of the total',
    text: 'Outflows totalled $1.7 billion, with $1.09 billion from Bitcoin funds and $630 million from Ether funds.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.09 billion', 1.09e9), usd('$630 million', 630e6)] },
    expect: [],
  },
  {
    name: '"more than doubled" within rounding of double is not certain (a $5 billion could be $4.5 billion)',
    text: 'Spot ETF volume more than doubled from $5 billion to $9 billion.',
    spec: { money: [usd('$5 billion', 5e9), usd('$9 billion', 9e9)] },
    expect: [],
  },
  {
    name: 'parts then "for a combined" that fall short',
    text: 'Bitcoin funds lost $1.09 billion and Ether funds $630 million, for a combined $1.9 billion.',
    spec: { money: [usd('$1.09 billion', 1.09e9), usd('$630 million', 630e6), usd('$1.9 billion', 1.9e9)] },
    expect: ['partsMismatch'],
  },
  {
    name: 'a partial list that falls short is fine',
    text: 'Outflows totalled $1.7 billion, including $900 million from Bitcoin funds and $300 million from Ether funds.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$900 million', 900e6), usd('$300 million', 300e6)] },
    expect: [],
  },
  {
    name: 'a complete split that falls short',
    text: 'The $1.7 billion in total outflows was split between $900 million from Bitcoin funds and $300 million from Ether funds.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$900 million', 900e6), usd('$300 million', 300e6)] },
    expect: ['partsMismatch'],
  },
  {
    name: 'an amount that "was split between" parts that fall short',
    text: 'The $120 million in proceeds was split between $70 million for debt repayment and $35 million for new machines.',
    spec: { money: [usd('$120 million', 120e6), usd('$70 million', 70e6), usd('$35 million', 35e6)] },
    expect: ['partsMismatch'],
  },
  {
    name: 'parts then "for a total of"',
    text: 'Bitcoin funds lost $1.09 billion and Ether funds $630 million, for a total of $1.5 billion.',
    spec: { money: [usd('$1.09 billion', 1.09e9), usd('$630 million', 630e6), usd('$1.5 billion', 1.5e9)] },
    expect: ['partsExceed'],
  },
  {
    name: 'parts then "accounting for the entire weekly total of"',
    text: 'By issuer, 21Shares products lost $150 million, Bitwise shed $95 million and VanEck saw $40 million in redemptions, accounting for the entire weekly total of $310 million.',
    spec: { money: [usd('$150 million', 150e6), usd('$95 million', 95e6), usd('$40 million', 40e6), usd('$310 million', 310e6)] },
    expect: ['partsMismatch'],
  },
  {
    name: 'parts that do add up to "the entire weekly total"',
    text: 'By issuer, 21Shares products lost $175 million, Bitwise shed $95 million and VanEck saw $40 million in redemptions, accounting for the entire weekly total of $310 million.',
    spec: { money: [usd('$175 million', 175e6), usd('$95 million', 95e6), usd('$40 million', 40e6), usd('$310 million', 310e6)] },
    expect: [],
  },
  {
    name: 'a total reached through another verb is not a sum of the amounts before it',
    text: 'Irving put $215 million of Brazilian and $33 million of Ecuadorean loans on non-accrual, reducing net income by a total of $4.4 million.',
    spec: { money: [usd('$215 million', 215e6), usd('$33 million', 33e6), usd('$4.4 million', 4.4e6)] },
    expect: [],
  },
  {
    name: 'a breakdown in the next sentence ("Of that, …")',
    text: 'Crypto funds saw total outflows of $1.7 billion. Of that, Bitcoin funds lost $1.29 billion and Ether funds $630 million.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.29 billion', 1.29e9), usd('$630 million', 630e6)] },
    expect: ['partsExceed'],
  },
  {
    name: 'a net total is not exceeded by gross parts',
    text: 'Net outflows totalled $1.7 billion, with $1.8 billion leaving US funds and $100 million leaving Swedish funds.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.8 billion', 1.8e9), usd('$100 million', 100e6)] },
    expect: [],
  },
  // net of inflows and outflows
  {
    name: 'inflows minus outflows that do not give the net',
    text: 'Funds took in inflows of $500 million and suffered outflows of $800 million, for net outflows of $500 million.',
    spec: { money: [usd('$500 million', 500e6), usd('$800 million', 800e6), usd('$500 million', 500e6)] },
    expect: ['net'],
  },
  {
    name: 'inflows minus outflows that give the net',
    text: 'Funds took in inflows of $500 million and suffered outflows of $800 million, for net outflows of $300 million.',
    spec: { money: [usd('$500 million', 500e6), usd('$800 million', 800e6), usd('$300 million', 300e6)] },
    expect: [],
  },
  // per share
  {
    name: 'shares × price against the total',
    text: 'The fund bought 1.5 million shares at $20 a share, or $36 million.',
    spec: { quantities: [{ text: '1.5 million shares', value: 1.5e6, unit: 'shares' }], money: [usd('$20', 20, { per: 'share' }), usd('$36 million', 36e6)] },
    expect: ['perShare'],
  },
  {
    name: 'shares × price that match',
    text: 'The fund bought 1.5 million shares at $20 a share, or $30 million.',
    spec: { quantities: [{ text: '1.5 million shares', value: 1.5e6, unit: 'shares' }], money: [usd('$20', 20, { per: 'share' }), usd('$30 million', 30e6)] },
    expect: [],
  },
  {
    name: 'coins × price (crypto amounts count coins)',
    text: 'MicroStrategy bought 1,000 BTC at an average price of $60,000 each, for a total of $75 million.',
    spec: { money: [usd('1,000 BTC', 1000, { currency: 'BTC' }), usd('$60,000', 60000), usd('$75 million', 75e6)] },
    expect: ['perShare'],
  },
  {
    name: 'a partitive count ("2.6 million of the 3.06 million shares") is not the lot priced',
    text: 'Bally agreed to buy 2.6 million of the 3.06 million shares held by Trump at $24 a share, or $62.4 million.',
    spec: {
      quantities: [{ text: '3.06 million shares', value: 3.06e6, unit: 'shares' }],
      money: [usd('$24', 24, { per: 'share' }), usd('$62.4 million', 62.4e6)],
    },
    expect: [],
  },
  // share of a total
  {
    name: 'a share of the total that is wrong',
    text: 'Of the $1.7 billion total, Bitcoin funds lost $1.09 billion, or 80% of the total.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.09 billion', 1.09e9)], percentages: [pct('80%', 80)] },
    expect: ['share'],
  },
  {
    name: 'a share of the total that is right',
    text: 'Of the $1.7 billion total, Bitcoin funds lost $1.09 billion, or 64% of the total.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.09 billion', 1.09e9)], percentages: [pct('64%', 64)] },
    expect: [],
  },
  {
    name: 'a share written before the total ("accounting for 80% of the $1.7 billion total")',
    text: 'Bitcoin funds lost $1.09 billion, accounting for 80% of the $1.7 billion total.',
    spec: { money: [usd('$1.09 billion', 1.09e9), usd('$1.7 billion', 1.7e9)], percentages: [pct('80%', 80)] },
    expect: ['share'],
  },
  {
    name: 'a share written before the total that fits',
    text: 'Bitcoin funds lost $1.09 billion, accounting for 64% of the $1.7 billion total.',
    spec: { money: [usd('$1.09 billion', 1.09e9), usd('$1.7 billion', 1.7e9)], percentages: [pct('64%', 64)] },
    expect: [],
  },
  // more phrasings
  {
    name: '"compared with" may set a figure against another base: not paired',
    text: 'Vehicle exports rose 31.3% to 154,711, compared with 146,610 in April.',
    spec: { percentages: [pct('31.3%', 31.3)], quantities: [{ text: '154,711', value: 154711, unit: 'vehicles' }, { text: '146,610', value: 146610, unit: 'vehicles' }] },
    expect: [],
  },
  {
    name: 'a passive "was erased by" still claims the whole amount',
    text: 'The prior week’s $2.2 billion inflow was erased by a $1.7 billion outflow.',
    spec: { money: [usd('$2.2 billion', 2.2e9), usd('$1.7 billion', 1.7e9)] },
    expect: ['erased'],
  },
  {
    name: '"up from" pairs a level with its earlier level',
    text: 'Revenue was $60 million, up from $50 million a year earlier, an increase of 12%.',
    spec: { money: [usd('$60 million', 60e6), usd('$50 million', 50e6)], percentages: [pct('12%', 12)] },
    expect: ['percentChange'],
  },
  {
    name: 'a possessive from-value ("from Friday\'s $2.1 billion")',
    text: 'Volume more than doubled from Friday’s $2.1 billion to $3.9 billion on Monday.',
    spec: { money: [usd('$2.1 billion', 2.1e9), usd('$3.9 billion', 3.9e9)] },
    expect: ['multiple'],
  },
  {
    name: 'a breakdown "accounted for" after the total',
    text: 'Of the $1.7 billion total, Bitcoin accounted for $1.29 billion and Ether for $630 million.',
    spec: { money: [usd('$1.7 billion', 1.7e9), usd('$1.29 billion', 1.29e9), usd('$630 million', 630e6)] },
    expect: ['partsExceed'],
  },
  {
    name: 'parts summed after a dash ("— together $1.5 billion")',
    text: 'Bitcoin funds lost $1.09 billion and Ether funds $630 million — together $1.5 billion.',
    spec: { money: [usd('$1.09 billion', 1.09e9), usd('$630 million', 630e6), usd('$1.5 billion', 1.5e9)] },
    expect: ['partsExceed'],
  },
  // options
  {
    name: 'a check turned off',
    text: 'Revenue rose 12% from $50 million to $60 million in the quarter.',
    spec: { percentages: [pct('12%', 12)], money: [usd('$50 million', 50e6), usd('$60 million', 60e6)] },
    options: { checks: ['erased'] },
    expect: [],
  },
  {
    name: 'hedged figures: approximateTolerance widens them',
    text: 'Funds saw about $2.1 billion of outflows. This reversal erased the prior week’s $2.2 billion inflow.',
    spec: { money: [usd('$2.1 billion', 2.1e9, { approximate: true }), usd('$2.2 billion', 2.2e9)] },
    expect: [],
  },
  {
    name: 'duplicated paragraphs are not read',
    text: 'Some intro text here.\nRevenue rose 12% from $50 million to $60 million in the quarter.',
    spec: { percentages: [pct('12%', 12)], money: [usd('$50 million', 50e6), usd('$60 million', 60e6)], duplicates: [1] },
    expect: [],
  },
];

describe(RULE, () => {
  it.each(rows)('$name', ({ text, spec, expect: want, options }) => {
    const flags = check(RULE, fixture(text, spec), options);
    expect(flags.map((f) => f.messageId)).toEqual(want);
    for (const f of flags) {
      expect(f.severity).toBe('error');
      expect(f.message).not.toContain(RULE);
      expect(f.related.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('flags the sentence of the erased claim, quotes both amounts and points at them', () => {
    const article = fixture('Funds saw a $1.7 billion net outflow last week. This abrupt reversal erased the prior week’s $2.2 billion inflow.', {
      money: [usd('$1.7 billion', 1.7e9, { direction: 'outflow' }), usd('$2.2 billion', 2.2e9, { direction: 'inflow' })],
    });
    const [flag] = check(RULE, article);
    expect(flag!.flagged).toBe('This abrupt reversal erased the prior week’s $2.2 billion inflow.');
    expect(flag!.message).toBe('`$1.7 billion` outflow cannot have erased a `$2.2 billion` inflow');
    expect(flag!.relatedText).toEqual(['$1.7 billion', '$2.2 billion']);
  });

  it('states the actual change in the message', () => {
    const article = fixture('Revenue rose 12% from $50 million to $60 million in the quarter.', {
      percentages: [pct('12%', 12)],
      money: [usd('$50 million', 50e6), usd('$60 million', 60e6)],
    });
    expect(check(RULE, article)[0]!.message).toBe('`12%` rise does not match the move from `$50 million` to `$60 million`, which is a 20% rise');
    const eight = fixture('Revenue rose 12% from $50 million to $54.4 million in the quarter.', {
      percentages: [pct('12%', 12)],
      money: [usd('$50 million', 50e6), usd('$54.4 million', 54.4e6)],
    });
    expect(check(RULE, eight)[0]!.message).toContain('which is an 8.8% rise');
  });
});

describe('rounding tolerance', () => {
  it.each([
    ['$1.7 billion', 1.7e9, 0.05e9],
    ['$67,251', 67251, 0.5],
    ['$67,500', 67500, 50],
    ['$42,000', 42000, 500],
    ['1,000 BTC', 1000, 50],
    ['$50 million', 50e6, 0.5e6],
    ['120%', 120, 0.5],
    ['2.3%', 2.3, 0.05],
    ['nine pct', 9, 0.5],
    ['two million', 2e6, 0.5e6],
  ])('%s stands for ± %d', (text, value, half) => {
    expect(halfUnit(text, value)).toBeCloseTo(half, 6);
  });

  it('does not flag a change between round prices that the rounding allows', () => {
    const article = fixture('Bitcoin has gained 120% since January, rising from $42,000 to $92,000.', {
      percentages: [pct('120%', 120)],
      money: [usd('$42,000', 42000), usd('$92,000', 92000)],
    });
    expect(check(RULE, article)).toEqual([]);
  });
});
