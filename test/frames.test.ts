/**
 * Stored claim frames (pipeline/frames/stored.ts) and `conflicting-report` over figures held in memory:
 * which figures are compared, how subject, measure and time are normalised, rounding, and
 * syndicated copies counting once.
 */
import { describe, expect, it } from 'vitest';
import { createCrossCheck, checkedArticleOf, storedFiguresOf } from '../pipeline/cross-check.js';
import { clockOf, framesOf, matchKey, normalizeName, normalizeTime } from '../pipeline/frames/stored.js';
import { resolveConfig } from '../pipeline/config.js';
import type { Report } from '../pipeline/types.js';
import { reportFor } from './helpers.js';

const rolesOf = (report: Report) => framesOf(checkedArticleOf(report)).map((f) => [f.figure.text, f.role]);

describe('framesOf', () => {
  it('gives each figure of a claim a frame, with the role it has in its sentence', () => {
    const report = reportFor(
      [
        'Acme Corp reported revenue of $5.2 billion in the second quarter of 2025, up from $4.1 billion a year earlier.',
        'Acme Corp net profit was 50 cts a share in the second quarter of 2025 vs 44 cts a share.',
        'Acme Corp expects revenue of $6 billion in the third quarter of 2025.',
        'If Acme Corp revenue reaches $7 billion in 2026, the shares could double.',
      ].join('\n'),
      { title: 'Acme results', published: '2025-08-01' },
    );
    expect(rolesOf(report)).toEqual([
      ['$5.2 billion', 'stated'],
      ['$4.1 billion', 'from'],
      ['50 cts', 'stated'],
      // claim frames read "vs 44 cts a share" as the earlier value it is
      ['44 cts', 'from'],
      ['$6 billion', 'forecast'],
      ['$7 billion', 'hypothetical'],
    ]);
  });

  it('takes frames from claims[].frames when the report has them', () => {
    const report = reportFor('Bitcoin traded at $67,500 on May 28, 2025, at 10:00 AM ET, CoinGecko data showed.', { published: '2025-05-28' });
    const claims = report.claims.map((c) => ({ ...c, frames: [{ figure: c.figures[0], subject: 'BITCOIN', measure: 'Price', time: '2025-05-28T10:00-04:00', role: 'stated', qualifiers: { venue: 'spot' } }, { figure: 'money:99' }, 'junk'] }));
    const frames = framesOf(checkedArticleOf({ ...report, claims } as unknown as Report));
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ origin: 'frame', subject: 'BITCOIN', role: 'stated', qualifiers: { venue: 'spot', clock: '2025-05-28T14:00Z' } });
    expect(frames[0]!.matchKey).toBe('bitcoin|price|2025-05-28|money:USD||2025-05-28T14:00Z');
  });
});

