/**
 * Runs article analysis under the per-article time limit. With worker threads (piscina), a
 * task that runs past the limit is abandoned by terminating its worker (piscina replaces
 * it): a stuck regex or a quadratic stage costs one article and one worker start-up, never
 * the run. The clock starts when a worker begins the article (the worker says so on a
 * message port), so time spent waiting in the queue does not count.
 *
 * On the main thread (`workers: 0`) nothing can interrupt a running analysis: the limit is
 * then only reported after the fact, and the article still fails.
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ResolvedConfig } from './config.js';
import type { ExtractorVersions } from '../storage/db.js';
import type { ArticleRecord, Origin, Report } from './types.js';
import type { WorkerTask } from './worker.js';

export interface AnalysisPoolOptions {
  /** Worker threads; 0 analyses on the calling thread (no way to abandon a stuck article). */
  workers: number;
  /**
   * The validated configuration; workers load the same file again. A bare `{ file }` (the
   * file not yet validated: `check` starts its worker first and validates meanwhile) is
   * loaded on the calling thread only with `workers: 0`.
   */
  config: ResolvedConfig | { file: string | null };
  /** Time limit for one article, in milliseconds. */
  timeoutMs: number;
  /** Old-generation heap of each worker, in MB (default WORKER_HEAP_MB): the memory budget of one article. */
  heapMb?: number;
}

/** An article whose analysis ran past the time limit and was abandoned. */
export class ArticleTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`analysis ran past ${timeoutMs / 1000} s, the time limit for one article (raise it with --timeout); abandoned`);
    this.name = 'ArticleTimeoutError';
  }
}

export interface AnalysisPool {
  /**
   * Analyses one record.
   * @throws ArticleTimeoutError past the time limit; any other error is the article's own.
   */
  run(record: ArticleRecord, origin: Origin, hooks?: { started?: () => void }): Promise<Report>;
  /**
   * Which extractor (id and version) fills each report list, for provenance columns: asked of
   * a worker, so the calling thread never loads the extractors (their models and gazetteers).
   */
  extractorVersions(): Promise<ExtractorVersions>;
  /** Stops the workers (tasks still running are abandoned). */
  close(): Promise<void>;
}

/** Old-generation heap of an analysis worker, in MB: the memory budget of one article. */
export const WORKER_HEAP_MB = 96;

/** Articles handed to one worker at once: one analysed, the next waiting (see startWorkers). */
const TASKS_PER_WORKER = 2;

/** Runs of an article, at most, whose worker was stopped under it before it started (see `run`). */
const MAX_ATTEMPTS = 16;

/**
 * True for the error a task gets when its worker is stopped under it: by another article's
 * time limit (piscina terminates the worker) or memory limit (the worker dies).
 */
const isWorkerStopped = (err: unknown) => (err as Error)?.message === 'Terminating worker thread' || (err as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Set to true by the bundler (pipeline/bundle.mjs) in dist/bundle/. */
declare const CLAIMSCAN_BUNDLE: boolean | undefined;

/**
 * The worker file: the bundled one next to the bundled command line, the compiled one, or a
 * loader that runs the TypeScript sources through tsx.
 */
const workerFile = (): string =>
  typeof CLAIMSCAN_BUNDLE !== 'undefined' && CLAIMSCAN_BUNDLE
    ? fileURLToPath(new URL('../bundle/worker.cjs', import.meta.url))
    : import.meta.url.endsWith('.ts')
      ? new URL('./worker-dev.mjs', import.meta.url).href
      : new URL('./worker.js', import.meta.url).href;

/**
 * Worker threads started before the command line was even loaded (pipeline/bin.js, for a cold
 * `check`: a worker takes ~115 ms to boot and the analyzer ~180 ms to load, so every millisecond
 * it starts sooner is one the editor waits less). The first pool created with the same workers,
 * configuration file and heap takes them; `releasePrestarted` stops them if none did.
 */
let prestarted: { key: string; pool: Piscina<WorkerTask, Report> } | null = null;

const poolKey = (workers: number, configFile: string | null, heapMb: number) => JSON.stringify([workers, configFile, heapMb]);

function startWorkers(workers: number, configFile: string | null, heapMb: number): Piscina<WorkerTask, Report> {
  return new Piscina<WorkerTask, Report>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    // Each worker holds the next article while it analyses one: results come back to the main
    // thread, which hands out the next task only when its event loop is free, and it is busy
    // storing a batch for a third of an ingest. With one task per worker, each worker sat idle
    // 28% of the time (a profile of 1,500 Reuters stories); see `run` for a held article whose
    // worker is stopped.
    // (piscina's own balancer never gives a task with an abort signal, as ours all have, to a
    // busy worker; a worker running one such task reports a usage of Infinity)
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    loadBalancer: (_task, candidates) => {
      const usage = (w: (typeof candidates)[number]) => (w.currentUsage === Infinity ? 1 : w.currentUsage);
      let least: (typeof candidates)[number] | null = null;
      for (const w of candidates) if (usage(w) < TASKS_PER_WORKER && (!least || usage(w) < usage(least))) least = w;
      return least;
    },
    idleTimeout: Infinity,
    // A small young generation: each worker's peak memory was mostly its nursery (V8 sizes it
    // for throughput); at 8 MB an ingest of 3,000 Reuters stories peaked at 343 MB instead of
    // 414 MB, in the same time (npm run bench). A bounded old generation keeps V8 from growing
    // each worker's heap long before it must (4,000 stories on 2 workers: 392 → 327 MB, same
    // speed), and is the memory budget of one article: the largest text allowed (2 MiB of
    // wire copy) analyses within it; an article past it fails alone, like one past the time limit.
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heapMb },
    workerData: { configFile },
  });
}

