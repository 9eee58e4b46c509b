/**
 * kill -9 at 20 random points of an ingest, then a rerun to the end: the database is the
 * same, table by table, as after one uninterrupted run, and SQLite's integrity checks pass.
 * The points are drawn from a seeded generator (the seed is printed): a few during start-up
 * (opening, migrating, reading), the rest after a random number of stored articles.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../pipeline/config.js';
import { ingest } from '../../pipeline/ingest.js';
import { BIN, claimscan, rows } from './support.js';

let dir: string;
let dump: string;
const N = 600;
const BAD_LINES = [17, 303, 598];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-kill-'));
  dump = path.join(dir, 'dump.jsonl');
  const lines = Array.from({ length: N }, (_, i) =>
    BAD_LINES.includes(i + 1)
      ? `{"id": "broken-${i}", "text": `
      : JSON.stringify({
          id: `k${i}`,
          title: `Story ${i % 500}`, // some titles repeat: distinct articles all the same
          published: '2025-06-02',
          text: `Company ${i} said revenue rose ${i % 40}% to $${i + 1} million in May, Reuters reported.\nAnalysts say shares rose ${i % 9}% to $${i % 70}.50.\nCompany ${i} said revenue rose ${i % 40}% to $${i + 1} million in May, Reuters reported.`,
        }),
  );
  writeFileSync(dump, lines.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Small seeded generator (mulberry32), so a failing run can be repeated. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every table's content, keyed by article identity instead of row ids (which differ between runs). */
function snapshot(db: string): Record<string, string[]> {
  const q = (sql: string) => rows(db, sql).map((r) => JSON.stringify(r)).sort();
  return {
    articles: q('SELECT article_key, content_hash, raw_hash, record_id, input, line, url, title, published, publisher, author, text, paragraph_count, duplicate_paragraphs FROM articles'),
    paragraphs: q('SELECT a.article_key, p.idx, p.start, p."end", p.duplicate_of, p.similarity, p.exact FROM paragraphs p JOIN articles a ON a.id = p.article_id'),
    sentences: q('SELECT a.article_key, s.idx, s.paragraph, s.start, s."end", s.text FROM sentences s JOIN articles a ON a.id = s.article_id'),
    mentions: q('SELECT a.article_key, m.kind, m.idx, m.start, m."end", m.text, m.value, m.value_high, m.unit, m.normalized, m.end_value, m.attrs, m.extractor, m.extractor_version FROM mentions m JOIN articles a ON a.id = m.article_id'),
    claims: q('SELECT a.article_key, c.idx, c.start, c."end", c.text, c.subject, c.measure, c.time, c.time_scope, c.source_scope, c.sourced, c.figures FROM claims c JOIN articles a ON a.id = c.article_id'),
    claim_figures: q('SELECT a.article_key, c.idx, m.kind, m.idx FROM claim_figures f JOIN claims c ON c.id = f.claim_id JOIN mentions m ON m.id = f.mention_id JOIN articles a ON a.id = c.article_id'),
    claim_sources: q('SELECT a.article_key, c.idx, s.name, s.scope, s.vague FROM claim_sources s JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id'),
    flags: q('SELECT a.article_key, f.rule, f.severity, f.message_id, f.message, f.start, f."end", f.text, f.related FROM flags f JOIN articles a ON a.id = f.article_id'),
    // Each run records the bad lines it read again: compared as a set.
    ingest_errors: [...new Set(q('SELECT input, line, error FROM ingest_errors'))],
    articles_fts: q("SELECT a.article_key, f.title, f.text FROM articles_fts f JOIN articles a ON a.id = f.rowid"),
    fts_search: q("SELECT a.article_key FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH 'revenue AND reuters'"),
  };
}

const stored = (db: string) => {
  try {
    return existsSync(db) ? (rows(db, 'SELECT count(*) FROM articles')[0]![0] as number) : 0;
  } catch {
    return 0; // not created or not migrated yet
  }
};

describe('kill -9 during an ingest', () => {
  it('at 20 random points, then a rerun: the same database as one uninterrupted run', async () => {
    const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
    console.log(`kill points seed ${seed} (KILL_SEED=${seed} repeats them)`);
    const next = random(seed);
    const reference = path.join(dir, 'reference.db');
    const done = await ingest([dump], { db: reference, config: resolveConfig({}, null), workers: 0 });
    expect(done).toMatchObject({ stored: N - BAD_LINES.length, failed: BAD_LINES.length });

    const db = path.join(dir, 'killed.db');
    const targets = Array.from({ length: 16 }, () => Math.floor(next() * (N - BAD_LINES.length))).sort((a, b) => a - b);
    const points = [...Array.from({ length: 4 }, () => ({ afterMs: Math.floor(next() * 1500) })), ...targets.map((atLeast) => ({ atLeast, extraMs: Math.floor(next() * 40) }))];
    const kills: string[] = [];
    for (const point of points) {
      const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--workers', '1', dump], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let finished = false;
      void exited.then(() => (finished = true));
      if ('afterMs' in point) await new Promise((r) => setTimeout(r, point.afterMs));
      else {
        while (!finished && stored(db) < point.atLeast) await new Promise((r) => setTimeout(r, 15));
        await new Promise((r) => setTimeout(r, point.extraMs));
      }
      child.kill('SIGKILL');
      const code = await exited;
      kills.push(`${JSON.stringify(point)} → ${code === null ? `killed at ${stored(db)} stored` : `had ended (${code})`}`);
    }
    console.log(kills.join('\n'));
    const rerun = await claimscan(['ingest', '--db', db, '--workers', '1', dump]);
    expect(rerun.code, rerun.stderr).toBe(2); // the three bad lines fail again
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
    expect(rows(db, "SELECT count(*) FROM pragma_foreign_key_check")).toEqual([[0]]);
    rows(db, "SELECT 1 FROM articles_fts WHERE articles_fts MATCH 'x' LIMIT 0"); // the index opens
    const [got, want] = [snapshot(db), snapshot(reference)];
    for (const table of Object.keys(want)) expect(got[table], table).toEqual(want[table]);
    expect(rows(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1")).toEqual([['done']]);
  }, 600_000);
});
