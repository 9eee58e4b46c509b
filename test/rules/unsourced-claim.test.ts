/** unsourced-claim on hand-built claims: where the link stage found (or did not find) a source. */
import { describe, expect, it } from 'vitest';
import { check, fixture } from './fixture.js';

const RULE = 'unsourced-claim';

describe(RULE, () => {
  it('flags each claim sentence with no named source, with the sentence as span', () => {
    const article = fixture('Funds saw a $1.7 billion net outflow last week. Bitcoin funds lost $1.09 billion.\nEther funds lost $630 million, CoinShares said.', {
      money: [{ text: '$1.7 billion', value: 1.7e9 }, { text: '$1.09 billion', value: 1.09e9 }, { text: '$630 million', value: 630e6 }],
      claims: { 'Ether funds': { sources: ['CoinShares'], sourceScope: 'sentence' } },
    });
    const flags = check(RULE, article);
    expect(flags.map((f) => [f.messageId, f.flagged])).toEqual([
      ['unsourced', 'Funds saw a $1.7 billion net outflow last week.'],
      ['unsourced', 'Bitcoin funds lost $1.09 billion.'],
    ]);
    expect(flags[0]!.severity).toBe('warning');
    expect(flags[0]!.message).toBe('Unsourced figure `$1.7 billion`: no named source in the sentence, its paragraph or an article-level source line');
  });

  it('accepts sources found in the paragraph or an article-level line', () => {
    const article = fixture('Funds saw a $1.7 billion net outflow last week. Bitcoin funds lost $1.09 billion.', {
      money: [{ text: '$1.7 billion', value: 1.7e9 }, { text: '$1.09 billion', value: 1.09e9 }],
      claims: {
        'Funds saw': { sources: ['CoinShares'], sourceScope: 'paragraph' },
        'Bitcoin funds': { sources: ['CoinShares'], sourceScope: 'article' },
      },
    });
    expect(check(RULE, article)).toEqual([]);
    // a strict desk: only the sentence counts
    expect(check(RULE, article, { scopes: ['sentence'] }).map((f) => f.messageId)).toEqual(['unsourced', 'unsourced']);
  });

  it('says a vague attribution was vague, and points at it', () => {
    const article = fixture('Analysts say Solana funds attracted $17.1 million last week.', {
      money: [{ text: '$17.1 million', value: 17.1e6 }],
      sources: [{ text: 'Analysts', vague: true, name: 'analysts' }],
      claims: { Solana: { vagueSources: ['analysts'] } },
    });
    const [flag] = check(RULE, article);
    expect(flag!.messageId).toBe('vague');
    expect(flag!.message).toBe('Vaguely sourced figure `$17.1 million`: `Analysts` names no source');
    expect(flag!.relatedText).toEqual(['Analysts']);
  });

  it('uses a vague attribution stated earlier in the paragraph when the sentence has none', () => {
    const article = fixture('Industry researchers point to weak prices. Funds lost $1.7 billion last week.', {
      money: [{ text: '$1.7 billion', value: 1.7e9 }],
      sources: [{ text: 'Industry researchers', vague: true }],
    });
    expect(check(RULE, article).map((f) => f.messageId)).toEqual(['vague']);
  });

  it('does not let a vague attribution stated after the claim speak for it', () => {
    const article = fixture('Funds lost $1.7 billion last week. Industry researchers point to weak prices.', {
      money: [{ text: '$1.7 billion', value: 1.7e9 }],
      sources: [{ text: 'Industry researchers', vague: true }],
    });
    expect(check(RULE, article).map((f) => f.messageId)).toEqual(['unsourced']);
  });

  it('lists several figures of one sentence in one flag', () => {
    const article = fixture('XRP and SUI saw withdrawals of $18.2 million and $6 million, respectively.', {
      money: [{ text: '$18.2 million', value: 18.2e6 }, { text: '$6 million', value: 6e6 }],
    });
    const flags = check(RULE, article);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toContain('figures `$18.2 million` and `$6 million`');
  });

  it.each([
    ['a conditional clause', 'Momentum could build if volumes sustain above $10 billion daily.', '$10 billion', 10e9],
    ['a leading conditional', 'If bitcoin clears $70,000, traders expect a breakout.', '$70,000', 70000],
    ['a possible future', 'Bitcoin could reach $100,000 by the end of the year.', '$100,000', 100000],
    ['a question', 'Can bitcoin hold $60,000 this week?', '$60,000', 60000],
  ])('asks no source of a figure in %s', (_, text, figure, value) => {
    const article = fixture(text, { money: [{ text: figure, value }] });
    expect(check(RULE, article)).toEqual([]);
    expect(check(RULE, article, { ignoreHypothetical: false })).toHaveLength(1);
  });

  it('still flags a stated fact beside a hypothetical', () => {
    const article = fixture('Bitcoin traded at $67,500 on Monday and could reach $70,000 if buying continues.', {
      money: [{ text: '$67,500', value: 67500 }, { text: '$70,000', value: 70000 }],
    });
    const [flag] = check(RULE, article);
    expect(flag!.message).toContain('`$67,500`');
    expect(flag!.message).not.toContain('$70,000');
  });

  it('does not ask a source again of a figure an earlier claim attributed', () => {
    const article = fixture('SOXX saw $750 million of net outflows in May, The Kobeissi Letter said.\nThe $750 million net outflows signal declining confidence.', {
      money: [{ text: '$750 million', value: 750e6 }, { text: '$750 million', value: 750e6 }],
      claims: { 'Kobeissi': { sources: ['The Kobeissi Letter'], sourceScope: 'sentence' } },
    });
    expect(check(RULE, article)).toEqual([]);
    expect(check(RULE, article, { ignoreRepeats: false })).toHaveLength(1);
  });

  it('flags a repeat of a figure that was itself unsourced', () => {
    const article = fixture('Semiconductor ETFs absorbed $3.2 billion since January.\nWhile the $3.2 billion inflow figure is significant, risks remain.', {
      money: [{ text: '$3.2 billion', value: 3.2e9 }, { text: '$3.2 billion', value: 3.2e9 }],
    });
    expect(check(RULE, article)).toHaveLength(2);
  });

  it('takes an official body that decides the figure as its own source, not a body the sentence only mentions', () => {
    const decided = fixture("LIMA, April 21 (Andes Wire) - Peru's Ministry of Production set the anchovy quota at 2.48 million tonnes on Tuesday.", {
      quantities: [{ text: '2.48 million tonnes', value: 2.48e6, unit: 'tonnes' }],
      entities: [{ text: "Peru's Ministry of Production" }],
    });
    expect(check(RULE, decided)).toEqual([]);
    const mentioned = fixture("Fishmeal makers expect Peru's Ministry of Production to set the quota at 2.48 million tonnes.", {
      quantities: [{ text: '2.48 million tonnes', value: 2.48e6, unit: 'tonnes' }],
      entities: [{ text: "Peru's Ministry of Production" }],
    });
    expect(check(RULE, mentioned)).toHaveLength(1);
  });

  it('rejects unknown options before any article', () => {
    expect(() => check(RULE, fixture('x'), { scope: ['sentence'] })).toThrow(/scope/);
    expect(() => check(RULE, fixture('x'), { scopes: ['chapter'] })).toThrow(/scopes/);
  });
});
