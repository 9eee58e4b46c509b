/**
 * Queued ingest throughput with 1, 2 and 4 `claimscan worker` processes on one machine, into
 * a throw-away PostgreSQL cluster on 127.0.0.1 (bench/pg-cluster.ts), beside a SQLite
 * `ingest` of the same stories for reference. For each run: articles/s (wall time from the
 * workers' start to the last one's exit), and where the workers' time went, from
 * `shard_results`: the queue (fetching and completing jobs in pg-boss), the pipeline (reading
 * and analysis) and storing (the multi-row inserts and the commit). The storing time gives
 * the database's write rate: articles stored per second of write time, the ceiling of a
 * fleet of workers writing to this one server.
 *
 *   npx tsx bench/pg-workers.ts [--limit N] [--shard-size N] [--threads N] [--runs 1,2,4]
 *
 * Reads ../shared/corpora/reuters-21578 at run time (skips with a message when absent).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { loadConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { enqueue } from '../pipeline/queue/enqueue.js';
import { PROJECT_ROOT } from '../pipeline/version.js';
import { pgBinDir, startCluster } from './pg-cluster.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(opt('--limit') ?? 6000);
const shardSize = Number(opt('--shard-size') ?? 500);
const threads = opt('--threads') ?? '1';
const runs = (opt('--runs') ?? '1,2,4').split(',').map(Number);
const DUMP = path.resolve(PROJECT_ROOT, '../shared/corpora/reuters-21578/reuters-21578.jsonl.gz');

if (!existsSync(DUMP)) {
  console.log('skipping: ../shared/corpora/reuters-21578 is not present');
  process.exit(0);
}
if (!pgBinDir() && !process.env.CLAIMSCAN_TEST_PG) {
  console.log('skipping: no PostgreSQL binaries (apt-get install postgresql) and CLAIMSCAN_TEST_PG not set');
  process.exit(0);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-bench-pg-'));
const input = path.join(dir, `reuters-${limit}.jsonl`);
writeFileSync(input, `${gunzipSync(readFileSync(DUMP)).toString('utf8').split('\n').slice(0, limit).join('\n')}\n`);
const stories = readFileSync(input, 'utf8').split('\n').filter(Boolean).length;
console.log(`${stories} Reuters-21578 stories, shards of ${shardSize} lines, ${threads} analysis thread(s) per worker process, ${os.availableParallelism()} cores`);

const cluster = await startCluster('bench_base');
try {
  const t0 = performance.now();
  const sqlite = await ingest([input], { db: path.join(dir, 'claims.db'), config: loadConfig(undefined) });
  const sqliteSeconds = (performance.now() - t0) / 1000;
  console.log(`SQLite ingest (one process, ${os.availableParallelism()} analysis threads): ${(sqlite.read / sqliteSeconds).toFixed(1)} articles/s (${sqliteSeconds.toFixed(1)} s)`);
  console.log('\n| worker processes | articles/s | wall s | queue | pipeline | storing | DB write rate (articles/s of write time) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const n of runs) {
    const url = await cluster.newDatabase(`bench_${n}`);
    const { shards } = await enqueue([input], { db: url, sizes: { lines: shardSize } });
    const start = performance.now();
    const codes = await Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'pipeline', 'bin.js'), 'worker', '--db', url, '--exit-when-idle', '--workers', threads], { stdio: 'ignore' });
            child.on('exit', resolve);
          }),
      ),
    );
    const wall = (performance.now() - start) / 1000;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const r = (
      await client.query(
        'SELECT count(*)::int AS shards, sum(read)::int AS read, sum(stored)::int AS stored, sum(queue_ms)::float8 AS q, sum(pipeline_ms)::float8 AS p, sum(store_ms)::float8 AS s FROM shard_results',
      )
    ).rows[0];
    await client.end();
    const busy = r.q + r.p + r.s;
    const pct = (x: number) => `${((100 * x) / busy).toFixed(1)}%`;
    console.log(
      `| ${n} | ${(r.read / wall).toFixed(1)} | ${wall.toFixed(1)} | ${pct(r.q)} | ${pct(r.p)} | ${pct(r.s)} | ${(r.stored / (r.s / 1000)).toFixed(0)} |` +
        (r.shards !== shards || codes.some((c) => c !== 0) ? ` (shards ${r.shards}/${shards}, exit codes ${codes.join(',')})` : ''),
    );
  }
  console.log("\nwall time includes each worker's start-up (loading the pipeline, starting pg-boss); queue = fetching the job from pg-boss; storing = rows, the job's completion and the commit (one transaction).");
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
