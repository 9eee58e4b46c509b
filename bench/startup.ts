/**
 * Cold start of the command line, whole process, beside `node -e 0` measured in the same run:
 * `--version`, `--help`, `check` of one seed article (text output, no database) and, for
 * reference, `check --db` and `query`. Each command runs `--runs` times (default 9),
 * interleaved with the others so a busy machine slows all of them alike; the table shows the
 * median and the fastest run, and the median's ratio to `node -e 0`'s.
 *
 *   npm run bench -- --startup-only [--runs N]     (part of every `npm run bench`)
 *   node dist/bench/startup.js [--runs N] [--json] [--bin OTHER/pipeline/bin.js]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../pipeline/version.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 9);
/** `--bin FILE` times another checkout's command line (a before/after comparison). */
const bin = path.resolve(opt('--bin') ?? path.join(PROJECT_ROOT, 'pipeline', 'bin.js'));
const seeds = path.resolve(PROJECT_ROOT, '../shared/seeds');
const sample = path.join(PROJECT_ROOT, 'samples', '04-flows-week.txt');
const seed = existsSync(seeds) ? path.join(seeds, readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[0]!) : sample;

export interface StartupRow {
  name: string;
  medianMs: number;
  minMs: number;
  /** The median over `node -e 0`'s median. */
  ratio: number;
  target?: string;
}

/** Runs one command to its end and returns the wall time in milliseconds (an unexpected exit code is an error). */
function timeOnce(argv: string[], okCodes: number[]): number {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(res.status ?? -1)) throw new Error(`bench: ${argv.join(' ')} exited ${res.status}: ${res.stderr.slice(0, 500)}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function measureStartup(): StartupRow[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-startup-'));
  const db = path.join(dir, 'startup.db');
  try {
    // a database for --db and query, made before timing
    timeOnce([bin, 'ingest', '--db', db, '--workers', '0', path.join(PROJECT_ROOT, 'samples')], [0, 2]);
    const cases: { name: string; argv: string[]; ok: number[]; target?: string }[] = [
      { name: 'node -e 0', argv: ['-e', '0'], ok: [0] },
      { name: 'claimscan --version', argv: [bin, '--version'], ok: [0], target: '≤ 1.5×' },
      { name: 'claimscan --help', argv: [bin, '--help'], ok: [0], target: '≤ 1.5×' },
      { name: `claimscan check ${path.basename(seed)}`, argv: [bin, 'check', seed], ok: [0, 1], target: '≤ 300 ms, ≤ 4×' },
      { name: `claimscan check --db (stored already)`, argv: [bin, 'check', '--db', db, sample], ok: [0, 1] },
      { name: 'claimscan query (count articles)', argv: [bin, 'query', '--db', db, 'SELECT count(*) FROM articles'], ok: [0] },
    ];
    const times = cases.map(() => [] as number[]);
    for (const c of cases) timeOnce(c.argv, c.ok); // warm the file cache
    for (let r = 0; r < runs; r++) cases.forEach((c, i) => times[i]!.push(timeOnce(c.argv, c.ok)));
    const base = median(times[0]!);
    return cases.map((c, i) => ({ name: c.name, medianMs: median(times[i]!), minMs: Math.min(...times[i]!), ratio: median(times[i]!) / base, ...(c.target ? { target: c.target } : {}) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printStartup(rows: StartupRow[]): void {
  console.log(`cold start (whole process, median of ${runs} runs, ${os.availableParallelism()} cores, Node ${process.version})`);
  const table = rows.map((r) => [r.name, r.medianMs.toFixed(0), r.minMs.toFixed(0), `${r.ratio.toFixed(2)}×`, r.target ?? '']);
  const head = ['command', 'median ms', 'min ms', '× node -e 0', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  for (const r of [head, ...table]) console.log(r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const rows = measureStartup();
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else printStartup(rows);
}
