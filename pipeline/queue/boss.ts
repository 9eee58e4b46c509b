/**
 * The queue: pg-boss 10.4 (the last line for Node 20) in its own PostgreSQL schema,
 * `claimscan_queue`, beside the claims tables. Why pg-boss: the job's completion is an
 * UPDATE in the same database as the results, so a shard's rows and its completion commit
 * in one transaction (`complete(…, { db })`); a worker killed mid-shard leaves an `active`
 * job that pg-boss expires and retries, and a shard that keeps failing goes to a dead-letter
 * queue with its error. (graphile-worker was measured here too: its open-source edition left
 * crashed jobs locked for 4 hours.)
 *
 * Job states (pg-boss): created → active → completed; active → retry (failed or expired,
 * attempts left) → active …; → failed (and a copy in the dead-letter queue) after the last.
 */
import PgBoss from 'pg-boss';
import { redactUrl } from '../../storage/postgres/store.js';
import type { ShardSpec } from './shards.js';

export const QUEUE_SCHEMA = 'claimscan_queue';
export const SHARD_QUEUE = 'claimscan-shards';
export const DEAD_LETTER_QUEUE = 'claimscan-shards-dead';

/** What a shard job carries. */
export interface ShardJob {
  runId: number;
  shardId: string;
  spec: ShardSpec;
  /** Seconds without a worker's heartbeat before the shard is taken back (default: the queue's). */
  timeoutSeconds?: number;
}

export interface QueueTimings {
  /** Seconds without a heartbeat from the worker running a shard before pg-boss takes it back and retries it (pipeline/queue/worker.ts). Default 120. */
  shardTimeoutSeconds?: number;
  /** Attempts after the first before a shard goes to the dead-letter queue. Default 4. */
  retries?: number;
  /** How often pg-boss looks for expired shards (seconds). Default 30. */
  maintenanceSeconds?: number;
}

/** Starts pg-boss on `url` (creating its schema and the two queues once). Errors of its background work are passed to `onError`. */
export async function startBoss(url: string, timings: QueueTimings = {}, onError: (err: Error) => void = () => {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: 3,
    application_name: 'claimscan-queue',
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: timings.maintenanceSeconds ?? 30,
  } as ConstructorParameters<typeof PgBoss>[0]);
  boss.on('error', onError);
  try {
    await boss.start();
    if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionDays: 30 } as PgBoss.Queue);
    if (!(await boss.getQueue(SHARD_QUEUE))) {
      await boss.createQueue(SHARD_QUEUE, {
        name: SHARD_QUEUE,
        retryLimit: timings.retries ?? 4,
        retryDelay: 1,
        expireInSeconds: timings.shardTimeoutSeconds ?? 120,
        deadLetter: DEAD_LETTER_QUEUE,
        retentionDays: 14,
      } as PgBoss.Queue);
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: false } as PgBoss.StopOptions).catch(() => {});
    if ((err as { message?: string }).message?.includes('already exists')) return startBoss(url, timings, onError); // two starting at once
    throw new Error(`cannot start the queue on ${redactUrl(url)}: ${(err as Error).message}`);
  }
  return boss;
}

/** Shards of the queue by state, from pg-boss's job table (live jobs; archived ones are done). */
export async function shardStates(query: (sql: string, values: unknown[]) => Promise<{ rows: unknown[][] }>, runId?: number): Promise<Record<string, number>> {
  const { rows } = await query(
    `SELECT state::text, count(*) FROM ${QUEUE_SCHEMA}.job WHERE name = $1 ${runId !== undefined ? "AND (data->>'runId')::bigint = $2" : ''} GROUP BY state`,
    runId !== undefined ? [SHARD_QUEUE, runId] : [SHARD_QUEUE],
  );
  return Object.fromEntries(rows.map(([state, n]) => [state as string, Number(n)]));
}