describe('normalisation and the match key', () => {
  it('folds case and white space of names as SQLite lower() does', () => {
    expect(normalizeName('  iShares  Bitcoin Trust ')).toBe('ishares bitcoin trust');
    expect(normalizeName('Ébène SA')).toBe('Ébène sa');
  });

  it('keeps times at the written precision: the date of a date-time, a month, a period', () => {
    expect(normalizeTime('2025-06-06T16:00-04:00')).toBe('2025-06-06');
    expect(normalizeTime('2025-06-06')).toBe('2025-06-06');
    expect(normalizeTime('2025-06')).toBe('2025-06');
    expect(normalizeTime('1987-01', '1987-03')).toBe('1987-01/1987-03');
    expect(normalizeTime('soon')).toBeNull();
  });

  it('reads a clock time as a UTC instant when the zone is written', () => {
    expect(clockOf('2025-05-28T10:00-05:00')).toBe('2025-05-28T15:00Z');
    expect(clockOf('2025-05-28T15:00Z')).toBe('2025-05-28T15:00Z');
    expect(clockOf('2025-05-28T10:00')).toBe('10:00');
    expect(clockOf('2025-05-28')).toBeNull();
  });

  const frame = (over: Record<string, unknown> = {}) =>
    ({ subject: 'Bitcoin', measure: 'flow', time: '2025-06-06', timeEnd: null, role: 'stated', qualifiers: { timeScope: 'sentence', direction: 'outflow' }, figure: { unit: 'money:USD' }, ...over }) as Parameters<typeof matchKey>[0];

  it('matches the same subject, measure and day whatever the case or the clock', () => {
    expect(matchKey(frame({ subject: 'BITCOIN', time: '2025-06-06T16:00-04:00' }))).toBe(matchKey(frame()));
    expect(matchKey(frame())).toBe('bitcoin|flow|2025-06-06|money:USD|outflow');
  });

  it.each([
    ['a from-value', { role: 'from' }],
    ['no subject', { subject: null }],
    ['a time that is only the publication date', { qualifiers: { timeScope: 'published' } }],
    ['a price without a clock time', { measure: 'price' }],
    ['an unspecific measure ("rose 2%": what rose?)', { measure: 'change' }],
    ['a subject that is the claim’s own source', { qualifiers: { timeScope: 'sentence', subjectIsSource: true } }],
  ])('compares nothing for %s', (_, over) => {
    expect(matchKey(frame(over))).toBeNull();
  });

  it('keeps apart what differs in unit, direction, places named or clock time', () => {
    const keys = [
      frame(),
      frame({ figure: { unit: 'money:EUR' } }),
      frame({ qualifiers: { timeScope: 'sentence', direction: 'inflow' } }),
      frame({ time: '2025-06' }),
      frame({ qualifiers: { timeScope: 'sentence', direction: 'outflow', places: ['Turkey'] } }),
      frame({ qualifiers: { timeScope: 'sentence', direction: 'outflow', places: ['Hungary'] } }),
    ].map(matchKey);
    expect(new Set(keys).size).toBe(6);
    const price = (clock: string) => matchKey(frame({ measure: 'price', qualifiers: { timeScope: 'sentence', clock } }));
    expect(price('2025-06-06T14:00Z')).not.toBe(price('2025-06-06T15:00Z'));
  });
});

describe('conflicting-report, figures in memory', () => {
  const config = resolveConfig({}, null);
  const at = (publisher: string, amount: string, extra: Record<string, string> = {}) =>
    reportFor(`U.S. spot bitcoin exchange-traded funds recorded net outflows of ${amount} in the week to June 6, 2025, according to Farside Investors.`, {
      title: `${publisher}: bitcoin funds`,
      publisher,
      published: '2025-06-09',
      ...extra,
    });
  const conflicts = (report: Report, stored: Report[]) => {
    const cross = createCrossCheck(config, { storedFigures: storedFiguresOf(stored) })!;
    return cross(report).flags.filter((f) => f.rule === 'conflicting-report');
  };

  it('flags a figure that disagrees beyond rounding, not one within it', () => {
    expect(conflicts(at('A', '$1.2 billion'), [at('B', '$1.24 billion')])).toEqual([]); // 1.15–1.25 meets 1.235–1.245
    expect(conflicts(at('A', '$1.2 billion'), [at('B', '$1.26 billion')])).toHaveLength(1); // 1.15–1.25 misses 1.255–1.265
    expect(conflicts(at('A', 'about $1.2 billion'), [at('B', '$1.26 billion')])).toEqual([]); // hedged: ± 5%
  });

  it('counts syndicated copies and resends once, and never the article’s own copies', () => {
    const original = at('B', '$1.7 billion');
    const syndicated = at('C', '$1.7 billion', { title: 'Another headline' }); // same body, another headline
    const resend = at('B', '$1.7 billion', { published: '2025-06-09T12:00:00Z' });
    const [flag] = conflicts(at('A', '$1.2 billion'), [original, syndicated, resend]);
    expect(flag!.related).toHaveLength(1);
    expect(flag!.related[0]!.article).toMatchObject({ publisher: 'B', figure: '$1.7 billion', copies: 3 });
    expect(flag!.message).toMatch(/^`\$1\.2 billion` disagrees with `\$1\.7 billion` for the same Bitcoin flow \(June 6, 2025\) in B, /);
    // the article's own body stored elsewhere is not another report
    expect(conflicts(at('A', '$1.2 billion'), [at('Z', '$1.2 billion', { title: 'x' })])).toEqual([]);
  });

  it('lists every disagreeing story, most a flag', () => {
    const [flag] = conflicts(at('A', '$1.2 billion'), [at('B', '$1.7 billion'), at('C', '$1.9 billion'), at('D', '$1.2 billion')]);
    expect(flag!.related.map((r) => r.article!.publisher)).toEqual(['B', 'C']);
    expect(flag!.message).toMatch(/\(and 1 more story\)$/);
  });
});
