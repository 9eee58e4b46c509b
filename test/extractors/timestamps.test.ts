import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { segment } from '../../pipeline/segment.js';
import type { Timestamp } from '../../pipeline/types.js';
import { lookupZone, offsetOn } from '../../extractors/zones.js';

/** Timestamps of plain paragraphs (every extractor runs, as in the pipeline, without cleaning). */
function timestampsOf(text: string, published: string | null = '2025-05-28'): Timestamp[] {
  const article = segment(text.split('\n'));
  return extract(article, { id: null, url: null, title: null, published, publisher: null, author: null }).timestamps;
}

type Row = { text: string; published?: string | null; expect: Partial<Timestamp>[] };

const pick = (t: Timestamp, keys: string[]) => Object.fromEntries(keys.filter((k) => k in t).map((k) => [k, t[k as keyof Timestamp]]));

function check(row: Row) {
  const got = timestampsOf(row.text, row.published === undefined ? '2025-05-28' : row.published);
  const keys = ['text', 'value', 'endValue', 'zone', 'relative'];
  expect(got.map((t) => pick(t, keys))).toEqual(row.expect.map((e) => pick(e as Timestamp, keys)));
  for (const t of got) expect(row.text.slice(t.start, t.end)).toBe(t.text);
}

describe('timestamps: absolute dates and times with zones', () => {
  it.each<Row>([
    {
      text: 'As of May 28, 2025, at 10:00 AM EST, Bitcoin (BTC) was trading at $67,500 on Binance.',
      expect: [{ text: 'May 28, 2025, at 10:00 AM EST', value: '2025-05-28T10:00-05:00', zone: 'EST' }],
    },
    {
      text: 'Shares closed at 4:00 p.m. EDT on June 3, 2025, up 2%.',
      expect: [{ text: '4:00 p.m. EDT on June 3, 2025', value: '2025-06-03T16:00-04:00', zone: 'EDT' }],
    },
    { text: 'The auction ends Jan 5 at 3 p.m. ET.', expect: [{ text: 'Jan 5 at 3 p.m. ET', value: '2025-01-05T15:00-05:00', zone: 'ET' }] },
    { text: 'The vote is due July 9 at 3 p.m. ET.', expect: [{ text: 'July 9 at 3 p.m. ET', value: '2025-07-09T15:00-04:00', zone: 'ET' }] },
    {
      text: 'The Hang Seng closed on 28 May 2025 at 16:10 HKT, while London opened at 08:00 BST.',
      expect: [
        { text: '28 May 2025 at 16:10 HKT', value: '2025-05-28T16:10+08:00', zone: 'HKT' },
        { text: '08:00 BST', value: '2025-05-28T08:00+01:00', zone: 'BST' },
      ],
    },
    { text: 'The data was released on 2025-05-28 and revised on 10/10/2025.', expect: [{ text: '2025-05-28', value: '2025-05-28' }, { text: '10/10/2025', value: '2025-10-10' }] },
    { text: 'The crash on Oct. 10 wiped out $19 billion.', published: '2026-01-20', expect: [{ text: 'Oct. 10', value: '2025-10-10' }] },
    {
      text: 'Trading opened at 9:30 a.m. Eastern time on Jan. 5, 2026.',
      expect: [{ text: '9:30 a.m. Eastern time', value: '2026-01-05T09:30-05:00', zone: 'ET' }, { text: 'Jan. 5, 2026', value: '2026-01-05' }],
    },
    {
      text: 'On May 28, 2025, BTC rose. At 12:00 PM EST it touched $68,000.',
      expect: [{ text: 'May 28, 2025', value: '2025-05-28' }, { text: '12:00 PM EST', value: '2025-05-28T12:00-05:00', zone: 'EST' }],
    },
    { text: 'The index fixed at 15:30 UTC+8 on the day.', expect: [{ text: '15:30 UTC+8', value: '2025-05-28T15:30+08:00', zone: 'UTC+08:00', relative: true }] },
    { text: 'Futures expire Friday, May 30.', expect: [{ text: 'Friday, May 30', value: '2025-05-30' }] },
    {
      text: 'The call is at 0930 bst on Thursday, May 29; the 2025 est. figure stands.',
      expect: [{ text: '0930 bst', value: '2025-05-29T09:30+01:00', zone: 'BST' }, { text: 'Thursday, May 29', value: '2025-05-29' }, { text: '2025', value: '2025' }],
    },
  ])('$text', check);
});

