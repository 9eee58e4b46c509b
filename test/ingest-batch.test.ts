/**
 * Batched storing (many articles per transaction) stores exactly what one transaction per
 * article stores: the same rows in every table, full-text index and derived tables included,
 * with `conflicting-report` seeing the articles stored before it inside the same batch.
 * Reads the first Reuters-21578 stories from ../shared/corpora when present (with the
 * samples, a repeated record and a bad line either way).
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT } from './helpers.js';

const REUTERS = path.resolve(ROOT, '../shared/corpora/reuters-21578/reuters-21578.jsonl.gz');
const config = resolveConfig({}, null);
let dir: string;
let dump: string;

async function firstLines(file: string, n: number): Promise<string[]> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    if (line.trim()) out.push(line);
    if (out.length >= n) break;
  }
  lines.close();
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-batch-'));
  const lines = existsSync(REUTERS) ? await firstLines(REUTERS, 300) : [];
  if (!lines.length) console.warn(`ingest-batch: ${REUTERS} is absent; comparing on the samples only`);
  const wire = readFileSync(path.join(ROOT, 'samples/dump/wire-2025-06.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  // the wire dump twice (a repeated record is stored once) and a bad line in between
  dump = path.join(dir, 'dump.jsonl');
  writeFileSync(dump, [...wire, ...lines.slice(0, 150), '{"title": "no body"}', ...wire.slice(0, 3), ...lines.slice(150)].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Columns that hold the time of writing, not data. */
const isClock = (column: string) => /(^|_)at$/.test(column);

/** Every table's rows (clock columns left out), in rowid order where there is one. */
function tables(file: string): Record<string, unknown[][]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
    const out: Record<string, unknown[][]> = {};
    for (const { name, sql } of names) {
      if (/CREATE VIRTUAL TABLE/i.test(sql)) continue; // its shadow tables are compared instead
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]).filter((c) => !isClock(c));
      const withoutRowid = /WITHOUT ROWID/i.test(sql);
      const order = withoutRowid ? columns.map((c) => `"${c}"`).join(', ') : 'rowid';
      out[name] = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY ${order}`).raw(true).all() as unknown[][];
    }
    return out;
  } finally {
    db.close();
  }
}

describe('batched ingest', () => {
  it('stores the same rows, table by table, as one transaction per article', async () => {
    const single = path.join(dir, 'single.db');
    const batched = path.join(dir, 'batched.db');
    // workers: 0 keeps the storing order (and so every id) the same in both runs
    const one = await ingest([dump], { db: single, config, workers: 0, batchArticles: 1 });
    const many = await ingest([dump], { db: batched, config, workers: 0, batchArticles: 64, batchMs: 60_000 });
    expect({ ...many, seconds: 0 }).toEqual({ ...one, seconds: 0 });
    expect(one.failed).toBe(1);
    expect(one.present).toBeGreaterThanOrEqual(3);
    const a = tables(single);
    const b = tables(batched);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect({ name, rows: b[name] }).toEqual({ name, rows: a[name] });
    // the comparison is not vacuous: articles, their figures, the full-text index and flags from other stored stories
    expect(a.articles!.length).toBe(one.stored);
    expect(a.mentions!.length).toBeGreaterThan(a.articles!.length);
    expect(a.articles_fts_docsize!.length).toBe(one.stored);
    expect(a.flags!.some((row) => row.includes('conflicting-report'))).toBe(true);
  });

  it('a rerun over a batched database stores nothing again', async () => {
    const db = path.join(dir, 'rerun.db');
    const first = await ingest([dump], { db, config, workers: 0, batchArticles: 50 });
    const again = await ingest([dump], { db, config, workers: 0, batchArticles: 50 });
    expect(again.stored).toBe(0);
    expect(again.present).toBe(first.stored + first.present);
  });
});
