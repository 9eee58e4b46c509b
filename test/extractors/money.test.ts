import { describe, it } from 'vitest';
import type { Money } from '../../pipeline/types.js';
import { checkRow, mentionsOf, type Row } from './figures-helpers.js';

const check = (row: Row<Money>) => checkRow(row, mentionsOf(row.text).money, row.text);

describe('money: symbols and codes before the amount', () => {
  it.each<Row<Money>>([
    { text: 'SOXX saw $750 million in outflows.', expect: [{ text: '$750 million', value: 750_000_000, currency: 'USD', approximate: false }] },
    { text: 'It raised USD 5bn and later US$1.2 billion.', expect: [{ text: 'USD 5bn', value: 5e9, currency: 'USD' }, { text: 'US$1.2 billion', value: 1.2e9, currency: 'USD' }] },
    { text: 'The fund reported USD 34.6 million in fees.', expect: [{ text: 'USD 34.6 million', value: 34_600_000, currency: 'USD' }] },
    { text: 'Bids reached C$16.4 million, A$2.5bn and NZ$50m.', expect: [{ value: 16_400_000, currency: 'CAD' }, { value: 2.5e9, currency: 'AUD' }, { value: 50e6, currency: 'NZD' }] },
    { text: 'Exports fell to HK$10.05 billion while S$300 million was raised.', expect: [{ value: 10_050_000_000, currency: 'HKD' }, { value: 300e6, currency: 'SGD' }] },
    { text: 'The ECB fined it €2.5bn; the FCA added £15m.', expect: [{ text: '€2.5bn', value: 2.5e9, currency: 'EUR' }, { text: '£15m', value: 15e6, currency: 'GBP' }] },
    { text: 'Toyota booked ¥500 billion.', expect: [{ text: '¥500 billion', value: 5e11, currency: 'JPY' }] },
    { text: 'The Chinese lender set aside ¥2 billion against bad loans.', expect: [{ value: 2e9, currency: 'CNY', ambiguous: '¥ is written for both yen and yuan (yuan assumed from the context)' }] },
    { text: 'Reliance plans to invest ₹5,000 crore and Rs 2 lakh crore.', expect: [{ text: '₹5,000 crore', value: 5e10, currency: 'INR' }, { text: 'Rs 2 lakh crore', value: 2e12, currency: 'INR' }] },
    { text: 'Nestle earned CHF 1.2 billion; RM1 million went to Petronas.', expect: [{ value: 1.2e9, currency: 'CHF' }, { text: 'RM1 million', value: 1e6, currency: 'MYR' }] },
    { text: 'Seed rounds of $25k, $10MM, $5B and $1.2T.', expect: [{ value: 25_000 }, { value: 10_000_000 }, { value: 5e9 }, { value: 1.2e12 }] },
    { text: 'NYT style: a $180-million deal and a $4-billion bond.', expect: [{ text: '$180-million', value: 180e6 }, { text: '$4-billion', value: 4e9 }] },
    { text: 'The unit posted a loss of -$3.1 million.', expect: [{ text: '-$3.1 million', value: -3_100_000 }] },
    { text: 'Tokenised: the price ranges between c $ 16.4 million', expect: [{ text: 'c $ 16.4 million', value: 16_400_000, currency: 'CAD' }] },
    { text: 'Tickets cost dlrs 18 to dlrs 100.', expect: [{ text: 'dlrs 18 to dlrs 100', value: 18, valueHigh: 100, currency: 'USD' }] },
  ])('$text', check);
});

