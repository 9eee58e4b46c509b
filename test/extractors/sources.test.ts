/**
 * The `sources` extractor: who the article attributes its statements to. Rows run the
 * extractor alone (no entities: its own name finding), on text segmented like the pipeline
 * does; a few rows run the whole pipeline. PolNeAR (when present) checks precision on real
 * news. Figures for the whole corpus: `npx tsx bench/polnear.ts`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { loadPolnear } from '../../bench/polnear-corpus.js';
import type { ExtractContext } from '../../extractors/extractor.js';
import { canonicalName, findSources } from '../../extractors/sources.js';
import { segment } from '../../pipeline/segment.js';
import type { ArticleMeta, Entity, Source } from '../../pipeline/types.js';
import { corpus, reportFor } from '../helpers.js';

const META: ArticleMeta = { id: null, url: null, title: null, published: null, publisher: null, author: null };

/** The extractor's output for a text whose paragraphs are separated by line breaks. */
function run(text: string, entities: Entity[] = []): Source[] {
  const seg = segment(text.split('\n'));
  const context: ExtractContext = {
    text: seg.text,
    paragraphs: seg.paragraphs.map((p, index) => ({ ...p, index, text: seg.text.slice(p.start, p.end) })),
    sentences: seg.sentences,
    meta: META,
    mentions: { entities },
  };
  return findSources(context);
}

const named = (s: Source[]) => [...new Set(s.filter((x) => !x.vague).map((x) => x.name))];
const vague = (s: Source[]) => s.filter((x) => x.vague).map((x) => x.text);

describe('named sources: cues as finance copy writes them', () => {
  it.each([
    { text: 'According to The Kobeissi Letter, the ETF saw $750 million in net outflows in May.', expect: ['The Kobeissi Letter'] },
    { text: 'Spot bitcoin ETFs took in $1.2 billion on Monday, data from Farside Investors showed.', expect: ['Farside Investors'] },
    { text: 'Over the same month, bitcoin funds took in $2.3 billion, Farside Investors data showed.', expect: ['Farside Investors'] },
    { text: "Bitcoin's active addresses rose 5% to 620,000, per data from Glassnode.", expect: ['Glassnode'] },
    { text: 'Per CoinGlass data, $500 million in long positions were liquidated in 24 hours.', expect: ['CoinGlass'] },
    { text: 'Volumes rose 4% to $2 billion, according to Bloomberg data.', expect: ['Bloomberg'] },
    { text: 'The unemployment rate fell to 6.6% from 6.8%, according to Statistics Canada.', expect: ['Statistics Canada'] },
    { text: 'DOT ended Sunday at $5.84, up 12.3% from $5.20, according to the Veltro Price Index.', expect: ['Veltro Price Index'] },
    { text: 'Data compiled by Bloomberg show the index fell 2%.', expect: ['Bloomberg'] },
    { text: "Glassnode's latest weekly report shows long-term holders sold 100,000 BTC.", expect: ['Glassnode'] },
    { text: 'The deal was first reported by Bloomberg News.', expect: ['Bloomberg News'] },
    { text: 'Ether fell 4%, Reuters reported, citing people familiar with the matter.', expect: ['Reuters'] },
    { text: 'Lookonchain flagged a wallet that moved $300 million in ETH to an exchange.', expect: ['Lookonchain'] },
    { text: 'Traders price in a 92% chance of a cut, according to CME Group\'s FedWatch tool.', expect: ['CME Group'] },
    { text: 'The CME FedWatch tool showed a 96% probability of a cut in September.', expect: ['CME FedWatch'] },
    { text: 'Economists polled by Reuters had forecast a 0.2% rise.', expect: ['Reuters'] },
    { text: 'Revenue fell 9% to $19.3 billion, missing estimates compiled by LSEG.', expect: ['LSEG'] },
    { text: 'The Labor Department said on Wednesday that consumer prices rose 0.1% in May.', expect: ['Labor Department'] },
    { text: 'The SEC approved the listing on Thursday, Nasdaq said in a statement.', expect: ['Nasdaq'] },
    { text: 'Total value locked rose to $120 billion (Source: DefiLlama).', expect: ['DefiLlama'] },
    { text: 'Inflows hit $3 billion (source: The Kobeissi Letter, Twitter).', expect: ['The Kobeissi Letter'] },
    { text: 'Analysts at Bank of America expect the Fed to cut rates twice this year.', expect: ['Bank of America'] },
    { text: 'In a note to clients, Goldman Sachs analysts wrote that gold could reach $4,000.', expect: ['Goldman Sachs'] },
    { text: "CoinShares' latest Digital Asset Fund Flows report revealed inflows of $1.1 billion.", expect: ['CoinShares'] },
    { text: 'Lookonchain, an on-chain analytics platform, reported that a whale bought 2,000 ETH.', expect: ['Lookonchain'] },
    { text: 'The token rallied 15% after the listing, as reported by Cointelegraph.', expect: ['Cointelegraph'] },
    { text: 'According to Bloomberg and Reuters, the fund raised $2 billion.', expect: ['Bloomberg', 'Reuters'] },
  ])('$text', ({ text, expect: want }) => {
    expect(named(run(text))).toEqual(want);
  });
});

