/** inconsistent-figure on hand-built claims: subject, measure and time as the link stage gives them. */
import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture.js';
import { check, fixture } from './fixture.js';

const RULE = 'inconsistent-figure';

/** Two paragraphs about SOXX flows in May 2025, with the given amounts. */
function soxx(first: string, firstValue: number, second: string, secondValue: number, secondText?: string, extra: Partial<FixtureSpec> = {}) {
  const text =
    `SOXX recorded ${first} in net outflows in May 2025, according to The Kobeissi Letter.\n` +
    (secondText ?? `The ${second} net outflows from SOXX in May 2025 were the largest since February.`);
  return fixture(text, {
    money: [
      { text: first.replace(/^approximately /, ''), value: firstValue, approximate: first.startsWith('approximately') },
      { text: second, value: secondValue },
    ],
    entities: [{ text: 'SOXX' }, { text: 'SOXX' }],
    timestamps: [{ text: 'May 2025', value: '2025-05' }, { text: 'May 2025', value: '2025-05' }],
    claims: {
      'SOXX recorded': { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' },
      [secondText ? secondText.slice(0, 12) : 'net outflows from']: { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' },
    },
    ...extra,
  });
}

describe(RULE, () => {
  it('flags a later figure that contradicts the first statement, pointing back at it', () => {
    const flags = check(RULE, soxx('$750 million', 750e6, '$570 million', 570e6));
    expect(flags.map((f) => f.messageId)).toEqual(['disagrees']);
    expect(flags[0]!.flagged).toContain('The $570 million net outflows');
    expect(flags[0]!.relatedText).toEqual(['$750 million']);
    expect(flags[0]!.related[0]!.message).toBe('first stated as `$750 million` here');
    expect(flags[0]!.severity).toBe('warning');
    expect(flags[0]!.message).toBe('`$570 million` contradicts `$750 million`, stated earlier for the same SOXX flow, May 2025');
  });

  it.each([
    ['the same figure', '$750 million', 750e6, '$750 million', 750e6],
    ['a hedged figure and an exact one within its slack', 'approximately $750 million', 750e6, '$740 million', 740e6],
    ['a coarser rounding of the same figure', '$750 million', 750e6, '$0.75 billion', 0.75e9],
    ['a figure within half a unit of the last digit', '$1.7 billion', 1.7e9, '$1.74 billion', 1.74e9],
  ])('does not flag %s', (_, a, av, b, bv) => {
    expect(check(RULE, soxx(a, av, b, bv))).toEqual([]);
  });

  it('flags beyond half a unit of the last digit', () => {
    expect(check(RULE, soxx('$1.7 billion', 1.7e9, '$1.76 billion', 1.76e9))).toHaveLength(1);
  });

  it('does not compare different time windows', () => {
    const article = soxx('$750 million', 750e6, '$570 million', 570e6, 'SOXX saw $570 million in net outflows in April 2025.', {
      timestamps: [{ text: 'May 2025', value: '2025-05' }, { text: 'April 2025', value: '2025-04' }],
      claims: {
        'SOXX recorded': { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' },
        'SOXX saw': { subject: 'SOXX', measure: 'flow', time: '2025-04', timeScope: 'sentence' },
      },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('does not compare different window words ("24-hour" vs "weekly")', () => {
    const text = 'On May 28, 2025, Bitcoin had a 24-hour volume of $25 billion, CoinGecko data showed.\nOn May 28, 2025, Bitcoin weekly volume reached $140 billion, CoinGecko data showed.';
    const article = fixture(text, {
      money: [{ text: '$25 billion', value: 25e9 }, { text: '$140 billion', value: 140e9 }],
      timestamps: [{ text: 'May 28, 2025', value: '2025-05-28' }, { text: 'May 28, 2025', value: '2025-05-28' }],
      claims: { '24-hour': { subject: 'Bitcoin', measure: 'volume', time: '2025-05-28', timeScope: 'sentence' }, weekly: { subject: 'Bitcoin', measure: 'volume', time: '2025-05-28', timeScope: 'sentence' } },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('does not compare different venues', () => {
    const text = 'At 10:00 AM ET on May 28, 2025, Bitcoin traded at $67,500 on Binance.\nAt 10:00 AM ET on May 28, 2025, Bitcoin traded at $67,900 on Coinbase.';
    const stamp = { text: '10:00 AM ET on May 28, 2025', value: '2025-05-28T10:00-04:00' };
    const claim = { subject: 'Bitcoin', measure: 'price', time: stamp.value, timeScope: 'sentence' as const };
    const article = fixture(text, {
      money: [{ text: '$67,500', value: 67500 }, { text: '$67,900', value: 67900 }],
      timestamps: [stamp, stamp],
      entities: [{ text: 'Binance' }, { text: 'Coinbase' }],
      claims: { Binance: claim, Coinbase: claim },
    });
    expect(check(RULE, article)).toEqual([]);
    // the same venue, the same minute: a contradiction
    const same = fixture(text.replace('Coinbase', 'Binance'), {
      money: [{ text: '$67,500', value: 67500 }, { text: '$67,900', value: 67900 }],
      timestamps: [stamp, stamp],
      entities: [{ text: 'Binance' }, { text: 'Binance' }],
      claims: { Binance: claim },
    });
    expect(check(RULE, same)).toHaveLength(1);
  });

  it('does not compare prices at a day (prices move within a day)', () => {
    const text = 'On May 28, 2025, Bitcoin traded at $67,500.\nOn May 28, 2025, Bitcoin traded at $68,900.';
    const claim = { subject: 'Bitcoin', measure: 'price', time: '2025-05-28', timeScope: 'sentence' as const };
    const article = fixture(text, {
      money: [{ text: '$67,500', value: 67500 }, { text: '$68,900', value: 68900 }],
      timestamps: [{ text: 'May 28, 2025', value: '2025-05-28' }, { text: 'May 28, 2025', value: '2025-05-28' }],
      claims: { 'On May': claim },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('does not compare inflows with outflows, or net with gross', () => {
    expect(check(RULE, soxx('$750 million', 750e6, '$570 million', 570e6, 'SOXX saw $570 million in inflows in May 2025.', { claims: { 'SOXX recorded': { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' }, 'SOXX saw': { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' } } }))).toEqual([]);
    expect(check(RULE, soxx('$750 million', 750e6, '$570 million', 570e6, 'SOXX saw $570 million in outflows in May 2025.', { claims: { 'SOXX recorded': { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' }, 'SOXX saw': { subject: 'SOXX', measure: 'flow', time: '2025-05', timeScope: 'sentence' } } }))).toEqual([]);
  });

  it('does not take a from-value or a high for a stated level', () => {
    const text = 'Assets under management fell to $178 billion last week, CoinShares said.\nAUM plummeted last week from a recent high of $193 billion to $178 billion.';
    const claim = { subject: 'crypto funds', measure: 'aum', time: '2025-W03', timeScope: 'sentence' as const };
    const article = fixture(text, {
      money: [{ text: '$178 billion', value: 178e9 }, { text: '$193 billion', value: 193e9 }, { text: '$178 billion', value: 178e9 }],
      timestamps: [{ text: 'last week', value: '2025-W03' }, { text: 'last week', value: '2025-W03' }],
      claims: { 'Assets under': claim, 'AUM plummeted': claim },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('compares amounts with no time of their own as the article period; not prices', () => {
    const text = 'Funds saw $750 million in net outflows.\nThe $570 million net outflows weighed on sentiment.';
    const claim = { subject: 'Funds', measure: 'flow', time: '2025-05-28', timeScope: 'published' as const };
    const article = fixture(text, { money: [{ text: '$750 million', value: 750e6 }, { text: '$570 million', value: 570e6 }], claims: { Funds: claim, 'The $570': claim } });
    expect(check(RULE, article)).toHaveLength(1);
    expect(check(RULE, article, { implicitTime: 'none' })).toEqual([]);
    const noSubject = fixture(text, { money: [{ text: '$750 million', value: 750e6 }, { text: '$570 million', value: 570e6 }], claims: { Funds: { ...claim, subject: null }, 'The $570': { ...claim, subject: null } } });
    expect(check(RULE, noSubject)).toEqual([]);
    const prices = fixture('Bitcoin traded at $67,500.\nBitcoin traded at $68,900.', {
      money: [{ text: '$67,500', value: 67500 }, { text: '$68,900', value: 68900 }],
      claims: { Bitcoin: { subject: 'Bitcoin', measure: 'price', time: '2025-05-28', timeScope: 'published' } },
    });
    expect(check(RULE, prices)).toEqual([]);
    expect(check(RULE, prices, { implicitTime: 'all' })).toEqual([]);
  });

  it('does not compare a figure with an explicit time against one without', () => {
    const text = 'In May 2025, funds saw $750 million in net outflows.\nThe $570 million net outflows weighed on sentiment.';
    const article = fixture(text, {
      money: [{ text: '$750 million', value: 750e6 }, { text: '$570 million', value: 570e6 }],
      timestamps: [{ text: 'May 2025', value: '2025-05' }],
      claims: { 'In May': { subject: 'Funds', measure: 'flow', time: '2025-05', timeScope: 'sentence' }, 'The $570': { subject: 'Funds', measure: 'flow', time: null, timeScope: 'published' } },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('does not compare the same subject in different places', () => {
    const text = 'US-based Bitcoin funds shed $1.8 billion.\nBitcoin funds shed $1.09 billion.';
    const claim = { subject: 'Bitcoin', measure: 'flow', time: null, timeScope: null };
    const article = fixture(text, {
      money: [{ text: '$1.8 billion', value: 1.8e9 }, { text: '$1.09 billion', value: 1.09e9 }],
      entities: [{ text: 'US', type: 'PLACE' }],
      claims: { 'US-based': claim, 'Bitcoin funds shed $1.09': claim },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('skips sentences that list figures "respectively"', () => {
    const text = 'In May 2025, XRP and SUI funds saw outflows of $18.2 million and $6 million, respectively.\nIn May 2025, XRP funds saw outflows of $9 million.';
    const claim = { subject: 'XRP', measure: 'flow', time: '2025-05', timeScope: 'sentence' as const };
    const article = fixture(text, {
      money: [{ text: '$18.2 million', value: 18.2e6 }, { text: '$6 million', value: 6e6 }, { text: '$9 million', value: 9e6 }],
      timestamps: [{ text: 'May 2025', value: '2025-05' }, { text: 'May 2025', value: '2025-05' }],
      claims: { 'XRP and SUI': claim, 'XRP funds saw': claim },
    });
    expect(check(RULE, article)).toEqual([]);
  });

  it('compares percentages of the same change', () => {
    const text = 'On May 28, 2025, NVIDIA shares dropped 2.3% on the NASDAQ.\nOn May 28, 2025, NVIDIA shares dropped 3.2% on the NASDAQ.';
    const claim = { subject: 'NVIDIA', measure: 'change', time: '2025-05-28', timeScope: 'sentence' as const };
    const article = fixture(text, {
      percentages: [{ text: '2.3%', value: 2.3 }, { text: '3.2%', value: 3.2 }],
      timestamps: [{ text: 'May 28, 2025', value: '2025-05-28' }, { text: 'May 28, 2025', value: '2025-05-28' }],
      claims: { 'On May': claim },
    });
    expect(check(RULE, article).map((f) => f.messageId)).toEqual(['disagrees']);
    expect(check(RULE, article, { kinds: ['money'] })).toEqual([]);
  });
});
