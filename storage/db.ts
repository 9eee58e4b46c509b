/**
 * The claims database. This is the only module that talks to SQLite (better-sqlite3):
 * migrations tracked by `user_version`, WAL, prepared statements compiled once, one
 * transaction per article.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { sha256 } from '../pipeline/record.js';
import type { Revision } from '../pipeline/revision.js';
import type { MentionKind, Report } from '../pipeline/types.js';
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

/** sha256 of a record as read: the key that lets a re-ingest skip it without analysing it again. */
export const rawHash = (record: unknown): string => sha256(JSON.stringify(record));

/** The identity of an article: its title, published time and cleaned text. */
export const articleKey = (report: Report): string =>
  sha256(JSON.stringify([report.article.title ?? '', report.article.published ?? '', report.text]));

export interface OpenOptions {
  /** Open for reading only (no migrations, writes refused). Default false. */
  readonly?: boolean;
}

/** A statement that would change the database, given to a read-only query. */
export class ReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyError';
  }
}

export class ClaimsDb {
  readonly file: string;
  private readonly db: Database.Database;
  private statements?: ReturnType<ClaimsDb['prepareStatements']>;
  private articleVersions?: ArticleVersions;

  private constructor(file: string, db: Database.Database) {
    this.file = file;
    this.db = db;
  }

  /** Opens (and for writing, creates and migrates) the database at `file`. */
  static open(file: string, options: OpenOptions = {}): ClaimsDb {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      throw new Error(`cannot open database ${file}: ${(err as Error).message}`);
    }
    const store = new ClaimsDb(file, db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      store.migrate();
    }
    return store;
  }

  /** The schema version (`PRAGMA user_version`). */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Applies the migrations this database has not seen, each in its own transaction. */
  migrate(): void {
    const current = this.schemaVersion;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new Error(`database ${this.file} has schema version ${current}, newer than this claimscan knows (${latest}); upgrade claimscan`);
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.pragma(`user_version = ${migration.version}`);
      })();
    }
  }

  private prepareStatements() {
    const db = this.db;
    return {
      startRun: db.prepare('INSERT INTO runs (command, inputs, version, started_at) VALUES (?, ?, ?, ?)'),
      finishRun: db.prepare('UPDATE runs SET finished_at = ?, read = ?, stored = ?, present = ?, failed = ? WHERE id = ?'),
      hasRaw: db.prepare('SELECT 1 FROM articles WHERE raw_hash = ? LIMIT 1').pluck(),
      findKey: db.prepare('SELECT id FROM articles WHERE article_key = ?').pluck(),
      insertArticle: db.prepare(`INSERT INTO articles (article_key, content_hash, raw_hash, record_id, input, line, url, title, published, publisher, author, text, paragraph_count, duplicate_paragraphs, run_id, stored_at)
        VALUES (@article_key, @content_hash, @raw_hash, @record_id, @input, @line, @url, @title, @published, @publisher, @author, @text, @paragraph_count, @duplicate_paragraphs, @run_id, @stored_at)`),
      insertParagraph: db.prepare('INSERT INTO paragraphs (article_id, idx, start, "end", duplicate_of, similarity, exact) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertSentence: db.prepare('INSERT INTO sentences (article_id, idx, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)'),
      insertMention: db.prepare(`INSERT INTO mentions (article_id, kind, idx, start, "end", text, value, value_high, unit, normalized, end_value, attrs, extractor, extractor_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertClaim: db.prepare(`INSERT INTO claims (article_id, idx, start, "end", text, subject, measure, time, time_scope, source_scope, sourced, figures)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
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

  /** Records the start of a run; returns its id. */
  startRun(command: string, inputs: readonly string[], version: string): number {
    return Number(this.stmts.startRun.run(command, JSON.stringify(inputs), version, new Date().toISOString()).lastInsertRowid);
  }

  finishRun(runId: number, counts: RunCounts): void {
    this.stmts.finishRun.run(new Date().toISOString(), counts.read, counts.stored, counts.present, counts.failed, runId);
  }

  /** True when a record with this raw hash is already stored. */
  hasRawHash(hash: string): boolean {
    return this.stmts.hasRaw.get(hash) !== undefined;
  }

  /** Records why a record could not be read or analysed. */
  recordError(runId: number | null, input: string, line: number | undefined, error: string): void {
    this.stmts.insertError.run(runId, input, line ?? null, error, new Date().toISOString());
  }

  /**
   * Stores one article and everything extracted from it in one transaction. An article
   * already stored (same {@link articleKey}) adds nothing.
   */
  storeReport(input: StoreInput, extractors: ExtractorVersions): StoreOutcome {
    const s = this.stmts;
    const { report } = input;
    const key = articleKey(report);
    return this.db.transaction((): StoreOutcome => {
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
          s.insertClaim.run(articleId, i, c.start, c.end, report.text.slice(c.start, c.end), c.subject, c.measure, c.time, c.timeScope ?? null, c.sourceScope, c.sources.length ? 1 : 0, JSON.stringify(c.figures)).lastInsertRowid,
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
      return { status: 'stored', articleId, revision: this.versions.linkNew(articleId, identities, report, input.runId) };
    })();
  }

  /**
   * Runs one read-only SQL statement and returns its column names and a row iterator.
   * @throws ReadOnlyError for a statement that would write.
   */
  query(sql: string, params: readonly unknown[] = []): { columns: string[]; rows: IterableIterator<unknown[]> } {
    let stmt: Database.Statement;
    try {
      stmt = this.db.prepare(sql);
    } catch (err) {
      throw new Error(`SQL error: ${(err as Error).message}`);
    }
    if (!stmt.readonly) throw new ReadOnlyError('refused: claimscan query runs read-only statements only (SELECT, WITH, EXPLAIN, read-only PRAGMA); this statement would change the database');
    if (!stmt.reader) throw new ReadOnlyError('refused: the statement returns no rows; claimscan query is for SELECT statements');
    const columns = stmt.columns().map((c) => c.name);
    const iterator = stmt.raw(true).iterate(...params) as IterableIterator<unknown[]>;
    // Some errors only show while stepping (a bad full-text MATCH): report them as SQL errors too.
    function* rows(): IterableIterator<unknown[]> {
      try {
        yield* iterator;
      } catch (err) {
        throw new Error(`SQL error: ${(err as Error).message}`);
      }
    }
    return { columns, rows: rows() };
  }

  /** Counts rows of a table (for summaries and tests). */
  count(table: 'articles' | 'mentions' | 'claims' | 'flags' | 'ingest_errors' | 'runs' | 'paragraphs' | 'sentences' | 'claim_sources'): number {
    return this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }

  close(): void {
    this.db.close();
  }
}
