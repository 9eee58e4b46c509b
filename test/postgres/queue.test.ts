/**
 * The queue's commands end to end on a throw-away PostgreSQL cluster: `ingest --queue` only
 * queues (status: all shards queued, nothing stored), `worker --exit-when-idle` runs them
 * (status: all done, the run finished with its totals), a shard run again stores nothing
 * twice, and a poison shard goes to the dead-letter queue after its retries with its error
 * shown by `status`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectStatus } from '../../pipeline/commands/status.js';
import { loadConfig } from '../../pipeline/config.js';
import { DEAD_LETTER_QUEUE, QUEUE_SCHEMA, SHARD_QUEUE, startBoss } from '../../pipeline/queue/boss.js';
import { runWorker } from '../../pipeline/queue/worker.js';
import { PgStore } from '../../storage/postgres/store.js';
import { ROOT } from '../helpers.js';
import { pgAvailable, startCluster, type TestCluster } from './cluster.js';

const run = pgAvailable() ? describe : describe.skip;
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'pipeline', 'bin.js'), ...args], { encoding: 'utf8', cwd: ROOT });

run('ingest --queue, worker, status', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster('queue_cmds');
  }, 120_000);
  afterAll(async () => cluster?.stop());

  it('queues, runs, reports; a repeated shard stores nothing twice; a poison shard is dead-lettered', async () => {
    const queued = cli('ingest', '--db', cluster.url, '--queue', '--shard-size', '3', 'samples');
    expect(queued.status, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/queued run 1: \d+ shards/);
    let [status] = await collectStatus(cluster.url);
    expect(status).toMatchObject({ run: 1, status: 'running', articles: { stored: 0 } });
    expect(status!.shards.queued).toBe(status!.shards.total);
    expect(status!.shards.total).toBeGreaterThan(2);

    const config = loadConfig(undefined);
    const first = await runWorker({ db: cluster.url, config, workers: 1, exitWhenIdle: true, pollMs: 200 });
    expect(first.failures).toBe(0);
    [status] = await collectStatus(cluster.url);
    expect(status).toMatchObject({ run: 1, status: 'done', shards: { queued: 0, active: 0, done: status!.shards.total, failed: 0 } });
    expect(status!.articles.stored).toBe(first.stored);
    expect(first.stored).toBeGreaterThan(5);

    const text = cli('status', '--db', cluster.url);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`shards +${status!.shards.total} total: 0 queued, 0 active, ${status!.shards.total} done, 0 failed`));

    // the same shard's job again (as a queue that delivered it twice would): nothing stored twice
    const store = await PgStore.open(cluster.url);
    const boss = await startBoss(cluster.url);
    try {
      const { rows } = await store.pool.query(`SELECT data FROM ${QUEUE_SCHEMA}.job WHERE name = $1 LIMIT 1`, [SHARD_QUEUE]);
      const articles = await store.count('articles');
      await boss.send(SHARD_QUEUE, rows[0].data);
      const again = await runWorker({ db: cluster.url, config, workers: 1, exitWhenIdle: true, pollMs: 200 });
      expect(again).toMatchObject({ shards: 1, repeats: 1, stored: 0 });
      expect(await store.count('articles')).toBe(articles);

      // a poison shard: failed, retried once, then in the dead-letter queue with its error
      await boss.send(SHARD_QUEUE, { runId: 1, shardId: 'poison', spec: { type: 'bogus' } }, { retryLimit: 1, retryDelay: 0 } as PgBoss.SendOptions);
      const poisoned = await runWorker({ db: cluster.url, config, workers: 1, exitWhenIdle: true, pollMs: 200 });
      expect(poisoned.failures).toBe(2);
      const dead = await store.pool.query(`SELECT data FROM ${QUEUE_SCHEMA}.job WHERE name = $1`, [DEAD_LETTER_QUEUE]);
      expect(dead.rows.map((r) => r.data.shardId)).toEqual(['poison']);
      [status] = await collectStatus(cluster.url, 1);
      expect(status!.shards.failed).toBe(1);
      expect(status!.deadLetters[0]).toMatchObject({ shard: 'poison', error: expect.stringMatching(/not a shard this claimscan can run/) });
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true } as PgBoss.StopOptions);
      await store.close();
    }

    // usage: --queue needs PostgreSQL; worker needs PostgreSQL
    expect(cli('ingest', '--db', 'x.db', '--queue', 'samples')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--queue needs --db postgres/) });
    expect(cli('worker', '--db', 'x.db')).toMatchObject({ status: 2, stderr: expect.stringMatching(/worker needs --db postgres/) });
  }, 300_000);
});