describe('timestamps: partial dates and periods', () => {
  it.each<Row>([
    {
      text: 'SOXX saw $750 million in net outflows in May 2025, the largest since February, and the second time since April 2023.',
      expect: [
        { text: 'May 2025', value: '2025-05' },
        { text: 'February', value: '2025-02' },
        { text: 'April 2023', value: '2023-04' },
      ],
    },
    {
      text: 'It was the biggest weekly withdrawal since mid-November 2025 and the largest since late 2025; a crash on October 10, 2025 started it.',
      published: null,
      expect: [
        { text: 'mid-November 2025', value: '2025-11' },
        { text: 'late 2025', value: '2025' },
        { text: 'October 10, 2025', value: '2025-10-10' },
      ],
    },
    {
      text: 'Revenue in Q3 2025 beat forecasts; 3Q24 was weaker and Q4\'25 guidance was raised.',
      expect: [
        { text: 'Q3 2025', value: '2025-07', endValue: '2025-09' },
        { text: '3Q24', value: '2024-07', endValue: '2024-09' },
        { text: "Q4'25", value: '2025-10', endValue: '2025-12' },
      ],
    },
    {
      text: 'The third quarter of 2024 was strong, and first-quarter sales rose.',
      expect: [
        { text: 'third quarter of 2024', value: '2024-07', endValue: '2024-09' },
        { text: 'first-quarter', value: '2025-01', endValue: '2025-03' },
      ],
    },
    {
      // a period without its year is the one nearest the published day (2025-05-28)
      // in May the coming third quarter is this year's; the fourth quarter just past is last year's
      text: 'Guidance is due by the end of the third quarter; fourth-quarter sales fell.',
      expect: [
        { text: 'third quarter', value: '2025-07', endValue: '2025-09' },
        { text: 'fourth-quarter', value: '2024-10', endValue: '2024-12' },
      ],
    },
    {
      text: 'Fourth-quarter revenue rose 5%.',
      published: '2026-01-20',
      expect: [{ text: 'Fourth-quarter', value: '2025-10', endValue: '2025-12' }],
    },
    {
      text: 'Analysts expect a recovery in H1 2026 or the second half of 2026, after fiscal 2024 and FY25 results.',
      expect: [
        { text: 'H1 2026', value: '2026-01', endValue: '2026-06' },
        { text: 'second half of 2026', value: '2026-07', endValue: '2026-12' },
        { text: 'fiscal 2024', value: '2024' },
        { text: 'FY25', value: '2025' },
      ],
    },
    { text: 'Inflows in 2024 doubled those seen since 2021.', expect: [{ text: '2024', value: '2024' }, { text: '2021', value: '2021' }] },
    { text: 'Prices rose every year from 2020 to 2024 and in the 2024-25 season.', expect: [{ text: '2020 to 2024', value: '2020', endValue: '2024' }, { text: '2024-25', value: '2024', endValue: '2025' }] },
    { text: 'The bill passed in early May and takes effect by the end of June 2026.', expect: [{ text: 'early May', value: '2025-05' }, { text: 'the end of June 2026', value: '2026-06' }] },
    { text: 'No date is known from January alone.', published: null, expect: [{ text: 'January' }] },
  ])('$text', check);
});

