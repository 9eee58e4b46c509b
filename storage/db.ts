/**
 * The claims database. This is the only module that talks to SQLite (better-sqlite3):
 * migrations tracked by `user_version`, WAL, prepared statements compiled once, one
 * transaction (or savepoint, inside a {@link ClaimsDb.batch}) per article.
 *
 * Several processes may write one database at once (two ingests, an ingest and a
 * `check --db`): every write transaction is `BEGIN IMMEDIATE`, so it takes the write lock
 * before it reads and SQLite's busy handler covers the wait (a deferred transaction that
 * reads first cannot wait for the lock: its snapshot may be stale, and it fails at once);
 * a writer still busy past `busy_timeout` is retried until {@link OpenOptions.busyWaitMs}.
 * A fault of the database itself (disk full, read-only file or folder, not a database) is
 * a {@link StorageError}: one line naming the file and the cause.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';
import { assertReadOnlySql, assertReadOnlyStatement, parametersOf, RefusedStatement } from './sql-guard.js';
import { checkedArticleOf } from '../pipeline/cross-check.js';
import { framesOf, intervalColumns, type StoredFigure, type StoredFigures } from '../pipeline/frames/stored.js';
import type { Revision } from '../pipeline/revision.js';
import type { FigureKind, MentionKind, Report } from '../pipeline/types.js';
import { ArticleVersions, identitiesOf } from './versions.js';

/** Which extractor produced each report list, for provenance columns. */
export type ExtractorVersions = Partial<Record<MentionKind, { id: string; version: string }>>;

export interface StoreInput {
  report: Report;
  /** The input it was read from and, for JSON Lines, the line. */
  input: string;
  line?: number;
  /** sha256 of the record as read (see {@link rawHash}). */
  rawHash: string;
  runId: number | null;
  /** More URLs the article is known by (a crawled page's canonical URL): see storage/versions.ts. */
  urls?: readonly (string | null | undefined)[];
}

/**
 * `stored` with the `revision` when the text is a new version of an article stored under the
 * same id or URL; `present` with the `aliases` (other ids or URLs) the stored article gained.
 */
export type StoreOutcome = { status: 'stored'; articleId: number; revision?: Revision | null } | { status: 'present'; articleId: number; aliases?: string[] };

export interface RunCounts {
  read: number;
  stored: number;
  present: number;
  failed: number;
}

/** Singular names of the report lists, as stored in `mentions.kind`. */
export const MENTION_KIND_NAMES: Record<MentionKind, string> = {
  money: 'money',
  percentages: 'percentage',
  quantities: 'quantity',
  timestamps: 'timestamp',
  entities: 'entity',
  sources: 'source',
};

/** Fields of a report item that have their own column; the rest go to `attrs` as JSON. */
const COLUMN_FIELDS = new Set(['start', 'end', 'text', 'value', 'valueHigh', 'currency', 'unit', 'type', 'kind', 'canonical', 'name', 'endValue']);

/**
 * sha256 hex of a string (UTF-8), as pipeline/record.ts's `sha256` (not imported from there:
 * that module loads zod, ~750 KB that `query` and `export` would load for nothing).
 */
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** sha256 of a record as read: the key that lets a re-ingest skip it without analysing it again. */
export const rawHash = (record: unknown): string => sha256(JSON.stringify(record));

/** The identity of an article: its title, published time and cleaned text. */
export const articleKey = (report: Report): string =>
  sha256(JSON.stringify([report.article.title ?? '', report.article.published ?? '', report.text]));

export interface OpenOptions {
  /** Open for reading only (no migrations, writes refused). Default false. */
  readonly?: boolean;
  /** How long a write waits for another writer to finish, in milliseconds, before it fails. Default 60,000. */
  busyWaitMs?: number;
}

/** How a run ended (`runs.status`): still `running` after a crash or kill -9. */
export type RunStatus = 'running' | 'done' | 'interrupted' | 'failed';

/**
 * A fault of the database itself, not of one article: the disk is full, the file or its
 * folder is read-only, the file is not a SQLite database or is damaged, or another process
 * held it for too long. The message is one line naming the file and the cause.
 */
