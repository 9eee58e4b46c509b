/**
 * Table-by-table comparison of a SQLite and a PostgreSQL claims database: every row of every
 * table the pipeline writes, with generated ids replaced by natural keys (an article by its
 * content key, a mention by article, kind and index, a claim by article and index), so two
 * databases filled in different orders compare equal when they hold the same things.
 *
 * `conflicting-report` flags are left out of the flags comparison: whether a story is flagged
 * depends on which other stories were stored before it, which differs between any two
 * concurrent runs (SQLite's too). What does not depend on order is compared instead: the
 * pairs of stories that disagree, over all copies (the views `figure_disagreements` and
 * `figure_consensus` use each story's first stored copy, so they too depend on order).
 */
import Database from 'better-sqlite3';
import pg from 'pg';

/** Natural-key queries that run unchanged on both back ends. */
export const TABLE_QUERIES: Record<string, string> = {
  articles: `SELECT article_key, content_hash, raw_hash, record_id, input, line, url, title, published, publisher, author, text, paragraph_count, duplicate_paragraphs FROM articles`,
  paragraphs: `SELECT a.article_key, p.idx, p.start, p."end", p.duplicate_of, p.similarity, p.exact FROM paragraphs p JOIN articles a ON a.id = p.article_id`,
  sentences: `SELECT a.article_key, s.idx, s.paragraph, s.start, s."end", s.text FROM sentences s JOIN articles a ON a.id = s.article_id`,
  mentions: `SELECT a.article_key, m.kind, m.idx, m.start, m."end", m.text, m.value, m.value_high, m.unit, m.normalized, m.end_value, m.attrs, m.extractor, m.extractor_version
             FROM mentions m JOIN articles a ON a.id = m.article_id`,
  claims: `SELECT a.article_key, c.idx, c.start, c."end", c.text, c.subject, c.measure, c.time, c.time_scope, c.source_scope, c.sourced, c.figures, c.frames
           FROM claims c JOIN articles a ON a.id = c.article_id`,
  claim_figures: `SELECT a.article_key, c.idx, m.kind, m.idx FROM claim_figures f JOIN claims c ON c.id = f.claim_id JOIN mentions m ON m.id = f.mention_id JOIN articles a ON a.id = c.article_id`,
  claim_sources: `SELECT a.article_key, c.idx, s.name, s.scope, s.vague FROM claim_sources s JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id`,
  claim_frames: `SELECT a.article_key, m.kind, m.idx, c.idx, f.figure, f.subject, f.measure, f.time, f.time_end, f.role, f.qualifiers, f.origin, f.unit, f.value, f.value_high, f.lo, f.hi, f.match_key
                 FROM claim_frames f JOIN mentions m ON m.id = f.mention_id JOIN claims c ON c.id = f.claim_id JOIN articles a ON a.id = f.article_id`,
  flags: `SELECT a.article_key, f.rule, f.severity, f.message_id, f.message, f.start, f."end", f.text, f.related FROM flags f JOIN articles a ON a.id = f.article_id WHERE f.rule <> 'conflicting-report'`,
  ingest_errors: `SELECT input, line, error FROM ingest_errors`,
  article_identities: `SELECT i.identity, a.article_key, i.alias FROM article_identities i JOIN articles a ON a.id = i.article_id`,
  article_versions: `SELECT a.article_key, p.article_key, v.identity, v.version, v.changed_figures FROM article_versions v JOIN articles a ON a.id = v.article_id JOIN articles p ON p.id = v.previous_id`,
};