/** Starts one analysis worker for the configuration file (a `check`'s), to be taken by the next matching createAnalysisPool. */
export function prestartAnalysisPool(configFile: string | null): void {
  prestarted ??= { key: poolKey(1, configFile, WORKER_HEAP_MB), pool: startWorkers(1, configFile, WORKER_HEAP_MB) };
}

/** Stops prestarted workers no pool took. */
export async function releasePrestarted(): Promise<void> {
  const unused = prestarted;
  prestarted = null;
  await unused?.pool.destroy();
}

export async function createAnalysisPool(options: AnalysisPoolOptions): Promise<AnalysisPool> {
  const { workers, config, timeoutMs, heapMb = WORKER_HEAP_MB } = options;
  if (!Number.isInteger(workers) || workers < 0) throw new TypeError(`analysis pool option workers must be an integer ≥ 0, got ${String(workers)}`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError(`analysis pool option timeoutMs must be a positive number, got ${String(timeoutMs)}`);
  if (workers === 0) {
    const resolved = 'rules' in config ? config : (await import('./config.js')).loadConfig(config.file ?? undefined);
    const analyze = (await import('./analyze.js')).createAnalyzer(resolved);
    return {
      async run(record, origin, hooks) {
        hooks?.started?.();
        const started = performance.now();
        const report = analyze(record, origin);
        if (performance.now() - started > timeoutMs) throw new ArticleTimeoutError(timeoutMs);
        return report;
      },
      extractorVersions: async () => (await import('../extractors/index.js')).EXTRACTOR_VERSIONS,
      async close() {},
    };
  }
  const key = poolKey(workers, config.file, heapMb);
  let pool: Piscina<WorkerTask, Report>;
  if (prestarted?.key === key) {
    pool = prestarted.pool;
    prestarted = null;
  } else pool = startWorkers(workers, config.file, heapMb);
  let closed = false;
  /** One attempt at an article; `started` is set when a worker begins it. */
  const attempt = async (record: ArticleRecord, origin: Origin, hooks: { started?: () => void } | undefined, state: { started: boolean }) => {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    port1.once('message', () => {
      state.started = true;
      hooks?.started?.();
      timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, timeoutMs);
    });
    try {
      return await pool.run({ record, origin, started: port2 }, { signal: abort.signal, transferList: [port2] });
    } catch (err) {
      if (timedOut) throw new ArticleTimeoutError(timeoutMs);
      throw err;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  };
  return {
    async run(record, origin, hooks) {
      const state = { started: false };
      for (let attempts = 1; ; attempts++) {
        try {
          return await attempt(record, origin, hooks, state);
        } catch (err) {
          // An article waiting in a worker (TASKS_PER_WORKER) that another article's time or
          // memory limit stopped never started: it runs again, as if it had waited in the queue
          // (each time another article's limit was reached; bounded all the same).
          if (!closed && !state.started && attempts < MAX_ATTEMPTS && !(err instanceof ArticleTimeoutError) && isWorkerStopped(err)) continue;
          if (err instanceof ArticleTimeoutError) throw err;
          if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new Error(`analysis ran past the memory limit for one article (${heapMb} MB of heap); abandoned`);
          throw err;
        }
      }
    },
    extractorVersions: () => pool.run({} as WorkerTask, { name: 'extractorVersions' }) as unknown as Promise<ExtractorVersions>,
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
