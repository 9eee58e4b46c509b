/**
 * The storage interface the pipeline writes through. Two back ends implement it: SQLite
 * (`ClaimsDb`, storage/db.ts: the embedded default, synchronous) and PostgreSQL (`PgStore`,
 * storage/postgres/store.ts: for more than one machine, asynchronous). A caller awaits every
 * call, so either fits: `T | Promise<T>`.
 *
 * Both write the same rows for a report: the tables and views of storage/migrations.ts
 * (PostgreSQL: storage/postgres/schema.ts), one article per content key ({@link articleKey}),
 * so storing a report twice stores nothing twice on either.
 */
import type { StoredFigures } from '../pipeline/frames/stored.js';
import type { ExtractorVersions, RunCounts, RunStatus, StoreInput, StoreOutcome } from './db.js';

export type Awaitable<T> = T | Promise<T>;

/** Tables {@link StorageBackend.count} counts. */
export type CountedTable = 'articles' | 'mentions' | 'claims' | 'flags' | 'ingest_errors' | 'runs' | 'paragraphs' | 'sentences' | 'claim_sources' | 'claim_frames';

export interface StorageBackend {
  /** Records the start of a run (`status` running); returns its id. */
  startRun(command: string, inputs: readonly string[], version: string): Awaitable<number>;
  /** Records the end of a run: its counts, how it ended and, for a failed run, why. */
  finishRun(runId: number, counts: RunCounts, status?: Exclude<RunStatus, 'running'>, error?: string | null): Awaitable<void>;
  /** True when a record with this raw hash is already stored (a re-ingest skips it unanalysed). */
  hasRawHash(hash: string): Awaitable<boolean>;
  /** Records why a record could not be read or analysed (`ingest_errors`). */
  recordError(runId: number | null, input: string, line: number | undefined, error: string): Awaitable<void>;
  /** Stores one article and everything extracted from it, atomically; an article already stored adds nothing. */
  storeReport(input: StoreInput, extractors: ExtractorVersions): Awaitable<StoreOutcome>;
  /** Figures of other stored stories by match key (for `conflicting-report`). */
  storedFigures(keys: readonly string[], excludeStory: string): Awaitable<StoredFigures>;
  /** Rows of a table. */
  count(table: CountedTable): Awaitable<number>;
  close(): Awaitable<void>;
}

/** True for a `--db` value that names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

/**
 * Opens the back end `db` names: a `postgres://` URL (PostgreSQL, pg loaded only then) or a
 * SQLite file.
 */
export async function openStorage(db: string): Promise<StorageBackend> {
  if (isPostgresUrl(db)) {
    const { PgStore } = await import('./postgres/store.js');
    return PgStore.open(db);
  }
  const { ClaimsDb } = await import('./db.js');
  return ClaimsDb.open(db);
}