export class StorageError extends Error {
  constructor(
    readonly file: string,
    /** SQLite's result code (`SQLITE_FULL`, …) or the system error code. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

const FAULT_CAUSES: readonly [RegExp, string][] = [
  [/^SQLITE_FULL/, 'the disk is full'],
  [/^SQLITE_READONLY/, 'it cannot be written (a read-only file or folder)'],
  [/^SQLITE_CANTOPEN/, 'it cannot be opened (a missing or read-only folder, or no permission)'],
  [/^SQLITE_(?:CORRUPT|NOTADB)/, 'it is not a SQLite database, or it is damaged'],
  [/^SQLITE_IOERR/, 'an input/output error'],
  [/^SQLITE_(?:BUSY|LOCKED)/, 'another process kept it locked for too long'],
  [/^SQLITE_(?:PERM|AUTH)/, 'permission denied'],
  [/^SQLITE_NOMEM/, 'out of memory'],
  [/^SQLITE_PROTOCOL/, 'its lock protocol failed (a network file system?)'],
  [/^(?:ENOENT|ENOTDIR)$/, 'its folder does not exist'],
  [/^(?:EACCES|EPERM|EROFS)$/, 'permission denied'],
  [/^ENOSPC$/, 'the disk is full'],
];

/** The {@link StorageError} for an error that is a fault of the database, or null for anything else (one article's problem, a bug). */
export function storageFault(err: unknown, file: string, lead = 'database'): StorageError | null {
  if (err instanceof StorageError) return err;
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  const cause = FAULT_CAUSES.find(([pattern]) => pattern.test(code))?.[1];
  if (!cause) return null;
  return new StorageError(file, code, `${lead} ${file}: ${cause} (${code}: ${(err as Error).message})`);
}

const isBusy = (err: unknown) => /^SQLITE_(?:BUSY|LOCKED)/.test(String((err as { code?: unknown })?.code ?? ''));
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Sleeps the thread (better-sqlite3 is synchronous, so the wait is too). */
const sleepSync = (ms: number) => void Atomics.wait(pause, 0, 0, ms);

/** A statement that would change the database, given to a read-only query. */
export class ReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyError';
  }
}

/** A query that cannot run as given: an SQL error, or parameters that do not fit the statement. */
export class QueryError extends Error {
  /** `sql` for SQLite's own errors; the others for parameters. */
  readonly code: 'sql' | 'missing-parameter' | 'unknown-parameter' | 'positional-parameter';
  /** The parameter concerned, for the parameter codes. */
  readonly parameter?: string;
  constructor(code: QueryError['code'], message: string, parameter?: string) {
    super(message);
    this.name = 'QueryError';
    this.code = code;
    if (parameter !== undefined) this.parameter = parameter;
  }
}

/** Column names and a lazy iterator over the rows (arrays, in column order). */
export interface QueryResult {
  columns: string[];
  rows: IterableIterator<unknown[]>;
}

/** Report list names by the singular kind stored in `mentions.kind`, for figures. */
const FIGURE_KIND_OF: Readonly<Record<string, FigureKind>> = { money: 'money', percentage: 'percentages', quantity: 'quantities' };

/** Rows of one match key handed to a rule, at most (the oldest stories first). */
const STORED_FIGURES_PER_KEY = 500;

export class ClaimsDb {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly busyWaitMs: number;
  private statements?: ReturnType<ClaimsDb['prepareStatements']>;
  private articleVersions?: ArticleVersions;

  private constructor(file: string, db: Database.Database, busyWaitMs: number) {
    this.file = file;
    this.db = db;
    this.busyWaitMs = busyWaitMs;
  }

