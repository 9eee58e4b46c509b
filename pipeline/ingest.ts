/**
 * `claimscan ingest`: streams every record of every INPUT through the pipeline into the
 * database. Analysis runs in worker threads (piscina); reading and fetching run with p-queue
 * for I/O concurrency; storing happens on the main thread, one transaction per article.
 * One bad article never stops the batch: it goes to `ingest_errors` with its input, line and
 * reason. Re-running over the same inputs stores nothing twice (see storage/db.ts).
 */
import os from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { EXTRACTOR_VERSIONS } from '../extractors/index.js';
import { ClaimsDb, rawHash, type RunCounts } from '../storage/db.js';
import { createAnalyzer } from './analyze.js';
import type { ResolvedConfig } from './config.js';
import { createCrossCheck } from './cross-check.js';
import type { ReferenceData } from './reference.js';
import { expandInputs, loadUnit, originLabel, type LoadOptions } from './load.js';
import type { LoadedItem, Report } from './types.js';
import { VERSION } from './version.js';
import type { WorkerTask } from './worker.js';

export interface IngestOptions {
  /** Database file. */
  db: string;
  config: ResolvedConfig;
  /** Reference market data for `reference-mismatch`, loaded by the caller. */
  reference?: ReferenceData;
  /** Inputs read or fetched at once. Default 4. */
  concurrency?: number;
  /** Worker threads for analysis; 0 analyses on the main thread. Default: one per core. */
  workers?: number;
  load?: LoadOptions;
  /** Called after every record with the running counts (for a progress display). */
  onProgress?: (counts: RunCounts) => void;
  /** Called for every record that failed, with a message naming input, line and reason. */
  onError?: (message: string) => void;
  /** Called for a record kept with a warning (an unreadable date), with a message naming input and line. */
  onWarning?: (message: string) => void;
  /** Stops reading new records; what is in flight is finished and stored. */
  signal?: AbortSignal;
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

/** Runs an ingest over `inputs`. */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const concurrency = positiveInt('concurrency', options.concurrency ?? 4, 1);
  const workers = positiveInt('workers', options.workers ?? os.availableParallelism(), 0);
  const started = process.hrtime.bigint();
  const db = ClaimsDb.open(options.db);
  const runId = db.startRun('ingest', inputs, VERSION);
  const counts: RunCounts = { read: 0, stored: 0, present: 0, failed: 0 };
  let unreadableInputs = 0;

  const pool =
    workers > 0
      ? new Piscina<WorkerTask, Report>({
          filename: import.meta.url.endsWith('.ts') ? new URL('./worker-dev.mjs', import.meta.url).href : new URL('./worker.js', import.meta.url).href,
          minThreads: workers,
          maxThreads: workers,
          workerData: { configFile: options.config.file },
        })
      : null;
  const analyzeHere = pool ? null : createAnalyzer(options.config);
  // rules that need stored figures or reference data run on this thread, before storing
  const crossCheck = createCrossCheck(options.config, { storedFigures: (keys, story) => db.storedFigures(keys, story), reference: options.reference });
  const analyze = (task: WorkerTask): Promise<Report> => (pool ? pool.run(task) : Promise.resolve().then(() => analyzeHere!(task.record, task.origin)));

  const fail = (item: { origin: { input: string; line?: number } }, message: string) => {
    counts.failed++;
    db.recordError(runId, item.origin.input, item.origin.line, message);
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
    const hash = rawHash(item.record);
    if (db.hasRawHash(hash)) {
      counts.present++;
      return;
    }
    let report: Report;
    try {
      report = await analyze({ record: item.record, origin: item.origin });
      if (crossCheck) report = crossCheck(report);
    } catch (err) {
      fail(item, `${originLabel(item.origin)}: analysis failed: ${(err as Error).message}`);
      return;
    }
    try {
      const outcome = db.storeReport({ report, input: item.origin.input, line: item.origin.line, rawHash: hash, runId }, EXTRACTOR_VERSIONS);
      counts[outcome.status === 'stored' ? 'stored' : 'present']++;
    } catch (err) {
      fail(item, `${originLabel(item.origin)}: could not be stored: ${(err as Error).message}`);
    }
  };
  const submit = async (item: LoadedItem) => {
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    const task = handle(item).finally(() => {
      inFlight.delete(task);
      options.onProgress?.(counts);
    });
    inFlight.add(task);
  };

  const queue = new PQueue({ concurrency });
  try {
    for await (const unit of expandInputs(inputs)) {
      if (options.signal?.aborted) break;
      await queue.onSizeLessThan(concurrency);
      void queue.add(async () => {
        for await (const item of loadUnit(unit, options.load)) {
          if (options.signal?.aborted) break;
          if (!item.ok && unit.type !== 'file' && item.origin.line === undefined) unreadableInputs++; // a missing path or failed fetch
          await submit(item);
        }
      });
    }
    await queue.onIdle();
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
    db.finishRun(runId, counts);
    db.close();
  }
  return {
    ...counts,
    runId,
    unreadableInputs,
    interrupted: options.signal?.aborted ?? false,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
