/**
 * `claimscan ingest --db postgres://… --queue INPUT…`: splits the inputs into shards
 * (pipeline/queue/shards.ts) and enqueues one pg-boss job per shard, in the same transaction
 * as the run's row, so a run is queued whole or not at all.
 */
import { PgStore } from '../../storage/postgres/store.js';
import { VERSION } from '../version.js';
import { SHARD_QUEUE, startBoss, type QueueTimings, type ShardJob } from './boss.js';
import { planShards, type ShardSizes } from './shards.js';
import type PgBoss from 'pg-boss';

export interface EnqueueOptions {
  db: string;
  sizes?: ShardSizes;
  queue?: QueueTimings;
}

export interface EnqueueSummary {
  runId: number;
  shards: number;
}

export async function enqueue(inputs: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const specs = await planShards(inputs, options.sizes);
  const store = await PgStore.open(options.db);
  let boss: PgBoss | undefined;
  try {
    boss = await startBoss(options.db, options.queue);
    const b = boss;
    const runId = await store.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number }>("INSERT INTO runs (command, inputs, version, started_at, status) VALUES ('ingest --queue', $1, $2, $3, 'running') RETURNING id", [
        JSON.stringify(inputs),
        VERSION,
        new Date().toISOString(),
      ]);
      const id = rows[0]!.id;
      const jobs = specs.map((spec, i): PgBoss.JobInsert<ShardJob> => ({
        name: SHARD_QUEUE,
        data: { runId: id, shardId: `${id}:${i + 1}`, spec, ...(options.queue?.shardTimeoutSeconds ? { timeoutSeconds: options.queue.shardTimeoutSeconds } : {}) },
        ...(options.queue?.shardTimeoutSeconds ? { expireInSeconds: options.queue.shardTimeoutSeconds } : {}),
        ...(options.queue?.retries !== undefined ? { retryLimit: options.queue.retries } : {}),
      }));
      for (let i = 0; i < jobs.length; i += 1000) await b.insert(jobs.slice(i, i + 1000), { db: tx } as PgBoss.ConnectionOptions);
      if (!jobs.length) await tx.query("UPDATE runs SET finished_at = $2, status = 'done' WHERE id = $1", [id, new Date().toISOString()]);
      return id;
    });
    return { runId, shards: specs.length };
  } finally {
    await boss?.stop({ graceful: false, wait: true, close: true } as PgBoss.StopOptions).catch(() => {});
    await store.close();
  }
}
