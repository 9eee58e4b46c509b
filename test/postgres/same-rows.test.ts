/**
 * The PostgreSQL back end writes the same rows as SQLite: samples/ and the first 300 stories
 * of Reuters-21578 ingested into both (SQLite: `ingest`; PostgreSQL: the queue, in shards of
 * 100 lines, one worker), then every table and the researchers' views compared row by row
 * with ids replaced by natural keys (test/postgres/compare.ts). A second ingest of the same
 * inputs into PostgreSQL stores nothing twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest.js';
import { loadConfig } from '../../pipeline/config.js';
import { postgresIngest } from '../../pipeline/queue/ingest-postgres.js';
import { corpus, ROOT } from '../helpers.js';
import { pgAvailable, startCluster, type TestCluster } from './cluster.js';
import { compareDatabases } from './compare.js';

const reuters = corpus('reuters-21578');
const run = pgAvailable() ? describe : describe.skip;

run('PostgreSQL back end: the same rows as SQLite', () => {
  let cluster: TestCluster;
  let dir: string;
  let inputs: string[];
  const sqliteFile = () => path.join(dir, 'claims.db');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-pg-same-'));
    inputs = [path.join(ROOT, 'samples')];
    if (reuters) {
      const lines = gunzipSync(readFileSync(path.join(reuters, 'reuters-21578.jsonl.gz'))).toString('utf8').split('\n').slice(0, 300);
      // a hostile line among them: reported in ingest_errors on both, with its file and line
      lines.splice(150, 0, '{"title": "no body"}');
      const file = path.join(dir, 'reuters-300.jsonl');
      writeFileSync(file, `${lines.join('\n')}\n`);
      inputs.push(file);
    }
    cluster = await startCluster('same_rows');
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores every table and view alike, and nothing twice on a second run', async () => {
    const config = loadConfig(undefined);
    const sqlite = await ingest(inputs, { db: sqliteFile(), config, workers: 1, concurrency: 1 });
    const first = await postgresIngest(inputs, { db: cluster.url, config, queueOnly: false, shardSize: 100, workers: 1 });
    expect(first.worker!.stored).toBe(sqlite.stored);
    expect(first.worker!.failed).toBe(sqlite.failed);
    expect(first.shards).toBeGreaterThan(reuters ? 3 : 1);

    const diffs = await compareDatabases(sqliteFile(), cluster.url);
    for (const d of diffs) {
      expect({ name: d.name, onlySqlite: d.onlySqlite, onlyPostgres: d.onlyPostgres, rows: d.postgres }).toEqual({ name: d.name, onlySqlite: [], onlyPostgres: [], rows: d.sqlite });
      expect(d.same, d.name).toBe(true);
    }
    const counts = Object.fromEntries(diffs.map((d) => [d.name, d.sqlite]));
    console.log(`same rows on SQLite and PostgreSQL: ${diffs.map((d) => `${d.name} ${d.sqlite}`).join(', ')}`);
    expect(counts.articles).toBe(sqlite.stored);
    expect(counts.mentions).toBeGreaterThan(counts.articles!);
    expect(counts.claims).toBeGreaterThan(0);
    if (reuters) expect(counts.ingest_errors).toBeGreaterThanOrEqual(1);

    // the same inputs again: every record is already there (raw hash), nothing stored twice
    const second = await postgresIngest(inputs, { db: cluster.url, config, queueOnly: false, shardSize: 100, workers: 1 });
    expect(second.worker!.stored).toBe(0);
    expect(second.worker!.present).toBe(sqlite.stored + sqlite.present);
    const again = await compareDatabases(sqliteFile(), cluster.url, { articles: 'SELECT article_key FROM articles', mentions: 'SELECT id FROM mentions', claims: 'SELECT id FROM claims' });
    for (const d of again) expect(d.postgres, d.name).toBe(d.sqlite);
  }, 600_000);
});
