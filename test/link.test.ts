/**
 * Claim assembly (pipeline/link.ts) on hand-built mentions, so the rows test the linking and
 * not the extractors: which sentences are claims, their figures, subject, measure, time and
 * sources, and which paragraph attribution governs which sentence.
 */
import { describe, expect, it } from 'vitest';
import { linkClaims, measureOf } from '../pipeline/link.js';
import { segment } from '../pipeline/segment.js';
import type { Claim, Entity, EntityType, Mentions, Money, Percentage, Quantity, Source, Timestamp } from '../pipeline/types.js';

interface Spec {
  money?: (string | [string, Partial<Money>])[];
  percentages?: (string | [string, Partial<Percentage>])[];
  quantities?: [string, string][];
  timestamps?: [string, string][];
  entities?: [string, EntityType, string?][];
  /** `[text, name?, fields]`; a string is a named source whose name is its text. */
  sources?: (string | [string, Partial<Source>])[];
}

/** Builds an article from its paragraphs and the phrases of each mention (found in order). */
function article(paragraphs: string[], spec: Spec, published: string | null = null): { text: string; claims: Claim[] } {
  const seg = segment(paragraphs);
  const { text } = seg;
  const cursor = new Map<string, number>();
  const find = (kind: string, phrase: string) => {
    const at = text.indexOf(phrase, cursor.get(kind) ?? 0);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(phrase)} is not in the text after the previous ${kind}`);
    cursor.set(kind, at + phrase.length);
    return { start: at, end: at + phrase.length, text: phrase };
  };
  const value = (t: string) => Number(t.replace(/[^\d.]/g, '')) || 0;
  const mentions: Mentions = {
    money: (spec.money ?? []).map((m) => {
      const [t, extra] = typeof m === 'string' ? [m, {}] : m;
      return { ...find('money', t), value: value(t), currency: 'USD', approximate: false, ...extra };
    }),
    percentages: (spec.percentages ?? []).map((p) => {
      const [t, extra] = typeof p === 'string' ? [p, {}] : p;
      return { ...find('percentages', t), value: value(t), ...extra };
    }),
    quantities: (spec.quantities ?? []).map(([t, unit]): Quantity => ({ ...find('quantities', t), value: value(t), unit })),
    timestamps: (spec.timestamps ?? []).map(([t, v]): Timestamp => ({ ...find('timestamps', t), value: v })),
    entities: (spec.entities ?? []).map(([t, type, canonical]): Entity => ({ ...find('entities', t), type, canonical: canonical ?? t })),
    sources: (spec.sources ?? []).map((s): Source => {
      const [t, extra] = typeof s === 'string' ? [s, {}] : s;
      return { ...find('sources', t), name: t, kind: 'organisation', vague: false, scope: 'sentence', cue: 'said', ...extra };
    }),
  };
  for (const kind of ['money', 'percentages', 'quantities'] as const) (mentions[kind] as { start: number }[]).sort((a, b) => a.start - b.start);
  return { text, claims: linkClaims(text, seg.sentences, seg.paragraphs, mentions, published) };
}

const claimText = (a: { text: string; claims: Claim[] }) => a.claims.map((c) => a.text.slice(c.start, c.end));
const sourcing = (a: { claims: Claim[] }) => a.claims.map((c) => [c.sources, c.sourceScope]);

describe('which sentences are claims', () => {
  it('makes one claim per sentence with a figure, figures in text order across kinds', () => {
    const a = article(['Bitcoin fell. NVIDIA dropped 2.3% to $1,100 per share on the day.'], { money: ['$1,100'], percentages: ['2.3%'] });
    expect(claimText(a)).toEqual(['NVIDIA dropped 2.3% to $1,100 per share on the day.']);
    expect(a.claims[0]!.figures).toEqual(['percentages:0', 'money:0']);
  });
  it('indexes figures by their place in the report lists', () => {
    const a = article(['Funds lost $1.7 billion. Bitcoin funds lost $1.09 billion and 3 funds closed.'], { money: ['$1.7 billion', '$1.09 billion'], quantities: [['3 funds', 'funds']] });
    expect(a.claims.map((c) => c.figures)).toEqual([['money:0'], ['money:1', 'quantities:0']]);
  });
});

describe('sources: sentence, governing paragraph attribution, article line', () => {
  it.each([
    {
      name: 'the sentence names its source',
      paragraphs: ['Crypto funds saw $1.7 billion of outflows last week, CoinShares said.'],
      spec: { money: ['$1.7 billion'], sources: ['CoinShares'] },
      expect: [[['CoinShares'], 'sentence']],
    },
    {
      name: 'the next figure of the same measure continues the attribution',
      paragraphs: ['Crypto funds saw $1.7 billion of outflows last week, CoinShares said. Bitcoin funds lost $1.09 billion, the most since November.'],
      spec: { money: ['$1.7 billion', '$1.09 billion'], sources: [['CoinShares', { kind: 'data provider' }]] },
      expect: [
        [['CoinShares'], 'sentence'],
        [['CoinShares'], 'paragraph'],
      ],
    },
    {
      name: 'the paragraph\'s named source covers a rival\'s figure too (the contract counts the paragraph)',
      paragraphs: ["Grayscale's Ethereum Trust saw outflows of $120 million, the asset manager said. Fidelity's FBTC also recorded $90 million in redemptions."],
      spec: {
        money: ['$120 million', '$90 million'],
        entities: [['Grayscale', 'ORG'], ['Ethereum Trust', 'ASSET', 'Grayscale Ethereum Trust'], ['Fidelity', 'ORG'], ['FBTC', 'ASSET', 'Fidelity Wise Origin Bitcoin Fund']],
        sources: [['the asset manager', { name: 'Grayscale', kind: 'organisation' }]],
      },
      expect: [
        [['Grayscale'], 'sentence'],
        [['Grayscale'], 'paragraph'],
      ],
    },
    {
      name: 'and does source its next figure about itself',
      paragraphs: ['Grayscale Bitcoin Trust saw outflows of $120 million, Grayscale said. Grayscale Ethereum Trust lost $40 million.'],
      spec: {
        money: ['$120 million', '$40 million'],
        entities: [['Grayscale Bitcoin Trust', 'ASSET'], ['Grayscale Ethereum Trust', 'ASSET']],
        sources: [['Grayscale', { kind: 'organisation' }]],
      },
      expect: [
        [['Grayscale'], 'sentence'],
        [['Grayscale'], 'paragraph'],
      ],
    },
    {
      name: 'a named source in the paragraph covers its other figure sentences (CONTRACT.md)',
      paragraphs: ["Bitcoin's active addresses rose 5% to 620,000, per data from Glassnode. Trading volume on Binance surged by 8% to $26 billion."],
      spec: { percentages: ['5%', '8%'], quantities: [['620,000', 'active addresses']], money: ['$26 billion'], sources: [['Glassnode', { cue: 'per' }]] },
      expect: [
        [['Glassnode'], 'sentence'],
        [['Glassnode'], 'paragraph'],
      ],
    },
    {
      name: 'an attribution later in the paragraph covers the sentences before it too',
      paragraphs: ['The ETF fell 1.5% to $10.80 on Monday. Spot ETF volumes rose 4% to $2 billion, according to Bloomberg data.'],
      spec: { percentages: ['1.5%', '4%'], money: ['$10.80', '$2 billion'], sources: [['Bloomberg', { cue: 'according to' }]] },
      expect: [
        [['Bloomberg'], 'paragraph'],
        [['Bloomberg'], 'sentence'],
      ],
    },
    {
      name: 'a source line closing the paragraph governs the paragraph',
      paragraphs: ['The ETF saw $750 million in net outflows in May. Traders should watch for volatility (source: The Kobeissi Letter, Twitter).'],
      spec: { money: ['$750 million'], sources: [['The Kobeissi Letter', { cue: 'source:' }]] },
      expect: [[['The Kobeissi Letter'], 'paragraph']],
    },
    {
      name: 'a sentence pointing back at the figures sources them',
      paragraphs: ['The ETF recorded $750 million in withdrawals in May. This data, shared on social media, highlights a trend, according to The Kobeissi Letter.'],
      spec: { money: ['$750 million'], sources: [['The Kobeissi Letter', { cue: 'according to' }]] },
      expect: [[['The Kobeissi Letter'], 'paragraph']],
    },
    {
      name: 'an attributed lead-in ending with a colon governs the list after it',
      paragraphs: ['According to CoinShares, flows by asset were:', 'Bitcoin: outflows of $1.09 billion.', 'Solana: inflows of $17.1 million.', 'Elsewhere, gold rose 1% to $3,700 an ounce in a quiet session that saw little news from central banks or from the large exchange-traded funds that hold bullion for investors.'],
      spec: { money: ['$1.09 billion', '$17.1 million', '$3,700'], percentages: ['1%'], sources: [['CoinShares', { cue: 'according to' }]] },
      expect: [
        [['CoinShares'], 'paragraph'],
        [['CoinShares'], 'paragraph'],
        [[], null],
      ],
    },
    {
      name: 'a continuation connective carries the source',
      paragraphs: ['Bitcoin rose 3% to $105,000, CoinGecko data showed. Additionally, Ether products saw outflows of $200 million.'],
      spec: { percentages: ['3%'], money: ['$105,000', '$200 million'], sources: [['CoinGecko', { cue: 'showed' }]] },
      expect: [
        [['CoinGecko'], 'sentence'],
        [['CoinGecko'], 'paragraph'],
      ],
    },
    {
      name: 'a source in the next paragraph does not count',
      paragraphs: ['Digital asset funds saw a $1.7 billion net outflow last week.', 'The figure was reported by CoinShares on Monday.'],
      spec: { money: ['$1.7 billion'], sources: [['CoinShares', { cue: 'reported by' }]] },
      expect: [[[], null]],
    },
    {
      name: 'an article-level source line covers claims without their own',
      paragraphs: ['Revenue rose 12% to $1.86 billion in Q2.', 'Harborview shares rose 3.4% to $58.20, analysts at Acme said.', 'Source: Harborview Bancorp quarterly filing, Reuters'],
      spec: {
        percentages: ['12%', '3.4%'],
        money: ['$1.86 billion', '$58.20'],
        sources: [['Acme', {}], ['Harborview Bancorp', { scope: 'article', cue: 'source:' }], ['Reuters', { scope: 'article', cue: 'source:' }]],
      },
      expect: [
        [['Harborview Bancorp', 'Reuters'], 'article'],
        [['Acme'], 'sentence'],
      ],
    },
    {
      name: 'a vague attribution names no source',
      paragraphs: ['Analysts say Solana funds attracted $17.1 million of inflows last week.'],
      spec: { money: ['$17.1 million'], sources: [['Analysts', { vague: true, kind: 'person', cue: 'say' }]] },
      expect: [[[], null]],
    },
  ])('$name', ({ paragraphs, spec, expect: want }) => {
    expect(sourcing(article(paragraphs, spec as Spec))).toEqual(want);
  });

  it('lists vague attributions separately', () => {
    const a = article(['Analysts say Solana funds attracted $17.1 million of inflows, CoinShares said.'], {
      money: ['$17.1 million'],
      sources: [['Analysts', { vague: true, cue: 'say' }], 'CoinShares'],
    });
    expect(a.claims[0]).toMatchObject({ sources: ['CoinShares'], sourceScope: 'sentence', vagueSources: ['Analysts'] });
  });
});

describe('time: the sentence, else the paragraph before it, else the published date', () => {
  it.each([
    {
      name: 'the timestamp of the sentence, not the "since" one',
      paragraphs: ['The ETF saw $750 million in outflows in May 2025, the largest since February.'],
      spec: { money: ['$750 million'], timestamps: [['May 2025', '2025-05'], ['February', '2025-02']] },
      published: '2025-05-28',
      expect: ['2025-05', 'sentence'],
    },
    {
      name: 'the nearest of two timestamps to the figure',
      paragraphs: ['As of May 27, GBTC held $20 billion, while on May 28 it traded at a discount.'],
      spec: { money: ['$20 billion'], timestamps: [['May 27', '2025-05-27'], ['May 28', '2025-05-28']] },
      published: null,
      expect: ['2025-05-27', 'sentence'],
    },
    {
      name: 'a timestamp earlier in the paragraph carries over',
      paragraphs: ['On May 28, 2025, markets were quiet. Ether traded at $3,800.'],
      spec: { money: ['$3,800'], timestamps: [['May 28, 2025', '2025-05-28']] },
      published: '2025-06-01',
      expect: ['2025-05-28', 'paragraph'],
    },
    {
      name: 'one later in the paragraph does not',
      paragraphs: ['Ether traded at $3,800. On May 28, 2025, markets were quiet.'],
      spec: { money: ['$3,800'], timestamps: [['May 28, 2025', '2025-05-28']] },
      published: '2025-06-01',
      expect: ['2025-06-01', 'published'],
    },
    {
      name: 'a "since" timestamp only when nothing else dates the claim',
      paragraphs: ['Since January 2025, semiconductor ETFs have absorbed $3.2 billion.'],
      spec: { money: ['$3.2 billion'], timestamps: [['January 2025', '2025-01']] },
      published: null,
      expect: ['2025-01', 'sentence'],
    },
    {
      name: 'no time at all',
      paragraphs: ['Swiss funds attracted $32.5 million.'],
      spec: { money: ['$32.5 million'] },
      published: null,
      expect: [null, null],
    },
  ])('$name', ({ paragraphs, spec, published, expect: want }) => {
    const { claims } = article(paragraphs, spec as Spec, published);
    expect([claims[0]!.time, claims[0]!.timeScope]).toEqual(want);
  });
});

describe('subject: the entity the first figure is about', () => {
  it.each([
    {
      name: 'the name before its bracketed ticker',
      paragraphs: ['Crypto stocks like NVIDIA (NVDA) dropped 2.3% to $1,100 per share.'],
      spec: { percentages: ['2.3%'], money: ['$1,100'], entities: [['NVIDIA', 'ORG'], ['NVDA', 'ASSET', 'NVIDIA Corp']] },
      expect: 'NVIDIA',
    },
    {
      name: 'not the trading venue',
      paragraphs: ['Trading volume for BTC/USDT on Binance surged by 8% to $26 billion.'],
      spec: { percentages: ['8%'], money: ['$26 billion'], entities: [['BTC/USDT', 'ASSET', 'Bitcoin'], ['Binance', 'ORG']] },
      expect: 'Bitcoin',
    },
    {
      name: 'not the source it is attributed to',
      paragraphs: ['According to Bloomberg, $2 billion flowed into spot funds.'],
      spec: { money: ['$2 billion'], entities: [['Bloomberg', 'ORG']], sources: [['Bloomberg', { cue: 'according to' }]] },
      expect: null,
    },
    {
      name: 'a company reporting its own figures',
      paragraphs: ['Harborview Bancorp reported net income of $412 million on Tuesday.'],
      spec: { money: ['$412 million'], entities: [['Harborview Bancorp', 'ORG']], sources: [['Harborview Bancorp', { cue: 'reported' }]] },
      expect: 'Harborview Bancorp',
    },
    {
      name: 'the clause of the figure, not the next clause',
      paragraphs: ['Bitcoin rose 2% to $67,500, while Ether fell 1% to $3,800.'],
      spec: { percentages: ['2%', '1%'], money: ['$67,500', '$3,800'], entities: [['Bitcoin', 'ASSET'], ['Ether', 'ASSET', 'Ethereum']] },
      expect: 'Bitcoin',
    },
    {
      name: 'the owner in a possessive',
      paragraphs: ['On-chain metrics improved, with Bitcoin’s active addresses increasing by 5% to 620,000.'],
      spec: { percentages: ['5%'], quantities: [['620,000', 'active addresses']], entities: [['Bitcoin', 'ASSET']] },
      expect: 'Bitcoin',
    },
    {
      name: 'a name, not a lower-case modifier',
      paragraphs: ['Northwind Mining, one of the largest bitcoin miners, reported revenue of $186.4 million.'],
      spec: { money: ['$186.4 million'], entities: [['Northwind Mining', 'ORG'], ['bitcoin', 'ASSET', 'Bitcoin']] },
      expect: 'Northwind Mining',
    },
    {
      name: 'a place before the figure when nothing else is named',
      paragraphs: ['Germany was not far behind, with $19.1 million flowing into its funds.'],
      spec: { money: ['$19.1 million'], entities: [['Germany', 'PLACE']] },
      expect: 'Germany',
    },
    {
      name: 'not a place after the figure',
      paragraphs: ['Shares rose 3.4% to $58.20 in New York trading.'],
      spec: { percentages: ['3.4%'], money: ['$58.20'], entities: [['New York', 'PLACE']] },
      expect: null,
    },
    {
      name: 'the entity after the figure when none comes before',
      paragraphs: ['A further $1.1 billion flowed into IBIT.'],
      spec: { money: ['$1.1 billion'], entities: [['IBIT', 'ASSET', 'iShares Bitcoin Trust']] },
      expect: 'iShares Bitcoin Trust',
    },
  ])('$name', ({ paragraphs, spec, expect: want }) => {
    expect(article(paragraphs, spec as Spec).claims[0]!.subject).toBe(want);
  });

  it('carries the subject to "The stock …" in the same paragraph', () => {
    const a = article(['Harborview shares rose 3.4% to $58.20. The stock has gained 21% since January, compared with a 9% rise in the KBW Nasdaq Bank Index.'], {
      percentages: ['3.4%', '21%', '9%'],
      money: ['$58.20'],
      entities: [['Harborview', 'ORG', 'Harborview Bancorp'], ['KBW Nasdaq Bank Index', 'ASSET']],
    });
    expect(a.claims.map((c) => c.subject)).toEqual(['Harborview Bancorp', 'Harborview Bancorp']);
  });
});

describe('measure: what the first figure measures', () => {
  it.each([
    { sentence: 'Bitcoin was trading at $67,500 on Binance with a 24-hour volume of $25 billion.', figures: { money: ['$67,500', '$25 billion'] }, expect: 'price' },
    { sentence: 'Ethereum held steady at $3,800 with a trading volume of $12 billion.', figures: { money: ['$3,800', '$12 billion'] }, expect: 'price' },
    { sentence: 'Money flowed in, evident from a 3% increase in GBTC holdings to $20 billion.', figures: { percentages: ['3%'], money: ['$20 billion'] }, expect: 'holdings' },
    { sentence: 'Total assets under management (AUM) plummeted from a recent high of $193 billion to $178 billion.', figures: { money: ['$193 billion', '$178 billion'] }, expect: 'aum' },
    { sentence: 'Revenue rose to $1.86 billion in Q2 2025 from $1.71 billion.', figures: { money: ['$1.86 billion', '$1.71 billion'] }, expect: 'revenue' },
    { sentence: 'BTC/USD saw a slight uptick of 1.2% within four hours.', figures: { percentages: ['1.2%'] }, expect: 'change' },
    { sentence: 'Net income came to $38.2 million, or $0.21 per share.', figures: { money: ['$38.2 million', '$0.21'] }, expect: 'earnings' },
    { sentence: 'Semiconductor ETFs have successfully absorbed $3.2 billion in net retail buying.', figures: { money: ['$3.2 billion'] }, expect: 'flow' },
    { sentence: 'Trading volume for BTC/USDT surged by 8% to $26 billion.', figures: { percentages: ['8%'], money: ['$26 billion'] }, expect: 'volume' },
    { sentence: 'The fund moved $500 million last week.', figures: { money: [['$500 million', { direction: 'outflow' }]] }, expect: 'flow' },
    { sentence: 'The lender reported $2 a share.', figures: { money: [['$2', { per: 'share' }]] }, expect: 'price' },
    { sentence: 'Net interest margin widened by 14 basis points to 3.21%.', figures: { quantities: [['14 basis points', 'bp']], percentages: ['3.21%'] }, expect: 'change' },
  ])('$sentence → $expect', ({ sentence, figures, expect: want }) => {
    expect(article([sentence], figures as Spec).claims[0]!.measure).toBe(want);
  });

  it('measureOf reads a sentence without a figure position', () => {
    expect(measureOf('Assets under management fell to $178 billion.')).toBe('aum');
    expect(measureOf('Nothing here.')).toBeNull();
  });
});
