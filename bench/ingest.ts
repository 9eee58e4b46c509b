/**
 * `npm run bench`: ingest throughput and memory on a real dump (Reuters-21578, 19,043
 * articles), beside a raw baseline measured in the same run (read + gunzip + JSON.parse +
 * paragraph split, no extraction). Each phase runs in its own child process so that its
 * peak memory (max RSS, worker threads included) is its own.
 *
 *   npm run bench [-- --limit N] [-- --workers N] [-- --input FILE.jsonl.gz]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { loadConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { PROJECT_ROOT } from '../pipeline/version.js';

const here = fileURLToPath(import.meta.url);
const DEFAULT_INPUT = path.resolve(PROJECT_ROOT, '../shared/corpora/reuters-21578/reuters-21578.jsonl.gz');

interface PhaseResult {
  phase: string;
  articles: number;
  textBytes: number;
  seconds: number;
  maxRssMb: number;
  detail?: string;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = opt('--limit') ? Number(opt('--limit')) : Infinity;
const input = opt('--input') ?? DEFAULT_INPUT;

/** Streams the dump and returns records (limited), counting their text bytes. */
async function* records(file: string) {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n++ >= limit) break;
    yield line;
  }
  lines.close();
}

async function baseline(): Promise<PhaseResult> {
  const t0 = process.hrtime.bigint();
  let articles = 0;
  let textBytes = 0;
  let paragraphs = 0;
  for await (const line of records(input)) {
    const record = JSON.parse(line) as { text?: string; html?: string };
    const body = record.text ?? record.html ?? '';
    textBytes += Buffer.byteLength(body);
    paragraphs += body.split(/\n+/).filter((p) => p.trim()).length;
    articles++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { phase: 'baseline (read+gunzip+parse+split)', articles, textBytes, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, detail: `${paragraphs} paragraphs` };
}

async function pipeline(workers: number | undefined): Promise<PhaseResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-bench-'));
  const db = path.join(dir, 'bench.db');
  // Text bytes for MB/s; ingest reads whole inputs, so a limited run ingests a temporary slice.
  const slice = Number.isFinite(limit) ? path.join(dir, 'slice.jsonl') : null;
  const out = slice ? createWriteStream(slice) : null;
  let textBytes = 0;
  for await (const line of records(input)) {
    const record = JSON.parse(line) as { text?: string; html?: string };
    textBytes += Buffer.byteLength(record.text ?? record.html ?? '');
    out?.write(`${line}\n`);
  }
  if (out) await new Promise<void>((resolve) => out.end(resolve));
  const source = slice ?? input;
  const t0 = process.hrtime.bigint();
  const summary = await ingest([source], { db, config: loadConfig(undefined, dir), workers });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const dbMb = statSync(db).size / 1e6;
  rmSync(dir, { recursive: true, force: true });
  return {
    phase: `claimscan ingest (${workers ?? os.availableParallelism()} workers)`,
    articles: summary.stored + summary.present,
    textBytes,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: `stored ${summary.stored}, failed ${summary.failed}, database ${dbMb.toFixed(0)} MB`,
  };
}

async function child(phase: string) {
  const workers = opt('--workers') ? Number(opt('--workers')) : undefined;
  const result = phase === 'baseline' ? await baseline() : await pipeline(workers);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function main() {
  if (!existsSync(input)) {
    console.log(`bench: ${input} is not present; nothing to measure (see ../shared/corpora/README.md)`);
    return;
  }
  console.log(`bench: ${path.relative(process.cwd(), input)}${Number.isFinite(limit) ? ` (first ${limit} articles)` : ''}, ${os.availableParallelism()} cores, Node ${process.version}`);
  const results: PhaseResult[] = [];
  for (const phase of ['baseline', 'pipeline']) {
    const res = spawnSync(process.execPath, [...process.execArgv, here, '--phase', phase, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (res.status !== 0) throw new Error(`bench phase ${phase} failed (exit ${res.status})`);
    results.push(JSON.parse(res.stdout.trim().split('\n').at(-1)!));
  }
  const rows = results.map((r) => [
    r.phase,
    String(r.articles),
    r.seconds.toFixed(2),
    (r.articles / r.seconds).toFixed(0),
    (r.textBytes / 1e6 / r.seconds).toFixed(2),
    r.maxRssMb.toFixed(0),
    r.detail ?? '',
  ]);
  const head = ['phase', 'articles', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const [base, full] = results as [PhaseResult, PhaseResult];
  console.log(`pipeline runs at ${((full.articles / full.seconds / (base.articles / base.seconds)) * 100).toFixed(2)}% of the raw baseline's article rate`);
}

const phase = opt('--phase');
if (phase) await child(phase);
else main();
