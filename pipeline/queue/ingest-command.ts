/** The command side of `claimscan ingest --db postgres://… [--queue]` (see ingest-postgres.ts). */
import { loadRunReference } from '../commands/reference-options.js';
import { EXIT, limitsFrom, loadCommandConfig, say, UsageError, type LimitOptions } from '../commands/support.js';
import { queueTimings, type QueueCommandOptions } from '../commands/worker.js';
import type { ReferenceSpec } from '../reference.js';

interface Options extends LimitOptions, QueueCommandOptions {
  db: string;
  workers?: number;
  config?: string;
  allowPrivate?: boolean;
  reference?: ReferenceSpec[];
  queue?: boolean;
  shardSize?: number;
}

export async function runPostgresIngest(inputs: string[], opts: Options): Promise<number> {
  const { postgresIngest } = await import('./ingest-postgres.js');
  const config = await loadCommandConfig(opts.config);
  const reference = await loadRunReference(config.reference, opts.reference);
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    say('stopping after the shard in progress; the rest stays queued (claimscan worker takes it)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let result;
  try {
    result = await postgresIngest(inputs, {
      db: opts.db,
      config,
      reference,
      queueOnly: opts.queue === true,
      shardSize: opts.shardSize,
      workers: opts.workers,
      limits: limitsFrom(opts),
      load: { fetch: { allowPrivate: opts.allowPrivate === true } },
      queue: queueTimings(opts),
      onLog: say,
      signal: stop.signal,
    });
  } catch (err) {
    if (err instanceof TypeError && /standard input/.test(err.message)) throw new UsageError(err.message);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const { redactUrl } = await import('../../storage/postgres/store.js');
  if (!result.worker) {
    say(`queued run ${result.runId}: ${result.shards} shards in ${redactUrl(opts.db)}; start workers with: claimscan worker --db URL; watch with: claimscan status --db URL`);
    return EXIT.ok;
  }
  const w = result.worker;
  say(`ingest into ${redactUrl(opts.db)}: run ${result.runId}, ${w.shards} shards: read ${w.read}, stored ${w.stored}, already present ${w.present}, failed ${w.failed} in ${w.seconds.toFixed(1)} s`);
  if (stop.signal.aborted) return 130;
  return w.failed ? EXIT.usage : EXIT.ok;
}
