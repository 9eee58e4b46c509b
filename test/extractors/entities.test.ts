import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { segment } from '../../pipeline/segment.js';
import type { Entity } from '../../pipeline/types.js';
import { GAZETTEER, TICKERS } from '../../extractors/gazetteer.js';
import { isCommonWord } from '../../extractors/lexicon.js';

/** Entities of plain paragraphs (every extractor runs, as in the pipeline, without cleaning). */
function entitiesOf(text: string): Entity[] {
  const article = segment(text.split('\n'));
  return extract(article, { id: null, url: null, title: null, published: '2025-05-28', publisher: null, author: null }).entities;
}

type Row = { text: string; expect: [string, Entity['type'], string?, string?][] };

function check(row: Row) {
  const got = entitiesOf(row.text);
  for (const e of got) expect(row.text.slice(e.start, e.end)).toBe(e.text);
  expect(got.map((e) => [e.text, e.type, e.canonical, e.ticker].slice(0, 2 + (e.ticker ? 2 : 1)))).toEqual(
    row.expect.map(([t, type, canonical, ticker]) => [t, type, canonical ?? t, ticker].filter((x) => x !== undefined)),
  );
}

describe('entities: tickers and assets', () => {
  it.each<Row>([
    {
      text: 'Ether rose from $4,200 to $4,410 over the week. Ether is a byproduct of nothing here.',
      expect: [['Ether', 'ASSET', 'Ethereum', 'ETH']],
    },
    {
      text: 'NVIDIA (NVDA) dropped 2.3% on the NASDAQ, while Chainlink (LINK) traded at $18.50.',
      expect: [
        ['NVIDIA', 'ORG', 'NVIDIA', 'NVDA'],
        ['NVDA', 'ASSET', 'NVIDIA', 'NVDA'],
        ['NASDAQ', 'ORG', 'Nasdaq'],
        ['Chainlink', 'ASSET', 'Chainlink', 'LINK'],
        ['LINK', 'ASSET', 'Chainlink', 'LINK'],
      ],
    },
    {
      text: 'The US semiconductor ETF, known as $SOXX, saw outflows as Bitcoin (BTC) slid and BTC/USDT volume rose.',
      expect: [
        ['US', 'PLACE', 'United States'],
        ['$SOXX', 'ASSET', 'iShares Semiconductor ETF', 'SOXX'],
        ['Bitcoin', 'ASSET', 'Bitcoin', 'BTC'],
        ['BTC', 'ASSET', 'Bitcoin', 'BTC'],
        ['BTC/USDT', 'ASSET', 'Bitcoin', 'BTC/USDT'],
      ],
    },
    {
      text: 'Holdings of the Grayscale Bitcoin Trust (GBTC) and the Bitwise Crypto Industry Innovators ETF (BITQ) rose.',
      expect: [
        ['Grayscale Bitcoin Trust', 'ASSET', 'Grayscale Bitcoin Trust', 'GBTC'],
        ['GBTC', 'ASSET', 'Grayscale Bitcoin Trust', 'GBTC'],
        ['Bitwise Crypto Industry Innovators ETF', 'ASSET', 'Bitwise Crypto Industry Innovators ETF', 'BITQ'],
        ['BITQ', 'ASSET', 'Bitwise Crypto Industry Innovators ETF', 'BITQ'],
      ],
    },
    {
      text: 'Shares listed as NASDAQ:NVDA rose, and the fund trades under the ticker SOXX.',
      expect: [
        ['NASDAQ', 'ORG', 'Nasdaq'],
        ['NVDA', 'ASSET', 'NVIDIA', 'NVDA'],
        ['SOXX', 'ASSET', 'iShares Semiconductor ETF', 'SOXX'],
      ],
    },
    {
      text: 'Acme Robotics Corp (ACMR) jumped after the listing.',
      expect: [
        ['Acme Robotics Corp', 'ORG'],
        ['ACMR', 'ASSET', 'Acme Robotics Corp', 'ACMR'],
      ],
    },
    { text: 'Outflows hit XRP and SUI, while Solana and ether gained.', expect: [['XRP', 'ASSET', 'XRP', 'XRP'], ['SUI', 'ASSET', 'Sui', 'SUI'], ['Solana', 'ASSET', 'Solana', 'SOL'], ['ether', 'ASSET', 'Ethereum', 'ETH']] },
  ])('$text', check);
});