describe('people, their titles and employers', () => {
  it.each([
    { text: '"We expect inflows to continue," said James Butterfill, head of research at CoinShares.', expect: ['James Butterfill', 'CoinShares'] },
    { text: "CoinShares' head of research James Butterfill said the outflows were driven by macro worries.", expect: ['CoinShares', 'James Butterfill'] },
    { text: 'Bitwise Chief Investment Officer Matt Hougan told CNBC that demand remains strong.', expect: ['Bitwise', 'Matt Hougan'] },
    { text: 'Sarah Chen, a spokesperson for Coinbase, said the outage lasted 45 minutes.', expect: ['Sarah Chen', 'Coinbase'] },
    { text: '"This is a structural shift," Matt Hougan, CIO of Bitwise, wrote in a post on X.', expect: ['Matt Hougan', 'Bitwise'] },
    { text: 'Crypto analyst Ali Martinez noted that whales bought 20,000 BTC over the past week.', expect: ['Ali Martinez'] },
    { text: 'On-chain analytics firm Santiment reported a spike in social volume.', expect: ['Santiment'] },
    { text: 'According to CryptoQuant CEO Ki Young Ju, miners sold 5,000 BTC.', expect: ['CryptoQuant', 'Ki Young Ju'] },
    { text: 'JPMorgan analysts led by Nikolaos Panigirtzoglou said in a report that retail demand is fading.', expect: ['JPMorgan', 'Nikolaos Panigirtzoglou'] },
    { text: 'Finance Minister Ray MacSharry also stressed that spending must fall.', expect: ['Ray MacSharry'] },
    { text: 'And a third, Daniel Traynor, said that he was opposed.', expect: ['Daniel Traynor'] },
    { text: '"It is a matter of time," Sarandon, 69, told MSNBC on Monday.', expect: ['Sarandon'] },
    { text: '"We will be back," said Kleinwort Benson Ltd financial analyst Simon Smithson.', expect: ['Kleinwort Benson', 'Simon Smithson'] },
    { text: "Spot bitcoin ETFs saw $500 million of inflows, per Bloomberg's Eric Balchunas.", expect: ['Bloomberg', 'Eric Balchunas'] },
    { text: 'Bloomberg ETF analyst Eric Balchunas said the launch was the biggest ever.', expect: ['Bloomberg', 'Eric Balchunas'] },
    { text: "According to 10x Research's Markus Thielen, funding rates have cooled.", expect: ['10x Research', 'Markus Thielen'] },
    { text: "BlackRock's head of digital assets Robert Mitchnick said demand was broad.", expect: ['BlackRock', 'Robert Mitchnick'] },
    { text: 'Michael Saylor posted on X that the company remains committed.', expect: ['Michael Saylor'] },
    { text: '"Apple was pulled into the enterprise," Apple analyst Ming-Chi Kuo said.', expect: ['Ming-Chi Kuo'] },
  ])('$text', ({ text, expect: want }) => {
    expect(named(run(text))).toEqual(want);
  });
});

