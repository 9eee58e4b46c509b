/**
 * `claimscan export --format csv` of a 95,000-article database in constant memory: the
 * Reuters-21578 ingest scaled ×1 and ×5 (bench/db-scale.ts; 19,043 and 95,215 articles),
 * each exported by the real command in its own process, its peak RSS (max resident set
 * size, from /usr/bin/time or the kernel's rusage) and time reported. Constant memory shows
 * as the same peak for both sizes.
 *
 *   npm run build && npx tsx bench/export-memory.ts --source reuters.db [--times 5] [--format csv]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../pipeline/version.js';
import { scaleDatabase } from './db-scale.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const source = opt('--source');
const times = Number(opt('--times', '5'));
const format = opt('--format', 'csv')!;
if (!source || !existsSync(source)) {
  console.error('usage: npx tsx bench/export-memory.ts --source reuters.db   (a database of the Reuters-21578 ingest)');
  process.exit(2);
}
if (!existsSync(path.join(PROJECT_ROOT, 'dist', '.built'))) {
  console.error('run "npm run build" first: the export runs as the built command');
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-export-'));
const bin = path.join(PROJECT_ROOT, 'pipeline', 'bin.js');
/** Runs the export in its own process; its peak RSS from /usr/bin/time, else from this process's rusage of children. */
function exportOnce(db: string, out: string, nodeOptions: string[] = []) {
  const timed = existsSync('/usr/bin/time');
  const args = [...nodeOptions, bin, 'export', '--db', db, '--format', format, '--out', out];
  const started = Date.now();
  const res = timed ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`export failed: ${res.stderr}`);
  const peakKb = timed ? Number(res.stderr.trim().split('\n').at(-1)) : process.resourceUsage().maxRSS;
  return { seconds: (Date.now() - started) / 1000, peakMb: peakKb / 1024 };
}

for (const k of [1, times]) {
  const db = path.join(dir, `x${k}.db`);
  const counts = scaleDatabase(source, db, k);
  const out = path.join(dir, `x${k}.${format}`);
  const run = exportOnce(db, out);
  console.log(
    `${counts.articles} articles, ${counts.claims} claims (${(statSync(db).size / 1e6).toFixed(0)} MB): export --format ${format} ` +
      `${(statSync(out).size / 1e6).toFixed(0)} MB in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakMb.toFixed(0)} MB`,
  );
  if (k === times) {
    // the JavaScript heap it needs does not grow with the rows: it completes with the heap capped
    const capped = exportOnce(db, out, ['--max-old-space-size=48']);
    console.log(`  the same with the JavaScript heap capped at 48 MB: ${capped.seconds.toFixed(1)} s, peak RSS ${capped.peakMb.toFixed(0)} MB`);
  }
  rmSync(db);
  rmSync(out);
}
rmSync(dir, { recursive: true, force: true });
