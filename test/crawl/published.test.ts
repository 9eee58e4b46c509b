/** Publication dates in the forms feeds, sitemaps and records write them. */
import { describe, expect, it } from 'vitest';
import { publishedTime, readPublished } from '../../pipeline/published.js';

describe('readPublished', () => {
  it.each([
    ['Wed, 28 May 2025 10:00:00 GMT', '2025-05-28T10:00:00Z'],
    ['Wed, 28 May 2025 10:00:00 +0200', '2025-05-28T10:00:00+02:00'],
    ['28 May 2025 10:00 EST', '2025-05-28T10:00:00-05:00'],
    ['Thu, 5 Jun 2025 08:30:15 -0400', '2025-06-05T08:30:15-04:00'],
    ['Wed, 28 May 25 10:00:00 GMT', '2025-05-28T10:00:00Z'],
    ['Wednesday, 28 May 2025 10:00:00 UT', '2025-05-28T10:00:00Z'],
    ['2025-05-28 10:00:00', '2025-05-28T10:00:00'],
    ['2025-05-28 10:00:00 +01:00', '2025-05-28T10:00:00+01:00'],
    ['2025-05-28T10:00:00Z', '2025-05-28T10:00:00Z'],
    ['2025-05-28T10:00:00.123+05:30', '2025-05-28T10:00:00.123+05:30'],
    ['2025-05-28T10:00+01:00', '2025-05-28T10:00+01:00'],
    ['2025-05-28', '2025-05-28'],
    ['2025-05', '2025-05'],
    ['2025', '2025'],
    ['  2024-02-29  ', '2024-02-29'],
  ])('%s → %s', (raw, iso) => {
    expect(readPublished(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', '2025-02-30', '2023-02-29', '2025-13-01', '2025-05-28T25:00:00Z', '0000-01-01', 'Wed, 31 Jun 2025 10:00:00 GMT', 'Wed, 28 Foo 2025 10:00:00 GMT', '28/05/2025', '2025-05-28T10:00:00+25:00'])(
    '%j is not read',
    (raw) => {
      expect(readPublished(raw)).toBeNull();
    },
  );

  it('gives times for comparison, a date without zone read as UTC', () => {
    expect(publishedTime('2025-05-28T10:00:00Z')).toBe(Date.UTC(2025, 4, 28, 10));
    expect(publishedTime('2025-05-28T10:00:00')).toBe(Date.UTC(2025, 4, 28, 10));
    expect(publishedTime('2025-05')).toBe(Date.UTC(2025, 4, 1));
    expect(publishedTime('2025-05-28T12:00:00+02:00')).toBe(Date.UTC(2025, 4, 28, 10));
  });
});