describe('pronouns and anaphors carry the source over', () => {
  it.each([
    { text: 'Fed Chair Jerome Powell said the bank is in no hurry. He added that inflation remains elevated.', expect: ['Fed', 'Jerome Powell'], pronoun: 'He' },
    { text: "Tesla's revenue fell 9% to $19.3 billion, the company said.", expect: ['Tesla'], pronoun: 'the company' },
    { text: 'Harborview Bancorp Inc. (HVB) reported net income of $412 million, the Cleveland-based lender said.', expect: ['Harborview Bancorp'], pronoun: 'the Cleveland-based lender' },
    { text: "Holdings of SPDR Gold Shares (GLD), the world's largest gold-backed fund, rose 0.8% on Friday, the fund said on its website.", expect: ['SPDR Gold Shares'], pronoun: 'the fund' },
    { text: 'A 3% increase in Grayscale Bitcoin Trust (GBTC) holdings to $20 billion as of May 27, per their public filings, shows demand.', expect: ['Grayscale Bitcoin Trust'], pronoun: 'their public filings' },
    { text: 'Strategy bought 4,225 BTC for $472.5 million, a filing with the Securities and Exchange Commission showed.', expect: ['Strategy'], pronoun: null },
    { text: 'Jorge Cardenas, manager of the federation, said exports fell. Cardenas said prices would recover.', expect: ['Jorge Cardenas'], pronoun: null },
    { text: 'Calder Foods Inc said it would buy Brightfield Snacks for $2.4 billion.\nThe deal values Brightfield at about 14 times earnings, Calder said.', expect: ['Calder Foods'], pronoun: null },
    // a capitalised common word opening the sentence is a name when the article wrote it as the start of one before
    { text: 'Investors had watched Harvest Shipping closely this year.\nHarvest said on Monday it carried 1.2 million TEU in the quarter.', expect: ['Harvest Shipping'], pronoun: null },
    { text: 'Benchmark rates fell in May, Harwell\'s weekly assessments show.', expect: ['Harwell'], pronoun: null },
    { text: 'Owners ordered 148 tankers, according to shipbroker Halvorsen & Kjaer, pushing the orderbook to 512 vessels.', expect: ['Halvorsen & Kjaer'], pronoun: null },
  ])('$text', ({ text, expect: want, pronoun }) => {
    const found = run(text);
    expect(named(found)).toEqual(want);
    if (pronoun) expect(found.some((s) => s.text === pronoun && !s.vague)).toBe(true);
  });

  it('drops a pronoun with nothing to stand for', () => {
    expect(run('He said the fund would close.')).toEqual([]);
    expect(named(run('The company said in a filing that it bought 10,000 BTC.'))).toEqual([]);
  });
});

describe('vague attributions name no source', () => {
  it.each([
    { text: 'Industry researchers point to weaker rate-cut expectations.', expect: ['Industry researchers'] },
    { text: 'Analysts say the move reflects a search for safer assets.', expect: ['Analysts'] },
    { text: 'Market watchers say the rally could stall near $110,000.', expect: ['Market watchers'] },
    { text: 'A person familiar with the matter said the deal was worth about $2 billion.', expect: ['A person familiar with the matter'] },
    { text: 'The yen weakened 0.4%, official data showed.', expect: ['official data'] },
    { text: 'The divergence in flow data reveals a clear preference for hardware.', expect: ['flow data'] },
    { text: 'Japanese bankers said the entry may be difficult.', expect: ['Japanese bankers'] },
    { text: 'Protesters believe the bill is unfair.', expect: ['Protesters'] },
    { text: 'Some market observers note that leverage had built up.', expect: ['Some market observers'] },
    { text: 'According to recent reports, hedge funds cut exposure by $2 billion.', expect: ['recent reports'] },
    { text: 'The chip index fell 2%, according to on-chain data.', expect: ['on-chain data'] },
    { text: 'This data, shared by a prominent financial commentary source on social media, highlights a trend.', expect: ['This data', 'a prominent financial commentary source on social media'] },
  ])('$text', ({ text, expect: want }) => {
    const found = run(text);
    expect(named(found)).toEqual([]);
    expect(vague(found)).toEqual(want);
  });
});