describe('money: words, codes and tickers after the amount', () => {
  it.each<Row<Money>>([
    { text: 'He paid 5 million dollars and 300 euros.', expect: [{ text: '5 million dollars', value: 5e6, currency: 'USD' }, { text: '300 euros', value: 300, currency: 'EUR' }] },
    { text: 'The BOJ bought 2 billion yen and five million yen.', expect: [{ value: 2e9, currency: 'JPY' }, { text: 'five million yen', value: 5e6, currency: 'JPY' }] },
    { text: 'Depositors have lost at least 4 mln dlrs, or 1.5 mln dlrs a year.', expect: [{ text: '4 mln dlrs', value: 4e6, currency: 'USD', bound: 'min', approximate: true }, { text: '1.5 mln dlrs', value: 1.5e6, per: 'year' }] },
    { text: 'Shr 50 cts vs 46 cts', expect: [{ text: '50 cts', value: 0.5, currency: 'USD' }, { text: '46 cts', value: 0.46, currency: 'USD' }] },
    { text: 'It paid 50 cts a share and 2.3 billion stg.', expect: [{ text: '50 cts', value: 0.5, per: 'share' }, { text: '2.3 billion stg', value: 2.3e9, currency: 'GBP' }] },
    // a word currency before "price…" is still an amount (only a code or a coin names a product: "2 BTC ETFs")
    { text: "The pound's drop to 1.3024 dlrs priced in a cut.", expect: [{ text: '1.3024 dlrs', value: 1.3024, currency: 'USD' }] },
    { text: 'A wallet moved 1,250 BTC and 3.5 ETH, then 500 million USDT.', expect: [{ text: '1,250 BTC', value: 1250, currency: 'BTC' }, { text: '3.5 ETH', value: 3.5, currency: 'ETH' }, { text: '500 million USDT', value: 5e8, currency: 'USDT' }] },
    { text: 'Fees fell to 10,000 sats.', expect: [{ text: '10,000 sats', value: 0.0001, currency: 'BTC' }] },
    { text: 'It costs 5 million USD or two billion dollars, maybe half a million dollars.', expect: [{ value: 5e6, currency: 'USD' }, { text: 'two billion dollars', value: 2e9 }, { text: 'half a million dollars', value: 500_000 }] },
    { text: 'Nokia paid 420 million Finnish markka and 125 million Australian dollars.', expect: [{ value: 420e6, currency: 'FIM' }, { value: 125e6, currency: 'AUD' }] },
    { text: 'He was fined 10,000 Swiss francs; the bank raised 90 mln Canadian dlrs.', expect: [{ value: 10_000, currency: 'CHF' }, { value: 90e6, currency: 'CAD', direction: 'inflow' }] },
    { text: 'The bid of 470 pence a share values it at 2 billion pounds.', expect: [{ text: '470 pence', value: 4.7, currency: 'GBP', per: 'share' }, { text: '2 billion pounds', value: 2e9, currency: 'GBP' }] },
    { text: 'Shares in London rose to 470p after the £2bn bid.', expect: [{ text: '470p', value: 4.7, currency: 'GBP' }, { text: '£2bn', value: 2e9 }] },
    { text: 'Samsung will spend 5 billion won; Beijing set 100 billion yuan aside.', expect: [{ value: 5e9, currency: 'KRW' }, { value: 1e11, currency: 'CNY' }] },
    { text: 'The bid was raised to 1,200 francs a share.', expect: [{ value: 1200, currency: 'CHF', per: 'share', ambiguous: 'the franc is not named (Swiss assumed)' }] },
    { text: 'Bonds were priced at 10-1/2 dlrs.', expect: [{ text: '10-1/2 dlrs', value: 10.5 }] },
    { text: 'The yen weakened 0.4% to 145.20 per dollar; the Indian rupee was at 83.45 to the dollar.', expect: [{ text: '145.20', value: 145.2, currency: 'JPY', per: 'dollar', direction: 'decrease' }, { text: '83.45', currency: 'INR', per: 'dollar' }] },
    { text: 'In trading here Friday the dollar surged to 135.42 yen. Apples cost 5 a pound.', expect: [{ text: '135.42 yen', value: 135.42, currency: 'JPY', direction: 'increase' }] },
  ])('$text', check);
});

