/**
 * An overnight ingest is observable: progress with the share of the input read and an ETA,
 * new and skipped articles' rates apart, a log line every --log-interval when standard error
 * is not a terminal; the summary's rate counts stored articles; `check --db` closes its run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration, progressLine, startProgress } from '../pipeline/progress.js';
import { claimscan, rows } from './hostile/support.js';
import { ROOT } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-progress-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const counts = { read: 120, stored: 80, present: 30, failed: 10 };

describe('progress line', () => {
  it('shows the share read, an ETA, and the rates of new and skipped articles apart', () => {
    const line = progressLine(counts, { bytesRead: 25_000_000, bytesTotal: 100_000_000 }, 10_000);
    expect(line).toContain('80 stored (8.0/s)');
    expect(line).toContain('30 already present (3.0/s)');
    expect(line).toContain('10 failed');
    expect(line).toContain('25.0% of 100.0 MB');
    expect(line).toContain('ETA 30 s'); // a quarter in 10 s: three quarters to go
  });

  it('has no share or ETA while the total is unknown', () => {
    const line = progressLine(counts, { bytesRead: 5_000, bytesTotal: null }, 10_000);
    expect(line).not.toMatch(/%|ETA/);
    expect(line).toContain('10 s elapsed');
  });

  it('formats durations', () => {
    expect([formatDuration(42), formatDuration(185), formatDuration(7620)]).toEqual(['42 s', '3 min 05 s', '2 h 07 min']);
  });

  it('logs a line every interval when not a terminal, and nothing with interval 0', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const progress = await startProgress(out, { tty: false, logIntervalMs: 40 });
    progress.update(counts, { bytesRead: 50, bytesTotal: 100 });
    await new Promise((r) => setTimeout(r, 150));
    progress.stop();
    const lines = text.split('\n').filter((l) => l.startsWith('claimscan: progress: '));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toContain('50.0% of');
    const silent = new PassThrough();
    let none = '';
    silent.on('data', (d) => (none += d));
    const off = await startProgress(silent, { tty: false, logIntervalMs: 0 });
    off.update(counts);
    await new Promise((r) => setTimeout(r, 60));
    off.stop();
    expect(none).toBe('');
    await expect(startProgress(new PassThrough(), { tty: false, logIntervalMs: -1 })).rejects.toThrow(TypeError);
  });
});

describe('ingest and check on the command line', () => {
  it('shows the --log-interval default in seconds, as it is written', async () => {
    const help = await claimscan(['ingest', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('a progress line every N seconds (0: none) (default: 30)');
  });

  it('logs progress lines to a non-terminal standard error, and the summary rate counts stored articles', async () => {
    const dump = path.join(dir, 'dump.jsonl');
    const lines = [];
    for (let i = 0; i < 150; i++) lines.push(JSON.stringify({ id: `p${i}`, title: `Story ${i}`, text: `Company ${i} said revenue rose ${i % 40}% to $${i + 2} million in May.\nShares rose ${i % 9}%.` }));
    writeFileSync(dump, lines.join('\n') + '\n');
    const db = path.join(dir, 'p.db');
    const first = await claimscan(['ingest', '--db', db, '--workers', '1', '--log-interval', '0.05', dump]);
    expect(first.code).toBe(0);
    const progress = first.stderr.split('\n').filter((l) => l.startsWith('claimscan: progress: '));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatch(/stored \([\d.]+\/s\) · \d+ already present \([\d.]+\/s\) · 0 failed · [\d.]+% of \d+ kB/);
    expect(first.stderr).toMatch(/stored 150, already present 0, failed 0 in [\d.]+ s \([\d.]+ articles stored\/s\)/);
    // a no-op resume stores nothing: its rate is 0, not the rate of skipping
    const again = await claimscan(['ingest', '--db', db, '--workers', '1', '--log-interval', '0', dump]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/stored 0, already present 150, failed 0 in [\d.]+ s \(0\.0 articles stored\/s\)/);
    expect(again.stderr).not.toContain('progress:');
  });

  it('refuses a bad --log-interval', async () => {
    const bad = await claimscan(['ingest', '--db', path.join(dir, 'x.db'), '--log-interval', 'soon', path.join(ROOT, 'samples')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--log-interval must be a number of seconds');
  });

  it('check --db closes its run with its counts', async () => {
    const db = path.join(dir, 'check.db');
    const missing = path.join(dir, 'missing.txt');
    const ran = await claimscan(['check', '--db', db, '--format', 'json', path.join(ROOT, 'samples/04-flows-week.txt'), path.join(ROOT, 'samples/01-etf-outflows.txt'), missing]);
    expect(ran.code).toBe(2); // the missing file
    expect(rows(db, 'SELECT command, status, finished_at IS NOT NULL, read, stored, present, failed FROM runs')).toEqual([['check', 'done', 1, 3, 2, 0, 1]]);
    const twice = await claimscan(['check', '--db', db, '--format', 'json', path.join(ROOT, 'samples/04-flows-week.txt')]);
    expect([0, 1]).toContain(twice.code);
    expect(rows(db, 'SELECT status, finished_at IS NOT NULL, read, stored, present, failed FROM runs WHERE id = 2')).toEqual([['done', 1, 1, 0, 1, 0]]);
  });
});
