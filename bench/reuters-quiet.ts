/**
 * Real wire copy must stay quiet: runs `claimscan check --format jsonl` over the 300 Reuters
 * articles of ../shared/corpora/reuters-21578/articles/*.json and prints the share of
 * articles with at least one error-severity flag (the target is under 2%), the flags per
 * rule and severity, and with --verbose every error flag with its sentence.
 *
 *   npx tsx bench/reuters-quiet.ts [--verbose] [--rule ID] [--limit N] [--dump]
 *
 * `--dump` reads all 19,043 stories of reuters-21578.jsonl.gz instead (a few minutes).
 *
 * Exit: 0 under the target, 1 at or over it, 2 when the corpus is absent or check failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../pipeline/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(ROOT, '..', 'shared', 'corpora', 'reuters-21578', 'articles');
const TARGET = 0.02;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const dump = args.includes('--dump');

if (!existsSync(DIR)) {
  console.error(`skipping: ${path.relative(process.cwd(), DIR)} is not present`);
  process.exit(2);
}
const files = dump
  ? [path.join(DIR, '..', 'reuters-21578.jsonl.gz')]
  : readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .slice(0, limit)
      .map((f) => path.join(DIR, f));

const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [path.join(ROOT, 'pipeline', 'bin.js'), 'check', '--format', 'jsonl', ...files], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (run.status !== 0 && run.status !== 1) {
  console.error(`check exited ${run.status}: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  process.exit(2);
}
const reports = run.stdout
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Report);
if (!dump && reports.length !== files.length) {
  console.error(`check printed ${reports.length} reports for ${files.length} articles`);
  process.exit(2);
}

const counts = new Map<string, { error: number; warning: number; info: number; articles: number }>();
let withError = 0;
const lines: string[] = [];
for (const report of reports) {
  const errors = report.flags.filter((f) => f.severity === 'error');
  if (errors.length) withError++;
  const seen = new Set<string>();
  for (const f of report.flags) {
    const c = counts.get(f.rule) ?? { error: 0, warning: 0, info: 0, articles: 0 };
    c[f.severity]++;
    if (!seen.has(f.rule)) c.articles++;
    seen.add(f.rule);
    counts.set(f.rule, c);
  }
  for (const f of report.flags) {
    if (onlyRule ? f.rule !== onlyRule : f.severity !== 'error') continue;
    if (!verbose) continue;
    const sentence = report.sentences.find((s) => s.start <= f.start && f.end <= s.end) ?? f;
    lines.push(`${report.input}  ${f.rule} (${f.severity}): ${f.message}\n    ${report.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

const share = withError / reports.length;
console.log(`articles ${reports.length}, check ran ${seconds.toFixed(1)} s`);
console.log(`articles with an error-severity flag: ${withError} (${(share * 100).toFixed(2)}%; target < ${TARGET * 100}%)`);
console.log('rule                  errors  warnings  info  articles');
for (const [rule, c] of [...counts.entries()].sort()) {
  console.log(`${rule.padEnd(20)}  ${String(c.error).padStart(6)}  ${String(c.warning).padStart(8)}  ${String(c.info).padStart(4)}  ${String(c.articles).padStart(8)}`);
}
if (lines.length) console.log(`\n${lines.join('\n')}`);
process.exit(share < TARGET ? 0 : 1);