describe('money: ranges, ellipsis and results tables', () => {
  it.each<Row<Money>>([
    { text: 'Analysts see $40-$45 and $40-45 a share.', expect: [{ text: '$40-$45', value: 40, valueHigh: 45 }, { text: '$40-45', value: 40, valueHigh: 45, per: 'share' }] },
    { text: 'Handlers shipped 248.6 million pounds; kernels sold at $3.05 a pound.', expect: [{ text: '$3.05', value: 3.05, per: 'pound' }] },
    { text: 'London cocoa rose to 9,450 pounds a ton; arabica rose to $3.43 per lb.', expect: [{ text: '9,450 pounds', value: 9450 }, { text: '$3.43', value: 3.43 }] },
    { text: 'Silver closed at 6.64/66 dlrs an ounce; platinum at 563/567 dlrs and gold at 418.50/419.00 dlrs.', expect: [{ text: '6.64/66 dlrs', value: 6.64, valueHigh: 6.66 }, { text: '563/567 dlrs', value: 563, valueHigh: 567 }, { text: '418.50/419.00 dlrs', value: 418.5, valueHigh: 419 }] },
    { text: 'Capex of $1-2 billion, or $1 billion to $2 billion.', expect: [{ text: '$1-2 billion', value: 1e9, valueHigh: 2e9 }, { text: '$1 billion to $2 billion', value: 1e9, valueHigh: 2e9 }] },
    { text: 'It will cost between $1 and $2 billion.', expect: [{ text: '$1 and $2 billion', value: 1e9, valueHigh: 2e9 }] },
    { text: 'Repairs will cost 5 to 6 mln dlrs.', expect: [{ text: '5 to 6 mln dlrs', value: 5e6, valueHigh: 6e6 }] },
    { text: 'BTC moved from $67,200 to $68,000.', expect: [{ text: '$67,200', value: 67_200 }, { text: '$68,000', value: 68_000 }] },
    // a change and the level it reached, not a range
    { text: 'WTI gained 1.05 dlrs to 76.07 dlrs.', expect: [{ text: '1.05 dlrs', value: 1.05 }, { text: '76.07 dlrs', value: 76.07 }] },
    { text: 'AUM plummeted from a recent high of $193 billion to $178 billion.', expect: [{ value: 193e9 }, { value: 178e9, direction: 'decrease' }] },
    { text: 'Net profit rose to 5.1 mln dlrs from 4.2 mln.', expect: [{ text: '5.1 mln dlrs', value: 5.1e6 }, { text: '4.2 mln', value: 4.2e6, currency: 'USD' }] },
    { text: 'Money supply was 169.49 billion guilders compared to 169.56 billion in November.', expect: [{ value: 169.49e9, currency: 'NLG' }, { text: '169.56 billion', value: 169.56e9, currency: 'NLG' }] },
    { text: 'Group loss 1.08 billion vs loss 71 mln crowns', expect: [{ text: '1.08 billion', value: 1.08e9, currency: 'SEK' }, { text: '71 mln crowns', value: 71e6, currency: 'SEK' }] },
    { text: 'Exports hit 97.7 billion dlrs in 1984, but they fell to 78.3 billion last year.', expect: [{ value: 97.7e9 }, { text: '78.3 billion', value: 78.3e9, currency: 'USD', ambiguous: 'currency not written (taken from the amount before)' }] },
    {
      text: 'Shr 97 cts vs 81 cts\nNet 60.8 mln vs 51.1 mln\nRevs 487.4 mln vs 529.7 mln',
      expect: [
        { text: '97 cts', value: 0.97 },
        { text: '81 cts', value: 0.81 },
        { text: '60.8 mln', value: 60.8e6, currency: 'USD', ambiguous: 'currency not written (results table)' },
        { text: '51.1 mln', value: 51.1e6 },
        { text: '487.4 mln', value: 487.4e6 },
        { text: '529.7 mln', value: 529.7e6 },
      ],
    },
    { text: 'Avg shrs 12.3 mln vs 11.2 mln', expect: [] },
    { text: 'Loans for financing trade rose 3.4 pct to 36.72 billion dlrs.', expect: [{ text: '36.72 billion dlrs', value: 36.72e9 }] },
    { text: 'Tether minted 1 billion USDT on Tron, and USDC supply grew to 33.4 billion.', expect: [{ text: '1 billion USDT', currency: 'USDT' }] },
    { text: 'Open interest rose by $2 billion to $38.5 billion.', expect: [{ text: '$2 billion' }, { text: '$38.5 billion' }] },
  ])('$text', check);
});

