/** timezone-mismatch on hand-built timestamps, and its daylight-saving calendars. */
import { describe, expect, it } from 'vitest';
import { seasonOn } from '../../extractors/zones.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { check, fixture } from './fixture.js';

const RULE = 'timezone-mismatch';

const one = (text: string, stamp: string, value: string, zone?: string, options?: Record<string, unknown>) =>
  check(RULE, fixture(`Bitcoin was at $67,500 ${text}, CoinGecko data showed.`, { timestamps: [{ text: stamp, value, ...(zone ? { zone } : {}) }] }), options);

describe(RULE, () => {
  it.each([
    // [text, timestamp text, value, zone, expected message ids]
    ['at 10:00 AM EST on May 28, 2025', '10:00 AM EST on May 28, 2025', '2025-05-28T10:00-05:00', 'EST', ['standardInSummer']],
    ['at 10:00 AM EDT on May 28, 2025', '10:00 AM EDT on May 28, 2025', '2025-05-28T10:00-04:00', 'EDT', []],
    ['at 10:00 AM ET on May 28, 2025', '10:00 AM ET on May 28, 2025', '2025-05-28T10:00-04:00', 'ET', []],
    ['at 10:00 AM PT on January 8, 2025', '10:00 AM PT on January 8, 2025', '2025-01-08T10:00-08:00', 'PT', []],
    ['at 2:00 PM EDT on January 8, 2025', '2:00 PM EDT on January 8, 2025', '2025-01-08T14:00-04:00', 'EDT', ['daylightInWinter']],
    ['at 2:00 PM EST on January 8, 2025', '2:00 PM EST on January 8, 2025', '2025-01-08T14:00-05:00', 'EST', []],
    ['at 9:00 PST on July 4, 2025', '9:00 PST on July 4, 2025', '2025-07-04T09:00-08:00', 'PST', ['standardInSummer']],
    ['at 9:00 BST on December 2, 2025', '9:00 BST on December 2, 2025', '2025-12-02T09:00+01:00', 'BST', ['daylightInWinter']],
    ['at 9:00 BST on June 2, 2025', '9:00 BST on June 2, 2025', '2025-06-02T09:00+01:00', 'BST', []],
    ['at 9:00 GMT on June 2, 2025', '9:00 GMT on June 2, 2025', '2025-06-02T09:00+00:00', 'GMT', []],
    ['at 15:00 CEST on February 3, 2025', '15:00 CEST on February 3, 2025', '2025-02-03T15:00+02:00', 'CEST', ['daylightInWinter']],
    ['at 10:00 AEDT on July 1, 2025', '10:00 AEDT on July 1, 2025', '2025-07-01T10:00+11:00', 'AEDT', ['daylightInWinter']],
    ['at 10:00 AEDT on January 10, 2025', '10:00 AEDT on January 10, 2025', '2025-01-10T10:00+11:00', 'AEDT', []],
    // CST in summer is US Central standard time out of season, unless the article names a place that keeps CST all year (below)
    ['at 10:00 CST on July 1, 2025', '10:00 CST on July 1, 2025', '2025-07-01T10:00-06:00', 'CST', ['standardInSummer']],
    // a switch day is never flagged (2025-03-09 US spring forward)
    ['at 10:00 AM EST on March 9, 2025', '10:00 AM EST on March 9, 2025', '2025-03-09T10:00-05:00', 'EST', []],
    ['at 10:00 AM EST on March 10, 2025', '10:00 AM EST on March 10, 2025', '2025-03-10T10:00-05:00', 'EST', ['standardInSummer']],
    // 1987: US daylight time started on April 5; EST on March 26 was right
    ['at 10:00 AM EST on March 26, 1987', '10:00 AM EST on March 26, 1987', '1987-03-26T10:00-05:00', 'EST', []],
    ['at 10:00 AM EST on April 20, 1987', '10:00 AM EST on April 20, 1987', '1987-04-20T10:00-05:00', 'EST', ['standardInSummer']],
    // a month alone: every day of July is summer
    ['in July 2025 EST', 'July 2025 EST', '2025-07', 'EST', ['standardInSummer']],
    // a month alone that holds the switch is not flagged
    ['in March 2025 EST', 'March 2025 EST', '2025-03', 'EST', []],
    // a zone with no resolved date is not flagged
    ['at 10:00 AM EST', '10:00 AM EST', '', 'EST', []],
  ])('%s', (text, stamp, value, zone, want) => {
    const flags = one(text, stamp, value, zone);
    expect(flags.map((f) => f.messageId)).toEqual(want);
    for (const f of flags) {
      // (told on the time's sentence)
      expect(f.flagged).toContain(stamp);
      expect(f.flagged).toMatch(/^Bitcoin was at .*showed\.$/);
      expect(f.severity).toBe('error');
    }
  });

  it('reads the zone from the text when the extractor gave none', () => {
    expect(one('at 10:00 AM EST on May 28, 2025', '10:00 AM EST on May 28, 2025', '2025-05-28T10:00-05:00').map((f) => f.messageId)).toEqual(['standardInSummer']);
  });

  it('does not take a generic city clock for the standard abbreviation (Frankfurt time → CET)', () => {
    expect(one('at 9:00 Frankfurt time on July 1, 2025', '9:00 Frankfurt time on July 1, 2025', '2025-07-01T09:00+02:00', 'CET', { zones: ['CET'] })).toEqual([]);
  });

  it('checks only the zones asked for (zones option)', () => {
    expect(one('at 10:00 CST on July 1, 2025', '10:00 CST on July 1, 2025', '2025-07-01T10:00-06:00', 'CST', { zones: ['EST'] })).toEqual([]);
  });

  it.each([
    ['CST', 'in Beijing', '10:00 CST on July 1, 2025', '2025-07-01T10:00-06:00'],
    ['CST', 'in Guatemala City', '10:30 CST on July 7, 2026', '2026-07-07T10:30-06:00'],
    ['MST', 'in Phoenix, Arizona', '10:00 MST on July 1, 2025', '2025-07-01T10:00-07:00'],
    ['AEST', 'in Brisbane', '10:00 AEST on January 10, 2025', '2025-01-10T10:00+10:00'],
  ])('leaves %s alone where the article names a place that keeps it all year (%s)', (zone, place, stamp, value) => {
    const flags = check(RULE, fixture(`Shares traded ${place} at ${stamp}, data showed.`, { timestamps: [{ text: stamp, value, zone }] }));
    expect(flags).toEqual([]);
  });

  it('leaves CST alone under a Mexican dateline, and not for a US story that names Mexico as a buyer', () => {
    const stamp = '9:00 a.m. CST on July 1, 2025';
    const at = { timestamps: [{ text: stamp, value: '2025-07-01T09:00-06:00', zone: 'CST' }] };
    expect(check(RULE, fixture(`MEXICO CITY, July 1 - The data were released at ${stamp}, the central bank said.`, at))).toEqual([]);
    expect(check(RULE, fixture(`CHICAGO, July 1 - Exporters sold corn to Mexico; the report came at ${stamp}, traders said.`, at)).map((f) => f.messageId)).toEqual(['standardInSummer']);
  });

  it('leaves EST alone under a Panamanian dateline (Panama keeps it all year)', () => {
    const stamp = '10:00 a.m. EST on July 9, 2025';
    const at = { timestamps: [{ text: stamp, value: '2025-07-09T10:00-05:00', zone: 'EST' }] };
    expect(check(RULE, fixture(`PANAMA CITY, July 9 - The tender closed at ${stamp}, local time, the authority said.`, at))).toEqual([]);
    expect(check(RULE, fixture(`NEW YORK, July 9 - Ships queued at the Panama Canal; bids closed at ${stamp}, brokers said.`, at)).map((f) => f.messageId)).toEqual(['standardInSummer']);
  });

  describe('end to end, from the text', () => {
    const analyze = createAnalyzer();
    const zoneFlags = (text: string) => analyze({ text, published: '2026-12-12', title: 'Test' }, { input: 'test' }).flags.filter((f) => f.rule === RULE);
    it('reads the European dotted clock before a zone ("10.00 CEST")', () => {
      expect(zoneFlags('Vindholm reported orders in Aarhus at 10.00 CEST on Thursday, Dec. 10, the company said.').map((f) => f.messageId)).toEqual(['daylightInWinter']);
      expect(zoneFlags('Vindholm reported orders in Aarhus at 10.00 CET on Thursday, Dec. 10, the company said.')).toEqual([]);
    });
    it('judges a spelled-out US zone although the story names China', () => {
      expect(zoneFlags('The report came out at 7:30 a.m. Central Standard Time on Thursday, June 18, the USDA said. China bought nothing, it said.').map((f) => f.messageId)).toEqual(['standardInSummer']);
    });
    it('leaves CST alone in a paragraph set in Saskatchewan, not in one set in Manitoba', () => {
      const text =
        'Prairie Crush held its call at 10:00 a.m. CST on Thursday, Aug. 20, from its Winnipeg head office, the company said.\n' +
        'Its Saskatoon plant restarted at 6:00 a.m. CST on Monday, Aug. 24, the company said. The province does not change its clocks.';
      const flags = zoneFlags(text);
      expect(flags.map((f) => f.messageId)).toEqual(['standardInSummer']);
      expect(text.slice(flags[0]!.start, flags[0]!.end)).toContain('10:00 a.m. CST');
    });
  });

  it('reads a lower-case zone the extractor accepted after a clock time', () => {
    expect(one('at 4:00 pm est on July 24, 2025', '4:00 pm est on July 24, 2025', '2025-07-24T16:00-05:00', 'EST').map((f) => f.messageId)).toEqual(['standardInSummer']);
  });

  it('says which zone was written, which holds and on what date', () => {
    const [flag] = one('at 10:00 AM EST on May 28, 2025', '10:00 AM EST on May 28, 2025', '2025-05-28T10:00-05:00', 'EST');
    expect(flag!.message).toBe('`EST` is standard time, but US Eastern clocks were on daylight time on May 28, 2025: write `EDT` or a generic zone');
  });

  it('knows the daylight-saving calendars', () => {
    expect(seasonOn('us', 2025, 3, 8)).toBe('winter');
    expect(seasonOn('us', 2025, 3, 9)).toBeNull();
    expect(seasonOn('us', 2025, 11, 1)).toBe('summer');
    expect(seasonOn('us', 2025, 11, 2)).toBeNull();
    expect(seasonOn('us', 2025, 11, 3)).toBe('winter');
    expect(seasonOn('us', 2006, 3, 20)).toBe('winter');
    expect(seasonOn('us', 2006, 10, 30)).toBe('winter');
    expect(seasonOn('eu', 2025, 3, 29)).toBe('winter');
    expect(seasonOn('eu', 2025, 3, 31)).toBe('summer');
    expect(seasonOn('eu', 2025, 10, 27)).toBe('winter');
    expect(seasonOn('eu', 1990, 7, 1)).toBeNull();
    expect(seasonOn('au', 2025, 1, 15)).toBe('summer');
    expect(seasonOn('au', 2025, 7, 15)).toBe('winter');
    expect(seasonOn('us', 1974, 7, 1)).toBeNull();
  });

  it('rejects an unknown zone in the options before any article', () => {
    expect(() => check(RULE, fixture('x'), { zones: ['XYZ'] })).toThrow(/zones/);
  });
});
