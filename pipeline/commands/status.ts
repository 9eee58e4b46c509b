/**
 * `claimscan status --db postgres://…`: how a queued ingest is doing. Shards by state (from
 * pg-boss's job table: queued = created or waiting to retry; active; done = stored, from
 * `shard_results`; failed = out of retries, in the dead-letter queue), the articles stored so
 * far and the rate, over the run and over the last minute, per run.
 */
import type { Command } from 'commander';
import { EXIT, integer, UsageError } from './support.js';

interface StatusCommandOptions {
  db: string;
  run?: number;
  format: 'text' | 'json';
}

export function register(program: Command): void {
  program
    .command('status')
    .description('shards queued, active, done and failed, and articles/s, of queued ingests (PostgreSQL)')
    .requiredOption('--db <url>', 'PostgreSQL database (postgres://…)')
    .option('--run <id>', 'one run (default: the runs still going, or the last one)', integer('--run', 1))
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: StatusCommandOptions) => {
      process.exitCode = await runStatus(opts);
    });
}

export interface RunStatusReport {
  run: number;
  status: string;
  started: string;
  finished: string | null;
  shards: { total: number; queued: number; active: number; done: number; failed: number };
  articles: { read: number; stored: number; present: number; failed: number };
  /** Articles read per second, first shard start to last shard end. */
  rate: number | null;
  /** Articles read per second in the last minute. */
  lastMinuteRate: number;
  /** Errors of shards out of retries. */
  deadLetters: { shard: string; error: string }[];
}

export async function collectStatus(db: string, run?: number): Promise<RunStatusReport[]> {
  const { PgStore } = await import('../../storage/postgres/store.js');
  const { QUEUE_SCHEMA, SHARD_QUEUE, DEAD_LETTER_QUEUE } = await import('../queue/boss.js');
  const store = await PgStore.open(db);
  try {
    const q = (sql: string, values: unknown[] = []) => store.query(sql, values);
    const hasQueue = (await q("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'job'", [QUEUE_SCHEMA])).rows.length > 0;
    const runs = (
      await q(
        run !== undefined
          ? "SELECT id, status, started_at, finished_at FROM runs WHERE id = $1"
          : "SELECT id, status, started_at, finished_at FROM runs WHERE command = 'ingest --queue' AND (status = 'running' OR id = (SELECT max(id) FROM runs WHERE command = 'ingest --queue')) ORDER BY id",
        run !== undefined ? [run] : [],
      )
    ).rows as [number, string, string, string | null][];
    const out: RunStatusReport[] = [];
    for (const [id, status, started, finished] of runs) {
      const states: Record<string, number> = {};
      const deadLetters: { shard: string; error: string }[] = [];
      if (hasQueue) {
        for (const [state, n] of (await q(`SELECT state::text, count(*) FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND (data->>'runId')::bigint = $2 GROUP BY state`, [SHARD_QUEUE, id])).rows) states[state as string] = Number(n);
        for (const [state, n] of (await q(`SELECT state::text, count(*) FROM ${QUEUE_SCHEMA}.archive WHERE name = $1 AND (data->>'runId')::bigint = $2 GROUP BY state`, [SHARD_QUEUE, id])).rows) states[state as string] = (states[state as string] ?? 0) + Number(n);
        for (const [shard, error] of (await q(`SELECT data->>'shardId', coalesce(output->>'message', output::text) FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed' AND (data->>'runId')::bigint = $2 ORDER BY 1 LIMIT 20`, [SHARD_QUEUE, id])).rows) deadLetters.push({ shard: String(shard), error: String(error) });
        void DEAD_LETTER_QUEUE;
      }
      const [done, read, stored, present, failed, seconds] = (
        await q(
          `SELECT count(*), coalesce(sum(read), 0), coalesce(sum(stored), 0), coalesce(sum(present), 0), coalesce(sum(failed), 0),
                  extract(epoch FROM max(finished_at) - min(started_at))::float8 FROM shard_results WHERE run_id = $1`,
          [id],
        )
      ).rows[0] as number[];
      const recent = Number((await q(`SELECT coalesce(sum(read), 0) FROM shard_results WHERE run_id = $1 AND finished_at > now() - interval '1 minute'`, [id])).rows[0]![0]);
      const total = Object.values(states).reduce((a, b) => a + b, 0);
      out.push({
        run: id,
        status,
        started,
        finished,
        shards: { total, queued: (states.created ?? 0) + (states.retry ?? 0), active: states.active ?? 0, done: Number(done), failed: states.failed ?? 0 },
        articles: { read: Number(read), stored: Number(stored), present: Number(present), failed: Number(failed) },
        rate: seconds && Number(seconds) > 0 ? Number(read) / Number(seconds) : null,
        lastMinuteRate: recent / 60,
        deadLetters,
      });
    }
    return out;
  } finally {
    await store.close();
  }
}

export async function runStatus(opts: StatusCommandOptions): Promise<number> {
  const { isPostgresUrl } = await import('../../storage/backend.js');
  if (!isPostgresUrl(opts.db)) throw new UsageError(`status needs --db postgres://…, got "${opts.db}"`);
  if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format must be text or json, got "${opts.format}"`);
  const report = await collectStatus(opts.db, opts.run);
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT.ok;
  }
  if (!report.length) {
    process.stdout.write('no queued ingest in this database (claimscan ingest --db postgres://… --queue INPUT…)\n');
    return EXIT.ok;
  }
  for (const r of report) {
    const s = r.shards;
    process.stdout.write(
      `run ${r.run} (${r.status}, started ${r.started}${r.finished ? `, finished ${r.finished}` : ''})\n` +
        `  shards    ${s.total} total: ${s.queued} queued, ${s.active} active, ${s.done} done, ${s.failed} failed\n` +
        `  articles  read ${r.articles.read}, stored ${r.articles.stored}, already present ${r.articles.present}, failed ${r.articles.failed}\n` +
        `  rate      ${r.rate === null ? '-' : r.rate.toFixed(1)} articles/s over the run, ${r.lastMinuteRate.toFixed(1)} in the last minute\n` +
        r.deadLetters.map((d) => `  failed shard ${d.shard}: ${d.error}\n`).join(''),
    );
  }
  return EXIT.ok;
}
