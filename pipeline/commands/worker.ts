/** `claimscan worker --db postgres://…`: runs queued shards (pipeline/queue/worker.ts) until stopped or, with --exit-when-idle, until none is left. */
import type { Command } from 'commander';
import type { ReferenceSpec } from '../reference.js';
import { addReferenceOptions, loadRunReference } from './reference-options.js';
import { addLimitOptions, EXIT, integer, limitsFrom, loadCommandConfig, say, UsageError, type LimitOptions } from './support.js';

export interface QueueCommandOptions {
  shardTimeout?: number;
  retries?: number;
  maintenance?: number;
}

interface WorkerCommandOptions extends LimitOptions, QueueCommandOptions {
  db: string;
  workers?: number;
  config?: string;
  exitWhenIdle?: boolean;
  allowPrivate?: boolean;
  reference?: ReferenceSpec[];
}

/** The queue's timing options, shared by `ingest --queue` and `worker`. */
export function addQueueOptions(command: Command): Command {
  return command
    .option('--shard-timeout <seconds>', 'seconds without a sign of life from the worker running a shard before the shard is taken back and retried elsewhere (default 120)', integer('--shard-timeout', 1))
    .option('--retries <n>', 'retries of a failing shard before it goes to the dead-letter queue (default 4)', integer('--retries', 0))
    .option('--maintenance <seconds>', 'how often expired shards are looked for (default 30)', integer('--maintenance', 1));
}

/** `ingest`'s options for a PostgreSQL database: --queue, --shard-size and the queue's timings. */
export function addIngestQueueOptions(command: Command): Command {
  return addQueueOptions(
    command
      .option('--queue', 'with --db postgres://…: only split the inputs into shards and queue them, for `claimscan worker` on any machine')
      .option('--shard-size <n>', 'with --db postgres://…: lines of a JSON Lines dump (default 500), or files, per shard (default 200)', integer('--shard-size', 1)),
  );
}

export const queueTimings = (opts: QueueCommandOptions) => ({ shardTimeoutSeconds: opts.shardTimeout, retries: opts.retries, maintenanceSeconds: opts.maintenance });

export function register(program: Command): void {
  const command = program
    .command('worker')
    .description('run queued shards of `ingest --queue` into PostgreSQL (on any machine that can read the inputs)')
    .requiredOption('--db <url>', 'PostgreSQL database (postgres://user:password@host:port/database)')
    .option('--workers <n>', 'worker threads for analysis (0: main thread; default: one per core)', integer('--workers', 0))
    .option('--exit-when-idle', 'stop once no shard is queued, retrying or active')
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .option('--allow-private', 'fetch URLs on loopback and private-network addresses too (refused by default)');
  addLimitOptions(addQueueOptions(addReferenceOptions(command))).action(async (opts: WorkerCommandOptions) => {
    process.exitCode = await runWorkerCommand(opts);
  });
}

export async function runWorkerCommand(opts: WorkerCommandOptions): Promise<number> {
  const { isPostgresUrl } = await import('../../storage/backend.js');
  if (!isPostgresUrl(opts.db)) throw new UsageError(`worker needs --db postgres://…, got "${opts.db}" (a SQLite file has no queue: use claimscan ingest)`);
  const { runWorker } = await import('../queue/worker.js');
  const config = await loadCommandConfig(opts.config);
  const reference = await loadRunReference(config.reference, opts.reference);
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    say('stopping after the shard in progress (again to quit now: the shard is retried elsewhere)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const s = await runWorker({
      db: opts.db,
      config,
      reference,
      workers: opts.workers,
      limits: limitsFrom(opts),
      load: { fetch: { allowPrivate: opts.allowPrivate === true } },
      exitWhenIdle: opts.exitWhenIdle === true,
      queue: queueTimings(opts),
      onLog: say,
      signal: stop.signal,
    });
    const busy = s.queueMs + s.pipelineMs + s.storeMs;
    const share = (ms: number) => (busy > 0 ? `${((100 * ms) / busy).toFixed(0)}%` : '-');
    say(
      `worker: ${s.shards} shards (${s.repeats} already stored elsewhere, ${s.failures} failed back to the queue): read ${s.read}, stored ${s.stored}, already present ${s.present}, failed ${s.failed} ` +
        `in ${s.seconds.toFixed(1)} s; time in the queue ${share(s.queueMs)}, pipeline ${share(s.pipelineMs)}, storing ${share(s.storeMs)}`,
    );
    return stop.signal.aborted ? 130 : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
