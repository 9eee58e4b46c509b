/**
 * `claimscan ingest`: streams every record of every INPUT through the pipeline into the
 * database. Analysis runs in worker threads (piscina), each article under the time limit
 * (a stuck one is abandoned with its worker); reading and fetching run with p-queue for I/O
 * concurrency; storing happens on the main thread in batches: many articles per
 * `BEGIN IMMEDIATE` transaction (every {@link IngestOptions.batchArticles} articles or
 * {@link IngestOptions.batchMs} milliseconds), each article in its own savepoint, so one
 * failing article is rolled back alone, a crash leaves every article fully stored or absent,
 * and other processes may write the same database between batches. The rules that read
 * stored articles (`conflicting-report`) run inside the batch, so each article sees every
 * article stored before it, exactly as with one transaction per article.
 *
 * One bad record never stops the batch: it goes to `ingest_errors` with its input, line and
 * reason. A fault of the database itself (disk full, read-only, damaged) does stop it: the
 * run is recorded as failed where the database still allows it and a {@link StorageError}
 * is thrown. Re-running over the same inputs stores nothing twice (see storage/db.ts).
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import PQueue from 'p-queue';
import { ClaimsDb, rawHash, storageFault, StorageError, type ExtractorVersions, type RunCounts } from '../storage/db.js';
import { ArticleTimeoutError, createAnalysisPool } from './analysis-pool.js';
import type { ResolvedConfig } from './config.js';
import { createCrossCheck } from './cross-check.js';
import type { ReferenceData } from './reference.js';
import { resolveLimits, type Limits } from './limits.js';
import { expandInputs, loadUnit, originLabel, type LoadOptions } from './load.js';
import type { InputPosition } from './progress.js';
import type { LoadedItem, Report } from './types.js';
import { VERSION } from './version.js';

export interface IngestOptions {
  /** Database file. */
  db: string;
  config: ResolvedConfig;
  /** Inputs read or fetched at once. Default 4. */
  concurrency?: number;
  /** Worker threads for analysis; 0 analyses on the main thread (a stuck article cannot then be abandoned). Default: one per core. */
  workers?: number;
  /** Limits on reading and per article (defaults: DEFAULT_LIMITS in limits.ts). */
  limits?: Partial<Limits>;
  load?: Omit<LoadOptions, 'limits'>;
  /** Reference market data for `reference-mismatch`, loaded by the caller. */
  reference?: ReferenceData;
  /** Called after every record with the running counts and how far through its inputs the run is (for a progress display). */
  onProgress?: (counts: RunCounts, position: InputPosition) => void;
  /** Called for every record that failed, with a message naming input, line and reason. */
  onError?: (message: string) => void;
  /** Called for a record kept with a warning (an unreadable date), with a message naming input and line. */
  onWarning?: (message: string) => void;
  /** Stops reading new records; what is in flight is finished and stored. */
  signal?: AbortSignal;
  /** Articles stored per transaction, at most (1: one transaction per article). Default 256. */
  batchArticles?: number;
  /** Longest wait, in milliseconds, before an analysed article is stored (a partial batch is committed). Default 1000. */
  batchMs?: number;
}

export interface IngestSummary extends RunCounts {
  runId: number;
  seconds: number;
  /** Inputs that could not be read at all (missing file, unreachable URL). */
  unreadableInputs: number;
  /** True when the run was stopped by its signal before reading everything. */
  interrupted: boolean;
}

const positiveInt = (name: string, v: number, min: number) => {
  if (!Number.isInteger(v) || v < min) throw new TypeError(`ingest option ${name} must be an integer ≥ ${min}, got ${String(v)}`);
  return v;
};

/** The total size of the files `inputs` name, or null when one is standard input or a URL (its size cannot be known). */
async function inputsSize(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for await (const unit of expandInputs(inputs)) {
    if (unit.type === 'url' || unit.type === 'stdin') return null;
    if (unit.type === 'file') total += await stat(unit.path).then((s) => s.size, () => 0);
  }
  return total;
}