describe('money: hedges, bounds, per-unit and direction', () => {
  it.each<Row<Money>>([
    { text: 'SOXX saw approximately $750 million in net outflows.', expect: [{ text: '$750 million', approximate: true, direction: 'outflow' }] },
    { text: 'Funds drew more than $1 billion; up to $500 million may follow.', expect: [{ approximate: true, bound: 'min' }, { approximate: true, bound: 'max' }] },
    { text: 'US funds shed close to $1.8 billion, nearly $2 billion by Friday.', expect: [{ approximate: true, direction: 'outflow' }, { approximate: true, bound: 'max' }] },
    { text: 'The buyback is worth $5 million or more.', expect: [{ text: '$5 million', approximate: true, bound: 'min' }] },
    { text: 'NVDA fell 2.3% to $1,100 per share; oil hit $80 a barrel and gold $2,300/oz.', expect: [{ per: 'share', direction: 'decrease' }, { per: 'barrel' }, { text: '$2,300', per: 'ounce' }] },
    { text: 'The board backed a $70-a-share offer and a 12-cent-a-share dividend.', expect: [{ text: '$70', per: 'share' }, { text: '12-cent', value: 0.12, per: 'share' }] },
    { text: 'Solana recorded inflows of $17.1 million, while XRP saw withdrawals of $18.2 million and $6 million.', expect: [{ direction: 'inflow' }, { direction: 'outflow' }, { direction: 'outflow' }] },
    { text: 'The startup raised $50 million. Bitcoin fell to $60,000 and ETH rose to $3,800.', expect: [{ direction: 'inflow' }, { direction: 'decrease' }, { direction: 'increase' }] },
    { text: 'Bitcoin products saw $1.15 billion pulled by investors; Grayscale had $270 million withdrawn from its trusts.', expect: [{ direction: 'outflow' }, { direction: 'outflow' }] },
    { text: 'Germany was not far behind, with $19.1 million flowing into its funds.', expect: [{ direction: 'inflow' }] },
    { text: 'Lawmakers fought over hundreds of millions of dollars.', expect: [{ text: 'hundreds of millions of dollars', value: 1e8, bound: 'min', approximate: true, ambiguous: 'vague amount: the value is a lower bound' }] },
    { text: 'Ether (ETH) added 3% to $3,920 as funds in Canada were adding $33.5 million.', expect: [{ text: '$3,920', direction: 'increase' }, { text: '$33.5 million', direction: 'inflow' }] },
    { text: 'Market cap rose to $2.64 trillion, up from $2.51 trillion a week earlier; miners earn $28.3 million per day after the halving.', expect: [{ value: 2.64e12 }, { value: 2.51e12, per: undefined }, { value: 28.3e6, per: 'day' }] },
    { text: 'The German bank paid €1.500 per unit.', expect: [{ text: '€1.500', value: 1.5, ambiguous: "'.' may be a thousands separator" }] },
  ])('$text', check);
});

describe('money: what is not money', () => {
  it.each<Row<Money>>([
    { text: 'From a trading perspective, the $SOXX outflows and $AAPL weakness matter.', expect: [] },
    { text: 'In 2025 the company announced a 3-for-1 split and version 2.0 of its app.', expect: [] },
    { text: 'Call 1-800-555-0199 or +1 (212) 555-0199 for details.', expect: [] },
    { text: 'BTC 67,500 was the level; the S&P 500 and a 24-hour window.', expect: [] },
    { text: 'Issuers filed for 2 BTC ETFs and 10 Ether ETFs.', expect: [] },
    { text: 'The mine produced 100 million pounds of copper and the recipe needs 2 pounds sweet potatoes.', expect: [] },
    { text: 'The team won 3 games; a dollar-cost averaging plan; a billion reasons.', expect: [] },
    { text: 'We counted the dollars thousand of times in constant 2024 dollars.', expect: [] },
  ])('$text', check);
});

describe('money: only live paragraphs, absolute offsets', () => {
  it('skips a duplicated paragraph and keeps offsets into the whole text', () => {
    const text = 'Intro line without figures.\nETF outflows reached $1.7 billion last week.\nETF outflows reached $1.7 billion last week.';
    checkRow({ text, expect: [{ text: '$1.7 billion', start: 49 }] }, mentionsOf(text).money, text);
  });
});
