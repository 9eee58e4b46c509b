/**
 * Comparing articles in the database: `check --db` on the samples flags exactly the one
 * figure two publishers state differently; `figure_consensus` and `figure_disagreements`
 * show what they agree and disagree on, syndicated copies counted once; a database made by
 * an earlier claimscan (schema 1) is brought up to date, its claim frames derived again.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { MIGRATIONS } from '../storage/migrations.js';
import { ClaimsDb, rawHash } from '../storage/db.js';
import type { Report } from '../pipeline/types.js';
import { reportFor, ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
const SAMPLES = path.join(ROOT, 'samples');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-figures-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (db: ClaimsDb, sql: string) => [...db.query(sql).rows];

describe('the samples in a database', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'samples.db');
    // one input at a time: which of the two publishers' articles is stored second (and so gets
    // the flag) must not depend on which file a loaded machine happens to read first
    await ingest([SAMPLES], { db: file, config: resolveConfig({}, null), workers: 0, concurrency: 1 });
  });

  it('check --db flags exactly the figure the two publishers disagree on', () => {
    const res = spawnSync(process.execPath, [BIN, 'check', '--db', file, '--format', 'jsonl', SAMPLES], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(res.status, res.stderr).toBeLessThanOrEqual(1);
    const reports = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Report);
    const conflicts = reports.flatMap((r) => r.flags.filter((f) => f.rule === 'conflicting-report').map((f) => [r.article.publisher, r.text.slice(f.start, f.end), f.related.map((x) => x.article?.figure)]));
    expect(conflicts).toEqual([
      ['Ledger Daily', '$1.2 billion', ['$1.7 billion']],
      ['Chain Wire', '$1.7 billion', ['$1.2 billion']],
    ]);
  });

  it('ingest stored the flag on the later article only', () => {
    const db = ClaimsDb.open(file, { readonly: true });
    expect(rows(db, "SELECT a.publisher, f.text FROM flags f JOIN articles a ON a.id = f.article_id WHERE f.rule = 'conflicting-report'")).toEqual([['Chain Wire', '$1.7 billion']]);
    db.close();
  });

  it('figure_consensus shows the figure they agree on and the one they do not', () => {
    const db = ClaimsDb.open(file, { readonly: true });
    expect(rows(db, 'SELECT subject, measure, time, figure, articles, publishers, publisher_names, articles_total, values_total FROM figure_consensus ORDER BY subject, value')).toEqual([
      ['Bitcoin', 'flow', '2025-06-06', '$1.2 billion', 1, 1, 'Ledger Daily', 2, 2],
      ['Bitcoin', 'flow', '2025-06-06', '$1.7 billion', 1, 1, 'Chain Wire', 2, 2],
      ['Ethereum', 'flow', '2025-06-06', '$285 million', 2, 2, 'Chain Wire; Ledger Daily', 2, 1],
    ]);
    expect(rows(db, 'SELECT figure, publisher, other_figure, other_publisher FROM figure_disagreements')).toEqual([['$1.2 billion', 'Ledger Daily', '$1.7 billion', 'Chain Wire']]);
    db.close();
  });
});

describe('syndicated copies and resends', () => {
  it('count once in the views and in the lookup', () => {
    const file = path.join(dir, 'copies.db');
    const db = ClaimsDb.open(file);
    const body = (amount: string) => `U.S. spot bitcoin exchange-traded funds recorded net outflows of ${amount} in the week to June 6, 2025, according to Farside Investors.`;
    const store = (report: Report) => db.storeReport({ report, input: 'x', rawHash: rawHash(report), runId: null }, {});
    store(reportFor(body('$1.7 billion'), { title: 'Wire: bitcoin funds', publisher: 'Wire', published: '2025-06-09T08:00:00Z' }));
    store(reportFor(body('$1.7 billion'), { title: 'Wire: bitcoin funds', publisher: 'Wire', published: '2025-06-09T09:30:00Z' })); // resend
    store(reportFor(body('$1.7 billion'), { title: 'Funds lose $1.7 billion', publisher: 'Daily', published: '2025-06-09T10:00:00Z' })); // syndicated
    const other = reportFor(body('$1.2 billion'), { title: 'Ledger: bitcoin funds', publisher: 'Ledger', published: '2025-06-10' });
    store(other);
    expect(db.count('articles')).toBe(4);
    expect(rows(db, 'SELECT figure, articles, articles_total FROM figure_consensus ORDER BY value')).toEqual([
      ['$1.2 billion', 1, 2],
      ['$1.7 billion', 1, 2],
    ]);
    expect(rows(db, 'SELECT count(*) FROM figure_disagreements')).toEqual([[1]]);
    const [key] = rows(db, "SELECT match_key FROM claim_frames WHERE match_key IS NOT NULL LIMIT 1")[0] as [string];
    const found = db.storedFigures([key], other.article.contentHash).get(key)!;
    expect(found.map((f) => [f.publisher, f.text, f.copies])).toEqual([['Wire', '$1.7 billion', 3]]);
    db.close();
  });
});

/**
 * Takes a database back to what migration `version` left: drops what later migrations
 * created, and puts back, as first written, the views they replaced.
 */