/**
 * Runs an ingest over `inputs`.
 * @throws StorageError when the database cannot be opened or written (after recording the run as failed where it can).
 */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const concurrency = positiveInt('concurrency', options.concurrency ?? 4, 1);
  const batchArticles = positiveInt('batchArticles', options.batchArticles ?? 256, 1);
  const batchMs = positiveInt('batchMs', options.batchMs ?? 1000, 1);
  const workers = positiveInt('workers', options.workers ?? os.availableParallelism(), 0);
  const limits = resolveLimits(options.limits);
  const started = process.hrtime.bigint();
  const db = ClaimsDb.open(options.db);
  let runId: number;
  try {
    runId = db.startRun('ingest', inputs, VERSION);
  } catch (err) {
    db.close();
    throw err;
  }
  const counts: RunCounts = { read: 0, stored: 0, present: 0, failed: 0 };
  let unreadableInputs = 0;
  /** The fault of the database that stopped the run, if one did. */
  let fault: StorageError | null = null;
  const stopped = () => fault !== null || options.signal?.aborted === true;

  // bytes read of the inputs' total size, for a percentage and an ETA (the total is summed
  // beside the run: a directory of many files is walked once more)
  const position: InputPosition = { bytesRead: 0, bytesTotal: null };
  void inputsSize(inputs).then((total) => (position.bytesTotal = total), () => {});

  const pool = await createAnalysisPool({ workers, config: options.config, timeoutMs: limits.articleTimeoutMs });
  let extractorVersions: ExtractorVersions = {};
  // rules that need stored figures or reference data run on this thread, before storing
  const crossCheck = createCrossCheck(options.config, { storedFigures: (keys, story) => db.storedFigures(keys, story), reference: options.reference });

  /** Runs a database write; a fault of the database stops the run instead of failing one record. */
  const guard = <T>(fn: () => T): T | undefined => {
    if (fault) return undefined;
    try {
      return fn();
    } catch (err) {
      const f = storageFault(err, options.db);
      if (!f) throw err;
      fault = f;
      return undefined;
    }
  };
  const fail = (item: { origin: { input: string; line?: number } }, message: string) => {
    counts.failed++;
    guard(() => db.recordError(runId, item.origin.input, item.origin.line, message));
    options.onError?.(message);
  };

  // Analyses in flight are capped so a fast reader cannot fill memory with pending records.
  const maxInFlight = Math.max(8, workers * 16);
  const inFlight = new Set<Promise<void>>();
  const handle = async (item: LoadedItem): Promise<void> => {
    counts.read++;
    if (!item.ok) {
      fail(item, item.error);
      return;
    }
    for (const warning of item.warnings ?? []) options.onWarning?.(warning);
    let hash: string;
    try {
      hash = rawHash(item.record);
    } catch (err) {
      fail(item, `${originLabel(item.origin)}: cannot be hashed: ${(err as Error).message}`);
      return;
    }
    const present = guard(() => db.hasRawHash(hash));
    if (present === undefined) return;
    if (present) {
      counts.present++;
      return;
    }
    let report;
    try {
      report = await pool.run(item.record, item.origin);
    } catch (err) {
      if (fault) return;
      fail(item, `${originLabel(item.origin)}: ${err instanceof ArticleTimeoutError ? '' : 'analysis failed: '}${(err as Error).message}`);
      return;
    }
    if (fault) return;
    pending.push({ item, hash, report });
    if (pending.length >= batchArticles) flush();
    else flushTimer ??= setTimeout(flush, batchMs);
  };

  /** Analysed articles waiting for their batch's transaction. */
  const pending: { item: LoadedItem & { ok: true }; hash: string; report: Report }[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  /** Stores the pending articles in one transaction; counts and failures are applied once it commits. */
  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (!pending.length || fault) return;
    const batch = pending.splice(0);
    type Outcome = { status: 'stored' | 'present' } | { failed: string };
    const storeOne = ({ item, hash, report }: (typeof batch)[number]): Outcome => {
      let checked = report;
      try {
        if (crossCheck) checked = crossCheck(report);
      } catch (err) {
        if (storageFault(err, options.db)) throw err; // the whole batch
        return { failed: `${originLabel(item.origin)}: analysis failed: ${(err as Error).message}` };
      }
      try {
        return db.storeReport({ report: checked, input: item.origin.input, line: item.origin.line, rawHash: hash, runId }, extractorVersions);
      } catch (err) {
        if (storageFault(err, options.db)) throw err; // the whole batch
        return { failed: `${originLabel(item.origin)}: could not be stored: ${(err as Error).message}` };
      }
    };
    let outcomes: Outcome[];
    try {
      outcomes = db.batch(() => batch.map(storeOne));
    } catch (err) {
      const batchFault = storageFault(err, options.db);
      if (!batchFault) throw err;
      if (batch.length === 1) {
        fault = batchFault;
        return;
      }
      // A fault (a full disk) rolled the whole batch back: what still fits is stored one
      // article per transaction, as far as it goes, before the run stops.
      outcomes = [];
      for (const entry of batch) {
        const one = guard(() => storeOne(entry));
        if (!one) break;
        outcomes.push(one);
      }
    }
    outcomes.forEach((o, i) => {
      if ('failed' in o) fail(batch[i]!.item, o.failed);
      else counts[o.status === 'stored' ? 'stored' : 'present']++;
    });
  };
  const submit = async (item: LoadedItem) => {
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    const task = handle(item)
      .catch((err: unknown) => fail(item, `${originLabel(item.origin)}: ${(err as Error).message}`))
      .finally(() => {
        inFlight.delete(task);
        options.onProgress?.(counts, position);
      });
    inFlight.add(task);
  };

  const queue = new PQueue({ concurrency });
  try {
    extractorVersions = await pool.extractorVersions();
    for await (const unit of expandInputs(inputs)) {
      if (stopped()) break;
      await queue.onSizeLessThan(concurrency);
      void queue.add(async () => {
        for await (const item of loadUnit(unit, { ...options.load, limits, onRead: (bytes) => (position.bytesRead += bytes) })) {
          if (stopped()) break;
          if (!item.ok && unit.type !== 'file' && item.origin.line === undefined) unreadableInputs++; // a missing path or failed fetch
          await submit(item);
        }
      });
    }
    await queue.onIdle();
    await Promise.all(inFlight);
  } finally {
    // what was analysed is stored, also when the run was stopped (not after a fault: nothing is)
    try {
      flush();
    } catch (err) {
      fault ??= storageFault(err, options.db);
      if (!fault) throw err;
    }
    await pool.close();
    // A failed run is recorded as such where the database still takes a write (not on a full disk).
    const status = fault ? 'failed' : options.signal?.aborted ? 'interrupted' : 'done';
    try {
      db.finishRun(runId, counts, status, (fault as StorageError | null)?.message ?? null);
    } catch (err) {
      fault ??= storageFault(err, options.db);
    }
    try {
      db.close();
    } catch (err) {
      fault ??= storageFault(err, options.db);
    }
  }
  if (fault) {
    const f: StorageError = fault;
    throw new StorageError(f.file, f.code, `${f.message}; the ingest stopped after storing ${counts.stored} articles (run ${runId}): fix that and run the same command again to resume`);
  }
  return {
    ...counts,
    runId,
    unreadableInputs,
    interrupted: options.signal?.aborted ?? false,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
