/**
 * Arithmetic across sentences and paragraphs (pipeline/frames/relations.ts, checked by
 * arithmetic-mismatch) and restatements in other words (inconsistent-figure), end to end on
 * short articles: `flagged` rows must get the rule's flag on the snippet's sentence, `ok`
 * rows (the same shapes with consistent numbers) must get none.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../pipeline/analyze.js';

const analyze = createAnalyzer();

function flagsOf(text: string, rule: string, published = '2025-06-12') {
  const report = analyze({ text, published, title: 'Test article' }, { input: 'test' });
  return report.flags.filter((f) => f.rule === rule).map((f) => ({ messageId: f.messageId, text: report.text.slice(f.start, f.end) }));
}

type Row = [name: string, text: string, snippet: string | null, messageId?: string];

/** No flag when `snippet` is null; else one flag, on the snippet's sentence (with `messageId`, when given; a second on a parts list that ends with the rest). */
function expectFlagged(flags: { messageId?: string; text: string }[], snippet: string | null, messageId?: string) {
  if (snippet === null) return expect(flags).toEqual([]);
  // (parts whose list says it ends with the rest are told on the list's own sentence too)
  const listToo = flags.length === 2 && /^parts/.test(messageId ?? '') && /\b(?:the\s+(?:remaining|rest|remainder|balance|other)|all\s+other)\b/i.test(flags[1]!.text);
  if (messageId) expect(flags.map((f) => f.messageId)).toEqual(listToo ? [messageId, messageId] : [messageId]);
  else expect(flags).toHaveLength(1);
  expect(flags[0]!.text).toContain(snippet);
}

describe('arithmetic-mismatch across sentences', () => {
  it.each<Row>([
    ['a % change with a unit between the levels', 'Spot silver rose 6.1% to $31.80 an ounce on Tuesday from $30.60, Kitco data showed.', 'Spot silver rose 6.1%', 'percentChange'],
    ['the same, consistent', 'Spot silver rose 3.9% to $31.80 an ounce on Tuesday from $30.60, Kitco data showed.', null],
    ['a wrong direction', 'Shares of Arden Mills had slipped 2.2% to $48.10 from $47.05 by midday, LSEG data showed.', 'had slipped 2.2%', 'direction'],
    ['an absolute change against its levels', 'Distillate stocks climbed 2.4 mln barrels to 118.2 mln barrels from 116.9 mln barrels, the EIA said.', 'climbed 2.4 mln barrels', 'absoluteChange'],
    ['an absolute change with its level in the paragraph before', 'Brackley Mining said it produced 96,000 ounces of gold in the second quarter.\nSecond-quarter output rose by 11,000 ounces from 79,000 ounces a year earlier, the miner said.', 'rose by 11,000 ounces', 'absoluteChange'],
    ['the same, consistent', 'Brackley Mining said it produced 96,000 ounces of gold in the second quarter.\nSecond-quarter output rose by 17,000 ounces from 79,000 ounces a year earlier, the miner said.', null],
    ['a change written in words', 'Tessaro Labs will cut its workforce by a third, to 2,400 employees from 3,000, the company said.', 'by a third', 'percentChange'],
    ['a share of "the world total" stated in another paragraph', 'Producers made 139.8 Mt of crude steel in February, the association said.\nChina: 74.6 Mt, down 4.4%\nChina\'s 74.6 Mt made up 57.4% of the world total, the association said.', 'made up 57.4%', 'share'],
    ['the same, consistent', 'Producers made 139.8 Mt of crude steel in February, the association said.\nChina: 74.6 Mt, down 4.4%\nChina\'s 74.6 Mt made up 53.4% of the world total, the association said.', null],
    ['a change noun after its level, on its base ("a 14.6% increase on the …")', 'Halvard Royalty earned 41,250 ounces of gold from its streams in the fourth quarter, a 14.6% increase on the 37,400 ounces of a year earlier.', 'a 14.6% increase', 'percentChange'],
    ['the same, consistent', 'Halvard Royalty earned 41,250 ounces of gold from its streams in the fourth quarter, a 10.3% increase on the 37,400 ounces of a year earlier.', null],
    ['a bid-to-cover ratio against the amount sold in the lead', 'The Treasury sold $24 billion of 10-year notes on Tuesday, the department said.\nDemand was firm.\nBids totalled $61.4 billion, a bid-to-cover ratio of 2.81, above the average of the last six sales.', 'a bid-to-cover ratio of 2.81', 'ratio'],
    ['the same, consistent', 'The Treasury sold $24 billion of 10-year notes on Tuesday, the department said.\nDemand was firm.\nBids totalled $61.4 billion, a bid-to-cover ratio of 2.56, above the average of the last six sales.', null],
    ['orders as a multiple of the bonds on offer', 'The city priced $400 million of bonds on Tuesday.\nOrders totalled $1.63 billion, or 4.7 times the bonds on offer, the finance director said.', '4.7 times the bonds on offer', 'ratio'],
    ['the same, consistent', 'The city priced $400 million of bonds on Tuesday.\nOrders totalled $1.63 billion, or 4.1 times the bonds on offer, the finance director said.', null],
    ['a share with its amount after it ("…, producing revenue of")', 'Bettors wagered $712.4 million with Ohio sportsbooks in June.\nOperators kept 9.8% of the money wagered, producing gross gaming revenue of $61.2 million.', 'kept 9.8%', 'share'],
    ['the same, consistent', 'Bettors wagered $712.4 million with Ohio sportsbooks in June.\nOperators kept 9.8% of the money wagered, producing gross gaming revenue of $69.8 million.', null],
    ['a count sold at a price, no unit after the count', 'Germany sold 3.27 mln EU carbon allowances at an auction on Tuesday at a clearing price of 71.45 euros a tonne, raising 241.6 mln euros.', 'raising 241.6 mln euros', 'perShare'],
    ['the same, consistent', 'Germany sold 3.27 mln EU carbon allowances at an auction on Tuesday at a clearing price of 71.45 euros a tonne, raising 233.6 mln euros.', null],
    ['a currency quoted per dollar, weakening as the number rises (consistent)', 'The peso weakened 0.3% to 18.84 per dollar by midday from 18.78 before the release, LSEG data showed.', null],
    ['the same quote, said to strengthen', 'The peso strengthened 0.3% to 18.84 per dollar by midday from 18.78 before the release, LSEG data showed.', 'strengthened 0.3%', 'direction'],
    ['an absolute change and the level it ended at after a participle', 'Lumenbox added 3.1 million paid subscribers in the second quarter, ending June with 86.4 million, up from 82.3 million at the end of March.', 'added 3.1 million', 'absoluteChange'],
    ['the same, consistent', 'Lumenbox added 4.1 million paid subscribers in the second quarter, ending June with 86.4 million, up from 82.3 million at the end of March.', null],
    ['a per-unit average against its total and count', '"Hollow Crown" opened at No. 1 with $24.6 million from 3,412 theaters, a per-theater average of $8,120, the studio said.', 'a per-theater average of $8,120', 'perShare'],
    ['the same, consistent', '"Hollow Crown" opened at No. 1 with $24.6 million from 3,412 theaters, a per-theater average of $7,210, the studio said.', null],
    ['a box line\'s % change whose base only the body states', 'Key figures\n\n- Revenue: $1.462 billion, up 6.2% from a year earlier\n\n- Adjusted EBITDA: $318 million\n\nAlderpoint Hotels reported first-quarter revenue of $1,462 million, against $1,371 million a year earlier.', 'up 6.2%', 'percentChange'],
    ['the same, consistent', 'Key figures\n\n- Revenue: $1.462 billion, up 6.6% from a year earlier\n\n- Adjusted EBITDA: $318 million\n\nAlderpoint Hotels reported first-quarter revenue of $1,462 million, against $1,371 million a year earlier.', null],
    ['a comparison after the level and what it counts ("… tonnes of cane, 10.9 pct less than the …")', 'Since April 1, mills have crushed 212.4 mln tonnes of cane, 10.9 pct less than the 236.7 mln tonnes processed by the same point last season, UNICA said.', '10.9 pct less than', 'percentChange'],
    ['the same, consistent', 'Since April 1, mills have crushed 212.4 mln tonnes of cane, 10.3 pct less than the 236.7 mln tonnes processed by the same point last season, UNICA said.', null],
    ['a count, its average each and the total ("14 of them, averaging 71,000 tonnes each, or 1.15 mln tonnes in all")', "Curlew's two trains shipped 14 of them, averaging 71,000 tonnes each, or 1.15 mln tonnes in all, the operator said.", 'averaging 71,000 tonnes each', 'perShare'],
    ['the same, consistent', "Curlew's two trains shipped 14 of them, averaging 71,000 tonnes each, or 994,000 tonnes in all, the operator said.", null],
    ['a count sold at a price, bringing a revenue to its total', 'Prairie Ash Minerals sold 3.42 million tonnes of potash in the quarter at an average realized price of $286 a tonne, bringing potash revenue to $1.12 billion.', 'bringing potash revenue', 'perShare'],
    ['the same, consistent', 'Prairie Ash Minerals sold 3.42 million tonnes of potash in the quarter at an average realized price of $286 a tonne, bringing potash revenue to $978 million.', null],
    ['an average of the values listed before it', 'Granular urea in the Middle East was assessed at $402 a tonne, Egypt at $431 and Brazil at $379, an average of $398 across the three export hubs.', 'an average of $398', 'mean'],
    ['the same, consistent', 'Granular urea in the Middle East was assessed at $402 a tonne, Egypt at $431 and Brazil at $379, an average of $404 across the three export hubs.', null],
    ['an average of the readings listed after it', 'Capacity utilisation averaged 73.6% across the three months to February, after readings of 72.1%, 74.0% and 73.9%.', 'averaged 73.6%', 'mean'],
    ['the same, consistent', 'Capacity utilisation averaged 73.3% across the three months to February, after readings of 72.1%, 74.0% and 73.9%.', null],
    ['a move by a fraction after its level', 'The development pipeline reached 44,600 rooms, up by a fifth from 41,900 a year ago, the company said.', 'up by a fifth', 'multiple'],
    ['the same, consistent', 'The development pipeline reached 50,300 rooms, up by a fifth from 41,900 a year ago, the company said.', null],
    ['a fraction lower than a level', 'Weekend ticket sales came to $61 million, a third lower than the $104 million of a year earlier, Boxline data showed.', 'a third lower', 'multiple'],
    ['the same, consistent', 'Weekend ticket sales came to $69 million, a third lower than the $104 million of a year earlier, Boxline data showed.', null],
    ['doubled, as a share of one whole', 'Delivery orders doubled to 18% of sales from 11% two years ago, the chain said.', 'doubled to 18%', 'multiple'],
    ['a multiple with the earlier level in the sentence before', 'In 2021, Oakhurst Brewing opened 40 taprooms, the company said.\nThis year it plans to double that pace, with 95 openings, the company said.', 'double that pace', 'multiple'],
    ['parts in the next sentence against an announced total', 'Marlow Foods said it spent $410 million across its four plants last year.\nThe money went to Leeds with $120 million, Bristol with $95 million, Derby with $88 million and Hull with $61 million, the company said.', 'spent $410 million', 'partsMismatch'],
    ['parts before a total that sums them', 'Quarterly shipments were 21,400 in April, 22,900 in May and 23,300 in June, bringing the quarter\'s total to 69,100, the company said.', "bringing the quarter's total", 'partsMismatch'],
    ['the same, consistent', 'Quarterly shipments were 21,400 in April, 22,900 in May and 23,300 in June, bringing the quarter\'s total to 67,600, the company said.', null],
    ['a net that its two amounts contradict', 'Norvale Pharmacy opened 64 stores and closed 19 during the year, a net gain of 51 locations, according to its annual report.', 'a net gain of 51', 'netWords'],
    ['a net figure in the next paragraph', 'Exports rose to 88.4 billion euros in March, while imports reached 79.1 billion euros, the statistics office said.\nThat left a trade surplus of 11.3 billion euros, the office said.', 'trade surplus of 11.3', 'netWords'],
    ['the same, consistent', 'Exports rose to 88.4 billion euros in March, while imports reached 79.1 billion euros, the statistics office said.\nThat left a trade surplus of 9.3 billion euros, the office said.', null],
    ['a share of a total stated earlier', 'Total deposits stood at $52.0 billion at the end of March, the bank said.\nRetail deposits of $19.5 billion made up 45% of the total, the bank said.', 'made up 45%', 'share'],
    ['the same, consistent', 'Total deposits stood at $52.0 billion at the end of March, the bank said.\nRetail deposits of $19.5 billion made up 37.5% of the total, the bank said.', null],
    ['a count times a price against its total', 'Pelham Energy sold 8.2 million new shares at $14.50 apiece, raising $142 million, the company said.', 'raising $142 million', 'perShare'],
    ['the same, consistent', 'Pelham Energy sold 8.2 million new shares at $14.50 apiece, raising $118.9 million, the company said.', null],
    ['a comparison with the level of the sentence before, the wrong way', 'Velmont delivered 48,600 vehicles in the second quarter, the carmaker said.\nThat was 6% more than the 51,700 vehicles it handed over a year earlier.', 'That was 6% more', 'direction'],
    ['the same, consistent', 'Velmont delivered 54,800 vehicles in the second quarter, the carmaker said.\nThat was 6% more than the 51,700 vehicles it handed over a year earlier.', null],
    ['a change set after both its levels', 'Unemployment rose to 5.1% in the three months to June from 4.8% in the previous period, the statistics office said, a rise of 0.5 percentage points.', 'a rise of 0.5 percentage points', 'absoluteChange'],
    ['the same, consistent', 'Unemployment rose to 5.1% in the three months to June from 4.8% in the previous period, the statistics office said, a rise of 0.3 percentage points.', null],
    ['a change as a share of the whole written after it', 'The rate case asks for an increase of $212 million a year, or 9.4% of the $1.91 billion the utility collects from customers.', 'an increase of $212 million', 'share'],
    ['the same, consistent', 'The rate case asks for an increase of $212 million a year, or 11.1% of the $1.91 billion the utility collects from customers.', null],
    ['a premium that its two prices contradict', 'Brent crude futures were up 0.84 dlrs at 81.20 dlrs a barrel by 1500 GMT, while WTI gained 0.61 dlrs to 77.45 dlrs.\nBrent\'s premium to WTI widened to 4.75 dlrs, ICE data showed.', 'premium to WTI widened', 'spread'],
    ['the same, consistent', 'Brent crude futures were up 0.84 dlrs at 81.20 dlrs a barrel by 1500 GMT, while WTI gained 0.61 dlrs to 77.45 dlrs.\nBrent\'s premium to WTI widened to 3.75 dlrs, ICE data showed.', null],
    ['a spread between two yields stated before it', 'Two-year notes yielded 4.02% on Tuesday, Tradeweb data showed. The 10-year yield climbed to 4.51%, leaving the spread between the two yields at 55 basis points.', 'spread between the two yields', 'spread'],
    ['the same, consistent', 'Two-year notes yielded 4.02% on Tuesday, Tradeweb data showed. The 10-year yield climbed to 4.51%, leaving the spread between the two yields at 49 basis points.', null],
    ['a sovereign spread between two countries\' yields', "Spain's 10-year yield rose to 3.21%, Tradeweb data showed. France's 10-year yield climbed to 3.44%, leaving the gap between French and Spanish 10-year yields at 31 basis points.", 'the gap between French and Spanish', 'spread'],
    ['the same, consistent', "Spain's 10-year yield rose to 3.21%, Tradeweb data showed. France's 10-year yield climbed to 3.44%, leaving the gap between French and Spanish 10-year yields at 23 basis points.", null],
    ['a spread in basis points beside its level', "Two-year notes yielded 4.02%, 11 basis points above Friday's close of 3.84%, Tradeweb data showed.", 'Two-year notes yielded 4.02%', 'absoluteChange'],
    ['the same, consistent', "Two-year notes yielded 3.95%, 11 basis points above Friday's close of 3.84%, Tradeweb data showed.", null],
    ['a premium against the price of the sentence before', "Castmere agreed to buy Orlen Bio for $64.00 per share in cash, the companies said.\nThe price is a 45% premium to Orlen's closing price of $47.10 on Friday.", 'The price is a 45% premium', 'percentChange'],
    ['the same, consistent', "Castmere agreed to buy Orlen Bio for $64.00 per share in cash, the companies said.\nThe price is a 36% premium to Orlen's closing price of $47.10 on Friday.", null],
    ['a difference with nothing to measure it against', 'The stock opened at $34.50 on Thursday, 27.8% above the offer price, LSEG data showed.', null],
    ['a coupon is not the yield set against a benchmark', 'The debentures have an 8-5/8 pct coupon and were priced to yield 115 basis points over the 9-1/4 pct Treasury bonds of 2016.', null],
    ['a move said to undo all of an earlier one', 'Copper slid 1.4% on Friday, erasing all of Thursday\'s 3.5% rally, LME data showed.', 'erasing all of', 'reversal'],
    ['the same, consistent (the same number restated passes too)', 'Copper slid 3.4% on Friday, erasing all of Thursday\'s 3.5% rally, LME data showed.', null],
    ['a fall undone by a rise', 'The index rose 1.0% on Tuesday, wiping out all of Monday\'s 4.2% loss, exchange data showed.', 'wiping out all of', 'reversal'],
    ['halved with the earlier level in the sentence before and a pronoun subject', 'Spot charter rates for capesize ships averaged $24,800 a day in March, according to Baltic Exchange data.\nBy May they had halved, to $15,900 a day, the exchange said.', 'they had halved', 'multiple'],
    ['the same, consistent', 'Spot charter rates for capesize ships averaged $24,800 a day in March, according to Baltic Exchange data.\nBy May they had halved, to $12,300 a day, the exchange said.', null],
    ['a volume priced per its own unit against the revenue', 'Orca Lines said it moved 2.2 million TEU in the quarter at an average rate of $1,150 per TEU, for freight revenue of $3.1 billion.', 'for freight revenue of', 'perShare'],
    ['the same, consistent', 'Orca Lines said it moved 2.2 million TEU in the quarter at an average rate of $1,150 per TEU, for freight revenue of $2.5 billion.', null],
    ['a % move against the same move in points', 'The Stoxx 600 rose 1.8% to 548.20, a gain of 13.30 points, according to exchange data.', 'rose 1.8% to 548.20', 'levelChange'],
    ['the same, consistent', 'The Stoxx 600 rose 2.5% to 548.20, a gain of 13.30 points, according to exchange data.', null],
    ['a % move against the same move in money', 'Sales at furniture stores fell 1.1 pct to 11.9 bln dlrs, a drop of 0.6 bln dlrs, the Commerce Department said.', 'fell 1.1 pct to 11.9 bln dlrs', 'levelChange'],
    ['a grade is no move', 'The increase brings the price for 0.5 pct sulphur fuel to 21.50 dlrs, up 50 cts, the company said.', null],
    ['a "Together," total of the parts in the sentence before', 'The Kestrel fund drew $210 million, the Arden fund $145 million and the Palo fund $95 million, Ledger data showed. Together, the three funds drew $490 million in the week.', 'Together, the three funds drew', 'partsMismatch'],
    ['the same, consistent', 'The Kestrel fund drew $210 million, the Arden fund $145 million and the Palo fund $95 million, Ledger data showed. Together, the three funds drew $450 million in the week.', null],
    ['a comparison in the next sentences whose subject names the measure', 'Crude inventories rose by 3.1 mln barrels to 448.2 mln barrels in the week, the EIA said. The report came out on Wednesday. Stocks were 2.2% above the five-year average of 438.5 mln barrels and 4.6% below last year\'s level of 465.4 mln barrels.', '4.6% below last year', 'percentChange'],
    ['an operating margin against the quarter\'s income and sales', 'Harlan Pumps Inc said second-quarter sales rose to 2.40 bln dlrs. Operating income was 312 mln dlrs, and the operating margin widened to 14.3 pct from 12.9 pct.', 'the operating margin widened to 14.3 pct', 'share'],
    ['the same, consistent', 'Harlan Pumps Inc said second-quarter sales rose to 2.40 bln dlrs. Operating income was 312 mln dlrs, and the operating margin widened to 13.0 pct from 12.9 pct.', null],
    ['a valuation at the price of the paragraph before', 'Norvik Labs sold 12 million shares at $18.00 each in its initial public offering, raising $216 million, the company said.\nAt the IPO price, Norvik is valued at $1.9 billion based on the 95 million shares outstanding, the company said.', 'valued at $1.9 billion', 'perShare'],
    ['the same, consistent', 'Norvik Labs sold 12 million shares at $18.00 each in its initial public offering, raising $216 million, the company said.\nAt the IPO price, Norvik is valued at $1.71 billion based on the 95 million shares outstanding, the company said.', null],
    ['an amount, its per-share figure and the shares', 'Cobalt Ridge REIT generated funds from operations of $318 million in 2024, or $2.74 per share on 131 million weighted average shares, the trust said.', 'or $2.74 per share on 131 million', 'perShare'],
    ['the same, consistent', 'Cobalt Ridge REIT generated funds from operations of $318 million in 2024, or $2.43 per share on 131 million weighted average shares, the trust said.', null],
    ['a first-day gain over the offer price stated before', 'Tarn Robotics sold 20 million shares at $18 each, raising $360 million, the company said.\nThe stock closed at $22.10 on its first day, a gain of 31.5% over the IPO price, Nasdaq data showed.', 'a gain of 31.5% over the IPO price', 'percentChange'],
    ['the same, consistent', 'Tarn Robotics sold 20 million shares at $18 each, raising $360 million, the company said.\nThe stock closed at $22.10 on its first day, a gain of 22.8% over the IPO price, Nasdaq data showed.', null],
    ['a share of "the total" when one total was stated', 'U.S. retail sales rose 0.4 pct in May to 731.2 bln dlrs, the Commerce Department said.\nOnline retailers\' sales of 121.6 bln dlrs made up 19.8 pct of the total.', 'made up 19.8 pct of the total', 'share'],
    ['a plan that "splits into" its parts', 'Front Range Power raised its capital plan to $14.5 billion on Wednesday, the company said.\nThe $14.5 billion splits into $6.2 billion for transmission, $4.9 billion for renewables and $2.1 billion for gas plants.', 'splits into $6.2 billion', 'partsMismatch'],
    ['a quarterly dividend against the yearly figure said to equal it', 'Halden Oil raised its quarterly dividend 7.1% to 45 cents a share, the company said. The new rate is equivalent to $1.90 a share annually.', 'equivalent to $1.90 a share annually', 'annualised'],
    ['the same, consistent', 'Halden Oil raised its quarterly dividend 7.1% to 45 cents a share from 42 cents, or $1.80 a share on an annual basis, the company said.', null],
    ['an average against its total and count', 'Castleton said the 11 deletions total $15.9 billion, or an average of $1.6 billion each, the index provider said.', 'the 11 deletions total $15.9 billion', 'perShare'],
    ['the same, consistent', 'Castleton said the 11 deletions total $15.9 billion, or an average of $1.4 billion each, the index provider said.', null],
    ['a midpoint against the range stated before', 'Quill Semiconductor expects third-quarter revenue of $1.58 billion to $1.66 billion, the company said.\nThe midpoint of the third-quarter revenue range, $1.64 billion, sits above the $1.51 billion analysts had expected.', 'The midpoint of the third-quarter revenue range', 'midpoint'],
    ['the same, consistent', 'Quill Semiconductor expects third-quarter revenue of $1.58 billion to $1.66 billion, the company said.\nThe midpoint of the third-quarter revenue range, $1.62 billion, sits above the $1.51 billion analysts had expected.', null],
    ['parts after an opening "Of" that exceed the whole', 'Of the 2,800 job cuts announced by Harwick Steel on Tuesday, 1,700 will fall in Germany and 1,350 in Poland, the company said.', 'Of the 2,800 job cuts', 'partsExceed'],
    ['the same, within it', 'Of the 2,800 job cuts announced by Harwick Steel on Tuesday, 1,400 will fall in Germany and 1,350 in Poland, the company said.', null],
    ['a share of a whole that counts other things, named by its words', 'Broadband customers totalled 6.2 million at the end of March, Kestrel Telecom said.\nFibre now accounts for 3.1 million lines, or 62% of the broadband base, the company said.', 'or 62% of the broadband base', 'share'],
    ['the same, consistent', 'Broadband customers totalled 6.2 million at the end of March, Kestrel Telecom said.\nFibre now accounts for 3.1 million lines, or 50% of the broadband base, the company said.', null],
    ['shares that divide a whole', 'After the merger, Fairmont shareholders will own 61% of the combined company and Laxton investors the remaining 42%, the companies said.', 'the remaining 42%', 'sharesSum'],
  ])('%s', (_name, text, snippet, messageId) => {
    // (a sentence gets one flag: a wrong direction may be told as a wrong % change)
    const flags = flagsOf(text, 'arithmetic-mismatch').map((f) => ({ ...f, messageId: f.messageId === 'percentChange' && messageId === 'direction' ? 'direction' : f.messageId }));
    expectFlagged(flags, snippet, messageId);
  });
});

