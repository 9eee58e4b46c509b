/**
 * `claimscan query` end to end, as a spawned process on a real SQLite file of the samples:
 * named parameters, SQL from a file or standard input, JSON Lines, the time limit, statements
 * refused before they run, and errors that are one line with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
let dir: string;
let db: string;

function query(args: string[], input?: string) {
  const res = spawnSync(process.execPath, [BIN, 'query', '--db', db, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** An error as the contract wants it: exit 2, one line on standard error, no stack trace. */
function expectOneLineError(res: { code: number | null; stdout: string; stderr: string }, message: RegExp) {
  expect(res.code, res.stderr).toBe(2);
  expect(res.stderr.trim().split('\n')).toHaveLength(1);
  expect(res.stderr).toMatch(/^claimscan: /);
  expect(res.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(res.stderr).toMatch(message);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-query-'));
  db = path.join(dir, 'claims.db');
  await ingest([path.join(ROOT, 'samples')], { db, config: resolveConfig({}, null), workers: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimscan query', () => {
  it('binds --param values to named parameters', () => {
    const res = query(['--format', 'jsonl', '--timeout', '0', '--param', 'subject=Bitcoin', '--param', 'n=2', 'SELECT subject, measure FROM claim_details WHERE subject = :subject ORDER BY claim_id LIMIT :n']);
    expect(res.code, res.stderr).toBe(0);
    const rows = res.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.subject).toBe('Bitcoin');
  });

  it('reads SQL from a file (@file.sql) and from standard input (-)', () => {
    const file = path.join(dir, 'q.sql');
    writeFileSync(file, '-- count the articles\nSELECT count(*) AS n FROM articles\n');
    const fromFile = query(['--format', 'csv', '--timeout', '0', `@${file}`]);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/^n\r\n\d+\r\n$/);
    const fromStdin = query(['--format', 'csv', '--timeout', '0', '-'], 'SELECT count(*) AS n FROM articles');
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expectOneLineError(query(['@' + path.join(dir, 'missing.sql')]), /cannot read SQL file .*missing\.sql: no such file/);
  });

  it('runs under the time limit in a child process, with the same output', () => {
    const sql = "SELECT title FROM articles WHERE publisher = :p ORDER BY title";
    const timed = query(['--format', 'json', '--param', 'p=Chain Wire', sql]);
    const untimed = query(['--format', 'json', '--timeout', '0', '--param', 'p=Chain Wire', sql]);
    expect(timed.code, timed.stderr).toBe(0);
    expect(JSON.parse(timed.stdout)).toEqual([{ title: 'Spot Bitcoin ETFs Post Biggest Weekly Outflow Since February' }]);
    expect(timed.stdout).toBe(untimed.stdout);
  });

  it('stops a runaway statement at the time limit with a clear message, and leaves the database as it was', () => {
    const started = Date.now();
    const res = query(['--timeout', '1', 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r) SELECT count(*) FROM r']);
    expectOneLineError(res, /query stopped after 1 s, its time limit \(--timeout SECONDS/);
    expect(Date.now() - started).toBeLessThan(30_000); // stopped, not run to the end (it has none)
    const after = query(['--format', 'csv', '--timeout', '0', 'PRAGMA quick_check']);
    expect(after.stdout).toBe('quick_check\r\nok\r\n');
  });

  it.each([
    ["VACUUM INTO 'copy.db'", /VACUUM INTO would write another database file/],
    ["ATTACH 'other.db' AS other", /ATTACH would open another database file/],
    ["SELECT load_extension('x')", /load_extension\(\) reaches outside the database/],
    ['PRAGMA writable_schema=1', /PRAGMA writable_schema = … sets a value/],
    ['DELETE FROM articles', /DELETE would change the database/],
  ])('refuses %s before it runs', (sql, message) => {
    expectOneLineError(query([sql]), message);
    expect(existsSync(path.join(dir, 'copy.db'))).toBe(false);
    expect(existsSync(path.join(dir, 'other.db'))).toBe(false);
  });

  it.each([
    [['SELECT ?'], /positional parameter \(\?\); name it instead, as :name/],
    [['SELECT :subject'], /no value for the parameter :subject: give it with --param subject=VALUE/],
    [['--param', 'month=2025-05', 'SELECT 1'], /--param month: the statement has no parameter :month/],
    [['SELECT nope FROM articles'], /SQL error: no such column: nope/],
    [['-'], /no SQL given on standard input/],
  ])('%j is one line of error and exit 2', (args, message) => {
    expectOneLineError(query(args, ''), message);
  });

  it.each([
    [['--param', 'subject', 'SELECT :subject'], /expected NAME=VALUE/],
    [['--timeout', 'soon', 'SELECT 1'], /--timeout takes seconds/],
  ])('%j is a usage error (exit 2, no stack trace)', (args, message) => {
    const res = query(args);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