describe('timestamps: relative expressions', () => {
  it.each<Row>([
    {
      text: 'Outflows hit $1.7 billion last week, reversing the prior week. Bitcoin fell yesterday and over the past month.',
      expect: [
        { text: 'last week', value: '2025-05-19', endValue: '2025-05-25', relative: true },
        { text: 'yesterday', value: '2025-05-27', relative: true },
        { text: 'the past month', value: '2025-04-28', endValue: '2025-05-28', relative: true },
      ],
    },
    {
      text: 'Volume over the past 24 hours rose; three days ago it fell, and year-to-date it is up.',
      expect: [
        { text: 'the past 24 hours', value: '2025-05-27', endValue: '2025-05-28', relative: true },
        { text: 'three days ago', value: '2025-05-25', relative: true },
        { text: 'year-to-date', value: '2025-01-01', endValue: '2025-05-28', relative: true },
      ],
    },
    { text: 'The Fed met on Tuesday and meets again next Wednesday.', expect: [{ text: 'Tuesday', value: '2025-05-27', relative: true }, { text: 'next Wednesday', value: '2025-06-04', relative: true }] },
    { text: 'Shares fell on Wednesday.', expect: [{ text: 'Wednesday', value: '2025-05-28', relative: true }] },
    { text: 'Bitcoin fell yesterday at 4 p.m. ET.', expect: [{ text: 'yesterday at 4 p.m. ET', value: '2025-05-27T16:00-04:00', zone: 'ET', relative: true }] },
    { text: 'Revenue rose last month and this year, and will grow next year.', expect: [{ text: 'last month', value: '2025-04', relative: true }, { text: 'this year', value: '2025', relative: true }, { text: 'next year', value: '2026', relative: true }] },
    { text: 'Sales for last quarter and the past two quarters.', expect: [{ text: 'last quarter', value: '2025-01', endValue: '2025-03', relative: true }, { text: 'the past two quarters', value: '2024-10', endValue: '2025-03', relative: true }] },
    { text: 'The target is for year-end.', expect: [{ text: 'year-end', value: '2025', relative: true }] },
    { text: 'Bitcoin fell yesterday and last week.', published: null, expect: [{ text: 'yesterday', relative: true }, { text: 'last week', relative: true }] },
  ])('$text', check);
});

describe('timestamps: not timestamps', () => {
  it.each<Row>([
    { text: 'Bitcoin may rise as the 4-hour chart turns, with a 24-hour volume of $25 billion within four hours.', expect: [] },
    { text: 'Crypto trades 24/7 and the odds are 3/4 at a ratio of 3:1.', expect: [] },
    { text: 'BTC hit 2100 and 2025 BTC were moved to cold storage.', expect: [] },
    { text: 'The Russell 2000 rose 2.4% and the Wilshire 5000 followed.', expect: [] },
    { text: 'May traders stay cautious? The same timestamp and that window were volatile.', expect: [] },
    { text: 'The fund returned 2025% and cost $2,025.', expect: [] },
    { text: 'He won the race in 1:18.9, well ahead.', expect: [] },
    { text: 'We March to keep his dream alive.', expect: [] },
    { text: 'Labs showed a BUN/Cr of 30/4.85.', expect: [] },
  ])('$text', check);
});

describe('zones', () => {
  it.each([
    { zone: 'EST', date: [2025, 5, 28], offset: -300 },
    { zone: 'EDT', date: [2025, 1, 5], offset: -240 },
    { zone: 'ET', date: [2025, 5, 28], offset: -240 },
    { zone: 'ET', date: [2025, 1, 5], offset: -300 },
    { zone: 'ET', date: [2025, 3, 9], offset: -240 },
    { zone: 'ET', date: [2025, 3, 8], offset: -300 },
    { zone: 'PT', date: [2025, 11, 3], offset: -480 },
    // the historical US rule: in 1987 daylight time began on the first Sunday of April
    { zone: 'ET', date: [1987, 3, 20], offset: -300 },
    { zone: 'ET', date: [1987, 4, 10], offset: -240 },
    { zone: 'ET', date: [1987, 10, 30], offset: -300 },
    { zone: 'London time', date: [2025, 7, 1], offset: 60 },
    { zone: 'London time', date: [2025, 12, 1], offset: 0 },
    { zone: 'Sydney time', date: [2025, 12, 1], offset: 660 },
    { zone: 'Sydney time', date: [2025, 6, 1], offset: 600 },
    { zone: 'IST', date: [2025, 6, 1], offset: 330 },
    { zone: 'GMT-05:00', date: [2025, 6, 1], offset: -300 },
  ])('$zone on $date → $offset', ({ zone, date, offset }) => {
    const z = lookupZone(zone);
    expect(z).not.toBeNull();
    const [y, m, d] = date as [number, number, number];
    expect(offsetOn(z!, y, m, d)).toBe(offset);
  });

  it('does not take lower-case words for abbreviations', () => {
    expect(lookupZone('et')).toBeNull();
  });

});