describe('inconsistent-figure on restatements in other words', () => {
  it('reads "this quarter" in a results story published after the quarter as the quarter reported', () => {
    const text = 'Keswick Semiconductor said on Thursday that data-center revenue was $840 million in the third quarter.\n"Our data-center business brought in $880 million this quarter," finance chief Ola Berg said.';
    const flags = flagsOf(text, 'inconsistent-figure', '2025-10-23');
    expect(flags.map((f) => f.text)).toEqual([expect.stringContaining('brought in $880 million')]);
    // a story about the second quarter, read in October: "this quarter" is not the quarter reported
    expect(flagsOf(text.replace('third quarter', 'second quarter'), 'inconsistent-figure', '2025-10-23')).toEqual([]);
  });

  it.each<Row>([
    ['a lead against the body, sales for revenue', 'Dunmore Retail Inc posted first-quarter revenue of $482 million on Tuesday.\nThe $428 million in quarterly sales fell short of forecasts, the company said.', 'The $428 million'],
    ['a quote against the narration', 'Ferrin Motors delivered 31,200 vehicles in the second quarter, the company said.\n"We handed over 32,100 cars in the quarter," chief executive Ana Ruiz said.', 'We handed over 32,100'],
    ['a bullet box against the text', 'Norwood Pharmacy Inc reported its annual results on Monday.\nKey figures:\n- Stores at year end: 842\nThe chain ended the year with 824 stores, the company said.', 'ended the year with 824'],
    ['a price restated later without its unit', 'Brent crude futures settled at 71.40 dlrs a barrel on Monday, ICE data showed.\nBrent finished at 74.10 dlrs, its highest close in a week.', 'Brent finished at 74.10'],
    ['a near-copy with one figure changed', 'Harlow Bank said net interest income came in at $1.36 billion for the quarter, as deposit costs eased.\nThe bank kept its outlook.\nHarlow Bank said net interest income came in at $1.63 billion for the quarter, as deposit costs eased.', '$1.63 billion'],
    ['a move told twice, ending at two levels', 'The pound was down 0.6 pct at 1.2871 dlrs at 1500 GMT, LSEG data showed.\nHalden Bank strategist Ana Roe said the pound\'s 0.6 pct drop to 1.2817 dlrs priced in a cut by September.', 'drop to 1.2817 dlrs'],
    ['the same, consistent', 'The pound was down 0.6 pct at 1.2871 dlrs at 1500 GMT, LSEG data showed.\nHalden Bank strategist Ana Roe said the pound\'s 0.6 pct drop to 1.2871 dlrs priced in a cut by September.', null],
    ['a restatement in reported speech: the story\'s party, not the speaker', 'Velmont delivered 48,600 vehicles in the second quarter, the carmaker said.\nChief financial officer Ana Ruiz said the 46,800 deliveries in the quarter were below plan.', 'said the 46,800 deliveries'],
    ['the same, consistent', 'Velmont delivered 48,600 vehicles in the second quarter, the carmaker said.\nChief financial officer Ana Ruiz said the 48,600 deliveries in the quarter were below plan.', null],
    ['output restated with another verb and a relative clause', 'Bitcoin miner Coldspring Digital mined 452 BTC during June, the company said.\nChief executive Marcus Oyelaran said the 457 bitcoin the company dug up in June came despite curtailment.', 'the 457 bitcoin the company dug up'],
    ['earnings per share restated', 'Harmon Devices Inc said third-quarter net income was 392 mln dlrs, or 1.47 dlrs per diluted share, compared with 301 mln dlrs a year ago.\nThe quarter\'s diluted earnings of 1.74 dlrs a share topped the 1.39 dlr average estimate of analysts.', 'diluted earnings of 1.74 dlrs'],
    ['an index close restated in a quote ("closed up … at" is a price, not store closures)', 'Stocks shrugged off the move, and the S&P 500 closed up 0.6% at 6,038.81 on Tuesday.\n"With the S&P 500 closing at 6,083 on Tuesday, equities are not priced for a hawkish surprise," said Lucas Ferreira, a strategist at Pemberton Securities.', 'closing at 6,083'],
    ['core and headline are different series', 'Consumer prices rose 2.6% in May, the statistics office said.\nCore inflation held at 3.1% in May, the office said.', null],
    ['spot and futures are different prices', 'Spot gold was at $2,310 an ounce on Friday, Kitco data showed.\nGold futures settled at $2,331 an ounce on Friday, CME data showed.', null],
    ['gross and net are different flows', 'Bitcoin funds took in $1.2 billion over the week, with gross inflows of $1.9 billion, CoinShares said.\nNet inflows of $1.2 billion were the largest since May, CoinShares said.', null],
    ['a forecast is not the outcome', 'Analysts polled by LSEG had expected revenue of $410 million.\nFenmore reported revenue of $402 million for the quarter, the company said.', null],
    ['two quarters are two periods', 'Revenue was $310 million in the first quarter, the company said.\nRevenue was $334 million in the second quarter, the company said.', null],
    ['figures an order of magnitude apart are two things', 'Orchard Foods Inc said revenue was 50 mln dlrs in the third quarter.\nThe company\'s revenue in the third quarter came to 1.8 mln dlrs, it said.', null],
    ['the same digits at another scale are a slip', 'Orchard Foods Inc said revenue was 1.2 bln dlrs in the third quarter.\nThe company\'s revenue in the third quarter came to 1.2 mln dlrs, it said.', 'came to 1.2 mln dlrs'],
    ['a stock restated in a quote, the story\'s commodity', 'U.S. natural gas futures fell on Thursday.\nWorking gas in storage rose to 2,707 bcf in the week, the EIA said. Stocks were 4.8% above the five-year average of 2,583 bcf.\n"With storage at 2,770 bcf, the market is supplied," said analyst Lena Okafor.', 'With storage at 2,770 bcf'],
    ['the sum raised, restated', 'Norvik Labs sold 12 million shares at $18.00 each, raising $216 million, the company said.\nThe $261 million raised will fund two new plants, Norvik said.', 'The $261 million raised'],
    ['another offering is not the first restated', 'Ardent Power Co said it sold 250 mln dlrs of bonds due 1997, the company said.\nA 150 mln dlr offering due 1992 was given a nine pct coupon, the underwriter said.', null],
    ['a guidance range restated as "the … range"', 'Front Range Power, the Denver-based utility, said on Wednesday that regulators had approved its rate case.\nThe company reaffirmed its 2025 earnings guidance of $3.05 to $3.25 per share.\nChief financial officer Dana Whitlock said the $3.15-$3.35 range assumed normal weather.', 'the $3.15-$3.35 range'],
    ['a part that a total includes', 'Sorrel Brands said first-half revenue of $2.31 billion included $1.12 billion from the first quarter.', null],
    ['earnings per share in a quote, after a dateline with a state', 'HARTFORD, Conn., April 30 (Meridian Newswire) - Harrowgate Insurance Group said its first-quarter net income fell to 212 mln dlrs, or 1.84 dlrs a share.\nThe chief executive spoke on a call at 8:00 a.m. EDT. "Earning 1.48 dollars a share in a quarter like this shows our strength," she said.', 'Earning 1.48 dollars a share'],
    ['a near-copy whose changed numbers are dates is no contradiction', 'The company said no optional redemption may be made prior to April 1, 1992, with borrowed funds.\nThe company said no optional redemption may be made prior to April 1, 1994, with borrowed funds.', null],
    ['two parts of the same proceeds are two things', 'Dalton Gold said it raised 30.6 mln dlrs in the offering.\nIt will use 8.1 mln dlrs of its proceeds to buy a stake in a zinc project.\nAnother 2.8 mln dlrs of the proceeds will buy shares of Unity Gold.', null],
    ['a near-copy with a number no extractor reads', 'Hollis Bank said its efficiency ratio improved to 52.3 in the third quarter, helped by lower branch costs.\nThe lender said its efficiency ratio improved to 53.2 in the third quarter, helped by lower branch costs.', '53.2'],
    ['ARPU spelled out, then abbreviated', 'Tessel Mobile Inc said average revenue per user was €21.30 a month in the second quarter.\nThe chief executive told analysts the price rise had lifted monthly ARPU in the quarter to €23.10.', 'lifted monthly ARPU'],
    ['a daily average is not the month\'s output', 'Stonefield mined 402 bitcoin in July, the company said.\nAverage daily production: 12.97 BTC', null],
    ['a goods deficit is not a services surplus', 'Britain\'s goods trade deficit narrowed to 17.9 bln stg in November, the ONS said.\nServices exports gave a services surplus of 15.8 bln stg in November, the ONS said.', null],
    ['gross profit is not net income', 'Net income was 312 mln dlrs in the quarter, the company said.\nGross profit of 1.314 bln dlrs gave a gross margin of 61.4 pct, the company said.', null],
    ['an analyst estimate is not the result; adjusted EPS is not reported EPS', 'Net income was 2.41 dlrs a share in the quarter, the company said. Excluding items, Galloway earned 2.68 dlrs a share, above the average analyst estimate of 2.55 dlrs.', null],
  ])('%s', (_name, text, snippet) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure'), snippet);
  });
});

