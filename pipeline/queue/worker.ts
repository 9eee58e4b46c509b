/**
 * A queue worker (`claimscan worker`): fetches one shard at a time from pg-boss, runs the
 * same pipeline as `ingest` over it (reading, worker-thread analysis under the per-article
 * time limit, the cross-check against stored figures) and stores the shard's results and the
 * job's completion in ONE PostgreSQL transaction:
 *
 *   BEGIN
 *     INSERT INTO shard_results … ON CONFLICT DO NOTHING   -- claims the shard; waits for a
 *                                                          -- worker committing the same one
 *     (already there: the shard's effects are stored; complete the job, store nothing)
 *     articles, mentions, claims, flags, … (multi-row, ON CONFLICT on the content key)
 *     ingest_errors of the shard's bad records
 *     pg-boss complete(job)
 *   COMMIT
 *
 * So a worker killed anywhere before COMMIT leaves nothing (its job, no longer kept alive by
 * the worker's heartbeat, expires and is retried);
 * after COMMIT the shard is done exactly once. A shard whose processing throws (not a bad
 * record: those are `ingest_errors`) is failed in pg-boss and retried; after the queue's
 * retries it goes to the dead-letter queue with its error. A lost connection (the server
 * restarting) is waited out.
 */
import os from 'node:os';
import type PgBoss from 'pg-boss';
import { EXTRACTOR_VERSIONS } from '../../extractors/index.js';
import { rawHash, type StoreInput } from '../../storage/db.js';
import { isRetryable, PgStore, workerName, type PgTx } from '../../storage/postgres/store.js';
import { ArticleTimeoutError, createAnalysisPool, type AnalysisPool } from '../analysis-pool.js';
import type { ResolvedConfig } from '../config.js';
import { checkedArticleOf, createCrossCheck } from '../cross-check.js';
import { framesOf, type StoredFigures } from '../frames/stored.js';
import { resolveLimits, type Limits } from '../limits.js';
import { originLabel, type LoadOptions } from '../load.js';
import type { ReferenceData } from '../reference.js';
import type { Report } from '../types.js';
import { QUEUE_SCHEMA, SHARD_QUEUE, startBoss, type QueueTimings, type ShardJob } from './boss.js';
import { loadShard, shardLabel, type ShardSpec } from './shards.js';