/** Researchers' queries on the views (README, "For researchers"), without generated ids. */
export const VIEW_QUERIES: Record<string, string> = {
  unsourced_claims_by_subject_month: 'SELECT subject, month, claims, articles FROM unsourced_claims_by_subject_month',
  claim_details: `SELECT a.article_key, d.title, d.publisher, d.published, d.input, d.claim, d.subject, d.measure, d.time, d.month, d.sourced, d.source_scope, d.sources, d.vague_sources, d.figures
                  FROM claim_details d JOIN articles a ON a.id = d.article_id`,
  money_mentions: `SELECT a.article_key, v.text, v.value, v.value_high, v.currency, v.approximate, v.direction, v.per, v.start, v."end" FROM money_mentions v JOIN articles a ON a.id = v.article_id`,
  entity_mentions: `SELECT a.article_key, v.text, v.type, v.canonical, v.start FROM entity_mentions v JOIN articles a ON a.id = v.article_id`,
  source_mentions: `SELECT a.article_key, v.text, v.name, v.kind, v.vague, v.cue FROM source_mentions v JOIN articles a ON a.id = v.article_id`,
  flags_by_rule: `SELECT rule, severity, flags, articles FROM flags_by_rule WHERE rule <> 'conflicting-report'`,
  figure_frames: `SELECT a.article_key, v.figure, v.subject, v.measure, v.time, v.role, v.unit, v.value, v.lo, v.hi, v.match_key, v.claim FROM figure_frames v JOIN articles a ON a.id = v.article_id`,
  claim_export: `SELECT a.article_key, v.start, v.claim, v.subject, v.measure, v.sources, v.figures FROM claim_export v JOIN articles a ON a.id = v.article_id`,
  // order-free: pairs of stories (body hashes) that disagree, over every stored copy. The views
  // figure_disagreements and figure_consensus take each story's first stored copy, and copies
  // of one body with different published dates can resolve a relative date differently, so
  // those two views depend on which copy came first (on SQLite too, between two runs).
  disagreeing_stories: `SELECT DISTINCT CASE WHEN a.story < b.story THEN a.story ELSE b.story END, CASE WHEN a.story < b.story THEN b.story ELSE a.story END, a.match_key
                         FROM figure_frames a JOIN figure_frames b ON b.match_key = a.match_key AND b.story <> a.story
                         WHERE (a.hi IS NOT NULL AND b.lo IS NOT NULL AND a.hi < b.lo) OR (b.hi IS NOT NULL AND a.lo IS NOT NULL AND b.hi < a.lo)`,
};

/** Canonical form of a value: numbers as numbers, JSON text parsed, so 1 and 1.0 or key order do not differ. */
function canon(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && /^[[{]/.test(v)) {
    try {
      return canonJson(JSON.parse(v));
    } catch {
      return v;
    }
  }
  return v;
}
function canonJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonJson((v as Record<string, unknown>)[k])]));
  return v;
}

const sortRows = (rows: unknown[][]): string[] => rows.map((r) => JSON.stringify(r.map(canon))).sort();

export function sqliteRows(file: string, sql: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return sortRows(db.prepare(sql).raw(true).all() as unknown[][]);
  } finally {
    db.close();
  }
}

export async function postgresRows(url: string, sql: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query({ text: sql, rowMode: 'array', types: { getTypeParser: ((oid: number, format?: string) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser } });
    return sortRows(result.rows as unknown[][]);
  } finally {
    await client.end();
  }
}

export interface Difference {
  name: string;
  sqlite: number;
  postgres: number;
  onlySqlite: string[];
  onlyPostgres: string[];
  /** True when both hold exactly the same rows (as a multiset). */
  same: boolean;
}

/** Compares every table and view query; returns the counts and the first differing rows. */
export async function compareDatabases(sqliteFile: string, pgUrl: string, queries: Record<string, string> = { ...TABLE_QUERIES, ...VIEW_QUERIES }): Promise<Difference[]> {
  const out: Difference[] = [];
  for (const [name, sql] of Object.entries(queries)) {
    const a = sqliteRows(sqliteFile, sql);
    const b = await postgresRows(pgUrl, sql);
    const setB = new Set(b);
    const setA = new Set(a);
    out.push({ name, sqlite: a.length, postgres: b.length, onlySqlite: a.filter((r) => !setB.has(r)).slice(0, 3), onlyPostgres: b.filter((r) => !setA.has(r)).slice(0, 3), same: a.length === b.length && a.every((r, i) => r === b[i]) });
  }
  return out;
}