describe('not attributions', () => {
  it.each([
    'Bitcoin traded at $67,500 on Binance while Ethereum held at $3,800 on Coinbase.',
    'Bitcoin showed resilience after the Fed decision.',
    'Nvidia slipped 1.8% to $142.60 per share in early trading on the Nasdaq.',
    'The largest US equity ETFs posted net monthly outflows for the second time since April 2023.',
    'Citing the share buybacks from Norfolk Southern, investors bid the stock higher.',
    'Ethereum is expected to rally if volumes sustain above $10 billion daily.',
    'Solana emerged as a notable outlier, recording impressive inflows of $17.1 million.',
    'The quarterly capital expenditure reports of major cloud providers will decide the trade.',
    'The Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.',
    'ETFs posted net outflows of $750 million in May.',
    'Proceeds will be used for general corporate purposes.',
  ])('%s', (text) => {
    expect(named(run(text))).toEqual([]);
  });
});

describe('source lines', () => {
  it('marks a whole-paragraph `Source:` line as article-level', () => {
    const found = run('Revenue rose 12% to $1.86 billion.\nSource: Harborview Bancorp quarterly filing, Reuters');
    expect(found.map((s) => [s.name, s.scope])).toEqual([
      ['Harborview Bancorp', 'article'],
      ['Reuters', 'article'],
    ]);
  });
  it('keeps an in-paragraph `(source: X)` at sentence scope and drops the platform', () => {
    const found = run('Outflows reached $750 million (source: The Kobeissi Letter, Twitter).');
    expect(found.map((s) => [s.name, s.scope, s.cue])).toEqual([['The Kobeissi Letter', 'sentence', 'source:']]);
  });
});

describe('spans, kinds and names', () => {
  it('returns spans whose text is the slice of the article', () => {
    const text = 'Bitcoin rose 3%, according to CoinGecko.\nCoinShares said outflows hit $1.7 billion.';
    const seg = segment(text.split('\n'));
    for (const s of run(text)) expect(seg.text.slice(s.start, s.end)).toBe(s.text);
  });
  it.each([
    { text: 'Per data from Glassnode, addresses rose.', name: 'Glassnode', kind: 'data provider' },
    { text: 'Bloomberg reported the deal.', name: 'Bloomberg', kind: 'publication' },
    { text: 'Sarah Chen, a spokesperson for Coinbase, said so.', name: 'Sarah Chen', kind: 'person' },
    { text: 'Calder Foods Inc said it would buy the firm.', name: 'Calder Foods', kind: 'organisation' },
  ])('$name is a $kind', ({ text, name, kind }) => {
    expect(run(text).find((s) => s.name === name)?.kind).toBe(kind);
  });
  it.each([
    ['the Labor Department', 'Labor Department'],
    ['The Block', 'The Block'],
    ["Glassnode's", 'Glassnode'],
    ['Calder Foods Inc', 'Calder Foods'],
    ['Kobeissi Letter', 'The Kobeissi Letter'],
  ])('canonicalName(%s) is %s', (written, name) => {
    expect(canonicalName(written)).toBe(name);
  });
  it('uses an entity\'s canonical name only where the entity is exactly the name', () => {
    const text = 'GBTC holdings rose to $20 billion, per data from Glassnode.';
    const entities: Entity[] = [
      { start: 0, end: 4, text: 'GBTC', type: 'ASSET', canonical: 'Grayscale Bitcoin Trust' },
      { start: 50, end: 59, text: 'Glassnode', type: 'ORG', canonical: 'Glassnode Inc.' },
    ];
    expect(named(run(text, entities))).toEqual(['Glassnode']);
  });
});

describe('whole pipeline', () => {
  it('reports vague attributions with vague: true and named ones without', () => {
    const report = reportFor('Crypto funds lost $1.7 billion last week, CoinShares said.\nIndustry researchers point to weak prices.', { title: 'Funds bleed', published: '2025-05-28' });
    expect(report.sources.map((s) => [s.name, s.vague])).toEqual([
      ['CoinShares', false],
      ['Industry researchers', true],
    ]);
  });
});

