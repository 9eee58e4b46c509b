/**
 * `claimscan ingest --db postgres://…`: the inputs are always split into shards and queued
 * (pipeline/queue/enqueue.ts). With `--queue` that is all: workers on any machine take them
 * (`claimscan worker`). Without, this process is also a worker until the queue is empty, so
 * a one-machine ingest into PostgreSQL is the same command as into SQLite.
 */
import type { ResolvedConfig } from '../config.js';
import type { Limits } from '../limits.js';
import type { LoadOptions } from '../load.js';
import type { ReferenceData } from '../reference.js';
import type { QueueTimings } from './boss.js';
import { enqueue } from './enqueue.js';
import { runWorker, type WorkerSummary } from './worker.js';

export interface PostgresIngestOptions {
  db: string;
  config: ResolvedConfig;
  queueOnly: boolean;
  shardSize?: number;
  workers?: number;
  limits?: Partial<Limits>;
  load?: Omit<LoadOptions, 'limits'>;
  reference?: ReferenceData;
  queue?: QueueTimings;
  onLog?: (message: string) => void;
  signal?: AbortSignal;
}

export async function postgresIngest(inputs: readonly string[], options: PostgresIngestOptions): Promise<{ runId: number; shards: number; worker: WorkerSummary | null }> {
  const { runId, shards } = await enqueue(inputs, {
    db: options.db,
    sizes: options.shardSize ? { lines: options.shardSize, files: options.shardSize } : {},
    queue: options.queue,
  });
  options.onLog?.(`run ${runId}: ${shards} shards queued`);
  if (options.queueOnly) return { runId, shards, worker: null };
  const worker = await runWorker({ ...options, exitWhenIdle: true });
  return { runId, shards, worker };
}