export interface WorkerOptions {
  db: string;
  config: ResolvedConfig;
  /** Analysis threads (0: this thread). Default: one per core. */
  workers?: number;
  limits?: Partial<Limits>;
  load?: Omit<LoadOptions, 'limits'>;
  reference?: ReferenceData;
  /** Stop once no shard is queued, retrying or active (for batch scripts and tests). */
  exitWhenIdle?: boolean;
  /** How often an idle worker asks for work, in milliseconds. Default 1,000. */
  pollMs?: number;
  queue?: QueueTimings;
  /** A line for people (shard done, retried, connection lost). */
  onLog?: (message: string) => void;
  /** Stops after the shard in progress. */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  shards: number;
  /** Shards found already stored by another worker (a retried job whose first run did commit). */
  repeats: number;
  /** Shards that threw and were failed back to the queue. */
  failures: number;
  read: number;
  stored: number;
  present: number;
  failed: number;
  seconds: number;
  queueMs: number;
  pipelineMs: number;
  storeMs: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** What the pipeline made of a shard, before it is stored. */
interface ShardOutput {
  reports: StoreInput[];
  errors: { input: string; line?: number; error: string }[];
  read: number;
  present: number;
}

/** A job that is not a shard this claimscan knows (another version's, or damaged): a poison shard. */
function assertShard(job: ShardJob): void {
  const spec = job?.spec as Partial<ShardSpec> | undefined;
  const ok =
    typeof job?.runId === 'number' && typeof job.shardId === 'string' &&
    ((spec?.type === 'lines' && typeof spec.path === 'string' && Number.isInteger(spec.firstLine) && Number.isInteger(spec.lines)) ||
      (spec?.type === 'units' && Array.isArray(spec.inputs) && spec.inputs.every((i) => typeof i === 'string')));
  if (!ok) throw new Error(`not a shard this claimscan can run: ${JSON.stringify(job).slice(0, 200)}`);
}

/** Reads and analyses a shard: the same steps as `ingest` for each record. */
async function runPipeline(job: ShardJob, ctx: { pool: AnalysisPool; store: PgStore; limits: Limits; options: WorkerOptions; crossCheck: ((r: Report) => Report) | null; figures: { current: StoredFigures } }): Promise<ShardOutput> {
  const out: ShardOutput = { reports: [], errors: [], read: 0, present: 0 };
  assertShard(job);
  const items = [];
  for await (const item of loadShard(job.spec, { ...ctx.options.load, limits: ctx.limits })) {
    out.read++;
    if (!item.ok) {
      out.errors.push({ input: item.origin.input, line: item.origin.line, error: item.error });
      continue;
    }
    for (const w of item.warnings ?? []) ctx.options.onLog?.(w);
    let hash: string;
    try {
      hash = rawHash(item.record);
    } catch (err) {
      out.errors.push({ input: item.origin.input, line: item.origin.line, error: `${originLabel(item.origin)}: cannot be hashed: ${(err as Error).message}` });
      continue;
    }
    items.push({ item, hash });
  }
  const stored = await ctx.store.rawHashesStored(items.map((i) => i.hash));
  const todo = items.filter((i) => !stored.has(i.hash));
  out.present += items.length - todo.length;
  const analysed = await Promise.all(
    todo.map(async ({ item, hash }) => {
      try {
        return { item, hash, report: await ctx.pool.run(item.record, item.origin) };
      } catch (err) {
        out.errors.push({ input: item.origin.input, line: item.origin.line, error: `${originLabel(item.origin)}: ${err instanceof ArticleTimeoutError ? '' : 'analysis failed: '}${(err as Error).message}` });
        return null;
      }
    }),
  );
  for (const a of analysed) {
    if (!a) continue;
    let report = a.report;
    if (ctx.crossCheck) {
      // the rule asks for stored figures synchronously: they are fetched first
      const keys = [...new Set(framesOf(checkedArticleOf(report)).flatMap((f) => (f.matchKey ? [f.matchKey] : [])))];
      ctx.figures.current = keys.length ? await ctx.store.storedFigures(keys, report.article.contentHash) : new Map();
      try {
        report = ctx.crossCheck(report);
      } catch (err) {
        out.errors.push({ input: a.item.origin.input, line: a.item.origin.line, error: `${originLabel(a.item.origin)}: analysis failed: ${(err as Error).message}` });
        continue;
      }
    }
    out.reports.push({ report, input: a.item.origin.input, line: a.item.origin.line, rawHash: a.hash, runId: job.runId });
  }
  return out;
}

/**
 * Runs a worker until its signal, or (with `exitWhenIdle`) until no shard is left.
 * @throws Error when the database cannot be reached at start.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const log = options.onLog ?? (() => {});
  const limits = resolveLimits(options.limits);
  const store = await PgStore.open(options.db);
  let lastBossError = 0;
  const boss: PgBoss = await startBoss(options.db, options.queue, (err) => {
    if (Date.now() - lastBossError > 5_000) log(`queue: ${err.message}`);
    lastBossError = Date.now();
  });
  /** The queue's shard timeout, for jobs that do not carry their own. */
  const queueTimeout = (await boss.getQueue(SHARD_QUEUE).catch(() => null))?.expireInSeconds ?? 120;
  const pool = await createAnalysisPool({ workers: options.workers ?? os.availableParallelism(), config: options.config, timeoutMs: limits.articleTimeoutMs });
  const figures: { current: StoredFigures } = { current: new Map() };
  const crossCheck = createCrossCheck(options.config, { storedFigures: () => figures.current, reference: options.reference });
  const summary: WorkerSummary = { shards: 0, repeats: 0, failures: 0, read: 0, stored: 0, present: 0, failed: 0, seconds: 0, queueMs: 0, pipelineMs: 0, storeMs: 0 };
  const me = workerName();
  const pending = async (runId?: number): Promise<number> => {
    const { rows } = await store.pool.query<{ n: number }>(
      `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active') ${runId !== undefined ? "AND (data->>'runId')::bigint = $2" : ''}`,
      runId !== undefined ? [SHARD_QUEUE, runId] : [SHARD_QUEUE],
    );
    return rows[0]!.n;
  };
  try {
    while (!options.signal?.aborted) {
      let job: PgBoss.Job<ShardJob> | undefined;
      const fetchStart = performance.now();
      try {
        [job] = await boss.fetch<ShardJob>(SHARD_QUEUE, { batchSize: 1, includeMetadata: true } as PgBoss.FetchOptions);
      } catch (err) {
        log(`cannot fetch a shard (${(err as Error).message}); trying again`);
      }
      if (!job) {
        try {
          if (options.exitWhenIdle && (await pending()) === 0) break;
        } catch (err) {
          log(`cannot reach the database (${(err as Error).message}); waiting`);
        }
        await sleep(options.pollMs ?? 1_000, options.signal);
        continue;
      }
      const fetchMs = performance.now() - fetchStart;
      const attempt = (job as unknown as { retryCount?: number }).retryCount ?? 0;
      const data = job.data;
      let label: string;
      try {
        label = shardLabel(data.spec);
      } catch {
        label = `job ${job.id}`;
      }
      const shardStart = new Date();
      const stopBeat = heartbeat(store, job.id, data.timeoutSeconds ?? queueTimeout);
      try {
        // a shard stored already (a second delivery): nothing to analyse again
        const known = await store.pool.query('SELECT 1 FROM shard_results WHERE shard_id = $1', [data?.shardId ?? null]);
        if (known.rowCount) {
          await boss.complete(SHARD_QUEUE, job.id, { repeat: true });
          summary.shards++;
          summary.repeats++;
          log(`shard ${label}: already stored by another worker; nothing stored twice`);
          continue;
        }
        const t0 = performance.now();
        const output = await runPipeline(data, { pool, store, limits, options, crossCheck, figures });
        const pipelineMs = performance.now() - t0;
        const t1 = performance.now();
        let completeMs = 0;
        const result = await store.transaction(async (tx: PgTx) => {
          const claimed = await tx.query(
            `INSERT INTO shard_results (shard_id, run_id, spec, read, stored, present, failed, worker, attempt, started_at, queue_ms, pipeline_ms, store_ms)
             VALUES ($1, $2, $3, 0, 0, 0, 0, $4, $5, $6, 0, 0, 0) ON CONFLICT (shard_id) DO NOTHING RETURNING shard_id`,
            [data.shardId, data.runId, JSON.stringify(data.spec), me, attempt, shardStart.toISOString()],
          );
          const c0 = performance.now();
          if (!claimed.rowCount) {
            await boss.complete(SHARD_QUEUE, job!.id, { repeat: true }, { db: tx } as PgBoss.ConnectionOptions);
            completeMs += performance.now() - c0;
            return null;
          }
          const outcomes = await store.storeReports(tx, output.reports, EXTRACTOR_VERSIONS);
          await store.recordErrors(tx, output.errors.map((e) => ({ ...e, runId: data.runId })));
          const counts = {
            read: output.read,
            stored: outcomes.filter((o) => o.status === 'stored').length,
            present: output.present + outcomes.filter((o) => o.status === 'present').length,
            failed: output.errors.length,
          };
          await tx.query('UPDATE shard_results SET read = $2, stored = $3, present = $4, failed = $5, queue_ms = $6, pipeline_ms = $7, store_ms = $8 WHERE shard_id = $1', [
            data.shardId, counts.read, counts.stored, counts.present, counts.failed, fetchMs, pipelineMs, performance.now() - t1,
          ]);
          const c1 = performance.now();
          await boss.complete(SHARD_QUEUE, job!.id, counts, { db: tx } as PgBoss.ConnectionOptions);
          completeMs += performance.now() - c1;
          return counts;
        });
        const storeMs = performance.now() - t1 - completeMs;
        summary.queueMs += fetchMs + completeMs;
        summary.pipelineMs += pipelineMs;
        summary.storeMs += storeMs;
        summary.shards++;
        if (!result) {
          summary.repeats++;
          log(`shard ${label}: already stored by another worker; nothing stored twice`);
        } else {
          summary.read += result.read;
          summary.stored += result.stored;
          summary.present += result.present;
          summary.failed += result.failed;
          log(`shard ${label}: read ${result.read}, stored ${result.stored}, already present ${result.present}, failed ${result.failed} (${(pipelineMs / 1000).toFixed(1)} s analysis, ${(storeMs / 1000).toFixed(1)} s storing)`);
          await finishRunIfDone(store, data.runId, pending).catch(() => {});
        }
      } catch (err) {
        summary.failures++;
        const message = `shard ${label}: ${(err as Error).message}`;
        log(isRetryable(err) ? `${message}; the shard goes back to the queue` : message);
        try {
          await boss.fail(SHARD_QUEUE, job.id, { message: (err as Error).message, worker: me });
        } catch {
          // the database is away: pg-boss expires the job and retries it
        }
        if (isRetryable(err)) await sleep(1_000, options.signal);
      } finally {
        stopBeat();
      }
    }
  } finally {
    await pool.close();
    await boss.stop({ graceful: false, wait: true, close: true } as PgBoss.StopOptions).catch(() => {});
    await store.close().catch(() => {});
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Keeps a shard this worker is running from being taken back: pg-boss 10 expires an active
 * job `expire_in` after it started (and has no heartbeat of its own), so every third of that
 * time the job's expiry is moved to `expire_in` from now. A worker that dies stops doing
 * this, and its shard is retried elsewhere one `--shard-timeout` after its last sign of life,
 * however long shards take. (An UPDATE of pg-boss's job table: the one place claimscan
 * reaches into pg-boss's schema; it sets only `expire_in`.)
 */
function heartbeat(store: PgStore, jobId: string, timeoutSeconds: number): () => void {
  const timer = setInterval(() => {
    store.pool
      .query(`UPDATE ${QUEUE_SCHEMA}.job SET expire_in = (now() - started_on) + make_interval(secs => $3) WHERE name = $1 AND id = $2 AND state = 'active'`, [SHARD_QUEUE, jobId, timeoutSeconds])
      .catch(() => {}); // the server is away: the next beat tries again
  }, Math.max(1_000, (timeoutSeconds * 1000) / 3));
  timer.unref();
  return () => clearInterval(timer);
}

/** When no shard of the run is left, the run gets its totals and its end (as a one-machine ingest's run). */
async function finishRunIfDone(store: PgStore, runId: number, pending: (runId: number) => Promise<number>): Promise<void> {
  if ((await pending(runId)) > 0) return;
  const failedShards = (await store.pool.query<{ n: number }>(`SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed' AND (data->>'runId')::bigint = $2`, [SHARD_QUEUE, runId])).rows[0]!.n;
  await store.pool.query(
    `UPDATE runs r SET finished_at = $2, read = s.read, stored = s.stored, present = s.present, failed = s.failed, status = $3, error = $4
       FROM (SELECT coalesce(sum(read), 0) AS read, coalesce(sum(stored), 0) AS stored, coalesce(sum(present), 0) AS present, coalesce(sum(failed), 0) AS failed
               FROM shard_results WHERE run_id = $1) s
      WHERE r.id = $1`,
    [runId, new Date().toISOString(), failedShards ? 'failed' : 'done', failedShards ? `${failedShards} shards failed after their retries (dead-letter queue ${'claimscan-shards-dead'}); see claimscan status` : null],
  );
}
