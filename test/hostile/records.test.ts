/**
 * One record never kills an ingest. Every hostile input of issue 12 is built here, put in
 * one batch beside good articles, and ingested by the real command line: each bad one is an
 * error of its own (message naming the input, the line and the cause, recorded in
 * `ingest_errors`), every good article is stored exactly once, and the exit code is 2
 * because records failed. `check` over the same inputs says the same and reports the good
 * ones. Limits are lowered by options so the test stays small; bench/hostile.ts runs the
 * full-size cases (a 1 GiB gzip bomb, a 20 MB article) at the default limits.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimscan, rows, stackLines, type Ran } from './support.js';

let dir: string;
const at = (name: string) => path.join(dir, name);
const good = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, title: `Story ${id}`, published: '2025-06-02', text: `Acme Corp said revenue rose 4% to $${id.length + 10} million in May, Reuters reported.`, ...extra });
const LIMITS = ['--max-record', '1MiB', '--max-input', '16MiB', '--timeout', '2'];

/** The hostile batch: [input file, line or null, expected error]; and the ids of the good records. */
interface Bad {
  input: string;
  line: number | null;
  error: RegExp;
}
let bad: Bad[];
let inputs: string[];
// zero-year and feb-30 have dates that do not exist: kept without a date, with a warning.
const GOOD_IDS = ['bom-first-line', 'g2', 'g3', 'zero-year', 'feb-30', 'surrogate', 'after-slow', 'before-bomb', 'utf16', 'bom-json'];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-hostile-'));
  const deep = `{"id": "deep", "text": "x", "extra": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const lines = [
    `\uFEFF${good('bom-first-line')}`, // 1: a UTF-8 BOM on the first line is not part of the record
    deep, // 2
    good('g2'), // 3
    JSON.stringify({ id: 'huge', text: 'a '.repeat(1024 * 1024) }), // 4: 2 MiB line, over --max-record 1MiB
    good('g3'), // 5
    '{"id": 1e400, "text": "Overflowing id."}', // 6
    good('zero-year', { published: '0000-01-01' }), // 7
    good('feb-30', { published: '2025-02-30' }), // 8
    '{"id": 12345678901234567890, "text": "A 20-digit id."}', // 9
    JSON.stringify({ id: 'surrogate', title: 'Lone \ud800 surrogate', text: 'Acme\u0000 Corp said \ud800 revenue rose 4% to $12 million, Reuters reported.\nShares rose 2%.' }), // 10
    JSON.stringify({ id: 'empty', text: '  ' }), // 11
    JSON.stringify({ id: 'binary', text: '\u0000\u0001\u0002\u0003garbage\u0004\u0005\u0006\u0007\u0008\u000e\u000f' }), // 12
    JSON.stringify({ id: 'slow', title: 'Slow', text: '1% '.repeat(33_000) }), // 13: runs past --timeout 2
    good('after-slow'), // 14
  ];
  writeFileSync(at('dump.jsonl'), `${lines.join('\n')}\n`);
  // A gzip bomb: one good line, then 64 MiB of zeros (64 KiB compressed), over --max-input 16MiB.
  writeFileSync(at('bomb.jsonl.gz'), zlib.gzipSync(Buffer.concat([Buffer.from(`${good('before-bomb')}\n`), Buffer.alloc(64 * 1024 * 1024)])));
  symlinkSync('/dev/zero', at('zero.txt'));
  execFileSync('mkfifo', [at('pipe.txt')]);
  writeFileSync(at('utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good('utf16', { title: 'Café crème' }), 'utf16le')]));
  writeFileSync(at('bom.json'), `\uFEFF${good('bom-json')}`);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('random.txt'), Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) >>> 24)));
  writeFileSync(at('big.html.gz'), zlib.gzipSync(`<html><body>${'<p>Acme rose 1%.</p>'.repeat(200_000)}</body></html>`));
  inputs = ['dump.jsonl', 'bomb.jsonl.gz', 'zero.txt', 'pipe.txt', 'utf16.json', 'bom.json', 'empty.txt', 'random.txt', 'missing.txt', 'big.html.gz'].map(at);
  const dump = at('dump.jsonl');
  bad = [
    { input: dump, line: 2, error: /dump\.jsonl:2: JSON nested deeper than 64 levels; not read/ },
    { input: dump, line: 4, error: /dump\.jsonl:4: line of 2(\.0)? MiB is over the 1 MiB limit for one record \(raise it with --max-record\); skipped/ },
    { input: dump, line: 6, error: /dump\.jsonl:6: field "id": expected a string or a whole number, got a number too large/ },
    { input: dump, line: 9, error: /dump\.jsonl:9: field "id": a number id beyond 2\^53 .* write the id as a string/ },
    { input: dump, line: 11, error: /dump\.jsonl:11: field "text": empty/ },
    { input: dump, line: 12, error: /dump\.jsonl:12: field "text": not text: \d+% of it is control characters/ },
    { input: dump, line: 13, error: /dump\.jsonl:13: analysis ran past 2 s, the time limit for one article \(raise it with --timeout\); abandoned/ },
    { input: at('bomb.jsonl.gz'), line: 2, error: /bomb\.jsonl\.gz: stopped reading after 16 MiB, the limit for one input \(raise it with --max-input\)/ },
    { input: at('zero.txt'), line: null, error: /zero\.txt: a character device, not a regular file/ },
    { input: at('pipe.txt'), line: null, error: /pipe\.txt: a named pipe, not a regular file/ },
    { input: at('empty.txt'), line: null, error: /empty\.txt: empty \(no text\)/ },
    { input: at('random.txt'), line: null, error: /random\.txt: not text: \d+% of it is control characters or undecodable bytes/ },
    { input: at('missing.txt'), line: null, error: /cannot read .*missing\.txt: no such file or directory/ },
    { input: at('big.html.gz'), line: null, error: /big\.html\.gz: larger than 1 MiB, the limit for one record \(raise it with --max-record\)/ },
  ];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLineErrors(ran: Ran) {
  expect(stackLines(ran.stderr)).toEqual([]);
  for (const b of bad) expect(ran.stderr).toMatch(b.error);
  expect(ran.stderr).toMatch(/dump\.jsonl:7: field "published": cannot read "0000-01-01" as a date .*; kept without a date/);
  expect(ran.stderr).toMatch(/dump\.jsonl:8: field "published": cannot read "2025-02-30" as a date .*; kept without a date/);
}

describe('a hostile batch', () => {
  let first: Ran;
  const db = () => at('hostile.db');

  it('is ingested to its end: every bad record an error of its own, exit 2', async () => {
    first = await claimscan(['ingest', '--db', db(), '--workers', '1', ...LIMITS, ...inputs]);
    expect(first.code, first.stderr).toBe(2);
    expectOneLineErrors(first);
    expect(first.stderr).toMatch(new RegExp(`read ${GOOD_IDS.length + bad.length}, stored ${GOOD_IDS.length}, already present 0, failed ${bad.length} `));
  }, 240_000);

  it('stores every good article exactly once and records every bad one with its line', () => {
    expect(rows(db(), 'SELECT record_id FROM articles ORDER BY record_id').flat()).toEqual([...GOOD_IDS].sort());
    expect(rows(db(), 'SELECT count(*) = count(DISTINCT article_key) FROM articles')).toEqual([[1]]);
    const errors = rows(db(), 'SELECT input, line, error FROM ingest_errors ORDER BY id') as [string, number | null, string][];
    expect(errors).toHaveLength(bad.length);
    for (const b of bad) {
      const row = errors.find(([input, line, error]) => input === b.input && line === b.line && b.error.test(error));
      expect(row, `${b.input}:${b.line} ${b.error}`).toBeDefined();
    }
    expect(rows(db(), 'SELECT status FROM runs')).toEqual([['done']]);
    expect(rows(db(), "SELECT record_id, published FROM articles WHERE record_id IN ('zero-year', 'feb-30') ORDER BY record_id")).toEqual([
      ['feb-30', null],
      ['zero-year', null],
    ]);
  });

  it('decodes UTF-16 and BOM files, and stores text whose offsets hold in SQL', () => {
    expect(rows(db(), "SELECT title FROM articles WHERE record_id = 'utf16'")).toEqual([['Café crème']]);
    const [[text, title]] = rows(db(), "SELECT text, title FROM articles WHERE record_id = 'surrogate'") as [string, string][];
    expect(text).not.toContain('\u0000');
    expect(text.match(/\uFFFD/g)).toHaveLength(1);
    expect(title).toBe('Lone \uFFFD surrogate');
    // Every stored span, read back with SQL substr (1-based), is its text: no offset drifted.
    for (const table of ['mentions', 'sentences', 'claims']) {
      const drifted = rows(db(), `SELECT count(*) FROM ${table} x JOIN articles a ON a.id = x.article_id WHERE substr(a.text, x.start + 1, x."end" - x.start) != x.text`);
      expect(drifted, table).toEqual([[0]]);
    }
    expect(rows(db(), 'SELECT count(*) FROM mentions')[0]![0]).toBeGreaterThan(10);
    // No NUL reached SQLite, where length() and substr() would stop at it.
    expect(rows(db(), 'SELECT count(*) FROM articles WHERE instr(CAST(text AS BLOB), x\'00\') > 0')).toEqual([[0]]);
  });

  it('stores nothing twice on a rerun, and fails the same records again', async () => {
    const second = await claimscan(['ingest', '--db', db(), '--workers', '1', ...LIMITS, ...inputs]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`read ${GOOD_IDS.length + bad.length}, stored 0, already present ${GOOD_IDS.length}, failed ${bad.length} `));
    expect(rows(db(), 'SELECT count(*) FROM articles')).toEqual([[GOOD_IDS.length]]);
  }, 240_000);

  it('check says the same, reports the good articles in input order, exit 2', async () => {
    const ran = await claimscan(['check', '--format', 'jsonl', ...LIMITS, ...inputs]);
    expect(ran.code).toBe(2);
    expectOneLineErrors(ran);
    const reports = ran.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: { id: string } });
    expect(reports.map((r) => r.article.id)).toEqual(GOOD_IDS);
  }, 240_000);
});
