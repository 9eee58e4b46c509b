/**
 * `npm run bench [-- options]`: cold start of the command line (bench/startup.ts), ingest
 * throughput, memory and per-stage CPU shares (bench/ingest.ts), and HTML cleaning speed;
 * with `--hostile`, the hostile-input cases (bench/hostile.ts) instead. `--only startup` or
 * `--only ingest` runs one of them. Options go to the benchmarks (each reads its own).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const hostile = args.includes('--hostile');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const rest = args.filter((a, i) => a !== '--hostile' && i !== onlyAt && i !== onlyAt + 1);
const all: [string, string, string[]][] = [
  ['startup', 'startup.js', rest],
  ['ingest', 'ingest.js', rest],
  ['html', 'html-speed.js', []],
];
const scripts = hostile ? [['hostile', 'hostile.js', rest] as [string, string, string[]]] : all.filter(([name]) => !only || name === only);
for (const [, script, scriptArgs] of scripts) {
  const res = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...scriptArgs], { stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
  console.log('');
}
