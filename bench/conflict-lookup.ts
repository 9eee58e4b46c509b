/**
 * How long `conflicting-report` takes to check one article against a database of a million
 * claims: the second pass of `check --db` and `ingest` (claim frames of the article, one
 * indexed lookup per match key, the rule), timed per article for real Reuters stories
 * against a database scaled up from the Reuters-21578 ingest (bench/db-scale.ts) until it
 * holds at least `--claims` claims. Analysis itself (clean → check) is not part of it.
 *
 *   npx tsx bench/conflict-lookup.ts --source reuters.db [--claims 1000000] [--articles 500]
 *
 * `--source` is a database of the Reuters dump (`claimscan ingest --db reuters.db
 * ../shared/corpora/reuters-21578/reuters-21578.jsonl.gz`); the scaled copy goes to a temporary folder.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { createAnalyzer } from '../pipeline/analyze.js';
import { resolveConfig } from '../pipeline/config.js';
import { checkedArticleOf, createCrossCheck } from '../pipeline/cross-check.js';
import { framesOf } from '../pipeline/frames/stored.js';
import { PROJECT_ROOT } from '../pipeline/version.js';
import type { ArticleRecord, Report } from '../pipeline/types.js';
import { ClaimsDb } from '../storage/db.js';
import { scaleDatabase } from './db-scale.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const source = opt('--source');
const wantClaims = Number(opt('--claims', '1000000'));
const sampleSize = Number(opt('--articles', '500'));
const DUMP = path.resolve(PROJECT_ROOT, '../shared/corpora/reuters-21578/reuters-21578.jsonl.gz');
if (!source || !existsSync(source)) {
  console.error('usage: npx tsx bench/conflict-lookup.ts --source reuters.db   (a database of the Reuters-21578 ingest)');
  process.exit(2);
}
if (!existsSync(DUMP)) {
  console.log('skipping: ../shared/corpora/reuters-21578 is not present');
  process.exit(0);
}

const probe = ClaimsDb.open(source, { readonly: true });
const sourceClaims = probe.count('claims');
probe.close();
const times = Math.max(1, Math.ceil(wantClaims / sourceClaims));
const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-lookup-'));
const big = path.join(dir, 'big.db');
const t0 = Date.now();
const counts = scaleDatabase(source, big, times);
console.log(`database: ${counts.articles} articles, ${counts.claims} claims, ${counts.frames} claim frames (Reuters ×${times}), built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// Real stories to check: every 38th record of the dump (spread over it), analysed once, untimed.
const analyze = createAnalyzer(resolveConfig({}, null));
const reports: Report[] = [];
const lines = readline.createInterface({ input: createReadStream(DUMP).pipe(zlib.createGunzip()), crlfDelay: Infinity });
let n = 0;
for await (const line of lines) {
  if (n++ % 38 !== 0 || !line.trim()) continue;
  reports.push(analyze(JSON.parse(line) as ArticleRecord, { input: 'reuters', line: n }));
  if (reports.length >= sampleSize) break;
}
lines.close();

const db = ClaimsDb.open(big);
const cross = createCrossCheck(resolveConfig({}, null), { storedFigures: (keys, story) => db.storedFigures(keys, story) })!;
for (const report of reports.slice(0, 20)) cross(report); // warm the page cache and the statements
const all: number[] = [];
const withKeys: number[] = [];
let keys = 0;
let flagged = 0;
for (const report of reports) {
  const own = framesOf(checkedArticleOf(report)).filter((f) => f.matchKey).length;
  const start = process.hrtime.bigint();
  const checked = cross(report);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  all.push(ms);
  if (own) {
    withKeys.push(ms);
    keys += own;
  }
  if (checked.flags.some((f) => f.rule === 'conflicting-report')) flagged++;
}
db.close();
const stats = (ms: number[]) => {
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  return `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, max ${ms.at(-1)!.toFixed(2)} ms`;
};
console.log(`checked ${all.length} Reuters stories against it: ${stats(all)} per article (${flagged} with a conflicting-report)`);
console.log(`the ${withKeys.length} of them with comparable figures (${keys} lookups, each key held by ${times} stories): ${stats(withKeys)} per article`);
rmSync(dir, { recursive: true, force: true });
