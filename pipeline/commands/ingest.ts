/** `claimscan ingest`: store every article of a dump, resumably, on every core. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ReferenceSpec } from '../reference.js';
import { addReferenceOptions, loadRunReference } from './reference-options.js';
import { isPostgresUrl } from '../../storage/backend.js';
import { addLimitOptions, EXIT, integer, limitsFrom, loadCommandConfig, say, UsageError, type LimitOptions } from './support.js';
import { addIngestQueueOptions, type QueueCommandOptions } from './worker.js';

interface IngestCommandOptions extends LimitOptions, QueueCommandOptions {
  db: string;
  concurrency?: number;
  workers?: number;
  config?: string;
  allowPrivate?: boolean;
  reference?: ReferenceSpec[];
  /** Milliseconds between progress log lines when standard error is not a terminal (0: none). */
  logInterval?: number;
  queue?: boolean;
  shardSize?: number;
}

/** `--log-interval`: seconds ≥ 0 (0 turns the log lines off), in milliseconds. */
function logInterval(value: string): number {
  const s = Number(value);
  if (value.trim() === '' || !Number.isFinite(s) || s < 0 || s > 86_400) throw new InvalidArgumentError(`--log-interval must be a number of seconds ≥ 0 such as 30 (0: no log lines), got "${value}"`);
  return Math.round(s * 1000);
}

export function register(program: Command): void {
  const command = program
    .command('ingest')
    .description('store every article of a dump in the database, skipping articles already stored')
    .argument('<input...>', 'files, directories, - (stdin) or URLs')
    .option('--db <file>', 'SQLite database file', 'claims.db')
    .option('--concurrency <n>', 'inputs read or fetched at once', integer('--concurrency', 1), 4)
    .option('--workers <n>', 'worker threads for analysis (0: main thread; default: one per core)', integer('--workers', 0))
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .option('--allow-private', 'fetch URLs on loopback and private-network addresses too (refused by default)')
    // the value is kept in milliseconds; the help shows the default in the seconds it is written in
    .addOption(new Option('--log-interval <seconds>', 'when standard error is not a terminal, a progress line every N seconds (0: none)').argParser(logInterval).default(30_000, '30'));
  addIngestQueueOptions(addLimitOptions(addReferenceOptions(command))).action(async (inputs: string[], opts: IngestCommandOptions) => {
    process.exitCode = await runIngest(inputs, opts);
  });
}

/**
 * Exit code: 0 when every record was stored or already present; 2 when any record failed
 * (it is in `ingest_errors`), an input could not be read or the database failed (one line,
 * the run recorded as failed where possible); 130 when interrupted.
 */
export async function runIngest(inputs: string[], opts: IngestCommandOptions): Promise<number> {
  // PostgreSQL (--db postgres://…): sharded through the queue (pipeline/queue/, README "More than one machine")
  if (isPostgresUrl(opts.db)) return (await import('../queue/ingest-command.js')).runPostgresIngest(inputs, opts);
  if (opts.queue) throw new UsageError('--queue needs --db postgres://… (workers on other machines share a PostgreSQL database, not a SQLite file)');
  const [{ ingest }, { startProgress }] = await Promise.all([import('../ingest.js'), import('../progress.js')]);
  const config = await loadCommandConfig(opts.config);
  const reference = await loadRunReference(config.reference, opts.reference);
  const progress = await startProgress(process.stderr, { logIntervalMs: opts.logInterval ?? 30_000 });
  // Ctrl-C or SIGTERM stops reading; what is in flight is stored (each article within its
  // time limit) and the run is closed, so running the same command again resumes. A second
  // one exits at once (stored articles stay whole: each is one transaction).
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    progress.log('stopping: finishing the articles in flight (Ctrl-C again to quit now)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let summary;
  try {
    summary = await ingest(inputs, {
      db: opts.db,
      config,
      concurrency: opts.concurrency,
      workers: opts.workers,
      load: { fetch: { allowPrivate: opts.allowPrivate === true } },
      limits: limitsFrom(opts),
      reference,
      onProgress: (counts, position) => progress.update(counts, position),
      onError: (message) => progress.log(message),
      onWarning: (message) => progress.log(message),
      signal: stop.signal,
    });
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // the rate is of stored articles: skipping what is already there is not throughput
  const rate = summary.seconds > 0 ? (summary.stored / summary.seconds).toFixed(1) : '-';
  say(
    `ingest into ${opts.db}: read ${summary.read}, stored ${summary.stored}, already present ${summary.present}, failed ${summary.failed} ` +
      `${summary.interrupted ? '(interrupted) ' : ''}in ${summary.seconds.toFixed(1)} s (${rate} articles stored/s); run ${summary.runId}` +
      (summary.failed ? `; see: claimscan query --db ${opts.db} "SELECT * FROM ingest_errors WHERE run_id = ${summary.runId}"` : ''),
  );
  if (summary.interrupted) {
    say(`interrupted: run the same command again to resume`);
    return 130;
  }
  return summary.failed ? EXIT.usage : EXIT.ok;
}