describe('false flags the seventh blind set showed', () => {
  it.each<Row>([
    [
      'a share of revenue in a results box takes the current year, not the comparative "(2025: …)"',
      'Results at a glance, year to June 30, 2026:\n• Revenue £312.6m, up 8.6% (2025: £287.9m)\n• Wages £231.4m, or 74% of revenue',
      null,
    ],
    [
      'a share of "the total" counted in the part\'s own unit',
      'Glenmorrach shipped 1.31 million cases in the half, from 1.44 million, the distiller said.\nThe United States took 412,000 cases, or 38% of the total, and Asia 296,000 cases.',
      'or 38% of the total',
      'share',
    ],
    [
      'the same, consistent',
      'Glenmorrach shipped 1.31 million cases in the half, from 1.44 million, the distiller said.\nThe United States took 412,000 cases, or 31% of the total, and Asia 296,000 cases.',
      null,
    ],
    [
      'a share with its amount after ", or"',
      'Thailand exported 318,400 tonnes of rubber in January, customs data showed.\nChina took 41 pct of the total, or 147,200 tonnes, while Malaysia took 38,900 tonnes.',
      'China took 41 pct',
      'share',
    ],
    [
      'the same, consistent',
      'Thailand exported 318,400 tonnes of rubber in January, customs data showed.\nChina took 46 pct of the total, or 147,200 tonnes, while Malaysia took 38,900 tonnes.',
      null,
    ],
    [
      'a difference in money beside a price per unit, the base with its unit left out',
      'Ribbed smoked sheet averaged 68.40 baht a kg at the Hat Yai market in January, 4.15 baht above December\'s average of 65.25 baht, the authority said.',
      '4.15 baht above',
      'absoluteChange',
    ],
    [
      'the same, consistent',
      'Ribbed smoked sheet averaged 68.40 baht a kg at the Hat Yai market in January, 3.15 baht above December\'s average of 65.25 baht, the authority said.',
      null,
    ],
    [
      'a list that ends with the rest, against the whole stated before',
      'Brightfold Toys said net sales rose 11% to $864 million from $778 million in the quarter.\nNorth America contributed $512 million, Europe $214 million and all other markets $119 million.',
      'net sales rose 11% to $864 million',
      'partsMismatch',
    ],
    [
      'the same, consistent',
      'Brightfold Toys said net sales rose 11% to $864 million from $778 million in the quarter.\nNorth America contributed $512 million, Europe $214 million and all other markets $138 million.',
      null,
    ],
    [
      'the same box, the share wrong',
      'Results at a glance, year to June 30, 2026:\n• Revenue £312.6m, up 8.6% (2025: £287.9m)\n• Wages £231.4m, or 79% of revenue',
      'or 79% of revenue',
      'share',
    ],
  ])('%s', (_, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch', '2026-09-02'), snippet, messageId);
  });

  it.each<[string, string]>([
    [
      'a figure restated equal to the lead is not a permutation of another one',
      'Ridgeback Defense said its order backlog rose to a record $41.3 billion at the end of September.\nOf the backlog, $27.9 billion is funded and $13.4 billion unfunded, its filing showed.\nChief executive Marian Hallett said the $41.3 billion backlog covered two years of sales.',
    ],
    [
      "prices of two products, the second's subject only carried over, are two things",
      'Skim milk powder firmed to $2,806 a tonne at the auction on Tuesday, the platform said.\nButter slipped 4.1 pct to $6,140 a tonne from $6,402 two weeks earlier.',
    ],
  ])('does not flag %s', (_, text) => {
    expect(flagsOf(text, 'inconsistent-figure', '2026-11-18')).toEqual([]);
  });
});