describe('PolNeAR (real news): predicted source spans overlap gold ones', () => {
  const dir = corpus('polnear-attribution');
  it.skipIf(!dir)('keeps precision above 0.8 on ten test articles', () => {
    let preds = 0;
    let hits = 0;
    for (const { gold, context } of loadPolnear(path.join(dir!, 'test'), { limit: 10 })) {
      const found = findSources(context);
      preds += found.length;
      hits += found.filter((s) => gold.some((frags) => frags.some((f) => s.start < f.end && f.start < s.end))).length;
    }
    expect(preds).toBeGreaterThan(20);
    expect(hits / preds).toBeGreaterThan(0.8);
  });
});

describe('anaphors', () => {
  it('does not let "the company" stand for a central bank', () => {
    const found = run('Harbor Mining said output rose 4%. The European Central Bank said lending rose 2%. The company said revenue was $5 million.');
    expect(found.filter((x) => /^the company$/i.test(x.text)).map((x) => x.name)).toEqual(['Harbor Mining']);
  });
});

describe('names that look like demonyms or possessives', () => {
  it.each([
    ['Volumes fell 3%, according to Messari.', 'Messari'],
    ['Volumes fell 3%, Artemis said.', 'Artemis'],
    ['Prediction markets put the odds at 60%, according to Kalshi.', 'Kalshi'],
    ['Flows reached $2 billion, Chainalysis data showed.', 'Chainalysis'],
    ["The outlook was cut to negative, Moody's said.", "Moody's"],
    ['Fitch said the rating stays at AA.', 'Fitch'],
  ])('%s → %s', (text, name) => {
    expect(named(run(text))).toEqual([name]);
  });

  it.each(['Swiss investors added $32 million, Canadians said.', 'Israelis said prices rose 2%.'])('a demonym is not a source: %s', (text) => {
    expect(named(run(text))).toEqual([]);
  });
});

describe('a body of a place', () => {
  it.each([
    ["El Salvador's National Bitcoin Office said the country holds 6,200 BTC.", 'National Bitcoin Office'],
    ["Japan's Finance Ministry said it spent 9.79 trillion yen.", 'Finance Ministry'],
    ["The Federal Reserve's Beige Book survey said activity rose.", 'Federal Reserve'],
  ])('%s → %s', (text, name) => {
    expect(named(run(text))).toEqual([name]);
  });
});

describe('wire phrasing', () => {
  it.each([
    { text: 'Thornbury Insurance plc said on Tuesday that claims rose 8% to £410 million.', expect: ['Thornbury Insurance'] },
    { text: 'Shares fell after Pellow Mining SA said its output would drop 12%.', expect: ['Pellow Mining'] },
    { text: 'Orrin Foods Inc on Wednesday reported a 14% rise in quarterly profit.', expect: ['Orrin Foods'] },
    { text: 'Industry data released on Monday showed sales fell 3%, and Halsey Retail late on Friday said it would cut 200 jobs.', expect: ['Halsey Retail'] },
    { text: 'Gold rose 1.2% to $2,400 an ounce, Comex prices showed.', expect: ['Comex'] },
    { text: 'Prices fell 4% this week, according to price reporting agency Oldacre Metals.', expect: ['Oldacre Metals'] },
    { text: 'Analysts at Keswick Partners kept a buy rating on the stock, arguing that margins would recover.', expect: ['Keswick Partners'] },
    { text: 'Wheat fell after the Grains Council raised its forecast for world stocks by 4 million tonnes.', expect: ['Grains Council'] },
    { text: 'Growth was 0.4%, preliminary data published a day earlier by the Federal Statistical Office showed.', expect: ['Federal Statistical Office'] },
    { text: 'Output rose 0.3% in the quarter, data from statistics office INSEE showed.', expect: ['INSEE'] },
    { text: '"Demand is holding up," Nadia Ferro told Reuters.', expect: ['Nadia Ferro'] },
    { text: 'The miner told the Securities and Exchange Commission that it produced 700 bitcoin, Harwell Digital said.', expect: ['Harwell Digital'] },
    { text: 'Oil rose after Oil Minister Tariq al-Saadi said output would stay flat.', expect: ['Tariq al-Saadi'] },
  ])('$text', ({ text, expect: want }) => {
    expect(named(run(text))).toEqual(want);
  });

  it.each([
    'Rival Dunmore Freight reports results on May 3.',
    'The central bank concludes its policy meeting on June 18.',
    'Dividend already announced 12 marks vs 11 marks.',
  ])('not an attribution: %s', (text) => {
    expect(named(run(text))).toEqual([]);
  });

  it('never lets the newswire of a dateline stand for the company', () => {
    const found = run('DENVER, March 4 (Harbour Newswire) - Falstead Logistics Inc on Monday reported a 9% drop in profit, and the trucking group said volumes were weak.');
    expect(named(found)).toEqual(['Falstead Logistics']);
    expect(found.find((s) => s.text === 'the trucking group')?.name).toBe('Falstead Logistics');
  });

  it('resolves "the San Diego-based lender said" to the firm, not to the place', () => {
    expect(named(run('Corbel Financial Corp reported a profit. Deposits rose 3%, the San Diego-based lender said.'))).toEqual(['Corbel Financial']);
  });

  it('lets "it said" go on with a publication that wrote in the same sentence', () => {
    const found = run('The Lakeside Times wrote that the plan was sound, pointing to failings it said were minor.');
    expect(found.filter((s) => s.text === 'it').map((s) => s.name)).toEqual(['The Lakeside Times']);
  });
});