describe('entities: organisations, people, places', () => {
  it.each<Row>([
    {
      text: "BlackRock's iShares saw outflows; Fidelity followed, while Volatility Shares and ProFunds Group gained.",
      expect: [
        ['BlackRock', 'ORG', 'BlackRock', 'BLK'],
        ['iShares', 'ORG'],
        ['Fidelity', 'ORG'],
        ['Volatility Shares', 'ORG'],
        ['ProFunds Group', 'ORG', 'ProFunds'],
      ],
    },
    {
      text: 'According to The Kobeissi Letter, data from Glassnode and Bloomberg show flows, per a post on Twitter.',
      expect: [
        ['Kobeissi Letter', 'ORG', 'The Kobeissi Letter'],
        ['Glassnode', 'ORG'],
        ['Bloomberg', 'ORG'],
        ['Twitter', 'ORG'],
      ],
    },
    {
      text: 'Funds in the United States shed $1.8 billion, while Sweden, the Netherlands, Europe and North America saw inflows; Swiss-based funds gained.',
      expect: [
        ['United States', 'PLACE'],
        ['Sweden', 'PLACE'],
        ['Netherlands', 'PLACE'],
        ['Europe', 'PLACE'],
        ['North America', 'PLACE'],
      ],
    },
    {
      text: 'Fed Chair Jerome Powell spoke in Washington, and analyst Priya Raman of Kestrel Advisors said rates would fall.',
      expect: [
        ['Fed', 'ORG', 'Federal Reserve'],
        ['Jerome Powell', 'PERSON'],
        ['Washington', 'PLACE'],
        ['Priya Raman', 'PERSON'],
        ['Kestrel Advisors', 'ORG'],
      ],
    },
    {
      text: 'Opposition Leader Bill Shorten attacked the plan. Later, Shorten said it would fail.',
      expect: [
        ['Bill Shorten', 'PERSON'],
        ['Shorten', 'PERSON', 'Bill Shorten'],
      ],
    },
    {
      text: 'The Kenya Association of Manufacturers (KAM) met the U.S. envoy.',
      expect: [
        ['Kenya Association of Manufacturers', 'ORG'],
        ['KAM', 'ORG', 'Kenya Association of Manufacturers'],
        ['U.S.', 'PLACE', 'United States'],
      ],
    },
  ])('$text', check);
});

