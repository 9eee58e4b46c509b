/**
 * Plain-text boilerplate rules: `flagged` rows are dropped with their reason, `valid` rows
 * are article text that must stay. Each row is one paragraph set among ordinary body
 * paragraphs, so rules that look at neighbours and position see a real context.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../pipeline/boilerplate.js';

const BODY = [
  'Bitcoin exchange-traded funds drew $1.2 billion of net inflows last week, according to CoinShares.',
  'BlackRock’s iShares Bitcoin Trust took in $870 million of the total, the asset manager said.',
  'The price of bitcoin rose 4.2% to $67,300 on Monday, its highest level in five weeks.',
];

/** The verdict on `paragraph` placed second among the body paragraphs. */
function verdict(paragraph: string, fromHtml = false): string | null {
  const all = [BODY[0]!, paragraph, BODY[1]!, BODY[2]!];
  const { removed } = removeBoilerplate(all, { fromHtml });
  return removed.find((r) => r.text === paragraph)?.reason ?? null;
}

describe('removeBoilerplate: flagged', () => {
  const flagged: { text: string; reason: string }[] = [
    { text: 'Read more: Why ether funds keep losing money', reason: 'teaser' },
    { text: 'Advertisement', reason: 'ui-label' },
    { text: 'Share this article', reason: 'ui-label' },
    { text: 'Image credit: Getty Images', reason: 'ui-label' },
    { text: 'Disclaimer: This article is for informational purposes only and is not investment advice.', reason: 'disclaimer' },
    { text: 'Sign up for our newsletter to get the day’s biggest stories.', reason: 'site-chrome' },
    { text: '© 2025 Example Media. All rights reserved.', reason: 'site-chrome' },
    { text: 'By Jane Doe', reason: 'byline' },
    { text: 'By REUTERS STAFF — Nov. 18, 2019', reason: 'byline' },
    { text: 'by Jeff Foust, November 18, 2019', reason: 'byline' },
    { text: 'Updated 1:39 am EST, Wednesday, November 20, 2019', reason: 'dateline' },
    { text: 'Nov. 20, 2019, 9:28 AM UTC', reason: 'dateline' },
    { text: 'First Published on Nov 20, 2019 01:38 pm', reason: 'dateline' },
    { text: '2025-06-02 09:30', reason: 'dateline' },
    { text: 'Follow NBC Latino on Facebook, Twitter and Instagram.', reason: 'promo' },
    { text: 'Get the latest updates right in your inbox. Subscribe to our newsletters.', reason: 'promo' },
    { text: '(Reporting by Will Dunham; Editing by Tom Brown)', reason: 'credits' },
    { text: 'Keith Bradsher contributed reporting from Hong Kong.', reason: 'credits' },
    { text: 'Fox News’ Jessica Napoli contributed to this report.', reason: 'credits' },
    { text: 'Protesters do not want Hong Kong to lose its autonomy (Image: Getty)', reason: 'caption' },
    { text: 'Image 1 of 5', reason: 'caption' },
    { text: 'Subscribe to WIRED and stay smart with more of your favorite writers.', reason: 'promo' },
    { text: 'Like this story? Share it with a friend!', reason: 'promo' },
    { text: 'Tags: Bitcoin, ETFs, BlackRock', reason: 'tag-list' },
    { text: 'Filed under: Markets |', reason: 'tag-list' },
    { text: 'We may earn a commission if you buy something through links in this article.', reason: 'disclaimer' },
    { text: 'jane.doe@example.com', reason: 'author-blurb' },
    { text: 'Have a tip? Jane Doe may be reached at jdoe@example.com.', reason: 'author-blurb' },
  ];
  it.each(flagged)('$reason: $text', ({ text, reason }) => {
    expect(verdict(text)).toBe(reason);
    expect(verdict(text, true)).toBe(reason);
  });
});

describe('removeBoilerplate: valid (kept)', () => {
  const valid = [
    'By most accounts, the fund’s launch was a success, with $1 billion raised in its first week.',
    'By the time the market opened, shares had fallen 12%.',
    'Revenue 2019',
    'Q3 2025',
    'The meeting is on May 28, 2025 at 10:00 EST.',
    'Bitcoin funds saw $1bn of inflows (Source: CoinShares)',
    'Following the report, the stock rose 5% to $42.',
    'Analysts said the rally could continue into June, with inflows of about $2 billion a week.',
    'Where the money went',
    'Investors can subscribe to the offering until Friday, the company said.',
    'The exchange said tags on the orders showed $3 billion of buying.',
  ];
  it.each(valid)('%s', (text) => {
    expect(verdict(text)).toBeNull();
    expect(verdict(text, true)).toBeNull();
  });
});

describe('removeBoilerplate: layout rules are for plain text only', () => {
  const rows = [
    {
      name: 'a teaser heading ends a plain-text article, not an HTML one (the DOM stage decides there)',
      paragraphs: [...BODY, 'Related stories', 'Ether slides as traders pull money'],
      text: ['Related stories', 'Ether slides as traders pull money'],
      html: [],
    },
    {
      name: 'any "more … stories" heading is a teaser heading',
      paragraphs: [...BODY, 'More Great Crypto Stories', 'Ether slides as traders pull money'],
      text: ['More Great Crypto Stories', 'Ether slides as traders pull money'],
      html: [],
    },
    {
      name: 'a run of short lines is a tag list in plain text, list items in HTML',
      paragraphs: [...BODY, 'bitcoin ETF', 'fund flows', 'CoinShares weekly report'],
      text: ['bitcoin ETF', 'fund flows', 'CoinShares weekly report'],
      html: [],
    },
    {
      name: 'short lines with figures are table rows, kept in both',
      paragraphs: [...BODY, 'IBIT $870m', 'FBTC $210m', 'ARKB $95m', 'Shr 97 cts vs 81 cts'],
      text: [],
      html: [],
    },
    {
      name: 'a line another rule drops does not break a tag run',
      paragraphs: [...BODY, 'crypto fund flows', 'bitcoin ETF', 'CoinShares', 'weekly flows report'],
      text: ['crypto fund flows', 'bitcoin ETF', 'CoinShares', 'weekly flows report'],
      html: ['CoinShares'],
    },
  ];
  it.each(rows)('$name', ({ paragraphs, text, html }) => {
    expect(removeBoilerplate(paragraphs).removed.map((r) => r.text)).toEqual(text);
    expect(removeBoilerplate(paragraphs, { fromHtml: true }).removed.map((r) => r.text)).toEqual(html);
  });
});
