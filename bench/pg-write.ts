/**
 * The PostgreSQL back end's write rate, without analysis: Reuters-21578 stories analysed
 * once in this process, then stored as a queue worker stores them (`PgStore.storeReports`,
 * one transaction per shard of 500, multi-row inserts) into a fresh database, by 1, 2 and 4
 * concurrent connections. Articles/s here is the ceiling a fleet of workers writing to one
 * server of this size meets (the server shares this machine's cores with the client).
 *
 *   npx tsx bench/pg-write.ts [--limit N] [--shard-size N]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EXTRACTOR_VERSIONS } from '../extractors/index.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { parseRecord } from '../pipeline/record.js';
import { PROJECT_ROOT } from '../pipeline/version.js';
import { rawHash, type StoreInput } from '../storage/db.js';
import { PgStore } from '../storage/postgres/store.js';
import { pgBinDir, startCluster } from './pg-cluster.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(opt('--limit') ?? 4000);
const shardSize = Number(opt('--shard-size') ?? 500);
const DUMP = path.resolve(PROJECT_ROOT, '../shared/corpora/reuters-21578/reuters-21578.jsonl.gz');
if (!existsSync(DUMP)) {
  console.log('skipping: ../shared/corpora/reuters-21578 is not present');
  process.exit(0);
}
if (!pgBinDir() && !process.env.CLAIMSCAN_TEST_PG) {
  console.log('skipping: no PostgreSQL binaries and CLAIMSCAN_TEST_PG not set');
  process.exit(0);
}

const analyze = createAnalyzer();
const lines = gunzipSync(readFileSync(DUMP)).toString('utf8').split('\n').filter(Boolean).slice(0, limit);
const t0 = performance.now();
const inputs: StoreInput[] = lines.map((line, i) => {
  const record = parseRecord(JSON.parse(line), []);
  return { report: analyze(record, { input: DUMP, line: i + 1 }), input: DUMP, line: i + 1, rawHash: rawHash(record), runId: null };
});
const rows = inputs.reduce((n, i) => n + 1 + i.report.paragraphs.length + i.report.sentences.length + i.report.money.length + i.report.percentages.length + i.report.quantities.length + i.report.timestamps.length + i.report.entities.length + i.report.sources.length + i.report.claims.length * 3 + i.report.flags.length, 0);
console.log(`${inputs.length} stories analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s (one thread); about ${rows} rows to store; shards of ${shardSize}`);

const cluster = await startCluster('write_base');
try {
  console.log('\n| connections | articles/s | rows/s | ms per shard (mean) |');
  console.log('| --- | --- | --- | --- |');
  for (const n of [1, 2, 4]) {
    const store = await PgStore.open(await cluster.newDatabase(`write_${n}`), { max: n });
    const shards: StoreInput[][] = [];
    for (let i = 0; i < inputs.length; i += shardSize) shards.push(inputs.slice(i, i + shardSize));
    let next = 0;
    const perShard: number[] = [];
    const start = performance.now();
    await Promise.all(
      Array.from({ length: n }, async () => {
        for (let s = next++; s < shards.length; s = next++) {
          const t = performance.now();
          await store.transaction((tx) => store.storeReports(tx, shards[s]!, EXTRACTOR_VERSIONS));
          perShard.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const stored = await store.count('articles');
    await store.close();
    console.log(`| ${n} | ${(stored / seconds).toFixed(0)} | ${(rows / seconds).toFixed(0)} | ${(perShard.reduce((a, b) => a + b, 0) / perShard.length).toFixed(0)} |`);
  }
} finally {
  await cluster.stop();
}
