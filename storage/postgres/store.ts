/**
 * The claims database on PostgreSQL (`--db postgres://…`): the second implementation of
 * {@link StorageBackend}, for more than one machine. The only module besides the queue's
 * that talks to PostgreSQL (node-postgres, `pg`).
 *
 * It writes the same rows as storage/db.ts does on SQLite, but a batch at a time: a shard of
 * a few hundred reports is one transaction of multi-row INSERTs (one statement per table,
 * split to stay under PostgreSQL's 65,535 parameters), not a few thousand single-row ones.
 * Article identity is the content key ({@link articleKey}, `articles.article_key` UNIQUE):
 * `INSERT … ON CONFLICT DO NOTHING` makes a report stored twice, by two workers at once or by
 * a shard run again, store nothing twice. Keys are inserted in sorted order so two batches
 * that share articles take their row locks in the same order (no deadlock); a deadlock or
 * serialization failure that happens anyway is retried.
 */
import os from 'node:os';
import pg from 'pg';
import { checkedArticleOf } from '../../pipeline/cross-check.js';
import { framesOf, intervalColumns, type StoredFigure, type StoredFigures } from '../../pipeline/frames/stored.js';
import { diffFigures, figuresOf, type FigureInContext, type FigureKind as RevisionFigureKind } from '../../pipeline/revision.js';
import type { FigureKind, MentionKind, Report } from '../../pipeline/types.js';
import type { CountedTable, StorageBackend } from '../backend.js';
import { articleKey, MENTION_KIND_NAMES, StorageError, type ExtractorVersions, type RunCounts, type RunStatus, type StoreInput, type StoreOutcome } from '../db.js';
import { identitiesOf } from '../versions.js';
import { PG_MIGRATIONS } from './schema.js';

/** Fields of a report item that have their own column; the rest go to `attrs` as JSON (as storage/db.ts). */
const COLUMN_FIELDS = new Set(['start', 'end', 'text', 'value', 'valueHigh', 'currency', 'unit', 'type', 'kind', 'canonical', 'name', 'endValue']);
const FIGURE_KIND_OF: Readonly<Record<string, FigureKind>> = { money: 'money', percentage: 'percentages', quantity: 'quantities' };
/** Rows of one match key handed to a rule, at most (as storage/db.ts). */
const STORED_FIGURES_PER_KEY = 500;
/** PostgreSQL's limit is 65,535 parameters per statement. */
const MAX_PARAMS = 60_000;

/** bigint (int8) and count(*) come back as JS numbers: ids stay far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

/** A connection string without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Error codes of PostgreSQL (SQLSTATE) and of the network that mean "try the transaction again". */
const RETRYABLE = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
export const isRetryable = (err: unknown): boolean => {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && RETRYABLE.has(code)) return true;
  return /Connection terminated|terminating connection|Client has encountered a connection error|the database system is (?:starting up|shutting down|in recovery)/i.test(String((err as Error)?.message ?? ''));
};

/** A statement runner inside one transaction (also what pg-boss takes as `db`). */
export interface PgTx {
  query<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  /** pg-boss's database adapter: its statements run in this transaction. */
  executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

/** One stored report's outcome in a batch. */
export type BatchOutcome = StoreOutcome & { key: string };

/** Column list and rows → `INSERT … VALUES (…), (…)` statements of at most MAX_PARAMS parameters. */
async function insertRows<R extends pg.QueryResultRow>(tx: PgTx, table: string, columns: readonly string[], rows: readonly unknown[][], suffix = ''): Promise<R[]> {
  const out: R[] = [];
  if (!rows.length) return out;
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const cols = columns.map((c) => (c === 'end' ? '"end"' : c)).join(', ');
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const start = values.length;
      values.push(...row);
      return `(${row.map((_, j) => `$${start + j + 1}`).join(', ')})`;
    });
    const result = await tx.query<R>(`INSERT INTO ${table} (${cols}) VALUES ${tuples.join(', ')} ${suffix}`, values);
    out.push(...result.rows);
  }
  return out;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strOrNull = (...vs: unknown[]) => (vs.find((v) => typeof v === 'string') as string | undefined) ?? null;

/**
 * Text PostgreSQL cannot hold: a NUL character. SQLite stores it; PostgreSQL's `text` refuses
 * it, so it is replaced by U+FFFD (offsets stay valid: one UTF-16 unit for one).
 */