describe('entities: names as wire and market copy write them', () => {
  it.each<Row>([
    {
      text: 'LONDON, Jan 14 (Fleetbridge Wire) - Recruiter Ashcombe Talent said on Wednesday fees fell. Miner Karrow Gold said output rose. "It rose," said Anna Gold.',
      expect: [
        ['LONDON', 'PLACE', 'London'],
        ['Fleetbridge Wire', 'ORG'],
        ['Ashcombe Talent', 'ORG'],
        ['Karrow Gold', 'ORG'],
        ['Anna Gold', 'PERSON'],
      ],
    },
    {
      text: 'Lawyers at Holloway & Marsh advised Quint & Rowe Partners, while Ellery & Vance took the other side.',
      expect: [
        ['Holloway & Marsh', 'ORG'],
        ['Quint & Rowe Partners', 'ORG'],
        ['Ellery & Vance', 'ORG'],
      ],
    },
    {
      text: 'Tarnby Shipping Ltd (TSL.L) cut its fleet. Later, Tarnby sold two vessels. Tarnby Shipping said demand was weak.',
      expect: [
        ['Tarnby Shipping Ltd', 'ORG'],
        ['TSL.L', 'ASSET', 'Tarnby Shipping Ltd', 'TSL.L'],
        ['Tarnby', 'ORG', 'Tarnby Shipping'],
        ['Tarnby Shipping', 'ORG'],
      ],
    },
    {
      text: 'Osgood Pharma Corp (4599.T) fell, and the buyer paid C$3.10 a share for Kellgren Metals Corp in cash.',
      expect: [
        ['Osgood Pharma Corp', 'ORG'],
        ['4599.T', 'ASSET', 'Osgood Pharma Corp', '4599.T'],
        ['Kellgren Metals Corp', 'ORG'],
      ],
    },
    {
      text: 'The U.S. Fish and Wildlife Service and the U.S. Energy Information Administration published data.',
      expect: [
        ['U.S. Fish and Wildlife Service', 'ORG'],
        ['U.S. Energy Information Administration', 'ORG', 'Energy Information Administration'],
      ],
    },
    {
      text: 'Brent crude and West Texas Intermediate fell, ICE prices showed, while the Topix and the Bovespa rose.',
      expect: [
        ['Brent crude', 'ASSET', 'Brent'],
        ['West Texas Intermediate', 'ASSET'],
        ['ICE', 'ORG', 'Intercontinental Exchange'],
        ['Topix', 'ASSET'],
        ['Bovespa', 'ASSET'],
      ],
    },
    {
      text: "The People's Bank of China and LSEG data showed calm; Minneapolis traders and the USDA agreed.",
      expect: [
        ["People's Bank of China", 'ORG'],
        ['LSEG', 'ORG', 'London Stock Exchange Group'],
        ['Minneapolis', 'PLACE'],
        ['USDA', 'ORG', 'U.S. Department of Agriculture'],
      ],
    },
    {
      text: "Tether's USDT grew, Ripple said in a statement, and the Halloran Composite Index and the Vantor Semiconductor Index rose.",
      expect: [
        ['Tether', 'ORG'],
        ['USDT', 'ASSET', 'Tether', 'USDT'],
        ['Ripple', 'ORG'],
        ['Halloran Composite Index', 'ASSET'],
        ['Vantor Semiconductor Index', 'ASSET'],
      ],
    },
    {
      text: 'Gantry Lift Inc (NASDAQ: GLFT) rose 4%. Shares of GLFT have doubled, and the stablecoin QUSD held its peg.',
      expect: [
        ['Gantry Lift Inc', 'ORG'],
        ['NASDAQ', 'ORG', 'Nasdaq'],
        ['GLFT', 'ASSET', 'GLFT', 'GLFT'],
        ['GLFT', 'ASSET', 'GLFT', 'GLFT'],
        ['QUSD', 'ASSET'],
      ],
    },
    {
      text: '"Margins are thin," said Tao Ruolan, an analyst at Crédit Fontaine. Analysts at Keystone said the same, Chief Operating Officer Abel Moyo added.',
      expect: [
        ['Tao Ruolan', 'PERSON'],
        ['Crédit Fontaine', 'ORG'],
        ['Keystone', 'ORG'],
        ['Abel Moyo', 'PERSON'],
      ],
    },
    {
      text: 'Oil Minister Saad al-Mutairi spoke, and Deputy Minister for Trade Affairs Ines Okorafor told reporters the plant in Leominster, Massachusetts, would close.',
      expect: [
        ['Saad al-Mutairi', 'PERSON'],
        ['Ines Okorafor', 'PERSON'],
        ['Leominster', 'PLACE'],
        ['Massachusetts', 'PLACE'],
      ],
    },
    {
      text: 'The iShares MSCI Peru ETF (EPU) and the Selic rate moved; a supplier said in a post on X that prices rose.',
      expect: [
        ['iShares MSCI Peru ETF', 'ASSET'],
        ['EPU', 'ASSET', 'iShares MSCI Peru ETF', 'EPU'],
        ['X', 'ORG'],
      ],
    },
  ])('$text', check);
});

describe('entities: not entities', () => {
  it.each<Row>([
    { text: "Bitcoin’s Relative Strength Index (RSI) stood at 52 and the Moving Average Convergence Divergence (MACD) turned.", expect: [['Bitcoin', 'ASSET', 'Bitcoin', 'BTC']] },
    { text: 'Semiconductor ETFs have captured inflows as AI infrastructure dominates demand.', expect: [] },
    { text: 'A Tale of Two Strategies', expect: [] },
    { text: 'Industry researchers point to weak price action. Traders should watch DeFi and NFT volumes.', expect: [] },
    { text: 'Canadian investors and American-based funds moved, while Swiss funds led.', expect: [] },
    { text: 'Bitcoin may rise in May, but the link between the two is weak.', expect: [['Bitcoin', 'ASSET', 'Bitcoin', 'BTC']] },
    { text: 'The fibre to the premises (FTTP) rollout slowed, and FTTP costs rose.', expect: [] },
    { text: 'Shares of General Motors rose while Keio Plaza Hotel Tokyo and Citigroup Australia expanded.', expect: [['General Motors', 'ORG', 'General Motors', 'GM'], ['Keio Plaza Hotel Tokyo', 'ORG'], ['Citigroup Australia', 'ORG']] },
  ])('$text', check);
});

describe('gazetteer and lexicon', () => {
  it('knows tickers and aliases', () => {
    expect(TICKERS.get('NVDA')?.canonical).toBe('NVIDIA');
    expect(GAZETTEER.get('u.s.')?.[0]?.canonical).toBe('United States');
    expect(GAZETTEER.get('btc')?.[0]?.canonical).toBe('Bitcoin');
  });
  it('tells ordinary words from names', () => {
    expect(isCommonWord('strength')).toBe(true);
    expect(isCommonWord('kobeissi')).toBe(false);
    expect(isCommonWord('london')).toBe(false);
  });
});