  /**
   * Opens (and for writing, creates and migrates) the database at `file`.
   * @throws StorageError when the file cannot be opened, written or read as a database.
   */
  static open(file: string, options: OpenOptions = {}): ClaimsDb {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      throw storageFault(err, file, 'cannot open database') ?? new Error(`cannot open database ${file}: ${(err as Error).message}`);
    }
    const store = new ClaimsDb(file, db, options.busyWaitMs ?? 60_000);
    if (!options.readonly) {
      try {
        // The busy timeout first: switching to WAL and migrating wait for other writers too.
        db.pragma('busy_timeout = 5000');
        store.write(() => db.pragma('journal_mode = WAL'));
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        store.migrate();
      } catch (err) {
        db.close();
        throw storageFault(err, file, 'cannot open database') ?? err;
      }
    }
    return store;
  }

  /**
   * Opens an existing database for reading. One made by an older claimscan is brought up to
   * date first (its migrations run, which needs write access once), so researchers' tools can
   * open it too; `onUpgrade` hears about it.
   * @throws Error naming the file when it is missing or cannot be opened.
   */
  static openForReading(file: string, onUpgrade?: (from: number, to: number) => void): ClaimsDb {
    const reader = ClaimsDb.open(file, { readonly: true });
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    const current = reader.schemaVersion;
    if (current >= latest) return reader;
    reader.close();
    try {
      ClaimsDb.open(file).close();
    } catch (err) {
      throw new Error(`database ${file} has schema version ${current} and needs upgrading to ${latest}, which needs write access once: ${(err as Error).message}`);
    }
    onUpgrade?.(current, latest);
    return ClaimsDb.open(file, { readonly: true });
  }

  /**
   * Runs one write (a transaction or a single statement), waiting while another process
   * writes: SQLite's busy handler waits up to `busy_timeout`, and a write still refused is
   * tried again until `busyWaitMs` has passed. A fault of the database becomes a {@link StorageError}.
   */
  private write<T>(fn: () => T): T {
    const deadline = Date.now() + this.busyWaitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return fn();
      } catch (err) {
        if (isBusy(err) && Date.now() < deadline) {
          sleepSync(Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
          continue;
        }
        throw storageFault(err, this.file) ?? err;
      }
    }
  }

  /** The schema version (`PRAGMA user_version`). */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /**
   * Applies the migrations this database has not seen, each in its own `BEGIN IMMEDIATE`
   * transaction that reads the version after taking the write lock, so two processes
   * opening a new database together apply each migration once. The first transaction also
   * proves the file writable.
   */
  migrate(): void {
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    const step = this.db.transaction((): boolean => {
      const current = this.schemaVersion;
      if (current > latest) {
        throw new StorageError(this.file, 'SCHEMA', `database ${this.file} has schema version ${current}, newer than this claimscan knows (${latest}); upgrade claimscan`);
      }
      const next = MIGRATIONS.find((m) => m.version > current);
      if (!next) return false;
      this.db.exec(next.sql);
      if (next.backfill) this.backfill(next.backfill);
      this.db.pragma(`user_version = ${next.version}`);
      return true;
    });
    while (this.write(() => step.immediate()));
  }

  /** The data step of a migration (see `Migration.backfill`). */
  private backfill(step: NonNullable<Migration['backfill']>): void {
    if (step === 'claim-frames') {
      const ids = this.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
      for (const id of ids) {
        const report = this.reportFromRows(id);
        if (report) this.storeFrames(id, report);
      }
    }
  }

  /**
   * Enough of a stored article's report to derive its claim frames again: text, paragraphs,
   * sentences, mentions and claims from their rows (for migrations that add derived tables).
   */
  private reportFromRows(articleId: number): Report | null {
    const a = this.db.prepare('SELECT title, published, publisher, url, author, record_id, text, content_hash FROM articles WHERE id = ?').get(articleId) as
      | { title: string | null; published: string | null; publisher: string | null; url: string | null; author: string | null; record_id: string | null; text: string; content_hash: string }
      | undefined;
    if (!a) return null;
    const paragraphs = (this.db.prepare('SELECT start, "end", duplicate_of FROM paragraphs WHERE article_id = ? ORDER BY idx').all(articleId) as { start: number; end: number; duplicate_of: number | null }[]).map((p) => ({
      start: p.start,
      end: p.end,
      duplicateOf: p.duplicate_of,
    }));
    const sentences = this.db.prepare('SELECT start, "end", paragraph FROM sentences WHERE article_id = ? ORDER BY idx').all(articleId) as { start: number; end: number; paragraph: number }[];
    const lists: Record<MentionKind, Record<string, unknown>[]> = { money: [], percentages: [], quantities: [], timestamps: [], entities: [], sources: [] };
    const kindOf = Object.fromEntries(Object.entries(MENTION_KIND_NAMES).map(([k, v]) => [v, k as MentionKind]));
    const mentionRows = this.db.prepare('SELECT kind, idx, start, "end", text, value, value_high, unit, normalized, end_value, attrs FROM mentions WHERE article_id = ? ORDER BY kind, idx').all(articleId) as {
      kind: string; idx: number; start: number; end: number; text: string; value: number | null; value_high: number | null; unit: string | null; normalized: string | null; end_value: string | null; attrs: string | null;
    }[];
    for (const m of mentionRows) {
      const kind = kindOf[m.kind];
      if (!kind) continue;
      const item: Record<string, unknown> = { start: m.start, end: m.end, text: m.text, ...(m.attrs ? (JSON.parse(m.attrs) as object) : {}) };
      if (kind === 'money') Object.assign(item, { value: m.value, currency: m.unit, approximate: item.approximate === true });
      else if (kind === 'percentages') item.value = m.value;
      else if (kind === 'quantities') Object.assign(item, { value: m.value, unit: m.unit });
      else if (kind === 'timestamps') Object.assign(item, m.normalized ? { value: m.normalized } : {}, m.end_value ? { endValue: m.end_value } : {});
      else if (kind === 'entities') Object.assign(item, { type: m.unit, canonical: m.normalized });
      else Object.assign(item, { name: m.normalized, kind: m.unit });
      if (m.value_high !== null) item.valueHigh = m.value_high;
      lists[kind][m.idx] = item;
    }
    const claims = (this.db.prepare('SELECT id, start, "end", subject, measure, time, time_scope, source_scope, figures FROM claims WHERE article_id = ? ORDER BY idx').all(articleId) as {
      id: number; start: number; end: number; subject: string | null; measure: string | null; time: string | null; time_scope: string | null; source_scope: string | null; figures: string;
    }[]).map((c) => ({
      start: c.start,
      end: c.end,
      figures: JSON.parse(c.figures) as string[],
      subject: c.subject,
      measure: c.measure,
      time: c.time,
      timeScope: c.time_scope as Report['claims'][number]['timeScope'],
      sources: [],
      sourceScope: c.source_scope as Report['claims'][number]['sourceScope'],
    }));
    return {
      schema: 'claimscan/report@1',
      input: '',
      article: { id: a.record_id, url: a.url, title: a.title, published: a.published, publisher: a.publisher, author: a.author, contentHash: a.content_hash },
      text: a.text,
      paragraphs,
      sentences,
      ...(lists as unknown as Pick<Report, MentionKind>),
      claims,
      flags: [],
    };
  }

  /**
   * Stores the claim frames of an article (pipeline/frames.ts): one row per figure of every
   * claim, with the key that compares it with other articles. Runs inside the article's
   * transaction (storeReport) or a migration's.
   */
  private storeFrames(articleId: number, report: Report): void {
    const s = this.frameStatements;
    const claimIds = new Map((s.claimIds.all(articleId) as { idx: number; id: number }[]).map((r) => [r.idx, r.id]));
    const mentionIds = new Map((s.mentionIds.all(articleId) as { kind: string; idx: number; id: number }[]).map((r) => [`${FIGURE_KIND_OF[r.kind] ?? r.kind}:${r.idx}`, r.id]));
    for (const frame of framesOf(checkedArticleOf(report))) {
      const mentionId = mentionIds.get(frame.figure.ref);
      const claimId = claimIds.get(frame.claim);
      if (mentionId === undefined || claimId === undefined) continue;
      const { lo, hi } = intervalColumns(frame.interval);
      s.insertFrame.run(
        mentionId, claimId, articleId, frame.figure.ref, frame.subject, frame.measure, frame.time, frame.timeEnd, frame.role,
        JSON.stringify(frame.qualifiers), frame.origin, frame.figure.unit, frame.figure.value, frame.figure.mention.valueHigh ?? null, lo, hi, frame.matchKey,
      );
    }
  }

  private cachedFrameStatements?: ReturnType<ClaimsDb['prepareFrameStatements']>;
  private get frameStatements() {
    return (this.cachedFrameStatements ??= this.prepareFrameStatements());
  }
  private prepareFrameStatements() {
    return {
      claimIds: this.db.prepare('SELECT idx, id FROM claims WHERE article_id = ?'),
      mentionIds: this.db.prepare("SELECT kind, idx, id FROM mentions WHERE article_id = ? AND kind IN ('money', 'percentage', 'quantity')"),
      insertFrame: this.db.prepare(`INSERT OR REPLACE INTO claim_frames (mention_id, claim_id, article_id, figure, subject, measure, time, time_end, role, qualifiers, origin, unit, value, value_high, lo, hi, match_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      storedFigures: this.db.prepare(`SELECT f.match_key AS key, a.id AS article_id, a.title, a.publisher, a.published, a.url, a.content_hash AS story,
          c.text AS sentence, m.text, m.kind, f.unit, f.value, f.value_high, f.qualifiers
        FROM claim_frames f
        JOIN articles a ON a.id = f.article_id
        JOIN claims c ON c.id = f.claim_id
        JOIN mentions m ON m.id = f.mention_id
        WHERE f.match_key = ? AND a.content_hash <> ?
        ORDER BY f.article_id, f.mention_id
        LIMIT ${STORED_FIGURES_PER_KEY}`),
      copies: this.db.prepare('SELECT count(*) FROM articles WHERE content_hash = ?').pluck(),
    };
  }

  /**
   * Figures of other stories already stored that share a match key with `keys` (for
   * `conflicting-report`): one story per body (its first stored copy; `copies` counts them),
   * the story `excludeStory` (this article's own body) left out.
   */
  storedFigures(keys: readonly string[], excludeStory: string): StoredFigures {
    const s = this.frameStatements;
    const out = new Map<string, StoredFigure[]>();
    const copies = new Map<string, number>();
    for (const key of new Set(keys)) {
      const firstCopy = new Map<string, number>();
      const list: StoredFigure[] = [];
      for (const row of s.storedFigures.iterate(key, excludeStory) as IterableIterator<{
        article_id: number; title: string | null; publisher: string | null; published: string | null; url: string | null; story: string;
        sentence: string; text: string; kind: string; unit: string; value: number; value_high: number | null; qualifiers: string;
      }>) {
        const first = firstCopy.get(row.story);
        if (first !== undefined && first !== row.article_id) continue; // a later copy of a story already listed
        firstCopy.set(row.story, row.article_id);
        if (!copies.has(row.story)) copies.set(row.story, s.copies.get(row.story) as number);
        const q = JSON.parse(row.qualifiers) as { approximate?: boolean; bound?: 'min' | 'max' };
        list.push({
          articleId: row.article_id, title: row.title, publisher: row.publisher, published: row.published, url: row.url, story: row.story,
          copies: copies.get(row.story)!, sentence: row.sentence, text: row.text, kind: FIGURE_KIND_OF[row.kind] ?? 'money', unit: row.unit,
          value: row.value, valueHigh: row.value_high, approximate: q.approximate === true, bound: q.bound ?? null,
        });
      }
      if (list.length) out.set(key, list);
    }
    return out;
  }

  private prepareStatements() {
    const db = this.db;
    return {
      startRun: db.prepare("INSERT INTO runs (command, inputs, version, started_at, status) VALUES (?, ?, ?, ?, 'running')"),
      finishRun: db.prepare('UPDATE runs SET finished_at = ?, read = ?, stored = ?, present = ?, failed = ?, status = ?, error = ? WHERE id = ?'),
      hasRaw: db.prepare('SELECT 1 FROM articles WHERE raw_hash = ? LIMIT 1').pluck(),
      findKey: db.prepare('SELECT id FROM articles WHERE article_key = ?').pluck(),
      insertArticle: db.prepare(`INSERT INTO articles (article_key, content_hash, raw_hash, record_id, input, line, url, title, published, publisher, author, text, paragraph_count, duplicate_paragraphs, run_id, stored_at)
        VALUES (@article_key, @content_hash, @raw_hash, @record_id, @input, @line, @url, @title, @published, @publisher, @author, @text, @paragraph_count, @duplicate_paragraphs, @run_id, @stored_at)`),
      insertParagraph: db.prepare('INSERT INTO paragraphs (article_id, idx, start, "end", duplicate_of, similarity, exact) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertSentence: db.prepare('INSERT INTO sentences (article_id, idx, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)'),
      insertMention: db.prepare(`INSERT INTO mentions (article_id, kind, idx, start, "end", text, value, value_high, unit, normalized, end_value, attrs, extractor, extractor_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertClaim: db.prepare(`INSERT INTO claims (article_id, idx, start, "end", text, subject, measure, time, time_scope, source_scope, sourced, figures, frames)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertClaimFigure: db.prepare('INSERT OR IGNORE INTO claim_figures (claim_id, mention_id) VALUES (?, ?)'),
      insertClaimSource: db.prepare('INSERT OR IGNORE INTO claim_sources (claim_id, name, scope, vague) VALUES (?, ?, ?, ?)'),
      insertFlag: db.prepare(`INSERT INTO flags (article_id, rule, severity, message_id, message, start, "end", text, related)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertError: db.prepare('INSERT INTO ingest_errors (run_id, input, line, error, at) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  private get stmts() {
    return (this.statements ??= this.prepareStatements());
  }

  /** The connection, for the other modules of storage/ (frontier, versions) only. */
  get connection(): Database.Database {
    return this.db;
  }

  private get versions(): ArticleVersions {
    return (this.articleVersions ??= new ArticleVersions(this.db));
  }

  /** Records the start of a run (`status` running); returns its id. */
  startRun(command: string, inputs: readonly string[], version: string): number {
    return this.write(() => Number(this.stmts.startRun.run(command, JSON.stringify(inputs), version, new Date().toISOString()).lastInsertRowid));
  }

  /** Records the end of a run: its counts, how it ended and, for a failed run, why. */
  finishRun(runId: number, counts: RunCounts, status: Exclude<RunStatus, 'running'> = 'done', error: string | null = null): void {
    this.write(() => this.stmts.finishRun.run(new Date().toISOString(), counts.read, counts.stored, counts.present, counts.failed, status, error, runId));
  }

  /** True when a record with this raw hash is already stored. */
  hasRawHash(hash: string): boolean {
    return this.write(() => this.stmts.hasRaw.get(hash) !== undefined);
  }

  /** Records why a record could not be read or analysed. */
  recordError(runId: number | null, input: string, line: number | undefined, error: string): void {
    this.write(() => this.stmts.insertError.run(runId, input, line ?? null, error, new Date().toISOString()));
  }

  /**
   * Stores one article and everything extracted from it in one `BEGIN IMMEDIATE`
   * transaction. An article already stored (same {@link articleKey}), by this process or
   * another, adds nothing.
   * @throws StorageError for a fault of the database; any other error is this article's.
   */
  storeReport(input: StoreInput, extractors: ExtractorVersions): StoreOutcome {
    const s = this.stmts;
    const { report } = input;
    const key = articleKey(report);
    const store = this.db.transaction((): StoreOutcome => {
      const existing = s.findKey.get(key) as number | undefined;
      const identities = identitiesOf(report, input.urls);
      if (existing !== undefined) {
        const aliases = this.versions.noteAliases(existing, identities, input.runId);
        return aliases.length ? { status: 'present', articleId: existing, aliases } : { status: 'present', articleId: existing };
      }
      const articleId = Number(
        s.insertArticle.run({
          article_key: key,
          content_hash: report.article.contentHash,
          raw_hash: input.rawHash,
          record_id: report.article.id,
          input: input.input,
          line: input.line ?? null,
          url: report.article.url,
          title: report.article.title,
          published: report.article.published,
          publisher: report.article.publisher,
          author: report.article.author ?? null,
          text: report.text,
          paragraph_count: report.paragraphs.length,
          duplicate_paragraphs: report.paragraphs.filter((p) => p.duplicateOf !== null).length,
          run_id: input.runId,
          stored_at: new Date().toISOString(),
        }).lastInsertRowid,
      );
      report.paragraphs.forEach((p, i) =>
        s.insertParagraph.run(articleId, i, p.start, p.end, p.duplicateOf, p.similarity ?? null, p.exact === undefined ? null : Number(p.exact)),
      );
      report.sentences.forEach((p, i) => s.insertSentence.run(articleId, i, p.paragraph, p.start, p.end, report.text.slice(p.start, p.end)));
      const mentionIds = new Map<string, number>();
      for (const kind of Object.keys(MENTION_KIND_NAMES) as MentionKind[]) {
        const provenance = extractors[kind] ?? { id: kind, version: 'unknown' };
        (report[kind] as unknown as Record<string, unknown>[]).forEach((item, i) => {
          const attrs: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(item)) if (!COLUMN_FIELDS.has(k) && v !== undefined) attrs[k] = v;
          const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
          const strOrNull = (...vs: unknown[]) => (vs.find((v) => typeof v === 'string') as string | undefined) ?? null;
          const id = s.insertMention.run(
            articleId,
            MENTION_KIND_NAMES[kind],
            i,
            item.start,
            item.end,
            item.text,
            num(item.value),
            num(item.valueHigh),
            strOrNull(item.currency, item.unit, item.type, item.kind),
            strOrNull(kind === 'timestamps' ? item.value : undefined, item.canonical, item.name),
            strOrNull(item.endValue),
            Object.keys(attrs).length ? JSON.stringify(attrs) : null,
            provenance.id,
            provenance.version,
          ).lastInsertRowid;
          mentionIds.set(`${kind}:${i}`, Number(id));
        });
      }
      report.claims.forEach((c, i) => {
        const claimId = Number(
          s.insertClaim.run(articleId, i, c.start, c.end, report.text.slice(c.start, c.end), c.subject, c.measure, c.time, c.timeScope ?? null, c.sourceScope, c.sources.length ? 1 : 0, JSON.stringify(c.figures), c.frames ? JSON.stringify(c.frames) : null).lastInsertRowid,
        );
        for (const ref of c.figures) {
          const mentionId = mentionIds.get(ref);
          if (mentionId !== undefined) s.insertClaimFigure.run(claimId, mentionId);
        }
        for (const name of c.sources) s.insertClaimSource.run(claimId, name, c.sourceScope, 0);
        for (const name of c.vagueSources ?? []) s.insertClaimSource.run(claimId, name, 'sentence', 1);
      });
      for (const f of report.flags) {
        s.insertFlag.run(articleId, f.rule, f.severity, f.messageId ?? null, f.message, f.start, f.end, report.text.slice(f.start, f.end), JSON.stringify(f.related));
      }
      this.storeFrames(articleId, report);
      return { status: 'stored', articleId, revision: this.versions.linkNew(articleId, identities, report, input.runId) };
    });
    return this.write(() => store.immediate());
  }

  /**
   * Runs `fn` in one `BEGIN IMMEDIATE` transaction (waiting for other writers as every
   * write does): `ingest` stores many articles per transaction this way. Each
   * {@link storeReport} inside it is a savepoint, so an article that fails is rolled back
   * alone and the others commit together; a crash before the commit leaves every article of
   * the batch absent, never half-stored. `fn` runs again from the start only if the
   * transaction could not begin; anything it throws rolls the whole batch back.
   */
  batch<T>(fn: () => T): T {
    const tx = this.db.transaction(fn);
    return this.write(() => tx.immediate());
  }

  /**
   * Runs one read-only SQL statement and returns its column names and a lazy row iterator.
   * Named parameters (`:subject`, `@subject`, `$subject`) are bound from `params` by name;
   * every one the statement names needs a value and every value a parameter. Checked before
   * anything runs: the statement must be a read-only query (storage/sql-guard.ts: no ATTACH,
   * VACUUM INTO, load_extension(), writable PRAGMAs), one statement, with SQLite's read-only flag.
   * @throws ReadOnlyError for a statement that is not a read-only query.
   * @throws QueryError for an SQL error (also while stepping) or parameters that do not fit.
   */
  query(sql: string, params: Readonly<Record<string, unknown>> = {}): QueryResult {
    let stmt: Database.Statement;
    let names: string[];
    try {
      const tokens = assertReadOnlySql(sql);
      const found = parametersOf(tokens);
      if (found.positional) {
        throw new QueryError('positional-parameter', `the statement has ${found.positional === 1 ? 'a positional parameter (?)' : `${found.positional} positional parameters (?)`}; name it instead, as :name`);
      }
      names = found.named;
      stmt = this.db.prepare(sql);
      assertReadOnlyStatement(stmt);
    } catch (err) {
      if (err instanceof RefusedStatement) throw new ReadOnlyError(err.message);
      if (err instanceof QueryError) throw err;
      throw new QueryError('sql', `SQL error: ${(err as Error).message}`);
    }
    const missing = names.find((n) => !(n in params));
    if (missing !== undefined) throw new QueryError('missing-parameter', `no value for the parameter :${missing}`, missing);
    const unknown = Object.keys(params).find((k) => !names.includes(k));
    if (unknown !== undefined) throw new QueryError('unknown-parameter', `the statement has no parameter :${unknown}${names.length ? ` (it has ${names.map((n) => `:${n}`).join(', ')})` : ''}`, unknown);
    const columns = stmt.columns().map((c) => c.name);
    const raw = stmt.raw(true);
    // The statement starts stepping only when the first row is asked for (so a result that is
    // never read holds nothing open). Some errors only show while stepping (a bad full-text
    // MATCH): they are SQL errors too.
    function* rows(): IterableIterator<unknown[]> {
      try {
        yield* (names.length ? raw.iterate(params) : raw.iterate()) as IterableIterator<unknown[]>;
      } catch (err) {
        throw new QueryError('sql', `SQL error: ${(err as Error).message}`);
      }
    }
    return { columns, rows: rows() };
  }

  /**
   * Streams claims for `claimscan export`, one object per claim from the `claim_export` view
   * (article, claim, subject, measure, time, sources, figures and flags as JSON), in claim
   * order, optionally filtered by an SQL expression over the view's columns. Constant memory:
   * rows are read as they are consumed.
   * @throws ReadOnlyError, QueryError as {@link query}.
   */
  exportClaims(options: { where?: string; flaggedOnly?: boolean } = {}): QueryResult {
    const conditions = [options.where ? `(${options.where})` : '', options.flaggedOnly ? 'flag_count > 0' : ''].filter(Boolean);
    if (options.where) {
      // the expression alone must be harmless before it is put in a statement
      const probe = `SELECT 1 FROM claim_export WHERE ${options.where}`;
      try {
        assertReadOnlySql(probe);
      } catch (err) {
        if (err instanceof RefusedStatement) throw new ReadOnlyError(err.message.replace('claimscan query runs', '--where takes an expression, as in'));
        throw err;
      }
    }
    return this.query(`SELECT * FROM claim_export${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY claim_id`);
  }

  /** Counts rows of a table (for summaries and tests). */
  count(table: 'articles' | 'mentions' | 'claims' | 'flags' | 'ingest_errors' | 'runs' | 'paragraphs' | 'sentences' | 'claim_sources' | 'claim_frames'): number {
    return this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }

  /** False once closed. */
  get open(): boolean {
    return this.db.open;
  }

  /** Closes the database (a last WAL checkpoint may still meet a fault: a {@link StorageError}). */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.close();
    } catch (err) {
      throw storageFault(err, this.file) ?? err;
    }
  }
}