const pgText = (s: string | null | undefined): string | null => (s == null ? null : s.includes('\u0000') ? s.replaceAll('\u0000', '\uFFFD') : s);

export class PgStore implements StorageBackend {
  readonly url: string;
  readonly pool: pg.Pool;

  private constructor(url: string, pool: pg.Pool) {
    this.url = url;
    this.pool = pool;
  }

  /**
   * Connects to `url` and brings its schema up to date (once, under an advisory lock, so
   * workers starting together do not race).
   * @throws StorageError naming the server (password hidden) when it cannot be reached or set up.
   */
  static async open(url: string, options: { max?: number } = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, types: TYPES, application_name: 'claimscan', connectionTimeoutMillis: 30_000 });
    // an idle connection dropped by the server (a restart) must not crash the process
    pool.on('error', () => {});
    const store = new PgStore(url, pool);
    try {
      await store.migrate();
    } catch (err) {
      await pool.end().catch(() => {});
      throw new StorageError(redactUrl(url), String((err as { code?: unknown }).code ?? 'PG'), `cannot open database ${redactUrl(url)}: ${(err as Error).message}`);
    }
    return store;
  }

  /** Applies the PostgreSQL schema steps this database has not seen. */
  async migrate(): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7243014)');
      await tx.query('CREATE TABLE IF NOT EXISTS claimscan_schema (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const current = (await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM claimscan_schema')).rows[0]?.v ?? 0;
      const latest = PG_MIGRATIONS.at(-1)?.version ?? 0;
      if (current > latest) throw new Error(`schema version ${current} is newer than this claimscan knows (${latest}); upgrade claimscan`);
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        await tx.query(m.sql);
        await tx.query('INSERT INTO claimscan_schema (version) VALUES ($1)', [m.version]);
      }
    }, 1);
  }

  /** The schema version (SQLite's `user_version` it matches). */
  async schemaVersion(): Promise<number> {
    return (await this.pool.query<{ v: number }>('SELECT max(version) AS v FROM claimscan_schema')).rows[0]?.v ?? 0;
  }

  /**
   * Runs `fn` in one transaction on one connection; a deadlock, serialization failure or lost
   * connection (a server restart) rolls back and runs it again, up to `attempts` times with
   * growing pauses.
   */
  async transaction<T>(fn: (tx: PgTx) => Promise<T>, attempts = 8): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient | undefined;
      try {
        client = await this.pool.connect();
        const c = client;
        // a connection lost between statements (the server restarting) is an 'error' event on
        // the client; without a listener it would end the process. The next statement fails instead.
        if (!c.listenerCount('error')) c.on('error', () => {});
        const tx: PgTx = {
          query: (text, values) => c.query(text, values as unknown[]),
          executeSql: (text, values) => c.query(text, values as unknown[]),
        };
        await c.query('BEGIN');
        const result = await fn(tx);
        await c.query('COMMIT');
        client.release();
        client = undefined;
        return result;
      } catch (err) {
        if (client) {
          // a broken connection is thrown away, not returned to the pool
          await client.query('ROLLBACK').then(() => client!.release(), () => client!.release(err as Error));
        }
        if (attempt >= attempts || !isRetryable(err)) throw err;
        await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** attempt) * (0.5 + Math.random())));
      }
    }
  }

  async startRun(command: string, inputs: readonly string[], version: string): Promise<number> {
    const { rows } = await this.pool.query<{ id: number }>("INSERT INTO runs (command, inputs, version, started_at, status) VALUES ($1, $2, $3, $4, 'running') RETURNING id", [
      command,
      JSON.stringify(inputs),
      version,
      new Date().toISOString(),
    ]);
    return rows[0]!.id;
  }

  async finishRun(runId: number, counts: RunCounts, status: Exclude<RunStatus, 'running'> = 'done', error: string | null = null): Promise<void> {
    await this.pool.query('UPDATE runs SET finished_at = $1, read = $2, stored = $3, present = $4, failed = $5, status = $6, error = $7 WHERE id = $8', [
      new Date().toISOString(), counts.read, counts.stored, counts.present, counts.failed, status, error, runId,
    ]);
  }

  async hasRawHash(hash: string): Promise<boolean> {
    return (await this.rawHashesStored([hash])).has(hash);
  }

  /** Which of `hashes` are stored already (one query for a whole shard). */
  async rawHashesStored(hashes: readonly string[], tx: PgTx = this.tx): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const { rows } = await tx.query<{ raw_hash: string }>('SELECT DISTINCT raw_hash FROM articles WHERE raw_hash = ANY($1::text[])', [hashes]);
    return new Set(rows.map((r) => r.raw_hash));
  }

  /** Statements outside a transaction (each its own). */
  private get tx(): PgTx {
    return { query: (text, values) => this.pool.query(text, values as unknown[]), executeSql: (text, values) => this.pool.query(text, values as unknown[]) };
  }

  async recordError(runId: number | null, input: string, line: number | undefined, error: string): Promise<void> {
    await this.recordErrors(this.tx, [{ runId, input, line, error }]);
  }

  /** Records failed records in one statement (inside a shard's transaction). */
  async recordErrors(tx: PgTx, errors: readonly { runId: number | null; input: string; line?: number | undefined; error: string }[]): Promise<void> {
    const at = new Date().toISOString();
    await insertRows(tx, 'ingest_errors', ['run_id', 'input', 'line', 'error', 'at'], errors.map((e) => [e.runId, pgText(e.input), e.line ?? null, pgText(e.error), at]));
  }

  async storeReport(input: StoreInput, extractors: ExtractorVersions): Promise<StoreOutcome> {
    const [outcome] = await this.transaction((tx) => this.storeReports(tx, [input], extractors));
    const { key: _key, ...rest } = outcome!;
    return rest;
  }

  /**
   * Stores a batch of reports inside the transaction `tx` (the caller commits): new articles
   * with all their rows, `present` for content already stored (by anyone, or earlier in the
   * batch). Outcomes in input order.
   */
  async storeReports(tx: PgTx, inputs: readonly StoreInput[], extractors: ExtractorVersions): Promise<BatchOutcome[]> {
    const keys = inputs.map((i) => articleKey(i.report));
    const now = new Date().toISOString();
    // the first of each key in the batch is the one inserted; inserted in key order (lock order)
    const firstOf = new Map<string, number>();
    keys.forEach((k, i) => firstOf.has(k) || firstOf.set(k, i));
    const order = [...firstOf.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, i]) => i);
    const inserted = await insertRows<{ id: number; article_key: string }>(
      tx,
      'articles',
      ['article_key', 'content_hash', 'raw_hash', 'record_id', 'input', 'line', 'url', 'title', 'published', 'publisher', 'author', 'text', 'paragraph_count', 'duplicate_paragraphs', 'run_id', 'stored_at'],
      order.map((i) => {
        const { report, ...input } = inputs[i]!;
        const a = report.article;
        return [
          keys[i], a.contentHash, input.rawHash, pgText(a.id), pgText(input.input), input.line ?? null, pgText(a.url), pgText(a.title), pgText(a.published), pgText(a.publisher), pgText(a.author ?? null),
          pgText(report.text), report.paragraphs.length, report.paragraphs.filter((p) => p.duplicateOf !== null).length, input.runId, now,
        ];
      }),
      'ON CONFLICT (article_key) DO NOTHING RETURNING id, article_key',
    );
    const newId = new Map(inserted.map((r) => [r.article_key, r.id]));
    const missing = [...firstOf.keys()].filter((k) => !newId.has(k));
    const presentId = new Map<string, number>();
    if (missing.length) {
      const { rows } = await tx.query<{ id: number; article_key: string }>('SELECT id, article_key FROM articles WHERE article_key = ANY($1::text[])', [missing]);
      for (const r of rows) presentId.set(r.article_key, r.id);
    }

    // rows of the new articles
    const paragraphs: unknown[][] = [];
    const sentences: unknown[][] = [];
    const mentions: unknown[][] = [];
    const claims: unknown[][] = [];
    const flags: unknown[][] = [];
    const newOnes: { i: number; id: number }[] = [];
    for (const [key, i] of firstOf) {
      const id = newId.get(key);
      if (id === undefined) continue;
      newOnes.push({ i, id });
      const { report } = inputs[i]!;
      report.paragraphs.forEach((p, idx) => paragraphs.push([id, idx, p.start, p.end, p.duplicateOf, p.similarity ?? null, p.exact === undefined ? null : Number(p.exact)]));
      report.sentences.forEach((s, idx) => sentences.push([id, idx, s.paragraph, s.start, s.end, pgText(report.text.slice(s.start, s.end))]));
      for (const kind of Object.keys(MENTION_KIND_NAMES) as MentionKind[]) {
        const provenance = extractors[kind] ?? { id: kind, version: 'unknown' };
        (report[kind] as unknown as Record<string, unknown>[]).forEach((item, idx) => {
          const attrs: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(item)) if (!COLUMN_FIELDS.has(k) && v !== undefined) attrs[k] = v;
          mentions.push([
            id, MENTION_KIND_NAMES[kind], idx, item.start, item.end, pgText(item.text as string), num(item.value), num(item.valueHigh),
            pgText(strOrNull(item.currency, item.unit, item.type, item.kind)),
            pgText(strOrNull(kind === 'timestamps' ? item.value : undefined, item.canonical, item.name)),
            pgText(strOrNull(item.endValue)),
            Object.keys(attrs).length ? pgText(JSON.stringify(attrs)) : null,
            provenance.id, provenance.version,
          ]);
        });
      }
      report.claims.forEach((c, idx) =>
        claims.push([
          id, idx, c.start, c.end, pgText(report.text.slice(c.start, c.end)), pgText(c.subject), pgText(c.measure), pgText(c.time), c.timeScope ?? null, c.sourceScope,
          c.sources.length ? 1 : 0, pgText(JSON.stringify(c.figures)), c.frames ? pgText(JSON.stringify(c.frames)) : null,
        ]),
      );
      for (const f of report.flags) {
        flags.push([id, f.rule, f.severity, f.messageId ?? null, pgText(f.message), f.start, f.end, pgText(report.text.slice(f.start, f.end)), pgText(JSON.stringify(f.related))]);
      }
    }
    await insertRows(tx, 'paragraphs', ['article_id', 'idx', 'start', 'end', 'duplicate_of', 'similarity', 'exact'], paragraphs);
    await insertRows(tx, 'sentences', ['article_id', 'idx', 'paragraph', 'start', 'end', 'text'], sentences);
    const mentionRows = await insertRows<{ id: number; article_id: number; kind: string; idx: number }>(
      tx,
      'mentions',
      ['article_id', 'kind', 'idx', 'start', 'end', 'text', 'value', 'value_high', 'unit', 'normalized', 'end_value', 'attrs', 'extractor', 'extractor_version'],
      mentions,
      'RETURNING id, article_id, kind, idx',
    );
    const claimRows = await insertRows<{ id: number; article_id: number; idx: number }>(
      tx,
      'claims',
      ['article_id', 'idx', 'start', 'end', 'text', 'subject', 'measure', 'time', 'time_scope', 'source_scope', 'sourced', 'figures', 'frames'],
      claims,
      'RETURNING id, article_id, idx',
    );
    await insertRows(tx, 'flags', ['article_id', 'rule', 'severity', 'message_id', 'message', 'start', 'end', 'text', 'related'], flags);
    /** `article:money:0` (report list names) → mention id; `article:idx` → claim id. */
    const mentionId = new Map<string, number>();
    const reverseKind = Object.fromEntries(Object.entries(MENTION_KIND_NAMES).map(([k, v]) => [v, k]));
    for (const m of mentionRows) mentionId.set(`${m.article_id}:${reverseKind[m.kind]}:${m.idx}`, m.id);
    const claimId = new Map(claimRows.map((c) => [`${c.article_id}:${c.idx}`, c.id]));
    const claimFigures = new Map<string, unknown[]>();
    const claimSources = new Map<string, unknown[]>();
    const frames = new Map<number, unknown[]>();
    for (const { i, id } of newOnes) {
      const { report } = inputs[i]!;
      report.claims.forEach((c, idx) => {
        const cid = claimId.get(`${id}:${idx}`)!;
        for (const ref of c.figures) {
          const mid = mentionId.get(`${id}:${ref}`);
          if (mid !== undefined && !claimFigures.has(`${cid}:${mid}`)) claimFigures.set(`${cid}:${mid}`, [cid, mid]);
        }
        for (const name of c.sources) if (!claimSources.has(`${cid}:${name}:0`)) claimSources.set(`${cid}:${name}:0`, [cid, pgText(name), c.sourceScope, 0]);
        for (const name of c.vagueSources ?? []) if (!claimSources.has(`${cid}:${name}:1`)) claimSources.set(`${cid}:${name}:1`, [cid, pgText(name), 'sentence', 1]);
      });
      for (const frame of framesOf(checkedArticleOf(report))) {
        const mid = mentionId.get(`${id}:${frame.figure.ref}`);
        const cid = claimId.get(`${id}:${frame.claim}`);
        if (mid === undefined || cid === undefined) continue;
        const { lo, hi } = intervalColumns(frame.interval);
        // INSERT OR REPLACE on SQLite: the last frame of a mention wins
        frames.set(mid, [
          mid, cid, id, frame.figure.ref, pgText(frame.subject), pgText(frame.measure), pgText(frame.time), pgText(frame.timeEnd), frame.role, pgText(JSON.stringify(frame.qualifiers)), frame.origin,
          pgText(frame.figure.unit), frame.figure.value, frame.figure.mention.valueHigh ?? null, lo, hi, pgText(frame.matchKey),
        ]);
      }
    }
    await insertRows(tx, 'claim_figures', ['claim_id', 'mention_id'], [...claimFigures.values()]);
    await insertRows(tx, 'claim_sources', ['claim_id', 'name', 'scope', 'vague'], [...claimSources.values()]);
    await insertRows(tx, 'claim_frames', ['mention_id', 'claim_id', 'article_id', 'figure', 'subject', 'measure', 'time', 'time_end', 'role', 'qualifiers', 'origin', 'unit', 'value', 'value_high', 'lo', 'hi', 'match_key'], [...frames.values()]);

    return this.linkIdentities(tx, inputs, keys, newId, presentId, now);
  }

  /**
   * Identities, aliases and versions (storage/versions.ts, for a batch): in input order, an
   * article already stored gains the identities it did not have (aliases); a new one records
   * its identities and, when an earlier article shares one, becomes its next version.
   */
  private async linkIdentities(tx: PgTx, inputs: readonly StoreInput[], keys: readonly string[], newId: Map<string, number>, presentId: Map<string, number>, now: string): Promise<BatchOutcome[]> {
    const identities = inputs.map((input) => identitiesOf(input.report, input.urls).map((s) => pgText(s)!));
    const all = [...new Set(identities.flat())];
    /** identity → article ids that have it (stored before, or earlier in this batch) */
    const holders = new Map<string, Set<number>>();
    if (all.length) {
      const { rows } = await tx.query<{ identity: string; article_id: number }>('SELECT identity, article_id FROM article_identities WHERE identity = ANY($1::text[])', [all]);
      for (const r of rows) (holders.get(r.identity) ?? holders.set(r.identity, new Set()).get(r.identity)!).add(r.article_id);
    }
    const rows: unknown[][] = [];
    const add = (identity: string, articleId: number, alias: number, runId: number | null) => {
      const set = holders.get(identity) ?? holders.set(identity, new Set()).get(identity)!;
      if (set.has(articleId)) return false;
      set.add(articleId);
      rows.push([identity, articleId, alias, runId, now]);
      return true;
    };
    const outcomes: BatchOutcome[] = [];
    const versions: { articleId: number; previous: number; identity: string; report: Report }[] = [];
    const seen = new Set<string>();
    inputs.forEach((input, i) => {
      const key = keys[i]!;
      const fresh = newId.get(key);
      if (fresh !== undefined && !seen.has(key)) {
        seen.add(key);
        let previous: { id: number; identity: string } | null = null;
        for (const identity of identities[i]!) {
          const ids = [...(holders.get(identity) ?? [])].filter((id) => id !== fresh);
          const id = ids.length ? Math.max(...ids) : null;
          if (id !== null && (!previous || id > previous.id)) previous = { id, identity };
        }
        for (const identity of identities[i]!) add(identity, fresh, 0, input.runId);
        if (previous) versions.push({ articleId: fresh, previous: previous.id, identity: previous.identity, report: input.report });
        outcomes.push({ key, status: 'stored', articleId: fresh, revision: null });
        return;
      }
      const existing = fresh ?? presentId.get(key);
      if (existing === undefined) throw new Error(`article ${key} is neither new nor stored (a concurrent delete?)`);
      const aliases = identities[i]!.filter((identity) => add(identity, existing, 1, input.runId));
      outcomes.push(aliases.length ? { key, status: 'present', articleId: existing, aliases } : { key, status: 'present', articleId: existing });
    });
    await insertRows(tx, 'article_identities', ['identity', 'article_id', 'alias', 'run_id', 'seen_at'], rows, 'ON CONFLICT DO NOTHING');
    for (const v of versions) {
      const { rows: figureRows } = await tx.query<{ kind: RevisionFigureKind; text: string; start: number; end: number; sentence_start: number; sentence: string }>(
        `SELECT m.kind, m.text, m.start, m."end", s.start AS sentence_start, s.text AS sentence
           FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.start <= m.start AND m.start < s."end"
          WHERE m.article_id = $1 AND m.kind IN ('money', 'percentage', 'quantity') ORDER BY m.start`,
        [v.previous],
      );
      const before = figureRows.map((r): FigureInContext => ({ kind: r.kind, text: r.text, start: r.start, end: r.end, sentenceStart: r.sentence_start, sentence: r.sentence }));
      const changedFigures = diffFigures(before, figuresOf(v.report));
      const prior = (await tx.query<{ version: number }>('SELECT version FROM article_versions WHERE article_id = $1', [v.previous])).rows[0]?.version ?? 1;
      await tx.query('INSERT INTO article_versions (article_id, previous_id, identity, version, changed_figures) VALUES ($1, $2, $3, $4, $5)', [
        v.articleId, v.previous, v.identity, prior + 1, pgText(JSON.stringify(changedFigures)),
      ]);
      const outcome = outcomes.find((o) => o.articleId === v.articleId && o.status === 'stored');
      if (outcome && outcome.status === 'stored') outcome.revision = { previousArticleId: v.previous, version: prior + 1, identity: v.identity, changedFigures };
    }
    return outcomes;
  }

  async storedFigures(keys: readonly string[], excludeStory: string, tx: PgTx = this.tx): Promise<StoredFigures> {
    const out = new Map<string, StoredFigure[]>();
    const unique = [...new Set(keys)];
    if (!unique.length) return out;
    const { rows } = await tx.query<{
      key: string; article_id: number; title: string | null; publisher: string | null; published: string | null; url: string | null; story: string;
      sentence: string; text: string; kind: string; unit: string; value: number; value_high: number | null; qualifiers: string; copies: number;
    }>(
      `SELECT k.key, x.* FROM unnest($1::text[]) AS k(key) CROSS JOIN LATERAL (
         SELECT a.id AS article_id, a.title, a.publisher, a.published, a.url, a.content_hash AS story,
                c.text AS sentence, m.text, m.kind, f.unit, f.value, f.value_high, f.qualifiers,
                (SELECT count(*) FROM articles y WHERE y.content_hash = a.content_hash) AS copies
           FROM claim_frames f
           JOIN articles a ON a.id = f.article_id
           JOIN claims c ON c.id = f.claim_id
           JOIN mentions m ON m.id = f.mention_id
          WHERE f.match_key = k.key AND a.content_hash <> $2
          ORDER BY f.article_id, f.mention_id
          LIMIT ${STORED_FIGURES_PER_KEY}) x`,
      [unique, excludeStory],
    );
    const firstCopy = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const first = firstCopy.get(row.key) ?? firstCopy.set(row.key, new Map()).get(row.key)!;
      const had = first.get(row.story);
      if (had !== undefined && had !== row.article_id) continue; // a later copy of a story already listed
      first.set(row.story, row.article_id);
      const q = JSON.parse(row.qualifiers) as { approximate?: boolean; bound?: 'min' | 'max' };
      const list = out.get(row.key) ?? out.set(row.key, []).get(row.key)!;
      list.push({
        articleId: row.article_id, title: row.title, publisher: row.publisher, published: row.published, url: row.url, story: row.story,
        copies: row.copies, sentence: row.sentence, text: row.text, kind: FIGURE_KIND_OF[row.kind] ?? 'money', unit: row.unit,
        value: row.value, valueHigh: row.value_high, approximate: q.approximate === true, bound: q.bound ?? null,
      });
    }
    return out;
  }

  async count(table: CountedTable): Promise<number> {
    return (await this.pool.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n;
  }

  /**
   * One read-only statement (in a READ ONLY transaction, so the server refuses writes):
   * column names and rows as arrays. For `status`, tests and researchers' scripts.
   */
  async query(sql: string, values: unknown[] = []): Promise<{ columns: string[]; rows: unknown[][] }> {
    const client = await this.pool.connect();
    if (!client.listenerCount('error')) client.on('error', () => {});
    try {
      await client.query('BEGIN READ ONLY');
      const result = await client.query({ text: sql, values, rowMode: 'array' });
      await client.query('COMMIT');
      return { columns: result.fields.map((f) => f.name), rows: result.rows as unknown[][] };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** `host:pid`, how a worker names itself in `shard_results.worker`. */
export const workerName = (): string => `${os.hostname()}:${process.pid}`;
