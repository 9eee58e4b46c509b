/**
 * Claim frames read from whole sentences (the analyzer runs end to end): what each figure
 * measures, about whom, when, in what role. Rows are { text, figure, expect }.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../pipeline/analyze.js';
import type { ClaimFrameSummary, Report } from '../../pipeline/types.js';

const analyze = createAnalyzer();

function framesOf(text: string, published = '2025-07-24', title?: string): { report: Report; frames: Map<string, ClaimFrameSummary> } {
  const report = analyze({ text, published, ...(title ? { title } : {}) }, { input: 'test' });
  const frames = new Map<string, ClaimFrameSummary>();
  for (const claim of report.claims) {
    for (const f of claim.frames ?? []) {
      const [kind, index] = f.figure.split(':') as [keyof Report, string];
      const mention = (report[kind] as { text: string }[])[Number(index)]!;
      frames.set(mention.text, f);
    }
  }
  return { report, frames };
}

type Row = { text: string; figure: string; expect: Partial<ClaimFrameSummary> & { qualifier?: string }; published?: string; title?: string };

describe('frames: what a figure measures, about whom, when', () => {
  it.each<Row>([
    {
      text: 'Calder Freight Inc posted second-quarter revenue of 612 mln dlrs on Thursday, the company said.',
      figure: '612 mln dlrs',
      expect: { subject: 'Calder Freight', measure: 'revenue', time: '2025-04', role: 'level' },
    },
    {
      text: 'Calder Freight Inc posted second-quarter revenue of 612 mln dlrs.\nThe 621 mln dlrs in quarterly sales topped the 604 mln dlr consensus compiled by LSEG.',
      figure: '621 mln dlrs',
      expect: { subject: 'Calder Freight', measure: 'revenue', role: 'level' },
    },
    { text: 'Calder Freight posted revenue of 612 mln dlrs.\nThe 621 mln dlrs in quarterly sales topped the 604 mln dlr consensus compiled by LSEG.', figure: '604 mln dlr', expect: { mode: 'expected' } },
    { text: "Saudi Arabia's crude output averaged 9.06 mln bpd in November, the survey showed.", figure: '9.06 mln bpd', expect: { subject: 'oil', measure: 'production', time: '2025-11' } },
    { text: 'Exchange reserves stood at 2.47 million BTC on March 20, CryptoQuant said.', published: '2025-03-21', figure: '2.47 million BTC', expect: { measure: 'holdings', time: '2025-03-20', role: 'level' } },
    { text: 'Revenue rose 7.9 pct to 612 mln dlrs from 581 mln dlrs a year earlier, Calder said.', figure: '581 mln dlrs', expect: { role: 'from', measure: 'revenue' } },
    { text: 'Revenue rose 7.9 pct to 612 mln dlrs from 581 mln dlrs a year earlier, Calder said.', figure: '7.9 pct', expect: { role: 'change', measure: 'revenue' } },
    { text: 'Core CPI slowed to 3.5% in May from 3.8% in April, the ONS said.', figure: '3.5%', expect: { measure: 'inflation', time: '2025-05', qualifier: 'core' } },
    { text: 'Core CPI slowed to 3.5% in May from 3.8% in April, the ONS said.', figure: '3.8%', expect: { role: 'from', time: '2025-04' } },
    { text: 'Calder Freight posted first-quarter revenue of 590 mln dlrs and second-quarter revenue of 612 mln dlrs.', figure: '590 mln dlrs', expect: { time: '2025-01' } },
    { text: 'Calder Freight posted first-quarter revenue of 590 mln dlrs and second-quarter revenue of 612 mln dlrs.', figure: '612 mln dlrs', expect: { time: '2025-04' } },
    { text: "Friday's 470 mln dlrs of outflows from bitcoin funds were the first in eight sessions, Farside said.", published: '2025-10-13', figure: '470 mln dlrs', expect: { time: '2025-10-10' } },
    { text: 'By the close, the 10-year yield had jumped 12 basis points to 4.09% from 4.03%, LSEG data showed.', figure: '4.09%', expect: { subject: '10-year', measure: 'yield', qualifier: 'point:close' } },
    { text: 'Commercial real estate loans of $21.8 billion made up 27% of the book.', figure: '27%', expect: { role: 'share' } },
    { text: 'Commercial real estate loans of $21.8 billion made up 27% of the book.', figure: '$21.8 billion', expect: { measure: 'loans', qualifier: 'commercial' } },
    { text: 'The Fed could cut rates to 3.5% if inflation cools, analysts said.', figure: '3.5%', expect: { mode: 'hypothetical' } },
    { text: 'The Bank forecast that inflation would rise to 2.5% in the fourth quarter of 2025.', figure: '2.5%', expect: { mode: 'forecast', measure: 'inflation' } },
    { text: '"We handed over 48,620 cars to customers in the quarter," chief executive Lena Vasquez said.', title: 'Voltaris Motors deliveries rise', figure: '48,620 cars', expect: { measure: 'deliveries', qualifier: 'window:quarter' } },
    { text: 'Halbrook Chemicals agreed to buy Winslow Coatings in an all-cash deal valuing the paint maker\'s equity at $2.4 billion.', figure: '$2.4 billion', expect: { measure: 'deal-value' } },
    // what a figure measures when no measure word sits beside it (invented sentences, wire style)
    { text: 'Harlow Media Inc said it raised the quarterly dividend on its class A and class B common stock to 31 cts a share from 28 cts.', figure: '31 cts', expect: { measure: 'dividend' } },
    { text: 'Corvin Systems said after the offering it will have about 41.2 mln shares outstanding.', figure: '41.2 mln shares', expect: { measure: 'shares-outstanding' } },
    { text: 'Tallis Gas Corp said it has acquired the pipeline network of the Town of Ashby, Ga. for about 3.4 mln dlrs.', figure: '3.4 mln dlrs', expect: { measure: 'deal-value' } },
    { text: 'Privately held Dunmore Foods was sold for 12 mln stg, the company said.', figure: '12 mln stg', expect: { measure: 'deal-value' } },
    { text: 'The Accra Grain Board said it purchased 812 tonnes of maize in the week ended March 12.', figure: '812 tonnes', expect: { measure: 'purchases' } },
    { text: 'Deposits by non-bank customers rose to 41.20 billion dlrs from 40.95 billion.', figure: '41.20 billion dlrs', expect: { measure: 'deposits' } },
    { text: 'Hourly compensation after adjusting for inflation fell 2.1 pct in the first quarter.', figure: '2.1 pct', expect: { measure: 'wages' } },
    { text: 'The yield on the 10-year Treasury note fell 6 basis points to 4.41%.', figure: '4.41%', expect: { measure: 'yield' } },
    { text: 'Kestrel said its 60 pct owned Marlow subsidiary will be sold.', figure: '60 pct', expect: { measure: 'holdings' } },
    { text: 'Norwood Corp agreed to buy Pell Fiber for $14.00 in cash plus 0.3 of a Norwood share for each Pell share.', figure: '$14.00', expect: { measure: 'deal-value', qualifier: 'per-unit' } },
    { text: 'Kestrel Bank, the state trade bank, is seeking a 300 mln dlr, seven-year syndicated loan, bankers said.', figure: '300 mln dlr', expect: { measure: 'loans' } },
    // a maturity names a bond; "a 20-year desalination contract" is no bond
    { text: 'Aquaton Inc said it received a 20-year seawater desalination contract valued at more than 50 mln dlrs.', figure: '50 mln dlrs', expect: { subject: 'Aquaton', measure: 'contract-value' } },
    { text: 'Avg shr 1,238,000 and 1,177,000', title: 'CORRECTED-HARLOW TOOL CO <HTC> 4TH QTR NET', published: '1987-02-12', figure: '1,238,000', expect: { subject: 'Harlow Tool', measure: 'shares-outstanding' } },
  ])('$figure in "$text"', ({ text, figure, expect: want, published, title }) => {
    const { frames } = framesOf(text, published, title);
    const f = frames.get(figure);
    expect(f, `no frame for ${figure}`).toBeDefined();
    const { qualifier, ...fields } = want;
    for (const [k, v] of Object.entries(fields)) {
      if (k === 'time') expect(f!.time ?? '').toMatch(new RegExp(`^${v}`));
      else expect(f![k as keyof ClaimFrameSummary]).toEqual(v);
    }
    if (qualifier) expect(f!.qualifiers ?? []).toContain(qualifier);
  });

  it("names the claim's measure in the frames' vocabulary, and a move word's 'change' only for a figure in a move", () => {
    const measureOf = (text: string) => framesOf(text, '1987-04-04').report.claims[0]!.measure;
    expect(measureOf('Net income rose to 4.1 mln dlrs from 3.2 mln dlrs.')).toBe('net-income');
    // "gain" is a move word, but a gain of 59.1 mln dlrs is an earnings item, not a change
    expect(measureOf('Swire had an extraordinary gain of 59.1 mln dlrs in 1985.')).toBe('extraordinary-items');
    expect(measureOf('The females lay up to 2,500 eggs each.')).toBeNull();
    expect(measureOf('The year-on-year rise in February was 4.2 pct.')).toBe('change');
  });

  it("gives the claim its lead figure's period, with its end, and never a bond's maturity as its time", () => {
    const claimOf = (text: string) => framesOf(text, '1987-04-04').report.claims[0]!;
    const quarter = claimOf('Output fell 5.0 pct in the first quarter of 1987, the department said.');
    expect([quarter.time, quarter.timeEnd]).toEqual(['1987-01', '1987-03']);
    const season = claimOf('The crop for 1986/87 was 17.30 mln tonnes.');
    expect([season.time, season.timeEnd]).toEqual(['1986', '1987']);
    expect(claimOf('Harwood Oil is also offering 125 mln dlrs of 9-1/8 pct notes due 1997 through a group led by Morgan Stanley.').time).toBe('1987-04-04');
    expect(claimOf('Sales rose 4 pct on March 3, the company said.').timeEnd).toBeUndefined();
  });

  it("reads a results table's dividend, average shares and notes as the headline company's", () => {
    const { report } = framesOf(
      'Shr 12 cts vs nine cts\nNet 1,200,000 vs 900,000\nNOTE: 1986 net includes a tax credit of 80,000 dlrs.\nQtly div 10 cts vs 10 cts in prior qtr\nAvg shrs 7,382,802 vs 6,747,442',
      '1987-03-04',
      'ASHGROVE TOOL CO <AGT> 4TH QTR NET',
    );
    expect(report.claims.map((c) => [c.subject, c.measure])).toEqual([
      ['Ashgrove Tool', 'eps'],
      ['Ashgrove Tool', 'net-income'],
      ['Ashgrove Tool', 'taxes'],
      ['Ashgrove Tool', 'dividend'],
      ['Ashgrove Tool', 'shares-outstanding'],
    ]);
  });

  it("reads a results table's tax, pretax and trading-profit lines, its company from an all-capitals headline and its year", () => {
    const { report } = framesOf('Pretax profit 186.2 mln stg vs 390.1 mln\nTax 63.9 mln vs 169.7 mln\nTrading profit 201 mln vs 400 mln', '1987-03-04', 'HARWICK PLC 1986 YEAR');
    expect(report.claims.map((c) => [c.subject, c.measure, c.time, c.timeEnd])).toEqual([
      ['Harwick', 'pretax-income', '1986-01', '1986-12'],
      ['Harwick', 'taxes', '1986-01', '1986-12'],
      ['Harwick', 'operating-income', '1986-01', '1986-12'],
    ]);
  });

  it('takes a place after a possessive pronoun for a qualifier, not the owner ("its U.S. truck production")', () => {
    const { report } = framesOf('Chrysler Corp said its U.S. truck production in the month totalled 21,177 compared with none a year ago.', '1987-03-03', 'CHRYSLER FEBRUARY TRUCK OUTPUT');
    expect(report.claims[0]!.subject).toBe('Chrysler');
  });

  it("dates a results table's balance-sheet lines at the period's end", () => {
    const { report } = framesOf('Shr 52 cts vs 45 cts\nNet 10.9 mln vs 9,498,000\nAssets 3.60 billion vs 3.25 billion\nDeposits 2.45 billion vs 2.23 billion', '1987-04-07', 'HARWELL BANCSHARES <HWB> 1ST QTR NET');
    expect(report.claims.map((c) => [c.measure, c.time, c.timeEnd ?? null])).toEqual([
      ['eps', '1987-01', '1987-03'],
      ['net-income', '1987-01', '1987-03'],
      ['aum', '1987-03', null],
      ['deposits', '1987-03', null],
    ]);
  });

  it('reads exports and imports from their verbs, and a level a move ended at is no change', () => {
    const claimOf = (text: string) => framesOf(text, '1987-04-04').report.claims[0]!;
    expect(claimOf('Kenya exported 11,000 tonnes of tea in 1986.').measure).toBe('exports');
    expect(claimOf('The province will increase the levy to 40 mln dlrs.').measure).not.toBe('change');
  });

  it('reads the past level a forecast starts from as actual, owned by the subject of its own clause', () => {
    const { frames } = framesOf('Tallow Foods had sales of $4.31 billion in its fiscal year to May.\nChief executive Ann Roe, speaking from the company\'s Boise headquarters, said a price rise would lift sales from the $4.13 billion the company booked last year.', '2025-06-12');
    expect(frames.get('$4.13 billion')).toMatchObject({ subject: 'Tallow Foods', measure: 'revenue', role: 'from' });
    expect(frames.get('$4.13 billion')!.mode ?? 'actual').toBe('actual');
  });

  it("reads a month's possessive as a time, and a bare deficit after a current account as the current account", () => {
    const { frames } = framesOf("Carrow's trade deficit widened to 4.7 billion baht in February.\nFebruary's current account showed a 1.2 billion baht deficit.\nChief executive Ana Petrov said June's 217.6 million euros of turnover was a record.", '1987-04-04');
    expect(frames.get('1.2 billion baht')).toMatchObject({ measure: 'current-account' });
    expect(frames.get('217.6 million euros')!.subject ?? '').not.toMatch(/June/);
  });

  it('never gives the claim its own source as its subject', () => {
    const { report } = framesOf('Finance Minister Beshir Nadir told parliament the budget would rise.\n\nNadir said government revenue in 1987/88 would total 3.9 billion pounds.', '1987-04-04');
    expect(report.claims[0]!.sources).toEqual(['Beshir Nadir']);
    expect(report.claims[0]!.subject).toBeNull();
  });

  it('gives every figure of a claim a frame, in the order of its figures', () => {
    const { report } = framesOf('Revenue rose 7.9 pct to 612 mln dlrs from 581 mln dlrs a year earlier, Calder said.');
    const claim = report.claims[0]!;
    expect(claim.frames!.map((f) => f.figure)).toEqual(claim.figures);
  });
});