describe('products, ratios, shares and differences the blind sets still missed (invented copy)', () => {
  it.each<Row>([
    ['units at an average selling price, against what they brought in', 'Marrowind Games sold 3.1 million copies of Ember Court in its first month at an average selling price of $52, bringing in about $140 million.', 'bringing in about $140 million', 'perShare'],
    ['the same, consistent', 'Marrowind Games sold 3.1 million copies of Ember Court in its first month at an average selling price of $52, bringing in about $161 million.', null],
    ['tonnes at a price a kilo, against the deal value', 'The Belmonte cooperative sold 2,400 tonnes of almonds to a snack maker at 6.20 euros a kilo, a deal worth 12.1 million euros, its manager said.', 'a deal worth 12.1 million euros', 'perShare'],
    ['the same, consistent', 'The Belmonte cooperative sold 2,400 tonnes of almonds to a snack maker at 6.20 euros a kilo, a deal worth 14.9 million euros, its manager said.', null],
    ['net income that "worked out to" a figure per share', 'Prairie Crush said fourth-quarter net income of C$52.6 million worked out to C$1.94 a share on 24.1 million shares outstanding.', 'worked out to C$1.94 a share', 'perShare'],
    ['the same, consistent', 'Prairie Crush said fourth-quarter net income of C$52.6 million worked out to C$2.18 a share on 24.1 million shares outstanding.', null],
    ['an average per game over a count nobody extracts', 'Ticket income of £48.2m came from 23 home games, an average of £2.4m a game.', 'an average of £2.4m a game', 'perShare'],
    ['the same, consistent', 'Ticket income of £48.2m came from 23 home games, an average of £2.1m a game.', null],
    ['"A of the B, or P%"', 'Refinancings made up $9.4 bln of the $15.2 bln of loans launched this week, or 71%, the data showed.', 'or 71%', 'share'],
    ['the same, consistent', 'Refinancings made up $9.4 bln of the $15.2 bln of loans launched this week, or 62%, the data showed.', null],
    ['a small count of a small whole', 'Boats longer than 50 metres made up 7 of the 12 hulls, or 68 pct, the yard said.', 'or 68 pct', 'share'],
    ['the same, consistent', 'Boats longer than 50 metres made up 7 of the 12 hulls, or 58 pct, the yard said.', null],
    ['a share the listed parts make together', 'Weekly sales came to 142,600 bales, the USDA said. Mexico bought 41,200 bales, followed by China with 30,500 and Vietnam with 22,100. Those three took 73% of the week\'s sales.', 'Those three took 73%', 'share'],
    ['the same, consistent', 'Weekly sales came to 142,600 bales, the USDA said. Mexico bought 41,200 bales, followed by China with 30,500 and Vietnam with 22,100. Those three took 66% of the week\'s sales.', null],
    ['a multiple of two measures stated before', 'New orders in the quarter were worth 512 mln euros, while revenue was 340 mln euros. Orders were thus 1.8 times revenue, the company said.', 'Orders were thus 1.8 times revenue', 'ratio'],
    ['the same, consistent', 'New orders in the quarter were worth 512 mln euros, while revenue was 340 mln euros. Orders were thus 1.5 times revenue, the company said.', null],
    ['a ratio named by its measures in a box', 'Orders rose 12% to $612 million, the company said.\nNet sales rose 4% to $498 million.\nKey numbers\n- Book-to-bill ratio (orders over sales): 1.34', 'Book-to-bill ratio', 'ratio'],
    ['the same, consistent', 'Orders rose 12% to $612 million, the company said.\nNet sales rose 4% to $498 million.\nKey numbers\n- Book-to-bill ratio (orders over sales): 1.23', null],
    ['a count per count, both counted after it', 'Loadstar counted 5.9 loads posted for every truck on its flatbed boards, with 214,000 loads and 41,000 trucks.', 'counted 5.9 loads posted', 'ratio'],
    ['the same, consistent', 'Loadstar counted 5.2 loads posted for every truck on its flatbed boards, with 214,000 loads and 41,000 trucks.', null],
    ['a % above a year earlier, "when it averaged"', 'Hem-fir studs averaged $512 per thousand board feet last week, according to a pricing service, putting the benchmark 19% above a year earlier, when it averaged $448.', 'putting the benchmark 19% above', 'percentChange'],
    ['the same, consistent', 'Hem-fir studs averaged $512 per thousand board feet last week, according to a pricing service, putting the benchmark 14% above a year earlier, when it averaged $448.', null],
    ['a count "more than a year earlier, when"', 'The distillery filled 38,600 casks in the half, 4,900 more than a year earlier, when it filled 34,700.', '4,900 more than a year earlier', 'absoluteChange'],
    ['the same, consistent', 'The distillery filled 38,600 casks in the half, 3,900 more than a year earlier, when it filled 34,700.', null],
    ['a spread tighter than a bare average', 'AA tranches priced at an average spread of 164 basis points over SOFR, 9 basis points tighter than last week\'s average of 168.', '9 basis points tighter', 'absoluteChange'],
    ['the same, consistent', 'AA tranches priced at an average spread of 164 basis points over SOFR, 4 basis points tighter than last week\'s average of 168.', null],
    ['a gross amount less recoveries', 'Gross charge-offs were 84.2 mln dlrs and recoveries 15.1 mln dlrs, leaving net charge-offs of 71.3 mln dlrs for the month.', 'leaving net charge-offs of 71.3 mln dlrs', 'netWords'],
    ['the same, consistent', 'Gross charge-offs were 84.2 mln dlrs and recoveries 15.1 mln dlrs, leaving net charge-offs of 69.1 mln dlrs for the month.', null],
    ['an average "that works out to", its operands two paragraphs up', 'Alpenhorn Resorts sold 1.62 million season passes, the company said.\nPass revenue rose 8% to $870 million from $806 million.\nThat works out to an average of $581 a pass, the company said.', 'an average of $581 a pass', 'perShare'],
    ['the same, consistent', 'Alpenhorn Resorts sold 1.62 million season passes, the company said.\nPass revenue rose 8% to $870 million from $806 million.\nThat works out to an average of $537 a pass, the company said.', null],
    ['"P% of them …, or N"', 'Last season its 11 resorts drew 3.12 million skier visits, 64% of them by pass holders, or 2.31 million visits.', '64% of them by pass holders', 'share'],
    ['the same, consistent', 'Last season its 11 resorts drew 3.12 million skier visits, 74% of them by pass holders, or 2.31 million visits.', null],
    ['parts ending with "the rest of the world" against an orders total in yen', 'Tokyo-based Hoshida Tools said orders rose 22% to ¥184.2 billion.\nChina accounted for ¥61.5 billion of the quarter\'s orders, Taiwan for ¥52.4 billion, South Korea for ¥31.7 billion and the rest of the world for ¥35.6 billion.', 'orders rose 22% to ¥184.2 billion', 'partsMismatch'],
    ['the same, consistent', 'Tokyo-based Hoshida Tools said orders rose 22% to ¥184.2 billion.\nChina accounted for ¥61.5 billion of the quarter\'s orders, Taiwan for ¥52.4 billion, South Korea for ¥31.7 billion and the rest of the world for ¥38.6 billion.', null],
    ['a take rate of a whole stated before', 'Gross bookings rose 9% to €3.64 billion.\nRevenue was €512 million, a take rate of 15.4% of gross bookings, the company said.', 'a take rate of 15.4%', 'share'],
    ['the same, consistent', 'Gross bookings rose 9% to €3.64 billion.\nRevenue was €512 million, a take rate of 14.1% of gross bookings, the company said.', null],
    ['a wire move "up X at Y from Z"', 'The most-active March contract was up 4.6 pct at 4.62 dlrs a bushel from 4.48 dlrs on Monday, traders said.', 'up 4.6 pct at 4.62 dlrs', 'percentChange'],
    ['the same, consistent', 'The most-active March contract was up 3.1 pct at 4.62 dlrs a bushel from 4.48 dlrs on Monday, traders said.', null],
    ['a change against "Monday\'s settlement of"', 'March soybeans settled up 9.5 cents at $10.4125 a bushel, from Monday\'s settlement of $10.3375.', 'settled up 9.5 cents', 'absoluteChange'],
    ['the same, consistent', 'March soybeans settled up 7.5 cents at $10.4125 a bushel, from Monday\'s settlement of $10.3375.', null],
    ['parts after a colon, as many as the sentence announces', 'The three plants that build the Arco hatchback turned out a combined 58,900 units in March: 22,400 in Poland, 19,300 in Spain and 15,100 in Mexico, according to the company.', 'turned out a combined 58,900 units', 'partsMismatch'],
    ['the same, consistent', 'The three plants that build the Arco hatchback turned out a combined 56,800 units in March: 22,400 in Poland, 19,300 in Spain and 15,100 in Mexico, according to the company.', null],
    ['ratios the story says add up', 'The loss ratio came in at 66.2% and the expense ratio at 28.1%, which the group says adds up to a combined ratio of 96.8%.', 'adds up to a combined ratio of 96.8%', 'partsMismatch'],
    ['the same, consistent', 'The loss ratio came in at 66.2% and the expense ratio at 28.1%, which the group says adds up to a combined ratio of 94.3%.', null],
    ['an insurer\'s combined ratio against its loss and expense ratios in the next sentence', 'The combined ratio worsened to 103.8 pct from 97.2 pct. The loss ratio was 72.6 pct and the expense ratio 28.9 pct, the company said.', 'worsened to 103.8 pct', 'partsMismatch'],
    ['the same, consistent', 'The combined ratio worsened to 101.5 pct from 97.2 pct. The loss ratio was 72.6 pct and the expense ratio 28.9 pct, the company said.', null],
    ['a rate the two amounts before it make', 'Traffic in revenue passenger kilometres rose to 7.36 bln, while capacity in available seat kilometres was 8.84 bln, giving a load factor of 86.9 pct.', 'giving a load factor of 86.9 pct', 'share'],
    ['the same, consistent', 'Traffic in revenue passenger kilometres rose to 7.36 bln, while capacity in available seat kilometres was 8.84 bln, giving a load factor of 83.3 pct.', null],
    ['a move in points and per cent with the level it ended at', 'The Harbor 40 index rose 84.2 points, or 2.1 pct, to 3,012.6 in May, led by bank shares.', 'rose 84.2 points, or 2.1 pct'],
    ['the same, consistent', 'The Harbor 40 index rose 84.2 points, or 2.9 pct, to 3,012.6 in May, led by bank shares.', null],
    ['a multiple after a linking verb', 'Net debt of $4.62 billion was 4.1 times trailing EBITDA of $1.38 billion, within the target range.', 'was 4.1 times trailing EBITDA', 'ratio'],
    ['the same, consistent', 'Net debt of $4.62 billion was 3.3 times trailing EBITDA of $1.38 billion, within the target range.', null],
    ['a share of the whole the sentence opens on', 'Capacity under construction rose to 860 megawatts, the trust said. Of that pipeline, 544 megawatts, or 71%, is already pre-leased.', '544 megawatts, or 71%', 'share'],
    ['the same, consistent', 'Capacity under construction rose to 860 megawatts, the trust said. Of that pipeline, 544 megawatts, or 63%, is already pre-leased.', null],
    ['a change with its noun after it, after both levels', 'The board raised the interim dividend to 14.5 cents a share from 12 cents, a 28 pct increase.', 'a 28 pct increase', 'percentChange'],
    ['the same, consistent', 'The board raised the interim dividend to 14.5 cents a share from 12 cents, a 21 pct increase.', null],
    ['"outsold X by N" against what X was stated at', 'Winter tyres made up 6.4 million of the total. Summer tyres, at 9.1 million, outsold winter tyres by 3.4 million units.', 'outsold winter tyres by 3.4 million units', 'absoluteChange'],
    ['the same, consistent', 'Winter tyres made up 6.4 million of the total. Summer tyres, at 9.1 million, outsold winter tyres by 2.7 million units.', null],
    ['a fleet carried forward from the quarter before', 'The fleet stood at 2.61 million TEU at the end of June. During the quarter the lessor took delivery of 118,000 TEU of new boxes and sold 42,000 TEU of older units, leaving 2.72 million TEU at the end of September.', 'leaving 2.72 million TEU', 'rollforward'],
    ['the same, consistent', 'The fleet stood at 2.61 million TEU at the end of June. During the quarter the lessor took delivery of 118,000 TEU of new boxes and sold 42,000 TEU of older units, leaving 2.69 million TEU at the end of September.', null],
    ['a backlog carried forward by orders booked and buses delivered', 'The backlog began the year at 3,820 buses, and with 1,240 orders booked and 1,105 buses delivered it ended March at 4,010.', 'it ended March at 4,010', 'rollforward'],
    ['the same, consistent', 'The backlog began the year at 3,820 buses, and with 1,240 orders booked and 1,105 buses delivered it ended March at 3,955.', null],
    ['a guidance midpoint moved by a stated per cent', 'The trust now expects core FFO of $6.85 to $7.05 a share for 2026, up from $6.70 to $6.90; the new midpoint is 3.4% above the old one.', 'the new midpoint is 3.4% above the old one', 'percentChange'],
    ['the same, consistent', 'The trust now expects core FFO of $6.85 to $7.05 a share for 2026, up from $6.70 to $6.90; the new midpoint is 2.2% above the old one.', null],
    ['a count at a price a kilo against the revenue it "came to"', 'At $2.31 a kilo on 48,200 tonnes, cargo revenue came to $124.8 million.', 'cargo revenue came to $124.8 million', 'perShare'],
    ['the same, consistent', 'At $2.31 a kilo on 48,200 tonnes, cargo revenue came to $111.3 million.', null],
    ['a price of some of the items is no price of all', 'The exchange said it sold 21 memberships on Tuesday, three for 250 dlrs and 18 for 150 dlrs.', null],
    ['a share whose subject names a part stated before', 'The utility serves 3.4 million customers: 2.6 million electric and 800,000 gas.\nElectric customers make up 82% of the total, the company said.', 'Electric customers make up 82%', 'share'],
    ['the same, consistent', 'The utility serves 3.4 million customers: 2.6 million electric and 800,000 gas.\nElectric customers make up 76% of the total, the company said.', null],
    ['an average of the values listed after a colon', 'On Atlantic routes, rates averaged $2,310 across the three lanes the index tracks: $2,640 to Savannah, $1,980 to Houston and $3,150 to Newark.', 'rates averaged $2,310', 'mean'],
    ['the same, consistent', 'On Atlantic routes, rates averaged $2,590 across the three lanes the index tracks: $2,640 to Savannah, $1,980 to Houston and $3,150 to Newark.', null],
    ['a change in billion cubic feet against levels in bcf', 'Working gas in storage rose by 96 billion cubic feet to 2,912 bcf in the week, from 2,830 bcf a week earlier, the EIA said.', 'rose by 96 billion cubic feet', 'absoluteChange'],
    ['the same, consistent', 'Working gas in storage rose by 82 billion cubic feet to 2,912 bcf in the week, from 2,830 bcf a week earlier, the EIA said.', null],
    ['a premium over the price another place set, stated before', 'Three-month aluminium on the London Metal Exchange rose 1.1% to $2,615 a tonne. Shanghai futures traded at $2,890 a tonne, a premium of $325 over the London price.', 'a premium of $325', 'absoluteChange'],
    ['the same, consistent', 'Three-month aluminium on the London Metal Exchange rose 1.1% to $2,615 a tonne. Shanghai futures traded at $2,890 a tonne, a premium of $275 over the London price.', null],
    ['"That is a premium of P% to" the price after it, of the value an offer put on the share', 'Holders will receive 350 pence in cash and 0.2 new Corbin shares for each share, valuing each Tarrant share at 690 pence based on Corbin\'s closing price of 1,700 pence.\nThat is a premium of 41% to Tarrant\'s closing price of 521 pence.', 'That is a premium of 41%', 'percentChange'],
    ['the same, consistent', 'Holders will receive 350 pence in cash and 0.2 new Corbin shares for each share, valuing each Tarrant share at 690 pence based on Corbin\'s closing price of 1,700 pence.\nThat is a premium of 32% to Tarrant\'s closing price of 521 pence.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('hedges and restatements at another scale (invented copy)', () => {
  it.each<Row>([
    ['a hedge on a figure of many digits covers its rounding only', 'Copper on the London Metal Exchange rose 0.6% to $9,512 a tonne. Shanghai futures traded at about $10,480 a tonne, a premium of $1,068 over the London price.', 'a premium of $1,068', 'absoluteChange'],
    ['the same, consistent', 'Copper on the London Metal Exchange rose 0.6% to $9,512 a tonne. Shanghai futures traded at about $10,480 a tonne, a premium of $968 over the London price.', null],
    ['a hedged level three digits long against a % change', 'The crop is now put at about 2.46 million tonnes, up 11% from 2.31 million tonnes the season before, the ministry said.', 'up 11% from 2.31 million tonnes', 'percentChange'],
    ['a round hedged figure keeps its slack', 'The crop is now put at about 2.5 million tonnes, up 8% from 2.31 million tonnes the season before, the ministry said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });

  it.each<Row>([
    ['digits swapped at another scale, in a speaker\'s indefinite subject', 'Corsa Marine said its order backlog reached a record 4.81 bln euros at the end of June, up from 4.52 bln euros three months earlier.\n"A backlog of 4,180 million euros gives us visibility well into 2028," chief executive Dario Venn said.', 'A backlog of 4,180 million euros'],
    ['the same figure at another scale', 'Corsa Marine said its order backlog reached a record 4.81 bln euros at the end of June, up from 4.52 bln euros three months earlier.\n"A backlog of 4,810 million euros gives us visibility well into 2028," chief executive Dario Venn said.', null],
  ])('%s', (_name, text, snippet) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure'), snippet);
  });
});

describe('breakdowns in brackets, and the level a forecast starts from (invented copy)', () => {
  it.each<Row>([
    ['a box line whose bracketed parts do not add up', 'Harlow Trucks reported second-quarter results on Tuesday.\n\n- Trucks delivered: 2,314 (heavy 1,402, medium 688, light 204)\n\n- Revenue: $912.4 million', 'Trucks delivered: 2,314', 'partsMismatch'],
    ['the same, consistent', 'Harlow Trucks reported second-quarter results on Tuesday.\n\n- Trucks delivered: 2,294 (heavy 1,402, medium 688, light 204)\n\n- Revenue: $912.4 million', null],
    ['parts in the total\'s scale, number first', 'Revenue rose to $912.4 million (trucks 612.1, parts and service 200.3) in the quarter, Harlow Trucks said.', 'Revenue rose to $912.4 million', 'partsMismatch'],
    ['the same, consistent', 'Revenue rose to $812.4 million (trucks 612.1, parts and service 200.3) in the quarter, Harlow Trucks said.', null],
    ['months in a bracket are a series, not parts', 'Harlow Trucks delivered 2,314 trucks in the quarter (April 702, May 780, June 850), the company said.', null],
    ['a comparison in a bracket', 'Harlow Trucks delivered 2,314 trucks (up 12 from a year earlier, a record) in the quarter, the company said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });

});

describe('averages per counted thing, shares of "that", colon breakdowns (invented copy)', () => {
  it.each<Row>([
    ['revenue per counted thing against the revenue and the count', 'Clinic operator Orrin Health said third-quarter revenue rose 6.1 pct to 2.84 bln dlrs.\nPatient visits, which count telehealth calls, were 1.93 mln, and revenue per patient visit rose to 1,620 dlrs.', 'revenue per patient visit rose to 1,620 dlrs', 'ratio'],
    ['the same, consistent', 'Clinic operator Orrin Health said third-quarter revenue rose 6.1 pct to 2.84 bln dlrs.\nPatient visits, which count telehealth calls, were 1.93 mln, and revenue per patient visit rose to 1,471 dlrs.', null],
    ['an average per month of a quarter\'s revenue is another average', 'Clinic operator Orrin Health said third-quarter revenue rose 6.1 pct to 2.84 bln dlrs.\nPatient visits were 1.93 mln, and revenue per patient visit a month came to 490 dlrs.', null],
    ['a count per count no extractor reads', 'Key numbers\n\n- Masts owned: 9,800\n\n- Tenancies: 21,400\n\nWith 21,400 tenancies on those masts, the company now averages 2.41 tenants per mast.', 'averages 2.41 tenants per mast', 'ratio'],
    ['the same, consistent', 'Key numbers\n\n- Masts owned: 9,800\n\n- Tenancies: 21,400\n\nWith 21,400 tenancies on those masts, the company now averages 2.18 tenants per mast.', null],
    ['a share of "that", the whole in the sentence before', 'The airline burned 2.46 mln tonnes of jet fuel in the year. Sustainable fuel made up 0.21 mln tonnes of that, or 12 pct of consumption.', 'or 12 pct of consumption', 'share'],
    ['the same, consistent', 'The airline burned 2.46 mln tonnes of jet fuel in the year. Sustainable fuel made up 0.21 mln tonnes of that, or 8.5 pct of consumption.', null],
    ['a colon breakdown ending with "other items"', 'Loans outstanding reached 6.12 billion rand at the end of June: 3.91 billion rand against homes, 1.34 billion rand against cars, and 610 million rand against other items.', 'Loans outstanding reached 6.12 billion rand', 'partsMismatch'],
    ['the same, consistent', 'Loans outstanding reached 5.86 billion rand at the end of June: 3.91 billion rand against homes, 1.34 billion rand against cars, and 610 million rand against other items.', null],
    ['a difference after a place the level came from', 'Farmers shipped 6.3 million bales from the Delta this season, 14% more than last season\'s 5.9 million.', '14% more than', 'percentChange'],
    ['the same, consistent', 'Farmers shipped 6.3 million bales from the Delta this season, 7% more than last season\'s 5.9 million.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('growth bridges, named differences, rates on a whole, margins of a named income (invented copy)', () => {
  it.each<Row>([
    ['contributions to growth that do not add up', 'Sales rose 6.1%, with higher volumes contributing 3.4 percentage points, price increases 2.2 points and currency moves taking away 0.8 points.', 'Sales rose 6.1%', 'rollforward'],
    ['the same, consistent', 'Sales rose 4.8%, with higher volumes contributing 3.4 percentage points, price increases 2.2 points and currency moves taking away 0.8 points.', null],
    ['a difference between two things named before', 'New homes made up 4,120 of those sales and resales the other 2,860. That left new homes 1,540 sales ahead of resales, the widest gap on record.', 'That left new homes 1,540', 'absoluteChange'],
    ['the same, consistent', 'New homes made up 4,120 of those sales and resales the other 2,860. That left new homes 1,260 sales ahead of resales, the widest gap on record.', null],
    ['a take rate on a whole stated before', 'Gross bookings were $3.41 billion in the quarter.\nRevenue was $402 million, which works out to a take rate of 13.9% on gross bookings.', 'a take rate of 13.9%', 'share'],
    ['the same, consistent', 'Gross bookings were $3.41 billion in the quarter.\nRevenue was $402 million, which works out to a take rate of 11.8% on gross bookings.', null],
    ['a bare margin of the income its sentence names, against the box\'s sales', 'Harlan Chemie published third-quarter figures on Thursday.\n\n- Sales: 2.46 billion euros (Q3 2025: 2.31 billion)\n\nAdjusted EBITDA of 421 million euros gave a margin of 18.9%, up from 16.2% a year earlier.', 'gave a margin of 18.9%', 'share'],
    ['the same, consistent', 'Harlan Chemie published third-quarter figures on Thursday.\n\n- Sales: 2.46 billion euros (Q3 2025: 2.31 billion)\n\nAdjusted EBITDA of 421 million euros gave a margin of 17.1%, up from 16.2% a year earlier.', null],
    ['an added amount as a share of the base it adds to', 'The utility is seeking $42.6 million in new annual revenue, a 15.9% increase on the $318.4 million it collects now.', 'a 15.9% increase', 'share'],
    ['the same, consistent', 'The utility is seeking $42.6 million in new annual revenue, a 13.4% increase on the $318.4 million it collects now.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });

  it.each<Row>([
    ['the same digits at another scale', 'Key numbers\n\n- Revenue: $412.6 million, up 5.1% from $392.6 million\n\nRevenue of $4.126 billion put Corran ahead of the $401 million analysts had expected on average.', 'Revenue of $4.126 billion'],
    ['the same, restated right', 'Key numbers\n\n- Revenue: $412.6 million, up 5.1% from $392.6 million\n\nRevenue of $412.6 million put Corran ahead of the $401 million analysts had expected on average.', null],
    ['a quoted gerund restating units sold, digits swapped', 'Drivewell sold 72,400 cars in the quarter at an average price of $21,300.\nThe chief executive said: "Selling 74,200 cars in a quarter when rates are this high tells you buyers trust us."', 'Selling 74,200 cars'],
    ['the same, restated right', 'Drivewell sold 72,400 cars in the quarter at an average price of $21,300.\nThe chief executive said: "Selling 72,400 cars in a quarter when rates are this high tells you buyers trust us."', null],
  ])('%s', (_name, text, snippet) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure'), snippet);
  });
});

describe('breakdowns by destination, exports shipped abroad, pounds that weigh (invented copy)', () => {
  it.each<Row>([
    ['parts by destination after a comma', 'Walnut handlers shipped 96.4 million pounds in the month, 31.2 million pounds to domestic buyers and 67.1 million pounds abroad. Kernels sold at $2.10 a pound.', 'shipped 96.4 million pounds', 'partsExceed'],
    ['the same, consistent', 'Walnut handlers shipped 98.3 million pounds in the month, 31.2 million pounds to domestic buyers and 67.1 million pounds abroad. Kernels sold at $2.10 a pound.', null],
    ['exports up from a level, the current one shipped abroad the sentence before', 'Walnut handlers shipped 98.3 million pounds in the month, 31.2 million pounds to domestic buyers and 67.1 million pounds abroad.\nExports were up 9.4% from 62.8 million pounds a year earlier.', 'Exports were up 9.4%', 'percentChange'],
    ['the same, consistent', 'Walnut handlers shipped 98.3 million pounds in the month, 31.2 million pounds to domestic buyers and 67.1 million pounds abroad.\nExports were up 6.8% from 62.8 million pounds a year earlier.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('daily averages over a number of days, rates after "Of the N …" (invented copy)', () => {
  it.each<Row>([
    ['a daily average against the period\'s total', 'Q3 at a glance\n\n- Vehicle crossings: 48.6 million, up 2.1% from 47.6 million\n\nCrossings averaged 512,000 a day over the quarter\'s 92 days, with weekend traffic up 3%.', 'Crossings averaged 512,000 a day', 'perShare'],
    ['the same, consistent', 'Q3 at a glance\n\n- Vehicle crossings: 48.6 million, up 2.1% from 47.6 million\n\nCrossings averaged 528,000 a day over the quarter\'s 92 days, with weekend traffic up 3%.', null],
    ['a rate of a part over the whole the sentence opens with', 'Of the 52 lots offered, 41 found buyers, a sell-through rate of 84%.', 'a sell-through rate of 84%', 'share'],
    ['the same, consistent', 'Of the 52 lots offered, 41 found buyers, a sell-through rate of 79%.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('tallies, differences after a level, parts "of which", shares "of that", implied averages (invented copy)', () => {
  it.each<Row>([
    ['a tally and its margin', 'Advancing issues outnumbered declining ones 1,412 to 733, a gap of 579, on volume of 301.2 mln shares.', 'a gap of 579', 'absoluteChange'],
    ['the same, consistent', 'Advancing issues outnumbered declining ones 1,412 to 733, a gap of 679, on volume of 301.2 mln shares.', null],
    ['a difference after a level, against the level before it', 'The 5-nanometre node brought in 41.30 bln Taiwan dollars, while 7-nanometre chips brought in 28.90 bln, 13.4 bln less.', '13.4 bln less', 'absoluteChange'],
    ['the same, consistent', 'The 5-nanometre node brought in 41.30 bln Taiwan dollars, while 7-nanometre chips brought in 28.90 bln, 12.4 bln less.', null],
    ['a part "of which", as a share of the whole before it', 'Its loan book stood at $4.12 billion at the end of June, of which $236 million, or 7.1%, was more than 30 days past due.', 'or 7.1%', 'share'],
    ['the same, consistent', 'Its loan book stood at $4.12 billion at the end of June, of which $236 million, or 5.7%, was more than 30 days past due.', null],
    ['a share "of that" with words between, of an expected whole', 'The utility expects to generate 21.4 TWh in 2026. It has sold 12.6 TWh of that in advance on fixed-price contracts, or 65% of expected output.', 'or 65% of expected output', 'share'],
    ['the same, consistent', 'The utility expects to generate 21.4 TWh in 2026. It has sold 12.6 TWh of that in advance on fixed-price contracts, or 59% of expected output.', null],
    ['an average selling price implied by the revenue before and the count shipped', 'Revenue rose 9.1 pct to 84.20 bln Taiwan dollars.\nThe foundry shipped 1.08 mln 12-inch equivalent wafers, implying an average selling price of 71,300 Taiwan dollars a wafer.', 'implying an average selling price', 'perShare'],
    ['the same, consistent', 'Revenue rose 9.1 pct to 84.20 bln Taiwan dollars.\nThe foundry shipped 1.08 mln 12-inch equivalent wafers, implying an average selling price of 77,960 Taiwan dollars a wafer.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('restatements that drop a narrowing word or quote a forecast back (invented copy)', () => {
  it.each<Row>([
    ['a quote dropping a narrowing word, one digit changed', 'Harbour Grand Resorts said on Tuesday its VIP rolling-chip volume fell 12.1 pct in the first quarter to 52.6 bln pesos from 59.8 bln pesos.\n"Rolling-chip volume of 42.6 billion pesos is not what we wanted," the resort\'s president told reporters.', 'Rolling-chip volume of 42.6 billion pesos'],
    ['the same, restated right', 'Harbour Grand Resorts said on Tuesday its VIP rolling-chip volume fell 12.1 pct in the first quarter to 52.6 bln pesos from 59.8 bln pesos.\n"Rolling-chip volume of 52.6 billion pesos is not what we wanted," the resort\'s president told reporters.', null],
    ['a forecast quoted back as known with its digits swapped', 'Veldhoven Dairy said on Thursday it would pay its members a guaranteed price of 51.35 euros per 100 kg of milk in October.\n"A price of 53.15 euros tells our farmers the market has turned," the chief executive said.', 'A price of 53.15 euros'],
    ['the same, quoted right', 'Veldhoven Dairy said on Thursday it would pay its members a guaranteed price of 51.35 euros per 100 kg of milk in October.\n"A price of 51.35 euros tells our farmers the market has turned," the chief executive said.', null],
  ])('%s', (_name, text, snippet) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure'), snippet);
  });
});

describe('a share of a whole named in words, an average with its unit in the figure (invented copy)', () => {
  it.each<Row>([
    ['a part "of the quarter\'s deliveries, or P pct" against the deliveries stated before', 'Haldor Motors delivered 52,410 cars in the second quarter, the company said.\nPlug-in hybrids accounted for 16,270 of the quarter\'s deliveries, or 34.5 pct, against a fifth a year ago.', 'or 34.5 pct', 'share'],
    ['the same, consistent', 'Haldor Motors delivered 52,410 cars in the second quarter, the company said.\nPlug-in hybrids accounted for 16,270 of the quarter\'s deliveries, or 31.0 pct, against a fifth a year ago.', null],
    ['an average in kilograms per counted thing', 'The co-operative\'s 9,860 member farms supplied 7.41 bln kg of milk in the first half.\nThat works out at an average of 812,000 kg of milk per farm for the six months, the co-operative said.', 'an average of 812,000 kg', 'ratio'],
    ['the same, consistent', 'The co-operative\'s 9,860 member farms supplied 7.41 bln kg of milk in the first half.\nThat works out at an average of 752,000 kg of milk per farm for the six months, the co-operative said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('false flags the eighth blind set showed (invented copy)', () => {
  it.each<[string, string, string]>([
    ['domestic sales are a part, not a restatement of the total', 'Kestrel Motors said its May sales rose 9.1 pct to 384,210 units from 352,180 a year earlier.\nDomestic sales were 318,940 units and exports 65,270 units, the company said.', 'inconsistent-figure'],
    ['a per-unit price and its total are no parts of a later total', 'The list price is $18.2 million a jet, or $437 million for all 24, but the buyer said a discount brings the total to $391 million, 10.5% below list.', 'arithmetic-mismatch'],
    ['a share of units is not of another part listed beside it', 'It shipped 2.64 bln bottles. Beer bottles accounted for 1.52 bln units, spirits for 0.71 bln and food jars for the remaining 0.41 bln.\nSpirits bottles made up 27 pct of units but 38 pct of sales.', 'arithmetic-mismatch'],
    ['"the remaining" part is no restatement of the whole', 'Harlow Smelting said it produced 6,210 tonnes of refined tin in the first quarter.\nHarlow said its own mines supplied 2,640 tonnes of tin in concentrate and it bought the remaining 3,570 tonnes from other miners.', 'inconsistent-figure'],
    ['a part "contributing" to a whole is no restatement of it', 'Orders rose to 3.86 billion francs from 3.52 billion, the company said.\nNew installations contributing 2.14 billion francs were the larger share, with service the other 1.72 billion.', 'inconsistent-figure'],
  ])('does not flag %s', (_name, text, rule) => {
    expect(flagsOf(text, rule)).toEqual([]);
  });

  it('reads a source whose document "put" a figure somewhere ("The USDA\'s February estimate put …")', () => {
    const report = analyze({ text: "The USDA's February estimate put Florida's crop at 11.8 million boxes, unchanged from January.", published: '2026-02-12', title: 'T' }, { input: 'test' });
    expect(report.sources.map((s) => s.name)).toContain('USDA');
    expect(report.flags.filter((f) => f.rule === 'unsourced-claim')).toEqual([]);
  });

  it('reads a source after a title with an -ing word ("chief operating officer …")', () => {
    const report = analyze({ text: 'The smelter is running at 87% of its capacity, according to chief operating officer Lim Wei Chen.', published: '2026-02-12', title: 'T' }, { input: 'test' });
    expect(report.sources.map((s) => s.name)).toContain('Lim Wei Chen');
    expect(report.flags.filter((f) => f.rule === 'unsourced-claim')).toEqual([]);
  });
});

describe('constructions the twelfth blind set and the eleventh showed (invented copy)', () => {
  it.each<Row>([
    ['a gapped list after names, its last part "the remaining", overshooting the lead', 'Norrland Trucks delivered 21,340 trucks in the quarter, the company said.\nDeliveries in Europe fell to 9,120 trucks, while Asia took 6,450 and the Americas 4,210, with other markets taking the remaining 2,560.', 'Norrland Trucks delivered 21,340 trucks', 'partsExceed'],
    ['the same, consistent', 'Norrland Trucks delivered 21,340 trucks in the quarter, the company said.\nDeliveries in Europe fell to 9,120 trucks, while Asia took 6,450 and the Americas 4,210, with other markets taking the remaining 1,560.', null],
    ['an EPS gain in sen that its levels contradict', 'Earnings per share rose to 4.18 sen from 3.37 sen, a gain of 0.91 sen, Kinabalu Latex said.', 'a gain of 0.91 sen', 'absoluteChange'],
    ['the same, consistent', 'Earnings per share rose to 4.18 sen from 3.37 sen, a gain of 0.81 sen, Kinabalu Latex said.', null],
    ['an average price per thousand pieces against revenue over volume', 'Revenue rose to RM2.175 billion in the quarter, Kinabalu Latex said. It sold 29.0 billion pieces.\nThat puts the average selling price at RM84 per thousand pieces, Kinabalu said.', 'RM84 per thousand pieces', 'perShare'],
    ['the same, consistent', 'Revenue rose to RM2.175 billion in the quarter, Kinabalu Latex said. It sold 29.0 billion pieces.\nThat puts the average selling price at RM75 per thousand pieces, Kinabalu said.', null],
    ['"That is a fall of P%" after a forecast and its base', 'Ridgeway Orchards expects to harvest 212,000 tonnes of almonds this season, down from 251,000 tonnes last year, the company said.\nThat is a fall of 18.4%, the company said.', 'That is a fall of 18.4%', 'percentChange'],
    ['the same, consistent', 'Ridgeway Orchards expects to harvest 212,000 tonnes of almonds this season, down from 251,000 tonnes last year, the company said.\nThat is a fall of 15.5%, the company said.', null],
    ['a change from a base whose level was stated two sentences before', 'Total approvals climbed 6.1% to 3,480 in May from 3,280 in April, the bureau said.\nApprovals for houses fell 0.8% to 1,990, the bureau said.\nCompared with May last year, approvals were up 9.8% from 2,960.', 'approvals were up 9.8% from 2,960', 'percentChange'],
    ['the same, consistent', 'Total approvals climbed 6.1% to 3,480 in May from 3,280 in April, the bureau said.\nApprovals for houses fell 0.8% to 1,990, the bureau said.\nCompared with May last year, approvals were up 17.6% from 2,960.', null],
    ['an absolute move, its level and a percentage set after them', 'March lean hogs settled down 1.850 cents at 88.125 cents per pound, according to CME Group, a drop of 3.1% from Monday.', 'a drop of 3.1% from Monday', 'levelChange'],
    ['the same, consistent', 'March lean hogs settled down 1.850 cents at 88.125 cents per pound, according to CME Group, a drop of 2.1% from Monday.', null],
    ['a crown quoted per euro that "weakened" as the number fell', "Denmark's crown weakened 0.5% to 7.412 per euro from 7.449, traders at Norsk Valuta said.", 'weakened 0.5% to 7.412 per euro', 'percentChange'],
    ['the same, consistent', "Denmark's crown weakened 0.5% to 7.486 per euro from 7.449, traders at Norsk Valuta said.", null],
    ['a roll-forward whose start follows its end, bare counts after verbs', 'Clearview Optics said it ended June with 286 stores, after opening 24 and closing 6 during the year, up from 264 a year earlier.', 'it ended June with 286 stores', 'rollforward'],
    ['the same, consistent', 'Clearview Optics said it ended June with 282 stores, after opening 24 and closing 6 during the year, up from 264 a year earlier.', null],
    ['bought and sold, "taking the portfolio to" its end from its start', 'Storwell Trust bought 23 facilities and sold 5 in the quarter, taking the portfolio to 512 from 490, the trust said.', 'taking the portfolio to 512 from 490', 'rollforward'],
    ['the same, consistent', 'Storwell Trust bought 23 facilities and sold 5 in the quarter, taking the portfolio to 508 from 490, the trust said.', null],
    ['a backlog roll-forward "leaving the" end', 'The backlog began the quarter at $5.84 billion; net orders added $1.12 billion and deliveries removed $0.97 billion, leaving the $6.13 billion reported, Astral Jets said.', 'leaving the $6.13 billion reported', 'rollforward'],
    ['the same, consistent', 'The backlog began the quarter at $5.84 billion; net orders added $1.12 billion and deliveries removed $0.97 billion, leaving the $5.99 billion reported, Astral Jets said.', null],
    ['revenue per thing that "averaged" a figure', 'Shipments rose to 48,200 scooters from 45,100, and revenue climbed to 410 mln euros, Vespera said.\nRevenue per scooter averaged 9,620 euros last year, up from 8,900 euros, Vespera said.', 'Revenue per scooter averaged 9,620 euros', 'ratio'],
    ['the same, consistent', 'Shipments rose to 48,200 scooters from 45,100, and revenue climbed to 410 mln euros, Vespera said.\nRevenue per scooter averaged 8,510 euros last year, up from 8,100 euros, Vespera said.', null],
    ['sales per tonne over the tonnage canned', 'First-half sales rose to 14.82 bln baht, the company said.\nIt canned 81,300 tonnes of fish in the half, the company said, and sales per tonne averaged 197,400 baht.', 'sales per tonne averaged 197,400 baht', 'ratio'],
    ['the same, consistent', 'First-half sales rose to 14.82 bln baht, the company said.\nIt canned 81,300 tonnes of fish in the half, the company said, and sales per tonne averaged 182,300 baht.', null],
    ['a margin after a comma in a box line', 'Key figures, Pemberton Paints said:\n- Revenue: £418.6m\n- Adjusted operating profit: £52.7m, a margin of 14.6%', 'a margin of 14.6%', 'share'],
    ['the same, consistent', 'Key figures, Pemberton Paints said:\n- Revenue: £418.6m\n- Adjusted operating profit: £52.7m, a margin of 12.6%', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });

  it.each<[string, string, string]>([
    ['a larger fall "erasing all of" a smaller gain', 'Brenner Stahl fell 4.1% to 22.16 euros, erasing all of Tuesday\'s 2.3% gain, traders said.', 'arithmetic-mismatch'],
    ['a whole in the list\'s own sentence', 'Orders rose 9.1 pct to 284.6 mln dlrs, the company said.\nRevenue fell 2.2 pct to 301.4 mln dlrs from 308.2 mln dlrs, with domestic sales of 214.9 mln dlrs and exports making up the remaining 86.5 mln dlrs.', 'arithmetic-mismatch'],
    ['a share of revenue against the unnarrowed revenue, not a segment\'s', 'Revenue rose to $512.0 million, Trailwise said.\nFootwear revenue of $470.1 million made up most of it.\nDirect sales reached $194.6 million, or 38% of revenue, Trailwise said.', 'arithmetic-mismatch'],
    ['a change excluding big orders beside the headline change', 'Factory orders rose 3.9% on the month in March, the statistics office said.\nExcluding large-scale orders, orders fell 0.4% on the month, the office said.', 'inconsistent-figure'],
    ['a commodity\'s traded form priced apart from the metal', 'Cobalt metal was assessed at $15.90 a pound on Tuesday, according to Fastmarkets.\nPayables for cobalt hydroxide rose to 80% of the metal price, putting hydroxide at about $12.72 a pound, Fastmarkets said.', 'inconsistent-figure'],
  ])('does not flag %s', (_name, text, rule) => {
    expect(flagsOf(text, rule)).toEqual([]);
  });

  it.each<Row>([
    ['cars delivered restated as cars sold, digits swapped, in a quote', 'Halvorsen Auto delivered 36,470 cars in the second quarter, the company said.\n"Selling 34,670 cars in a quarter like this is a good result," chief executive Ida Berg said.', 'Selling 34,670 cars'],
    ['the same, quoted right', 'Halvorsen Auto delivered 36,470 cars in the second quarter, the company said.\n"Selling 36,470 cars in a quarter like this is a good result," chief executive Ida Berg said.', null],
  ])('%s', (_name, text, snippet) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure'), snippet);
  });

  it('reads "the company said" paragraphs later as the lead\'s firm, even one named in ordinary words', () => {
    const report = analyze({ text: 'BANGKOK, June 9 (Test Wire) - Gulf Harvest Foods, one of Thailand\'s largest canners, is weighing a sale of its U.S. brand, people familiar with the matter said.\n\nTwo trading houses are said to have offered around 300 mln dlrs for a stake.\n\nFirst-quarter sales rose 6.2 pct to 21.36 bln baht, the company said on Tuesday.', published: '2026-06-09', title: 'T' }, { input: 'test' });
    expect(report.sources.map((s) => s.name)).toContain('Gulf Harvest Foods');
    const sales = report.text.indexOf('First-quarter');
    expect(report.flags.filter((f) => f.rule === 'unsourced-claim' && f.start >= sales)).toEqual([]);
  });
});

describe('constructions the thirteenth blind set showed (invented copy)', () => {
  it.each<Row>([
    ['a share "of them" whose whole the words before it name, beside a larger net figure', 'Key numbers, according to Bramwell Research:\n- Money in (gross): $318.4 million\n- Redemptions: $121.6 million\nThat left net inflows of $196.8 million for the week, Bramwell said.\nThe largest fund took $152.9 million of the gross inflows, or 56% of them, Bramwell said.', 'or 56% of them', 'share'],
    ['the same, consistent', 'Key numbers, according to Bramwell Research:\n- Money in (gross): $318.4 million\n- Redemptions: $121.6 million\nThat left net inflows of $196.8 million for the week, Bramwell said.\nThe largest fund took $152.9 million of the gross inflows, or 48% of them, Bramwell said.', null],
    ['a net under a bullet box and a subhead', 'Key numbers, according to Bramwell Research:\n- Money in (gross): $318.4 million\n- Redemptions: $121.6 million\n- Assets: $2.91 billion\nFlows\nSubscriptions beat redemptions on most days. That left net inflows of $216.8 million for the week, Bramwell said.', 'That left net inflows of $216.8 million', 'netWords'],
    ['the same, consistent', 'Key numbers, according to Bramwell Research:\n- Money in (gross): $318.4 million\n- Redemptions: $121.6 million\n- Assets: $2.91 billion\nFlows\nSubscriptions beat redemptions on most days. That left net inflows of $196.8 million for the week, Bramwell said.', null],
    ['a backlog roll-forward that "left" its end', 'Harlan Homes began the quarter with 4,210 homes in backlog, the company said.\nAdding net orders of 2,870 and subtracting 2,455 closings left 4,815 homes in backlog at the end of June, Harlan said.', 'left 4,815 homes in backlog', 'rollforward'],
    ['the same, consistent', 'Harlan Homes began the quarter with 4,210 homes in backlog, the company said.\nAdding net orders of 2,870 and subtracting 2,455 closings left 4,625 homes in backlog at the end of June, Harlan said.', null],
    ['an average a total works out to over the count stated before', 'Harlan Homes closed 2,455 homes in the quarter, the company said.\nRevenue of $1.21 billion from the quarter\'s closings works out to an average of $531,000 a home, the company said.', 'an average of $531,000 a home', 'perShare'],
    ['the same, consistent', 'Harlan Homes closed 2,455 homes in the quarter, the company said.\nRevenue of $1.21 billion from the quarter\'s closings works out to an average of $493,000 a home, the company said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });

  it.each<[string, string, string]>([
    ['a fund\'s part of the net inflows, then its assets', 'The two funds took in $44.2 million and saw $13.7 million of redemptions, for net inflows of $30.5 million, issuer Brightwater said.\nBrightwater said its own fund accounted for $25.0 million of the net inflows, or 82%, and now holds $391 million of assets.', 'arithmetic-mismatch'],
    ['two funds\' flows in a box beside a bigger net', 'Key numbers, according to Ledgerstone Research:\n- Biggest outflow: the Harbor fund, with $512 million\n- Only fund with inflows: the Corvane trust, +$64 million\nU.S. spot bitcoin funds posted net outflows of roughly $1.3 billion last week, Ledgerstone Research data show.', 'arithmetic-mismatch'],
  ])('does not flag %s', (_name, text, rule) => {
    expect(flagsOf(text, rule)).toEqual([]);
  });

  it.each<Row>([
    ['the end of a move restated with four digits swapped', 'Moto Rialto said shipments rose to 58,240 motorcycles from 55,100 in 2025.\n"Our riders bought 58,420 of our motorcycles last year," chief executive Marco Vitti said.', 'Our riders bought 58,420'],
    ['the same, quoted right', 'Moto Rialto said shipments rose to 58,240 motorcycles from 55,100 in 2025.\n"Our riders bought 58,240 of our motorcycles last year," chief executive Marco Vitti said.', null],
    ['a day\'s close restated with swapped digits', 'The Kospi fell 52.18 points, or 2.2%, to 2,314.65, according to exchange data.\nEven after the drop, the Kospi\'s close of 2,341.65 leaves it up on the year, according to exchange data.', "the Kospi's close of 2,341.65"],
    ['the same, restated right', 'The Kospi fell 52.18 points, or 2.2%, to 2,314.65, according to exchange data.\nEven after the drop, the Kospi\'s close of 2,314.65 leaves it up on the year, according to exchange data.', null],
    ['inflation with no economy named, restated in reported speech', 'Annual consumer price inflation slowed to 3.7% in the second quarter, the statistics office said.\nGovernor Ana Reyes said inflation of 3.4% in the second quarter left room to cut.', 'said inflation of 3.4% in the second quarter'],
    ['the same, restated right', 'Annual consumer price inflation slowed to 3.7% in the second quarter, the statistics office said.\nGovernor Ana Reyes said inflation of 3.7% in the second quarter left room to cut.', null],
  ])('%s', (_name, text, snippet) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure', '2026-08-10'), snippet);
  });

  it('reads a close a speaker restates as the story\'s token\'s, not the speaker\'s firm\'s', () => {
    const report = analyze({ text: 'Solana closed Sunday at $152.60, down from $160.10 a week earlier, according to pricing from Quorra Markets.\n\nMira Osei, head of research at Halvard Digital, said a Sunday close of $125.60 still left the token ahead of where it started July.', published: '2026-08-10', title: "Solana's week" }, { input: 'test' });
    expect(report.flags.filter((f) => f.rule === 'inconsistent-figure').map((f) => report.text.slice(f.start, f.end))).toEqual([expect.stringContaining('a Sunday close of $125.60')]);
    expect(report.sources.map((s) => s.name)).toContain('Quorra Markets');
  });
});

describe('a forecast\'s parts "of the increase", a level "half the" one before (invented copy)', () => {
  it.each<Row>([
    ['a forecast increase whose parts overshoot it', 'The producers agreed on Thursday to raise their combined output target by 274,000 barrels per day from August, delegates said.\nThe biggest member will take 121,000 bpd of the increase and the second 88,000 bpd, with three others sharing the remaining 83,000 bpd, delegates said.', 'The producers agreed on Thursday to raise', 'partsExceed'],
    ['the same, consistent', 'The producers agreed on Thursday to raise their combined output target by 274,000 barrels per day from August, delegates said.\nThe biggest member will take 121,000 bpd of the increase and the second 88,000 bpd, with three others sharing the remaining 65,000 bpd, delegates said.', null],
    ['a level "half the" one before, far from half', 'Dealers now hold 27,800 boats on their lots, half the 44,600 they carried at the 2022 peak, according to the Marine Dealers Survey.', 'half the 44,600', 'multiple'],
    ['the same, consistent', 'Dealers now hold 22,400 boats on their lots, half the 44,600 they carried at the 2022 peak, according to the Marine Dealers Survey.', null],
    ['"more than half the" is a bound, not a halving', 'Export registrations for the first four months totalled around 6.1 mln bags, more than half the 10.4 mln exported last year, the institute said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('parts a referring sentence announces, a fraction in words held to its value (invented copy)', () => {
  it.each<Row>([
    ['a total, then "the money was spent on three days:" that add up to more', 'The central bank said on Friday that it spent 5.42 trillion won defending the currency last month.\nData released by the bank show the money was spent on three days: 2.31 trillion won on June 3, 1.94 trillion won on June 5 and 1.62 trillion won on June 9.', 'it spent 5.42 trillion won', 'partsExceed'],
    ['the same, consistent', 'The central bank said on Friday that it spent 5.87 trillion won defending the currency last month.\nData released by the bank show the money was spent on three days: 2.31 trillion won on June 3, 1.94 trillion won on June 5 and 1.62 trillion won on June 9.', null],
    ['"by a quarter" for a fifth', 'Halden Software will cut its workforce by a quarter, to 4,800 employees from 6,000, the company said in a filing on Wednesday.', 'by a quarter, to 4,800', 'percentChange'],
    ['the same, consistent', 'Halden Software will cut its workforce by a quarter, to 4,500 employees from 6,000, the company said in a filing on Wednesday.', null],
    ['a hedged fraction is a loose statement', 'The company\'s foreign debt was cut nearly by half to 71.4 billion dlrs in 2025 from 133.9 billion in 2024, the finance director said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });
});

describe('constructions the fourteenth and fifteenth blind sets showed (invented copy)', () => {
  it.each<Row>([
    ['a level "up from" its base, then the change after both', 'Orvane Motors delivered 31,200 cars in the second quarter, up from 27,400 a year earlier, an increase of 17.9%, the company said.', 'an increase of 17.9%', 'percentChange'],
    ['the same, consistent', 'Orvane Motors delivered 31,200 cars in the second quarter, up from 27,400 a year earlier, an increase of 13.9%, the company said.', null],
    ['an absolute cut over a window, the level it left and its percentage', 'Pellham cut its staff by 1,120 over the past year, to 7,480, a reduction of 17%, the company said.', 'a reduction of 17%', 'levelChange'],
    ['the same, consistent', 'Pellham cut its staff by 1,120 over the past year, to 7,480, a reduction of 13%, the company said.', null],
    ['parts after names closed by "with … the remaining", of a total the sentence before gave', 'Corvo Bikes delivered 52,100 e-bikes in the quarter, the company said.\nEurope took 30,400 of the deliveries and Asia 14,900, with North America making up the remaining 8,600, the company said.', 'Corvo Bikes delivered 52,100', 'partsExceed'],
    ['the same, consistent', 'Corvo Bikes delivered 53,900 e-bikes in the quarter, the company said.\nEurope took 30,400 of the deliveries and Asia 14,900, with North America making up the remaining 8,600, the company said.', null],
    ['shares sold at a price "to raise" an amount', 'Tamsin Brokerage sold 18.5 mln shares at 27 dlrs each to raise 541 mln dlrs, the underwriters said.', 'to raise 541 mln dlrs', 'perShare'],
    ['the same, consistent', 'Tamsin Brokerage sold 18.5 mln shares at 27 dlrs each to raise 499.5 mln dlrs, the underwriters said.', null],
    ['proceeds "net" of costs are less than the lot', 'Tamsin Brokerage planned to raise 48.2 mln stg net through a rights issue of 15.8 mln shares at 320p, its advisers said.', null],
    ['counts the extractors leave bare, netted', 'Mondello Pizza opened 214 stores and closed 61 during the quarter, a net gain of 163, the company said.', 'a net gain of 163', 'netWords'],
    ['the same, consistent', 'Mondello Pizza opened 214 stores and closed 61 during the quarter, a net gain of 153, the company said.', null],
    ['an index reading\'s move in points, its levels bare decimals', 'The University of Halden\'s consumer sentiment index rose to 61.3 in July from 57.9 in June, the university said on Friday, a jump of 4.4 points.', 'a jump of 4.4 points', 'absoluteChange'],
    ['the same, consistent', 'The University of Halden\'s consumer sentiment index rose to 61.3 in July from 57.9 in June, the university said on Friday, a jump of 3.4 points.', null],
    ['a change in points with its base in a box line', '- Services PMI: 52.4 (May: 51.8)\nThe services purchasing managers\' index climbed 1.2 points to 52.4, the survey compiler Halden Data said.', 'climbed 1.2 points', 'absoluteChange'],
    ['the same, consistent', '- Services PMI: 52.4 (May: 51.8)\nThe services purchasing managers\' index climbed 0.6 points to 52.4, the survey compiler Halden Data said.', null],
    ['a gap between two levels the sentence sets side by side', 'Large firms\' index rose to 52.6, while small firms lagged at 49.1, leaving them 2.8 points behind their larger rivals, the statistics office said.', 'leaving them 2.8 points behind', 'spread'],
    ['the same, consistent', 'Large firms\' index rose to 52.6, while small firms lagged at 49.1, leaving them 3.5 points behind their larger rivals, the statistics office said.', null],
    ['a policy rate a gap above inflation, the rate stated two paragraphs up', 'The central bank cut its benchmark policy rate by 25 basis points to 6.50 pct on Wednesday, the bank said.\n\nOf 28 economists polled, 20 had expected the cut.\n\nThe cut leaves the policy rate 3.45 percentage points above March\'s annual inflation rate of 3.35 pct, the bank said.', 'The cut leaves the policy rate', 'spread'],
    ['the same, consistent', 'The central bank cut its benchmark policy rate by 25 basis points to 6.50 pct on Wednesday, the bank said.\n\nOf 28 economists polled, 20 had expected the cut.\n\nThe cut leaves the policy rate 3.15 percentage points above March\'s annual inflation rate of 3.35 pct, the bank said.', null],
    ['an auction "tailing" the when-issued yield by a gap', 'The Treasury sold $39 billion of notes at a high yield of 4.236%, tailing the 4.221% when-issued yield by 2.5 basis points, dealers said.', 'tailing the 4.221%', 'spread'],
    ['the same, consistent', 'The Treasury sold $39 billion of notes at a high yield of 4.236%, tailing the 4.221% when-issued yield by 1.5 basis points, dealers said.', null],
    ['stocks a percentage above an average, the level stated before', 'Utilities added 41 bcf to storage last week, taking inventories to 3,012 bcf, the EIA said.\nStocks are now 3.1% above the five-year average of 2,840 bcf for the week, the agency said.', 'Stocks are now 3.1% above', 'percentChange'],
    ['the same, consistent', 'Utilities added 41 bcf to storage last week, taking inventories to 3,012 bcf, the EIA said.\nStocks are now 6.1% above the five-year average of 2,840 bcf for the week, the agency said.', null],
    ['a rate cut in basis points set after both levels', 'The central bank lowered its deposit rate to 19.25 pct from 20.75 pct on Thursday, a cut of 250 basis points, the bank said.', 'a cut of 250 basis points', 'absoluteChange'],
    ['the same, consistent', 'The central bank lowered its deposit rate to 19.25 pct from 20.75 pct on Thursday, a cut of 150 basis points, the bank said.', null],
    ['a currency per dollar, its bare base, the slide after both', 'The Kenyan shilling weakened to 131.40 per dollar from 129.10 before the decision, a 3.2 pct slide, dealers at Halden Bank said.', 'a 3.2 pct slide', 'percentChange'],
    ['the same, consistent', 'The Kenyan shilling weakened to 131.40 per dollar from 129.10 before the decision, a 1.8 pct slide, dealers at Halden Bank said.', null],
    ['a currency said to firm while its per-dollar quote rose', 'The rupiah firmed 0.4 pct to 16,512 per dollar by 0800 GMT, from 16,446 at Tuesday\'s close, dealers at Halden Bank said.', 'The rupiah firmed 0.4 pct', 'percentChange'],
    ['another thing\'s level "against" a move is no base', 'Spain\'s 10-year bond yield rose 3 basis points to 3.21 pct, against 2.59 pct on the German Bund, Halden data showed.', null],
    ['parts "of the book" that add up to more than the total the sentence before gave', 'Total loans ended the year at 27.4 bln dlrs, the bank said. Commercial loans made up 15.9 bln dlrs of the book, consumer loans 5.2 bln and residential mortgages 7.1 bln.', 'Commercial loans made up', 'partsExceed'],
    ['the same, consistent', 'Total loans ended the year at 28.4 bln dlrs, the bank said. Commercial loans made up 15.9 bln dlrs of the book, consumer loans 5.2 bln and residential mortgages 7.1 bln.', null],
    ['a segment\'s change from a base, its level in a box line', '- Revenue: $1.912 billion\n- Knees: $688 million\n- Hips: $541 million\nKnee sales rose 12.6% from $630 million a year earlier, the company said.', 'Knee sales rose 12.6%', 'percentChange'],
    ['the same, consistent', '- Revenue: $1.912 billion\n- Knees: $688 million\n- Hips: $541 million\nKnee sales rose 9.2% from $630 million a year earlier, the company said.', null],
    ['a margin of the revenue in a box line further up', '- Revenue: $1.912 billion\n- Knees: $688 million\n- Hips: $541 million\n- Spine: $683 million\nKnee sales rose 9.2% from $630 million a year earlier.\nAdjusted operating profit was $497 million, a margin of 28.0% of sales, the company said.', 'a margin of 28.0%', 'share'],
    ['the same, consistent', '- Revenue: $1.912 billion\n- Knees: $688 million\n- Hips: $541 million\n- Spine: $683 million\nKnee sales rose 9.2% from $630 million a year earlier.\nAdjusted operating profit was $497 million, a margin of 26.0% of sales, the company said.', null],
    ['gross additions less disconnections, netted', 'Halden Mobile signed up 702,000 gross postpaid phone customers in the quarter and lost 488,000 to disconnections, for net additions of 236,000, the company said.', 'for net additions of 236,000', 'netWords'],
    ['the same, consistent', 'Halden Mobile signed up 702,000 gross postpaid phone customers in the quarter and lost 488,000 to disconnections, for net additions of 214,000, the company said.', null],
    ['"That was … fewer than" after a list refers to the list\'s total', 'Halden Trucks delivered 41,200 trucks worldwide in the quarter: 22,900 in North America, 11,300 in Europe and 7,000 in South America, the company said.\nThat was 9.2% fewer than the 45,380 it delivered a year earlier.', null],
    ['a change after its level, its base in a box line\'s brackets', '- Copper produced: 41,300 tonnes (September quarter: 36,900 tonnes)\nHalden Mining produced 41,300 tonnes of copper in the quarter, up 15% on the September quarter, the company said.', 'up 15% on the September quarter', 'percentChange'],
    ['the same, consistent', '- Copper produced: 41,300 tonnes (September quarter: 36,900 tonnes)\nHalden Mining produced 41,300 tonnes of copper in the quarter, up 12% on the September quarter, the company said.', null],
    ['a change to a box level with its dated base in brackets', '- Cash at December 31: A$598 million (September 30: A$641 million)\nCash rose 5.2% to A$598 million over the quarter, the company said.', 'Cash rose 5.2%', 'direction'],
    ['a roll-forward with counts in words, "ending the quarter with"', 'Halden Motors opened three stores and bought six from a rival, ending the quarter with 185 dealerships, up from 179 at the end of June.', 'ending the quarter with 185', 'rollforward'],
    ['the same, consistent', 'Halden Motors opened three stores and bought six from a rival, ending the quarter with 188 dealerships, up from 179 at the end of June.', null],
    ['a roll-forward whose start follows its end and whose movers follow "after"', 'Halden Mobile ended March with 8.62 million customers, from 8.49 million at end-December, after adding 231,000 and losing 164,000 during the quarter.', 'Halden Mobile ended March', 'rollforward'],
    ['the same, consistent', 'Halden Mobile ended March with 8.56 million customers, from 8.49 million at end-December, after adding 231,000 and losing 164,000 during the quarter.', null],
    ['a total, a colon, and its parts to the end of the sentence', 'Halden Trucks delivered 36,910 trucks worldwide in the quarter: 20,450 in North America, 10,120 in Europe and 5,340 in South America.', 'Halden Trucks delivered 36,910', 'partsMismatch'],
    ['the same, consistent', 'Halden Trucks delivered 35,910 trucks worldwide in the quarter: 20,450 in North America, 10,120 in Europe and 5,340 in South America.', null],
    ['two yields side by side, "leaving the spread at"', 'Italy\'s 10-year yield fell 6 basis points to 3.44 pct, while Germany\'s 10-year Bund yield was down 2 bps at 2.61 pct, leaving the spread at 73 basis points, Halden data showed.', 'leaving the spread at 73', 'spread'],
    ['the same, consistent', 'Italy\'s 10-year yield fell 6 basis points to 3.44 pct, while Germany\'s 10-year Bund yield was down 2 bps at 2.61 pct, leaving the spread at 83 basis points, Halden data showed.', null],
    ['"roughly double the 30-day average of", far from double', 'Volume totalled 21.3 bln reais, roughly double the 30-day average of 15.1 bln reais, exchange data from B3 showed.', 'roughly double the 30-day average', 'multiple'],
    ['the same, consistent', 'Volume totalled 29.8 bln reais, roughly double the 30-day average of 15.1 bln reais, exchange data from B3 showed.', null],
    ['"about a third above the average of", far from a third', 'Turnover reached 4.41 billion euros, about a third above the 30-day average of 3.72 billion euros, Euronext data showed.', 'about a third above', 'multiple'],
    ['the same, consistent', 'Turnover reached 4.98 billion euros, about a third above the 30-day average of 3.72 billion euros, Euronext data showed.', null],
    ['"That works out to an average order of", the total and the count before', 'Orders rose 18% to 388 million from 329 million a year earlier, and gross order value reached $11.6 billion, Halden said.\nThat works out to an average order of $33.40, up from $28.90 a year earlier, Halden said.', 'an average order of $33.40', 'perShare'],
    ['the same, consistent', 'Orders rose 18% to 388 million from 329 million a year earlier, and gross order value reached $11.6 billion, Halden said.\nThat works out to an average order of $29.90, up from $28.90 a year earlier, Halden said.', null],
    ['an average "per trip" over a count a box line labels', '- Trips: 1.34 billion, up 16%\n- Gross bookings: $21.2 billion\nGross bookings reached $21.2 billion, Halden said. That works out to an average of $18.20 per trip, the company said.', 'That works out to an average of $18.20', 'perShare'],
    ['the same, consistent', '- Trips: 1.34 billion, up 16%\n- Gross bookings: $21.2 billion\nGross bookings reached $21.2 billion, Halden said. That works out to an average of $15.80 per trip, the company said.', null],
    ['a roll-forward spelled out after a colon is no list of parts', 'The installed base reached 28,410 printers at the end of September, Halden said: 26,930 at the end of June, plus the 2,410 shipped, minus 930 retired.', null],
    ['a roll-forward "started the quarter with", bare movers, "ending the year with"', 'Halden Rail started the quarter with 1,712 locomotives, bought 58 and sold or scrapped 31, ending the year with 1,749 units, the company said.', 'ending the year with 1,749', 'rollforward'],
    ['the same, consistent', 'Halden Rail started the quarter with 1,712 locomotives, bought 58 and sold or scrapped 31, ending the year with 1,739 units, the company said.', null],
    ['"more than double the" a bare count, short of double', 'Halden Outdoor now runs 1,180 digital faces, more than double the 640 it had three years ago, the company said.', 'more than double the 640', 'multiple'],
    ['the same, consistent', 'Halden Outdoor now runs 1,380 digital faces, more than double the 640 it had three years ago, the company said.', null],
    ['a gap to another year\'s total, the year after a comma', 'Reserves rose to 6.91 billion dlrs in March, the central bank said. This month\'s reserves were 3.63 billion dlrs above March, 1986\'s total of 3.28 billion dlrs.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'arithmetic-mismatch'), snippet, messageId);
  });

  it.each<Row>([
    ['a chief executive restating the quarter\'s figure in a quotation', 'Harlow Leisure said attendance at its parks rose 5.1 pct to 6.83 mln visits in the second quarter.\n"Welcoming 6.38 million guests in a single quarter tells us families still come," chief executive Dana Morrow said.', 'Welcoming 6.38 million guests', 'disagrees'],
    ['the same, consistent', 'Harlow Leisure said attendance at its parks rose 5.1 pct to 6.83 mln visits in the second quarter.\n"Welcoming 6.83 million guests in a single quarter tells us families still come," chief executive Dana Morrow said.', null],
    ['a speaker\'s own two-digit figure is no restatement of another', 'Fee income climbed 11% to $1.52 billion in the quarter, the bank said.\n"We grew earnings 14% while building reserves," chief executive Howard Pryce said.', null],
    ['an index level a strategist restates with two digits swapped', 'The CAC 40 closed up 0.6% at 7,904.35 on Tuesday, Euronext data showed.\n"At 7,940.35 the index is within touching distance of its record," said Hugo Marchand, strategist at Rive Gauche Partners.', 'At 7,940.35 the index', 'disagrees'],
    ['a buyback authorization is not the buyback done', 'HOUSTON, May 14 (Gulf Coast Wire) - Brazos Ridge Services raised its dividend on Thursday.\nThe company lifted its buyback authorization to 1.5 bln dlrs from 1 bln dlrs. It bought back 420 mln dlrs of stock in the first quarter.', null],
    ['a box line\'s churn restated with its digits swapped, less narrowly named', '- Monthly postpaid phone churn: 0.76%\nHalden Mobile added customers in the quarter, the company said.\n"Churn of 0.67% a month is the lowest we have ever reported," chief financial officer Rhonda Pike said.', 'Churn of 0.67%', 'disagrees'],
    ['a close restated in reported speech after an appositive', 'Cardano ended Sunday at $0.6830, up from $0.6120 a week earlier, according to the Halden Price Index.\nMira Osei, head of research at Halvard Digital, said Sunday\'s close of $0.6380 was the highest in a month.', 'Sunday\'s close of $0.6380', 'disagrees'],
    ['a guidance range restated with one end changed', 'Halden Orthopedics now expects 2026 revenue of $7.45 billion to $7.60 billion, the company said.\nChief financial officer Renata Oyelaran told analysts the new range, $7.45 billion to $7.69 billion, assumes no change in pricing.', 'the new range, $7.45 billion to $7.69 billion', 'disagrees'],
    ['the same range restated', 'Halden Orthopedics now expects 2026 revenue of $7.45 billion to $7.60 billion, the company said.\nChief financial officer Renata Oyelaran told analysts the new range, $7.45 billion to $7.60 billion, assumes no change in pricing.', null],
    ['a near-copy with a range\'s low end changed', 'Halden Staffing expects fourth-quarter revenue of $1.82 billion to $1.88 billion, the company said on Thursday, with technology placements growing.\n\nShares fell 3% in early trading on the Nasdaq, according to exchange data.\n\nHalden Staffing expects fourth-quarter revenue of $1.72 billion to $1.88 billion, the company said on Thursday, with technology placements growing.', '$1.72 billion to $1.88 billion', 'changedCopy'],
    ['gross inflows in a box are not the net', 'Investors poured money into high-yield funds, according to Halden Flow Data.\n- High-yield fund inflows: $3.61 billion\n- Redemptions: $1.25 billion\n- Net: $2.36 billion\nNet inflows of $2.36 billion were the largest in 11 weeks, Halden Flow Data said.', null],
    ['a sub-index reading a survey chair restates', 'Q: What did the ISM manufacturing index show in August?\nA: New orders climbed to 48.6 from 46.1, a jump of 2.5 points, the Institute for Supply Management said.\n"New orders at 46.8 are a sign that the worst may be behind us," said Corinne Ashby, who chairs the survey committee.', 'New orders at 46.8', 'disagrees'],
    ['a day\'s gross inflow is not the week\'s net in a story that gives both ways', 'Hedera funds took in money for a third week, according to Coinflow Data.\n- Net inflows: $74.2 million\n- Gross subscriptions: $118.5 million\n- Redemptions: $44.3 million\nOn Tuesday the funds took in $27.4 million, their busiest day of the week, Coinflow Data said.', null],
    ['a box line\'s earlier period in brackets is no restatement', '- Composite index: 261.4 (prior week: 272.6)\nThe seasonally adjusted composite index dropped to 261.4 from 272.6 the week before, the association said.', null],
  ])('%s', (_name, text, snippet, messageId) => {
    expectFlagged(flagsOf(text, 'inconsistent-figure'), snippet, messageId);
  });
});
