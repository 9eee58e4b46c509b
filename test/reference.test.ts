/**
 * Reference market data (pipeline/reference.ts) and `reference-mismatch`: the three CSV
 * shapes, bad files named by file, line and field, the time windows (the text's zone
 * honoured), and the rule end to end through `claimscan check --reference` on files the team
 * wrote under test/fixtures/reference/ (nothing fetched).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { findSeries, loadReference, parseReferenceCsv, rangeAt, ReferenceError, timeWindow } from '../pipeline/reference.js';
import { ROOT } from './helpers.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'reference');
const fixture = (name: string) => path.join(FIXTURES, name);
const BIN = path.join(ROOT, 'pipeline', 'bin.js');
const DAY = 86_400_000;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-reference-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(args: string[]) {
  const res = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** The reference-mismatch flags of a one-article check: the figure each flag is on. */
function mismatches(stdout: string): string[] {
  const report = JSON.parse(stdout) as { text: string; flags: { rule: string; start: number; end: number }[] };
  return report.flags.filter((f) => f.rule === 'reference-mismatch').map((f) => report.text.slice(f.start, f.end));
}

describe('loading reference files', () => {
  it('reads Yahoo-style daily bars, the symbol and currency from the file name, skipping null rows', () => {
    const [series] = parseReferenceCsv(readFileSync(fixture('BTC-USD.csv'), 'utf8'), { file: 'BTC-USD.csv' });
    expect(series).toMatchObject({ symbol: 'BTC', currency: 'USD', shape: 'yahoo', snapshot: false });
    expect(series!.bars).toHaveLength(5);
    expect(series!.bars[2]).toMatchObject({ start: Date.parse('2025-05-28T00:00:00Z'), end: Date.parse('2025-05-29T00:00:00Z'), low: 106800, high: 109300, line: 4 });
  });

  it('reads CoinGecko-style snapshots as ranges between neighbours', () => {
    const [series] = parseReferenceCsv(readFileSync(fixture('eth-usd-max.csv'), 'utf8'), { file: 'eth-usd-max.csv' });
    expect(series).toMatchObject({ symbol: 'ETH', currency: 'USD', shape: 'coingecko', snapshot: true });
    expect(series!.bars[2]).toMatchObject({ start: Date.parse('2025-05-28T00:00:00Z'), end: Date.parse('2025-05-29T00:00:00Z'), low: 2661.9, high: 2681.3 });
    expect(series!.bars.at(-1)).toMatchObject({ low: 2633.7, high: 2633.7 });
  });

  it('reads the generic shape, one series per symbol, bars as long as the rows are apart', () => {
    const csv = 'symbol,time,open,high,low,close\nBTC,2025-05-28T14:00:00Z,1,3,1,2\nBTC,2025-05-28T15:00:00Z,2,4,2,3\nSPX,2025-05-28,5900,5920,5880,5910\n';
    const series = parseReferenceCsv(csv, { file: 'mixed.csv' });
    expect(series.map((s) => [s.symbol, s.currency, s.bars.length, s.bars[0]!.end - s.bars[0]!.start])).toEqual([
      ['BTC', 'USD', 2, 3_600_000],
      ['SPX', 'USD', 1, DAY],
    ]);
  });

  it.each([
    ['bad-number.csv', /bad-number\.csv:3: field "high" is not a number: "11O700\.00"/],
    ['unknown-shape.csv', /unknown-shape\.csv: unknown CSV header "day,value"; expected Yahoo-style/],
    ['prices-of-bitcoin.csv', /prices-of-bitcoin\.csv: no symbol: name the file like BTC-USD\.csv or give --reference-symbol/],
    ['missing.csv', /cannot read reference file .*missing\.csv/],
  ])('names the file, line and field of a bad file: %s', (name, message) => {
    const load = () => loadReference([{ file: fixture(name) }]);
    expect(load).toThrow(ReferenceError);
    expect(load).toThrow(message);
  });

  it('asks for a symbol when the file name gives none', () => {
    expect(() => parseReferenceCsv('snapped_at,price,market_cap,total_volume\n2025-05-28 00:00:00 UTC,1,2,3\n', { file: 'my prices!.csv' })).toThrow(/no symbol: name the file like btc-usd-max\.csv or give --reference-symbol/);
  });

  it('rejects a row whose low is above its high', () => {
    expect(() => parseReferenceCsv('Date,Open,High,Low,Close,Adj Close,Volume\n2025-05-28,5,4,6,5,5,1\n', { file: 'X.csv' })).toThrow(/X\.csv:2: field "low" \(6\) is above field "high" \(4\)/);
  });
});

