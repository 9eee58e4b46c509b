/**
 * inconsistent-figure end to end: the analyzer builds the claim frames the rule compares, so
 * each row is an article as written. `flagged` rows name a snippet of the later statement's
 * sentence; `ok` rows are the same shapes that state different things (or agree).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { resolveConfig } from '../../pipeline/config.js';

const RULE = 'inconsistent-figure';

function flagsOf(text: string, options: Record<string, unknown> = {}, published = '2025-05-30') {
  const analyze = createAnalyzer(resolveConfig({ rules: { [RULE]: { options } } }, null));
  const report = analyze({ text, published, title: 'Test article' }, { input: 'test' });
  return report.flags
    .filter((f) => f.rule === RULE)
    .map((f) => ({ ...f, flagged: report.text.slice(f.start, f.end), relatedText: f.related.map((r) => report.text.slice(r.start, r.end)) }));
}

const soxx = (first: string, second: string) =>
  `SOXX recorded ${first} in net outflows in May 2025, according to The Kobeissi Letter.\n${second}`;

describe(RULE, () => {
  it('flags a later figure that contradicts the first statement, pointing back at it', () => {
    const flags = flagsOf(soxx('approximately $750 million', 'The $570 million net outflows from SOXX in May 2025 were the largest since February, the newsletter said.'));
    expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
    expect(flags[0]!.flagged).toContain('The $570 million net outflows');
    expect(flags[0]!.relatedText).toEqual(['$750 million']);
    expect(flags[0]!.related[0]!.message).toBe('first stated as `$750 million` here');
    expect(flags[0]!.severity).toBe('warning');
    expect(flags[0]!.message).toMatch(/^`\$570 million` contradicts `\$750 million`, stated earlier for the same .*flow.*, May 2025$/);
  });

  it.each([
    ['the same figure', '$750 million', '$750 million'],
    ['a hedged figure and an exact one within its slack', 'approximately $750 million', '$740 million'],
    ['a coarser rounding of the same figure', '$750 million', '$0.75 billion'],
    ['a figure within half a unit of the last digit', '$1.7 billion', '$1.74 billion'],
  ])('does not flag %s', (_, a, b) => {
    expect(flagsOf(soxx(a, `The ${b} net outflows from SOXX in May 2025 were the largest since February, the newsletter said.`))).toEqual([]);
  });

  it('flags beyond half a unit of the last digit', () => {
    expect(flagsOf(soxx('$1.7 billion', 'The $1.76 billion net outflows from SOXX in May 2025 were the largest since February, the newsletter said.'))).toHaveLength(1);
  });

  it.each([
    ['different months', soxx('$750 million', 'SOXX saw $570 million in net outflows in April 2025, the newsletter said.')],
    ['different windows ("24-hour" vs "weekly")', 'On May 28, 2025, Bitcoin had a 24-hour volume of $25 billion, CoinGecko data showed.\nOn May 28, 2025, Bitcoin weekly volume reached $140 billion, CoinGecko data showed.'],
    ['different venues', 'At 10:00 AM ET on May 28, 2025, Bitcoin traded at $67,500 on Binance, CoinGecko data showed.\nThe largest exchange by volume was busy all morning. At 10:00 AM ET on May 28, 2025, the coin was quoted at $67,900 on Coinbase.'],
    ['prices at a day (prices move within a day)', 'On May 28, 2025, Bitcoin traded at $67,500, CoinGecko data showed.\nBuyers returned in the afternoon as ETF demand picked up. By 4:00 PM ET the coin had climbed to $68,900.'],
    ['inflows and outflows', soxx('$750 million', 'SOXX saw $570 million in inflows in May 2025, the newsletter said.')],
    ['a from-value or a high and a stated level', 'Assets under management fell to $178 billion last week, CoinShares said.\nAUM plummeted last week from a recent high of $193 billion to $178 billion, CoinShares said.'],
    ['one fund and the whole group', 'Spot bitcoin ETFs took in $1.2 billion last week, Farside data showed.\nThe iShares Bitcoin Trust took in $870 million last week, Farside data showed.'],
    ['the same subject in different places', 'US-based Bitcoin funds shed $1.8 billion last week, CoinShares said.\nBitcoin funds shed $1.09 billion last week, CoinShares said.'],
    ['figures listed "respectively"', 'In May 2025, XRP and SUI funds saw outflows of $18.2 million and $6 million, respectively, CoinShares said.\nIn May 2025, XRP funds saw outflows of $18.2 million, CoinShares said.'],
    ['core and headline inflation', 'Consumer prices rose 2.6% in May from a year earlier, the statistics office said.\nCore inflation held at 3.1% in May, the office said.'],
    ['adjusted and reported earnings per share', 'Diluted EPS was 74 cents in the quarter, the company said.\nAdjusted earnings per share of 88 cents beat forecasts, the company said.'],
    ['a forecast and the outcome', 'Analysts polled by LSEG had expected revenue of $410 million for the quarter.\nFenmore Inc reported revenue of $402 million for the quarter, the company said.'],
    ['the initial and the revised figure', 'May payrolls were revised up to 144,000 from an initially reported 139,000, the BLS said.\nThe initially reported 139,000 jobs had been a disappointment, economists said.'],
    ['two asset classes in a box ("Private equity: 14%" and "Public equity: 41%")', 'Westshore Pension said its fund returned 9.7% in the year to June, the fund said.\nPublic equity: 41%\nPrivate equity: 14%\nFixed income: 30%'],
    ['two counts of one commodity, neither a price', 'Placements of cattle into feedlots in June were 1.61 million head, the USDA said.\nMarketings, the cattle sent to slaughter, were 1.88 million head, the USDA said.'],
    ['two lots bought for their own sums', 'Harbor Line Telecom won 80 MHz of spectrum for $940 million in the auction, the regulator said.\nPellam Mobile won 50 MHz for $610 million, the regulator said.'],
    ['a dividend per share and the total paid', 'Ostrava Mining raised its quarterly dividend to 45 cents a share, the company said.\nThe dividend will cost about $45 million a quarter, the company said.'],
  ])('does not compare %s', (_, text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a lot restated in a quote ("Paying … for 120 megahertz")',
      'Harbor Line Telecom won 120 MHz of mid-band spectrum for $1.42 billion, the regulator said on Monday.\n"Paying $1.24 billion for 120 megahertz gives us the best network in the region," chief executive Dana Holt said.',
      'Paying $1.24 billion for 120 megahertz',
    ],
    [
      'a dividend restated without "a share", as the base dividend',
      'Ostrava Mining raised its quarterly dividend 6% to 53 cents a share from 50 cents, the company said on Tuesday.\n"Lifting the base dividend to 58 cents shows our confidence," chief financial officer Mara Lenz said.',
      'Lifting the base dividend to 58 cents',
    ],
  ])('flags %s', (_, text, snippet) => {
    const flags = flagsOf(text);
    expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
    expect(flags[0]!.flagged).toContain(snippet);
  });

  it('flags a figure restated with its digits transposed, though the restatement names no measure', () => {
    const text =
      'Marlow Hotels reported adjusted EBITDA of $318 million for the first quarter, the company said on Thursday.\n' +
      '"We grew to $381 million while absorbing higher wages," chief executive Tom Reyes said.';
    const flags = flagsOf(text);
    expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
    expect(flags[0]!.flagged).toContain('$381 million');
    expect(flags[0]!.relatedText).toEqual(['$318 million']);
  });

  it.each([
    ['two subjects', 'Marlow Hotels reported revenue of $318 million for the quarter, the company said.\nRival Kestrel Inns reported revenue of $381 million, it said.'],
    ['a table row', 'Production 1,150 1,134 1,045 1,045, the department said.\nTtl Domest 1,134 1,105 1,045 1,045'],
    ['prices at no stated minute', 'The dollar opened at 147.05 yen in Tokyo, dealers said.\nIt later traded at 147.50 yen as exporters sold, dealers said.'],
    ['two deals', 'Norcross bought Velden Labs for $367 million in 2023, the company said.\nIn 2021 Norcross paid $637 million for a rival, it said.'],
  ])('does not take for a transposition %s', (_, text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it('compares prices of one venue at one minute', () => {
    const flags = flagsOf('At 10:00 AM ET on May 28, 2025, Bitcoin traded at $67,500 on Binance, CoinGecko data showed.\nThe largest exchange by volume was busy all morning. At 10:00 AM ET on May 28, 2025, the coin was quoted at $67,900 on Binance.');
    expect(flags).toHaveLength(1);
  });

  it('gives a figure without a time the one time the text gives its thing, and none when it gives several (implicitTime)', () => {
    const text = 'Calder Freight Inc posted second-quarter revenue of $612 million on Thursday.\nThe $621 million in quarterly sales topped forecasts, the company said.';
    expect(flagsOf(text)).toHaveLength(1);
    expect(flagsOf(text, { implicitTime: 'none' })).toEqual([]);
    const two = 'Calder Freight Inc posted first-quarter revenue of $590 million and second-quarter revenue of $612 million.\nThe $621 million in sales topped forecasts, the company said.';
    expect(flagsOf(two)).toEqual([]);
  });

  it('compares percentages of the same change, only when asked to compare percentages', () => {
    const text = 'On May 28, 2025, NVIDIA shares dropped 2.3% on the NASDAQ, LSEG data showed.\nChipmakers were weak all day as investors sold growth stocks; on May 28, 2025, NVIDIA stock was down 3.2% on the NASDAQ.';
    expect(flagsOf(text).map((f) => f.messageId)).toEqual(['disagrees']);
    expect(flagsOf(text, { kinds: ['money'] })).toEqual([]);
  });

  it('flags the changed figure of a repeated paragraph against its first copy', () => {
    const paragraph = (v: string) => `Harlow Bank said net interest income came in at ${v} for the quarter, as deposit costs eased and loan yields held near 6.1%.`;
    const flags = flagsOf(`${paragraph('$1.36 billion')}\nThe bank kept its outlook.\n${paragraph('$1.63 billion')}`);
    expect(flags.map((f) => f.messageId)).toEqual(['changedCopy']);
    expect(flags[0]!.relatedText).toEqual(['$1.36 billion']);
    expect(flagsOf(`${paragraph('$1.36 billion')}\nThe bank kept its outlook.\n${paragraph('$1.36 billion')}`)).toEqual([]);
  });

  describe('a figure the sentence presents as known', () => {
    // each story gives a figure, then a later sentence refers back to it in a phrase that presents it as known
    const story = (later: string) =>
      'Tarnwick Mills said on Tuesday it milled 418,600 tonnes of flour in the quarter, and its average selling price was $312.40 a tonne.\n' +
      'The Ohio miller also named a new finance chief.\n' +
      later;
    it.each([
      ['a definite noun phrase', '"The 418,900-tonne quarter was our best since 2019," the chief executive said.'],
      ['digits swapped in the subject', 'The 481,600 tonnes of flour milled were a record, the company said.'],
      ['an opening "At …," phrase', '"At $321.40 a tonne, our flour is still cheaper than imports," the chief executive said.'],
      ['an opening "With …," phrase', 'With the selling price at $309.80 a tonne, margins held, analysts said.'],
      ['a subject before its verb', 'Flour at $312.90 a tonne is still cheaper than imports, brokers said.'],
    ])('flags a restatement that has slipped: %s', (_, later) => {
      const flags = flagsOf(story(later));
      expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flags[0]!.flagged).toBe(later);
    });
    it('reads a scale glued to the digits, and a hedge covers rounding only', () => {
      const sale = 'Brackwell\'s spring auction of modern art made £68.4 million on Thursday, up 14% from a year earlier, the auction house said.\n';
      expect(flagsOf(`${sale}"A £64.8m evening sale in a market this nervous is a good result," a dealer said.`).map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flagsOf(`${sale}"A £68.4m evening sale in a market this nervous is a good result," a dealer said.`)).toEqual([]);
      const hedged = 'Corlan Mills agreed to buy a rival for about $3.4 billion on Monday, the company said.\n';
      expect(flagsOf(`${hedged}"The $3.6 billion deal gives us the Midwest," the chief executive said.`).map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flagsOf(`${hedged}"The $3.42 billion deal gives us the Midwest," the chief executive said.`)).toEqual([]);
    });
    it('compares masses across units: the same digits at another power of ten is a slip, the same mass is none', () => {
      const exports = 'Peruvian avocado exports rose in May.\nExports reached 146,300 tonnes, up 8.1% from 135,300 tonnes a year earlier, the growers\' group said.\n';
      const flags = flagsOf(`${exports}A grower told reporters the 14.63 million kilos shipped in May were a record for the month.`);
      expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flags[0]!.relatedText).toEqual(['146,300 tonnes']);
      expect(flagsOf(`${exports}A grower told reporters the 146.3 million kilos shipped in May were a record for the month.`)).toEqual([]);
    });
    it('flags a quoted restatement with swapped digits though the first statement was compared with an earlier level', () => {
      const fees = 'Recruiter Dunmore Talent said on Wednesday net fees fell 6.4 pct in the fourth quarter to 318.6 mln stg from 340.4 mln stg.\n';
      expect(flagsOf(`${fees}"The 381.6 million pounds we earned in the quarter was less than we hoped for," the chief executive said.`).map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flagsOf(`${fees}"The 318.6 million pounds we earned in the quarter was less than we hoped for," the chief executive said.`)).toEqual([]);
    });
    it("keeps yesterday's close and bid/offer quotes apart, and dates a figure by its own predicate's time", () => {
      expect(flagsOf('Silver closed at 6.64/66 dlrs an ounce, dealers said. Yesterday\'s close was 6.52/54 dlrs, dealers said.')).toEqual([]);
      expect(flagsOf('The mark rose to 1.7970/90 from 1.7730/40, dealers said.\nIt had closed there on Friday at 1.7975/85 marks, dealers said.')).toEqual([]);
      const box = 'Tallis Properties reported first-quarter results on Wednesday.\n\n- AFFO: $41.8 million, or $1.70 a share\n\n- Quarterly dividend: $1.50 a share, unchanged\n\n';
      const flags = flagsOf(`${box}AFFO was spread over 24.6 million shares. The board held the quarterly dividend at 155 cents a share and said it would review the payout in July.`);
      expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flagsOf(`${box}AFFO was spread over 24.6 million shares. The board held the quarterly dividend at 150 cents a share and said it would review the payout in July.`)).toEqual([]);
    });
    it("reads a month's possessive as the figure's time, not its owner", () => {
      const turnover = 'Equity turnover on the Carrow Exchange rose 9.1 pct in June to 212.6 mln euros from 194.9 mln euros in May, the exchange said.\n';
      expect(flagsOf(`${turnover}Chief executive Ana Petrov said June's 217.6 million euros of turnover was the best month since 2021.`).map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flagsOf(`${turnover}Chief executive Ana Petrov said June's 212.6 million euros of turnover was the best month since 2021.`)).toEqual([]);
    });
    it("flags the earlier period's figure quoted as the current one, not a reference to it with its time", () => {
      const box = 'Harbourline Parks said on Thursday its parks drew 5.27 million visits in the year, up 4.2% from 5.06 million.\n';
      const flags = flagsOf(`${box}Those 5.06 million visits were the most for any park group in Europe, the chief executive said.`);
      expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
      expect(flags[0]!.relatedText).toEqual(['5.27 million visits']);
      expect(flagsOf(`${box}The 5.06 million visits of 2024 were then a record, the chief executive said.`)).toEqual([]);
    });
    it.each([
      ['the same figure', 'The 418,600-tonne quarter was the best since 2019, the company said.'],
      ['the other term of a comparison', 'Output beat the 415,200 tonnes analysts had expected, the company said.'],
      ['another part', 'The remaining 411,600 tonnes went to bakeries, the company said.'],
      ['a chart level', 'Traders said the $309 area had held as support in May.'],
      ['a round figure', 'The 400,000-tonne mark was passed in March, the company said.'],
      ['a figure written as news', 'Rival Corlan Mills milled 419,300 tonnes of flour in the quarter.'],
    ])('does not flag %s', (_, later) => {
      expect(flagsOf(story(later))).toEqual([]);
    });
  });
});
