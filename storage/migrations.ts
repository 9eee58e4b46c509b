/**
 * The database schema as numbered migrations. Migration N brings a database from
 * `PRAGMA user_version = N-1` to N; each runs in one transaction. Never edit a migration
 * that has shipped: add the next one.
 *
 * The tables and views are documented in the README ("Database"); researchers rely on them.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, their paragraphs, sentences, mentions, claims, flags; ingest runs and errors; views',
    sql: /* sql */ `
CREATE TABLE runs (
  id           INTEGER PRIMARY KEY,
  command      TEXT NOT NULL,              -- 'ingest' or 'check'
  inputs       TEXT NOT NULL,              -- JSON array of the INPUT arguments
  version      TEXT NOT NULL,              -- claimscan version
  started_at   TEXT NOT NULL,              -- ISO-8601 UTC
  finished_at  TEXT,                       -- NULL while running or if interrupted
  read         INTEGER NOT NULL DEFAULT 0, -- records read (good and bad)
  stored       INTEGER NOT NULL DEFAULT 0, -- new articles stored
  present      INTEGER NOT NULL DEFAULT 0, -- articles skipped as already stored
  failed       INTEGER NOT NULL DEFAULT 0  -- records that could not be read or analysed
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  article_key   TEXT NOT NULL UNIQUE,      -- sha256 of title, published time and cleaned text: one row per article
  content_hash  TEXT NOT NULL,             -- sha256 of the cleaned text (report.article.contentHash)
  raw_hash      TEXT NOT NULL,             -- sha256 of the input record as read (skips re-analysis on re-ingest)
  record_id     TEXT,                      -- the record's own "id", if it had one
  input         TEXT NOT NULL,             -- path, URL or '-' it was read from
  line          INTEGER,                   -- line within a JSON Lines input
  url           TEXT,
  title         TEXT,
  published     TEXT,                      -- ISO-8601 as given
  publisher     TEXT,
  author        TEXT,
  text          TEXT NOT NULL,             -- cleaned body; every offset below indexes into it (UTF-16 code units)
  paragraph_count INTEGER NOT NULL,
  duplicate_paragraphs INTEGER NOT NULL,
  run_id        INTEGER REFERENCES runs(id),
  stored_at     TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_raw_hash ON articles(raw_hash);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE paragraphs (
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,          -- 0-based paragraph index
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  duplicate_of  INTEGER,                   -- idx of the first copy, for a repeated paragraph
  similarity    REAL,                      -- shingle overlap with the first copy (1 for an exact repeat)
  exact         INTEGER,                   -- 1 when the copy is exact (after normalisation)
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  paragraph     INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,             -- money | percentage | quantity | timestamp | entity | source
  idx           INTEGER NOT NULL,          -- index in the report list of that kind
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,             -- exactly as written
  value         REAL,                      -- money (units of currency), percentage (percent), quantity
  value_high    REAL,                      -- high end of a range
  unit          TEXT,                      -- currency code, quantity unit, entity type, source kind
  normalized    TEXT,                      -- timestamp ISO value, entity canonical name, source name
  end_value     TEXT,                      -- end of a timestamp period
  attrs         TEXT,                      -- JSON of every other field of the report item
  extractor     TEXT NOT NULL,             -- extractor id
  extractor_version TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, kind, idx);
CREATE INDEX mentions_kind_normalized ON mentions(kind, normalized);

CREATE TABLE claims (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,             -- the claim sentence
  subject       TEXT,                      -- canonical entity name
  measure       TEXT,                      -- price, volume, flow, aum, holdings, revenue, earnings, change, ...
  time          TEXT,                      -- ISO-8601 prefix the claim refers to
  time_scope    TEXT,                      -- sentence | paragraph | published
  source_scope  TEXT,                      -- sentence | paragraph | article; NULL when unsourced
  sourced       INTEGER NOT NULL,          -- 1 when at least one named source
  figures       TEXT NOT NULL              -- JSON array of kind:index references
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_subject_time ON claims(subject, time);

CREATE TABLE claim_figures (
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  mention_id    INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, mention_id)
) WITHOUT ROWID;

CREATE TABLE claim_sources (
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  name          TEXT NOT NULL,             -- source name (the phrase, for a vague attribution)
  scope         TEXT,                      -- where the attribution was found
  vague         INTEGER NOT NULL,          -- 1 for "analysts say" and the like: names no source
  PRIMARY KEY (claim_id, name, vague)
) WITHOUT ROWID;

CREATE TABLE flags (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  rule          TEXT NOT NULL,
  severity      TEXT NOT NULL,             -- error | warning | info
  message_id    TEXT,
  message       TEXT NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,             -- the flagged span
  related       TEXT NOT NULL              -- JSON array of {start, end, message}
);
CREATE INDEX flags_article ON flags(article_id);
CREATE INDEX flags_rule ON flags(rule, severity);

CREATE TABLE ingest_errors (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER REFERENCES runs(id),
  input         TEXT NOT NULL,
  line          INTEGER,
  error         TEXT NOT NULL,
  at            TEXT NOT NULL
);

-- Full-text search over titles and bodies: SELECT ... FROM articles_fts WHERE articles_fts MATCH 'NEAR(bitcoin outflows, 5)'
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Views for the common questions.
CREATE VIEW claim_details AS
SELECT c.id AS claim_id, a.id AS article_id, a.title, a.publisher, a.published, a.input,
       c.text AS claim, c.subject, c.measure, c.time, substr(c.time, 1, 7) AS month,
       c.sourced, c.source_scope,
       (SELECT group_concat(name, '; ' ORDER BY name) FROM claim_sources s WHERE s.claim_id = c.id AND s.vague = 0) AS sources,
       (SELECT group_concat(name, '; ' ORDER BY name) FROM claim_sources s WHERE s.claim_id = c.id AND s.vague = 1) AS vague_sources,
       (SELECT group_concat(m.text, '; ' ORDER BY m.start) FROM claim_figures f JOIN mentions m ON m.id = f.mention_id WHERE f.claim_id = c.id) AS figures
FROM claims c JOIN articles a ON a.id = c.article_id;

CREATE VIEW unsourced_claims AS
SELECT * FROM claim_details WHERE sourced = 0;

CREATE VIEW unsourced_claims_by_subject_month AS
SELECT subject, month, count(*) AS claims, count(DISTINCT article_id) AS articles
FROM unsourced_claims GROUP BY subject, month;

CREATE VIEW money_mentions AS
SELECT m.id AS mention_id, a.id AS article_id, a.title, a.published, m.text, m.value, m.value_high, m.unit AS currency,
       json_extract(m.attrs, '$.approximate') AS approximate, json_extract(m.attrs, '$.direction') AS direction,
       json_extract(m.attrs, '$.per') AS per, m.start, m."end"
FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.kind = 'money';

CREATE VIEW entity_mentions AS
SELECT m.id AS mention_id, a.id AS article_id, a.title, a.published, m.text, m.unit AS type, m.normalized AS canonical, m.start, m."end"
FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.kind = 'entity';

CREATE VIEW source_mentions AS
SELECT m.id AS mention_id, a.id AS article_id, a.title, m.text, m.normalized AS name, m.unit AS kind,
       json_extract(m.attrs, '$.vague') AS vague, json_extract(m.attrs, '$.cue') AS cue
FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.kind = 'source';

CREATE VIEW flag_details AS
SELECT f.id AS flag_id, a.id AS article_id, a.title, a.input, f.rule, f.severity, f.message, f.text, f.start, f."end"
FROM flags f JOIN articles a ON a.id = f.article_id;

CREATE VIEW flags_by_rule AS
SELECT rule, severity, count(*) AS flags, count(DISTINCT article_id) AS articles FROM flags GROUP BY rule, severity;
`,
  },
];
