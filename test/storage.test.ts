import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../storage/migrations.js';
import { ClaimsDb, rawHash, ReadOnlyError } from '../storage/db.js';
import type { Report } from '../pipeline/types.js';
import { reportFor, ROOT } from './helpers.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-db-'));
  file = path.join(dir, 'claims.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEXT =
  'Bitcoin rose 3% to $67,500 on Monday, CoinGecko data showed.\n' +
  'Ether fell 1.5% on the same day.\n' +
  'Bitcoin rose 3% to $67,500 on Monday, CoinGecko data showed.';

/** A report with every list filled by hand, so storage is tested whatever the extractors do. */
function fullReport(): Report {
  const r = reportFor(TEXT, { title: 'Crypto wrap', published: '2025-05-28' });
  const at = (s: string) => ({ start: r.text.indexOf(s), end: r.text.indexOf(s) + s.length, text: s });
  return {
    ...r,
    money: [{ ...at('$67,500'), value: 67500, currency: 'USD', approximate: false, direction: 'increase' }],
    percentages: [{ ...at('3%'), value: 3 }],
    quantities: [],
    timestamps: [{ ...at('Monday'), value: '2025-05-26' }],
    entities: [{ ...at('Bitcoin'), type: 'ASSET', canonical: 'Bitcoin', ticker: 'BTC' }],
    sources: [{ ...at('CoinGecko'), name: 'CoinGecko', kind: 'data provider', vague: false, cue: 'data showed' }],
    claims: [{ start: 0, end: 60, figures: ['percentages:0', 'money:0'], subject: 'Bitcoin', measure: 'price', time: '2025-05-26', timeScope: 'sentence', sources: ['CoinGecko'], sourceScope: 'sentence', vagueSources: [] }],
    flags: r.flags.filter((f) => f.rule === 'duplicate-paragraph'),
  };
}

describe('ClaimsDb', () => {
  it('creates the schema by migrations, tracked in user_version, in WAL mode', () => {
    const db = ClaimsDb.open(file);
    expect(db.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    const { rows } = db.query('SELECT journal_mode FROM pragma_journal_mode()');
    expect([...rows][0]).toEqual(['wal']);
    db.close();
    // Opening again applies nothing twice.
    const again = ClaimsDb.open(file);
    expect(again.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    again.close();
  });

  it('stores an article with its paragraphs, sentences, mentions, claims and flags in one go', () => {
    const db = ClaimsDb.open(file);
    const report = fullReport();
    const outcome = db.storeReport({ report, input: 'a.txt', rawHash: 'r1', runId: null }, { money: { id: 'money', version: '9.9.9' } });
    expect(outcome.status).toBe('stored');
    expect(db.count('articles')).toBe(1);
    expect(db.count('paragraphs')).toBe(3);
    expect(db.count('mentions')).toBe(5);
    expect(db.count('claims')).toBe(1);
    expect(db.count('flags')).toBe(report.flags.length);
    const money = [...db.query('SELECT text, value, currency, direction, approximate FROM money_mentions').rows];
    expect(money).toEqual([['$67,500', 67500, 'USD', 'increase', 0]]);
    const provenance = [...db.query("SELECT extractor, extractor_version FROM mentions WHERE kind = 'money'").rows];
    expect(provenance).toEqual([['money', '9.9.9']]);
    const claim = [...db.query('SELECT claim, subject, sources, figures, month FROM claim_details').rows];
    expect(claim).toEqual([[report.text.slice(0, 60), 'Bitcoin', 'CoinGecko', '3%; $67,500', '2025-05']]);
    const dup = [...db.query('SELECT idx, duplicate_of, exact FROM paragraphs WHERE duplicate_of IS NOT NULL').rows];
    expect(dup).toEqual([[2, 0, 1]]);
    const flag = [...db.query('SELECT rule, text FROM flag_details').rows];
    expect(flag).toEqual([['duplicate-paragraph', report.text.slice(report.paragraphs[2]!.start, report.paragraphs[2]!.end)]]);
    db.close();
  });

  it('adds nothing when the same article is stored again', () => {
    const db = ClaimsDb.open(file);
    const report = fullReport();
    const first = db.storeReport({ report, input: 'a.txt', rawHash: 'r1', runId: null }, {});
    const second = db.storeReport({ report, input: 'copy.txt', rawHash: 'r2', runId: null }, {});
    expect(second).toEqual({ status: 'present', articleId: first.articleId });
    expect(db.count('articles')).toBe(1);
    expect(db.count('mentions')).toBe(5);
    expect(db.hasRawHash('r1')).toBe(true);
    expect(db.hasRawHash('r2')).toBe(false);
    db.close();
  });

  it('keeps articles apart that share a body but not a title or time', () => {
    const db = ClaimsDb.open(file);
    const a = reportFor('Same body text.', { title: 'One', published: '1987-03-01T10:00:00' });
    const b = reportFor('Same body text.', { title: 'One', published: '1987-03-02T10:00:00' });
    expect(a.article.contentHash).toBe(b.article.contentHash);
    db.storeReport({ report: a, input: 'x', rawHash: rawHash(a), runId: null }, {});
    expect(db.storeReport({ report: b, input: 'x', rawHash: rawHash(b), runId: null }, {}).status).toBe('stored');
    expect([...db.query('SELECT count(DISTINCT content_hash), count(*) FROM articles').rows]).toEqual([[1, 2]]);
    db.close();
  });

  it('finds articles by full-text search', () => {
    const db = ClaimsDb.open(file);
    db.storeReport({ report: fullReport(), input: 'a.txt', rawHash: 'r1', runId: null }, {});
    db.storeReport({ report: reportFor('Gold hit a record as the dollar slid.', { title: 'Gold' }), input: 'b.txt', rawHash: 'r2', runId: null }, {});
    const hits = [...db.query("SELECT a.title FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH 'ether'").rows];
    expect(hits).toEqual([['Crypto wrap']]);
    db.close();
  });

  it('records runs and errors', () => {
    const db = ClaimsDb.open(file);
    const run = db.startRun('ingest', ['dump.jsonl'], '0.0.0');
    db.recordError(run, 'dump.jsonl', 7, 'dump.jsonl:7: not valid JSON');
    db.finishRun(run, { read: 10, stored: 8, present: 1, failed: 1 });
    expect([...db.query('SELECT input, line, error FROM ingest_errors').rows]).toEqual([['dump.jsonl', 7, 'dump.jsonl:7: not valid JSON']]);
    expect([...db.query('SELECT command, read, stored, present, failed, finished_at IS NOT NULL FROM runs').rows]).toEqual([['ingest', 10, 8, 1, 1, 1]]);
    db.close();
  });

  it.each([
    ['INSERT INTO runs (command, inputs, version, started_at) VALUES (1, 2, 3, 4)', /would change the database/],
    ['DELETE FROM articles', /would change the database/],
    ['DROP TABLE articles', /would change the database/],
    ['CREATE TABLE x (a)', /would change the database/],
  ])('refuses a writing statement in a read-only query: %s', (sql, message) => {
    ClaimsDb.open(file).close();
    const db = ClaimsDb.open(file, { readonly: true });
    expect(() => db.query(sql)).toThrow(ReadOnlyError);
    expect(() => db.query(sql)).toThrow(message);
    db.close();
  });

  it('refuses to open a missing database read-only, naming it', () => {
    expect(() => ClaimsDb.open(path.join(dir, 'nope.db'), { readonly: true })).toThrow(/cannot open database .*nope\.db/);
  });
});

describe('storage/metadata.json (Datasette metadata)', () => {
  it('describes every column of every table and view, and nothing else', () => {
    const db = ClaimsDb.open(file);
    const { rows } = db.query(
      "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'articles_fts_%' ORDER BY 1, 2",
    );
    const actual = [...rows].map(([t, c]) => `${t}.${c}`);
    db.close();
    const metadata = JSON.parse(readFileSync(path.join(ROOT, 'storage', 'metadata.json'), 'utf8'));
    const tables = metadata.databases.claims.tables as Record<string, { description: string; columns: Record<string, string> }>;
    const described = Object.entries(tables)
      .flatMap(([t, spec]) => Object.entries(spec.columns).map(([c, d]) => (d.trim() ? `${t}.${c}` : `${t}.${c} (empty)`)))
      .sort();
    expect(described).toEqual([...actual].sort());
  });
});

describe('the README', () => {
  it('shows queries that run on a database of the samples', async () => {
    const { ingest } = await import('../pipeline/ingest.js');
    const { resolveConfig } = await import('../pipeline/config.js');
    await ingest([path.join(ROOT, 'samples')], { db: file, config: resolveConfig({}, null), workers: 0 });
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const queries = [...readme.matchAll(/claimscan query([^"\n]*)"((?:SELECT|WITH)[^"]+)"/g)].map((m) => ({
      sql: m[2]!.replace(/\s+/g, ' '),
      params: Object.fromEntries([...m[1]!.matchAll(/--param (\w+)=(\S+)/g)].map((p) => [p[1]!, p[2]!])),
    }));
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const db = ClaimsDb.open(file, { readonly: true });
    try {
      for (const { sql, params } of queries) expect(() => [...db.query(sql, params).rows], sql).not.toThrow();
      // The samples hold unsourced claims, so the researchers' view is not empty.
      expect([...db.query('SELECT count(*) FROM unsourced_claims').rows][0]![0]).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