function downgrade(file: string, version: number): void {
  const statements = (sql: string) => sql.split(/;\s*\n/).map((st) => st.trim()).filter(Boolean);
  const created = (sql: string) => [...sql.matchAll(/CREATE\s+(TABLE|VIEW|INDEX|TRIGGER|VIRTUAL TABLE)\s+(?:IF NOT EXISTS\s+)?(\w+)/gi)].map((m) => ({ kind: m[1]!.toUpperCase().replace('VIRTUAL ', ''), name: m[2]! }));
  const raw = new Database(file);
  const dropped = new Set<string>();
  for (const m of [...MIGRATIONS].reverse().filter((m) => m.version > version)) {
    for (const [, table, column] of [...m.sql.matchAll(/ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)/gi)].reverse()) raw.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    for (const { kind, name } of created(m.sql).reverse()) {
      raw.exec(`DROP ${kind} IF EXISTS ${name}`);
      dropped.add(name);
    }
  }
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) {
    for (const st of statements(m.sql)) {
      const view = /^(?:--[^\n]*\n)*\s*CREATE VIEW (\w+)/.exec(st)?.[1];
      if (view && dropped.has(view)) raw.exec(st);
    }
  }
  raw.pragma(`user_version = ${version}`);
  raw.close();
}

/** The migration that adds claim frames. */
const FRAMES_MIGRATION = MIGRATIONS.find((m) => m.backfill === 'claim-frames')!.version;

describe('a database made by claimscan schema 1', () => {
  it('cannot be read by SQLite 3.40 before the upgrade and can after; frames are derived again', () => {
    const file = path.join(dir, 'old.db');
    const store = ClaimsDb.open(file); // the latest schema, taken back below to what schema 1 left
    const stored = ['U.S. spot bitcoin exchange-traded funds recorded net outflows of $1.2 billion in the week to June 6, 2025, according to Farside Investors.', 'Gold rose 1.2% to $3,719.40 per ounce by 11:20 a.m. EDT on September 22, 2025, LSEG data showed.'].map((text, i) =>
      reportFor(text, { title: `t${i}`, publisher: 'P', published: '2025-09-22' }),
    );
    for (const report of stored) store.storeReport({ report, input: 'x', rawHash: rawHash(report), runId: null }, {});
    // a database from before claim frames keeps no claims[].frames: its frames are derived from the
    // claims again, so the figures come back, their reading (subject, role, key) the claim's
    const framesBefore = rows(store, 'SELECT mention_id, figure, unit, value, lo, hi FROM claim_frames ORDER BY mention_id');
    store.close();
    expect(framesBefore.length).toBeGreaterThan(0);
    downgrade(file, 1);

    const shell = (sql: string) => spawnSync('sqlite3', [file, sql], { encoding: 'utf8' });
    const hasShell = spawnSync('sqlite3', ['-version']).status === 0;
    if (hasShell) expect(shell('SELECT count(*) FROM claim_details').stderr).toMatch(/malformed database schema \(claim_details\)/);

    const upgraded = ClaimsDb.open(file);
    expect(upgraded.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(rows(upgraded, 'SELECT mention_id, figure, unit, value, lo, hi FROM claim_frames ORDER BY mention_id')).toEqual(framesBefore);
    upgraded.close();
    if (hasShell) expect(shell('SELECT count(*) FROM claim_details').stdout.trim()).toBe('2');
  });

  it('is upgraded by query and export, which say so', () => {
    const file = path.join(dir, 'old2.db');
    ClaimsDb.open(file).close();
    downgrade(file, FRAMES_MIGRATION - 1);
    const res = spawnSync(process.execPath, [BIN, 'query', '--db', file, '--timeout', '0', '--format', 'csv', 'SELECT count(*) AS n FROM figure_consensus'], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toMatch(new RegExp(`upgraded .*old2\\.db from schema version ${FRAMES_MIGRATION - 1} to ${MIGRATIONS.at(-1)!.version}`));
    expect(res.stdout).toBe('n\r\n0\r\n');
  });
});