describe('time windows and ranges', () => {
  it('honours a written zone: 11:30 PM EDT on May 28 is 03:30 UTC on May 29', () => {
    expect(timeWindow('2025-05-28T23:30-04:00')).toMatchObject({ from: Date.parse('2025-05-29T03:30:00Z'), to: Date.parse('2025-05-29T03:31:00Z') });
  });

  it('takes a date, or a time without a zone, as the written date in any zone', () => {
    const day = Date.parse('2025-05-28T00:00:00Z');
    for (const time of ['2025-05-28', '2025-05-28T10:00']) {
      expect(timeWindow(time)).toEqual({ from: day - 14 * 3_600_000, to: day + DAY + 12 * 3_600_000, core: { from: day, to: day + DAY } });
    }
    expect(timeWindow('2025-05')).toBeNull();
  });

  it('gives no range where the data does not cover the stated time', () => {
    const data = loadReference([{ file: fixture('BTC-USD.csv') }]);
    const btc = findSeries(data, ['Bitcoin', 'BTC'], 'USD')!;
    expect(rangeAt(btc, '2025-05-28T10:00-05:00')).toMatchObject({ low: 106800, high: 109300 });
    expect(rangeAt(btc, '2025-05-30')).toBeNull(); // Yahoo's null row
    expect(rangeAt(btc, '2025-06-03T09:00-05:00')).toBeNull();
    expect(findSeries(data, ['Bitcoin', 'BTC'], 'EUR')).toBeUndefined();
  });
});

describe('check --reference (reference-mismatch)', () => {
  const article = fixture('btc-eth-prices.md');
  const btc = fixture('BTC-USD.csv');
  const eth = fixture('eth-usd-max.csv');

  it('flags a price far outside the day’s range at a stated time, not one inside, not a date without data', () => {
    const res = check(['--reference', btc, '--reference', eth, article]);
    expect(res.code).toBe(1);
    // $67,500 at 10:00 EST on May 28 (the day: 106,800–109,300) and ETH $1,900 on May 29 are flagged;
    // ETH $2,650 on May 28 is inside; $104,000 at 11:30 PM EDT on May 28 is 03:30 UTC on May 29,
    // inside that day's range (it would be outside May 28's); June 3 has no data.
    expect(mismatches(res.stdout)).toEqual(['$67,500', '$1,900']);
    const report = JSON.parse(res.stdout) as { flags: { rule: string; message: string; severity: string }[] };
    const flag = report.flags.find((f) => f.rule === 'reference-mismatch')!;
    expect(flag.severity).toBe('error');
    expect(flag.message).toContain('$106,800 to $109,300 (BTC-USD.csv, 2025-05-28)');
  });

  it('is silent without reference data, and for an asset without a file', () => {
    expect(mismatches(check([article]).stdout)).toEqual([]);
    expect(mismatches(check(['--reference', eth, article]).stdout)).toEqual(['$1,900']);
  });

  it('reads intraday bars: the hour holding the stated minute', () => {
    expect(mismatches(check(['--reference', fixture('intraday.csv'), article]).stdout)).toEqual(['$67,500']);
  });

  it('takes the symbol from --reference-symbol, and files from the config file', () => {
    expect(mismatches(check(['--reference', fixture('prices-of-bitcoin.csv'), '--reference-symbol', 'BTC', article]).stdout)).toEqual(['$67,500']);
    const config = path.join(dir, 'claimscan.config.json');
    writeFileSync(config, JSON.stringify({ reference: [btc, { file: eth, symbol: 'ETH', currency: 'USD' }] }));
    expect(mismatches(check(['--config', config, article]).stdout)).toEqual(['$67,500', '$1,900']);
  });

  it('fails before the first article on a bad file or a misplaced --reference-symbol', () => {
    const bad = check(['--reference', fixture('bad-number.csv'), article]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-number\.csv:3: field "high" is not a number/);
    expect(bad.stdout).toBe('');
    const orphan = check(['--reference-symbol', 'BTC', article]);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toMatch(/give it after the --reference FILE it names/);
  });

  it('validates reference entries of the config file', () => {
    expect(() => resolveConfig({ reference: [{ path: 'x.csv' }] }, '/tmp/c.json')).toThrow(/reference\[0\]: unknown key "path"; allowed: "file", "symbol", "currency"/);
    expect(() => resolveConfig({ reference: [42] }, null)).toThrow(/expected a file name or \{ "file"/);
    expect(resolveConfig({ reference: 'prices/BTC-USD.csv' }, '/data/claimscan.config.json').reference).toEqual([{ file: '/data/prices/BTC-USD.csv' }]);
  });
});
