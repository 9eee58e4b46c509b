/**
 * Two ingests into one database at once, with overlapping inputs (issue 12: 348 of 12,012
 * articles were lost to "database is locked" and both runs exited 0). Every write is a
 * BEGIN IMMEDIATE transaction with a busy wait and retry, so both runs go through: every
 * article is stored exactly once, no record fails, both exit 0. Both start orders, five
 * repetitions each.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimscan, rows } from './support.js';

let dir: string;
const N = 160;
const record = (id: string, i: number) =>
  JSON.stringify({ id, title: `Story ${id}`, published: '2025-06-02', text: `Company ${id} said revenue rose ${i % 40}% to $${i + 1} million in May, Reuters reported.\nShares rose ${i % 9}%.` });

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-concurrent-'));
  // A: a0…a159; B: a80…a159 (shared with A) and b0…b79. 240 distinct articles.
  writeFileSync(path.join(dir, 'a.jsonl'), Array.from({ length: N }, (_, i) => record(`a${i}`, i)).join('\n') + '\n');
  writeFileSync(path.join(dir, 'b.jsonl'), [...Array.from({ length: N / 2 }, (_, i) => record(`a${i + N / 2}`, i + N / 2)), ...Array.from({ length: N / 2 }, (_, i) => record(`b${i}`, i + 1000))].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const storedOf = (stderr: string) => Number(/stored (\d+), already present (\d+), failed (\d+)/.exec(stderr)?.[1]);

describe('two ingests into one database at once', () => {
  const cases = [1, 2, 3, 4, 5].flatMap((rep) => [
    { rep, order: 'A,B first' as const },
    { rep, order: 'B,A first' as const },
  ]);
  it.each(cases)('repetition $rep, $order: every article stored once, both exit 0', async ({ rep, order }) => {
    const db = path.join(dir, `r${rep}-${order.startsWith('A') ? 'ab' : 'ba'}.db`);
    const ab = ['ingest', '--db', db, '--workers', '1', path.join(dir, 'a.jsonl'), path.join(dir, 'b.jsonl')];
    const ba = ['ingest', '--db', db, '--workers', '1', path.join(dir, 'b.jsonl'), path.join(dir, 'a.jsonl')];
    const [first, second] = order === 'A,B first' ? [ab, ba] : [ba, ab];
    const runs = await Promise.all([claimscan(first), claimscan(second)]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`read ${2 * N}, stored \\d+, already present \\d+, failed 0 `));
    }
    expect(storedOf(runs[0]!.stderr) + storedOf(runs[1]!.stderr)).toBe(N + N / 2);
    expect(rows(db, 'SELECT count(*), count(DISTINCT article_key), count(DISTINCT record_id) FROM articles')).toEqual([[N + N / 2, N + N / 2, N + N / 2]]);
    expect(rows(db, 'SELECT count(*) FROM ingest_errors')).toEqual([[0]]);
    expect(rows(db, 'SELECT status, read FROM runs ORDER BY id')).toEqual([
      ['done', 2 * N],
      ['done', 2 * N],
    ]);
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
  }, 180_000);
});
