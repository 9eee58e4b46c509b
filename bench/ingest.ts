/**
 * `npm run bench`: ingest throughput and memory on a real dump (Reuters-21578, 19,043
 * articles), beside a raw baseline measured in the same run (read + gunzip + JSON.parse +
 * paragraph split, no extraction). Each phase runs in its own child process so that its
 * peak memory (max RSS, worker threads included) is its own. A third phase ingests the
 * first `--profile-limit` articles again under `--cpu-prof` and prints the CPU time of each
 * stage (bench/stages.ts); `--repeat N` adds a phase over the dump N times (each copy a new
 * article), for memory that must stay flat with the dump's size.
 *
 *   npm run bench [-- --limit N] [-- --workers N] [-- --input FILE.jsonl.gz] [-- --profile-limit N (0: none)] [-- --repeat N]
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
import { printStages, stageShares } from './stages.js';

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
const profileLimit = Number(opt('--profile-limit') ?? 4000);
const repeat = Number(opt('--repeat') ?? 1);
/** Targets of issue 16, checked on the full dump. */
const TARGET_RATE = 1000;
const TARGET_RSS_MB = 400;
const input = opt('--input') ?? DEFAULT_INPUT;

/** Streams the dump and returns records (the first `max`), counting their text bytes. */
async function* records(file: string, max = limit) {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n++ >= max) break;
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

async function pipeline(workers: number | undefined, max: number, copies: number): Promise<PhaseResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-bench-'));
  const db = path.join(dir, 'bench.db');
  // Text bytes for MB/s; ingest reads whole inputs, so a limited or repeated run ingests a
  // temporary slice (each copy after the first a new article: its id and title changed).
  const slice = Number.isFinite(max) || copies > 1 ? path.join(dir, 'slice.jsonl') : null;
  const out = slice ? createWriteStream(slice) : null;
  let textBytes = 0;
  for (let copy = 0; copy < copies; copy++) {
    for await (const line of records(input, max)) {
      const record = JSON.parse(line) as { id?: string; title?: string; text?: string; html?: string };
      textBytes += Buffer.byteLength(record.text ?? record.html ?? '');
      if (!out) continue;
      if (copy) Object.assign(record, { id: `${record.id ?? ''}#${copy}`, title: `${record.title ?? ''} (${copy})` });
      if (!out.write(`${copy ? JSON.stringify(record) : line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  if (out) await new Promise<void>((resolve) => out.end(resolve));
  const source = slice ?? input;
  const t0 = process.hrtime.bigint();
  const summary = await ingest([source], { db, config: loadConfig(undefined, dir), workers });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const dbMb = statSync(db).size / 1e6;
  rmSync(dir, { recursive: true, force: true });
  return {
    phase: `claimscan ingest (${workers ?? os.availableParallelism()} workers)${copies > 1 ? `, dump ×${copies}` : ''}`,
    articles: summary.stored + summary.present,
    textBytes,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: `stored ${summary.stored}, failed ${summary.failed}, database ${dbMb.toFixed(0)} MB`,
  };
}

async function child(phase: string) {
  const workers = opt('--workers') ? Number(opt('--workers')) : undefined;
  const result =
    phase === 'baseline' ? await baseline() : phase === 'profile' ? await pipeline(workers, Math.min(limit, profileLimit), 1) : await pipeline(workers, limit, phase === 'repeat' ? repeat : 1);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runPhase(phase: string, nodeArgs: string[] = []): PhaseResult {
  const res = spawnSync(process.execPath, [...process.execArgv, ...nodeArgs, here, '--phase', phase, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`bench phase ${phase} failed (exit ${res.status})`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as PhaseResult;
}

function main() {
  if (!existsSync(input)) {
    console.log(`bench: ${input} is not present; nothing to measure (see ../shared/corpora/README.md)`);
    return;
  }
  console.log(`bench: ${path.relative(process.cwd(), input)}${Number.isFinite(limit) ? ` (first ${limit} articles)` : ''}, ${os.availableParallelism()} cores, Node ${process.version}`);
  const results: PhaseResult[] = ['baseline', 'pipeline', ...(repeat > 1 ? ['repeat'] : [])].map((phase) => runPhase(phase));
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
  const [base, full, repeated] = results as [PhaseResult, PhaseResult, PhaseResult | undefined];
  const rate = full.articles / full.seconds;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`pipeline runs at ${((rate / (base.articles / base.seconds)) * 100).toFixed(2)}% of the raw baseline's article rate`);
  if (!Number.isFinite(limit)) {
    console.log(`target ≥ ${TARGET_RATE} articles/s: ${rate.toFixed(0)} (${mark(rate >= TARGET_RATE)}); target peak RSS < ${TARGET_RSS_MB} MB: ${full.maxRssMb.toFixed(0)} (${mark(full.maxRssMb < TARGET_RSS_MB)})`);
  }
  if (repeated) {
    const growth = repeated.maxRssMb / full.maxRssMb - 1;
    console.log(`peak RSS over the dump ×${repeat}: ${repeated.maxRssMb.toFixed(0)} MB, ${(growth * 100).toFixed(1)}% over ×1 (target within 10%: ${mark(growth <= 0.1)})`);
  }
  if (profileLimit > 0) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-prof-'));
    try {
      const profiled = runPhase('profile', ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '1000']);
      console.log('');
      printStages(stageShares(dir), `profile of the first ${profiled.articles} articles`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const phase = opt('--phase');
if (phase) await child(phase);
else main();