describe('the firms of a story (whole pipeline, with entities)', () => {
  it('resolves "the companies said in a joint statement" to the two firms named most', () => {
    const report = reportFor(
      'Arlen Metals AG agreed to buy Ostrava Steel SA for 2 billion euros.\nArlen shareholders will own 60% of the group and Ostrava investors 40%, the companies said in a joint statement.',
      { title: 'Deal', published: '2025-06-30' },
    );
    expect(report.sources.filter((s) => /companies/.test(s.text)).map((s) => s.name)).toEqual(['Arlen Metals', 'Ostrava Steel']);
  });

  it('takes both names of "X and Y said"', () => {
    const report = reportFor('In London, Marrick Holdings and Solent Trust Co said in a joint statement that the merger would close in June.', { title: 'Merger', published: '2025-06-30' });
    expect([...new Set(report.sources.filter((s) => !s.vague).map((s) => s.name))]).toEqual(['Marrick Holdings', 'Solent Trust']);
  });

  it('never takes the regulator a filing went to, even without a comma before the speaker', () => {
    const report = reportFor('In a filing with the Securities and Exchange Commission Hartley said he bought 65,000 shares.', { title: 'Stake', published: '1987-03-30' });
    expect(report.sources.filter((s) => !s.vague).map((s) => s.name)).toEqual(['Hartley']);
  });

  it('leaves "the companies" unresolved when the story names only one firm', () => {
    const report = reportFor('Arlen Metals AG said output rose 4%, the companies said.', { title: 'Output', published: '2025-06-30' });
    expect(report.sources.filter((s) => /companies/.test(s.text) && !s.vague)).toEqual([]);
  });
});

describe('sources that need the entities of the whole pipeline', () => {
  const analyze = createAnalyzer();
  const sourcesOf = (text: string) => analyze({ title: 't', text, published: '2025-06-12' } as never, { input: 'x' }).sources;
  it('keeps an "and" inside a body\'s name on a `Sources:` line', () => {
    const found = sourcesOf('Operators paid A$2.46 billion for spectrum.\n\nSources: Australian Communications and Media Authority; company statements.');
    expect(found.filter((s) => s.scope === 'article').map((s) => s.name)).toEqual(['Australian Communications and Media Authority']);
  });
  it('reads a data firm that "counted" a figure as its source', () => {
    const found = sourcesOf('Chainbeam Analytics tracks stablecoins. Chainbeam counted $71.2 billion of trading volume over the week.');
    expect(found.filter((s) => !s.vague).map((s) => s.name)).toEqual(['Chainbeam Analytics']);
  });
});
