/**
 * Builds a large claims database from a real one by replicating its rows (for the
 * benchmarks of `conflicting-report` lookups and `export`): every article, paragraph,
 * sentence, mention, claim, link, flag and claim frame copied `times` times with new ids.
 * Each copy gets its own body hash, so copies count as distinct stories, while the match keys
 * stay as they are: every subject, measure and time is then reported by `times` stories,
 * the heavy case for lookups.
 *
 *   npx tsx bench/db-scale.ts SOURCE.db OUT.db TIMES
 *
 * Benchmarks only: it writes through the driver directly, not through storage/db.ts.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { ClaimsDb } from '../storage/db.js';

export function scaleDatabase(source: string, out: string, times: number): { articles: number; claims: number; frames: number } {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(out + suffix)) rmSync(out + suffix);
  // bring the source up to date, then start from a copy of it
  ClaimsDb.open(source).close();
  const src = new Database(source);
  src.pragma('wal_checkpoint(TRUNCATE)');
  src.close();
  copyFileSync(source, out);
  const db = new Database(out);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const max = (table: string, column = 'id') => (db.prepare(`SELECT coalesce(max(${column}), 0) FROM ${table}`).pluck().get() as number);
  const base = { articles: max('articles'), mentions: max('mentions'), claims: max('claims'), flags: max('flags') };
  db.exec('DROP TRIGGER IF EXISTS articles_fts_insert'); // the copies need no full-text index
  for (let k = 1; k < times; k++) {
    const a = base.articles * k;
    const m = base.mentions * k;
    const c = base.claims * k;
    const f = base.flags * k;
    db.transaction(() => {
      db.exec(`INSERT INTO articles (id, article_key, content_hash, raw_hash, record_id, input, line, url, title, published, publisher, author, text, paragraph_count, duplicate_paragraphs, run_id, stored_at)
        SELECT id + ${a}, article_key || ':${k}', content_hash || ':${k}', raw_hash || ':${k}', record_id, input, line, url, title, published, publisher, author, text, paragraph_count, duplicate_paragraphs, run_id, stored_at FROM articles WHERE id <= ${base.articles}`);
      db.exec(`INSERT INTO paragraphs SELECT article_id + ${a}, idx, start, "end", duplicate_of, similarity, exact FROM paragraphs WHERE article_id <= ${base.articles}`);
      db.exec(`INSERT INTO sentences SELECT article_id + ${a}, idx, paragraph, start, "end", text FROM sentences WHERE article_id <= ${base.articles}`);
      db.exec(`INSERT INTO mentions SELECT id + ${m}, article_id + ${a}, kind, idx, start, "end", text, value, value_high, unit, normalized, end_value, attrs, extractor, extractor_version FROM mentions WHERE id <= ${base.mentions}`);
      db.exec(`INSERT INTO claims SELECT id + ${c}, article_id + ${a}, idx, start, "end", text, subject, measure, time, time_scope, source_scope, sourced, figures FROM claims WHERE id <= ${base.claims}`);
      db.exec(`INSERT INTO claim_figures SELECT claim_id + ${c}, mention_id + ${m} FROM claim_figures WHERE claim_id <= ${base.claims}`);
      db.exec(`INSERT INTO claim_sources SELECT claim_id + ${c}, name, scope, vague FROM claim_sources WHERE claim_id <= ${base.claims}`);
      db.exec(`INSERT INTO flags SELECT id + ${f}, article_id + ${a}, rule, severity, message_id, message, start, "end", text, related FROM flags WHERE id <= ${base.flags}`);
      db.exec(`INSERT INTO claim_frames SELECT mention_id + ${m}, claim_id + ${c}, article_id + ${a}, figure, subject, measure, time, time_end, role, qualifiers, origin, unit, value, value_high, lo, hi, match_key FROM claim_frames WHERE article_id <= ${base.articles}`);
    })();
  }
  db.exec(`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const counts = { articles: max('articles'), claims: db.prepare('SELECT count(*) FROM claims').pluck().get() as number, frames: db.prepare('SELECT count(*) FROM claim_frames').pluck().get() as number };
  db.exec('ANALYZE');
  db.close();
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [source, out, times] = process.argv.slice(2);
  if (!source || !out || !times) {
    console.error('usage: npx tsx bench/db-scale.ts SOURCE.db OUT.db TIMES');
    process.exit(2);
  }
  const t0 = Date.now();
  console.log(scaleDatabase(source, out, Number(times)), `${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