describe('timestamps: wire times, lower-case zones and the date of a clock time', () => {
  it.each<Row>([
    { text: 'Brent was down 0.4 pct at 73.52 dlrs by 1500 GMT.', published: '2024-12-04', expect: [{ text: '1500 GMT', value: '2024-12-04T15:00+00:00', zone: 'GMT', relative: true }] },
    { text: 'The figures, released at 1030 EST, compared with forecasts.', published: '2025-08-13', expect: [{ text: '1030 EST', value: '2025-08-13T10:30-05:00', zone: 'EST', relative: true }] },
    { text: 'Trading in Frankfurt resumed at 1645 hrs CEST.', published: '2025-02-10', expect: [{ text: '1645 hrs CEST', value: '2025-02-10T16:45+02:00', zone: 'CEST', relative: true }] },
    // four digits without a zone stay what they were (a year, a count)
    { text: 'The plant opened in 1998 and employs 1500 people.', expect: [{ text: '1998', value: '1998' }] },
    {
      text: 'Ether was trading at $3,712 at 4:00 pm est on Thursday, CoinGecko data showed.',
      published: '2025-07-25',
      expect: [{ text: '4:00 pm est on Thursday', value: '2025-07-24T16:00-05:00', zone: 'EST', relative: true }],
    },
    // "et" stays a word
    { text: 'Smith et al. said the vote was at 4 pm.', expect: [{ text: '4 pm', value: '2025-05-28T16:00', relative: true }] },
    {
      // the date written in an earlier paragraph dates a clock time in a later one
      text: 'The Fed cut rates on Wednesday, October 29.\nPolicymakers released the statement at 2:00 p.m. EST.',
      published: '2025-11-03',
      expect: [
        { text: 'Wednesday, October 29', value: '2025-10-29' },
        { text: '2:00 p.m. EST', value: '2025-10-29T14:00-05:00', zone: 'EST' },
      ],
    },
    {
      // a date that bounds a period, or a possessive weekday, does not date what follows
      text: "Stocks fell from Wednesday's close. Inventories rose in the week ended Aug 8, the EIA said at 10:30 a.m. EDT.",
      published: '2025-08-13',
      expect: [
        { text: 'Wednesday', value: '2025-08-13', relative: true },
        { text: 'Aug 8', value: '2025-08-08' },
        { text: '10:30 a.m. EDT', value: '2025-08-13T10:30-04:00', zone: 'EDT', relative: true },
      ],
    },
    {
      text: 'By 0800 GMT on Thursday, January 16, the euro had risen.',
      published: '2025-01-16',
      expect: [
        { text: '0800 GMT', value: '2025-01-16T08:00+00:00', zone: 'GMT' },
        { text: 'Thursday, January 16', value: '2025-01-16' },
      ],
    },
    {
      // fiscal and crop years, also before punctuation and with one digit
      text: 'Demand may grow four pct in 1987/88, he said. The 1987/8 budget and the 1999/00 crop, between 2019 and 2021.',
      published: '1987-03-16',
      expect: [
        { text: '1987/88', value: '1987', endValue: '1988' },
        { text: '1987/8', value: '1987', endValue: '1988' },
        { text: '1999/00', value: '1999', endValue: '2000' },
        { text: '2019 and 2021', value: '2019', endValue: '2021' },
      ],
    },
    {
      // a place or a noun between the clock time and its date
      text: 'At 3 p.m. in London on Friday, May 30, gold traded at $2,348. The 4 p.m. Tokyo fix on May 29 was lower.',
      published: '2025-06-02',
      expect: [
        { text: '3 p.m.', value: '2025-05-30T15:00' },
        { text: 'Friday, May 30', value: '2025-05-30' },
        { text: '4 p.m.', value: '2025-05-29T16:00' },
        { text: 'May 29', value: '2025-05-29' },
      ],
    },
  ])('$text', check);
});
