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
  /** A data step run in the same transaction after `sql`, by name (storage/db.ts knows each). */
  backfill?: 'claim-frames';
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
  {
    version: 2,
    description: 'crawl: the frontier (every URL discovered and what was decided about it), hosts per crawl run; article identities (aliases) and versions',
    sql: /* sql */ `
CREATE TABLE frontier (
  id            INTEGER PRIMARY KEY,
  url           TEXT NOT NULL UNIQUE,      -- normalised: fragment dropped, tracking parameters (utm_*, fbclid, …) stripped
  discovered_url TEXT NOT NULL,            -- as written where it was found
  host          TEXT NOT NULL,             -- origin host[:port]: the unit of politeness
  kind          TEXT NOT NULL,             -- seed | feed | sitemap | article | home
  source        TEXT,                      -- the feed, sitemap, page, seed file or redirect it was found in (NULL for a seed URL)
  depth         INTEGER NOT NULL DEFAULT 0, -- redirect hops from the URL first discovered
  entry_published TEXT,                    -- the date the feed item or sitemap entry gave (ISO-8601)
  entry_title   TEXT,                      -- the title the feed item gave
  state         TEXT NOT NULL,             -- queued | stored | present | fetched | not-modified | redirected | skipped-robots | skipped-old | skipped-host | parked | not-an-article | failed | duplicate
  robots        TEXT,                      -- robots.txt decision: allowed | disallowed | no-robots (4xx) | unavailable (5xx, timeout)
  status        INTEGER,                   -- HTTP status of the last answer
  bytes         INTEGER,                   -- body bytes received (on the wire)
  elapsed_ms    REAL,                      -- request time, first byte sent to last byte read
  delay_ms      INTEGER,                   -- the per-host delay in force for the request (the larger of --per-host-delay and Crawl-delay)
  waited_ms     INTEGER,                   -- how long the request waited for its host's turn
  attempts      INTEGER NOT NULL DEFAULT 0, -- requests made for it (429/503 retries included), all runs
  error         TEXT,                      -- why it failed or was skipped
  final_url     TEXT,                      -- where a redirect pointed, or the URL that answered
  canonical_url TEXT,                      -- <link rel=canonical> / og:url of the page, normalised
  article_id    INTEGER REFERENCES articles(id), -- the stored article (state stored, present or duplicate)
  etag          TEXT,                      -- validators of a feed or sitemap, sent again with --refresh
  last_modified TEXT,
  discovered_at TEXT NOT NULL,
  fetched_at    TEXT,
  run_id        INTEGER REFERENCES runs(id) -- the run that last decided about it
);
CREATE INDEX frontier_state ON frontier(state, id);
CREATE INDEX frontier_article ON frontier(article_id);

CREATE TABLE crawl_hosts (
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  host          TEXT NOT NULL,
  robots_status INTEGER,                   -- HTTP status of robots.txt (NULL: no answer)
  robots        TEXT NOT NULL,             -- parsed | no-robots (4xx: all allowed) | unavailable (5xx, timeout: host skipped)
  crawl_delay_ms INTEGER,                  -- Crawl-delay for our User-Agent, if any
  delay_ms      INTEGER NOT NULL,          -- the delay used between requests
  requests      INTEGER NOT NULL DEFAULT 0,
  failures      INTEGER NOT NULL DEFAULT 0,
  parked        TEXT,                      -- why the host was parked for the run (failure budget spent, robots unavailable)
  PRIMARY KEY (run_id, host)
) WITHOUT ROWID;

CREATE TABLE article_identities (
  identity      TEXT NOT NULL,             -- 'id:' + record id, or 'url:' + URL (fetched or canonical)
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  alias         INTEGER NOT NULL,          -- 1 when it reached an already-stored article: same content under another id or URL
  run_id        INTEGER REFERENCES runs(id),
  seen_at       TEXT NOT NULL,
  PRIMARY KEY (identity, article_id)
) WITHOUT ROWID;
CREATE INDEX article_identities_article ON article_identities(article_id);

CREATE TABLE article_versions (
  article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  previous_id   INTEGER NOT NULL REFERENCES articles(id),
  identity      TEXT NOT NULL,             -- the id or URL it shares with the previous version
  version       INTEGER NOT NULL,          -- 2 for the first changed text, 3 for the next, …
  changed_figures TEXT NOT NULL            -- JSON array of {kind, before, after, sentence}: figures that changed, appeared or went
);

CREATE VIEW article_aliases AS
SELECT i.article_id, a.title, a.url, i.identity AS alias, i.run_id, i.seen_at
FROM article_identities i JOIN articles a ON a.id = i.article_id WHERE i.alias = 1;

CREATE VIEW figure_changes AS
SELECT v.article_id, v.previous_id, v.version, a.title, a.url,
       json_extract(j.value, '$.kind') AS kind, json_extract(j.value, '$.before') AS before,
       json_extract(j.value, '$.after') AS after, json_extract(j.value, '$.sentence') AS sentence
FROM article_versions v JOIN articles a ON a.id = v.article_id, json_each(v.changed_figures) j;

CREATE VIEW crawl_decisions AS
SELECT state, robots, count(*) AS urls, count(DISTINCT host) AS hosts FROM frontier GROUP BY state, robots;
`,
  },
  {
    version: 3,
    description: 'views that open in SQLite 3.37 and newer (no group_concat(… ORDER BY …), which needs 3.44)',
    sql: /* sql */ `
DROP VIEW IF EXISTS unsourced_claims_by_subject_month;
DROP VIEW IF EXISTS unsourced_claims;
DROP VIEW IF EXISTS claim_details;

-- Lists are ordered by an ordered subquery: group_concat(x, sep ORDER BY y) needs SQLite 3.44,
-- and researchers' tools (Debian 12's sqlite3 shell, Python's sqlite3) carry 3.40.
CREATE VIEW claim_details AS
SELECT c.id AS claim_id, a.id AS article_id, a.title, a.publisher, a.published, a.input,
       c.text AS claim, c.subject, c.measure, c.time, substr(c.time, 1, 7) AS month,
       c.sourced, c.source_scope,
       (SELECT group_concat(name, '; ') FROM (SELECT s.name FROM claim_sources s WHERE s.claim_id = c.id AND s.vague = 0 ORDER BY s.name)) AS sources,
       (SELECT group_concat(name, '; ') FROM (SELECT s.name FROM claim_sources s WHERE s.claim_id = c.id AND s.vague = 1 ORDER BY s.name)) AS vague_sources,
       (SELECT group_concat(text, '; ') FROM (SELECT m.text FROM claim_figures f JOIN mentions m ON m.id = f.mention_id WHERE f.claim_id = c.id ORDER BY m.start)) AS figures
FROM claims c JOIN articles a ON a.id = c.article_id;

CREATE VIEW unsourced_claims AS
SELECT * FROM claim_details WHERE sourced = 0;

CREATE VIEW unsourced_claims_by_subject_month AS
SELECT subject, month, count(*) AS claims, count(DISTINCT article_id) AS articles
FROM unsourced_claims GROUP BY subject, month;
`,
  },
  {
    version: 4,
    description: 'claim frames: what each figure states (subject, measure, time, role, qualifiers), keyed for comparing articles; figure views',
    // Rows for articles stored before this migration are derived in storage/db.ts (backfill), from their claims.
    backfill: 'claim-frames',
    sql: /* sql */ `
CREATE TABLE claim_frames (
  mention_id    INTEGER PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE, -- the figure (money, percentage or quantity mention)
  claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  figure        TEXT NOT NULL,             -- kind:index in the report (money:0)
  subject       TEXT,                      -- canonical entity name the figure is about
  measure       TEXT,                      -- price, flow, revenue, earnings, ...
  time          TEXT,                      -- ISO-8601 prefix the figure refers to
  time_end      TEXT,                      -- end of a period (a quarter: its last month)
  role          TEXT,                      -- what the figure is in its claim: stated, from, comparison, hypothetical, other
  qualifiers    TEXT NOT NULL,             -- JSON: direction, per, approximate, bound, time_scope, clock, ...
  origin        TEXT NOT NULL,             -- frame (the report's claims[].frames) or claim (derived from the claim)
  unit          TEXT NOT NULL,             -- what the value counts: money:USD, money:USD/share, percent, quantity:bp
  value         REAL NOT NULL,
  value_high    REAL,                      -- high end of a range
  lo            REAL,                      -- lowest value the written figure can stand for (rounding, hedges); NULL: open
  hi            REAL,                      -- highest value; NULL: open ("more than")
  match_key     TEXT                       -- subject|measure|time|unit|direction, normalised: equal keys state the same thing; NULL when not comparable
);
CREATE INDEX claim_frames_match ON claim_frames(match_key) WHERE match_key IS NOT NULL;
CREATE INDEX claim_frames_article ON claim_frames(article_id);
CREATE INDEX claim_frames_subject ON claim_frames(subject, time);

-- Every frame with its article and figure; story is the body's hash (syndicated copies and resends share it).
CREATE VIEW figure_frames AS
SELECT f.mention_id, f.claim_id, f.article_id, a.title, a.publisher, a.published, a.url, a.content_hash AS story,
       m.text AS figure, f.subject, f.measure, f.time, f.time_end, f.role, f.unit, f.value, f.value_high, f.lo, f.hi,
       f.match_key, c.text AS claim, f.qualifiers, f.origin
FROM claim_frames f
JOIN articles a ON a.id = f.article_id
JOIN mentions m ON m.id = f.mention_id
JOIN claims c ON c.id = f.claim_id;

-- Comparable frames, one copy per story: the first stored article with that body.
CREATE VIEW story_frames AS
SELECT * FROM figure_frames ff
WHERE ff.match_key IS NOT NULL AND ff.article_id = (SELECT min(x.id) FROM articles x WHERE x.content_hash = ff.story);

-- Pairs of stories that state the same subject, measure and time with values that disagree beyond rounding.
CREATE VIEW figure_disagreements AS
SELECT a.subject, a.measure, a.time, a.unit,
       a.figure, a.value, a.article_id, a.title, a.publisher, a.published, a.claim,
       b.figure AS other_figure, b.value AS other_value, b.article_id AS other_article_id, b.title AS other_title,
       b.publisher AS other_publisher, b.published AS other_published, b.claim AS other_claim, a.match_key
FROM story_frames a
JOIN story_frames b ON b.match_key = a.match_key AND b.story <> a.story AND a.article_id < b.article_id
WHERE (a.hi IS NOT NULL AND b.lo IS NOT NULL AND a.hi < b.lo) OR (b.hi IS NOT NULL AND a.lo IS NOT NULL AND b.hi < a.lo);

-- One row per claim with everything an export carries: article, claim, sources, figures and
-- the flags on the claim's sentence, the lists as JSON arrays (claimscan export reads this view).
CREATE VIEW claim_export AS
SELECT c.id AS claim_id, a.id AS article_id, a.title, a.publisher, a.published, a.url, a.author, a.input, a.content_hash,
       a.stored_at AS checked_at, c.start, c."end", c.text AS claim, c.subject, c.measure, c.time, c.time_scope,
       c.sourced, c.source_scope,
       (SELECT json_group_array(json_object('name', name, 'vague', vague, 'scope', scope))
          FROM (SELECT s.name, s.vague, s.scope FROM claim_sources s WHERE s.claim_id = c.id ORDER BY s.vague, s.name)) AS sources,
       (SELECT json_group_array(json_object('text', text, 'kind', kind, 'value', value, 'value_high', value_high, 'unit', unit,
                                            'start', start, 'end', "end", 'role', role))
          FROM (SELECT m.text, m.kind, m.value, m.value_high, m.unit, m.start, m."end", fr.role
                  FROM claim_figures cf JOIN mentions m ON m.id = cf.mention_id LEFT JOIN claim_frames fr ON fr.mention_id = m.id
                 WHERE cf.claim_id = c.id ORDER BY m.start)) AS figures,
       (SELECT json_group_array(json_object('rule', rule, 'severity', severity, 'message_id', message_id, 'message', message,
                                            'start', start, 'end', "end", 'text', text))
          FROM (SELECT f.rule, f.severity, f.message_id, f.message, f.start, f."end", f.text FROM flags f
                 WHERE f.article_id = c.article_id AND f.start < c."end" AND f."end" > c.start ORDER BY f.start, f.rule)) AS flags,
       (SELECT count(*) FROM flags f WHERE f.article_id = c.article_id AND f.start < c."end" AND f."end" > c.start) AS flag_count
FROM claims c JOIN articles a ON a.id = c.article_id;

-- Per subject, measure and time stated by two or more stories: each value reported, by how many stories and publishers.
CREATE VIEW figure_consensus AS
SELECT v.subject, v.measure, v.time, v.unit, v.value, v.figure, v.articles, v.publishers, v.publisher_names,
       t.articles AS articles_total, t.publishers AS publishers_total, t."values" AS values_total, v.match_key
FROM (SELECT match_key, min(subject) AS subject, min(measure) AS measure, min(time) AS time, unit, value, min(figure) AS figure,
             count(DISTINCT story) AS articles, count(DISTINCT publisher) AS publishers,
             (SELECT group_concat(p, '; ') FROM (SELECT DISTINCT s2.publisher AS p FROM story_frames s2 WHERE s2.match_key = s.match_key AND s2.value = s.value ORDER BY 1)) AS publisher_names
      FROM story_frames s GROUP BY match_key, value) v
JOIN (SELECT match_key, count(DISTINCT story) AS articles, count(DISTINCT publisher) AS publishers, count(DISTINCT value) AS "values"
      FROM story_frames GROUP BY match_key HAVING count(DISTINCT story) >= 2) t ON t.match_key = v.match_key;
`,
  },
  {
    version: 5,
    description: 'runs: how each run ended (status) and why a failed run failed (error)',
    sql: /* sql */ `
ALTER TABLE runs ADD COLUMN status TEXT;   -- running | done | interrupted | failed ('running' after a crash)
ALTER TABLE runs ADD COLUMN error TEXT;    -- why a failed run failed (disk full, read-only database, ...)
UPDATE runs SET status = CASE WHEN finished_at IS NULL THEN 'interrupted' ELSE 'done' END;
`,
  },
  {
    version: 6,
    description: 'claims: the claim frames of each claim as the report gives them (claims[].frames, JSON)',
    sql: /* sql */ `
ALTER TABLE claims ADD COLUMN frames TEXT;   -- JSON array: one frame per figure (figure, subject, measure, time, role, mode, qualifiers)
`,
  },
];
